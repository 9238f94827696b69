"""The sentence token cache: while a sentence is read, `tokens` and `iter_tokens` answer
from its tokens, scanned once, exactly what a fresh scan of the span gives."""

from __future__ import annotations

import random
import threading
from itertools import islice

from claims.extract import phrases
from claims.extract.phrases import iter_tokens, reading_sentence, tokens

SENTENCES = [
    'Ann Lee, 67, a retired nurse, said on Monday that "the plan," which cost $1,400,000, was late.',
    "Shares rose 12345,678 points; the index (FTSE) fell 1,000,0000 - analysts said.",
    "“We will appeal,” the company’s lawyer told Reuters — and then he left.",
    "Officials said,,, 2,000 people;; were:: evacuated (about 1,200,300) from the area.",
]


def _fresh(text: str, start: int, end: int) -> list[phrases.Tok]:
    """The tokens of `text[start:end]` scanned afresh with the full token pattern."""
    return [
        phrases.Tok(m.start(), m.end(), m.group(), m.group().lower()) for m in phrases._TOKEN.finditer(text, start, end)
    ]


def test_every_span_matches_a_fresh_scan() -> None:
    rng = random.Random(7)
    for sentence in SENTENCES:
        text = "Lead. " + sentence + " Next one."
        s, e = 6, 6 + len(sentence)
        spans = [(a, b) for a in range(s, e + 1) for b in range(a, e + 1) if rng.random() < 0.05]
        spans += [(s - 3, e), (s, e + 4), (s, e), (e, s)]
        with reading_sentence(text, s, e):
            for a, b in spans:
                want = _fresh(text, a, b)
                assert tokens(text, a, b) == want, (sentence, a, b)
                assert list(iter_tokens(text, a, b)) == want, (sentence, a, b)


def test_tokens_to_the_sentence_end_taken_a_few_at_a_time() -> None:
    for sentence in SENTENCES:
        text = sentence + " After."
        e = len(sentence)
        with reading_sentence(text, 0, e):
            for a in range(0, e + 1, 3):
                want = _fresh(text, a, e)
                assert list(islice(iter_tokens(text, a, e), 3)) == want[:3], (sentence, a)
                assert list(iter_tokens(text, a, e)) == want, (sentence, a)


def test_slices_are_used_inside_the_sentence_only() -> None:
    text = "He said 2,000 people left. She said 3,000 came."
    with reading_sentence(text, 0, 26):
        sentence = phrases._state.sentence
        assert sentence is not None
        assert sentence.span(text, 3, 13) == _fresh(text, 3, 13)  # "said 2,000": whole tokens
        assert sentence.span(text, 10, 20) == _fresh(text, 10, 20)  # from inside "2,000"
        assert sentence.span(text, 3, 11) is None  # ends inside "2,000"
        assert sentence.span(text, 27, 47) is None  # the next sentence
        assert sentence.span("".join(list(text)), 3, 13) is None  # another string, equal or not
    assert phrases._state.sentence is None


def test_the_paired_scan_reads_as_the_token_pattern() -> None:
    """`_spaced` (white space and token pairs, no match objects) gives what `finditer` gives,
    for either pattern and any bounds."""
    rng = random.Random(5)
    alphabet = [*"0123456789", *",;:.—()“”\"'’‘«» \t\nab", "  ", "A", "1,000", "$"]
    for _ in range(300):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 40)))
        a = rng.randrange(0, len(text) + 1)
        b = rng.randrange(a, len(text) + 1)
        for rx in (phrases._TOKEN, phrases._PLAIN_TOKEN):
            want = [(m.start(), m.end(), m.group(), m.group().lower()) for m in rx.finditer(text, a, b)]
            assert phrases._spaced(rx, text, a, b) == want, (text, a, b)


def test_tokens_carry_their_lower_case() -> None:
    toks = tokens("The Mayor SAID", 0, 14)
    assert [t.low for t in toks] == ["the", "mayor", "said"]
    assert [t.text for t in toks] == ["The", "Mayor", "SAID"]


def test_a_long_run_on_sentence_is_not_kept() -> None:
    text = "word " * (phrases.SENTENCE_TOKENS_MOST // 5 + 10)
    with reading_sentence(text, 0, len(text)):
        assert phrases._state.sentence is None
        assert tokens(text, 0, 9) == _fresh(text, 0, 9)


def test_random_spans_of_random_text_match_a_fresh_scan() -> None:
    """Digits and commas make the hard cases: a number with thousands separators is one
    token, so a span cutting one can read the words around it otherwise."""
    rng = random.Random(11)
    alphabet = [*"0123456789" * 3, *",,,, ;:.—()“”\"'’‘ab", "  ", "A", "x", "1,000", ",000", "$"]
    for _ in range(300):
        body = "".join(rng.choice(alphabet) for _ in range(rng.randrange(1, 30)))
        pre, post = rng.choice(["", "x ", "1", ","]), rng.choice(["", " y", "0", ","])
        text = pre + body + post
        s, e = len(pre), len(pre) + len(body)
        pairs = [(a, b) for a in range(s, e + 1) for b in range(a + 1, e + 1)]
        rng.shuffle(pairs)
        with reading_sentence(text, s, e):
            for a, b in pairs[:40]:
                want = _fresh(text, a, b)
                assert tokens(text, a, b) == want, (text, a, b)
                assert list(islice(iter_tokens(text, a, b), 2)) == want[:2], (text, a, b)



def test_each_thread_reads_its_own_sentence() -> None:
    """Extraction may run in threads of one process (a Dask worker's): a sentence read in one
    thread is never another's, and none is left behind."""
    text = "Ann Lee said on Monday that the plan would work."
    seen: list[object] = []
    with reading_sentence(text, 0, len(text)):
        thread = threading.Thread(target=lambda: seen.append(phrases._state.sentence))
        thread.start()
        thread.join()
        assert phrases._state.sentence is not None
    assert seen == [None]
    assert phrases._state.sentence is None


def test_the_split_scan_reads_as_the_plain_pattern() -> None:
    """`_split_plain` (`str.split` at single spaces, between the marks) gives what
    `_PLAIN_TOKEN.finditer` gives wherever it answers, and declines only where a character
    other than the plain space is white space (or not printable)."""
    rng = random.Random(19)
    alphabet = [
        *phrases._MARKS, *"abcXYZ019.'’$-", "  ", " ", " ", " ", "ΟΔΟΣ", "İ", "ß", "\t", "\xa0", "\u2009",
        "\u200b", "\u3000", "\x1c", "ﬁ",
    ]
    answered = 0
    for _ in range(2000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 30)))
        a = rng.randrange(0, len(text) + 1)
        b = rng.randrange(a, len(text) + 1)
        want = [(m.start(), m.end(), m.group(), m.group().lower()) for m in phrases._PLAIN_TOKEN.finditer(text, a, b)]
        got = phrases._split_plain(text, a, b)
        if got is None:
            assert not text[a:b].isprintable()
        else:
            answered += 1
            assert got == want, (text, a, b)
            assert all(type(t) is phrases.Tok for t in got)
    assert answered > 500


def test_the_split_scan_sees_every_white_space_character() -> None:
    """Only the plain space is both white space and printable: `_split_plain` splits at it
    alone and leaves every other white space character to the regex; `_MARKS` are the
    pattern's marks."""
    spaces = [chr(c) for c in range(0x110000) if chr(c).isspace()]
    assert [c for c in spaces if c.isprintable()] == [" "]
    # the marks are the characters the pattern makes a token of their own between two letters
    alone = [c for c in map(chr, range(0x3000)) if len(phrases._PLAIN_TOKEN.findall(f"a{c}a")) == 3]
    assert sorted(alone) == sorted(phrases._MARKS)
