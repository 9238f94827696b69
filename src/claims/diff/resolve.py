"""Find the source a user means: an id, a unique prefix of one, or an outlet name."""

from __future__ import annotations

from claims.errors import UsageError
from claims.models import Source


def _describe(sources: list[Source]) -> str:
    return ", ".join(f"{s.id} ({s.outlet})" for s in sources)


def resolve_source(sources: list[Source], name: str) -> Source:
    """The one source `name` designates.

    Tried in order: exact id; outlet name (case-insensitive); id prefix
    (case-insensitive). Raises UsageError, listing the candidates, when nothing
    matches or when the name fits several sources.
    """
    wanted = name.strip()
    if not sources:
        raise UsageError(f"no sources to choose {name!r} from")
    for s in sources:
        if s.id == wanted:
            return s
    folded = wanted.casefold()
    if not folded:
        raise UsageError(f"empty source name; sources are: {_describe(sources)}")
    tiers = (
        [s for s in sources if s.id.casefold() == folded],
        [s for s in sources if s.outlet.casefold() == folded],
        [s for s in sources if s.id.casefold().startswith(folded)],
    )
    for found in tiers:
        if len(found) == 1:
            return found[0]
        if len(found) > 1:
            raise UsageError(f"{name!r} is ambiguous: it matches {len(found)} sources: {_describe(found)}")
    raise UsageError(f"no source matches {name!r}; sources are: {_describe(sources)}")
