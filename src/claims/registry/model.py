"""The schema of `claims.yaml` (pydantic): sources, and groups with their claims nested."""

from __future__ import annotations

from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field

from claims.models import Kind

SCHEMA_VERSION = 1


class Status(StrEnum):
    """Review status of a claim or group."""

    UNREVIEWED = "unreviewed"
    CONFIRMED = "confirmed"
    DISPUTED = "disputed"
    FALSE = "false"
    RETRACTED = "retracted"


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class RegistrySource(_Strict):
    """An article the registry was built from."""

    id: str = Field(description="Source id (file stem).")
    outlet: str = Field(description="Publishing outlet.")
    url: str | None = Field(default=None, description="Canonical URL.")
    published: str | None = Field(default=None, description="Publication date.")
    title: str | None = Field(default=None, description="Headline.")
    path: str = Field(description="Article file, relative to the registry file.")
    sha256: str = Field(description="sha256 of the file's bytes when the registry was built.")


class RegistryClaim(_Strict):
    """One attributed claim, with its evidence span and review fields."""

    id: str = Field(description="Stable claim id.")
    source: str = Field(description="Source id.")
    speaker: str = Field(description="Speaker as written.")
    speaker_id: str = Field(description="Canonical speaker id for the story.")
    via: str | None = Field(default=None, description="Outlet relayed through.")
    cue: str = Field(description="Attribution cue as written.")
    kind: Kind = Field(description="direct, indirect, mixed or no_comment.")
    content: str = Field(description="The claim, verbatim from the source text.")
    start: int = Field(ge=0, description="Start offset of the content in the source text.")
    end: int = Field(ge=0, description="End offset of the content in the source text.")
    status: Status = Field(default=Status.UNREVIEWED, description="Review status.")
    note: str = Field(default="", description="Reviewer's note.")


class RegistryGroup(_Strict):
    """Claims asserting one proposition, with review fields."""

    id: str = Field(description="Group id.")
    label: str = Field(default="", description="Short text for the proposition (editable).")
    flags: list[str] = Field(default_factory=list, description="Computed flags.")
    status: Status = Field(default=Status.UNREVIEWED, description="Review status.")
    note: str = Field(default="", description="Reviewer's note.")
    claims: list[RegistryClaim] = Field(default_factory=list)


class Registry(_Strict):
    """The whole `claims.yaml` document."""

    version: int = Field(default=SCHEMA_VERSION, description="Schema version.")
    story: str = Field(default="", description="A name for the story.")
    sources: list[RegistrySource] = Field(default_factory=list)
    groups: list[RegistryGroup] = Field(default_factory=list)
