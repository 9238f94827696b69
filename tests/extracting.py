"""Test helper: extract claims from a bare piece of text, checking every evidence span."""

from __future__ import annotations

from claims.extract import extract_claims
from claims.models import Claim, Source


def text_source(text: str, sid: str = "t", outlet: str = "Test Gazette") -> Source:
    """A source whose whole text is the article body."""
    return Source(id=sid, outlet=outlet, path=f"{sid}.txt", text=text, body_start=0, body_end=len(text))


def extract_text(text: str, sid: str = "t", outlet: str = "Test Gazette") -> list[Claim]:
    """The claims of `text`; fails the test if any claim's span does not anchor."""
    claims = extract_claims(text_source(text, sid, outlet))
    for claim in claims:
        assert text[claim.start : claim.end] == claim.content
    return claims
