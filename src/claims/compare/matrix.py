"""Coverage matrix: which outlet carries which proposition (rows = groups, columns = outlets)."""

from __future__ import annotations

from collections import Counter

from pydantic import BaseModel, ConfigDict, Field

from claims.models import Analysis


class MatrixRow(BaseModel):
    """One group: how many of its claims each outlet carries."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    group: str
    label: str
    counts: list[int] = Field(description="Claims of the group per outlet, in `Matrix.outlets` order.")
    flags: list[str]
    claim: str = Field(default="", description="The group's first claim, verbatim (the label may be shortened).")
    status: str = Field(default="unreviewed", description="The group's review status (from the registry).")
    note: str = Field(default="", description="The reviewer's note on the group.")

    @property
    def outlets(self) -> int:
        """How many outlets carry the group."""
        return sum(1 for n in self.counts if n)


class Matrix(BaseModel):
    """Groups by outlets; a cell is the number of the group's claims in that outlet's articles."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    outlets: list[str] = Field(description="Column names: each outlet once, in source order.")
    rows: list[MatrixRow] = Field(description="Most widely carried groups first; ties in group order.")


def coverage(analysis: Analysis) -> Matrix:
    """The coverage matrix of an analysis. Several sources of one outlet share its column."""
    outlets: list[str] = []
    for s in analysis.sources:
        if s.outlet not in outlets:
            outlets.append(s.outlet)
    for c in analysis.claims:
        if c.outlet not in outlets:
            outlets.append(c.outlet)
    column = {name: i for i, name in enumerate(outlets)}
    by_id = {c.id: c for c in analysis.claims}
    rows: list[MatrixRow] = []
    for g in analysis.groups:
        per_outlet = Counter(by_id[cid].outlet for cid in g.claims if cid in by_id)
        counts = [0] * len(outlets)
        for name, n in per_outlet.items():
            counts[column[name]] = n
        review = analysis.group_reviews.get(g.id)
        members = [by_id[cid].content for cid in g.claims if cid in by_id]
        stem = g.label.removesuffix("…").rstrip()
        first = next((c for c in members if stem and c.startswith(stem)), members[0] if members else "")
        rows.append(MatrixRow(group=g.id, label=g.label, counts=counts, flags=list(g.flags), claim=first,
                              status=review.status if review else "unreviewed", note=review.note if review else ""))
    order = sorted(range(len(rows)), key=lambda i: (-rows[i].outlets, i))
    return Matrix(outlets=outlets, rows=[rows[i] for i in order])
