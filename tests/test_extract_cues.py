"""The cue lexicon: verb forms in every tense, multiword refusals, noun-like forms."""

from __future__ import annotations

import pytest

from claims.extract import cues


@pytest.mark.parametrize(
    ("form", "lemma"),
    [
        ("said", "say"),
        ("says", "say"),
        ("told", "tell"),
        ("noted", "note"),
        ("noting", "note"),
        ("argues", "argue"),
        ("denied", "deny"),
        ("admitted", "admit"),
        ("stressed", "stress"),
        ("signalled", "signal"),
        ("pointed out", "point out"),
        ("made it clear", "make clear"),
        ("makes clear", "make clear"),
        ("made the case", "make the case"),
        ("fired back", "fire back"),
        ("shot back", "shoot back"),
        ("hitting back", "hit back"),
        ("wrote", "write"),
    ],
)
def test_forms_map_to_lemmas(form: str, lemma: str) -> None:
    assert cues.lemma(form) == lemma


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("The mayor said it was fine.", ["said"]),
        ("Said the mayor nothing.", []),
        ("The auditor pointed out the gap.", ["pointed out"]),
        ("The auditor made it clear again.", ["made it clear"]),
        ("The auditor made  clear that it was late.", ["made clear"]),
        ("The auditor made the case.", ["made the case"]),
        ("The auditor fired back.", ["fired back"]),
        ("The auditor made a case.", []),
        ("The auditor fired the clerk and shot a film.", []),
        ("The saying goes.", ["saying"]),  # lexical: noun uses are ruled out later
        ("He warned and insisted.", ["warned", "insisted"]),
    ],
)
def test_verb_matches(sentence: str, found: list[str]) -> None:
    assert [form for _, _, form in cues.verb_matches(sentence)] == found


@pytest.mark.parametrize(
    ("sentence", "cue"),
    [
        ("Acme declined to comment.", "declined to comment"),
        (
            "Acme did not immediately respond to a request for comment.",
            "did not immediately respond to a request for comment",
        ),
        ("Acme could not be reached for comment.", "could not be reached for comment"),
        ("Acme has not publicly commented.", "has not publicly commented"),
        ("Acme did not determine the cause.", None),
    ],
)
def test_refusals(sentence: str, cue: str | None) -> None:
    got = [m.group() for m in cues.refusal_matches(sentence)]
    assert got == ([cue] if cue else [])
