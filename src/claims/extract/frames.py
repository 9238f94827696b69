"""The frame table: one row per attribution frame, read from `data/frames.yaml` and checked
by a schema when first used.

A row names the finder that offers its candidates (`find`), its slots in order (speaker, cue,
content or complement), its cue class, the named checks it needs (`base`, a named sequence of
checks, then `checks`, in order; in a sequence `@name` splices another), its priority (lower
runs first) and example sentences: each positive must give a claim by this row, each negative
none by it. Complement frames
(`urge.obj_to`) also give the verb (`lemma`), the complement's `shape` and any `particle`.

Paragraph-level finders (`speaker_turns`: a paragraph opened by 'NAME:'; `quote_runs`: a
quotation running on past its sentence; `labelled_quotes`: 'NAME: "..."' within a paragraph)
are run by the sentence loop of `claims.extract` through `matcher.match_paragraph`, never per
sentence by the matcher.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

Slot = Literal["speaker", "cue", "content", "complement"]
SentenceFinder = Literal[
    "refusal_phrases", "unanswered_requests", "outlet_findings", "captions", "mid_sentence", "according_phrases",
    "reporting_verbs", "noun_phrases",
]
Shape = Literal[
    "obj_to", "obj_to_verb", "to", "obj_of", "obj_for", "obj_as", "obj_about", "wh", "obj", "obj_pred", "clause"
]
ParagraphFinder = Literal["speaker_turns", "quote_runs", "labelled_quotes"]
PARAGRAPH_FINDERS = frozenset(("speaker_turns", "quote_runs", "labelled_quotes"))
"""Finders the sentence loop runs itself, on a paragraph's opening or on a sentence with no
claim of its own (the matcher never runs their rows per sentence)."""
_ID = re.compile(r"^[a-z][a-z_]*(?:\.[a-z_]+)*$")


class FrameTableError(ValueError):
    """The frame table does not validate (the message names the row and the problem)."""


class FrameRow(BaseModel):
    """One attribution frame."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str
    find: SentenceFinder | ParagraphFinder
    slots: tuple[Slot, ...]
    cue_class: str
    base: str | None = None
    checks: tuple[str, ...] = Field(min_length=1)
    priority: int = Field(ge=0)
    lemma: str | None = None
    shape: Shape | None = None
    particle: str = ""
    chains: bool = True
    act: bool = False
    """A speech act with a noun-phrase object and no proposition ("praised the verdict"): its claims
    are kept only when acts are asked for (`claims list --acts`, `pipeline.source_claims_with_acts`)."""
    doc: str = ""
    run: tuple[str, ...] = ()  # computed at load: the `base` sequence's checks, then `checks`
    positive: tuple[str, ...] = Field(min_length=1)
    negative: tuple[str, ...] = Field(min_length=1)

    @field_validator("id")
    @classmethod
    def _id_shape(cls, value: str) -> str:
        if not _ID.match(value):
            raise ValueError(f"id {value!r}: lower-case words joined by '_' and '.'")
        return value

    @field_validator("slots")
    @classmethod
    def _slot_order(cls, slots: tuple[str, ...]) -> tuple[str, ...]:
        if len(set(slots)) != len(slots) or slots.count("cue") != 1:
            raise ValueError(f"slots {list(slots)}: each slot at most once, and exactly one cue")
        if "content" in slots and "complement" in slots:
            raise ValueError(f"slots {list(slots)}: content or complement, not both")
        if "complement" in slots and slots.index("complement") < slots.index("cue"):
            raise ValueError(f"slots {list(slots)}: a complement follows its cue")
        return slots

    @model_validator(mode="after")
    def _complement_rows(self) -> FrameRow:
        if (self.lemma is None) != (self.shape is None):
            raise ValueError("a complement frame gives both lemma and shape")
        if self.shape is not None and self.id != f"{(self.lemma or '').replace(' ', '_')}.{self.shape}":
            raise ValueError(f"a complement frame's id is '<lemma>.<shape>', not {self.id!r}")
        return self


class _Table(BaseModel):
    model_config = ConfigDict(extra="forbid")

    sequences: dict[str, tuple[str, ...]] = {}
    frames: list[FrameRow]


def _splice(checks: tuple[str, ...], sequences: dict[str, tuple[str, ...]], seen: tuple[str, ...] = ()) -> list[str]:
    out: list[str] = []
    for name in checks:
        if not name.startswith("@"):
            out.append(name)
            continue
        key = name[1:]
        if key not in sequences or key in seen:
            raise FrameTableError(f"unknown or circular sequence {name!r}")
        out += _splice(sequences[key], sequences, (*seen, key))
    return out


def parse_table(text: str, known_checks: frozenset[str] | set[str]) -> tuple[FrameRow, ...]:
    """The rows of a frame table written in YAML, checks spliced, sorted by priority (stable).

    Raises `FrameTableError` naming the row for a schema error, a duplicate id or an unknown check."""
    try:
        table = _Table.model_validate(yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)))
    except (yaml.YAMLError, ValidationError) as exc:
        raise FrameTableError(f"frame table: {exc}") from None
    rows: list[FrameRow] = []
    ids: set[str] = set()
    for row in table.frames:
        if row.id in ids:
            raise FrameTableError(f"frame {row.id!r}: duplicate id")
        ids.add(row.id)
        try:
            checks = _splice((f"@{row.base}",) if row.base else (), table.sequences) + _splice(row.checks, {})
        except FrameTableError as exc:
            raise FrameTableError(f"frame {row.id!r}: {exc}") from None
        unknown = [c for c in checks if c not in known_checks]
        if unknown:
            raise FrameTableError(f"frame {row.id!r}: unknown check(s) {', '.join(unknown)}")
        rows.append(row.model_copy(update={"run": tuple(checks)}))
    return tuple(sorted(rows, key=lambda r: r.priority))


def table_text() -> str:
    return resources.files("claims.extract").joinpath("data/frames.yaml").read_text(encoding="utf-8")


@cache
def table() -> tuple[FrameRow, ...]:
    """The shipped frame table, validated against the registered checks (loaded once)."""
    from claims.extract import (  # noqa: F401  (they register the checks)
        as_reported,
        clauses,
        colons,
        finite,
        literal,
        participles,
        passives,
        pronoun_that,
        runon,
        splits,
        verbchecks,
    )
    from claims.extract.checks import CHECKS

    return parse_table(table_text(), set(CHECKS))


@cache
def complement_rows() -> tuple[FrameRow, ...]:
    """The complement frames, in table order (read without the checks, for `complements`)."""
    raw = yaml.load(table_text(), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    return tuple(FrameRow.model_validate(r) for r in raw["frames"] if r.get("shape"))


@cache
def act_rows() -> frozenset[str]:
    """The ids of the rows marked `act`."""
    return frozenset(row.id for row in table() if row.act)
