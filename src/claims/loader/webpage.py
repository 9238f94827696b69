"""Saved web pages: the article's text and metadata, page furniture left out.

Uses only the standard library's `html.parser`. `extract_page(markup)` is
deterministic: the same markup always gives the same text, so the loader (or
`claims check`) can regenerate a source's text from its file at any time.

Text rules:
- the article root is the `<article>` with the most text; else `<main>` (or
  role="main"); else `<body>`; else the whole document;
- left out: scripts, styles, forms, navigation, headers, footers, asides,
  figures, hidden elements, the page headline (`<h1>`, kept as the title), and
  elements whose class, id or role names furniture (share, related, ad, promo,
  newsletter, comments, breadcrumb, byline, ...);
- each block element (p, h2-h6, li, blockquote, div, ...) is one paragraph;
  whitespace inside a paragraph is collapsed to single spaces; paragraphs are
  joined with a blank line ("\\n\\n"); `<br>` gives a line break.
"""

from __future__ import annotations

import json
import re
from collections import deque
from dataclasses import dataclass, field
from html.parser import HTMLParser

__all__ = ["Page", "extract_page", "looks_like_html"]

def _words(words: str) -> frozenset[str]:
    return frozenset(words.split())


_VOID = _words("area base br col embed hr img input link meta param source track wbr keygen command")
_DROP_TAGS = _words(
    "script style noscript template svg math canvas iframe object embed nav header footer aside form "
    "button select textarea label figure figcaption dialog menu h1 video audio picture map head title"
)
_BLOCK = _words(
    "p div section article main h2 h3 h4 h5 h6 li ul ol dl dt dd blockquote pre table tr td th "
    "tbody thead caption address center details summary hr body html"
)
_DROP_ROLES = _words(
    "navigation banner contentinfo complementary search menu menubar toolbar dialog alert "
    "alertdialog form button"
)
# Words in a class or id that mark page furniture (matched against whole words of the name).
_DROP_WORDS = _words(
    "share sharing social sharebar related recommended recommendations recirc promo promos promoted "
    "advert adverts advertisement advertising ad ads adslot sponsor sponsored newsletter subscribe "
    "subscription signup paywall comments comment breadcrumb breadcrumbs byline bylines author "
    "dateline timestamp nav navbar navigation menu sidebar footer header masthead cookie cookies "
    "consent banner popup modal overlay toolbar widget outbrain taboola trending popular tags "
    "caption credit skip visually-hidden sr-only hidden print-only more-stories read-more readmore "
    "also-read"
)
_NAME_SPLIT = re.compile(r"[\s_]+|(?<=[a-z])-(?=[a-z])")
_SPACE = re.compile(r"[ \t\r\n\f\v\u00a0\u200b]+")
_HTML_START = re.compile(r"\A\ufeff?\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.I | re.S)


def looks_like_html(text: str) -> bool:
    """True when text starts like an HTML document (for input without a file suffix)."""
    return bool(_HTML_START.match(text[:4096]))


@dataclass
class _Node:
    tag: str
    attrs: dict[str, str]
    children: list[_Node | str] = field(default_factory=list)
    parent: _Node | None = None


@dataclass
class Page:
    """What a web page gives: the article text and the metadata found in the markup."""

    text: str
    meta: dict[str, str] = field(default_factory=dict)


_MAX_CLOSE = 256


class _TreeBuilder(HTMLParser):
    """A forgiving tree: unknown end tags are ignored, unclosed elements close with their parent."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = _Node("#document", {})
        self.stack: list[_Node] = [self.root]
        self.meta: list[dict[str, str]] = []
        self.links: list[dict[str, str]] = []
        self.title_parts: list[str] = []
        self.jsonld: list[str] = []
        self._in_title = False
        self._in_jsonld = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {k.lower(): (v or "") for k, v in attrs}
        if tag == "meta":
            self.meta.append(values)
        elif tag == "link":
            self.links.append(values)
        elif tag == "title":
            self._in_title = True
        elif tag == "script" and "ld+json" in values.get("type", "").lower():
            self._in_jsonld = True
            self.jsonld.append("")
        if tag == "p":
            self._close("p", stop=frozenset({"div", "article", "section", "main", "body", "td", "li", "blockquote"}))
        node = _Node(tag, values, parent=self.stack[-1])
        self.stack[-1].children.append(node)
        if tag not in _VOID:
            self.stack.append(node)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in _VOID and self.stack[-1].tag == tag:
            self.stack.pop()

    def _close(self, tag: str, stop: frozenset[str] = frozenset()) -> None:
        # Look at most _MAX_CLOSE levels up: an end tag for something opened further up is
        # ignored, which keeps deeply unclosed markup linear.
        for i in range(len(self.stack) - 1, max(0, len(self.stack) - 1 - _MAX_CLOSE), -1):
            if self.stack[i].tag == tag:
                del self.stack[i:]
                return
            if self.stack[i].tag in stop:
                return

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
        elif tag == "script":
            self._in_jsonld = False
        self._close(tag)

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title_parts.append(data)
        if self._in_jsonld:
            self.jsonld[-1] += data
        self.stack[-1].children.append(data)


def _name_words(node: _Node) -> set[str]:
    words: set[str] = set()
    for key in ("class", "id"):
        value = node.attrs.get(key, "").lower()
        if value:
            words.update(w for w in _NAME_SPLIT.split(value) if w)
            words.update(value.split())
    return words


# Only these are dropped for a furniture class or id: an inline element (a, span, em, ...)
# named "author" or "ad-link" sits inside a sentence, and dropping it would change the sentence.
_BY_NAME = _words("div section aside ul ol li p article figure table dl details nav header footer form")


def _dropped(node: _Node) -> bool:
    """Left out by its tag, its hidden state or its role (always)."""
    if node.tag in _DROP_TAGS:
        return True
    attrs = node.attrs
    if "hidden" in attrs or attrs.get("aria-hidden", "").lower() == "true":
        return True
    style = attrs.get("style", "").replace(" ", "").lower()
    if "display:none" in style or "visibility:hidden" in style:
        return True
    return attrs.get("role", "").lower() in _DROP_ROLES


def _furniture_name(node: _Node) -> bool:
    """Its class or id names page furniture (share, related, ad, ...)."""
    return node.tag in _BY_NAME and bool(_name_words(node) & _DROP_WORDS)


def _walk(node: _Node) -> list[_Node]:
    """Every element under node, in document order, without recursion."""
    out: list[_Node] = []
    todo: list[_Node] = [node]
    while todo:
        current = todo.pop()
        out.append(current)
        todo.extend(c for c in reversed(current.children) if isinstance(c, _Node))
    return out


@dataclass
class _Measures:
    """Per element (by id): its text length without dropped parts, and whether an ancestor is dropped."""

    length: dict[int, int]
    hidden: set[int]


def _is_container_furniture(node: _Node) -> bool:
    return node.tag in {"aside", "div", "section", "ul", "ol"} and _furniture_name(node)


def _measure(document: _Node) -> _Measures:
    order = _walk(document)
    dropped = {id(n) for n in order if _dropped(n)}
    hidden: set[int] = set()
    for n in order:
        parent = n.parent
        if parent is not None and (id(parent) in hidden or id(parent) in dropped or _is_container_furniture(parent)):
            hidden.add(id(n))
    length: dict[int, int] = {}
    for n in reversed(order):
        total = 0
        for c in n.children:
            if isinstance(c, str):
                total += len(c.strip())
            elif id(c) not in dropped:
                total += length[id(c)]
        length[id(n)] = total
    return _Measures(length, hidden)


def _root(document: _Node, measures: _Measures) -> _Node:
    nodes = _walk(document)
    articles = [n for n in nodes if n.tag == "article" and id(n) not in measures.hidden and not _dropped(n)]
    if articles:
        return max(articles, key=lambda n: measures.length[id(n)])
    for n in nodes:
        if (n.tag == "main" or n.attrs.get("role", "").lower() == "main") and id(n) not in measures.hidden:
            return n
    for n in nodes:
        if n.tag == "body":
            return n
    return document


# A class name such as "has-ads" on a wrapper must not lose the story: an element named
# like furniture is kept when it holds more than this share of the article root's text.
_WRAPPER_SHARE = 0.5


def _paragraphs(root: _Node, measures: _Measures) -> list[str]:
    paragraphs: list[str] = []
    parts: list[str] = []
    root_length = max(1, measures.length[id(root)])

    def furniture(node: _Node) -> bool:
        return _furniture_name(node) and measures.length[id(node)] <= _WRAPPER_SHARE * root_length

    def flush() -> None:
        lines = (_SPACE.sub(" ", line).strip() for line in "".join(parts).split("\n"))
        paragraph = "\n".join(line for line in lines if line)
        if paragraph:
            paragraphs.append(paragraph)
        parts.clear()

    # Iterative walk: ("open", node), ("close", node) or text.
    todo: list[tuple[str, _Node | str]] = [("open", root)]
    while todo:
        action, item = todo.pop()
        if isinstance(item, str):
            parts.append(item.replace("\n", " "))
            continue
        if action == "close":
            if item.tag in _BLOCK:
                flush()
            continue
        if item is not root and (_dropped(item) or furniture(item)):
            continue
        if item.tag == "br":
            parts.append("\n")
            continue
        if item.tag in _BLOCK:
            flush()
        todo.append(("close", item))
        todo.extend(("text", c) if isinstance(c, str) else ("open", c) for c in reversed(item.children))
    flush()
    return paragraphs


def _jsonld_dates(blocks: list[str]) -> dict[str, str]:
    found: dict[str, str] = {}
    todo: list[object] = []
    for block in blocks:
        try:
            todo.append(json.loads(block))
        except (ValueError, RecursionError):
            continue
    queue = deque(todo)  # breadth first: the outermost (first) object's fields win
    seen = 0
    while queue and seen < 10_000:
        seen += 1
        item = queue.popleft()
        if isinstance(item, list):
            queue.extend(item)
        elif isinstance(item, dict):
            for key, name in (("datePublished", "published"), ("headline", "title"), ("url", "url")):
                value = item.get(key)
                if isinstance(value, str) and value.strip():
                    found.setdefault(name, value.strip())
            publisher = item.get("publisher")
            if isinstance(publisher, dict) and isinstance(publisher.get("name"), str):
                found.setdefault("outlet", publisher["name"].strip())
            queue.extend(v for v in item.values() if isinstance(v, dict | list))
    return found


def _metadata(builder: _TreeBuilder, root: _Node, measures: _Measures) -> dict[str, str]:
    props: dict[str, str] = {}
    for m in builder.meta:
        key = (m.get("property") or m.get("name") or m.get("itemprop") or "").strip().lower()
        content = m.get("content", "").strip()
        if key and content:
            props.setdefault(key, content)
    jsonld = _jsonld_dates(builder.jsonld)
    meta: dict[str, str] = {}

    def first(*values: str | None) -> str | None:
        return next((v for v in values if v), None)

    title = first(props.get("og:title"), props.get("twitter:title"), _SPACE.sub(" ", "".join(builder.title_parts))
                  .strip(), jsonld.get("title"))
    if title is None:
        h1 = next((n for n in _walk(builder.root) if n.tag == "h1"), None)
        if h1 is not None:
            title = _SPACE.sub(" ", " ".join(_paragraphs(h1, measures))).strip() or None
    canonical = next(
        (lk.get("href", "").strip() for lk in builder.links
         if "canonical" in lk.get("rel", "").lower().split() and lk.get("href", "").strip()),
        None,
    )
    url = first(canonical, props.get("og:url"), jsonld.get("url"))
    outlet = first(props.get("og:site_name"), props.get("application-name"), jsonld.get("outlet"))
    times = [n.attrs.get("datetime", "").strip() for n in _walk(root) if n.tag == "time"]
    published = first(
        props.get("article:published_time"), jsonld.get("published"), props.get("datepublished"),
        props.get("date"), props.get("pubdate"), props.get("publish-date"), props.get("parsely-pub-date"),
        props.get("dc.date"), props.get("dcterms.created"), next((t for t in times if t), None),
    )
    if title and outlet:
        for sep in (" | ", " - ", " – ", " — ", " :: ", " · "):
            if title.endswith(sep + outlet):
                title = title[: -len(sep + outlet)].strip() or title
    for name, value in (("title", title), ("url", url), ("outlet", outlet), ("published", published)):
        if value:
            meta[name] = value[:1000]
    return meta


def extract_page(markup: str) -> Page:
    """The article text of a web page and its metadata (title, url, outlet, published)."""
    builder = _TreeBuilder()
    builder.feed(markup)
    builder.close()
    measures = _measure(builder.root)
    root = _root(builder.root, measures)
    return Page(text="\n\n".join(_paragraphs(root, measures)), meta=_metadata(builder, root, measures))
