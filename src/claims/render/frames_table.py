"""`claims frames`: the extractor's frame table, one block per row (plain, aligned text)."""

from __future__ import annotations

from typing import Any

from claims.extract.frames import FrameRow


def frame_record(row: FrameRow) -> dict[str, Any]:
    """One row as `claims frames --format json` gives it."""
    return {
        "id": row.id,
        "priority": row.priority,
        "find": row.find,
        "slots": list(row.slots),
        "cue_class": row.cue_class,
        "lemma": row.lemma,
        "shape": row.shape,
        "particle": row.particle,
        "base": row.base,
        "checks": list(row.checks),
        "run": list(row.run),
        "doc": row.doc,
        "example": row.positive[0],
        "positive": list(row.positive),
        "negative": list(row.negative),
    }


def frame_lines(rows: tuple[FrameRow, ...]) -> list[str]:
    """A header, then per row: priority, id, slots, cue class, finder; its checks (the base
    sequence first, as `@name`); one positive example (a paragraph break shown as '¶')."""
    wid = max(len(r.id) for r in rows)
    wslots = max(len(" ".join(r.slots)) for r in rows)
    wcue = max(len(r.cue_class) for r in rows)
    out = [f"{'prio':>4}  {'id':<{wid}}  {'slots':<{wslots}}  {'cue class':<{wcue}}  finder"]
    for r in rows:
        out.append(f"{r.priority:>4}  {r.id:<{wid}}  {' '.join(r.slots):<{wslots}}  {r.cue_class:<{wcue}}  {r.find}")
        base = [f"@{r.base}"] if r.base else []
        out.append(f"{'':>4}  checks: {', '.join([*base, *r.checks])}")
        example = r.positive[0].replace("\n\n", " ¶ ")  # a paragraph break, on one line
        out.append(f"{'':>4}  e.g. {example}")
    out.append(f"{len(rows)} frames, tried in priority order; every claim names its frame (`rule`).")
    return out
