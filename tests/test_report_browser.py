"""The seeds report in a real browser (headless Chromium): DOM, screenshot, no network; hostile input inert.

Skipped, with the reason, when Chromium is not installed; `.ci/run` installs it.
Run with --update-golden to refresh the README screenshot docs/report.png.
"""

from __future__ import annotations

import re
import shutil
from collections import Counter
from pathlib import Path
from urllib.parse import urlparse

import pytest
import yaml
from typer.testing import CliRunner

from claims.cli import app
from claims.flag_names import NOT_IN_CREDITED_SOURCE
from claims.models import Analysis
from claims.pipeline import analyse
from claims.report import build_report, render_html
from tests.browser import dump_dom, needs_chromium, requested_urls, screenshot
from tests.conftest import ROOT, SEEDS
from tests.htmldom import Element, parse
from tests.pngread import read_png

pytestmark = needs_chromium

CARRIED = (0x1D, 0x4F, 0x91)  # --carried in report.css
CREDITED = (0xB3, 0x26, 0x1E)  # --credited


@pytest.fixture(scope="module")
def seeds() -> Analysis:
    return analyse([SEEDS])


@pytest.fixture(scope="module")
def page(seeds: Analysis, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("report") / "report.html"
    path.write_text(render_html(build_report(seeds, story="DeepSeek V4 early access", origin="seeds")),
                    encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def dom_and_netlog(page: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Element, Path]:
    work = tmp_path_factory.mktemp("chromium")
    netlog = work / "net.json"
    return parse(dump_dom(page, work, netlog)), netlog


def test_matrix_has_a_row_per_group_and_a_column_per_outlet(
    seeds: Analysis, dom_and_netlog: tuple[Element, Path]
) -> None:
    dom, _ = dom_and_netlog
    matrix = next(t for t in dom.iter("table") if "matrix" in t.classes())
    rows = [tr for tr in matrix.iter("tr") if "data-o" in tr.attrs]
    assert len(rows) == len(seeds.groups)
    outlets = list(dict.fromkeys(s.outlet for s in seeds.sources))
    heads = [th.text for th in next(matrix.iter("thead")).iter("th")]
    assert heads == ["Claim", *outlets, "Flags"]
    assert all(len(list(tr.iter("td"))) == len(outlets) + 1 for tr in rows)
    groups = {f"g-{g.id}" for g in seeds.groups}
    assert {next(tr.iter("a")).attrs["href"][1:] for tr in rows} == groups
    sections = {s.attrs["id"] for s in dom.iter("section") if "group" in s.classes()}
    assert sections == groups  # every row's link has its target


def test_not_in_credited_source_claims_are_marked(seeds: Analysis, dom_and_netlog: tuple[Element, Path]) -> None:
    dom, _ = dom_and_netlog
    flagged = {f"g-{g.id}" for g in seeds.groups if NOT_IN_CREDITED_SOURCE in g.flags}
    assert flagged, "the seeds have claims credited to an outlet whose article does not carry them"
    matrix = next(t for t in dom.iter("table") if "matrix" in t.classes())
    rows = {next(tr.iter("a")).attrs["href"][1:]: tr for tr in matrix.iter("tr") if "data-o" in tr.attrs}
    marked = {anchor for anchor, tr in rows.items() if any("n" in td.classes() for td in tr.iter("td"))}
    assert marked == flagged
    for anchor in flagged:
        assert NOT_IN_CREDITED_SOURCE in rows[anchor].attrs["data-f"].split()
        section = next(s for s in dom.iter("section") if s.attrs.get("id") == anchor)
        assert any(NOT_IN_CREDITED_SOURCE in span.classes() or span.text == NOT_IN_CREDITED_SOURCE
                   for span in section.iter("span"))
    # Those rows lead the matrix.
    assert set(list(rows)[: len(flagged)]) == flagged


def test_each_evidence_highlight_equals_the_claim_text(seeds: Analysis, dom_and_netlog: tuple[Element, Path]) -> None:
    dom, _ = dom_and_netlog
    marks = [(m.attrs["data-claim"], m.text) for m in dom.iter("mark")]
    assert len(marks) == len(seeds.claims)
    assert dict(marks) == {c.id: c.content for c in seeds.claims}


def test_the_page_script_ran(dom_and_netlog: tuple[Element, Path]) -> None:
    dom, _ = dom_and_netlog
    nav = next(n for n in dom.iter("nav") if n.attrs.get("id") == "filters")
    assert "hidden" not in nav.attrs  # only the script shows the filter bar


def test_no_network_request(page: Path, dom_and_netlog: tuple[Element, Path]) -> None:
    html = page.read_text(encoding="utf-8")
    dom = parse(html)
    assert not any("src" in el.attrs for el in dom.iter()) and not list(dom.iter("link"))
    article_hosts = {urlparse(a.attrs["href"]).hostname for a in dom.iter("a") if a.attrs["href"].startswith("http")}
    _, netlog = dom_and_netlog
    requested = {urlparse(u).hostname for u in requested_urls(netlog)}
    assert not article_hosts & requested


def test_screenshot_shows_the_matrix(page: Path, tmp_path: Path, request: pytest.FixtureRequest) -> None:
    png = screenshot(page, tmp_path / "report.png", tmp_path)
    image = read_png(png)
    assert image.width == 1280
    counts: Counter[tuple[int, int, int]] = Counter()
    xs: list[int] = []
    for y in range(0, image.height, 2):
        for x in range(0, image.width, 2):
            px = image.pixel(x, y)
            counts[px] += 1
            if px == CARRIED:
                xs.append(x)
    sampled = sum(counts.values())
    assert counts[CARRIED] > sampled * 0.01, "the matrix's carried cells are not drawn"
    assert counts[CREDITED] > 0, "no credited-but-absent cell is drawn"
    assert max(xs) - min(xs) > 200, "the carried cells do not spread across outlet columns"
    assert counts.most_common(1)[0][1] < sampled * 0.9, "the page is mostly blank"
    if request.config.getoption("--update-golden"):
        (ROOT / "docs").mkdir(exist_ok=True)
        shutil.copy(tmp_path / "report.png", ROOT / "docs" / "report.png")


CANARY = "canary.invalid"
PWNED = "PWNED"


def test_hostile_article_renders_inert(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    front = {
        "outlet": f'"><img src=x onerror="document.title=\'{PWNED}\'">',
        "title": f"<script>document.title='{PWNED}'</script>",
        "url": f"javascript:document.title='{PWNED}'",
        "published": "2026-03-01",
    }
    body = (
        f"The council met on Monday. <script>document.title='{PWNED}'</script>\n\n"
        f"\u201cWe will build <img src=http://{CANARY}/x.png onerror=document.title='{PWNED}'> soon,\u201d "
        "the mayor said on Tuesday.\n\n"
        f"The treasurer said the budget was <script>document.title='{PWNED}'</script> balanced.\n"
    )
    (folder / "evil.md").write_text("---\n" + yaml.safe_dump(front) + "---\n" + body, encoding="utf-8")
    (folder / "plain.md").write_text(
        "---\noutlet: Plain Post\npublished: 2026-03-02\n---\nThe treasurer said the budget was balanced.\n",
        encoding="utf-8",
    )
    out = tmp_path / "report.html"
    args = ["report", "--seeds", str(folder), "-o", str(out), "--story", "Council budget"]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    netlog = tmp_path / "net.json"
    dumped = dump_dom(out, tmp_path / "chromium", netlog)
    dom = parse(dumped)
    assert next(dom.iter("title")).text == "Council budget — claims report"  # no script changed it
    assert len(list(dom.iter("script"))) == 1 and not list(dom.iter("img"))
    for el in dom.iter():
        assert not any(name.startswith("on") for name in el.attrs), el
        assert all("javascript:" not in value for value in el.attrs.values()), el
    text = dom.text
    assert f"<script>document.title='{PWNED}'</script>" in text  # shown as text, not run
    assert front["outlet"] in text and front["url"] in text
    assert any(CANARY in m.text for m in dom.iter("mark")), "the quote with the image tag was not shown as text"
    assert not any(CANARY in u for u in requested_urls(netlog))


def test_the_page_prints(page: Path, tmp_path: Path) -> None:
    from tests.browser import print_pdf

    pdf = print_pdf(page, tmp_path / "report.pdf", tmp_path)
    assert pdf.startswith(b"%PDF")
    pages = len(re.findall(rb"/Type\s*/Page[^s]", pdf))
    assert 2 <= pages <= 40, pages


def test_filters_hide_the_groups_that_do_not_match(
    seeds: Analysis, page: Path, tmp_path: Path
) -> None:
    from claims.flag_names import SINGLE_OUTLET

    outlet = seeds.sources[-1].outlet
    query = f"?outlet={outlet.replace(' ', '%20')}&flag={SINGLE_OUTLET}"
    dom = parse(dump_dom(page, tmp_path, query=query))
    sections = [s for s in dom.iter("section") if "group" in s.classes()]
    shown = {s.attrs["id"] for s in sections if "hidden" not in s.attrs}
    by_id = {c.id: c for c in seeds.claims}
    expected = {f"g-{g.id}" for g in seeds.groups if SINGLE_OUTLET in g.flags
                and any(by_id[c].outlet == outlet for c in g.claims)}
    assert expected and shown == expected
    count = next(o for o in dom.iter("output") if o.attrs.get("id") == "f-count")
    assert count.text == f"Showing {len(expected)} of {len(sections)} groups"
