"""Light claims inside the pipeline: one shared field set, shared strings, copies without validation.

A `Claim` read back from a worker process carries its own `__dict__` and its own set of the
names of its fields (about 0.7 KB of a claim's 1.9 KB), and its own copy of strings that many
claims repeat (source id, outlet, speaker, speaker id, cue). `Compactor` rebuilds a claim that
the pipeline already validated with one field-name set shared by every claim and those strings
shared, and `Compactor.with_group` makes the copy that carries a group id the same way. The
models, their fields and their JSON are unchanged: this is how they are held, not what they are.
Every field of `Claim` is carried (a field added to the model is copied like the others).
"""

from __future__ import annotations

from typing import Any, TypeVar

from pydantic import BaseModel

from claims.models import Claim, Group, Link, Nearest, prevalidated

M = TypeVar("M", bound=BaseModel)

SHARED_STRINGS = ("source", "outlet", "speaker", "speaker_id", "via", "cue")
"""Claim fields whose values repeat across claims: one string object per distinct value."""


class Compactor:
    """Rebuilds validated claims cheaply; one per run (its string table lives as long as it does)."""

    __slots__ = ("_fields_set", "_strings")

    def __init__(self) -> None:
        self._strings: dict[str, str] = {}
        # Never changed in place: model_copy() copies a model's field set before it adds to it.
        self._fields_set: set[str] = set(Claim.model_fields)

    def _build(self, values: dict[str, Any]) -> Claim:
        return prevalidated(Claim, values, self._fields_set)  # the values were validated already

    def __call__(self, claim: Claim) -> Claim:
        """The same claim, held compactly."""
        values = dict(claim.__dict__)
        strings = self._strings
        for name in SHARED_STRINGS:
            value = values.get(name)
            if type(value) is str:
                values[name] = strings.setdefault(value, value)
        return self._build(values)

    def with_group(self, claim: Claim, group: str) -> Claim:
        """The claim with `group` set (as `claim.model_copy(update={"group": group})`), held compactly
        (its strings are kept as they are: shared already when the claim came from `__call__`)."""
        values = dict(claim.__dict__)
        values["group"] = group
        return self._build(values)


def _record(cls: type[M], fields_set: set[str], values: dict[str, Any]) -> M:
    """An instance of `cls` holding `values` (every field, of its type already), without validation,
    sharing `fields_set` with every other record of its kind."""
    return prevalidated(cls, values, fields_set)


_GROUP_FIELDS: set[str] = set(Group.model_fields)
"""The field-name set every group built by `group_record` shares (never changed in place)."""
_LINK_FIELDS: set[str] = set(Link.model_fields)
_NEAREST_FIELDS: set[str] = set(Nearest.model_fields)


def group_record(
    *, id: str, claims: list[str], sources: list[str], single_source: bool, flags: list[str], label: str,
    nearest: Nearest | None, links: list[Link],
) -> Group:
    """A `Group` from values the comparer made (of the field types already), without validation and
    with one field-name set shared by every group: `Group(...)` gives each group its own set (~0.7 KB
    of a one-claim group's ~1.5 KB), and a run has about one group per claim. Every field is given."""
    return _record(Group, _GROUP_FIELDS, {
        "id": id, "claims": claims, "sources": sources, "single_source": single_source, "flags": flags,
        "label": label, "nearest": nearest, "links": links,
    })


def link_record(*, a: str, b: str, score: float, features: dict[str, float]) -> Link:
    """A `Link` as `group_record` makes a group (the comparer's values, no validation)."""
    return _record(Link, _LINK_FIELDS, {"a": a, "b": b, "score": score, "features": features})


def nearest_record(*, outlet: str, claim: str, group: str, score: float) -> Nearest:
    """A `Nearest` as `group_record` makes a group (the comparer's values, no validation)."""
    return _record(Nearest, _NEAREST_FIELDS, {"outlet": outlet, "claim": claim, "group": group, "score": score})


def set_group(claim: Claim, group: str) -> None:
    """Give a claim of the pipeline's own its group id in place: the model is frozen for its users,
    but the pipeline owns these claims until the run returns, and a copy of every claim (~1 KB each,
    and the time to make it) only to set one field is what this saves. Never for a claim a caller
    may still hold unchanged (`Compactor.with_group` makes the copy)."""
    claim.__dict__["group"] = group
