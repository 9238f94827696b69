"""Whom "he" or "she" means when the person was named in the narrative, not as a speaker.

Speaker resolution otherwise looks back over the parties quoted so far, so in

    "Based on today's news, I quit," Brockman wrote. [...] A clearly shocked Altman provided a
    fleeting response. "I loved my time at the company," he said.

"he" would be Brockman, the last person quoted. News writing names the person before the
pronoun: here the sentences between the two quotations do ("Altman"). So, for a he/she speaker,
the sentences after the previous claim's sentence and before this claim are read (quotations
left out), and the first person named in the last sentence that names one is the antecedent;
a sentence that opens on "he"/"she" continues the chain already running and overrides nothing.

A person is named by a first name and a surname ("Mia Tran"; not after "the", and neither word a
title, an agent noun or an organisation word: "the Coast Guard", "Senator Ann" are not), or by a
surname alone that the article also writes with a first name ("Sam Altman" ... "Altman") and, to
keep institutions out ("the Coast Guard" never stands as "Guard"), also writes alone; or by the
name of a person already quoted in the article.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from claims.extract.channels import is_outlet
from claims.extract.lexicon import tagged
from claims.extract.phrases import AGENT_NOUNS, TITLE_WORDS

_NOT_NAMES = TITLE_WORDS | AGENT_NOUNS | tagged("speakers.org_words") | tagged("literal.party_noun")
_NOT_FIRST = _NOT_NAMES | tagged("speakers.not_first_names") | tagged("determiner")
_QUOTED = re.compile(r"“[^”]*”?|\"[^\"]*\"?")
_SENTENCE_END = re.compile(r"[.!?][’”\"']?\s+|\n\s*")
_WORD = re.compile(r"[A-Za-z][A-Za-z’'-]*")
_NAME = re.compile(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?$")
_TRAILING_PRONOUN = re.compile(r"\b(?:[Hh]e|[Ss]he)\b[^.!?\n]*$")
PRONOUNS = frozenset({"he", "she"})


def person_surnames(text: str, full: dict[str, str], quoted: Iterable[str]) -> dict[str, str]:
    """Surname -> full name, for the people the article names: a surname it writes with a first
    name AND alone, or one of a person quoted (`quoted`: their full names)."""
    out = {name.split()[-1]: name for name in quoted if len(name.split()) >= 2}
    wanted = {
        surname: name.split()[0]
        for surname, name in full.items()
        if surname not in out and surname.lower() not in _NOT_NAMES and name.split()[0].lower() not in _NOT_NAMES
    }
    for surname in _standing_alone(text, wanted):
        out[surname] = full[surname]
    return out


_CAPITALISED = re.compile(r"\b[A-Z][a-z]+(?:-[A-Z][a-z]+)?\b")


def _standing_alone(text: str, wanted: dict[str, str]) -> set[str]:
    """The surnames of `wanted` (surname -> first name) that the text writes at least once
    without their first name before them; one pass over the text's capitalised words."""
    alone: set[str] = set()
    if not wanted:
        return alone
    for m in _CAPITALISED.finditer(text):
        word = m.group()
        first = wanted.get(word)
        if first is not None and word not in alone:
            at = m.start()
            if text[max(0, at - len(first) - 1) : at] != f"{first} ":
                alone.add(word)
    return alone


def window_person(text: str, lo: int, hi: int, people: dict[str, str]) -> str | None:
    """The full name of the person `text[lo:hi]` last names as its antecedent, or None:
    `lo` is the end of the previous claim (the rest of its sentence is skipped), `hi` the start
    of the he/she claim (its own pronoun is left out)."""
    if hi <= lo:
        return None
    window = text[lo:hi]
    first_end = _SENTENCE_END.search(window)
    if first_end is None:
        return None
    window = _TRAILING_PRONOUN.sub("", _QUOTED.sub(" ", window[first_end.end() :]))
    found = None
    for sentence in _SENTENCE_END.split(window):
        mention = _first_mention(sentence, people)
        if mention is not None:
            found = mention
    return found or None


def _first_mention(sentence: str, people: dict[str, str]) -> str | None:
    """The first person named in `sentence` ("" when it opens on he/she: the chain runs on)."""
    words = [w.removesuffix("’s").removesuffix("'s") for w in _WORD.findall(sentence)]
    for k, word in enumerate(words):
        if word.lower() in PRONOUNS:
            return ""
        if not word[:1].isupper():
            continue
        name = people.get(word)
        if name is not None:
            return name
        if k + 1 < len(words) and _full_name(words, k):
            return people.get(words[k + 1]) or f"{word} {words[k + 1]}"
    return None


def _capital(words: list[str], k: int) -> bool:
    return 0 <= k < len(words) and words[k][:1].isupper()


def _full_name(words: list[str], k: int) -> bool:
    """`words[k]` and the next one are a first name and a surname: two capitalised words, not a
    longer capitalised run ("Good Morning Britain", "Federal Aviation Administration") unless a
    title opens it ("CEO Sam Altman"), not after "the", and not an outlet ("Agence France-Presse")."""
    first, surname = words[k], words[k + 1]
    before = words[k - 1].lower() if k else ""
    return (
        _NAME.match(first) is not None
        and _NAME.match(surname) is not None
        and first.lower() not in _NOT_FIRST
        and surname.lower() not in _NOT_NAMES
        and before != "the"
        and not _capital(words, k + 2)
        and (not _capital(words, k - 1) or before in _NOT_FIRST)
        and not is_outlet(f"{first} {surname}")
    )
