"""The edges of a speaker phrase: what the subject walk takes in with the speaker but is not
part of it, and words that can never be a speaker.

- a dateline before it: "Dec. 9 (Wire) - Senator Ann Cole" -> "Senator Ann Cole";
- a time or an adverb after it: "the mayor on Tuesday", "Cole later Thursday", "the council
  also", "Cole strongly", "the mayor just" -> "the mayor", "Cole", "the council", "Cole", "the
  mayor" (not after a participle: "a poll released Friday" keeps its date, which tells the
  poll apart);
- a focus adverb before it: "even the mayor's allies", "Recently she" -> "the mayor's allies",
  "she"; a sentence adverb: "Perhaps the mayor" -> "the mayor".

A phrase left with no speaker in it (a time word, an adverb, a participle such as
"Speaking", a form label such as "Name") is no speaker: `speaker_edges` gives "". Nor is a
phrase whose head noun names an event or an abstraction, which cannot say anything ("The
fracas", "the governor's reaction to the vote", "the council's strategy of delay"): the walk
took in the wrong noun phrase.
"""

from __future__ import annotations

import re
from functools import lru_cache

from claims.extract.lexicon import tagged
from claims.extract.times import is_time_word, past_time_head

# Adverbs the walk may take in at the end of a subject ("the council also said").
_NOT_ADVERBS_OF_CUES = frozenset(
    [
        "can",
        "could",
        "did",
        "do",
        "does",
        "had",
        "has",
        "have",
        "may",
        "might",
        "must",
        "not",
        "should",
        "will",
        "would",
        "since",
        "long",
        "further",
    ]
)
_ADVERBS = (tagged("cue_auxiliary") - _NOT_ADVERBS_OF_CUES) | frozenset(
    ["almost", "nearly", "too", "soon", "today", "yesterday", "tonight", "just"]
)
_LEADING = frozenset({"even", "soon", "first", "recently"})
# Sentence adverbs that a walk back from a participle may stop at ("Perhaps ..., asking"): never a party.
_SENTENCE_ADVERBS = tagged("speaker_edges.sentence_adverbs")
# Form labels that open a line like a speaker turn ("Name: ...", "Age: ...").
_LABELS = frozenset(["name", "age", "city", "job", "pay", "occupation", "hometown", "prior", "by"])
# Participles that open an adjunct before the subject ("Speaking in Ohio, the senator said").
_ADJUNCT_PARTICIPLES = frozenset(
    [
        "speaking",
        "writing",
        "talking",
        "appearing",
        "responding",
        "referring",
        "answering",
        "addressing",
        "testifying",
        "campaigning",
        "commenting",
        "asked",
        "pressed",
        "interviewed",
    ]
)
# Words that open an adjunct or join clauses: never a party.
_FUNCTION_WORDS = frozenset(
    [
        "during",
        "after",
        "before",
        "when",
        "while",
        "since",
        "until",
        "despite",
        "amid",
        "following",
        "meanwhile",
        "however",
        "but",
        "and",
        "or",
        "although",
        "though",
        "because",
        "if",
        "as",
        "then",
    ]
)
_DATELINE = re.compile(r"^[^()]{0,40}\([^()]{1,40}\)\s*(?:-{1,2}|—|–)\s+")
_TIME_TAIL = re.compile(
    r"(?:\s+(?:on|late|early|earlier|later|last|this|next|in|past))*"
    r"\s+(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:morning|afternoon|evening|night))?"
    r"|(?:week|month|year|weekend|morning|afternoon|evening|night)"
    r"|(?:a|one|two|three|a\s+few|several)\s+(?:day|week|month|year)s?(?:\s+(?:later|earlier|ago))?"
    r"|(?:minutes|hours|days|weeks|months|years|moments)\s+(?:later|earlier|before)"
    r"|today|yesterday|tonight)$"
)
_WORD = re.compile(r"[\w’'.-]+")


_IRREGULAR_PARTICIPLES = frozenset(["made", "held", "sent", "run", "done", "taken", "given"])


def _is_participle(word: str) -> bool:
    return word.islower() and (word.endswith("ed") or word in _IRREGULAR_PARTICIPLES)


# Words a time after them belongs to ("tallied through Friday", "less than a week ago").
_TIME_GOVERNORS = frozenset(["through", "than", "until", "since", "by", "from", "to", "of", "for", "before", "after"])


_QUANTITY_WORDS = frozenset({"a", "few", "several", "many", "some", "two", "three", "four", "five"})


def _trim_tail(speaker: str) -> str:
    """Drop trailing times and adverbs, one at a time, while a speaker word stays before them.
    A phrase with a participle in it keeps them: they date what it did ("a poll released
    Friday", "a report issued earlier this year")."""
    if any(_is_participle(w) for w in speaker.split()[1:]) or _sunday_title(speaker):
        return speaker
    while True:
        words = speaker.split()
        if len(words) < 2:
            return speaker
        m = _TIME_TAIL.search(speaker)
        if m is not None and m.start() > 0:
            before = speaker[: m.start()].split()
            if before and before[-1].lower() not in _TIME_GOVERNORS:
                # "a few days later" is a time and nothing else
                speaker = "" if all(w.lower() in _QUANTITY_WORDS for w in before) else speaker[: m.start()].rstrip(" ,")
                continue
        last = words[-1].lower()
        if last in _ADVERBS or _ly_adverb(words[-1]):
            speaker = " ".join(words[:-1]).rstrip(" ,")
            continue
        return speaker


# Titles whose Sunday edition is named "<title> on Sunday" ("The Mail on Sunday"): a name, not
# "The Mail" dated (most titles' Sunday editions are not: "The Post on Sunday reported" is dated).
_MASTHEADS = tagged("speaker_edges.mastheads")


def _sunday_title(speaker: str) -> bool:
    """A Sunday paper's title: a masthead word, then "on Sunday" ("The Mail on Sunday")."""
    words = speaker.split()
    if len(words) < 3 or words[-2:] != ["on", "Sunday"]:
        return False
    return words[-3].istitle() and words[-3].lower() in _MASTHEADS


# Lowercase words in -ly that are nouns or adjectives of a speaker phrase, not adverbs.
_NOT_ADVERBS = frozenset(
    [
        "assembly",
        "family",
        "monopoly",
        "anomaly",
        "supply",
        "rally",
        "daily",
        "weekly",
        "monthly",
        "quarterly",
        "elderly",
        "friendly",
        "italy",
    ]
)


def _ly_adverb(word: str) -> bool:
    """ "strongly", "quickly": a lowercase word in -ly that is not a listed noun or adjective."""
    return word.islower() and word.endswith("ly") and len(word) > 5 and word not in _NOT_ADVERBS


_FOCUS = frozenset({"even", "soon"})
_SUBJECT_PRONOUNS = frozenset({"he", "she", "they", "we", "i", "it", "his", "her", "their", "its", "our", "my"})


def _trim_head(speaker: str) -> str:
    speaker = speaker[past_time_head(speaker, 0, len(speaker)) :]
    words = speaker.split()
    if len(words) >= 2 and words[0] == "like":
        return " ".join(words[1:])  # "[experts] like Ann Cole": the walk stopped inside; the example speaks
    first = words[0].lower().rstrip(",") if words else ""
    if len(words) >= 2 and first in _LEADING and (first in _FOCUS or words[1].lower() in _SUBJECT_PRONOUNS):
        return " ".join(words[1:])
    if len(words) >= 2 and first in _SENTENCE_ADVERBS:
        return " ".join(words[1:])  # "Perhaps the mayor"
    return speaker


_ADJUNCT_PREPOSITIONS = frozenset({
    "alongside", "amid", "among", "besides", "beyond", "by", "despite", "during", "except", "like",
    "throughout", "unlike", "upon", "via", "within", "without",
})
"""Prepositions that open an adjunct, never a speaker ("By Sunday", "Like Corker", "Despite what he");
not those that count ("about half of voters", "over 40 rabbis")."""


def _no_speaker(speaker: str) -> bool:
    """A lone word that names no party (a time, an adverb, a participle, a form label), or an
    adjunct that opens with a preposition."""
    words = _WORD.findall(speaker)
    if _TIME_TAIL.fullmatch(" " + speaker) is not None:
        return True  # "a few days later", "last week"
    if words and words[0].lower() in _ADJUNCT_PREPOSITIONS:
        return True
    if len(words) >= 2 and _ly_adverb(words[0]) and words[1].lower() in _PREPOSITIONS:
        return True  # "particularly for senators in swing": an adjunct, the cue a noun ("swing states")
    if len(words) != 1:
        return not words
    low = words[0].lower()
    return (
        is_time_word(low)
        or low in _ADVERBS
        or low in _LEADING
        or low in _SENTENCE_ADVERBS
        or low in _LABELS
        or low in _FUNCTION_WORDS
        or low in _ADJUNCT_PARTICIPLES
    )


# Prepositions after an adverb that open an adjunct ("particularly for ...", "especially in ...").
_PREPOSITIONS = _ADJUNCT_PREPOSITIONS | frozenset({"for", "in", "on", "at", "from", "with", "to", "of", "among"})
# Words that modify a noun still to come: a phrase that ends in one is no subject, and the
# "verb" after it is that noun ("The only hope ...", "his recent claim that ...").
_NOUN_MODIFIERS = tagged("speaker_edges.noun_modifiers")
# Possessive-looking words that are a pronoun and "is"/"has" ("He's saying", "Who's said").
_CONTRACTED = frozenset({"he", "she", "it", "that", "who", "what", "there", "here", "let", "where", "one"})


def before_its_noun(speaker: str) -> bool:
    """The phrase ends where a noun must follow: a possessive ("Editor's") or a modifier after
    a determiner ("The only", "his recent"): the cue after it is that noun ("Editor's note: ...",
    "The only hope the town has ..."), not a verb of saying."""
    words = speaker.split()
    if not words:
        return False
    last = words[-1]
    for mark in ("’s", "'s"):
        if last.endswith(mark) and len(last) > len(mark):
            # (not a double genitive, which is whole: "Friends of Mr. Lee's")
            return last[: -len(mark)].lower() not in _CONTRACTED and "of" not in words
    return len(words) >= 2 and last.lower() in _NOUN_MODIFIERS and words[-2].lower() not in {"this", "that"}


_NOT_PARTIES = tagged("speaker_edges.not_parties")
_POSTMODIFIERS = tagged("speakers.postmodifiers")


_DETERMINERS = tagged("determiner")


def _postmodifies(words: list[str], i: int) -> bool:
    """`words[i]` opens a post-modifier of the word before it: a linking word ("people [close
    to ...]", "the group [behind ...]") or a participle with its object ("Police [investigating
    the shooting]"; not "the ongoing shooting", "the strong showing by ...": nouns)."""
    word = words[i]
    if word.lower() in _POSTMODIFIERS:
        return True
    return (
        word.endswith("ing") and word.islower() and i + 1 < len(words)
        and words[i - 1].lower() not in _DETERMINERS
        and words[i + 1].lower() not in _POSTMODIFIERS  # "the strong showing [by ...]": a noun
    )


def _names_no_party(speaker: str) -> bool:
    """The phrase's head noun (the word before its first post-modifier, else its last word),
    written in lower case, names an event or an abstraction ("The fracas", "the city's
    reaction to the ruling")."""
    words = _WORD.findall(speaker)
    head = next((words[i - 1] for i in range(1, len(words)) if _postmodifies(words, i)), "")
    head = head or (words[-1] if words else "")
    return head.islower() and head.rstrip(".") in _NOT_PARTIES


@lru_cache(maxsize=8192)
def speaker_edges(speaker: str) -> str:
    """The speaker phrase without a dateline before it or a time or adverb after it; "" when
    no speaker is left."""
    m = _DATELINE.match(speaker)
    if m is not None and m.end() < len(speaker):
        speaker = speaker[m.end() :]
    speaker = _trim_tail(_trim_head(_trim_occasion(speaker.strip())))
    return "" if _no_speaker(speaker) or _names_no_party(speaker) else speaker


# Where the words were said, after an inverted speaker ('"...," said Ann Lee in an interview
# with the paper', '... said the ministry in a statement on Monday'): the cue's, not the speaker's.
_OCCASION_TAIL = re.compile(
    r",?\s+(?:in|during)\s+(?:a|an|the|his|her|its|their)\s+(?:(?!(?:he|she|they|it|we|i)\s)[\w-]+\s+){0,3}?"
    r"(?:interview|statement|e-?mail|message|call|conversation|letter|post|comments?|remarks|note|briefing|"
    r"speech|address|news\s+conference|press\s+conference)s?\b.*$",
    re.DOTALL,
)


def _trim_occasion(speaker: str) -> str:
    m = _OCCASION_TAIL.search(speaker)
    return speaker if m is None or m.start() == 0 else speaker[: m.start()]
