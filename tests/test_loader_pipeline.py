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

    def fake_extract(source: Source, deadline: float | None = None) -> list[Claim]:
        return [
            _claim(source, "the tunnel would open in June"),  # story
            _claim(source, "Tunnel Summit 2031"),  # inside a furniture line
            _claim(source, "June.\nRegister"),  # overlaps one
            _claim(source, "Sign up for our newsletter"),  # a line with a cue is story, not furniture
        ]

    monkeypatch.setattr(pipeline, "extract_claims", fake_extract)
    analysis = pipeline.analyse([tmp_path])
    assert [c.content for c in analysis.claims] == ["the tunnel would open in June", "Sign up for our newsletter"]


SCRAPED = """The city's transport authority will raise bus fares by 8 percent in July, its chief said on Monday.
• Also read: The rail union said on Tuesday that the strike would go ahead.
"Costs have risen faster than we expected," said Dana Whitlock, the authority's chief executive.
Share Tweet Email
Must read: Officials said commuters should expect delays of up to an hour.
Advertisement
Passenger groups said the increase would hit low-income riders hardest.
*Content scraped from public sources with attribution.*
"""


def test_real_extractor_takes_no_claim_from_furniture(tmp_path: Path) -> None:
    # The two link lines report speech; without the furniture filter the extractor takes them.
    (tmp_path / "fares.txt").write_text(SCRAPED, encoding="utf-8")
    analysis = pipeline.analyse([tmp_path])
    source = analysis.sources[0]
    furniture = ["the strike would go ahead", "commuters should expect delays", "Content scraped"]
    for claim in analysis.claims:
        assert source.text[claim.start : claim.end] == claim.content
        assert not any(f in claim.content for f in furniture)
    contents = " ".join(c.content for c in analysis.claims)
    assert "Costs have risen faster than we expected" in contents
    assert "the increase would hit low-income riders hardest" in contents


def test_registry_built_from_web_pages_and_jsonl_checks_clean(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Evidence offsets of HTML and JSON Lines sources index the extracted text, and check knows it."""
    import shutil

    from typer.testing import CliRunner

    from claims.cli import app

    folder = tmp_path / "articles"
    shutil.copytree(Path(__file__).parent / "data" / "loader", folder)
    (folder / "feed.jsonl").write_text(
        '{"id": "a1", "outlet": "Northwire", "text": "The mayor said the bridge would reopen in May."}\n'
        '{"id": "a2", "outlet": "Harbor Gazette", "text": "\\u201cIt is safe,\\u201d the engineer said."}\n',
        encoding="utf-8",
    )
    monkeypatch.chdir(tmp_path)
    runner = CliRunner()
    built = runner.invoke(app, ["build", "--seeds", "articles"])
    assert built.exit_code in (0, 3), built.output
    registry = (tmp_path / "claims.yaml").read_text(encoding="utf-8")
    assert ".html" in registry and ".jsonl" in registry
    checked = runner.invoke(app, ["check", "claims.yaml"])
    assert "evidence-anchored" not in checked.stdout, checked.stdout
