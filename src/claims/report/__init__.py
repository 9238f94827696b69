"""`claims report`: one self-contained HTML page per story (matrix, versions, provenance, review state)."""

from __future__ import annotations

from claims.report.build import build_report
from claims.report.html import render_html
from claims.report.model import Report, Review

__all__ = ["Report", "Review", "build_report", "render_html"]
