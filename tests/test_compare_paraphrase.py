"""Paraphrase folding: general news-English rewordings meet in one concept key; denials are marked."""

from __future__ import annotations

import pytest

from claims.compare.paraphrase import PHRASES, WORDS, negated_terms, polarity_clash
from claims.compare.terms import terms_of


def _terms(text: str) -> frozenset[str]:
    return frozenset(terms_of(text).stems)


@pytest.mark.parametrize(
    ("left", "right", "shared"),
    [
        ("the mill has agreed to buy the quarry", "the mill will acquire the quarry", "c:buy"),
        ("the mill is taking over the quarry", "the mill purchased the quarry", "c:buy"),
        ("the council did not provide the report to tenants", "the council withheld the report", "c:withhold"),
        ("the effect on growers may be limited", "the impact on growers is minimal", "c:small"),
        ("rents would not go up", "rents would not rise", "!c:rise"),
        ("the vote was postponed", "the vote was delayed", "c:delay"),
        ("the board knew about the leak", "the board was aware of the leak", "c:know"),
        ("the agency will probe the sale", "the agency will investigate the sale", "c:investigate"),
        ("the mayor stepped down", "the mayor resigned", "c:resign"),
        ("the plant cut 40 jobs", "the plant slashed 40 jobs", "c:cut"),
        ("a $2.5bn loan", "a $2.5 billion loan", "billi"),
    ],
)
def test_rewordings_share_a_concept(left: str, right: str, shared: str) -> None:
    assert shared in _terms(left) & _terms(right)


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("the mill bought the quarry", "the mill sold the quarry"),
        ("the plant cut 40 jobs", "the plant did not cut 40 jobs"),
        ("rents would go up", "rents would not go up"),
        ("the fire spread to the depot", "the depot dismissed the guard"),
        ("the league banned the club", "the league approved the club"),
        ("shares declined 4%", "the union declined to strike"),
    ],
)
def test_different_propositions_share_no_concept(left: str, right: str) -> None:
    concepts = {t for t in _terms(left) & _terms(right) if t.startswith(("c:", "!"))}
    assert not concepts


@pytest.mark.parametrize(
    ("text", "denied"),
    [
        ("the plant did not cut jobs", {"c:cut"}),
        ("the plant didn't immediately cut jobs", {"c:cut"}),
        ("rents would not go up", {"c:rise"}),
        ("the plant cut jobs", set()),
        # a negated giving verb is a withholding, not a denial
        ("the firm did not provide access to rivals", set()),
        # 'not only' does not deny what follows
        ("the firm not only cut jobs but closed a plant", set()),
        # 'and not his ...' sets an alternative noun phrase aside: no predicate denied
        ("the case was about his choices and not his addiction", set()),
        ("the case was about his choices, but not the addiction he battled", set()),
    ],
)
def test_negation_marks_the_denied_word(text: str, denied: set[str]) -> None:
    assert negated_terms(_terms(text)) == denied


@pytest.mark.parametrize(
    ("left", "right", "clash"),
    [
        ("the plant did not cut jobs", "the plant cut jobs", True),
        ("prices would go up next year", "prices would not go up", True),
        ("prices would not rise", "prices would not go up", False),
        ("the firm did not provide access", "the firm withheld access", False),
        ("the plant cut jobs", "the plant slashed jobs", False),
        ("the case was about his choices and not his drug addiction",
         "the case was about the choices he made while battling a drug addiction", False),
    ],
)
def test_polarity_clash(left: str, right: str, clash: bool) -> None:
    a, b = _terms(left), _terms(right)
    assert polarity_clash(a, negated_terms(a), b, negated_terms(b)) is clash


def test_lexicon_is_general_lowercase_english_with_one_concept_per_form() -> None:
    forms = [f for fs in WORDS.values() for f in fs] + [f for fs in PHRASES.values() for f in fs]
    assert all(f == f.lower() and f.replace(" ", "").replace("-", "").isalpha() for f in forms)
    assert len(forms) == len(set(forms))
    assert len(forms) < 400
