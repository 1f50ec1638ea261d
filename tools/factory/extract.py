"""Turn a PDF back into text the ways users do; each way brings its own damage.

poppler's pdftotext (reading order, `-layout`, `-raw`), pdfminer.six, pypdfium2, and OCR of
the rasterized pages with Tesseract `chi_sim`. Page breaks come out as form feeds; users'
copies mostly lose them, so they are turned into blank lines, as the corpus has them.
"""

from __future__ import annotations

import io
import os
import subprocess
import tempfile
from pathlib import Path

TEXT_LAYER = ("pdftotext", "pdftotext-layout", "pdftotext-raw", "pdfminer", "pypdfium2")
# OCR's extractors and the resolution each scans at (300 dpi: raised calls come out as `[20`, `B21` more than as `m`)
OCR_DPI = {"tesseract": 200, "tesseract-300": 300}


def extract(pdf: bytes, how: str) -> str:
    """The text `how` gets from the PDF, page breaks as blank lines."""
    if how.startswith("pdftotext"):
        flag = how.removeprefix("pdftotext").lstrip("-")
        args = ["pdftotext", *([f"-{flag}"] if flag else []), "-enc", "UTF-8", "-", "-"]
        text = subprocess.run(args, input=pdf, capture_output=True, check=True).stdout.decode("utf-8")
    elif how == "pdfminer":
        from pdfminer.high_level import extract_text

        text = extract_text(io.BytesIO(pdf))
    elif how == "pypdfium2":
        import pypdfium2 as pdfium

        document = pdfium.PdfDocument(pdf)
        text = "\f".join(page.get_textpage().get_text_range().replace("\r\n", "\n") for page in document)
    elif how in OCR_DPI:
        text = _tesseract(pdf, OCR_DPI[how])
    else:
        raise ValueError(f"unknown extractor {how!r}")
    return text.replace("\f", "\n\n")


def _tesseract(pdf: bytes, dpi: int) -> str:
    """OCR each page at `dpi`, one thread (OMP_THREAD_LIMIT=1: two cores run two at once)."""
    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}
    with tempfile.TemporaryDirectory() as tmp:
        Path(tmp, "in.pdf").write_bytes(pdf)
        subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", "in.pdf", "p"], cwd=tmp, check=True)
        pages = []
        for image in sorted(Path(tmp).glob("p*.png")):
            out = subprocess.run(["tesseract", str(image), "-", "-l", "chi_sim", "--psm", "3"],
                                 capture_output=True, check=True, env=env)
            pages.append(out.stdout.decode("utf-8"))
    return "\f".join(pages)
