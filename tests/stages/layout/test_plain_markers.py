"""Superscript markers that a text layer flattened into plain digits (物资。16月 is marker 1, then
6月): read from the notes numbered 1 … k at the page foot (pipeline/stages/layout/plain_markers.py)."""

from __future__ import annotations

import gzip
import json
import re
from pathlib import Path

import pytest

from pipeline import process_text
from pipeline.document import Document, Line
from pipeline.stages.citations.markers import find_markers
from pipeline.stages.layout import rules
from pipeline.stages.layout.plain_markers import _debris_places, _first_number, _places, load_spec
from pipeline.stages.layout.train import DEFAULT_DATA
from tests.synthetic import Article, typeset_article
from tools.factory.extract import TEXT_LAYER
from tools.factory.source import all_sources

BODY = [
    ["2022年4月，日本外相首次出席北约外长会议，并承诺向乌克兰提供防卫装备。{1}6月，北约军事委员会主席访问日本。{2}同月，北约在马德里召开峰会。"],
    ["2023年，双方在第12轮磋商中同意加强网络防御合作。{1}11月，日本正式加入北约合作网络防御卓越中心。{2}"],
]
NOTES = [
    ["「林外務大臣のNATO外相会合出席（結果）」、外務省、2022年4月7日。", "“NATO and Japan are natural partners,” NATO, June 5, 2022."],
    ["参见李薇主编：《日本研究报告（2023）》，社会科学文献出版社2023年版，第12页。", "同上。"],
]


def _article(markers: tuple[str, str]) -> str:
    pages = [[p.replace("{1}", markers[0]).replace("{2}", markers[1]) for p in page] for page in BODY]
    return typeset_article(Article(pages=pages, footnotes=NOTES, note_glyphs="123456789"))


def test_plain_digit_markers_are_read_from_the_pages_notes() -> None:
    raw = _article(("1", "2"))
    doc = process_text(raw, doc_id="plain")
    assert doc.marker_style == "superscript"
    assert [(m.label, m.page, raw[slice(*m.raw_span)]) for m in find_markers(doc)] == [
        ("¹", 1, "1"), ("²", 1, "2"), ("¹", 2, "1"), ("²", 2, "2")]
    assert "。¹6月，北约" in doc.body.text and "第12轮" in doc.body.text
    cited = {c["date"]["text"]: c for c in doc.claims}
    assert sorted(cited) == ["11月", "2022年4月", "2023年", "6月", "同月"]
    expected = {"2022年4月": "plain:p1:1", "6月": "plain:p1:2", "同月": None, "2023年": "plain:p2:1", "11月": "plain:p2:2"}
    assert {date: c["citation"] and c["citation"]["note_id"] for date, c in cited.items()} == expected
    assert cited["6月"]["date"]["value"] == "2022-06" and raw[slice(*cited["6月"]["date"]["source_span"])] == "6月"
    assert cited["11月"]["citation"]["note"] == "同上。"


def test_the_same_article_with_real_superscripts_reads_alike() -> None:
    plain = process_text(_article(("1", "2")), doc_id="a").claims
    raised = process_text(_article(("¹", "²")), doc_id="a").claims
    assert [(c["date"]["text"], c["date"]["value"], c["citation"] and c["citation"]["note"]) for c in plain] == [
        (c["date"]["text"], c["date"]["value"], c["citation"] and c["citation"]["note"]) for c in raised]


def test_an_article_printed_in_full_width_digits_reads_alike() -> None:
    """A Word file or a font may print every digit full-width (１２): its note numbers and flattened
    markers are digits all the same; the offsets stay those of the file."""
    plain = _article(("1", "2"))
    wide = plain.translate(str.maketrans("0123456789", "０１２３４５６７８９"))
    read = process_text(wide, doc_id="plain")
    assert [(m.label, m.page, wide[slice(*m.raw_span)]) for m in find_markers(read)] == [
        ("¹", 1, "１"), ("²", 1, "２"), ("¹", 2, "１"), ("²", 2, "２")]
    assert [(c["date"]["value"], c["citation"] and c["citation"]["note_id"]) for c in read.claims] == [
        (c["date"]["value"], c["citation"] and c["citation"]["note_id"]) for c in process_text(plain, doc_id="plain").claims]


def test_notes_that_lost_their_numbers_tell_the_markers_by_their_count() -> None:
    """Both damages at once: plain-digit markers, and notes whose numbers the note font lost."""
    pages = [[p.replace("{1}", "1").replace("{2}", "2") for p in page] for page in BODY]
    raw = typeset_article(Article(pages=pages, footnotes=NOTES, note_glyphs="123456789", note_numbers=False))
    doc = process_text(raw, doc_id="lost")
    assert doc.marker_style == "superscript" and [m.label for m in find_markers(doc)] == ["¹", "²", "¹", "²"]
    cited = {c["date"]["text"]: c for c in doc.claims}
    assert sorted(cited) == ["11月", "2022年4月", "2023年", "6月", "同月"]
    assert [(cited[d]["citation"]["pairing"], cited[d]["citation"]["note"]) for d in ("2022年4月", "6月", "2023年", "11月")] == [
        ("position", NOTES[0][0]), ("position", NOTES[0][1]), ("position", NOTES[1][0]), ("position", NOTES[1][1])]


def test_digits_are_left_alone_where_the_pages_markers_cannot_all_be_placed() -> None:
    raw = _article(("", ""))
    doc = process_text(raw, doc_id="none")
    assert doc.marker_style != "superscript" and not any(ch in "¹²" for ch in doc.body.text)
    assert "2022年4月" in doc.body.text and "11月，日本" in doc.body.text


@pytest.mark.parametrize(("text", "digits", "columns"), [
    ("等物资。16月，北约军事委员会", "1", [4]),  # after a sentence's end, before a month of its own
    ("参加了演习“锁定盾牌2022”。46月，日本", "4", [16]),
    ("表示欢迎2，并对日本", "2", [4]),  # after a word, before a comma
    ("安全保障不可分割。4日本企图", "4", [9]),  # 日本 is no day
    ("2022年4月，日本参加", "4", []),  # a date's month
    ("双方在第12轮磋商中", "1", []),  # 第12 is an ordinal
    ("约3.5万人", "3", []),
    ("此后。1998年，双方", "1", []),  # 998年 is no year
    ("会议。10月，双方", "1", []),  # 0月 is no month: October
    ("会议。13月，双方", "1", [3]),  # 13月 is no month: marker 1, then 3月
    ("在1972、1975和1978年", "1", []),  # no year is cut after its first digit
    ("达到2500亿美元。31时隔半年", "31", [10]),  # 时隔 opens with a unit's character, but is no hour
    ("会议在3时举行", "3", []),  # a clock time
    ("提高至平均47.6%。2次日，中国商务部", "2", [11]),  # 次日 is the next day, not twice
    ("会谈举行了2次", "2", []),  # twice
])
def test_candidate_places(text: str, digits: str, columns: list[int]) -> None:
    found = [p.column for p in _places([Line(1, 0, len(text), text)], digits, load_spec())]
    assert found == columns


def test_markers_whose_glyphs_ocr_misread_are_read_from_the_notes_count() -> None:
    """A scan's OCR reads ① as @ and ② as ?, and the notes' circled numbers not at all: each
    page's two numberless notes ask for two markers, found among the debris after sentences."""
    pages = [[p.replace("{1}", "?").replace("{2}", "@") + "此后，双方的合作逐步扩展到更多领域。" for p in page]
             for page in BODY]
    raw = typeset_article(Article(pages=pages, footnotes=NOTES, note_numbers=False))
    doc = process_text(raw, doc_id="ocr")
    assert [(m.label, m.page, raw[slice(*m.raw_span)]) for m in find_markers(doc)] == [
        ("¹", 1, "?"), ("²", 1, "@"), ("¹", 2, "?"), ("²", 2, "@")]
    cited = {c["date"]["text"]: c for c in doc.claims}
    assert [(cited[d]["citation"]["pairing"], cited[d]["citation"]["note"]) for d in ("2022年4月", "6月", "2023年", "11月")] == [
        ("position", NOTES[0][0]), ("position", NOTES[0][1]), ("position", NOTES[1][0]), ("position", NOTES[1][1])]
    assert cited["6月"]["date"]["value"] == "2022-06" and cited["11月"]["date"]["value"] == "2023-11"


def test_plain_numbered_notes_find_their_markers_among_ocr_debris() -> None:
    """OCR read the superscripts as debris (¹ as `:`, ² as `*`) and merged one into the next
    character; the notes kept their plain numbers: the markers found keep their numbers (a page's
    one place takes the first), the lost one is left without a place, and each found marker pairs
    with its own note."""
    pages = [[BODY[0][0].replace("{1}", ":").replace("{2}", "*") + "此后，双方的合作逐步扩展到更多领域。"],
             [BODY[1][0].replace("{1}", ":").replace("{2}", "") + "此后，双方的合作逐步扩展到更多领域。"]]
    raw = typeset_article(Article(pages=pages, footnotes=NOTES, note_glyphs="123456789"))
    doc = process_text(raw, doc_id="ocr")
    assert [(m.label, m.page, raw[slice(*m.raw_span)]) for m in find_markers(doc)] == [
        ("¹", 1, ":"), ("²", 1, "*"), ("¹", 2, ":")]
    cited = {c["date"]["text"]: c for c in doc.claims}
    assert [(d, cited[d]["citation"] and cited[d]["citation"]["note"]) for d in ("2022年4月", "6月", "2023年", "11月")] == [
        ("2022年4月", NOTES[0][0]), ("6月", NOTES[0][1]), ("2023年", NOTES[1][0]), ("11月", None)]


@pytest.mark.parametrize("debris", ["@ ", "@@ ", "G@) ", "GO ", "中 ", "回“"])
def test_a_numberless_notes_text_starts_after_ocrs_reading_of_its_number(debris: str) -> None:
    notes = [[debris.rstrip("“") + (note if debris.endswith(" ") else "“" + note.lstrip("“")) for note in page]
             for page in NOTES]
    pages = [[p.replace("{1}", "?").replace("{2}", "@") + "此后，双方的合作逐步扩展到更多领域。" for p in page]
             for page in BODY]
    raw = typeset_article(Article(pages=pages, footnotes=notes, note_numbers=False))
    doc = process_text(raw, doc_id="ocr")
    texts = [c["citation"]["note"] for c in doc.claims if c["citation"]]
    assert texts and all(not t.startswith(debris.strip()) for t in texts), texts
    assert set(texts) <= {n if debris.endswith(" ") else "“" + n.lstrip("“") for page in NOTES for n in page}


@pytest.mark.parametrize(("text", "best"), [
    ("研究明显增多。?国内学者", (7, "?")),
    ("大挑战。:此后", (4, ":")),
    ("稳定。S这种安排", (3, "S")),
    ("国际影响。21984年4月", (5, "2")),  # the call, then a year of four digits
    ("的标志。9%2022年", (4, "9%")),
    ("亚洲国家。11一12月，日本", None),  # a range's first number, its dash read as 一
    ("会议。12月，双方", None),  # 12月 counts: the digit is the month's, not a call's
    ("冰点。9月2日，胡志明", None),
    ("的标志。9320世纪", None),  # a century cut anywhere is unsure
    ("援助。1971]年8月", None),  # OCR's ] for 1 ends the number: unsure
    ("在1972、1975和1978年", None),
])
def test_ocr_debris_places(text: str, best: tuple[int, str] | None) -> None:
    """The learned decision's likeliest call in a line of OCR text; none where reading a call
    could change a date."""
    found = _debris_places([Line(1, 0, len(text), text)], load_spec())
    top = max(found, key=lambda p: p.score) if found else None
    assert ((top.column, top.digits) if top else None) == best


def _superscript_renderings() -> list[dict]:
    """Factory renderings printed with superscript markers, read from a PDF text layer with the
    notes' numbers kept: the case `plain_markers` is for."""
    items = [json.loads(line) for line in gzip.open(DEFAULT_DATA, "rt", encoding="utf-8")]
    return [i for i in items if i["notes"] == "superscript" and "numbers_lost" not in i["damage"]
            and i["extractor"] in TEXT_LAYER and NOTES_OF[i["source"]]]


NOTES_OF = {s["id"]: sum(len(b.get("notes", [])) for b in s["blocks"]) for s in all_sources()}
UNREAD = {("002", "pdftotext-layout", "no_furniture"): 1,  # measured: a page whose marker 1 finds no place
          # measured: this typesetting of 001 did not settle (its first page prints notes 1, 2, 1, the
          # call `(IPCP)1`), which no journal prints; the pages' counts then disagree from there on
          ("001", "pdftotext", "no_furniture"): 15, ("001", "pdfminer", "no_furniture"): 15}


@pytest.mark.parametrize("item", _superscript_renderings(), ids=lambda i: f"{i['source']}-{i['extractor']}-{i['damage']}")
def test_every_marker_of_a_factory_rendering_is_read(item: dict) -> None:
    """Each footnote's marker of the typeset article is read back from the extracted text."""
    doc = Document(doc_id="x", path=Path("x.txt"), raw=item["text"])
    rules.analyze(doc)
    read = sum(len(re.findall("[¹²³⁴⁵⁶⁷⁸⁹][⁰¹²³⁴⁵⁶⁷⁸⁹]*", ln.text)) for ln in doc.lines if ln.kind == "body")
    assert read == NOTES_OF[item["source"]] - UNREAD.get((item["source"], item["extractor"], item["damage"]), 0)


THROUGH = [
    "日本与北约关系的演进", "", "李 明", "", "摘要：本文讨论日本与北约关系。", "", "关键词：日本；北约", "",
    "2022年4月，日本外相首次出席北约外长会议，并承诺", "", "向乌克兰提供防卫装备。16月，北约军事委员会主席访", "",
    "问日本。2同月，北约在马德里召开峰会，日本首相出席。", "",
    "1 「林外務大臣のNATO外相会合出席（結果）」、外務省、2022年4月7日。", "",
    "2 “NATO and Japan are natural partners,” NATO, June 5, 2022.", "",
    "· 33 ·", "", "国际观察 2023年第1期", "",
    "2023年，双方在第12轮磋商中同意加强网络防御合作。311月，", "", "日本正式加入北约合作网络防御卓越中心。4此后双方交流", "",
    "更加频繁，合作领域不断扩大，成为双边关系的新支柱。", "",
    "3 参见李薇主编：《日本研究报告（2023）》，社会科学文献出版社2023年版，第12页。", "",
    "4 同上。", "", "· 34 ·", "",
]


def test_notes_numbered_through_the_article_tell_each_pages_markers() -> None:
    """Page 2's notes are 3 and 4, not 1 and 2: its plain-digit markers are 3 and 4."""
    doc = process_text("\n".join(THROUGH) + "\n", doc_id="through")
    assert doc.marker_style == "superscript"
    cited = [(c["date"]["text"], c["citation"] and (c["citation"]["marker"], c["citation"]["note"])) for c in doc.claims]
    assert cited == [("2022年4月", ("¹", "「林外務大臣のNATO外相会合出席（結果）」、外務省、2022年4月7日。")),
                     ("6月", ("²", "“NATO and Japan are natural partners,” NATO, June 5, 2022.")), ("同月", None),
                     ("2023年", ("³", "参见李薇主编：《日本研究报告（2023）》，社会科学文献出版社2023年版，第12页。")),
                     ("11月", ("⁴", "同上。"))]


@pytest.mark.parametrize(("values", "last", "first"), [
    ([4, 5, 6], 3, 4),
    ([None, 2, None], 0, 1),  # numbers OCR lost: the others' places tell them
    ([2, 23], 21, 22),  # `[2]`, OCR's reading of [22], goes back before the page before's last
    ([10, 1, 12, 3], 9, 10),  # most agree: 1 and 3 are [11] and [13] misread
    ([None, None, None, 16, 7], 13, 13),  # the first note goes on with the page before's last, [13]
    ([None], 46, 47),  # no number: the next
])
def test_a_pages_first_note_number_is_the_one_its_printed_numbers_agree_on(
        values: list[int | None], last: int, first: int) -> None:
    assert _first_number(values, last) == first
