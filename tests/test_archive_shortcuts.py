"""Shortcuts of the archive path and of grouping give what the slow path gives: work done once per distinct
text (bounded caches) returns exactly the values worked out afresh, for sentences of our own and random ones."""

from __future__ import annotations

from pathlib import Path

import pytest
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
ROOT = Path(__file__).resolve().parent.parent


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


def _slow_row(text: str, known: frozenset[str]) -> tuple[object, ...]:
    """A claim's row as `build_corpus` made it claim by claim, before rows were kept per content."""
    from claims.compare.features import _COUNTED
    from claims.compare.quantities import figures
    from claims.compare.terms import NUMBER_STEMS, terms_of

    terms = terms_of(text, known)
    stems = tuple(frozenset(terms.stems))
    numbers = tuple(frozenset([t for t in stems if t[:1].isdigit() or t in NUMBER_STEMS]))
    text_of = " ".join([t for t in terms.stems if not (t[:1].isdigit() or t in NUMBER_STEMS)])
    return (stems, tuple(terms.keys), numbers, text_of,
            figures(text) if numbers or not _COUNTED.isdisjoint(stems) else None)


def _check_rows(texts: list[str], known: frozenset[str]) -> None:
    from collections import Counter

    from claims.compare import features

    features._ROWS.rows.clear()
    expected = [_slow_row(t, known) for t in texts]
    df: Counter[str] = Counter()
    for row in expected:
        df.update(row[0])  # type: ignore[arg-type]
        df.update(row[1])  # type: ignore[arg-type]
    parts = [term_parts(t) for t in texts]
    for _ in range(2):  # afresh, then from the cache
        for rows, counts in (features._terms_chunk((texts, known), range(len(texts))),
                             features._parts_chunk((parts, texts, known), range(len(texts)))):
            assert rows == expected
            assert [list(r[0]) for r in rows] == [list(r[0]) for r in expected]  # same iteration order
            assert list(counts.items()) == list(df.items())  # same counts, same key order


def test_rows_kept_per_content_equal_rows_made_afresh() -> None:
    known = frozenset({"amd", "pta", "bab"})
    _check_rows(SENTENCES + SENTENCES[:2], known)
    _check_rows(SENTENCES, frozenset())  # other acronyms: the rows kept for the first set are not used
    _check_rows(SENTENCES[:1], known)


@settings(max_examples=60, deadline=None)
@given(st.lists(TEXTS, max_size=8), st.sampled_from([frozenset(), frozenset({"amd", "nhta", "bt"})]))
def test_rows_kept_per_content_equal_rows_made_afresh_random(texts: list[str], known: frozenset[str]) -> None:
    _check_rows(texts, known)


def test_rows_cache_is_bounded() -> None:
    from claims.compare import features

    features._ROWS.rows.clear()
    texts = [f"the plant {k} would close" for k in range(features.ROW_CACHE + 10)]
    features._terms_chunk((texts, frozenset()), range(len(texts)))
    assert len(features._ROWS.rows) == features.ROW_CACHE
    assert texts[-1] in features._ROWS.rows and texts[0] not in features._ROWS.rows  # oldest dropped first


def test_claims_spilled_with_kind_as_value_read_back_equal() -> None:
    """A claim spilled with its kind as a plain value is read back as the same claim (kind a `Kind` again)."""
    import pickle

    from claims.archive import CLAIM_FIELDS, _Builder, _spilled
    from claims.models import Claim, Kind

    for kind in Kind:
        claim = Claim(id="c1", source="s", outlet="O", speaker="Ana Ruiz", speaker_id="ana-ruiz", via="Reuters",
                      cue="said", kind=kind, content="the ferry would run", start=3, end=22)
        values = pickle.loads(pickle.dumps([_spilled(claim.__dict__)], 5))[0]
        assert values[CLAIM_FIELDS.index("kind")] == kind.value and type(values[CLAIM_FIELDS.index("kind")]) is str
        record = dict(zip(CLAIM_FIELDS, values, strict=True))
        record["kind"] = Kind(record["kind"])
        back = _Builder()(record)
        assert back == claim and back.kind is kind
        assert back.model_dump(mode="json") == claim.model_dump(mode="json")


def test_claim_texts_equal_the_records_written_one_by_one(monkeypatch: pytest.MonkeyPatch) -> None:
    """The claims' text (values encoded in one call, put in a template) is `export._value` of each record,
    for odd values too (quotes, line breaks, non-ASCII, a percent sign, null `via`); so is the fallback."""
    import claims.archive as archive
    from claims.export import _value

    folder = ROOT / "seeds"
    run = archive.analyse_archive([folder], jobs=1)
    try:
        span = (0, run.n_sources)
        expected = ["    " + _value(r, "    ") for r in run.claim_records(*span)]
        assert expected and run.claim_texts(*span) == expected
        monkeypatch.setattr(archive, "_SCALARS", frozenset())  # every span takes the record path
        assert run.claim_texts(*span) == expected
    finally:
        run.close()
    rows = [["c\n1", "s\"", "Ö%s", "a\\b", "x\u2028y", None, "said", "assertion", "50% \t", 0, 12, "g0123456789", ""]]
    monkeypatch.setattr(archive, "_SCALARS", frozenset({str, int, type(None)}))
    monkeypatch.setattr(archive.ArchiveRun, "_claim_rows", lambda self, first, end: iter(rows))
    record = {**dict(zip(archive.CLAIM_FIELDS, rows[0], strict=True)), **archive.Review().model_dump()}
    assert archive.ArchiveRun().claim_texts(0, 1) == ["    " + _value(record, "    ")]


@pytest.mark.parametrize("text", [*SENTENCES, "Acme said", "ACME said", "A", "The U.S. and the UK", "In 2024, 3,500"])
def test_key_terms_in_the_order_a_word_by_word_read_gives(text: str) -> None:
    """`key_terms` adds the same keys in the same order as reading each capitalised word in turn (the
    frozenset's iteration order, which float sums over it follow, is the same)."""
    import re

    from claims.compare.terms import _CAP, _NUM, STOPWORDS, key_terms, quoted_keys, stem

    keys: set[str] = set()
    for m in _CAP.finditer(text):
        word = m.group(0)
        if (m.start() == 0 and not word.isupper()) or word.lower() in STOPWORDS:
            continue
        keys.add("n:" + stem(word.lower().rstrip(".")))
    keys.update("d:" + m.group(0).replace(",", "") for m in re.finditer(_NUM, text))
    keys.update(quoted_keys(text))
    assert list(key_terms(text)) == list(frozenset(keys))
