"""The named checks that frames refer to, and the state they share while one cue is read.

A check is a small function `check(ctx, row) -> Verdict` registered under its name with
`@check("name")`; rows of the frame table (`data/frames.yaml`) list the checks they need, in
order. A check answers:

- ``PASS``: it holds (it may have computed something the next checks use, on `ctx`);
- ``SKIP``: this row does not apply, try the next row;
- ``DROP``: the candidate makes no claim at all (no later row is tried).

Rows share leading checks (a `base` sequence): the matcher runs a shared check once per
candidate. A check whose verdict depends on the row is registered with `per_row=True`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import IntEnum
from typing import TYPE_CHECKING

from claims.extract.found import Found

if TYPE_CHECKING:
    from claims.extract.frames import FrameRow
    from claims.extract.subjects import Subject


class Verdict(IntEnum):
    PASS = 0
    SKIP = 1
    DROP = 2


PASS, SKIP, DROP = Verdict.PASS, Verdict.SKIP, Verdict.DROP


@dataclass(slots=True)
class SentenceCtx:
    """One sentence `text[s:e]`, its quotation spans and the spans already claimed."""

    text: str
    s: int
    e: int
    quotes: list[tuple[int, int]]
    verbs: list[tuple[int, int, str]]  # the reporting-verb forms in the sentence (`cues.verb_matches`)
    taken: list[tuple[int, int]] = field(default_factory=list)
    found: list[Found] = field(default_factory=list)  # sentence-level finds (refusals, asides, "according to")
    chain: list[Found] = field(default_factory=list)  # claims of the reporting verbs so far, in order
    side: list[Found] = field(default_factory=list)  # claims kept out of the chain ('what critics called "..."')
    transcript: bool = False  # for a paragraph: names in capitals open speakers' turns ('ANN LEE: ...')
    low: str | None = None  # `text[s:e].lower()`, when worked out
    refusing: bool = True  # False when no refusal phrase can be in it (`cues.may_hold_refusal`)
    according: bool = True  # False when no "according to" can be in it


class Ctx:
    """One candidate: a sentence-level find (`found` already built) or a reporting verb
    `text[vs:ve]`, with what the checks work out about it (class-level defaults: a candidate
    is made with its six given fields only, as most are dropped after a check or two)."""

    def __init__(
        self,
        sent: SentenceCtx,
        vs: int = 0,
        ve: int = 0,
        form: str = "",
        lemma: str = "",
        prev: Found | None = None,
        found: Found | None = None,
    ) -> None:
        self.sent, self.vs, self.ve, self.form, self.lemma, self.prev = sent, vs, ve, form, lemma, prev
        if found is not None:
            self.found = found

    found: Found | None = None
    # worked out by the checks
    before: str = ""
    cs: int = 0
    lo: int = 0
    subj: Subject | None = None
    start: int = 0
    via: str | None = None
    had_that: bool = False
    rest: str = ""
    trailing: bool = False
    evidential: bool = False
    after_break: bool = False
    framed: tuple[int, str] | None = None
    comma_quoted: bool = False
    progressive: bool = False
    speaker: str | None = None
    ss: int = 0
    se: int = 0
    relay: str | None = None
    c_start: int = 0
    c_end: int = 0
    resumed: tuple[int, int] | None = None
    merged: tuple[int, int] | None = None
    via_from: str | None = None
    label: re.Match[str] | None = None  # a speaker's turn: 'NAME:' opening the paragraph


Check = Callable[[Ctx, "FrameRow"], Verdict]

CHECKS: dict[str, Check] = {}
"""Every named check, by name (filled as the check modules are imported)."""

ROW_CHECKS: set[str] = set()
"""Checks whose verdict depends on the row (never shared between rows)."""


def check(name: str, *, per_row: bool = False) -> Callable[[Check], Check]:
    """Register a check under `name`."""

    def register(fn: Check) -> Check:
        if name in CHECKS:
            raise ValueError(f"check {name!r} registered twice")
        CHECKS[name] = fn
        if per_row:
            ROW_CHECKS.add(name)
        return fn

    return register


def holds(condition: bool) -> Verdict:
    """PASS when `condition` holds, else SKIP (the row does not apply)."""
    return PASS if condition else SKIP


def keeps(condition: bool) -> Verdict:
    """PASS when `condition` holds, else DROP (the candidate makes no claim)."""
    return PASS if condition else DROP
