"""`claims build`."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, NamedTuple

import typer

from claims.cli import app
from claims.cli.common import (
    DEFAULT_REGISTRY,
    DEFAULT_SEEDS,
    Exit,
    MaxFileSizeOpt,
    report_skipped,
    run_analysis,
)
from claims.cli.listing import JobsOpt
from claims.safefiles import DEFAULT_MAX_FILE_SIZE

if TYPE_CHECKING:
    from claims.registry.model import Registry


def _line(message: str) -> str:
    """One line of output, through the shared escaping rule (docs/security.md): control characters from
    file names or article text shown visibly, newlines escaped, `::` defused."""
    from claims.render.escape import diagnostic

    return diagnostic(message)


def _err(message: str) -> None:
    typer.echo(_line(message), err=True)


def _out(message: str) -> None:
    typer.echo(_line(message))


class _Old(NamedTuple):
    text: str | None = None
    digest: str | None = None
    registry: Registry | None = None
    node: Any = None


def _read_old(output: Path) -> _Old:
    """The registry's text, the sha256 of its bytes, its model and node tree; all None when absent."""
    from pydantic import ValidationError

    from claims.errors import InputError
    from claims.registry.check import check_text
    from claims.registry.fileops import ensure_regular, sha256_of
    from claims.registry.guard import duplicate_ids
    from claims.registry.model import Registry
    from claims.registry.store import parse_registry_text, read_registry_text

    try:
        ensure_regular(output)
        if not output.exists():
            return _Old()
        digest = sha256_of(output)  # before reading: a save in between makes the final check refuse
        text = read_registry_text(output)
        parsed, data = parse_registry_text(text, output)
    except InputError as exc:
        _err(f"error: {exc}")
        _err(f"error: {output}: cannot keep reviews from it; fix it first (`claims check`); nothing written")
        raise typer.Exit(Exit.UNREADABLE) from exc
    dups = duplicate_ids(parsed.node)
    if dups:
        for d in dups:
            _err(f"error: {output}: {d}")
        _err(
            f"error: {output}: a build would keep only one copy's review; merge the copies by hand "
            "(keep one entry per id), then build again; nothing written"
        )
        raise typer.Exit(Exit.FINDINGS)
    try:
        old = Registry.model_validate(data)
    except ValidationError as exc:
        for f in check_text(text, output):
            if f.level == "error":
                _err(str(f))
        _err(f"error: {output}: invalid registry: cannot keep reviews from it; fix it first (`claims check`)")
        raise typer.Exit(Exit.UNREADABLE) from exc
    return _Old(text, digest, old, parsed.node)


def _articles(seeds: list[Path] | None, old: Registry | None, output: Path) -> list[Path]:
    from claims.registry.guard import remembered_articles

    if seeds:
        paths, origin = list(seeds), "given with --seeds"
    elif old is not None and (remembered := remembered_articles(old, output)):
        paths, origin = remembered, f"remembered in {output}"
    else:
        paths, origin = [DEFAULT_SEEDS], "the default"
    missing = [p for p in paths if str(p) != "-" and not p.exists()]
    if missing:
        _err(
            f"error: no articles at {', '.join(str(p) for p in missing)} ({origin}); "
            "point at the article folder or files with --seeds PATH (repeatable); nothing written"
        )
        raise typer.Exit(Exit.USAGE)
    return paths


@app.command("build")
def build(
    seeds: Annotated[
        list[Path] | None,
        typer.Option(
            "--seeds",
            "-s",
            metavar="PATH",
            help="Article folder or file (repeatable; default: the paths the registry remembers, else ./seeds).",
        ),
    ] = None,
    output: Annotated[Path, typer.Option("--output", "-o", help="Registry file to write.")] = DEFAULT_REGISTRY,
    dry_run: Annotated[
        bool, typer.Option("--dry-run", "-n", help="Print what the build would do; write nothing.")
    ] = False,
    jobs: JobsOpt = None,
    regroup: Annotated[
        bool,
        typer.Option(
            "--regroup",
            help="Take the comparer's grouping instead of the file's (claim reviews kept; a group's review goes "
            "to the new group holding most of its claims, or to `retired` when that is ambiguous).",
        ),
    ] = False,
    max_file_size: MaxFileSizeOpt = DEFAULT_MAX_FILE_SIZE,
    force: Annotated[
        bool,
        typer.Option("--force", help="Write even when more than half of the reviewed items would be retired."),
    ] = False,
) -> None:
    """Analyse the articles and write the registry, keeping reviewers' edits.

    Claims are matched by id: status, note, labels and the grouping in the existing file win;
    reviewed claims no longer found move to `retired` (see docs/registry.md). Without --seeds the
    articles are read from the paths the registry remembers (else ./seeds).

    Exit codes: 0 written (or, with --dry-run, listed); 1 refused to lose reviews (duplicate ids,
    more than half of the reviews retired without --force), nothing written; 2 usage error or the
    articles are missing; 3 the registry is invalid, changed during the build or cannot be written
    (nothing written), nothing could be loaded, or some article was skipped.
    """
    from claims.registry.fileops import ChangedOnDisk, LockTimeout, build_lock, remove_stale_temps

    if dry_run:
        from claims.registry.fileops import stale_temps

        for tmp in stale_temps(output):
            _out(f"  would remove {tmp}, left by an interrupted build")
        _build(seeds, output, True, jobs, regroup, force, max_file_size)
        return
    try:
        with build_lock(output, on_wait=lambda lock: _err(f"waiting for another build of {output} ({lock})")):
            for tmp in remove_stale_temps(output):
                _err(f"removed {tmp}, left by an interrupted build")
            _build(seeds, output, False, jobs, regroup, force, max_file_size)
    except (ChangedOnDisk, LockTimeout) as exc:
        _err(f"error: {exc}")
        raise typer.Exit(Exit.UNREADABLE) from exc
    except OSError as exc:
        _err(f"error: {output}: cannot lock or write ({exc}); the previous file is unchanged")
        raise typer.Exit(Exit.UNREADABLE) from exc


def _build(
    seeds: list[Path] | None,
    output: Path,
    dry_run: bool,
    jobs: int | None,
    regroup: bool,
    force: bool,
    max_file_size: int = DEFAULT_MAX_FILE_SIZE,
) -> None:
    from claims.registry.build import keep_unloaded, merge_reviews_explained
    from claims.registry.convert import registry_from_analysis
    from claims.registry.diff import diff_registries
    from claims.registry.fileops import write_atomic
    from claims.registry.guard import articles_field, sanitise, shrinkage, unloaded_sources
    from claims.registry.roundtrip import render_new, render_update

    text, digest, old, node = _read_old(output)
    paths = _articles(seeds, old, output)
    analysis = run_analysis(paths, jobs, max_file_size)
    skipped_code = report_skipped(analysis)
    if not analysis.sources:
        _err(
            f"error: nothing could be loaded from {', '.join(str(p) for p in paths)} (no readable article); "
            f"{output} left untouched; point at the articles with --seeds PATH"
        )
        raise typer.Exit(Exit.UNREADABLE)

    fresh = registry_from_analysis(analysis, output.parent)
    loaded = {s.id for s in fresh.sources}
    failed = {sid: why for sid, why in unloaded_sources(old, analysis.skipped, output).items() if sid not in loaded}
    fresh, pinned = keep_unloaded(fresh, old, set(failed))
    fresh = fresh.model_copy(update={"articles": articles_field(paths, output)})
    registry, notes = merge_reviews_explained(fresh, old, regroup, pinned)
    registry, warnings = sanitise(registry)
    for sid, reason in failed.items():
        notes.append(f"source {sid} could not be loaded ({reason}): its previous entries are kept unchanged")
    changes = diff_registries(old, registry)
    shrink = shrinkage(old, registry)
    refused = shrink.too_large and not force

    for w in warnings:
        _err(f"warning: {w}")
    if dry_run:
        if not changes and registry == old:
            _out(f"{output}: up to date")
        else:
            _out(f"{output}: {len(changes.changes)} change(s) (dry run, nothing written)")
            for change in changes.changes:
                _out(f"  {change}")
        for note in notes:
            _out(f"  note: {note}")
    if refused:
        _err(
            f"error: {output}: this build would retire {len(shrink.retiring)} of "
            f"{shrink.reviewed} reviewed item(s) (more than half); is input missing? Refused"
            + (" (dry run)" if dry_run else ", nothing written")
            + "; --force writes anyway. It would retire:"
        )
        for item in shrink.retiring:
            _err(f"  {item}")
        raise typer.Exit(Exit.FINDINGS)
    if dry_run:
        raise typer.Exit(skipped_code)

    if old is not None and text is not None and registry == old:
        _err(f"{output}: up to date (not rewritten)")
        for note in notes:
            _err(f"  note: {note}")
        raise typer.Exit(skipped_code)
    body = render_update(text, old, registry, node) if old is not None and text is not None else render_new(registry)
    try:
        write_atomic(output, body, expected=digest, check_expected=True)
    except OSError as exc:
        _err(f"error: {output}: cannot write ({exc}); the previous file is unchanged")
        raise typer.Exit(Exit.UNREADABLE) from exc
    n_claims = sum(len(g.claims) for g in registry.groups)
    n_retired = sum(len(g.claims) for g in registry.retired)
    _err(
        f"wrote {output}: {len(registry.sources)} sources, {len(registry.groups)} groups, {n_claims} claims"
        + (f", {n_retired} retired reviewed claim(s) to resolve" if n_retired else "")
        + f" ({len(changes.changes)} change(s))"
    )
    for change in changes.changes:
        if change.action == "retired":
            _err(f"  {change}")
    for note in notes:
        _err(f"  note: {note}")
    raise typer.Exit(skipped_code)
