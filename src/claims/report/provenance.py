"""Provenance of a group: who published first, and the relay chain its articles state.

The chain is read from the text only: the speaker, then each outlet a version credits
('told Reuters', 'according to Bloomberg'), then the outlets that carry the claim.
"""

from __future__ import annotations

from collections import Counter

from claims.compare.outlets import OutletIndex, OutletKey, credited_outlets
from claims.models import Claim, Source
from claims.report.dates import first_published
from claims.report.model import Provenance

ARROW = " → "


def _names(items: list[str]) -> str:
    if len(items) <= 2:
        return " and ".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def _first_sentence(members: list[Claim], sources: dict[str, Source]) -> tuple[str, list[str]]:
    seen: dict[str, Source] = {}
    for c in members:
        if c.source in sources and c.source not in seen:
            seen[c.source] = sources[c.source]
    labelled = [(f"{s.outlet} ({s.published})" if s.published else s.outlet, s.published) for s in seen.values()]
    found = first_published(labelled)
    notes: list[str] = []
    if found.undated:
        notes.append(f"No publication date for {_names(found.undated)}: "
                     f"{'it' if len(found.undated) == 1 else 'they'} may have been earlier.")
    if not found.first:
        return "Unknown: no article carrying it gives a readable date.", notes
    if found.decided:
        return f"{found.first[0]} published first.", notes
    return f"{_names(found.first)}: the dates are too coarse (or equal) to tell which came first.", notes


def _origin(members: list[Claim]) -> str:
    """The speaker most versions name, in its longest written form ('Ben Okafor' rather than 'He')."""
    counts = Counter(c.speaker_id for c in members)
    top = max(counts.values())
    forms = [c.speaker for c in members if counts[c.speaker_id] == top]
    return max(forms, key=len)


def provenance(
    members: list[Claim], sources: dict[str, Source], index: OutletIndex, key_names: dict[OutletKey, str],
    carriers: list[str],
) -> Provenance:
    """Provenance of a group carried by several outlets (`carriers`: their names, earliest first)."""
    first, notes = _first_sentence(members, sources)
    relays: list[str] = []
    for c in members:
        keys = credited_outlets(c, index)
        names = sorted(key_names[k] for k in keys if k in key_names)
        if not names and c.via:
            names = [c.via]
        for name in names:
            if name not in relays and name != c.outlet:
                relays.append(name)
    downstream = [name for name in carriers if name not in relays]
    steps = [_origin(members)]
    if relays:
        steps.append(", ".join(relays))
    if downstream:
        steps.append(", ".join(downstream))
    missing = [r for r in relays if r in key_names.values() and r not in carriers]
    if missing:
        notes.append(f"{_names(missing)} {'is' if len(missing) == 1 else 'are'} credited, "
                     "but the article here does not carry the claim.")
    if not relays:
        notes.append("No version credits another outlet.")
    return Provenance(first=first, chain=ARROW.join(steps), notes=notes)
