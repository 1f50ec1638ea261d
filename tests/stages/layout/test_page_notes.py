"""Footnote blocks at a page's foot that the page break hides, on constructed pages: English
notes wrapped at a space (the next line keeps the space), and notes that lost their numbers
with a plain Chinese web reference (《title》, site, date) among them. Notes are set at the
body's width here, so only their cues, not their width, tell them from body lines."""

from __future__ import annotations

from pipeline import process_text
from pipeline.document import Document
from tests.synthetic import HEADER, wrap

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
    return {c["date"]["text"]: c["citation"] for c in doc.claims}


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


NUMBERLESS_BODY = ("2016年10月，菲律宾总统杜特尔特访问日本，双方发表联合声明，确认加强海上安全合作。①同月26日，两国首脑在"
                   "东京举行会谈，日方承诺向菲方提供大型巡逻船。②2017年1月，日本首相安倍晋三访问菲律宾，成为杜特尔特"
                   "就任后首位访菲的外国首脑。③此后，两国又在2018年举行首次外长与防长磋商，")
NUMBERLESS_NOTE_LINES = [
    "Ministry of Foreign Affairs of Japan, “Japan-Philippines Joint Statement,”",
    "October 26, 2016, https://www.mofa.go.jp/s_sa/sea2/ph/page4e_000520.html",
    "[2016-11-02].",
    "《日菲首脑会谈在东京举行》，新华网，2016年10月27日。",  # no cue: a title, a site, a date
    "Prime Minister’s Office of Japan, “Visit to the Philippines,” January 12, 2017,",
    "https://japan.kantei.go.jp/97_abe/actions/201701/12philippines.html [2017-02-01].",
]
NUMBERLESS_NOTES = [
    "Ministry of Foreign Affairs of Japan, “Japan-Philippines Joint Statement,” October 26, 2016, "
    "https://www.mofa.go.jp/s_sa/sea2/ph/page4e_000520.html [2016-11-02].",
    "《日菲首脑会谈在东京举行》，新华网，2016年10月27日。",
    "Prime Minister’s Office of Japan, “Visit to the Philippines,” January 12, 2017, "
    "https://japan.kantei.go.jp/97_abe/actions/201701/12philippines.html [2017-02-01].",
]
NUMBERLESS_NEXT = "讨论南海局势与地区安全架构。①总之，日菲安全合作的机制化程度不断提高。"


def test_numberless_notes_keep_a_cueless_note_printed_between_two_notes() -> None:
    out = list(FRONT)
    for lines in (wrap(NUMBERLESS_BODY, WIDTH, first_indent=2.0), NUMBERLESS_NOTE_LINES, [HEADER, "18"], wrap(NUMBERLESS_NEXT, WIDTH),
                  ["① " + PAGE_TWO_NOTE]):
        out += [ln for line in lines for ln in (line, "")]
    doc = process_text("\n".join(out), doc_id="lost")
    assert [[n.text.text for n in page.notes] for page in doc.pages] == [NUMBERLESS_NOTES, [PAGE_TWO_NOTE]]
    assert [n.number for n in doc.pages[0].notes] == [None, None, None]
    cited = _citations(doc)
    assert [(cited[d]["note_id"], cited[d]["pairing"], cited[d]["note"]) for d in ("2016年10月", "同月26日", "2017年1月")] == [
        (f"lost:p1:{k}", "position", note) for k, note in enumerate(NUMBERLESS_NOTES, 1)
    ]
    assert (cited["2018年"]["note_id"], cited["2018年"]["note"]) == ("lost:p2:①", PAGE_TWO_NOTE)
    assert "新华网" not in doc.body.text and "磋商，讨论南海局势" in doc.body.text
    assert "2016年10月27日" not in {c["date"]["text"] for c in doc.claims}



def test_a_marker_lost_from_the_text_shifts_no_other_numberless_pairing() -> None:
    """② dropped from the body: ③ still calls the page's third note (its number counts, not its place)."""
    out = list(FRONT)
    for lines in (wrap(NUMBERLESS_BODY.replace("②", ""), WIDTH, first_indent=2.0), NUMBERLESS_NOTE_LINES, [HEADER, "18"],
                  wrap(NUMBERLESS_NEXT, WIDTH), ["① " + PAGE_TWO_NOTE]):
        out += [ln for line in lines for ln in (line, "")]
    doc = process_text("\n".join(out), doc_id="lost")
    cited = _citations(doc)
    assert cited["同月26日"] is None  # its sentence lost its marker; the next holds a claim
    assert [(cited[d]["marker"], cited[d]["pairing"], cited[d]["note"]) for d in ("2016年10月", "2017年1月")] == [
        ("①", "position", NUMBERLESS_NOTES[0]), ("③", "position", NUMBERLESS_NOTES[2])]


LONG_URL = "https://www.mofa.go.jp/files/100000000/press-releases/2016/10/26/japan-philippines-joint-statement-on-maritime-cooperation.html"
URL_NOTE_LINES = ["① Ministry of Foreign Affairs of Japan, “Joint Statement,” October 26, 2016, https://www.mo",
                  "fa.go.jp/files/100000000/press-releases/2016/10/26/japan-philippines-joint-state",
                  "ment-on-maritime-cooperation.html [2016-11-02]."]


def test_url_broken_over_three_lines_joins_without_spaces() -> None:
    raw = _file([*URL_NOTE_LINES, "② " + BOOK_NOTE], [HEADER, "", "18"])
    doc = process_text(raw, doc_id="url")
    note = f"Ministry of Foreign Affairs of Japan, “Joint Statement,” October 26, 2016, {LONG_URL} [2016-11-02]."
    assert [n.text.text for n in doc.pages[0].notes] == [note, BOOK_NOTE]
    cited = _citations(doc)["2015年11月"]
    assert (cited["note"], cited["reference"]["URL"]) == (note, LONG_URL)


def test_a_note_line_printing_the_next_number_opens_a_note_whatever_its_role() -> None:
    """f02 set in superscript style, read by `pdftotext -layout` without headers: the model took
    `4 《…》` for the end of note 3; the printed number after 3 opens note 4 (its marker ⁴ then
    pairs with it)."""
    from pipeline.stages.layout.notes import pages_from_roles
    from pipeline.stages.layout.rules import split_lines

    texts = ["正文说明了此事。³另一事也有记载。⁴", "", "3 Neville Maxwell, India's China War, pp. 173-180.",
             "4 《中华人民共和国政府声明》，载《人民日报》1962年11月21日，第1版。"]
    lines = split_lines("\n".join(texts))
    roles = {1: "body", 3: "note_start", 4: "note_cont"}
    pages = pages_from_roles(lines, roles, "superscript", {3: 0.9, 4: 0.2})
    assert [(note.number, note.lines) for page in pages for note in page.notes] == [("3", [3]), ("4", [4])]
