"""A `[n]` reference list as Tesseract reads it: entry numbers misread (`[DGADDIS…` for `[1] GADDIS…`,
`00]`, `0]`, `[2]` for [12], `[1L4]`), a running title and its folio `一90 一` spaced out between
entries. The list is found, its entries keep the numbers their neighbours tell, and the body's
`[n]` markers pair with them."""

from __future__ import annotations

import gzip
import json
from functools import cache
from pathlib import Path

import pytest

from pipeline.document import Document, Note
from pipeline.mapped import MappedText
from pipeline.stages.layout import analyze, load_patterns
from pipeline.stages.layout.rules import _renumbered
from pipeline.stages.layout.train import DEFAULT_DATA, printed_lines
from tools.factory.measure import claim_notes, compare


@cache
def _f07(extractor: str) -> dict:
    return next(i for i in map(json.loads, gzip.open(DEFAULT_DATA, "rt", encoding="utf-8"))
                if i["source"] == "f07" and i["extractor"] == extractor)


@pytest.mark.parametrize(("line", "head"), [
    ("[DGADDIS JIL. The Cold War", "[D"),
    ("00] 郭洁. 匈牙利事件", "00] "),
    ("0] 刘金质. 冷战史", "0] "),
    ("[1L4] KOBATEB C.", "[1L4] "),
    ("[l] Smith A.", "[l] "),
    ("[D]. 北京: 北京大学, 2010.", None),  # a dissertation's type code continuing an entry
    ("[M]. 北京: 九州出版社", None),
    ("[1990-05-01]. http://", None),
])
def test_misread_entry_heads(line: str, head: str | None) -> None:
    found = load_patterns().misread_entry.match(line)
    assert (found.group(0) if found else None) == head


@pytest.mark.parametrize(("printed", "read"), [
    ([1, 2, None, 4], [1, 2, 3, 4]),
    ([None, 2, 3], [1, 2, 3]),
    ([9, 10, None, 2, 13], [9, 10, 11, 12, 13]),  # 0] and [2] between [10] and [13]
    ([16, 7, 18], [16, 17, 18]),
    ([27, None], [27, 28]),  # a misread head closing the list
    ([9, 11, 12], [9, 11, 12]),  # an entry missing from the print: no number made up
    ([1, 2, 1, 2], [1, 2, 1, 2]),  # a second list numbered from 1 (nothing after it tells 3)
    ([3, 1, 2], [3, 1, 2]),
])
def test_entries_take_the_numbers_their_neighbours_tell(printed: list[int | None], read: list[int]) -> None:
    entries = [Note(1, None if n is None else str(n), k, [k], MappedText.from_raw("x"), (0, 1), in_reference_list=True)
               for k, n in enumerate(printed, 1)]
    assert [int(e.number) for e in _renumbered(entries)] == read


def test_the_ocr_reading_finds_its_reference_list() -> None:
    item = _f07("tesseract")
    doc = Document(doc_id="f07", path=Path("f07.txt"), raw=item["text"])
    analyze(doc, measured=printed_lines(item))
    entries = {int(e.number): e.text.text for e in doc.reference_list}
    assert sorted(entries) == list(range(1, 29))
    assert [entries[n].split()[0] for n in (1, 10, 11, 12, 14, 17)] == [
        "GADDIS", "郭洁。匈牙利事件：美国的政策与反应[M].", "刘金质。冷战史[M].", "WILLIAMS", "KOBATEB", "PACZKOVWSKI"]


def test_its_claims_pair_with_the_entries_the_clean_copy_gives() -> None:
    """48 of the 54 noted claims get the same entry as the article's web copy (0 before: the list
    was read as notes); the six left cite entries OCR garbled (Cyrillic, a misread name) or a
    marker OCR lost."""
    from pipeline.stages.layout.model import load

    clean = claim_notes(_f07("web")["text"], None)
    item = _f07("tesseract")
    *_, noted, paired = compare(clean, claim_notes(item["text"], load(), printed_lines(item)))
    assert (paired, noted) == (48, 54)
