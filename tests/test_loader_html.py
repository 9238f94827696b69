"""Saved web pages: article text without page furniture, metadata from the markup."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from claims.loader import evidence_text, load_file_bytes, load_paths
from claims.loader.webpage import extract_page, looks_like_html

DATA = Path(__file__).parent / "data" / "loader"


def _page(name: str) -> tuple[str, dict[str, str]]:
    page = extract_page((DATA / name).read_text(encoding="utf-8"))
    return page.text, page.meta


def test_article_page_keeps_story_text() -> None:
    text, _ = _page("harbour_article.html")
    assert text.split("\n\n") == [
        "The port authority has postponed dredging the inner harbour until next spring, its chair said on Tuesday.",
        "“We need another survey of the seabed before any work starts,” said Tomas Reyes, the authority’s chair. "
        "Reyes added that the delay would cost £2 million.",
        "Fishermen object",
        "Local fishermen told the Ledger the delay would hurt their catch.\nThey plan a protest.",
    ]


@pytest.mark.parametrize(
    "furniture",
    ["Home", "Sport", "Advertisement", "buy a boat", "Share", "Tweet", "Council approves new pier",
     "Sign up", "All rights reserved", "dataLayer", "trackRead", "font-family", "Other story", "Photo: Staff",
     "By Mira Olsen", "JSON-LD", "Port authority delays harbour dredging"],
)
def test_article_page_leaves_out_furniture(furniture: str) -> None:
    text, _ = _page("harbour_article.html")
    assert furniture not in text


def test_article_page_metadata_precedence() -> None:
    _, meta = _page("harbour_article.html")
    assert meta == {
        "title": "Port authority delays harbour dredging after survey",  # og:title over <title>
        "outlet": "The Coastal Ledger",  # og:site_name
        "url": "https://coastalledger.example/news/harbour-dredging",  # canonical over og:url
        "published": "2031-05-14T08:30:00Z",  # article:published_time over JSON-LD and <time>
    }


def test_page_without_article_element() -> None:
    text, meta = _page("orchard_no_article.html")
    assert text.split("\n\n") == [
        "A late frost has damaged apple and pear blossom across the valley, growers said.",
        "\"Half of my early blossom is gone,\" said Ines Duarte, who farms forty hectares near the river.",
        "The regional agriculture office said it would survey the damage next week.",
    ]
    assert meta == {"title": "Frost damages orchards across the valley - Valley Post", "published": "2030-04-02"}


@pytest.mark.parametrize(
    ("markup", "key", "value"),
    [
        ('<script type="application/ld+json">{"@graph": [{"datePublished": "2032-01-02"}]}</script><p>x</p>',
         "published", "2032-01-02"),
        ('<meta property="og:url" content="https://a.example/s"><p>x</p>', "url", "https://a.example/s"),
        ("<title>Plain title</title><p>x</p>", "title", "Plain title"),
        ('<meta property="og:site_name" content="Daily Lamp"><title>Story | Daily Lamp</title><p>x</p>',
         "title", "Story"),
        ("<body><h1>Only a heading</h1><p>x</p></body>", "title", "Only a heading"),
        ('<script type="application/ld+json">{"publisher": {"name": "The Beacon"}}</script><p>x</p>',
         "outlet", "The Beacon"),
        ('<script type="application/ld+json">{not json</script><p>x</p>', "published", None),
    ],
)
def test_metadata_sources(markup: str, key: str, value: str | None) -> None:
    assert extract_page(markup).meta.get(key) == value


def test_largest_article_element_wins() -> None:
    markup = ("<article><p>Teaser.</p></article>"
              "<article><p>The long story text, which the minister said was long.</p><p>More.</p></article>")
    assert extract_page(markup).text == "The long story text, which the minister said was long.\n\nMore."


def test_hidden_and_role_elements_are_left_out() -> None:
    markup = ('<main><p>Kept.</p><p hidden>Hidden.</p><p style="display: none">None.</p>'
              '<div role="navigation">Nav.</div><p aria-hidden="true">Aria.</p></main>')
    assert extract_page(markup).text == "Kept."


def test_malformed_markup_does_not_lose_text() -> None:
    markup = "<div><p>First said <b>bold<p>Second</i></span></div></div><p>Third & fourth &bogus;"
    assert extract_page(markup).text == "First said bold\n\nSecond\n\nThird & fourth &bogus;"


def test_deep_nesting_does_not_recurse() -> None:
    markup = "<div>" * 50_000 + "<p>Deep text, she said.</p>" + "</div>" * 50_000
    assert extract_page(markup).text == "Deep text, she said."


@pytest.mark.parametrize(
    ("text", "html"),
    [("<!DOCTYPE html><html>", True), ("  <html lang=en>", True), ("<!-- saved --> <html>", True),
     ("The <b>mayor</b> said.", False), ("# Title", False)],
)
def test_looks_like_html(text: str, html: bool) -> None:
    assert looks_like_html(text) is html


def test_html_source_text_is_the_extracted_text_and_regenerates(tmp_path: Path) -> None:
    shutil.copy(DATA / "harbour_article.html", tmp_path / "harbour.html")
    shutil.copy(DATA / "orchard_no_article.html", tmp_path / "orchard.htm")
    result = load_paths([tmp_path])
    assert result.skipped == []
    harbour, orchard = result.sources
    assert (harbour.id, harbour.outlet, orchard.id, orchard.outlet) == ("harbour", "The Coastal Ledger",
                                                                        "orchard", "orchard")
    assert harbour.body == harbour.text and harbour.text.startswith("The port authority")
    data = (tmp_path / "harbour.html").read_bytes()
    assert evidence_text(data, str(tmp_path / "harbour.html"), "harbour") == harbour.text


def test_outlet_from_canonical_domain_when_no_site_name() -> None:
    markup = b'<link rel="canonical" href="https://www.northstar-courier.example/a"><p>Text said.</p>'
    [src] = load_file_bytes(markup, "a.html", "a").sources
    assert src.outlet == "Northstar-courier" and src.url == "https://www.northstar-courier.example/a"


def test_page_with_no_text_is_skipped() -> None:
    result = load_file_bytes(b"<html><nav>Home</nav><script>x()</script></html>", "empty.html", "empty")
    assert result.sources == [] and "no article text" in result.skipped[0].reason


def test_declared_charset_is_used_without_warning() -> None:
    markup = '<meta charset="iso-8859-15"><p>Le maire a dit: « non », 5 €.</p>'
    result = load_file_bytes(markup.encode("iso-8859-15"), "fr.html", "fr")
    assert result.skipped == [] and "€" in result.sources[0].text


def test_inline_elements_are_never_dropped_by_name() -> None:
    markup = ('<article><p><span class="author">Lena Park</span>, a spokeswoman, said the <a class="ad-link" '
              'href="/x">ferry</a> was late.</p><div class="author-bio">Lena writes about ports.</div></article>')
    assert extract_page(markup).text == "Lena Park, a spokeswoman, said the ferry was late."


def test_json_ld_outermost_object_wins() -> None:
    markup = ('<script type="application/ld+json">{"datePublished": "2030-01-01", "hasPart": '
              '[{"datePublished": "1999-09-09"}]}</script><p>x</p>')
    assert extract_page(markup).meta["published"] == "2030-01-01"
