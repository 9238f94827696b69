"""`claims list` as a table: one row per claim, grouped, most-carried first (layout: render/layout.py)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

from rich.console import Console
from rich.text import Text

from claims.flag_names import FLAG_CODES
from claims.models import Analysis, Claim, Group, Kind, Nearest, Review
from claims.render import layout
from claims.render.escape import safe_text, visible
from claims.render.layout import Column, PlainRow, Role, StyledRow

MARKED = {"false": "bold red", "disputed": "bold yellow", "retracted": "bold magenta"}
"""Review statuses the table marks in the Flags cell, so that they show at every width."""

MARK_CODES = {"false": "✗", "disputed": "?", "retracted": "R"}
"""The marks in the compact Flags cell (spelled out under the table)."""


def plural(n: int, word: str, many: str | None = None) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {many or word + 's'}"


def speaker_cell(claim: Claim) -> Text:
    text = safe_text(claim.speaker, style="bold")
    if claim.via:
        text.append_text(safe_text(f" via {claim.via}", style="cyan"))
    return text


def review_cell(review: Review) -> Text:
    if review.status == "unreviewed" and not review.note:
        return Text("")
    text = Text(review.status, style=MARKED.get(review.status, "green"))
    if review.note:
        text.append_text(safe_text(f": {review.note}"))
    return text


def nearest_of(group: object) -> str:
    """The comparer's nearest other group for a group, when it records one (a `nearest` field), as text:
    'PC Gamer g12ab34, 0.41' (the closest claim of another outlet: a lead to check)."""
    value = getattr(group, "nearest", None)
    if not value:
        return ""
    if isinstance(value, Nearest):
        return f"{value.outlet} {value.group[:7]}, {value.score:.2f}"
    if isinstance(value, list | tuple):
        return ", ".join(str(v) for v in value)
    if isinstance(value, dict):
        return ", ".join(f"{k} {v}" for k, v in value.items())
    return str(value)


def flags_cell(flags: list[str], review: Review, compact: bool, nearest: str = "") -> Text:
    shown = "".join(FLAG_CODES.get(f, "?") for f in flags) if compact else ", ".join(flags)
    if nearest and not compact:
        shown = f"{shown} (nearest: {nearest})" if shown else f"nearest: {nearest}"
    text = safe_text(shown, style="yellow")
    if review.status in MARKED:
        if shown and not compact:
            text.append(", ")
        mark = MARK_CODES[review.status] if compact else review.status.upper()
        text.append(mark, style=MARKED[review.status])
    return text


def legend(flags: list[str], statuses: set[str]) -> str:
    """The compact Flags cell spelled out: "Flags: C conflict; S single-outlet; ✗ false"."""
    parts = [f"{FLAG_CODES[f]} {f}" for f in FLAG_CODES if f in flags]
    parts += [f"{MARK_CODES[s]} {s}" for s in MARK_CODES if s in statuses]
    return "Flags: " + "; ".join(parts) if parts else ""


COLUMNS = [
    Column("Group", Role.ID, cut=8, repeat=False, style="dim"),
    Column("#", Role.EXTRA, justify="right", repeat=False, drop_rank=1, label="Outlets"),
    Column("Outlet", Role.OUTLET, grow=1, ideal=20),
    Column("Speaker", Role.SPEAKER, grow=2, ideal=24),
    Column("Cue", Role.CUE, ideal=12),
    Column("Claim", Role.CLAIM, grow=6),
    Column("Kind", Role.EXTRA, drop_rank=2),
    Column("Flags", Role.FLAGS, grow=1, repeat=False, ideal=24),
    Column("Review", Role.EXTRA, grow=2, drop_rank=0, ideal=30, min_width=20),
]
_FLAGS = 7


def _members(analysis: Analysis) -> Iterator[tuple[Group, list[Claim]]]:
    """Each group with its claims, most-carried first: the table's sections, in order."""
    by_id = {c.id: c for c in analysis.claims}
    for group in sorted(analysis.groups, key=lambda g: (-len(g.sources), g.id)):
        yield group, [by_id[cid] for cid in group.claims if cid in by_id]


def _labelled(group: Group, members: list[Claim], labels: bool) -> bool:
    """A group of several claims opens with a row holding its label (not in the stacked layout: not a claim)."""
    return labels and len(members) > 1 and bool(group.label)


def styled_rows(analysis: Analysis, labels: bool = True) -> Iterator[StyledRow]:
    """The table's rows as rich Text cells, group by group (one section per group)."""
    for group, members in _members(analysis):
        nearest = nearest_of(group)
        if _labelled(group, members, labels):
            review = analysis.review_of(members[0])
            yield ([
                safe_text(group.id), Text(str(len(group.sources))), Text(""), Text(""), Text(""),
                safe_text(group.label, style="bold italic"), Text(""),
                flags_cell(group.flags, review, compact=False, nearest=nearest), Text(""),
            ], {_FLAGS: flags_cell(group.flags, review, compact=True)}, False)
        for i, claim in enumerate(members):
            review = analysis.review_of(claim)
            yield ([
                safe_text(group.id),
                Text(str(len(group.sources))),
                safe_text(claim.outlet),
                speaker_cell(claim),
                safe_text(claim.cue),
                safe_text(claim.content),
                Text(claim.kind.value),
                flags_cell(group.flags, review, compact=False, nearest=nearest),
                review_cell(review),
            ], {_FLAGS: flags_cell(group.flags, review, compact=True)}, i == len(members) - 1)


def _flags_plain(flags: list[str], review: Review, compact: bool, nearest: str = "") -> str:
    """`flags_cell(...).plain`, without building the Text."""
    shown = "".join(FLAG_CODES.get(f, "?") for f in flags) if compact else ", ".join(flags)
    if nearest and not compact:
        shown = f"{shown} (nearest: {nearest})" if shown else f"nearest: {nearest}"
    text = visible(shown)
    if review.status in MARKED:
        if shown and not compact:
            text += ", "
        text += MARK_CODES[review.status] if compact else review.status.upper()
    return text


_UNREVIEWED = Review()


def _review_lookup(analysis: Analysis) -> Callable[[Claim], Review]:
    """`analysis.review_of`, or (when nothing is reviewed) a function returning one shared `Review()`."""
    if not analysis.claim_reviews and not analysis.group_reviews:
        return lambda claim: _UNREVIEWED
    return analysis.review_of


_FlagsKey = tuple[tuple[str, ...], str, str]


def _flags_pair(cache: dict[_FlagsKey, tuple[str, str]], group: Group, review: Review,
                nearest: str) -> tuple[str, str]:
    """A group's Flags cell and its compact form for a review: they depend on the flags, the nearest group and
    the review status only, so each combination is made once per table."""
    key = (tuple(group.flags), nearest, review.status)
    pair = cache.get(key)
    if pair is None:
        pair = cache[key] = (_flags_plain(group.flags, review, False, nearest),
                             _flags_plain(group.flags, review, True))
    return pair


def plain_rows(analysis: Analysis, labels: bool = True,
               sections: Iterable[Section] | None = None) -> Iterator[PlainRow]:
    """The rows of `styled_rows` as plain strings (each cell equals the Text's `.plain`), built without rich.
    `sections`: the groups with their claims (`_members`), when they were listed already. When nothing is
    reviewed, a group's Flags cells (and the dict of its compact form) are made once for all its rows."""
    reviewed_any = bool(analysis.claim_reviews or analysis.group_reviews)
    review_of = analysis.review_of
    flags: dict[_FlagsKey, tuple[str, str]] = {}
    kinds = {kind: kind.value for kind in Kind}
    vias: dict[str, str] = {}
    for group, members in _members(analysis) if sections is None else sections:
        gid, count, nearest = visible(group.id), str(len(group.sources)), nearest_of(group)
        if not reviewed_any:
            full, compact = _flags_pair(flags, group, _UNREVIEWED, nearest)
            compact_cells = {_FLAGS: compact}
        if _labelled(group, members, labels):
            if reviewed_any:
                full, compact = _flags_pair(flags, group, review_of(members[0]), nearest)
                compact_cells = {_FLAGS: compact}
            yield ([gid, count, "", "", "", visible(group.label), "", full, ""], compact_cells, False)
        last = len(members) - 1
        for i, claim in enumerate(members):
            via = claim.via
            outlet, said, cue, content = claim.outlet, claim.speaker, claim.cue, claim.content
            joined = outlet + said + cue + content
            if not (joined.isascii() and joined.isprintable()):  # else `visible` leaves each as it is
                outlet, said, cue, content = visible(outlet), visible(said), visible(cue), visible(content)
            if via:
                shown_via = vias.get(via)
                if shown_via is None:
                    shown_via = vias[via] = visible(f" via {via}")
                said += shown_via
            if reviewed_any:
                review = review_of(claim)
                if review.status == "unreviewed" and not review.note:
                    reviewed = ""
                else:
                    reviewed = review.status + (f": {visible(review.note)}" if review.note else "")
                full, compact = _flags_pair(flags, group, review, nearest)
                compact_cells = {_FLAGS: compact}
            else:
                reviewed = ""
            yield ([gid, count, outlet, said, cue, content, kinds[claim.kind], full, reviewed], compact_cells,
                   i == last)


Section = tuple[Group, list[Claim]]


def claims_measures(analysis: Analysis, labels: bool = True, sections: list[Section] | None = None) -> layout.Measures:
    """`layout.Measures(COLUMNS, plain_rows(analysis, labels))`, gathered a column at a time from the distinct
    cells of each column (the measures are maxima and "any"), without making the rows. `sections`: the groups
    with their claims (`_members`), when they were listed already."""
    measures = layout.Measures(COLUMNS)
    review_of = analysis.review_of
    groups = [(group, members) for group, members in (_members(analysis) if sections is None else sections)
              if members]
    shown = [claim for _, members in groups for claim in members]
    labelled = [group for group, members in groups if _labelled(group, members, labels)]
    flags: dict[_FlagsKey, tuple[str, str]] = {}
    pairs: set[tuple[str, str]] = set()
    if analysis.claim_reviews or analysis.group_reviews:  # else every claim is unreviewed (`_review_lookup`)
        pairs.update(_flags_pair(flags, group, review_of(claim), nearest_of(group))
                     for group, members in groups for claim in members)
        reviews = {review_of(claim) for claim in shown}
    else:
        pairs.update(_flags_pair(flags, group, _UNREVIEWED, nearest_of(group)) for group, _ in groups)
        reviews = {_UNREVIEWED}
    speakers = {(claim.speaker, claim.via) for claim in shown}
    cells: list[set[str]] = [
        _visible({group.id for group, _ in groups}),
        {str(n) for n in {len(group.sources) for group, _ in groups}},
        _visible({claim.outlet for claim in shown}),
        {visible(said) + (visible(f" via {via}") if via else "") for said, via in speakers},
        _visible({claim.cue for claim in shown}),
        _visible({claim.content for claim in shown} | {g.label for g in labelled}),
        {kind.value for kind in {claim.kind for claim in shown}},
        {full for full, _ in pairs},
        {_review_plain(review) for review in reviews},
    ]
    if labelled:  # a label row's other cells are blank
        for i in (2, 3, 4, 6, 8):
            cells[i].add("")
    measures.add_columns(len(shown) + len(labelled), cells, {_FLAGS: {compact for _, compact in pairs}})
    return measures


def _visible(values: set[str]) -> set[str]:
    """`{visible(v) for v in values}` (printable ASCII is left as it is: checked on all the values at once)."""
    joined = "".join(values)
    if joined.isascii() and joined.isprintable():
        return values
    return {v if v.isascii() and v.isprintable() else visible(v) for v in values}


def _review_plain(review: Review) -> str:
    """The Review cell of `plain_rows`."""
    if review.status == "unreviewed" and not review.note:
        return ""
    return review.status + (f": {visible(review.note)}" if review.note else "")


def claims_layout(analysis: Analysis, labels: bool = True) -> layout.Table:
    """The whole table as one `layout.Table` (every row held; `render_claims` streams instead)."""
    table = layout.Table(COLUMNS)
    for cells, compact, end in styled_rows(analysis, labels):
        table.add_row(*cells, end_section=end, compact=compact)
    return table


def explain_lines(analysis: Analysis) -> list[str]:
    """For each group of several claims, the links that hold it together and the features behind each."""
    outlet = {c.id: c.outlet for c in analysis.claims}
    out: list[str] = []
    for g in sorted(analysis.groups, key=lambda g: (-len(g.sources), g.id)):
        if not g.links:
            continue
        out.append(f"{g.id} {g.label}")
        for link in g.links:
            parts = [f"{k} {v:.2f}" for k, v in link.features.items() if k != "party" and v]
            party = link.features.get("party", 1.0)
            tail = f" (another party: x{party:.1f})" if party != 1.0 else ""
            out.append(f"  {outlet.get(link.a, link.a)} ~ {outlet.get(link.b, link.b)} {link.score:.2f}: "
                       + (", ".join(parts) or "nothing shared") + tail)
    return out


def rule_lines(analysis: Analysis) -> list[str]:
    """One line per claim, in the table's order of sources: its outlet, speaker, cue and the extractor's
    frame (rule id) that produced it."""
    return [f"  {c.outlet}: {c.speaker} {c.cue} -> {c.rule or '?'}" for c in analysis.claims]


def render_table(console: Console, analysis: Analysis) -> layout.Plan:
    """Print the table group by group and return the plan used: one pass over plain strings measures it
    (`layout.Measures`), a second draws it section by section, so no table of every row is ever built.
    The output equals `layout.render(console, claims_layout(analysis, labels))`, where the label rows are
    left out when the table goes stacked."""
    width = console.width
    labels = True
    sections = list(_members(analysis))
    chosen = layout.plan(claims_measures(analysis, sections=sections), width)
    if chosen.stacked:
        labels = False
        chosen = layout.plan(claims_measures(analysis, labels=False, sections=sections), width)
    if console.is_terminal:
        layout.render_styled_rows(console, COLUMNS, styled_rows(analysis, labels), chosen, width)
    else:
        layout.render_plain_rows(console, COLUMNS, plain_rows(analysis, labels, sections), chosen, width)
    return chosen


def render_claims(console: Console, analysis: Analysis, explain: bool = False) -> None:
    """The table (a group of several claims opens with a row holding its label); with `explain`,
    then the features that decided each group."""
    groups = analysis.groups
    chosen = render_table(console, analysis)
    if _FLAGS in chosen.compact:
        review_of = _review_lookup(analysis)
        key = legend([f for g in groups for f in g.flags], {review_of(c).status for c in analysis.claims})
        if key:
            layout.paragraph(console, Text(key), indent=7)
    n_single = sum(1 for g in groups if g.single_source)
    n_sources = len({c.source for c in analysis.claims})
    layout.paragraph(console, Text(
        f"{plural(len(analysis.claims), 'claim')} in {plural(len(groups), 'group')} from "
        f"{plural(n_sources, 'source')}; {plural(n_single, 'single-outlet group')}."
    ))
    if explain:
        lines = explain_lines(analysis)
        layout.paragraph(console, Text("Why these groups (each claim's strongest link; the features add up):"
                                       if lines else "No group holds more than one claim."))
        for line in lines:
            console.print(safe_text(line), soft_wrap=True)
        layout.paragraph(console, Text("The frame behind each claim (`claims frames` lists them):"))
        for line in rule_lines(analysis):
            console.print(safe_text(line), soft_wrap=True)
