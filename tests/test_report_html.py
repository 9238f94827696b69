"""The HTML page, read as text: structure, escaping of hostile article text, no external assets; the CLI."""

from __future__ import annotations

import re
import shutil
from itertools import pairwise
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from claims.cli import app
from claims.models import Analysis
from claims.report import build_report, render_html
from tests.conftest import ROOT, SEEDS
from tests.htmldom import Element, parse
from tests.reporting import claim, source, story

HOSTILE = '"><img src=x onerror="document.title=\'pwned\'">'
SCRIPT = "<script>document.title='pwned'</script>"


def _page(analysis: Analysis, **kw: str) -> tuple[str, Element]:
    html = render_html(build_report(analysis, **kw))
    return html, parse(html)


def _matrix(dom: Element) -> Element:
    return next(t for t in dom.iter("table") if "matrix" in t.classes())


def test_matrix_has_a_row_per_group_and_a_column_per_outlet() -> None:
    _, dom = _page(story(), story="Bridge")
    matrix = _matrix(dom)
    heads = [th.text for th in next(matrix.iter("thead")).iter("th")]
    assert heads == ["Claim", "Harbour Wire", "Valley Post", "Town Ledger", "Flags"]
    rows = [tr for tr in matrix.iter("tr") if "data-o" in tr.attrs]
    assert len(rows) == 2
    first = rows[0]
    assert [a.attrs["href"] for a in first.iter("a")] == ["#g-g1"]
    cells = [td for td in first.iter("td")][:3]
    assert [td.classes() for td in cells] == [{"n"}, {"y"}, {"y"}]
    assert "credited, not carried" in cells[0].text
    assert dom.text.count("To check: credited source does not carry it") == 2  # matrix band and section heading


def test_each_highlight_is_the_claim_text() -> None:
    analysis = story()
    _, dom = _page(analysis)
    marks = {m.attrs["data-claim"]: m.text for m in dom.iter("mark")}
    assert marks == {c.id: c.content for c in analysis.claims}


def test_sections_carry_versions_diff_and_provenance() -> None:
    _, dom = _page(story())
    group = next(s for s in dom.iter("section") if s.attrs.get("id") == "g-g1")
    outlets = [h.text.split(" 2026")[0] for h in group.iter("h5") if h.text != "Provenance"]
    assert outlets == ["Valley Post", "Town Ledger"]
    assert [d.text for d in group.iter("dd")][:4] == ["A senior official", "told", "Harbour Wire", "indirect"]
    assert any("close" in d.text for d in group.iter("del"))
    assert any("would shut" in i.text for i in group.iter("ins"))
    assert "A senior official → Harbour Wire → Valley Post, Town Ledger" in group.text
    assert "No publication date for Town Ledger" in group.text
    assert "Credited to Harbour Wire, whose own article here does not carry it." in group.text


def test_page_loads_nothing_and_runs_only_its_own_script() -> None:
    html, dom = _page(story())
    scripts = list(dom.iter("script"))
    assert len(scripts) == 1 and "src" not in scripts[0].attrs
    assert not list(dom.iter("link")) and not list(dom.iter("img")) and not list(dom.iter("iframe"))
    assert not any("src" in el.attrs for el in dom.iter())
    for style in dom.iter("style"):
        assert "url(" not in style.text and "@import" not in style.text
    csp = next(m for m in dom.iter("meta") if m.attrs.get("http-equiv") == "Content-Security-Policy")
    assert "default-src 'none'" in csp.attrs["content"] and "unsafe-inline" not in csp.attrs["content"]
    # The only http(s) addresses are links the reader may follow, never something the page fetches.
    linked = {a.attrs["href"] for a in dom.iter("a") if a.attrs.get("href", "").startswith("http")}
    assert linked == {"https://wire.example/ferry"}
    assert set(re.findall(r"https?://[^\s\"'<>]+", html)) == linked


def hostile_story() -> Analysis:
    text = f"Intro {SCRIPT} here.\n\nThe mayor said {HOSTILE} was the plan. <b>bold</b> & more.\n"
    src = source("evil", HOSTILE, text, published=SCRIPT, url="javascript:document.title='pwned'")
    src = src.model_copy(update={"title": SCRIPT + HOSTILE})
    c = claim(src, f"{HOSTILE} was the plan", f"The mayor {SCRIPT}", "said", HOSTILE, "g1")
    from claims.models import Group

    group = Group(id='g"1><x', claims=[c.id], sources=[src.id], single_source=True, flags=["single-outlet"],
                  label=SCRIPT)
    return Analysis(sources=[src], claims=[c], groups=[group])


def test_hostile_article_text_is_inert_text() -> None:
    html, dom = _page(hostile_story(), story=SCRIPT, origin=HOSTILE)
    assert len(list(dom.iter("script"))) == 1
    assert not list(dom.iter("img")) and not list(dom.iter("b"))
    for el in dom.iter():
        assert not any(name.startswith("on") for name in el.attrs), el
        assert all("javascript:" not in v for v in el.attrs.values()), el
    assert next(dom.iter("title")).text.startswith(SCRIPT)  # shown as text, escaped
    assert "&lt;script&gt;document.title=&#39;pwned&#39;&lt;/script&gt;" in html
    assert HOSTILE in dom.text and "javascript:document.title" in dom.text  # kept as visible text, not dropped
    (mark,) = dom.iter("mark")
    assert mark.text == f"{HOSTILE} was the plan"


def test_cli_writes_the_seeds_report(tmp_path: Path) -> None:
    out = tmp_path / "report.html"
    result = CliRunner().invoke(app, ["report", "--seeds", str(SEEDS), "-o", str(out), "--story", "Seed story"])
    assert result.exit_code == 0, result.output
    dom = parse(out.read_text(encoding="utf-8"))
    assert next(dom.iter("h1")).text == "Seed story"
    assert len([s for s in dom.iter("section") if "group" in s.classes()]) > 0


def test_cli_prints_to_stdout_with_dash() -> None:
    result = CliRunner().invoke(app, ["report", "--seeds", str(SEEDS), "-o", "-"])
    assert result.exit_code == 0
    assert result.stdout.startswith("<!doctype html>")


def test_cli_from_a_registry_shows_review_state_and_reads_the_articles(tmp_path: Path) -> None:
    shutil.copytree(SEEDS, tmp_path / "seeds")
    data = yaml.safe_load((ROOT / "claims.yaml").read_text(encoding="utf-8"))
    group = data["groups"][0]
    group["status"], group["note"] = "disputed", f"checked {SCRIPT}"
    first = group["claims"][0]
    first["status"], first["note"] = "confirmed", "on the record"
    reg = tmp_path / "claims.yaml"
    reg.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True), encoding="utf-8")
    out = tmp_path / "r.html"
    result = CliRunner().invoke(app, ["report", "--registry", str(reg), "-o", str(out)])
    assert result.exit_code == 0, result.output
    html = out.read_text(encoding="utf-8")
    dom = parse(html)
    assert next(dom.iter("h1")).text == data["story"]
    section = next(s for s in dom.iter("section") if s.attrs.get("data-o") and "group" in s.classes()
                   and any(m.attrs.get("data-claim") == first["id"] for m in s.iter("mark")))
    assert "disputed" in section.text and f"checked {SCRIPT}" in section.text
    assert "confirmed" in section.text and "on the record" in section.text
    marks = {m.attrs["data-claim"]: m.text for m in dom.iter("mark")}
    expected = {c["id"]: c["content"] for g in data["groups"] for c in g["claims"]}
    assert marks == expected
    assert "could not be read" not in html


def test_cli_registry_with_a_missing_article_still_writes_and_exits_3(tmp_path: Path) -> None:
    shutil.copytree(SEEDS, tmp_path / "seeds")
    shutil.copy(ROOT / "claims.yaml", tmp_path / "claims.yaml")
    victim = next((tmp_path / "seeds").glob("000_*.txt"))
    victim.unlink()
    out = tmp_path / "r.html"
    result = CliRunner().invoke(app, ["report", "--registry", str(tmp_path / "claims.yaml"), "-o", str(out)])
    assert result.exit_code == 3
    html = out.read_text(encoding="utf-8")
    assert "could not be read" in html and victim.name in html


def test_cli_unwritable_output_is_a_usage_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["report", "--seeds", str(SEEDS), "-o", str(tmp_path / "no" / "r.html")])
    assert result.exit_code == 2
    assert "cannot write" in result.stderr


def test_large_stories_collapse_groups_and_cap_the_matrix(monkeypatch: pytest.MonkeyPatch) -> None:
    import claims.report.build as build

    monkeypatch.setattr(build, "LARGE_CLAIMS", 2)
    monkeypatch.setattr(build, "MATRIX_ROWS", 1)
    analysis = story()
    _, dom = _page(analysis)
    rows = [tr for tr in _matrix(dom).iter("tr") if "data-o" in tr.attrs]
    assert len(rows) == 1
    assert "The matrix shows the first 1 of 2 groups" in dom.text
    sections = [s for s in dom.iter("section") if "group" in s.classes()]
    assert len(sections) == 2
    assert all("open" not in d.attrs for d in dom.iter("details"))
    assert {m.text for m in dom.iter("mark")} == {c.content for c in analysis.claims}
    monkeypatch.undo()
    small = parse(render_html(build_report(story())))
    assert all("open" in d.attrs for d in small.iter("details"))


def test_headings_tables_and_controls_are_labelled_for_assistive_technology() -> None:
    _, dom = _page(story(), story="Bridge")
    levels = [int(el.tag[1]) for el in dom.iter() if re.fullmatch(r"h[1-6]", el.tag)]
    assert levels[0] == 1 and levels.count(1) == 1
    assert all(b - a <= 1 for a, b in pairwise(levels)), levels  # no level skipped
    for table in dom.iter("table"):
        assert list(table.iter("caption")), "every table has a caption"
        assert all(th.attrs.get("scope") in {"col", "row", "colgroup"} for th in table.iter("th"))
    for select in dom.iter("select"):
        assert any(select in list(label.iter("select")) for label in dom.iter("label"))
    assert next(dom.iter("html")).attrs.get("lang") == "en"
    skip = next(dom.iter("a"))
    assert skip.attrs["href"] == "#matrix"


def test_print_styles_hide_controls_and_keep_colours() -> None:
    html, _ = _page(story())
    print_css = html[html.index("@media print") :]
    assert ".filters" in print_css and "display:none" in print_css
    assert "print-color-adjust:exact" in print_css
    assert "beforeprint" in html  # collapsed groups open before printing


def test_a_story_without_claims_still_renders_and_says_so() -> None:
    wire = source("wire", "Harbour Wire", "Nothing attributed here.")
    _, dom = _page(Analysis(sources=[wire], claims=[], groups=[]))
    assert "No attributed claims were found" in dom.text
    assert not [tr for tr in _matrix(dom).iter("tr") if "data-o" in tr.attrs]
