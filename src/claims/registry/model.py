"""The schema of `claims.yaml` (pydantic): sources, and groups with their claims nested.

`claims schema` prints this as JSON Schema; the committed `claims.schema.json` must equal it.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from claims.models import Kind

SCHEMA_VERSION: Literal[1] = 1
JSON_SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"


class Status(StrEnum):
    """Review status of a claim or group."""

    UNREVIEWED = "unreviewed"
    CONFIRMED = "confirmed"
    DISPUTED = "disputed"
    FALSE = "false"
    RETRACTED = "retracted"


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


_STATUS_HELP = (
    "Review status: unreviewed (default), confirmed (checked and stands), disputed (contested by another party "
    "or source), false (checked and wrong), retracted (withdrawn by the outlet or speaker)."
)
_NOTE_HELP = "The reviewer's note: why this status, what was checked, links."


STATUSES = tuple(s.value for s in Status)


def _status_text(value: object) -> object:
    # A status is text; `status: false` unquoted is read as "false" from its source text when the
    # file is loaded (claims.registry.typed), while `status: no` or `off` stays unknown.
    if isinstance(value, str):
        return value
    raise ValueError(f"status {value!r} is not one of {', '.join(STATUSES)}")


def _reviewed(status: Status, note: str) -> bool:
    return status is not Status.UNREVIEWED or bool(note.strip())


class RegistrySource(_Strict):
    """An article the registry was built from."""

    id: str = Field(description="Source id (the file stem); claims name their source by it.")
    outlet: str = Field(description="Publishing outlet, e.g. 'Reuters'.")
    url: str | None = Field(default=None, description="Canonical URL of the article, when known.")
    published: str | None = Field(default=None, description="Publication date (ISO 8601), when known.")
    title: str | None = Field(default=None, description="Headline, when known.")
    path: str = Field(description="The article file, relative to the registry file (POSIX separators).")
    sha256: str = Field(
        pattern=r"^[0-9a-f]{64}$",
        description="sha256 of the file's bytes when the registry was built; `claims check` fails when it changes.",
    )


class RegistryClaim(_Strict):
    """One attributed claim, with its evidence span and review fields."""

    id: str = Field(description="Stable claim id (source id plus a hash of the span); review edits follow it.")
    status: Status = Field(default=Status.UNREVIEWED, description=_STATUS_HELP)
    note: str = Field(default="", description=_NOTE_HELP)
    source: str = Field(description="Id of the source (in `sources`) the claim appears in.")
    speaker: str = Field(description="The speaker as written ('a senior official', 'He').")
    speaker_id: str = Field(description="One canonical id per party across the story.")
    via: str | None = Field(default=None, description="Outlet the statement was made to or relayed through.")
    cue: str = Field(description="The attribution word or phrase as written ('said', 'told Reuters').")
    kind: Kind = Field(description="How the claim is reported: direct, indirect, mixed or no_comment.")
    content: str = Field(description="The claim, verbatim: the source file's decoded text at [start:end].")
    start: int = Field(
        ge=0, strict=True, description="Start offset (characters) of `content` in the source file's decoded text."
    )
    end: int = Field(ge=0, strict=True, description="End offset (characters, exclusive) of `content` in that text.")

    _status = field_validator("status", mode="before")(_status_text)

    @property
    def reviewed(self) -> bool:
        """True once a reviewer set a status or wrote a note."""
        return _reviewed(self.status, self.note)


class RegistryNearest(_Strict):
    """For a group one source carries: the closest claim of another source, a lead to check."""

    outlet: str = Field(description="Outlet of that claim.")
    claim: str = Field(description="Id of that claim.")
    group: str = Field(description="Id of that claim's group when the registry was built.")
    score: float = Field(description="Pair score (groups form from about 0.24; below 0.32 same-party scores "
                         "the group stays single-outlet).")


class RegistryGroup(_Strict):
    """Claims asserting one proposition across outlets, with review fields."""

    id: str = Field(description="Group id, unique in the file; reviewers may create new ones when splitting.")
    label: str = Field(default="", description="Short text for the proposition; a reviewer's rewrite is kept.")
    status: Status = Field(default=Status.UNREVIEWED, description=_STATUS_HELP)
    note: str = Field(default="", description=_NOTE_HELP)
    flags: list[str] = Field(
        default_factory=list, description="Computed flags, e.g. 'single-outlet' (refreshed by `claims build`)."
    )
    nearest: RegistryNearest | None = Field(
        default=None,
        exclude_if=lambda v: v is None,  # written only when there is a lead
        description="Computed: for a group one source carries, the closest claim elsewhere "
        "(refreshed by `claims build`).",
    )
    claims: list[RegistryClaim] = Field(
        default_factory=list, description="The claims of the group; move a claim between groups to regroup it."
    )

    _status = field_validator("status", mode="before")(_status_text)

    @property
    def reviewed(self) -> bool:
        """True once a reviewer set a status or wrote a note."""
        return _reviewed(self.status, self.note)


class Registry(_Strict):
    """The whole `claims.yaml` document."""

    model_config = ConfigDict(
        extra="forbid",
        title="claims.yaml",
        json_schema_extra={"$schema": JSON_SCHEMA_DIALECT},
    )

    version: Literal[1] = Field(default=SCHEMA_VERSION, description="Schema version of this file; currently 1.")
    story: str = Field(default="", description="A name for the story the articles cover (editable).")
    articles: list[str] = Field(
        default_factory=list,
        description="The article folders or files `claims build` read, relative to the registry file (POSIX "
        "separators); a bare `claims build` reads them again.",
    )
    sources: list[RegistrySource] = Field(
        default_factory=list, description="The article files the claims were extracted from."
    )
    groups: list[RegistryGroup] = Field(
        default_factory=list, description="Groups of claims asserting one proposition, each with its claims."
    )
    retired: list[RegistryGroup] = Field(
        default_factory=list,
        description="Reviewed claims (and reviewed groups) no longer found in the articles, kept so that no "
        "review is lost silently; `claims check` warns about them until a reviewer deletes them.",
    )

    def claims(self) -> list[RegistryClaim]:
        """Every active claim, in file order."""
        return [c for g in self.groups for c in g.claims]


def registry_json_schema() -> dict[str, Any]:
    """The JSON Schema of `claims.yaml`."""
    return Registry.model_json_schema()
