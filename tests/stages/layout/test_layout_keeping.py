"""What `pdftotext -layout` prints around a page's text, on the held-out articles h11 and h15:
running titles spaced from their folios by a run of spaces (longer than a running title as
written, shorter once the run reads as one space), and footnotes that lost their numbers but
keep the indent of their first line."""

from __future__ import annotations

from functools import cache

import pytest

from pipeline import process
from pipeline.document import Document, Line
from pipeline.engine import Config
from pipeline.stages.layout.notes import indented_openings
from tests.conftest import ROOT

HELD_OUT = ROOT / "tests" / "data" / "heldout"


@cache
def _layout(name: str) -> Document:
    path = next((HELD_OUT / name).glob(f"{name}_*.txt"))
    return process(path, Config.load(overrides=["stages=layout"]))


@pytest.mark.parametrize(("name", "title", "lines"), [
    ("h15", "闻启航  邹明岚：美苏（俄）战略军控的演进与中国的立场（1963—2021）", [94, 185, 277, 376]),
    ("h15", "国际战略与外交史  2022 年第 3 期", [45, 138, 326, 423]),
    ("h11", "贾闻舟 韦思岚：阿以冲突与中东和平进程的演变（1967—2020）", [90, 185, 278, 374, 469]),
])
def test_running_titles_spaced_from_their_folios_are_furniture(name: str, title: str, lines: list[int]) -> None:
    doc = _layout(name)
    assert [ln.no for ln in doc.lines if title in ln.text and ln.kind == "header"] == lines
    assert title.replace(" ", "") not in doc.body.text.replace(" ", "")


@pytest.mark.parametrize(("label", "openings"), [("50", [173, 177, 180, 182]), ("55", [411, 414, 416, 418, 421])])
def test_notes_that_lost_their_numbers_open_at_their_indented_lines(label: str, openings: list[int]) -> None:
    page = next(p for p in _layout("h15").pages if p.label == label)
    assert [note.lines[0] for note in page.notes] == openings
    assert all(note.number is None for note in page.notes)


def _lines(texts: list[str]) -> list[Line]:
    return [Line(no, 0, len(text), text) for no, text in enumerate(texts, 1)]


@pytest.mark.parametrize(("texts", "expected"), [
    # indented first lines, flush wrapped lines: each indented line opens a note
    (["      Burr, “Sino-American", "Steps towards", "      Kissinger, White House", "Boston"],
     ["note_start", "note_cont", "note_start", "note_cont"]),
    # a hanging indent (the wrapped lines indented deeper) tells nothing
    (["    1 Burr, “Sino-American", "      Steps towards", "    2 Kissinger"], [None, None, None]),
    # every line flush: nothing
    (["Burr, “Sino-American", "Steps towards"], [None, None]),
    # the run must open indented (a carried note's flush lines first: nothing told)
    (["Steps towards", "      Kissinger, White House", "Boston"], [None, None, None]),
])
def test_indentation_tells_note_openings(texts: list[str], expected: list[str | None]) -> None:
    lines = _lines(texts)
    told = indented_openings(lines, {ln.no: "note_cont" for ln in lines})
    assert [told.get(ln.no) for ln in lines] == expected
