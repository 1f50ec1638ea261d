"""Note lines of a real OCR text (the held-out h10: a journal article printed, scanned and read
by Tesseract), where OCR left a note's number as debris (`@ `, `@@ `) and set a running header
among the notes: each note line is a note's, the header is furniture."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from pipeline.document import Document
from pipeline.stages.layout import analyze
from pipeline.stages.layout.model import load

H10 = Path(__file__).parents[2] / "data" / "heldout" / "h10" / "h10_c04843d7.txt"


@cache
def _h10() -> Document:
    doc = Document(doc_id="h10", path=H10, raw=H10.read_text(encoding="utf-8"))
    analyze(doc, load())
    return doc


def _line(opening: str) -> int:
    """The number of the line that opens so."""
    return next(ln.no for ln in _h10().lines if ln.stripped.startswith(opening))


@pytest.mark.parametrize(("opening", "note"), [
    # the only note of a short page, under a heading and a paragraph
    ("@ 田桓主编: 《战后中日关系文献集 (1971一1995) 》，第240", "田桓主编：《战后中日关系文献集 (1971—1995) 》，第240—242页。"),
    # a note of two lines, on the article's first page
    ("@ 《中日联合声明》第一条", "《中日联合声明》第一条规定："),
])
def test_a_line_opening_with_a_notes_number_left_as_debris_opens_that_note(opening: str, note: str) -> None:
    no = _line(opening)
    opened = [n for n in _h10().notes if n.lines[0] == no]
    assert len(opened) == 1 and opened[0].text.text.startswith(note)


def test_a_running_header_set_among_the_notes_is_furniture() -> None:
    header = _line("135  ")
    assert _h10().lines[header - 1].kind == "header"
    page = next(p for p in _h10().pages if p.label == "134")
    assert [n.text.text[-10:] for n in page.notes] == [
        "pp. 40-42.", "976年，第61页。", "第120—128页。", "04年，第203页。"]


def test_a_pages_last_note_apart_from_the_others_stays_on_its_page() -> None:
    """`@@ 朝日新闻!…`, the rules' body, stood on a page of its own and split page 129 in two;
    now page 129's third and last note (its three calls found)."""
    line = _h10().lines[_line("@@ 朝日新闻!") - 1]
    page = next(p for p in _h10().pages if p.label == "129")
    assert line.kind == "note" and line.no in page.lines and line.no == page.notes[-1].lines[-1]
    assert len(page.notes) == 3 and page.notes[-1].lines == [line.no]
