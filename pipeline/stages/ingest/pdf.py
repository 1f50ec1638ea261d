"""A PDF's text, read with pypdfium2 (PDFium; Apache-2.0/BSD, unlike PyMuPDF's AGPL).

The raw text is each page's text as PDFium orders it, pages separated by a blank line (as
the layout model's training renderings have them, `tools/factory/extract.py`); every raw
character keeps its page and its box in PDF points, so records can point into the page. A
page without a text layer (a scan) is read by OCR instead: rendered at `OCR_DPI` and read by
Tesseract `chi_sim` (Debian's `tesseract-ocr-chi-sim`), its characters without boxes. Each
character's type size and each page's horizontal rules (the short line above the footnotes, a
header's underline) are kept for the layout's geometry features (`layout.geometry`). `ocr` says
when: `auto` (pages without a text layer), `always` (every page: a text layer that is
garbage, as when a font had no Unicode map) or `never`. A page image (PNG, JPEG, TIFF: a
scan saved as pictures) is read by the same OCR.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np

from pipeline.resources import MODELS

from . import raised
from .errors import InputError

MAX_PAGES = 500  # a journal article has tens of pages; a whole volume is not one article
PAGE_BREAK = "\n\n"
OCR_DPI = 200  # the factory's OCR renderings were read at this resolution
OCR_ENGINE = "tesseract chi_sim"
SPEC_FILE = MODELS / "ingest" / "pdf.json"
SUPERSCRIPT_DIGITS = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
Box = tuple[int, float, float, float, float]  # 1-based page, left, bottom, right, top (points)
Rule = tuple[int, float]  # 1-based page, height of a horizontal rule (points from the page's foot)
MIN_RULE_WIDTH = 30.0  # points: a drawn path this wide is a rule (a bullet or a glyph's piece is not)


@dataclass(frozen=True)
class OcrLine:
    """A line Tesseract read, with its words' mean confidence (0–100) and the lowest one."""

    page: int
    text: str
    confidence: float
    lowest: float


@dataclass
class PdfText:
    """What a PDF gives: the text, each character's page and box (None for page breaks and OCR
    text) and type size (0.0 where none), the pages' horizontal rules, and what OCR read
    (`_ocr_summary`; empty where no page was read by OCR)."""

    raw: str
    boxes: list[Box | None]
    sizes: list[float]
    rules: list[Rule]
    ocr: dict[str, Any]


OCR_MODES = ("auto", "always", "never")


def read_pdf(path: Path | bytes, ocr: str = "auto") -> PdfText:
    """A PDF file (or its bytes) read page by page: the text layer, or OCR where a page has
    none (`ocr`: `OCR_MODES`)."""
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
        sizes: list[float] = []
        rules: list[Rule] = []
        read: list[OcrLine] = []
        scanned: list[int] = []
        markers = 0
        for number, page in enumerate(document, 1):
            if pieces:
                pieces.append(PAGE_BREAK)
                boxes.extend([None] * len(PAGE_BREAK))
                sizes.extend([0.0] * len(PAGE_BREAK))
            text, page_boxes, page_sizes = _page_text(page, number) if ocr != "always" else ("", [], [])
            if not text.strip():
                if ocr == "never":
                    raise InputError(f"PDF page {number} has no text layer (a scan) and OCR is off (ingest.ocr=never)")
                text, lines, found = _ocr_page(page, number)
                page_boxes, page_sizes = [None] * len(text), [0.0] * len(text)
                read.extend(lines)
                markers += found
                scanned.append(number)
            else:
                rules.extend((number, height) for height in _rules(page))
            pieces.append(text)
            boxes.extend(page_boxes)
            sizes.extend(page_sizes)
    raw = "".join(pieces)
    if not raw.strip():
        raise InputError("PDF with no text: neither a text layer nor any characters OCR could read")
    return PdfText(raw, boxes, sizes, rules, _ocr_summary(read, scanned, markers) if scanned else {})


def _ocr_summary(lines: list[OcrLine], pages: list[int], markers: int) -> dict[str, Any]:
    """What a document record says of its OCR: engine, pages, the mean confidence of its lines
    (weighted by their characters), the note markers found on the page images (`raised`) and
    the lines below `ocr_low_confidence` (models/ingest/pdf.json), which `claims inspect` lists."""
    low = _spec()["ocr_low_confidence"]
    weights = [len(line.text) for line in lines]
    mean = sum(line.confidence * w for line, w in zip(lines, weights)) / sum(weights) if sum(weights) else 0.0
    return {"engine": OCR_ENGINE, "pages": pages, "confidence": round(mean, 1), "markers_by_shape": markers,
            "low_confidence": [{"page": line.page, "text": line.text, "confidence": round(line.confidence, 1),
                                "lowest": round(line.lowest, 1)} for line in lines if line.confidence < low]}


def read_image(path: Path) -> tuple[str, dict[str, Any]]:
    """A page image (or a multi-page TIFF) read by OCR: the text, pages a blank line apart, and
    what OCR read."""
    from PIL import Image, ImageSequence

    try:
        with Image.open(path) as image:
            pixels = [np.asarray(frame.convert("L")) for frame in ImageSequence.Iterator(image)]
    except OSError as exc:
        raise InputError(f"unreadable image: {exc}") from None
    text, lines, markers = _ocr_file(path, 1, pixels)
    if not text.strip():
        raise InputError("image with no text OCR could read")
    pages = sorted({line.page for line in lines}) or [1]
    return text, _ocr_summary(lines, pages, markers)


def _ocr_page(page: object, number: int) -> tuple[str, list[OcrLine], int]:
    """One PDF page rendered in grey at `OCR_DPI` and read by Tesseract."""
    pixels = page.render(scale=OCR_DPI / 72, grayscale=True).to_numpy()  # type: ignore[attr-defined]
    height, width = pixels.shape[:2]
    pixels = pixels.reshape(height, width)
    with tempfile.TemporaryDirectory() as tmp:
        image = Path(tmp, "page.pgm")
        image.write_bytes(b"P5\n%d %d\n255\n" % (width, height) + pixels.tobytes())
        return _ocr_file(image, number, [pixels])


def _ocr_file(image: Path, number: int, pixels: list[np.ndarray]) -> tuple[str, list[OcrLine], int]:
    """An image file read by Tesseract (one thread: workers run side by side): its text, its
    lines with their confidences (Tesseract's TSV output of the same reading), and how many
    note markers were found on the pages' `pixels` and written into the text (`raised`); the
    pages of a multi-page file are numbered on from `number`."""
    if shutil.which("tesseract") is None:
        raise InputError("a scan (no text layer): OCR needs Tesseract with chi_sim "
                         "(Debian: apt install tesseract-ocr tesseract-ocr-chi-sim)")
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp, "page")
        done = subprocess.run(["tesseract", str(image), str(out), "-l", "chi_sim", "--psm", "3",
                               "-c", "hocr_char_boxes=1", "txt", "tsv", "hocr"],
                              capture_output=True, env={**os.environ, "OMP_THREAD_LIMIT": "1"}, check=False)
        if done.returncode != 0:
            raise InputError(f"OCR failed: {done.stderr.decode('utf-8', 'replace').strip().splitlines()[-1:]}")
        pages = out.with_suffix(".txt").read_text(encoding="utf-8").rstrip("\n\f").split("\f")
        tsv = out.with_suffix(".tsv").read_text(encoding="utf-8")
        read = raised.hocr_lines(out.with_suffix(".hocr").read_text(encoding="utf-8"))
    model, found = raised.load(), 0
    for k, image_pixels in enumerate(pixels[: len(pages)]):
        calls, numbers = model.find(image_pixels)
        pages[k], written = raised.write_marks(pages[k], read.get(k + 1, []), calls, numbers)
        found += written
    text = PAGE_BREAK.join(page.strip("\n") for page in pages)
    return text, _tsv_lines(tsv, number), found


def _tsv_lines(tsv: str, first_page: int) -> list[OcrLine]:
    """Tesseract's words (TSV level 5) grouped into their lines: text and confidences."""
    words: dict[tuple[str, str, str, str], list[tuple[str, float]]] = {}
    for row in tsv.splitlines()[1:]:
        cells = row.split("\t")
        if len(cells) == 12 and cells[0] == "5" and cells[11].strip():
            words.setdefault((cells[1], cells[2], cells[3], cells[4]), []).append((cells[11], float(cells[10])))
    return [OcrLine(first_page + int(key[0]) - 1, "".join(w for w, _ in line), sum(c for _, c in line) / len(line),
                    min(c for _, c in line)) for key, line in words.items()]


def _page_text(page: object, number: int) -> tuple[str, list[Box | None], list[float]]:
    """One page's characters, `\\r\\n` read as one newline; generated characters have no box
    and no size.
    Digits set in type much smaller than the character before them (物资¹) are superscript
    note markers, which a text layer gives as plain digits: they are read as `¹`."""
    import pypdfium2.raw as pdfium_c

    textpage = page.get_textpage()  # type: ignore[attr-defined]
    text = textpage.get_text_range()
    sizes = [pdfium_c.FPDFText_GetFontSize(textpage.raw, i) for i in range(len(text))]
    raised = _superscript_digits(text, sizes)
    chars: list[str] = []
    boxes: list[Box | None] = []
    kept_sizes: list[float] = []
    for i, ch in enumerate(text):
        if ch == "\r":
            continue
        chars.append(ch.translate(SUPERSCRIPT_DIGITS) if i in raised else ch)
        boxes.append(None if ch in "\n" else (number, *textpage.get_charbox(i)))
        kept_sizes.append(sizes[i] if sizes[i] > 1.0 and ch != "\n" else 0.0)
    return "".join(chars), boxes, kept_sizes


def _rules(page: object) -> list[float]:
    """Heights of the horizontal edges of the page's drawn paths at least `MIN_RULE_WIDTH` wide:
    a rule is a thin path, and a border may be drawn as a frame whose top edge is the rule, so
    both edges of each path count."""
    import pypdfium2.raw as pdfium_c

    heights: set[float] = set()
    for path in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_PATH], max_depth=4):  # type: ignore[attr-defined]
        left, bottom, right, top = path.get_bounds()
        if right - left >= MIN_RULE_WIDTH:
            heights.update((round(bottom, 1), round(top, 1)))
    return sorted(heights)


def _superscript_digits(text: str, sizes: list[float]) -> set[int]:
    """Indices of digits at most `superscript_size` times the size of the last character
    before them that is no digit, no space and no generated line break."""
    ratio = _spec()["superscript_size"]
    raised: set[int] = set()
    reference = 0.0
    for i, ch in enumerate(text):
        if ch.isdigit() and ch.isascii():
            if reference and sizes[i] <= ratio * reference:
                raised.add(i)
        elif not ch.isspace() and sizes[i] > 1.0:  # PDFium gives generated characters size 1
            reference = sizes[i]
    return raised


@cache
def _spec() -> dict[str, float]:
    spec = json.loads(SPEC_FILE.read_text(encoding="utf-8"))
    return {k: v for k, v in spec.items() if not k.startswith("_")}
