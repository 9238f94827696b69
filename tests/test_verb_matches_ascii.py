"""`cues.verb_matches` (runs of ASCII letters) finds exactly what the verb-form regex finds."""

from __future__ import annotations

import pytest

from claims.extract import cues


def _by_regex(sentence: str) -> list[tuple[int, int, str]]:
    out: list[tuple[int, int, str]] = []
    for m in cues._FORM_RE.finditer(sentence):
        word = m.group()
        if word in cues.FORM_TO_LEMMA:
            out.append((m.start(), m.end(), word))
            continue
        follow = cues._REST_RE.get(word)
        rest = None if follow is None else follow.match(sentence, m.end())
        if rest is not None:
            out.append((m.start(), rest.end(), " ".join(sentence[m.start() : rest.end()].split())))
    return out


@pytest.mark.parametrize(
    "sentence",
    [
        "said",
        "The mayor said the bridge was safe, officials said.",
        "said said said",
        "Said the chief: no.",
        "x3said _said (said) 'said' said.",
        "Critics pointed out the flaw and points  out more; pointedly out, points outward.",
        "She says.He said,they told",
        "resaid unsaid said1 saidx said",
        "pointed\nout that",
        "",
        "   ",
        "No verb in this one.",
    ],
)
def test_ascii_path_matches_the_regex(sentence: str) -> None:
    assert sentence.isascii()
    assert cues.verb_matches(sentence) == _by_regex(sentence)


def test_the_ascii_path_finds_several_forms_in_text_order() -> None:
    found = cues.verb_matches("He told reporters she said and they argued")
    assert [form for _, _, form in found] == ["told", "said", "argued"]
    assert found == _by_regex("He told reporters she said and they argued")


@pytest.mark.parametrize(
    "sentence",
    [
        "“We will appeal,” she said — and he said “no”.",
        "Ms. Núñez said, café-owners said; naïve said’s ‘said’ «said»",
        "İt said ıt said ſaid Kaid said",
        "pointed\u00a0out that, made\u2003it clear",
        "saidé ésaid said€ 说said said说",
        "\ud800said said\udfff",
    ],
)
def test_text_beyond_ascii_matches_the_regex(sentence: str) -> None:
    assert not sentence.isascii()
    assert cues.verb_matches(sentence) == _by_regex(sentence)
