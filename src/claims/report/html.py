"""Report -> one self-contained HTML page (Jinja2 with autoescaping: article text is untrusted)."""

from __future__ import annotations

import base64
import hashlib
from functools import cache
from importlib.resources import files

from jinja2 import Environment, PackageLoader, StrictUndefined, Template
from markupsafe import Markup, escape

from claims.diff.model import Op, Span
from claims.flag_names import FLAG_CODES, FLAGS
from claims.report.model import BAND_TITLES, Band, Report


def _asset(name: str) -> str:
    return files("claims.report").joinpath("templates", name).read_text(encoding="utf-8")


def _hash(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii") + "'"


@cache
def _template() -> tuple[Template, str, str, str]:
    env = Environment(
        loader=PackageLoader("claims.report", "templates"),
        autoescape=True,
        undefined=StrictUndefined,
        keep_trailing_newline=True,
    )
    css, js = _asset("report.css"), _asset("report.js")
    # Only the page's own style and script may run; no fetch, image, font or frame from anywhere.
    csp = (f"default-src 'none'; style-src {_hash(css)}; script-src {_hash(js)}; img-src 'none'; "
           "base-uri 'none'; form-action 'none'")
    return env.get_template("report.html.j2"), css, js, csp


def _diff_html(spans: list[Span]) -> Markup:
    """A word diff as <del>/<ins> runs; every run escaped."""
    parts: list[str] = []
    for s in spans:
        text = escape(s.text)
        if s.op is Op.DELETE:
            parts.append(f"<del>{text}</del>")
        elif s.op is Op.INSERT:
            parts.append(f"<ins>{text}</ins>")
        else:
            parts.append(str(text))
    return Markup("".join(parts))


def render_html(report: Report) -> str:
    """The page as a string. Every piece of article text goes through autoescaping."""
    template, css, js, csp = _template()
    shown = report.groups[: report.matrix_rows]
    bands = [(band, [g for g in shown if g.band is band]) for band in Band]
    all_bands = [(band, [g for g in report.groups if g.band is band]) for band in Band]
    return template.render(
        report=report,
        articles=sum(len(o.sources) for o in report.outlets),
        bands=[(band, rows) for band, rows in bands if rows],
        all_bands=[(band, rows) for band, rows in all_bands if rows],
        diff_html=_diff_html,
        band_titles={str(b): t for b, t in BAND_TITLES.items()},
        multi=[g for g in report.groups if g.provenance is not None],
        flags=list(FLAGS),
        flag_text=FLAGS,
        flag_codes=FLAG_CODES,
        css=Markup(css),  # the package's own files, not input
        js=Markup(js),
        csp=csp,
    )
