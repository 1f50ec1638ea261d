"""Markers the extraction moved: factory renderings (real typesetting, real extraction) whose
claims each lost their note before, read with the shipped model, pair with the clean source's
note. (A body line that looks like a note beside the page's notes, read as one from the model's
0.7: test_layout_damage's c01 with its note numbers lost; flattened superscripts read on a page
whose notes were cut in too many pieces: f06's floor in annotations/factory/ratchet.json.)"""

from __future__ import annotations

import gzip
import json
from functools import cache
from typing import Any

import pytest

from pipeline.stages.layout.model import load
from pipeline.stages.layout.rules import _opens_with_marker, marker_pattern
from pipeline.stages.layout.train import DEFAULT_DATA, printed_lines
from tools.factory.measure import _same_note, claim_notes


@cache
def _rendering(source: str, extractor: str, style: int) -> dict[str, Any]:
    with gzip.open(DEFAULT_DATA, "rt", encoding="utf-8") as lines:
        return next(item for item in map(json.loads, lines)
                    if (item["source"], item["extractor"], item["style"]) == (source, extractor, style))


@pytest.mark.parametrize(("rendering", "claim", "note"), [
    # `抓手之一。` / `[9]2004年5月…`: the marker wrapped to the next line is the sentence's
    (("c02", "pypdfium2", 496370), ("1999-11", "1999年11月", 0), "熊炜。德国对华政策的经济逻辑[J]."),
    (("c02", "pypdfium2", 496370), ("2022-02-27", "2022年2月27日", 0), "SCHOLZO.Regierungserklärung"),
    # entry [1] printed above 参考文献 made page 4's [34]–[43] footnotes of that page
    (("c05", "pdfminer", 525201), ("1995-08", "1995年8月", 0), "“TheASEANRegionalForum:AConceptPaper,”"),
])
def test_a_claim_keeps_its_note_where_the_extraction_moved_its_marker(
    rendering: tuple[str, str, int], claim: tuple[str, str, int], note: str
) -> None:
    item = _rendering(*rendering)
    got = claim_notes(item["text"], load(), printed_lines(item))
    assert (got[claim] or "").startswith(note)


@pytest.mark.parametrize("claim", [("2015-04-24", "2015年4月24日", 0), ("2020-03-05", "2020年3月5日", 0),
                                   ("2022-03-09", "3月9日", 0), ("2035", "2035年", 1)])
def test_notes_that_lost_their_numbers_are_cut_where_they_fit_their_markers(claim: tuple[str, str, int]) -> None:
    """f06 through `pdftotext -raw`, note numbers lost: a page's five notes, where a note's full
    last line ends with 。 and the next line opens as a note might (`对这一概念的批判性讨论，参见…`),
    two cuts the model finds as likely; the one whose notes fit the sentences their markers end
    gives each claim the clean source's whole note, not two notes run together."""
    item = _rendering("f06", "pdftotext-raw", 534841)
    clean = claim_notes(_rendering("f06", "web", 0)["text"], None)
    got = claim_notes(item["text"], load(), printed_lines(item))
    assert clean[claim] and _same_note(clean[claim], got[claim])


@pytest.mark.parametrize(("style", "line", "goes_on"), [
    ("circled", "[9]2004年5月，温家宝总理访问德国", True),  # an endnote call wrapped from the line before
    ("circled", "[7]", True),
    ("circled", "①此后，双方又于同年11月召开高官会议", True),
    ("circled", "⑴海上执法的范围；", False),  # a list item: ⑴ is no marker of a document citing with ①
    ("superscript", "⁴:⁵     、", False),  # OCR's debris read as calls, before punctuation
    ("circled", "2004年5月，温家宝总理访问德国", False),
])
def test_a_line_opening_with_the_documents_marker_goes_on_with_the_paragraph(style: str, line: str,
                                                                             goes_on: bool) -> None:
    assert _opens_with_marker(line, marker_pattern(style)) is goes_on
