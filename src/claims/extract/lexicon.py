"""The extractor's words as data: `data/lexicon.json` lists each word once with its tags
(speech verbs and their complement types, refusal phrases, nouns of saying, role words,
channels, discourse words, ...); `tagged(tag)` is the set of words with that tag."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources


@cache
def _index() -> dict[str, frozenset[str]]:
    raw = resources.files("claims.extract").joinpath("data/lexicon.json").read_text(encoding="utf-8")
    by_tag: dict[str, set[str]] = {}
    for word, tags in json.loads(raw)["words"].items():
        for tag in tags:
            by_tag.setdefault(tag, set()).add(word)
    return {tag: frozenset(words) for tag, words in by_tag.items()}


def tags() -> list[str]:
    """Every tag of the lexicon, sorted."""
    return sorted(_index())


def tagged(*names: str) -> frozenset[str]:
    """The words that carry any of the tags `names` (KeyError for an unknown tag)."""
    index = _index()
    if len(names) == 1:
        return index[names[0]]
    return frozenset().union(*(index[name] for name in names))


def word_set(words: str) -> frozenset[str]:
    """The whitespace-separated words of `words` as a set."""
    return frozenset(words.split())
