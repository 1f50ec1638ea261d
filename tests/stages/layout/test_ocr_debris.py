"""Note calls OCR misread (`。9同年`, `。?次年`, `。曙2012年`), found by the learned decision
(pipeline/stages/layout/debris.py), on the factory's real Tesseract readings."""

from __future__ import annotations

import gzip
import json
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from pipeline.app.cli import app
from pipeline.document import Document
from pipeline.stages.citations.markers import find_markers
from pipeline.stages.layout import analyze, debris
from pipeline.stages.layout.debris_train import BRACKETED_DATA, DEFAULT_DATA, call_spans
from pipeline.stages.layout.model import load
from pipeline.stages.layout.train import printed_lines
from pipeline.stages.sentences import segment


@cache
def _items() -> list[dict[str, Any]]:
    return [json.loads(line) for line in gzip.open(DEFAULT_DATA, "rt", encoding="utf-8")]


def _first_reading(source: str, look: int = 0) -> tuple[dict[str, Any], dict[str, Any]]:
    """The source's OCR reading of its first (or `look`-th) look, and its clean web copy."""
    items = [it for it in _items() if it["source"] == source]
    return [it for it in items if it["extractor"] == "tesseract"][look], next(it for it in items if it["extractor"] == "web")


def _read(item: dict[str, Any]) -> Document:
    doc = Document(doc_id=item["source"], path=Path("ocr.txt"), raw=item["text"])
    analyze(doc, load(), printed_lines(item))
    segment(doc)
    return doc


# measured on the shipped model, which learned from these readings (in sample: the held-out
# figures are in the README's layout section); before it, the rules found 16, 24 and 20 calls
@pytest.mark.parametrize(("source", "look", "calls", "found", "right"), [
    ("c03", 0, 33, 31, 27),  # circled calls read as 9, 2, ?, 有, 曙, 呈…
    # 40 and 34 before the model's start=debris opening class (features v4); 41 and 35 before the
    # model learned bracketed footnotes (2026-12-07, session 43): two misread calls fewer, as many right
    ("c04", 0, 43, 39, 35),
    ("c01", 0, 35, 35, 27),  # 34 and 26 before it; 36 and 27 before the mended factory labels (2026-12-07)
    # a running header read as body, its folio 124 as call ¹24: one call must not keep the
    # document's others unread (0 found before; 34 and 29 before the mended factory labels; 33 and
    # 27 before the model learned bracketed footnotes; 37 and 29 before it told a bracketed
    # number apart from its text from one glued to it, session 44)
    ("002", 1, 41, 38, 30),
])
def test_calls_ocr_misread_are_found_where_the_clean_copy_prints_them(source: str, look: int, calls: int,
                                                                      found: int, right: int) -> None:
    reading, clean = _first_reading(source, look)
    truth = call_spans(reading, clean)
    markers = {m.raw_span for m in find_markers(_read(reading))}
    assert (len(truth), len(markers), len(markers & truth)) == (calls, found, right)


@cache
def _bracketed_readings() -> list[dict[str, Any]]:
    return [json.loads(line) for path in BRACKETED_DATA for line in gzip.open(path, "rt", encoding="utf-8")]


# bracketed footnotes: the training source c03's readings, in sample, measured on the shipped
# decisions; before them (session 44's code and model) 9, 20 and 22 calls were found, 9, 18 and 19 right
@pytest.mark.parametrize(("extractor", "look", "calls", "found", "right"), [
    ("tesseract", 0, 35, 31, 28),  # 200 dpi: calls read as `m`, `a`, `中`
    ("tesseract-300", 0, 35, 33, 29),  # calls set larger, 300 dpi: `03`, `n3`, `B` as much as `中`
    ("tesseract-300", 1, 34, 30, 26),
])
def test_bracketed_calls_ocr_misread_are_found_where_the_clean_copy_prints_them(
        extractor: str, look: int, calls: int, found: int, right: int) -> None:
    items = [it for it in _bracketed_readings() if it["source"] == "c03"]
    reading = [it for it in items if it["extractor"] == extractor][look]
    truth = {start for start, _ in call_spans(reading, next(it for it in items if it["extractor"] == "web"))}
    markers = {m.raw_span[0] for m in find_markers(_read(reading))}
    assert (len(truth), len(markers), len(markers & truth)) == (calls, found, right)


@pytest.mark.parametrize(("context", "note", "features"), [
    ("双方签署《印俄战略伙伴关系宣言》", "Declaration on Strategic Partnership, 2000.", {"pairs": 0.0}),
    # 9 of the sentence's 12 pairs of ideographs (双方 方签 签署 印俄 … 宣言) are the title's
    ("双方签署《印俄战略伙伴关系宣言》", "《印俄战略伙伴关系宣言》，新德里，2000年10月3日。", {"title": 1.0, "pairs": 0.75}),
    ("2014年12月11日，普京访问新德里", "“Druzhba-Dosti,” New Delhi, December 11, 2014.", {"year": 1.0, "pairs": 0.0}),
    ("2014年12月，普京访问新德里", "《人民日报》2014年12月12日。", {"year": 1.0, "month": 1.0, "pairs": 0.0}),
    ("普京访问新德里", "普京访问新德里的报道。", {"pairs": 1.0}),
    # words of four letters or more: kudankulam, plant, opened
    ("the Kudankulam plant opened", "Nuclear Power Corporation, “Kudankulam Units,” 2013.", {"latin": 1 / 3}),
    ("双方签署协议", "同上，第5页。", {"pairs": 0.0, "bare_note": 1.0}),
])
def test_what_a_note_shares_with_the_sentence_its_call_ends(context: str, note: str,
                                                           features: dict[str, float]) -> None:
    assert debris.affinity_features(context, note) == features


@pytest.mark.parametrize(("joined", "at", "context"), [
    ("前一句。双方签署协议。9同年", 11, "双方签署协议"),  # back past the full stop the call follows
    ("没有句号的很长一段话" * 10 + "，9", 101, ("没有句号的很长一段话" * 10)[-debris.CONTEXT:]),
])
def test_the_sentence_a_call_ends(joined: str, at: int, context: str) -> None:
    assert debris.context_before(joined, at) == context


@pytest.mark.parametrize(("before", "token", "offered"), [
    ("。", "9", True),
    ("。", "曙", True),  # an ideograph after punctuation
    ("国", "曙", False),  # after text: the text's next word
    ("。", "9(", True),
    ("。", "[281", True),  # a bracketed call [28] read at 300 dpi
    ("。", "B21", True),  # [32]: its `[3` read as B
    ("。", "f42!", True),
    ("。", "raol", False),  # no digit, no bracket: a word's letters as much as a call's
    ("a", "[281", False),  # after a Latin letter: a word's end
    ("。", "2009", False),  # digits alone: a number
    ("。", "[2中", False),  # an ideograph in debris of more than two characters
    ("。", "[2 1", False),  # a space ends it
])
def test_which_characters_may_be_a_calls_debris(before: str, token: str, offered: bool) -> None:
    assert debris.offered(before, token) is offered


@pytest.mark.parametrize(("token", "number", "features"), [
    ("[281", 28, {"number_in": 1.0, "last_digit": 1.0, "tens_digit": 1.0, "lead=[&tens=2": 1.0}),
    ("[50", 50, {"number_in": 1.0, "number_equal": 1.0, "last_digit": 1.0, "tens_digit": 1.0,
                 "lead=[&tens=5": 1.0}),
    ("B21", 32, {"last_digit": 1.0, "lead=B&tens=3": 1.0}),  # `[3` read as B
    ("B21", 21, {"number_in": 1.0, "number_equal": 1.0, "last_digit": 1.0, "tens_digit": 1.0,
                 "lead=B&tens=2": 1.0}),
    ("03", 13, {"last_digit": 1.0, "lead=0&tens=1": 1.0}),  # `[1` read as 0
    ("B", 3, {"lead=B&tens=_": 1.0}),
    ("加", 17, {}),
])
def test_what_a_calls_debris_shares_with_its_number(token: str, number: int, features: dict[str, float]) -> None:
    assert debris.number_features(token, number) == features


def test_a_reference_list_whose_first_number_and_urls_ocr_misread_is_read_whole() -> None:
    """c02's OCR reading: `[1]` read as `D]`, `https://` as `https:/`; the list was body text,
    its entries' dates claims, and every call unpaired (5 of 66 noted claims paired)."""
    reading, _ = _first_reading("c02")
    assert [entry.number for entry in _read(reading).reference_list] == [str(n) for n in range(1, 44)]


def test_the_model_rebuilds_byte_for_byte(tmp_path: Path) -> None:
    out = tmp_path / "ocr_debris.json"
    result = CliRunner().invoke(app, ["train", "ocr-debris", "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert out.read_bytes() == debris.MODEL_FILE.read_bytes()
    assert "calls' debris, leave one source out" in result.output
