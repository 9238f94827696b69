"""`claims diff` output: a rich table view, markdown for tickets, and JSON."""

from __future__ import annotations

import json
import unicodedata
from typing import Any

from rich.console import Console
from rich.text import Text

from claims.diff import ClaimPair, Diff, FieldChange, Op, SentenceChange, SentenceOp, Span
from claims.diff.model import SourceRef
from claims.diff.words import plain_word_diff, word_diff
from claims.models import Claim
from claims.render import layout
from claims.render.escape import safe_text, visible
from claims.render.layout import Column, Role

DELETE_STYLE = "red strike"
INSERT_STYLE = "bold green"
_NONE = "—"
_SIGNS = {SentenceOp.CHANGED: "~", SentenceOp.REMOVED: "-", SentenceOp.ADDED: "+", SentenceOp.MOVED: ">"}


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def summary(diff: Diff) -> str:
    """One line: what is shared, changed, and carried by one side only."""
    c = diff.counts
    a, b = diff.a.outlet, diff.b.outlet
    line = (f"{a} → {b}: {_plural(c.shared, 'shared claim')} ({c.changed} changed, {c.unchanged} unchanged), "
            f"{c.only_a} only in {a}, {c.only_b} only in {b}")
    if diff.text is not None:
        parts = [f"{c.sentences_changed} changed", f"{c.sentences_removed} removed", f"{c.sentences_added} added"]
        if c.sentences_moved:
            parts.append(f"{c.sentences_moved} moved")
        parts.append(f"{c.sentences_same} same")
        line += "; sentences: " + ", ".join(parts)
    return line + "."


def _changes_text(changes: list[FieldChange]) -> list[str]:
    return [f"{ch.field}: {ch.a or _NONE} → {ch.b or _NONE}" for ch in changes if ch.field != "speaker"]


def _speaker_spans(pair: ClaimPair) -> list[Span]:
    return word_diff(pair.a.speaker, pair.b.speaker)


def _with_via(claim: Claim) -> str:
    return f"{claim.speaker} (via {claim.via})" if claim.via else claim.speaker


# ---------------------------------------------------------------- table (layout: render/layout.py)


def _is_plain(console: Console) -> bool:
    return console.no_color or console.color_system is None


def _spans_text(spans: list[Span], plain: bool) -> Text:
    if plain:
        return safe_text(plain_word_diff(spans))
    out = Text()
    for s in spans:
        style = DELETE_STYLE if s.op is Op.DELETE else INSERT_STYLE if s.op is Op.INSERT else ""
        out.append_text(safe_text(s.text, style=style))
    return out


_GROUP = Column("Group", Role.ID, cut=8, style="dim")
_SPEAKER = Column("Speaker", Role.SPEAKER, grow=2)


def _pairs_table(pairs: list[ClaimPair], plain: bool) -> layout.Table:
    table = layout.Table([_GROUP, _SPEAKER, Column("Claim (A → B)", Role.CLAIM, grow=4),
                          Column("Changes", Role.FLAGS, grow=2)])
    for p in pairs:
        changes = "\n".join(visible(x) for x in _changes_text(p.changes))
        table.add_row(safe_text(p.group or ""), _spans_text(_speaker_spans(p), plain), _spans_text(p.words, plain),
                      Text(changes if p.changed else "unchanged", style="yellow" if p.changed else "dim"))
    return table


def _one_side_table(claims: list[Claim], style: str) -> layout.Table:
    table = layout.Table([_GROUP, _SPEAKER, Column("Claim", Role.CLAIM, grow=4), Column("Kind", Role.EXTRA)])
    for c in claims:
        table.add_row(safe_text(c.group or ""), safe_text(_with_via(c)), safe_text(c.content, style=style),
                      Text(c.kind.value))
    return table


def _sentence_cell(change: SentenceChange, plain: bool) -> Text:
    if change.op is SentenceOp.CHANGED:
        return _spans_text(change.words, plain)
    if change.op is SentenceOp.REMOVED and change.a is not None:
        return safe_text(change.a.text, style="" if plain else "red")
    if change.b is not None:
        return safe_text(change.b.text, style="" if plain else "cyan" if change.op is SentenceOp.MOVED else "green")
    return Text("")


def _heading(console: Console, text: str) -> None:
    console.print()
    layout.paragraph(console, safe_text(text, style="bold"))


def render_table(console: Console, diff: Diff, show_all: bool = False) -> None:
    plain = _is_plain(console)
    head = layout.Table([Column("Side", Role.ID), Column("Id", Role.ID, cut=12), Column("Outlet", Role.OUTLET, grow=1),
                         Column("Published", Role.EXTRA, drop_rank=0),
                         Column("Title", Role.CLAIM, grow=3)])
    for side, ref in (("A", diff.a), ("B", diff.b)):
        head.add_row(Text(side), safe_text(ref.id), safe_text(ref.outlet), safe_text(ref.published or ""),
                     safe_text(ref.title or ""))
    layout.render(console, head)
    shown = [p for p in diff.pairs if show_all or p.changed]
    c = diff.counts
    if shown:
        _heading(console, "Shared claims" if show_all else f"Changed claims ({c.changed} of {c.shared} shared)")
        layout.render(console, _pairs_table(shown, plain))
    for label, claims, style in ((diff.a.outlet, diff.only_a, "red"), (diff.b.outlet, diff.only_b, "green")):
        if claims:
            _heading(console, f"Only in {label} ({len(claims)})")
            layout.render(console, _one_side_table(claims, "" if plain else style))
    if diff.text is not None:
        changes = [ch for ch in diff.text.changes if ch.op is not SentenceOp.SAME]
        if changes:
            table = layout.Table([Column("±", Role.ID, label="Change"), Column("Sentence (A → B)", Role.CLAIM, grow=1)])
            for ch in changes:
                table.add_row(Text(_SIGNS[ch.op]), _sentence_cell(ch, plain))
            _heading(console, "Text changes")
            layout.render(console, table)
    for note in diff.notes:
        layout.paragraph(console, Text.assemble(("note: ", "yellow"), safe_text(note, style="yellow")), indent=6)
    console.print()
    layout.paragraph(console, safe_text(summary(diff)))


# ---------------------------------------------------------------- markdown


def _md_escape(text: str) -> str:
    text = visible(text)
    for ch in "\\|*~_`$[]":
        text = text.replace(ch, "\\" + ch)
    return text.replace("<", "&lt;")


def _md_side(name: str, ref: SourceRef) -> str:
    published = f", {_md_escape(ref.published)}" if ref.published else ""
    return f"- **{name}:** {_md_escape(ref.outlet)} ({_md_code(ref.id)}){published}"


def _md_code(text: str) -> str:
    """An inline code span that no backtick in `text` can close early."""
    text = visible(text)
    fence = "``" if "`" in text else "`"
    return f"{fence} {text} {fence}" if fence == "``" else f"`{text}`"


def _punct(ch: str) -> bool:
    return unicodedata.category(ch)[0] in "PS"


def _flanks(body: str, before: str, after: str) -> bool:
    """Whether `~~body~~` / `**body**` renders as emphasis between `before` and `after` (CommonMark flanking)."""
    first, last = body[0], body[-1]
    opens = not first.isspace() and (not _punct(first) or not before or before.isspace() or _punct(before))
    closes = not last.isspace() and (not _punct(last) or not after or after.isspace() or _punct(after))
    return opens and closes


def _md_spans(spans: list[Span]) -> str:
    """Removed words ~~struck~~, added **bold**; HTML <del>/<ins> where markdown emphasis would not open."""
    texts = [_md_escape(s.text) for s in spans]
    out: list[str] = []
    for k, (s, text) in enumerate(zip(spans, texts, strict=True)):
        if s.op is Op.EQUAL:
            out.append(text)
            continue
        body = text.lstrip()
        lead = text[: len(text) - len(body)]  # emphasis must not open on a space
        if not body:
            out.append(text)
            continue
        before = (out[-1][-1:] if out else "") if not lead else lead[-1]
        after = texts[k + 1][:1] if k + 1 < len(texts) else ""
        if k + 1 < len(spans) and spans[k + 1].op is not Op.EQUAL:
            after = "*"  # the next change opens with a marker: punctuation
        mark, tag = ("~~", "del") if s.op is Op.DELETE else ("**", "ins")
        out.append(f"{lead}{mark}{body}{mark}" if _flanks(body, before, after) else f"{lead}<{tag}>{body}</{tag}>")
    return "".join(out)


def _md_table(header: list[str], rows: list[list[str]]) -> list[str]:
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return lines


def render_markdown(diff: Diff, show_all: bool = False) -> str:
    """A markdown report for a ticket or pull request: removed text ~~struck~~, added text **bold**.

    Word changes glued to punctuation (where markdown emphasis cannot open) use <del>/<ins>.
    """
    a, b = diff.a, diff.b
    lines = [f"### Claims diff: {_md_escape(a.outlet)} → {_md_escape(b.outlet)}", "",
             _md_side("A", a), _md_side("B", b), "", _md_escape(summary(diff))]
    shown = [p for p in diff.pairs if show_all or p.changed]
    if shown:
        c = diff.counts
        title = "Shared claims" if show_all else f"Changed claims ({c.changed} of {c.shared} shared)"
        rows = [[p.group or "", _md_spans(_speaker_spans(p)), _md_spans(p.words),
                 "<br>".join(_md_escape(x) for x in _changes_text(p.changes)) if p.changed else "unchanged"]
                for p in shown]
        lines += ["", f"#### {title}", "", *_md_table(["Group", "Speaker", "Claim (A → B)", "Changes"], rows)]
    for label, claims in ((a.outlet, diff.only_a), (b.outlet, diff.only_b)):
        if claims:
            rows = [[c.group or "", _md_escape(_with_via(c)), _md_escape(c.content), c.kind.value] for c in claims]
            lines += ["", f"#### Only in {_md_escape(label)} ({len(claims)})", "",
                      *_md_table(["Group", "Speaker", "Claim", "Kind"], rows)]
    if diff.text is not None and diff.text.differs:
        lines += ["", "#### Text changes", ""]
        for ch in diff.text.changes:
            if ch.op is SentenceOp.CHANGED:
                lines.append(f"- changed: {_md_spans(ch.words)}")
            elif ch.op is SentenceOp.REMOVED and ch.a is not None:
                lines.append(f"- removed: ~~{_md_escape(ch.a.text)}~~")
            elif ch.op is SentenceOp.ADDED and ch.b is not None:
                lines.append(f"- added: **{_md_escape(ch.b.text)}**")
            elif ch.op is SentenceOp.MOVED and ch.b is not None:
                lines.append(f"- moved: {_md_escape(ch.b.text)}")
    for note in diff.notes:
        lines += ["", f"> note: {_md_escape(note)}"]
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------- json


def to_json_document(diff: Diff) -> dict[str, Any]:
    """The diff as data: sides, counts, `differs`, pairs (with `changed`), one-sided claims, text."""
    doc: dict[str, Any] = {
        "a": diff.a.model_dump(mode="json"),
        "b": diff.b.model_dump(mode="json"),
        "differs": diff.differs,
        "counts": diff.counts.model_dump(mode="json", exclude_none=True),
        "pairs": [{**p.model_dump(mode="json"), "changed": p.changed} for p in diff.pairs],
        "only_a": [c.model_dump(mode="json") for c in diff.only_a],
        "only_b": [c.model_dump(mode="json") for c in diff.only_b],
        "text": diff.text.model_dump(mode="json") if diff.text is not None else None,
        "notes": list(diff.notes),
    }
    return doc


def render_json(diff: Diff) -> str:
    return json.dumps(to_json_document(diff), indent=2, ensure_ascii=False) + "\n"
