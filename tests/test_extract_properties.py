"""Whatever the text, extraction never raises and every span anchors in the text."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from claims.extract import extract_claims
from claims.models import Source

WORDS = [
    "said",
    "told",
    "Reuters",
    "according",
    "to",
    "declined",
    "comment",
    "the",
    "a",
    "official",
    "He",
    "she",
    "that",
    "Analysts",
    "say",
    "“",
    "”",
    '"',
    ",",
    ".",
    "—",
    "Citing",
    "people",
    "familiar",
    "with",
    "matter",
    "report",
    "U.S.",
    "Mr.",
    "\n",
    "\n\n",
    "and",
    "who",
    "did",
    "not",
    "respond",
    "requests",
    "for",
    "calling",
    "them",
    "arguing",
    "with",
    "saying",
    "X",
    "Y",
    "Inc.",
    ":",
    ";",
    "(",
    ")",
    "?",
    "!",
]

texts = st.one_of(
    st.text(max_size=400),
    st.lists(st.sampled_from(WORDS), max_size=120).map(" ".join),
    st.lists(st.sampled_from(WORDS), max_size=120).map("".join),
)


def _source(text: str, lead: int) -> Source:
    start = min(lead, len(text))
    return Source(id="p", outlet="Prop", path="p.txt", text=text, body_start=start, body_end=len(text))


@settings(max_examples=300, deadline=None)
@given(texts, st.integers(min_value=0, max_value=20))
@example("A:< 0 .", 3)  # a speaker's turn whose name lies before the body: no claim
def test_extract_never_raises_and_spans_anchor(text: str, lead: int) -> None:
    source = _source(text, lead)
    for claim in extract_claims(source):
        assert text[claim.start : claim.end] == claim.content
        assert source.body_start <= claim.start < claim.end <= source.body_end
        assert claim.speaker.strip()
        assert claim.speaker_id


def test_ids_are_stable_across_runs() -> None:
    text = "The mayor said the bridge would reopen in May. Kessel Bank declined to comment."
    first = [c.id for c in extract_claims(_source(text, 0))]
    second = [c.id for c in extract_claims(_source(text, 0))]
    assert first == second and len(set(first)) == 2
    assert all(i.startswith("p:") for i in first)


def test_run_on_text_is_cut_to_a_bounded_number_of_cues() -> None:
    from claims.extract.cues import MAX_PER_SENTENCE
    from claims.extract.segment import MAX_SENTENCE, sentences

    text = "Acme declined to comment, " * 2000
    pieces = sentences(text, 0, len(text))
    assert len(pieces) <= 2 * len(text) // MAX_SENTENCE + 1
    assert all(p.end - p.start <= MAX_SENTENCE for p in pieces)
    got = extract_claims(_source(text, 0))
    assert 0 < len(got) <= MAX_PER_SENTENCE * len(pieces)
