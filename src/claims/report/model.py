"""What the HTML report shows, computed once from an Analysis: the template only lays it out."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from claims.diff.model import Span


class Cell(StrEnum):
    """One cell of the coverage matrix."""

    CARRIED = "carried"
    CREDITED = "credited"
    """A claim of the group credits this outlet ('told Reuters'), yet its own article does not carry it."""
    ABSENT = "absent"


class Band(StrEnum):
    """The matrix bands, in display order: what to look at first."""

    CHECK = "check"
    """Flagged not-in-credited-source or conflict."""
    SINGLE = "single"
    """Carried by one outlet only."""
    SHARED = "shared"
    """Carried by several outlets, no warning flag."""


BAND_TITLES: dict[Band, str] = {
    Band.CHECK: "To check: credited source does not carry it, or versions conflict",
    Band.SINGLE: "Carried by one outlet only",
    Band.SHARED: "Carried by several outlets",
}


@dataclass(frozen=True, slots=True)
class Review:
    """A reviewer's status and note on a claim or group (from a registry)."""

    status: str
    note: str


@dataclass(frozen=True, slots=True)
class SourceView:
    id: str
    title: str | None
    published: str | None
    url: str | None
    """Only http(s) URLs are kept: anything else (javascript:, data:) is shown as text, never as a link."""
    url_text: str | None
    """The URL as written, shown as text when it is not a safe link."""


@dataclass(frozen=True, slots=True)
class OutletView:
    name: str
    sources: list[SourceView]


@dataclass(frozen=True, slots=True)
class Evidence:
    """The claim's words in a few lines of its article; `claim` is text[start:end] exactly."""

    before: str
    claim: str
    after: str
    cut_before: bool
    cut_after: bool
    available: bool
    """False when the article text could not be read (the claim's words are shown alone)."""


@dataclass(frozen=True, slots=True)
class Version:
    """One outlet's version of a group's proposition."""

    claim_id: str
    source_id: str
    outlet: str
    published: str | None
    speaker: str
    cue: str
    via: str | None
    kind: str
    evidence: Evidence
    diff: list[Span] | None
    """Word diff against the group's first version; None for the first version itself."""
    same_words: bool
    review: Review | None


@dataclass(frozen=True, slots=True)
class Provenance:
    """Who published first and the relay chain the articles state."""

    first: str
    chain: str
    notes: list[str]


@dataclass(frozen=True, slots=True)
class GroupView:
    id: str
    anchor: str
    label: str
    flags: list[str]
    band: Band
    width: int
    """How many outlet columns the matrix has."""
    counts: dict[int, int]
    """Column -> how many of the group's claims that outlet carries (carrying outlets only)."""
    credited: frozenset[int]
    """Columns of outlets a version credits ('told Reuters') whose own articles do not carry the group."""
    credited_names: list[str]
    """Names of those credited outlets."""
    columns: str
    """The carrying columns as the page's filter reads them: '0 3 4'."""
    outlets: list[str]
    """Names of the outlets carrying the group, in column order."""
    versions: list[Version]
    provenance: Provenance | None
    review: Review | None

    @property
    def cells(self) -> list[Cell]:
        """One matrix cell per outlet column."""
        return [Cell.CARRIED if i in self.counts else Cell.CREDITED if i in self.credited else Cell.ABSENT
                for i in range(self.width)]

    @property
    def flag_attr(self) -> str:
        """The flags as the page's filter reads them: 'single-outlet conflict', or '-' for none."""
        return " ".join(self.flags) or "-"

    @property
    def tag_flags(self) -> list[str]:
        """The flags a collapsed (large-story) section shows: single-outlet is said by its band heading."""
        return [f for f in self.flags if f != "single-outlet"]


@dataclass(frozen=True, slots=True)
class Report:
    story: str
    origin: str
    outlets: list[OutletView]
    groups: list[GroupView]
    """In matrix order: band, then most widely carried."""
    counts: dict[str, int]
    """claims, groups, single-outlet, and each flag."""
    flag_counts: dict[str, int]
    matrix_rows: int
    """How many groups the matrix draws (all of them, unless the story is large)."""
    vertical_heads: bool
    """Many outlets: the matrix sets their names vertically to keep columns narrow."""
    open_sections: bool
    """Whether group sections start expanded (small stories)."""
    reviewed: bool
    """Built from a registry: review state is shown."""
    notes: list[str] = field(default_factory=list)
    """Problems met while building (unreadable files, stale registry)."""
