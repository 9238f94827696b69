"""The extractor's shortcuts: cheap tests that skip a costly regex or token slice must
answer exactly as the full test does (a shortcut that drops a match changes the output)."""

from __future__ import annotations

import random
import re

import pytest

from claims.extract import channels, cues, datelines, phrases, segment, speakers, subjects, tails
from claims.extract.found import Found

RNG_WORDS = [
    "said",
    "that",
    "on",
    "Monday",
    "in",
    "a",
    "statement",
    "to",
    "the",
    "Herald",
    "of",
    "council",
    "last",
    "week",
    "yesterday",
    "by",
    "phone",
    "reporters",
    "via",
    "Twitter",
    "March",
    "4",
    "late",
    "earlier",
    "this",
    "month",
    "but",
    "did",
    "not",
    "and",
    "he",
    "added",
    "which",
    "claim",
    "—",
    "–",
    "--",
    ",",
    ":",
    "“",
    "”",
    '"',
    "1,000",
    "12",
    "Neither",
    "none",
    "of",
    "declined",
    "comment",
    "spoke",
    "Speaking",
    "cited",
    "QUOTED",
    "seen",
    "İ",
    "ſpoke",
    "K",
    "with",
    "while",
    "disputed",
    "denies",
    "a claim",
    "GENEVA",
    "(Reuters)",
    "-",
    "SAN",
    "JOSE,",
    "Calif.,",
    "\t",
    "  ",
    "\n",
]


def _phrases(seed: int, n: int) -> list[str]:
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        words = [rng.choice(RNG_WORDS) for _ in range(rng.randrange(1, 12))]
        out.append(rng.choice(["", " ", ", "]) + " ".join(words))
    return out


def test_fewer_words_is_count_words_below_n() -> None:
    for text in _phrases(1, 400):
        for n in range(0, 14):
            assert phrases.fewer_words(text, 0, len(text), n) == (phrases.count_words(text, 0, len(text)) < n)


def test_all_adverbials_match_where_one_does() -> None:
    cases = [
        " on Monday that",
        " that the bridge",
        " in a statement that",
        ", late on Friday,",
        " by phone",
        " to reporters",
        " via Twitter",
        " of the council: ",
        " yesterday",
        " earlier this month",
        " on March 4",
        " in March",
        " the council",
        "",
        "   ",
        " Monday morning",
        *_phrases(2, 600),
    ]
    for text in cases:
        for pos in range(len(text) + 1):
            one = any(rx.match(text, pos) is not None for rx in tails._ADVERBIALS)
            assert (tails._ANY_ADVERBIAL.match(text, pos) is not None) == one, (text, pos)


def test_no_adverbial_rest_opens_with_space_or_comma() -> None:
    """The union's shared lead `\\s*,?\\s*` is atomic: exact only while no rest after it
    can start at white space or a comma (else backing off inside the lead could match)."""
    lead = r"\s*,?\s*"
    rests = [re.compile(rx.pattern[len(lead) :], rx.flags) for rx in tails._ADVERBIALS if rx.pattern.startswith(lead)]
    assert len(rests) >= 5
    starts = [" ", ",", "\t", "\n", " ,", ", "]
    words = ["on Monday", "in a statement", "late on Friday", "by phone", "to reporters", "via Twitter",
             "yesterday", "earlier this month", "on March 4", "in March", "Monday morning", "the council"]
    assert all(any(rest.match(word) for rest in rests) for word in words[:-1])  # each one some rest's
    for rest in rests:
        for word in words:
            for start in starts:
                assert rest.match(start + word) is None, (rest.pattern[:40], start + word)


def test_union_keeps_each_patterns_flags() -> None:
    union = tails.union([re.compile("abc", re.IGNORECASE), re.compile("(?P<x>xyz)")])
    assert union.match("ABC") and union.match("xyz") and not union.match("XYZ")


def test_relay_shortcut_never_hides_a_relay() -> None:
    cases = [
        "officials speaking to Reuters",
        "people familiar with the matter, cited by Bloomberg",
        "a source who spoke on condition of anonymity with the BBC",
        "an aide QUOTED BY the Times",
        "an aide ſpoke to the Times",
        "the mayor",
        "Ann Lee, who talked with CNN",
        *_phrases(3, 600),
    ]
    for text in cases:
        if not phrases._may_name_relay(text, 0, len(text)):
            assert phrases._VIA.search(text, 0, len(text)) is None, text


def test_refusal_hints_match_the_listed_words() -> None:
    hints = ("not ", "n't ", "n’t ", "declin", "refus", "no comment", "no immediate", "unavailable")
    for text in [*_phrases(4, 600), "He had no comment.", "She didn’t respond.", "Unavailable for comment"]:
        low = text.lower()
        assert cues._hinted(low) == any(h in low for h in hints)
        assert cues.may_hold_refusal(text) == cues.may_hold_refusal(text, low)
        assert cues.refusal_matches(text) == [] or cues.may_hold_refusal(text)


@pytest.mark.parametrize(
    "sentence", ["Neither the mayor nor her deputy responded.", "  none of them replied", "No one replied."]
)
def test_negated_subject_needs_its_first_letter(sentence: str) -> None:
    assert cues._negated_subject(sentence) == (cues._NEGATED_SUBJECT.match(sentence) is not None)


def test_occasion_hints_are_the_listed_occasions() -> None:
    for text in [*_phrases(4, 600), "In that Interview, she said", "on the same CALL", "a recall vote"]:
        low = text.lower()
        listed = any(o in low for o in channels._OCCASIONS)
        assert channels._may_name_occasion(text) == (listed or phrases.folds_oddly(text))
        if not channels.may_recall_occasion(text):
            assert all(not channels.recalls_occasion(text, i) for i in range(len(text)))


def test_a_paragraph_with_one_space_after_each_stop_splits_as_before() -> None:
    text = (
        "Dr. Lee said so.  It rained 3.5 inches. “Why?” Ann asked. U.S. officials agreed.\tThen a.m. came.Citing it, no"
    )
    spans = segment._split_paragraph(text, 0, len(text))
    assert [text[a:b] for a, b in spans] == [
        "Dr. Lee said so.",
        "It rained 3.5 inches.",
        "“Why?” Ann asked.",
        "U.S. officials agreed.",
        "Then a.m. came.",
        "Citing it, no",
    ]


# Each content cut, with the words one of which its every match holds (`cut_editorial`).
CUTS = (
    (tails._EDITORIAL_TAIL, ("that", "which")),
    (tails._ELIDED_PREDICATE, ("but", "and", "while")),
    (tails._SPEAKER_NEXT_ACT, ("and", "but")),
)


def test_content_cuts_run_where_their_words_are() -> None:
    """A content without a cut's words is never cut by it; with them, it is cut as before."""
    texts = [
        "the plan will fail, a claim that the council rejects",
        "the plan will fail but did not say why",
        "the plan will fail, and he added more",
        "the figures are wrong — a claim the company disputes",
        "the figures are wrong, figures the company has long disputed",
        *_phrases(5, 400),
    ]
    for text in texts:
        for rx, words in CUTS:
            if not any(w in text for w in words):
                assert rx.search(text) is None, (text, rx.pattern[:30])
        stripped = text.rstrip(' .!?”"’')
        if not any(sep in stripped for sep in (",", "—", "–", "--")):
            assert tails._DISPUTED_TAIL.search(stripped) is None, text
        found = Found("x", "said", None, 0, len(text), 0, 0)
        tails.cut_editorial(text, found)
        assert found.end == _cut_in_full(text)


def _cut_in_full(text: str) -> int:
    end = len(text)
    for rx in (tails._EDITORIAL_TAIL, tails._ELIDED_PREDICATE, tails._SPEAKER_NEXT_ACT):
        m = rx.search(text, 0, end)
        if m is not None:
            end = m.start()
    m = tails._DISPUTED_TAIL.search(text[:end].rstrip(' .!?”"’'))
    return m.start() if m is not None and m.start() > 0 else end


def test_datelines_need_a_dash_or_colon() -> None:
    for text in ["GENEVA (Reuters) - Shares fell.", "NEW DELHI: The vote", "LONDON — The", *_phrases(6, 600)]:
        stop = min(len(text), 120)
        if not datelines._has_dash_or_colon(text, 0, stop):
            assert datelines._DATELINE.match(text, 0, stop) is None, text


def test_first_token_is_the_first_of_the_scan() -> None:
    for text in [*_phrases(7, 400), "1,000,000 people", "  , said", ""]:
        for start in range(len(text) + 1):
            toks = phrases.tokens(text, start, len(text))
            m = phrases.first_token(text, start, len(text))
            assert (m is None) == (not toks)
            if m is not None:
                assert (m.start(), m.end(), m.group()) == toks[0][:3]
                assert phrases.first_low(text, start, len(text)) == toks[0].low


def test_full_names_pattern_is_word_bounded() -> None:
    old = re.compile(r"\b([A-Z][a-z]+(?:-[A-Z][a-z]+)?) (?=([A-Z][a-z]+)\b)")
    for text in ["Ann Lee said", "McAnn Lee and Jean-Paul Sartre spoke", "xAnn Lee", "É Ann Lee", *_phrases(8, 200)]:
        got = [(m.span(), m.groups()) for m in speakers._FIRST_LAST.finditer(text)]
        assert got == [(m.span(), m.groups()) for m in old.finditer(text)], text


def test_abbreviation_word_start_reads_back_as_the_letter_loop() -> None:
    rng = random.Random(9)
    alphabet = "abcXYZ.. ,1é(”-"
    for _ in range(2000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randrange(1, 24))) + "."
        dot = len(text) - 1
        for stop in range(dot + 1):
            j = dot
            while j > stop and (text[j - 1].isalpha() or text[j - 1] == "."):
                j -= 1
            assert segment._word_start(text, dot, stop) == j, (text, stop)


def test_subject_aside_shortcut_never_hides_an_aside() -> None:
    texts = [
        "Sen. Amy Ross (D-N.Y.) said",
        "The judge -- who had clashed with him -- said",
        "The well--known group — a union — said",
        "Ann Lee said",
        *_phrases(10, 400),
    ]
    for text in texts:
        toks = phrases.tokens(text, 0, len(text))
        if not subjects._may_hold_aside(text, toks):
            assert not any(t.text == ")" or t.text in subjects._DASHES for t in toks[-30:]), text


def test_union_shares_a_lead_only_where_it_opens_the_whole_pattern() -> None:
    union = tails.union([re.compile(r"\s*a|b"), re.compile(r"\s*c"), re.compile("d", re.IGNORECASE)], lead=r"\s*")
    assert union.match("  a") and union.match("b") and union.match("  c") and union.match("D")
    assert not union.match("  b") and not union.match(" D")


def test_a_sentence_state_holds_each_field_where_it_belongs() -> None:
    """`sentence_state` builds its state from every field in order: each lands in its own."""
    from claims.extract.matcher import sentence_state

    text = 'Lead. The Mayor said "no" and declined to comment, according to aides. Next.'
    s, e = 6, text.index(" Next")
    sent = sentence_state(text, s, e)
    assert sent is not None
    assert (sent.text, sent.s, sent.e) == (text, s, e)
    assert sent.quotes == [(text.index('"no"'), text.index('"no"') + 4)]
    assert sent.verbs == cues.verb_matches(text[s:e]) and sent.verbs[0][2] == "said"
    assert (sent.taken, sent.found, sent.chain, sent.side) == ([], [], [], [])
    assert sent.transcript is False
    assert sent.low == text[s:e].lower()
    assert sent.refusing is True and sent.according is True
    assert sentence_state("Plain words here.", 0, 17) is None
