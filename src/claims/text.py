"""Text at the edges: decode bytes explicitly, normalise only for comparison."""

from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass

from claims.errors import InputError

_QUOTES = str.maketrans({
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"',
    "\u2013": "-", "\u2014": "-", "\u2212": "-", "\u00a0": " ",
})
_SPACE = re.compile(r"\s+")


_MAGIC = (
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (e.g. a Word or EPUB file)"),
    (b"\x89PNG", "a PNG image"),
    (b"GIF8", "a GIF image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"{\\rtf", "an RTF document"),
    (b"\xd0\xcf\x11\xe0", "an old Office document"),
)
_CONTROL = frozenset(range(0x20)) - {0x09, 0x0A, 0x0C, 0x0D} | {0x7F}
_CONTROL_BYTES = bytes(sorted(_CONTROL))


@dataclass(frozen=True)
class Decoded:
    """A file's text, the encoding it was read with, and a warning when that was a guess."""

    text: str
    encoding: str
    warning: str | None = None


def _utf16_without_bom(head: bytes) -> str | None:
    """'utf-16-le'/'utf-16-be' when every other byte is NUL, as in BOM-less UTF-16 text."""
    if len(head) < 4:
        return None
    even, odd = head[0::2], head[1::2]
    if odd.count(0) >= 0.9 * len(odd) and even.count(0) <= 0.05 * len(even):
        return "utf-16-le"
    if even.count(0) >= 0.9 * len(even) and odd.count(0) <= 0.05 * len(odd):
        return "utf-16-be"
    return None


def _utf32_without_bom(head: bytes) -> str | None:
    """'utf-32-le'/'utf-32-be' when three bytes in four are NUL in the UTF-32 pattern."""
    n = len(head) // 4 * 4
    if n < 8:
        return None
    lanes = [head[i:n:4] for i in range(4)]
    zero = [lane.count(0) / len(lane) for lane in lanes]
    if min(zero[1:]) >= 0.9 and zero[0] <= 0.05 and zero[3] == 1.0:
        return "utf-32-le"
    if min(zero[:3]) >= 0.9 and zero[3] <= 0.05 and zero[0] == 1.0:
        return "utf-32-be"
    return None


def _binary_reason(data: bytes) -> str | None:
    for magic, what in _MAGIC:
        if data.startswith(magic):
            return f"{what}, not a text article: save the article as text or HTML"
    head = data[:8192]
    if b"\x00" in data:
        at = data.index(b"\x00")
        return f"binary file (contains NUL bytes, the first at byte {at:,}), not an article"
    controls = len(head) - len(head.translate(None, _CONTROL_BYTES))  # bytes in _CONTROL, counted in C
    if controls > 0.05 * len(head):
        return "binary file (mostly control bytes), not an article"
    return None


def _nonempty(text: str, path: str) -> str:
    if not text.strip():
        raise InputError(path, "empty file")
    return text


def decode_bytes(data: bytes, path: str) -> Decoded:
    """Decode a file's bytes; the returned text is what evidence offsets point into.

    Order: UTF-8 (BOM stripped), UTF-32 or UTF-16 with a BOM, UTF-32 or UTF-16 without a
    BOM (recognised by their NUL pattern, with a warning), then Windows-1252 (with a warning;
    Latin-1 for the five bytes Windows-1252 leaves undefined). Raises InputError for empty,
    binary (a NUL byte anywhere, control bytes, a known binary signature) or undecodable input.
    """
    if not data.strip():
        raise InputError(path, "empty file")
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8):]
    elif data.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):  # before UTF-16: FF FE 00 00 starts both
        try:
            return Decoded(_nonempty(data.decode("utf-32"), path), "utf-32")
        except UnicodeDecodeError as exc:
            raise InputError(path, f"not valid UTF-32 despite its byte-order mark ({exc.reason})") from exc
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return Decoded(_nonempty(data.decode("utf-16"), path), "utf-16")
        except UnicodeDecodeError as exc:
            raise InputError(path, f"not valid UTF-16 despite its byte-order mark ({exc.reason})") from exc
    head = data[:8192]
    if b"\x00" in head:  # (UTF-32 or UTF-16 without a BOM: NUL bytes in most of some lane's bytes)
        utf32 = _utf32_without_bom(head)
        for wide in (utf32, None if utf32 else _utf16_without_bom(head)):
            if wide is None:
                continue
            try:
                text = data.decode(wide)
            except UnicodeDecodeError:
                continue
            return Decoded(_nonempty(text, path), wide, f"no byte-order mark; read as {wide.upper()}")
    reason = _binary_reason(data)
    if reason is not None:
        raise InputError(path, reason)
    try:
        return Decoded(_nonempty(data.decode("utf-8"), path), "utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        where = f"byte 0x{data[exc.start]:02x} on line {line}"
    try:
        text, encoding = data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        text, encoding = data.decode("latin-1"), "latin-1"
    name = "Windows-1252" if encoding == "cp1252" else "Latin-1"
    return Decoded(
        _nonempty(text, path), encoding,
        f"not valid UTF-8 ({where}); read as {name}: check quotes and accented letters",
    )


def decode(data: bytes, path: str) -> str:
    """The text of `decode_bytes` (same rules, warnings dropped)."""
    return decode_bytes(data, path).text


_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def replace_surrogates(text: str) -> tuple[str, int]:
    """Lone surrogates replaced by U+FFFD, one character for one (offsets stay true), and how many.

    JSON (`"\\ud800"`) and YAML escapes can produce them; no UTF-8 output can hold them.
    """
    if not _LONE_SURROGATE.search(text):
        return text, 0
    return _LONE_SURROGATE.subn("\ufffd", text)


def normalise(text: str) -> str:
    """Fold quotes, dashes, case and whitespace: for comparing, never for evidence."""
    if text.isascii():  # NFKC and the quote table leave ASCII as it is; split() splits where \s+ matches
        return " ".join(text.split()).lower()
    text = unicodedata.normalize("NFKC", text).translate(_QUOTES)
    return _SPACE.sub(" ", text).strip().lower()
