"""The narrowest widths the layout policy accepts (render/layout.py), readable without loading any renderer."""

from __future__ import annotations

MIN_WIDTH = 20
"""The narrowest output width accepted (`--width`, COLUMNS); the stacked layout still fits it."""
