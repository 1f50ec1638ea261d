"""Ingest: an article file (text, PDF text layer, web page) read into the raw text that every
offset points into.

A `.txt` file is its own raw text (`text`). For a PDF (`pdf`), a web page or web archive
(`html`) or a page image (`image`, read by OCR), "the raw file as read" is the text extracted
from it: `claims run` writes it out beside its output, named by `doc_id`, and PDF records carry
each span's page and box from the character boxes kept here.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import InputError
from .html import read_html
from .pdf import OCR_ENGINE, OCR_MODES, Box, Rule, read_image, read_pdf
from .text import MAX_BYTES, read_raw

__all__ = ["OCR_ENGINE", "OCR_MODES", "Box", "Rule", "InputError", "SUFFIXES", "Source", "read_raw", "read_source"]
KINDS = {".txt": "text", ".pdf": "pdf", ".html": "html", ".htm": "html", ".mht": "html", ".mhtml": "html",
         ".png": "image", ".jpg": "image", ".jpeg": "image", ".tif": "image", ".tiff": "image"}
SUFFIXES = tuple(KINDS)  # what a folder is searched for


@dataclass
class Source:
    raw: str
    encoding: str  # the text file's encoding; "utf-8" for the text extracted from a PDF or web page
    kind: str = "text"  # text | pdf | html | image
    boxes: list[Box | None] = field(default_factory=list)  # PDF: each raw character's page and box
    sizes: list[float] = field(default_factory=list)  # PDF: each raw character's type size (0.0: none)
    rules: list[Rule] = field(default_factory=list)  # PDF: the pages' horizontal rules
    ocr: dict[str, Any] = field(default_factory=dict)  # scanned pages or images: engine, pages, confidences (pdf._ocr_summary)


def read_source(path: Path, ocr: str = "auto") -> Source:
    """The raw text of a file of any kind the pipeline reads; `InputError` says why not. `ocr`
    (`OCR_MODES`) says which PDF pages OCR reads: those without a text layer, all, or none."""
    kind = KINDS.get(path.suffix.lower(), "text")
    if kind != "text":
        try:
            size = path.stat().st_size
        except OSError as exc:
            raise InputError(f"unreadable: {exc.strerror or exc}") from None
        if size > 10 * MAX_BYTES:
            raise InputError(f"too large for one article: {size / 2**20:.1f} MB")
        if not size:
            raise InputError("empty file")
    if kind == "pdf":
        pdf = read_pdf(path, ocr)
        return Source(pdf.raw, "utf-8", kind, pdf.boxes, pdf.sizes, pdf.rules, pdf.ocr)
    if kind == "image":
        if ocr == "never":
            raise InputError("a page image is read by OCR, and OCR is off (ingest.ocr=never)")
        raw, read = read_image(path)
        return Source(raw, "utf-8", kind, ocr=read)
    if kind == "html":
        return Source(read_html(path), "utf-8", kind)
    raw, encoding = read_raw(path)
    return Source(raw, encoding)
