"""A journal web page's text, as a reader copying it from the browser gets it (parsed with lxml,
in the encoding the page names or, saved without one, the one a text file would be read in).

Each block element (paragraph, heading, list item, table row) becomes one line, as the web
copies the layout stage reads (a line per paragraph); scripts, styles, forms and the page's
navigation, share, related-article and footer blocks are dropped, by element and by the
class and id names of models/ingest/html.json. What is left of the site's furniture (a
publish time, a "来源" line) the layout reads as furniture, as it does in a web copy. A
`<sup>` note marker in digits becomes superscript digits (`<sup>3</sup>` → `³`), so a page
of `<sup>` markers reads like a superscript article; circled and bracketed markers are kept
as printed. An ordered list's items carry the numbers the browser shows (`1. …`), on the line
of the item's first text however deep its blocks.
"""

from __future__ import annotations

import codecs
import json
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from pipeline.resources import MODELS

from .errors import InputError
from .pdf import SUPERSCRIPT_DIGITS
from .text import decode

SPEC_FILE = MODELS / "ingest" / "html.json"


@dataclass(frozen=True)
class _Spec:
    dropped: frozenset[str]
    blocks: frozenset[str]
    furniture: re.Pattern[str]
    sup_marker: re.Pattern[str]
    furniture_max_share: float
    dropped_links: re.Pattern[str]
    note_link: re.Pattern[str]


@cache
def _spec() -> _Spec:
    spec = json.loads(SPEC_FILE.read_text(encoding="utf-8"))
    return _Spec(frozenset(spec["dropped_elements"]), frozenset(spec["block_elements"]),
                 re.compile(spec["furniture_names"], re.I), re.compile(spec["sup_marker"]),
                 spec["furniture_max_share"], re.compile(spec["dropped_links"]), re.compile(spec["note_link"]))


CHINESE = re.compile(r"[\u4e00-\u9fff]")
DECLARED = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?([\w-]+)|<\?xml[^>]+encoding\s*=\s*[\"']([\w-]+)", re.I)
GB_LABELS = {b"gb2312", b"gbk", b"x-gbk", b"gb18030"}  # decoded as GB18030, their superset, as browsers do
DECLARATION_SPAN = 16_384  # bytes of the page's start where its charset is looked for
XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")


def _chinese(text: str) -> int:
    return len(CHINESE.findall(text))


def _archived_page(data: bytes) -> tuple[bytes, bytes]:
    """The page a web archive holds (MHTML: a browser's "save as a single file", `.mht`/`.mhtml`):
    its first text/html part, and the charset its MIME header names (b"" where none)."""
    import email
    import email.policy

    message = email.message_from_bytes(data, policy=email.policy.compat32)
    part = next((p for p in message.walk() if p.get_content_type() == "text/html"), None)
    payload = part.get_payload(decode=True) if part is not None else None
    if not payload:
        raise InputError("web archive (MHTML) without an HTML page in it")
    return payload, (part.get_content_charset() or "").lower().encode()


def _page_text(data: bytes, archived: bytes = b"") -> str:
    """The page decoded here, never by libxml2 (which settles on an encoding at the first byte
    past ASCII: a `<title>` or an attribute before the `<meta charset>` turned a whole UTF-8 page
    into Latin-1): in the charset a web archive's MIME header names (`archived`), else a
    byte-order mark's encoding, else the one the page names, else, for a page saved without one
    (served with it in an HTTP header), as a text file is: UTF-8, or GB18030 where it reads as
    text. An XML declaration goes: lxml takes no text that names one."""
    text = _in_charset(data, archived)
    if text is None and not data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        declared = DECLARED.search(data[:DECLARATION_SPAN])
        text = _in_charset(data, (declared.group(1) or declared.group(2)).lower()) if declared else None
    return XML_DECLARATION.sub("", decode(data)[0] if text is None else text, count=1)


def _in_charset(data: bytes, label: bytes) -> str | None:
    """The bytes decoded in the charset `label` names, GB2312 and GBK as GB18030 (their superset,
    as browsers do: such pages hold characters GB2312 lacks); None where it names none Python
    knows."""
    if not label:
        return None
    try:
        return data.decode("gb18030" if label in GB_LABELS else label.decode(), errors="replace")
    except LookupError:
        return None


def _note_targets(root: object, spec: _Spec) -> set[str]:
    """The ids the text's note markers link to (`<sup><a href="#fn3">[3]</a></sup>`): where the
    page keeps its notes, whatever element holds them (an `<aside>`, a block named like a sidebar)."""
    return {a.get("href")[1:] for a in root.iter("a")  # type: ignore[attr-defined]
            if a.get("href", "").startswith("#") and spec.note_link.fullmatch(a.text_content())}


def read_html(path: Path) -> str:
    """The page's text, a line per block."""
    import lxml.etree
    import lxml.html

    try:
        data = path.read_bytes()
        page, archived = _archived_page(data) if path.suffix.lower() in (".mht", ".mhtml") else (data, b"")
        root = lxml.html.fromstring(_page_text(page, archived))
    except (lxml.etree.ParserError, ValueError) as exc:
        raise InputError(f"unreadable HTML: {exc}") from None
    except OSError as exc:
        raise InputError(f"unreadable: {exc.strerror or exc}") from None
    spec = _spec()
    for element in list(root.iter()):
        if not isinstance(element.tag, str):  # comments, processing instructions
            element.drop_tree() if element.getparent() is not None else None
    page = _chinese(root.text_content())
    notes = _note_targets(root, spec)
    for element in list(root.iter()):
        if element.getparent() is None:
            continue
        names = f"{element.get('class', '')} {element.get('id', '')}"
        link = element.tag == "a" and (spec.dropped_links.fullmatch(element.text_content())
                                       or element.get("href", "").startswith("javascript:"))
        dropped = element.tag in spec.dropped or (
            spec.furniture.search(names) and _chinese(element.text_content()) < spec.furniture_max_share * page)
        if link or dropped and not any(inner.get("id") in notes for inner in element.iter()):  # <aside> of notes
            element.drop_tree()
    lines: list[str] = []
    current: list[str] = []
    item_number: list[str] = []  # an ordered list's item number not yet followed by its text

    def flush() -> None:
        text = re.sub(r"[ \t\r\n]+", " ", "".join(current)).strip()
        if item_number and text == item_number[0].strip():
            return  # `<li><p>…`: the number goes on the line of the item's first block
        if text:
            lines.append(text)
        current.clear()
        item_number.clear()

    def walk(element: object, number: int | None = None) -> None:
        tag = element.tag  # type: ignore[attr-defined]
        if tag in spec.blocks or tag == "br":
            flush()
        if number is not None:
            item_number[:] = [f"{number}. "]
            current.append(item_number[0])
        if tag == "sup" and spec.sup_marker.fullmatch(marker := element.text_content().strip()):  # type: ignore[attr-defined]
            current.append(marker.translate(SUPERSCRIPT_DIGITS))
            return
        current.append(element.text or "")  # type: ignore[attr-defined]
        items = 0
        for child in element:  # type: ignore[attr-defined]
            if tag == "ol" and child.tag == "li":
                items += 1
                walk(child, int(element.get("start", "1")) + items - 1)  # type: ignore[attr-defined]
            else:
                walk(child)
            current.append(child.tail or "")
        if tag in spec.blocks:
            flush()
        if number is not None and item_number:  # an item with no text: no line of its number alone
            current.clear()
            item_number.clear()

    body = root.find("body")
    walk(body if body is not None else root)
    flush()
    if not any(CHINESE.search(line) for line in lines):
        raise InputError("HTML page without Chinese text: no article in it")
    return "\n".join(lines) + "\n"
