"""The records a diff of two sources produces: aligned claims, one-sided claims, sentence changes."""

from __future__ import annotations

from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field

from claims.models import Claim


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Op(StrEnum):
    """What happened to a run of words between A and B."""

    EQUAL = "equal"
    DELETE = "delete"
    INSERT = "insert"


class Span(_Frozen):
    """A run of text with its fate: kept, only in A (deleted) or only in B (inserted)."""

    op: Op
    text: str


class FieldChange(_Frozen):
    """One attribute of a claim that differs between the two outlets."""

    field: str = Field(description="speaker, speaker_id, via, cue, kind or numbers.")
    a: str | None
    b: str | None


class ClaimPair(_Frozen):
    """The same proposition as A and B carry it."""

    group: str | None
    a: Claim
    b: Claim
    similarity: float = Field(description="0-100: how alike the two contents are (rapidfuzz ratio).")
    words: list[Span] = Field(description="Word-level diff of the contents, A -> B.")
    changes: list[FieldChange] = Field(default_factory=list)

    @property
    def content_changed(self) -> bool:
        return any(s.op is not Op.EQUAL for s in self.words)

    @property
    def changed(self) -> bool:
        return self.content_changed or bool(self.changes)


class SentenceOp(StrEnum):
    SAME = "same"
    CHANGED = "changed"
    REMOVED = "removed"
    ADDED = "added"
    MOVED = "moved"


class Sentence(_Frozen):
    """A sentence of an article body, with its offsets into the source text."""

    start: int
    end: int
    text: str


class SentenceChange(_Frozen):
    """One step of the sentence alignment of two article bodies."""

    op: SentenceOp
    a: Sentence | None = None
    b: Sentence | None = None
    words: list[Span] = Field(default_factory=list, description="Word-level diff for changed sentences.")


class TextDiff(_Frozen):
    """The sentence-aligned diff of the two article bodies."""

    changes: list[SentenceChange]

    def count(self, op: SentenceOp) -> int:
        return sum(1 for c in self.changes if c.op is op)

    @property
    def differs(self) -> bool:
        return any(c.op is not SentenceOp.SAME for c in self.changes)


class SourceRef(_Frozen):
    """Which source a side of the diff is."""

    id: str
    outlet: str
    published: str | None = None
    title: str | None = None
    url: str | None = None


class Counts(_Frozen):
    """Figures for the one-line summary."""

    shared: int
    changed: int
    unchanged: int
    only_a: int
    only_b: int
    sentences_changed: int | None = None
    sentences_removed: int | None = None
    sentences_added: int | None = None
    sentences_moved: int | None = None
    sentences_same: int | None = None


class Diff(_Frozen):
    """Two outlets' versions of a story, claim by claim (and sentence by sentence with text)."""

    a: SourceRef
    b: SourceRef
    pairs: list[ClaimPair] = Field(description="Shared claims, aligned through their groups, in A's order.")
    only_a: list[Claim]
    only_b: list[Claim]
    text: TextDiff | None = None
    notes: list[str] = Field(default_factory=list, description="Why part of the diff could not be made.")

    @property
    def counts(self) -> Counts:
        changed = sum(1 for p in self.pairs if p.changed)
        extra: dict[str, int] = {}
        if self.text is not None:
            t = self.text
            extra = {
                "sentences_changed": t.count(SentenceOp.CHANGED),
                "sentences_removed": t.count(SentenceOp.REMOVED),
                "sentences_added": t.count(SentenceOp.ADDED),
                "sentences_moved": t.count(SentenceOp.MOVED),
                "sentences_same": t.count(SentenceOp.SAME),
            }
        return Counts(shared=len(self.pairs), changed=changed, unchanged=len(self.pairs) - changed,
                      only_a=len(self.only_a), only_b=len(self.only_b), **extra)

    @property
    def differs(self) -> bool:
        """True when A and B differ in any claim (or, with the text diff, any sentence)."""
        if self.only_a or self.only_b or any(p.changed for p in self.pairs):
            return True
        return self.text is not None and self.text.differs
