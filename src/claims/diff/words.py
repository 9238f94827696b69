"""Word-level diff of two strings (difflib on tokens), keeping the original spacing."""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from claims.diff.model import Op, Span
from claims.text import normalise

# A word (with inner apostrophes, hyphens, decimal points or thousands commas) or one other mark.
_TOKEN = re.compile(r"\s*(?:\w+(?:[’'\-.,]\w+)*|\S)")


def tokens(text: str) -> list[str]:
    """Tokens that concatenate back to `text` (less trailing space); each keeps its leading space."""
    return _TOKEN.findall(text)


def _key(token: str) -> str:
    return normalise(token)


def _append(out: list[Span], op: Op, text: str) -> None:
    if not text:
        return
    if out and out[-1].op is op:
        out[-1] = Span(op=op, text=out[-1].text + text)
    else:
        out.append(Span(op=op, text=text))


def _split_lead(run: str) -> tuple[str, str]:
    body = run.lstrip()
    return run[: len(run) - len(body)], body


def word_diff(a: str, b: str) -> list[Span]:
    """Spans that read as B with A's dropped words marked DELETE and B's new words INSERT.

    Tokens compare after folding case, quotes and dashes, so typographic
    differences are not reported as changes. Leading space of a changed run is
    kept outside it (`said [-two-] sources`), as `git diff --word-diff` does.
    """
    ta, tb = tokens(a), tokens(b)
    matcher = SequenceMatcher(None, [_key(t) for t in ta], [_key(t) for t in tb], autojunk=False)
    out: list[Span] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            text = "".join(tb[j1:j2])
            if out and not text[:1].isspace() and ta[i1][:1].isspace():
                text = " " + text  # B's run starts its text; keep the gap after A's deleted words
            _append(out, Op.EQUAL, text)
            continue
        lead_a, old = _split_lead("".join(ta[i1:i2]))
        lead_b, new = _split_lead("".join(tb[j1:j2]))
        if old and new and not (lead_a and lead_b):
            outside, old, new = "", lead_a + old, lead_b + new
        else:
            outside = lead_b if new else lead_a
        if out:
            _append(out, Op.EQUAL, outside)
        _append(out, Op.DELETE, old)
        _append(out, Op.INSERT, new)
    return out


def plain_word_diff(spans: list[Span]) -> str:
    """`git diff --word-diff` style: [-removed-]{+added+}."""
    parts = []
    for s in spans:
        if s.op is Op.DELETE:
            parts.append(f"[-{s.text}-]")
        elif s.op is Op.INSERT:
            parts.append(f"{{+{s.text}+}}")
        else:
            parts.append(s.text)
    return "".join(parts)
