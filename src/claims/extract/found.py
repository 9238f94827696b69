"""A found attribution act, before its content is trimmed and classified."""

from __future__ import annotations

from dataclasses import dataclass

from claims.models import Kind


@dataclass(slots=True)
class Found:
    """One attribution act in a sentence, before the content is trimmed and classified."""

    speaker: str
    cue: str
    via: str | None
    start: int
    end: int
    cue_start: int
    clause: int
    kind: Kind | None = None
    content_first: bool = False
    via_from: str | None = None  # "the report" whose outlet is the relay, resolved per source
    in_person: bool = False  # "told reporters": heard in person, so no inherited relay
    rule: str = ""  # the id of the frame that produced it (`claims frames`)
    # The speaker as the sentence writes it when a relative pronoun stands for the party
    # ("Ann Ruiz, who said": "who"); `speaker` then names the party, which its id is read from.
    written: str | None = None
