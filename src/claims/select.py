"""Filters that `claims list` and friends apply to an Analysis, and what to suggest when one matches nothing.

The matching rule, one for every filter (documented in the README and `claims list --help`):
a name is compared by its *form*: case-folded, with hyphens, underscores, dots and runs of spaces all read
as one space, and apostrophes dropped. So `Ben Bajarin`, `ben-bajarin` and `BEN_BAJARIN` are one form.

- `--speaker NAME` picks a *party* (a speaker id): NAME matches when its words are a run of whole words of
  the party's id or of any name the articles write for that party ("Bajarin", "ben bajarin",
  "ben-bajarin" all pick `ben-bajarin`). Every claim of the party is then listed, whatever name the
  sentence used ("he", "the analyst"), so all forms of one party give the same claims.
- `--outlet NAME` matches an outlet whose form equals NAME's, or a source id that starts with it.
- `--status S` matches the claim's review status (its own, else its group's).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from claims.models import Analysis, Claim

_SEPARATORS = re.compile(r"[\s\-_.]+")
_APOSTROPHES = re.compile(r"['’]")


def form(name: str) -> str:
    """The form names are compared by: case-folded, separators as single spaces, no apostrophes."""
    return _SEPARATORS.sub(" ", _APOSTROPHES.sub("", name.casefold())).strip()


def _words_run(query: list[str], words: list[str]) -> bool:
    n = len(query)
    return n > 0 and any(words[i : i + n] == query for i in range(len(words) - n + 1))


def speaker_names(analysis: Analysis) -> dict[str, set[str]]:
    """Speaker id -> the forms of its id and of every name written for it."""
    names: dict[str, set[str]] = {}
    for c in analysis.claims:
        names.setdefault(c.speaker_id, {form(c.speaker_id)}).add(form(c.speaker))
    return names


def parties(analysis: Analysis, wanted: str) -> set[str]:
    """The speaker ids `wanted` designates (see the module doc)."""
    query = form(wanted).split()
    return {
        sid for sid, forms in speaker_names(analysis).items() if any(_words_run(query, f.split()) for f in forms)
    }


def _matches_outlet(claim: Claim, wanted: str) -> bool:
    return form(claim.outlet) == form(wanted) or claim.source.casefold().startswith(wanted.casefold())


def filter_claims(
    analysis: Analysis,
    outlets: list[str] | None = None,
    speakers: list[str] | None = None,
    single_outlet: bool = False,
    statuses: list[str] | None = None,
) -> Analysis:
    """Keep the claims that match every filter given, and the groups and sources they touch."""
    single = {g.id for g in analysis.groups if g.single_source}
    wanted_ids = set().union(*(parties(analysis, s) for s in speakers)) if speakers else set()
    kept = [
        c for c in analysis.claims
        if (not outlets or any(_matches_outlet(c, o) for o in outlets))
        and (not speakers or c.speaker_id in wanted_ids)
        and (not single_outlet or c.group in single)
        and (not statuses or analysis.review_of(c).status in statuses)
    ]
    ids = {c.id for c in kept}
    groups = [g for g in analysis.groups if any(cid in ids for cid in g.claims)]
    return analysis.model_copy(update={"claims": kept, "groups": groups})


@dataclass(frozen=True)
class Unmatched:
    """A filter value that matches no claim, with the nearest values that would."""

    option: str
    value: str
    candidates: list[str]

    def __str__(self) -> str:
        near = "; ".join(self.candidates) if self.candidates else "none"
        return f"{self.option} {self.value!r} matches no claim; nearest: {near}"


def _nearest(value: str, choices: dict[str, str], limit: int = 5) -> list[str]:
    """The display strings of the `limit` choices whose key is nearest `value` (all when few)."""
    from rapidfuzz import fuzz, process

    if len(choices) <= limit:
        ranked = process.extract(form(value), list(choices), scorer=fuzz.WRatio, limit=None)
    else:
        ranked = process.extract(form(value), list(choices), scorer=fuzz.WRatio, limit=limit)
    return [choices[key] for key, _score, _i in ranked]


def unmatched(
    analysis: Analysis,
    outlets: list[str] | None = None,
    speakers: list[str] | None = None,
    statuses: list[str] | None = None,
) -> list[Unmatched]:
    """Each filter value that on its own matches no claim of `analysis`, with candidates to suggest."""
    out: list[Unmatched] = []
    for o in outlets or []:
        if not any(_matches_outlet(c, o) for c in analysis.claims):
            per_outlet = Counter(c.outlet for c in analysis.claims)
            choices = {form(s.outlet): f"{s.outlet} ({s.id}, {per_outlet[s.outlet]} claims)"
                       for s in analysis.sources}
            for c in analysis.claims:
                choices.setdefault(form(c.outlet), f"{c.outlet} ({per_outlet[c.outlet]} claims)")
            out.append(Unmatched("--outlet", o, _nearest(o, choices)))
    for s in speakers or []:
        if not parties(analysis, s):
            per_party = Counter(c.speaker_id for c in analysis.claims)
            choices = {}
            for sid, forms in speaker_names(analysis).items():
                for f in forms:
                    choices.setdefault(f, f"{sid} ({per_party[sid]} claims)")
            found = list(dict.fromkeys(_nearest(s, choices, limit=12)))[:5]
            out.append(Unmatched("--speaker", s, found))
    for st in statuses or []:
        counts = Counter(analysis.review_of(c).status for c in analysis.claims)
        if not counts[st]:
            out.append(Unmatched("--status", st, [f"{k} ({n} claims)" for k, n in counts.most_common()]))
    return out
