"""Footnote blocks at a page's foot that the page break hides, on constructed pages: English
notes wrapped at a space (the next line keeps the space). Notes are set at the body's width
here, so only their cues, not their width, tell them from body lines."""

from __future__ import annotations

from pipeline import process_text
from pipeline.claims import extract_claims
from pipeline.document import Document

from .synthetic import HEADER, wrap

FRONT = ["日本与菲律宾安全合作的演进", "", "张明", "", "内容提要：本文梳理日本与菲律宾安全合作的演进及其动因。", "",
         "关键词：日本 菲律宾 安全合作", ""]
WIDTH = 35.0
PAGE_ONE = ("2015年11月，日本与菲律宾签署防卫装备与技术转移协定，双方同意在海上安全领域开展更加密切的合作。①"
            "2016年9月，日本宣布向菲律宾提供五架TC-90教练机，以提升其海上巡逻与监视能力。②此后，两国又于2017年1月"
            "在马尼拉举行首脑会谈，")
PAGE_TWO = "确认将继续推进海上执法能力建设合作。①总之，日菲安全合作呈现机制化、常态化的发展趋势。"
ENGLISH_NOTE_LINES = ["① Ministry of Defense of Japan, “Agreement concerning the Transfer of Defense",
                      " Equipment and Technology,” Tokyo, February 29, 2016."]  # wrapped at a space, which stays
ENGLISH_NOTE = "Ministry of Defense of Japan, “Agreement concerning the Transfer of Defense Equipment and Technology,” Tokyo, February 29, 2016."
BOOK_NOTE = "参见李明：《日菲安全合作研究》，时事出版社2019年版，第45页。"
PAGE_TWO_NOTE = "《日菲首脑会谈成果文件》，人民网，2017年1月13日。"


def _file(page_one_notes: list[str], page_break: list[str]) -> str:
    """Front matter, page one's body and notes, the page break's lines, page two's body and note."""
    out = list(FRONT)
    for lines in (wrap(PAGE_ONE, WIDTH, first_indent=2.0), page_one_notes, page_break, wrap(PAGE_TWO, WIDTH), ["① " + PAGE_TWO_NOTE]):
        out += [ln for line in lines for ln in (line, "")]
    return "\n".join(out)


def _citations(doc: Document) -> dict[str, dict]:
    return {c["date"]["text"]: c["citation"] for c in extract_claims(doc)}


def test_english_note_line_keeping_its_space_continues_the_note() -> None:
    raw = _file([*ENGLISH_NOTE_LINES, "② " + BOOK_NOTE], [HEADER, "", "18"])
    doc = process_text(raw, doc_id="lead")
    assert "\n Equipment" in raw
    assert [[n.text.text for n in page.notes] for page in doc.pages] == [[ENGLISH_NOTE, BOOK_NOTE], [PAGE_TWO_NOTE]]
    cited = _citations(doc)
    assert (cited["2015年11月"]["note_id"], cited["2015年11月"]["note"]) == ("lead:p1:①", ENGLISH_NOTE)
    assert (cited["2016年9月"]["note_id"], cited["2016年9月"]["note"]) == ("lead:p1:②", BOOK_NOTE)
    assert (cited["2017年1月"]["note_id"], cited["2017年1月"]["note"]) == ("lead:p2:①", PAGE_TWO_NOTE)
    assert "Equipment" not in doc.body.text and "举行首脑会谈，确认将继续推进" in doc.body.text


def test_leading_space_after_a_complete_note_still_starts_the_next_page() -> None:
    """No running header: the next page's first line, set off by a space, is what turns the page."""
    raw = _file(["① " + ENGLISH_NOTE, "② " + BOOK_NOTE], [])
    raw = raw.replace("\n确认将继续", "\n 确认将继续")
    doc = process_text(raw, doc_id="lead")
    assert [[n.text.text for n in page.notes] for page in doc.pages] == [[ENGLISH_NOTE, BOOK_NOTE], [PAGE_TWO_NOTE]]
    assert "举行首脑会谈，确认将继续推进" in doc.body.text
