"""Reading a text file into the raw string that every offset points into.

Offsets are into "the raw input file as read": for UTF-8 that is exactly what
`open(path, encoding="utf-8").read()` returns (universal newlines). Other encodings are
decoded only when the encoding is certain (a BOM, or GB18030 that decodes cleanly to
mostly Chinese text); anything else is refused with a message that says why.
"""

from __future__ import annotations

import codecs
import unicodedata
from pathlib import Path

from .errors import InputError

MAX_BYTES = 20 * 1024 * 1024  # a journal article is well under 1 MB; far larger is not one article
MAX_CONTROL_SHARE = 0.01  # more control characters than this is not text
MIN_TEXT_SHARE_GB18030 = 0.9  # GB18030 is accepted only when it reads as text



def read_raw(path: Path, max_bytes: int = MAX_BYTES) -> tuple[str, str]:
    """Return `(text, encoding)`; newlines are normalized as Python's text mode does."""
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise InputError(f"too large for one article: {size / 2**20:.1f} MB (limit {max_bytes / 2**20:.0f} MB)")
        data = path.read_bytes()
    except IsADirectoryError:
        raise InputError("is a directory") from None
    except OSError as exc:
        raise InputError(f"unreadable: {exc.strerror or exc}") from None
    if not data.strip():
        raise InputError("empty file")
    text, encoding = decode(data)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    controls = sum(1 for ch in text if unicodedata.category(ch) == "Cc" and ch not in "\n\t\f")
    if controls > MAX_CONTROL_SHARE * len(text):
        raise InputError(f"binary data: {controls} control characters in {len(text)} (not a text file)")
    return text, encoding


def decode(data: bytes) -> tuple[str, str]:
    """The text and its encoding: a BOM's, UTF-8, or GB18030 where it reads as text."""
    for bom, encoding in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError as exc:
                raise InputError(f"invalid {encoding} after its byte-order mark at byte {exc.start}") from None
    if b"\x00" in data:
        raise InputError("binary data: NUL bytes and no UTF-16 byte-order mark")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as utf8_error:
        try:
            text = data.decode("gb18030")
        except UnicodeDecodeError:
            raise InputError(f"not UTF-8 (invalid byte at {utf8_error.start}) and not GB18030") from None
        if _text_share(text) < MIN_TEXT_SHARE_GB18030:
            raise InputError(f"not UTF-8 (invalid byte at {utf8_error.start}); GB18030 would decode it but not as text") from None
        return text, "gb18030"


def _text_share(text: str) -> float:
    """Share of characters that are CJK, ASCII printable, CJK punctuation or whitespace."""
    good = sum(
        1
        for ch in text
        if ch.isspace() or " " <= ch <= "~" or "\u3000" <= ch <= "\u9fff" or "\uff00" <= ch <= "\uffef" or ch in "“”‘’—…·"
    )
    return good / max(len(text), 1)
