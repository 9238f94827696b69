"""`claims diff`: two outlets' versions of a story, claim by claim and sentence by sentence."""

from __future__ import annotations

from pathlib import Path

from claims.diff.align import align_claims
from claims.diff.model import (
    ClaimPair,
    Counts,
    Diff,
    FieldChange,
    Op,
    Sentence,
    SentenceChange,
    SentenceOp,
    SourceRef,
    Span,
    TextDiff,
)
from claims.diff.resolve import resolve_source
from claims.diff.textdiff import diff_bodies
from claims.errors import InputError, UsageError
from claims.models import Analysis, Skipped, Source

__all__ = [
    "ClaimPair",
    "Counts",
    "Diff",
    "FieldChange",
    "Op",
    "Sentence",
    "SentenceChange",
    "SentenceOp",
    "SourceRef",
    "Span",
    "TextDiff",
    "attach_texts",
    "diff_sources",
    "resolve_source",
]


def _ref(s: Source) -> SourceRef:
    return SourceRef(id=s.id, outlet=s.outlet, published=s.published, title=s.title, url=s.url)


def diff_sources(analysis: Analysis, a: str, b: str, text: bool = False) -> Diff:
    """Compare the sources named `a` and `b` (id, id prefix or outlet name).

    Raises UsageError when a name matches no source or several, or both name the
    same source. With `text`, also diffs the article bodies sentence by sentence;
    a source without text (a registry whose article file is missing) gets a note instead.
    """
    sa = resolve_source(analysis.sources, a)
    sb = resolve_source(analysis.sources, b)
    if sa.id == sb.id:
        raise UsageError(f"{a!r} and {b!r} are the same source ({sa.id}, {sa.outlet}); name two different sources")
    pairs, only_a, only_b = align_claims(analysis, sa.id, sb.id)
    notes: list[str] = []
    body = None
    if text:
        missing = [s for s in (sa, sb) if not s.text]
        for s in missing:
            notes.append(f"no article text for {s.id} ({s.outlet}): file {s.path} could not be read")
        if not missing:
            body = diff_bodies(sa, sb)
    return Diff(a=_ref(sa), b=_ref(sb), pairs=pairs, only_a=only_a, only_b=only_b, text=body, notes=notes)


def attach_texts(analysis: Analysis, base: Path, only: set[str] | None = None) -> tuple[Analysis, list[str]]:
    """Read the article files of sources that carry no text (a registry's view), relative to `base`.

    Files that cannot be read are added to `skipped`; their sources stay without text.
    `only` limits the reading to those source ids. Returns the analysis and notes on
    files that changed since the registry recorded their hash.
    """
    from claims.loader import load_bytes
    from claims.safefiles import DEFAULT_MAX_FILE_SIZE, read_confined

    sources: list[Source] = []
    skipped = list(analysis.skipped)
    notes: list[str] = []
    for s in analysis.sources:
        if s.text or (only is not None and s.id not in only):
            sources.append(s)
            continue
        path = base / s.path
        try:
            # Confined to the registry's folder, regular files only: a registry is untrusted input.
            loaded = load_bytes(read_confined(base, s.path, DEFAULT_MAX_FILE_SIZE), str(path), s.id)
        except InputError as exc:
            skipped.append(Skipped(path=exc.path, reason=exc.reason, line=exc.line))
            sources.append(s)
            continue
        except OSError as exc:
            skipped.append(Skipped(path=str(path), reason=f"cannot read: {exc.strerror}"))
            sources.append(s)
            continue
        if s.sha256 and loaded.sha256 != s.sha256:
            notes.append(f"{path} changed since the registry was built: its claims may be stale (`claims build`)")
        sources.append(s.model_copy(update={"text": loaded.text, "body_start": loaded.body_start,
                                            "body_end": loaded.body_end}))
    return analysis.model_copy(update={"sources": sources, "skipped": skipped}), notes
