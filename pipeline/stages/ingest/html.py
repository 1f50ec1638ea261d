"""A journal web page's text, as a reader copying it from the browser gets it (parsed with lxml).

Each block element (paragraph, heading, list item, table row) becomes one line, as the web
copies the layout stage reads (a line per paragraph); scripts, styles, forms and the page's
navigation, share, related-article and footer blocks are dropped, by element and by the
class and id names of models/ingest/html.json. What is left of the site's furniture (a
publish time, a "来源" line) the layout reads as furniture, as it does in a web copy. A
`<sup>` note marker in digits becomes superscript digits (`<sup>3</sup>` → `³`), so a page
of `<sup>` markers reads like a superscript article; circled and bracketed markers are kept
as printed. An ordered list's items carry the numbers the browser shows (`1. …`).
"""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path

from pipeline.resources import MODELS

from .errors import InputError
from .pdf import SUPERSCRIPT_DIGITS

SPEC_FILE = MODELS / "ingest" / "html.json"


@cache
def _spec() -> tuple[frozenset[str], frozenset[str], re.Pattern[str], re.Pattern[str]]:
    spec = json.loads(SPEC_FILE.read_text(encoding="utf-8"))
    return (frozenset(spec["dropped_elements"]), frozenset(spec["block_elements"]),
            re.compile(spec["furniture_names"], re.I), re.compile(spec["sup_marker"]))


def read_html(path: Path) -> str:
    """The page's text, a line per block."""
    import lxml.etree
    import lxml.html

    try:
        root = lxml.html.fromstring(path.read_bytes())
    except (lxml.etree.ParserError, ValueError) as exc:
        raise InputError(f"unreadable HTML: {exc}") from None
    except OSError as exc:
        raise InputError(f"unreadable: {exc.strerror or exc}") from None
    dropped, blocks, furniture, sup_marker = _spec()
    for element in list(root.iter()):
        if not isinstance(element.tag, str):  # comments, processing instructions
            element.drop_tree() if element.getparent() is not None else None
            continue
        names = f"{element.get('class', '')} {element.get('id', '')}"
        if element.getparent() is not None and (element.tag in dropped or furniture.search(names)):
            element.drop_tree()
    lines: list[str] = []
    current: list[str] = []

    def flush() -> None:
        text = re.sub(r"[ \t\r\n]+", " ", "".join(current)).strip()
        if text:
            lines.append(text)
        current.clear()

    def walk(element: object, number: int | None = None) -> None:
        tag = element.tag  # type: ignore[attr-defined]
        if tag in blocks or tag == "br":
            flush()
        if number is not None:
            current.append(f"{number}. ")
        text = element.text or ""  # type: ignore[attr-defined]
        if tag == "sup" and sup_marker.fullmatch(text.strip()):
            text = text.strip().translate(SUPERSCRIPT_DIGITS)
        current.append(text)
        items = 0
        for child in element:  # type: ignore[attr-defined]
            if tag == "ol" and child.tag == "li":
                items += 1
                walk(child, int(element.get("start", "1")) + items - 1)  # type: ignore[attr-defined]
            else:
                walk(child)
            current.append(child.tail or "")
        if tag in blocks:
            flush()

    body = root.find("body")
    walk(body if body is not None else root)
    flush()
    if not any(re.search(r"[\u4e00-\u9fff]", line) for line in lines):
        raise InputError("HTML page without Chinese text: no article in it")
    return "\n".join(lines) + "\n"
