"""Shortcuts of the archive path and of grouping give what the slow path gives: work done once per distinct
text (bounded caches) returns exactly the values worked out afresh, for sentences of our own and random ones."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from claims.archive import _content_terms
from claims.compare.stories import _text_codes, entities, entity_code, entity_codes
from claims.compare.terms import acronym_order, term_parts

SENTENCES = [
    "Advanced Micro Devices said AMD would buy the U.S. unit for $4.2 million",
    "the 320 jobs at Big Apple Bank Corp Ltd were \"long overdue\" said the UK minister",
    "Officials at the Port of Tamsin Authority (PTA) said 4g networks in the area were down",
    "prices would not go up, the bakery's new owner said",
    "Ana de Souza of the Bank of Tamsin said “the rate will stay” at 4%",
    "",
    "1 2 3 the a of",
]
WORDS = st.sampled_from(["Kestrel", "Logistics", "said", "the", "AMD", "\"", "“", "”", "4.2", "million", "of",
                         "Bank", "Tamsin", "jobs", "U.S.", "UK", "would", "not", "cut", "NHTA", "de", "Souza", "'s"])
TEXTS = st.lists(WORDS, max_size=14).map(" ".join)


def _slow_terms(text: str) -> tuple[object, ...]:
    terms, initials, runs = term_parts(text)
    return (terms.stems, terms.keys, initials, runs), (*frozenset(terms.stems), *terms.keys), acronym_order(text)


def _check_terms(text: str) -> None:
    _content_terms.cache_clear()
    first = _content_terms(text)
    again = _content_terms(text)  # from the cache
    assert again is first
    assert first == _slow_terms(text)
    # the same order of the counted terms as a fresh frozenset gives (document frequencies keep key order)
    assert list(first[1]) == [*frozenset(term_parts(text)[0].stems), *term_parts(text)[0].keys]


def test_content_terms_equal_terms_read_afresh() -> None:
    for text in SENTENCES:
        _check_terms(text)


@settings(max_examples=80, deadline=None)
@given(TEXTS)
def test_content_terms_equal_terms_read_afresh_random(text: str) -> None:
    _check_terms(text)


def _slow_codes(texts: list[str]) -> list[int]:
    return sorted({entity_code(e) for e in entities(texts)})


def test_entity_codes_equal_codes_of_all_entities() -> None:
    _text_codes.cache_clear()
    assert entity_codes(SENTENCES) == _slow_codes(SENTENCES)
    assert entity_codes(SENTENCES + SENTENCES[:3]) == _slow_codes(SENTENCES)  # read again, from the cache
    assert entity_codes([]) == []
    assert len(entity_codes(["Kestrel Logistics said the Bank of Tamsin would pay"])) == 2


@settings(max_examples=80, deadline=None)
@given(st.lists(TEXTS, max_size=6))
def test_entity_codes_equal_codes_of_all_entities_random(texts: list[str]) -> None:
    assert entity_codes(texts) == _slow_codes(texts)
