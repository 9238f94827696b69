"""The pipeline drops any claim that overlaps a page-furniture line, whatever the extractor yields."""

from __future__ import annotations

from pathlib import Path

import pytest

from claims import pipeline
from claims.models import Claim, Kind, Source

ARTICLE = """The mayor said the tunnel would open in June.
Register for the Tunnel Summit 2031.
Sign up for our newsletter, officials said.
"""


def _claim(source: Source, text: str) -> Claim:
    start = source.text.index(text)
    return Claim(id=f"{source.id}-{start}", source=source.id, outlet=source.outlet, speaker="x", speaker_id="x",
                 cue="said", kind=Kind.INDIRECT, content=text, start=start, end=start + len(text))


def test_claims_on_furniture_lines_are_dropped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")

    def fake_extract(source: Source) -> list[Claim]:
        return [
            _claim(source, "the tunnel would open in June"),  # story
            _claim(source, "Tunnel Summit 2031"),  # inside a furniture line
            _claim(source, "June.\nRegister"),  # overlaps one
            _claim(source, "Sign up for our newsletter"),  # a line with a cue is story, not furniture
        ]

    monkeypatch.setattr(pipeline, "extract_claims", fake_extract)
    analysis = pipeline.analyse([tmp_path])
    assert [c.content for c in analysis.claims] == ["the tunnel would open in June", "Sign up for our newsletter"]
