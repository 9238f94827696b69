"""The records that flow through the pipeline: Source -> Claim -> Group -> Analysis."""

from __future__ import annotations

from enum import StrEnum
from typing import Any, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field


class Kind(StrEnum):
    """How a claim is reported."""

    DIRECT = "direct"
    INDIRECT = "indirect"
    MIXED = "mixed"
    NO_COMMENT = "no_comment"


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Source(_Frozen):
    """One article, as loaded from a file."""

    id: str = Field(description="Source id: the file stem; for a JSON Lines record its `id`, else STEM-LINE.")
    outlet: str = Field(description="The publishing outlet, e.g. 'Reuters'.")
    url: str | None = Field(default=None, description="Canonical URL when known.")
    published: str | None = Field(default=None, description="Publication date (ISO) when known.")
    title: str | None = Field(default=None, description="Headline when known.")
    path: str = Field(description="The file the article was read from.")
    text: str = Field(
        repr=False,
        description="The text offsets index: the decoded file (text, markdown), the extracted text "
        "(HTML) or the record's text field (JSON Lines). See docs/formats.md.",
    )
    body_start: int = Field(description="Offset where the article body starts in `text`.")
    body_end: int = Field(description="Offset where the article body ends in `text`.")
    sha256: str = Field(default="", description="sha256 of the file's bytes.")

    @property
    def body(self) -> str:
        return self.text[self.body_start : self.body_end]


class Skipped(_Frozen):
    """Input that could not be used (or was used with a caveat), with the reason; the run goes on.

    level "error": the file, line or entry named was left out.
    level "warning": it was used, but the user should look (e.g. decoded by a fallback encoding).
    Either makes the CLI exit 3.
    """

    path: str
    reason: str
    line: int | None = None
    level: Literal["error", "warning"] = "error"

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.reason}"


class Claim(_Frozen):
    """One attribution act: a speaker, a cue and what was said."""

    id: str = Field(description="Stable id: source id plus a hash of the span.")
    source: str = Field(description="Id of the source the claim appears in.")
    outlet: str = Field(description="Outlet of that source.")
    speaker: str = Field(description="The speaker as written ('He', 'two sources').")
    speaker_id: str = Field(description="One id per party across the whole run.")
    via: str | None = Field(default=None, description="Outlet the statement was made to or relayed through.")
    cue: str = Field(description="The attribution word or phrase as written.")
    kind: Kind
    content: str = Field(description="The claim, verbatim: text[start:end].")
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    group: str | None = Field(default=None, description="Id of the group the claim belongs to.")
    rule: str = Field(default="", description="Id of the extractor's frame that produced it (`claims frames`).")


class Nearest(_Frozen):
    """The closest claim of another source that the group did not take: a lead to check."""

    outlet: str
    claim: str = Field(description="Id of that claim.")
    group: str = Field(description="Id of that claim's group.")
    score: float = Field(description="Pair score with the group's closest member (groups form from 0.24).")


class Link(_Frozen):
    """Why two claims of a group are together: the pair's score and the features behind it."""

    a: str
    b: str
    score: float
    features: dict[str, float] = Field(
        description="cosine, fuzzy, keys, speaker, lede add up; party multiplies (1, or less for two parties)."
    )


class Group(_Frozen):
    """Claims asserting the same proposition, across sources."""

    id: str
    claims: list[str]
    sources: list[str]
    single_source: bool = Field(
        description="Only one source carries it, and no claim of another source comes near (see `nearest`)."
    )
    flags: list[str] = Field(default_factory=list)
    label: str = Field(default="", description="A short text for the proposition.")
    nearest: Nearest | None = Field(
        default=None, description="For a group one source carries: the closest claim elsewhere, if any scored."
    )
    links: list[Link] = Field(
        default_factory=list, description="Each member's strongest link inside the group, with its features."
    )


class Review(_Frozen):
    """A reviewer's verdict on a claim or group, as read from a registry."""

    status: str = Field(default="unreviewed", description="unreviewed, confirmed, disputed, false or retracted.")
    note: str = Field(default="", description="The reviewer's note.")


class Analysis(_Frozen):
    """The result of analysing a set of article files."""

    sources: list[Source]
    claims: list[Claim]
    groups: list[Group]
    skipped: list[Skipped] = Field(default_factory=list)
    claim_reviews: dict[str, Review] = Field(
        default_factory=dict, description="Claim id -> review, for claims a registry records as reviewed."
    )
    group_reviews: dict[str, Review] = Field(
        default_factory=dict, description="Group id -> review, for groups a registry records as reviewed."
    )

    def review_of(self, claim: Claim) -> Review:
        """The claim's own review when it has one, else its group's, else unreviewed."""
        own = self.claim_reviews.get(claim.id)
        if own is not None and own.status != "unreviewed":
            return own
        group = self.group_reviews.get(claim.group or "")
        if group is not None and group.status != "unreviewed":
            return Review(status=group.status, note=own.note if own and own.note else group.note)
        return own or Review()


M = TypeVar("M", bound=BaseModel)


def prevalidated(cls: type[M], values: dict[str, Any], fields_set: set[str]) -> M:
    """An instance of `cls` holding `values` (every field, in order, each of its type already) without
    validating them again: the pickle protocol's own way in, so `==`, `model_dump` and JSON are those of
    `cls(**values)`. `fields_set` may be shared by every such instance: pydantic never changes it in place
    (`model_copy` copies it before it adds to it)."""
    record = cls.__new__(cls)
    # (what `BaseModel.__setstate__` does with that state, without its frame and its state dict)
    _set(record, "__pydantic_fields_set__", fields_set)
    _set(record, "__pydantic_extra__", None)
    _set(record, "__pydantic_private__", None)
    _set(record, "__dict__", values)
    return record


_set = object.__setattr__
