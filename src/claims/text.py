"""Text at the edges: decode bytes explicitly, normalise only for comparison."""

from __future__ import annotations

import codecs
import re
import unicodedata

from claims.errors import InputError

_QUOTES = str.maketrans({
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"',
    "\u2013": "-", "\u2014": "-", "\u2212": "-", "\u00a0": " ",
})
_SPACE = re.compile(r"\s+")


def decode(data: bytes, path: str) -> str:
    """Decode a file's bytes: UTF-8 (with or without BOM), UTF-16 with BOM.

    Raises InputError for empty, binary or undecodable input; offsets in the
    returned text are what every evidence span points into.
    """
    if not data.strip():
        raise InputError(path, "empty file")
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8):]
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise InputError(path, f"not valid UTF-16 despite its byte-order mark ({exc.reason})") from exc
    if b"\x00" in data[:8192]:
        raise InputError(path, "binary file (contains NUL bytes), not an article")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise InputError(
            path, f"not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start})", line
        ) from exc


def normalise(text: str) -> str:
    """Fold quotes, dashes, case and whitespace: for comparing, never for evidence."""
    text = unicodedata.normalize("NFKC", text).translate(_QUOTES)
    return _SPACE.sub(" ", text).strip().lower()
