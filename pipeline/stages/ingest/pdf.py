"""A PDF's text layer, read with pypdfium2 (PDFium; Apache-2.0/BSD, unlike PyMuPDF's AGPL).

The raw text is each page's text as PDFium orders it, pages separated by a blank line (as
the layout model's training renderings have them, `tools/factory/extract.py`); every raw
character keeps its page and its box in PDF points, so records can point into the page.
"""

from __future__ import annotations

from pathlib import Path

from .errors import InputError

MAX_PAGES = 500  # a journal article has tens of pages; a whole volume is not one article
PAGE_BREAK = "\n\n"
Box = tuple[int, float, float, float, float]  # 1-based page, left, bottom, right, top (points)


def read_pdf(path: Path) -> tuple[str, list[Box | None]]:
    """The text layer and each character's page and box (None for the breaks between pages)."""
    import pypdfium2 as pdfium

    try:
        document = pdfium.PdfDocument(path)
    except pdfium.PdfiumError as exc:
        message = str(exc)
        if "password" in message.lower():
            raise InputError("encrypted PDF: it needs a password") from None
        raise InputError(f"unreadable PDF: {message}") from None
    with document:
        if len(document) == 0:
            raise InputError("PDF with no pages")
        if len(document) > MAX_PAGES:
            raise InputError(f"PDF of {len(document)} pages: more than one article (limit {MAX_PAGES})")
        pieces: list[str] = []
        boxes: list[Box | None] = []
        for number, page in enumerate(document, 1):
            if pieces:
                pieces.append(PAGE_BREAK)
                boxes.extend([None] * len(PAGE_BREAK))
            text, page_boxes = _page_text(page, number)
            pieces.append(text)
            boxes.extend(page_boxes)
    raw = "".join(pieces)
    if not raw.strip():
        raise InputError("PDF without a text layer (a scan): OCR is not supported yet")
    return raw, boxes


def _page_text(page: object, number: int) -> tuple[str, list[Box | None]]:
    """One page's characters, `\\r\\n` read as one newline; generated characters have no box."""
    textpage = page.get_textpage()  # type: ignore[attr-defined]
    text = textpage.get_text_range()
    chars: list[str] = []
    boxes: list[Box | None] = []
    for i, ch in enumerate(text):
        if ch == "\r":
            continue
        chars.append(ch)
        boxes.append(None if ch in "\n" else (number, *textpage.get_charbox(i)))
    return "".join(chars), boxes
