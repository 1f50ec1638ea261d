"""The page marks of the OCR route: calls and notes' numbers found on the page image of a
source the model never saw (f02, the layout's held-out source), written into Tesseract's
reading where they stand; the model rebuilds byte for byte."""

from __future__ import annotations

import json
import random
import re
import shutil
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from typer.testing import CliRunner

from pipeline.app.cli import app
from pipeline.stages.ingest import raised
from pipeline.stages.ingest.raised_train import DEFAULT_DATA, HELD_OUT


@pytest.fixture(scope="module")
def f02() -> Any:
    """f02 typeset in look 7 (circled notes restarting per page, as test_pdf's scan)."""
    try:
        import weasyprint  # noqa: F401
    except (ImportError, OSError) as exc:  # OSError: Pango missing from the system
        pytest.skip(f"WeasyPrint cannot run here: {exc}")
    from tools.factory.source import all_sources
    from tools.factory.typeset import Style, render

    return render(next(s for s in all_sources() if s["id"] == "f02"), Style.draw(random.Random(7)))


def _pixels(page: object) -> np.ndarray:
    image = page.render(scale=200 / 72, grayscale=True).to_numpy()  # type: ignore[attr-defined]
    return image.reshape(image.shape[0], image.shape[1])


def test_f02_is_held_out_of_the_marks_model() -> None:
    trained_on = json.loads(raised.MODEL_FILE.read_text(encoding="utf-8"))["trained_on"]["sources"]
    assert "f02" in HELD_OUT and "f02" not in trained_on and len(trained_on) == 11


def test_calls_and_numbers_found_where_the_text_layer_prints_them(f02: Any) -> None:
    """Every page of f02: the clusters taken for calls and notes' numbers against the boxes of
    the text layer's ①② in the body and of the numbers opening its notes (the factory's labels)."""
    import pypdfium2 as pdfium

    from pipeline.stages.ingest.pdf import read_pdf
    from tools.factory.label import label_lines
    from tools.factory.raised import _pixels as pixel_boxes
    from tools.factory.raised import text_layer_marks

    read = read_pdf(f02.pdf)
    printed = text_layer_marks(read.raw, read.boxes, label_lines(read.raw, f02.segments))
    model = raised.load()
    counts = np.zeros(6, dtype=int)  # calls printed, found, right; numbers printed, found, right
    for n, page in enumerate(pdfium.PdfDocument(f02.pdf), 1):
        height = page.get_size()[1]
        for offset, found, kind in zip((0, 3), model.find(_pixels(page)), ("call", "note_number")):
            truth = pixel_boxes(printed[kind].get(n, []), height)
            right = sum(any(c.left < r and l < c.right and c.top < b and t < c.bottom for l, t, r, b in truth)
                        for c in found)
            counts[offset : offset + 3] += (len(truth), len(found), right)
    assert counts.tolist() == [27, 27, 27, 29, 29, 29]  # every call and every number found, nothing else


@pytest.mark.skipif(shutil.which("tesseract") is None, reason="Tesseract is not installed (.ci/run installs it)")
def test_the_marks_are_written_into_tesseracts_reading(f02: Any) -> None:
    """Page 3 of f02: alone, Tesseract drops the first of its five calls and reads the others as
    `包`, `@@`, `@` and `@`, and reads the notes' ① as `@`, `@D` or nothing; with the marks, the
    calls stand where they are printed, counted ¹…⁵ (the first before the full stop it follows,
    which Tesseract's character boxes place after it), and the notes open with 1…5."""
    import pypdfium2 as pdfium

    from pipeline.stages.ingest.pdf import _ocr_page

    text, _, written = _ocr_page(pdfium.PdfDocument(f02.pdf)[2], 3)
    assert written == 5
    calls = [(text[m.start() - 3 : m.start()].replace("\n", ""), m.group(0)) for m in re.finditer("[¹²³⁴⁵]", text)]
    assert calls == [("的内政", "¹"), ("状。", "²"), ("伤亡。", "³"), ("明显。", "⁴"), ("会谈。", "⁵")]
    notes = [line[:6] for line in text.split("\n") if re.match(r"[1-9] ", line)]
    assert notes == ["1 Mini", "2 《周恩来", "3 ”关于朗", "4 Stev", "5 同上。"]


def test_the_model_rebuilds_byte_for_byte(tmp_path: Path) -> None:
    out = tmp_path / "raised_markers.json"
    result = CliRunner().invoke(app, ["train", "raised-markers", "--data", str(DEFAULT_DATA), "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert out.read_bytes() == raised.MODEL_FILE.read_bytes()
    assert "calls, leave one source out" in result.output and "note_numbers, leave one source out" in result.output
