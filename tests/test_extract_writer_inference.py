"""What the writer infers is not a party's claim: a participle of inference ("indicating that",
"suggesting that") whose subject is a thing ("The debris", "The storm"), and the object left out
of a restrictive relative clause ("the debris that they found was ..."). With a party as subject,
or a reported clause left without its subject ("the rules, which officials said would ..."),
they stay claims."""

from __future__ import annotations

import pytest

from tests.extracting import extract_text


def _claims(text: str) -> list[tuple[str, str, str]]:
    return [(c.speaker, c.cue, c.content) for c in extract_text(text, "wi")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The debris is consistent with an implosion, indicating that the craft broke apart.", []),
        ("The storm hit the coast on Monday, suggesting the forecasts were wrong.", []),
        ("It rose sharply, indicating that demand was strong.", []),
        ("The senator criticised the ruling, suggesting that the judge was biased.",
         [("The senator", "suggesting", "the judge was biased")]),
        ("The poll found support at 40 percent, suggesting that the race had tightened.",
         [("The poll", "found", "support at 40 percent"), ("The poll", "suggesting", "the race had tightened")]),
    ],
)
def test_inference_needs_a_party(text: str, expected: list[tuple[str, str, str]]) -> None:
    got = _claims(text)
    assert [c for c in got if c[1] in {"indicating", "suggesting"}] == [
        c for c in expected if c[1] in {"indicating", "suggesting"}
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Coast Guard said that the debris that they found was consistent with an implosion.",
         [("The Coast Guard", "said", "the debris that they found was consistent with an implosion")]),
        ("The problem that investigators found was a loose bolt.", []),
        ("The council passed the rules, which officials said would cost hundreds of jobs.",
         [("officials", "said", "would cost hundreds of jobs")]),
        ("The report, which police confirmed was accurate, was released.",
         [("police", "confirmed", "was accurate")]),
    ],
)
def test_an_object_relative_is_no_reported_clause(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _claims(text) == expected
