"""Decoding bytes: UTF-8 (BOM), UTF-16 (BOM or not), Windows-1252 fallback, refusals."""

from __future__ import annotations

import codecs

import pytest

from claims.errors import InputError
from claims.text import decode, decode_bytes

TEXT = "The mayor’s aide said “no” to the café plan."


@pytest.mark.parametrize(
    ("data", "encoding", "warned"),
    [
        (TEXT.encode("utf-8"), "utf-8", False),
        (codecs.BOM_UTF8 + TEXT.encode("utf-8"), "utf-8", False),
        (TEXT.encode("utf-16"), "utf-16", False),  # with BOM
        (codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), "utf-16", False),
        (TEXT.encode("utf-16-le"), "utf-16-le", True),  # no BOM: recognised, with a warning
        (TEXT.encode("utf-16-be"), "utf-16-be", True),
        (TEXT.encode("cp1252"), "cp1252", True),
    ],
)
def test_decodes_to_the_same_text(data: bytes, encoding: str, warned: bool) -> None:
    decoded = decode_bytes(data, "a.txt")
    assert decoded.text == TEXT
    assert decoded.encoding == encoding
    assert (decoded.warning is not None) is warned


def test_cp1252_warning_names_byte_and_line() -> None:
    data = "line one\nline two is caf\u00e9\n".encode("cp1252")
    warning = decode_bytes(data, "a.txt").warning
    assert warning is not None and "0xe9" in warning and "line 2" in warning and "Windows-1252" in warning


def test_bytes_undefined_in_cp1252_fall_back_to_latin1() -> None:
    decoded = decode_bytes(b"A \x81 B said so.", "a.txt")
    assert decoded.encoding == "latin-1" and decoded.text == "A \x81 B said so."


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty file"),
        (b"  \n\t\n", "empty file"),
        (codecs.BOM_UTF8, "empty file"),
        (codecs.BOM_UTF16_LE + "  ".encode("utf-16-le"), "empty file"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF"),
        (b"PK\x03\x04\x14\x00\x06\x00", "ZIP"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "PNG"),
        (b"\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00", "binary"),
        (bytes(range(1, 32)) * 20, "binary"),
        (codecs.BOM_UTF16_LE + b"\x00\xd8", "UTF-16"),  # lone surrogate
    ],
)
def test_refuses_unusable_bytes(data: bytes, reason: str) -> None:
    with pytest.raises(InputError, match=reason) as info:
        decode(data, "bad.bin")
    assert info.value.path == "bad.bin"


def test_plain_ascii_with_tabs_is_not_binary() -> None:
    text = "Col\tA\r\nThe spokesman said\tyes.\f\n"
    assert decode(text.encode(), "a.txt") == text


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"])
def test_wide_text_without_a_bom_is_still_recognised(encoding: str) -> None:
    """The BOM-less UTF-16/UTF-32 tests run only where the head holds a NUL byte: such text always does."""
    text = "Ann Lee said the bridge was unsafe.\n" * 20
    decoded = decode_bytes(text.encode(encoding), "a.txt")
    assert decoded.text == text and decoded.encoding == encoding
