"""Publication dates as written ('2026-02-27', 'February 2026', '27 Feb 2026'), read as day ranges.

A date that names only a month or a year covers every day of it, so two coarse dates
may not tell which article came first: the report says so rather than guess.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

_MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
_MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
_MONTHS["sept"] = 9

_ISO = re.compile(r"^\s*(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?(?:$|[T\s])")
_WORDS = re.compile(r"[A-Za-z]+|\d+")


@dataclass(frozen=True, slots=True)
class DateRange:
    """The first and last day a written date can mean."""

    first: date
    last: date


def _month_range(year: int, month: int) -> DateRange:
    return DateRange(date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1]))


def _build(year: int, month: int | None, day: int | None) -> DateRange | None:
    try:
        if month is None:
            return DateRange(date(year, 1, 1), date(year, 12, 31))
        if day is None:
            return _month_range(year, month)
        return DateRange(date(year, month, day), date(year, month, day))
    except ValueError:
        return None


def parse_date(text: str | None) -> DateRange | None:
    """The days `text` can mean, or None when it is missing or not a date this reads."""
    if not text or not text.strip():
        return None
    m = _ISO.match(text)
    if m:
        year, month, day = m.groups()
        return _build(int(year), int(month) if month else None, int(day) if day else None)
    year_: int | None = None
    month_: int | None = None
    day_: int | None = None
    for word in _WORDS.findall(text):
        low = word.lower()
        if low in _MONTHS and month_ is None:
            month_ = _MONTHS[low]
        elif word.isdigit() and len(word) == 4 and year_ is None:
            year_ = int(word)
        elif word.isdigit() and len(word) <= 2 and day_ is None:
            day_ = int(word)
    if year_ is None:
        return None
    return _build(year_, month_, day_ if month_ is not None else None)


@dataclass(frozen=True, slots=True)
class FirstPublished:
    """Who published first among some sources, as far as their dates tell."""

    first: list[str]
    """Labels of the sources that may be first (one when the dates decide it)."""
    undated: list[str]
    """Labels of the sources with no readable date: they may have been earlier still."""
    decided: bool
    """True when exactly one dated source is earlier than every other dated one."""


def first_published(dated: list[tuple[str, str | None]]) -> FirstPublished:
    """From (label, published) pairs: the earliest source(s), and those whose date is missing."""
    known: list[tuple[str, DateRange]] = []
    undated: list[str] = []
    for label, written in dated:
        found = parse_date(written)
        if found is None:
            undated.append(label)
        else:
            known.append((label, found))
    if not known:
        return FirstPublished(first=[], undated=undated, decided=False)
    cutoff = min(r.last for _, r in known)
    candidates = [label for label, r in known if r.first <= cutoff]
    return FirstPublished(first=candidates, undated=undated, decided=len(candidates) == 1)
