"""Wire ledes: an AP dateline with a state abbreviation ("PARADISE SPRINGS, Ore. (AP) —") is one
sentence with the lede, never part of its claim; a state abbreviation before a capital ends a
sentence, a lower-case "ill." is a word; a quantity-led clause ("A wildfire forced ...") is the
claim, not an opening adverbial like "A year later"."""

from __future__ import annotations

import pytest

from claims.models import Kind
from tests.extracting import extract_text


@pytest.mark.parametrize(
    ("text", "speaker", "kind", "content"),
    [
        ("PARADISE SPRINGS, Ore. (AP) — A wind-driven wildfire forced evacuations, fire officials said.",
         "fire officials", Kind.INDIRECT, "A wind-driven wildfire forced evacuations"),
        ('FRESNO, Calif. (AP) — "We have never seen it this dry," the farmer said.',
         "the farmer", Kind.DIRECT, "We have never seen it this dry"),
        ("MILLBROOK, Ohio (AP) — A wildfire forced evacuations, fire officials said.",
         "fire officials", Kind.INDIRECT, "A wildfire forced evacuations"),
        # an agency's credit alone, and a place or label with a colon
        ("(ABC NEWS) — All five aboard the vessel are dead, the Coast Guard said.",
         "the Coast Guard", Kind.INDIRECT, "All five aboard the vessel are dead"),
        ("(City Wire)- Three people were hurt, officials said.",
         "officials", Kind.INDIRECT, "Three people were hurt"),
        ("Tokyo: Five of the six people on the plane have died, local media reports said.",
         "local media reports", Kind.INDIRECT, "Five of the six people on the plane have died"),
    ],
)
def test_an_ap_lede(text: str, speaker: str, kind: Kind, content: str) -> None:
    assert [(c.speaker, c.kind, c.content) for c in extract_text(text, "ap")] == [(speaker, kind, content)]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The farm is near Fresno, Calif. Growers said the wells were dry.", "Growers"),
        ("He was ill. Doctors said he would recover.", "Doctors"),
    ],
)
def test_a_sentence_ends_after_a_state(text: str, speaker: str) -> None:
    assert [c.speaker for c in extract_text(text, "ap")] == [speaker]


def test_a_span_of_time_opens_the_sentence() -> None:
    claims = extract_text("A year later, she said, the pier was shut.", "ap")
    assert [(c.speaker, c.content) for c in claims] == [("she", "the pier was shut")]
