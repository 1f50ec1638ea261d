"""Footnoted pages hard-wrapped with no blank lines, constructed: a marker the wrap put at a body
line's start, note numbers standing on lines of their own above English notes that break after
a name's initial, and a note cut at a comma whose last line opens the next page's foot."""

from __future__ import annotations

from pipeline import process_text
from pipeline.document import Document

FRONT = ["东盟与日本经济合作的演进", "李 华", "摘  要：本文梳理东盟与日本经济合作的演进及其动因。", "关键词：东盟 日本 经济合作"]
PAGE_ONE = [
    "2002年1月，日本首相小泉纯一郎访问新加坡，提出建立",
    "“日本—东盟全面经济伙伴关系”的设想。①2003年10月，双",
    "方在巴厘岛签署全面经济伙伴关系框架协定，确定了谈判的",
    "目标与时间表。②此后，双方经过多轮谈判，于2008年4月完",
    "成协定的签署程序，日本国内的批准工作也随即全面地展开。",
    "③2008年12月，协定在日本与部分东盟国家之间首先生效，",
    "标志着双方经济合作进入了制度化的新阶段。",
]
NOTES_ONE = [
    "①《日本—东盟全面经济伙伴关系构想》，《人民日报》2002年1月15日，第3版。",
    "②王明：《东亚经济一体化研究》，世界知识出版社2010年版，第45页。",
    "③参见张华：《日本与东盟经济合作》，时事出版社2019年版，第88页；需要说明的是，",
]
PAGE_TWO = [
    "从贸易结构看，日本对东盟的出口以机械设备和零部件为主，",
    "东盟对日本的出口则以能源和原材料为主。①2010年以后，东",
    "盟国家逐步调整出口结构，制成品所占比重明显上升。②日本",
]
OVERLEAF = "该书所列数字与日方统计略有出入。"
NOTES_TWO = [
    "①",
    "Walter Hatch, Asia's Flying Geese: How Regionalization Shapes Japan, Chicago: Ivan R.",
    " Dee, 2010, pp. 112–115.",
    "②",
    "《通商白皮书》，日本经济产业省2012年版，第33页。",
]
PAGE_THREE = ["企业在东盟的投资也随之从劳动密集型产业转向技术密集型", "产业。"]
FURNITURE_ONE = ["·12·", "亚太经济 2021年第3期"]
FURNITURE_TWO = ["·13·", "亚太经济 2021年第3期"]
RAW = "\n".join(FRONT + PAGE_ONE + NOTES_ONE + FURNITURE_ONE + PAGE_TWO + [OVERLEAF] + NOTES_TWO + FURNITURE_TWO + PAGE_THREE + ["·14·"])
NOTE_ONE_THREE = "参见张华：《日本与东盟经济合作》，时事出版社2019年版，第88页；需要说明的是，" + OVERLEAF
ENGLISH_NOTE = "Walter Hatch, Asia's Flying Geese: How Regionalization Shapes Japan, Chicago: Ivan R. Dee, 2010, pp. 112–115."
WHITE_PAPER = "《通商白皮书》，日本经济产业省2012年版，第33页。"


def _doc() -> Document:
    return process_text(RAW, doc_id="dense")


def _notes_by_date(doc: Document) -> dict[str, tuple[str | None, str | None]]:
    return {c["date"]["text"]: (c["citation"]["note_id"], c["citation"]["note"]) if c["citation"] else (None, None)
            for c in doc.claims}


def test_marker_at_a_body_line_start_stays_in_the_body() -> None:
    doc = _doc()
    assert [n.number for n in doc.pages[0].notes] == ["①", "②", "③"]
    assert "生效，标志着双方经济合作" in doc.body.text
    cited = _notes_by_date(doc)
    assert (cited["2008年4月"], cited["2008年12月"]) == (("dense:p1:③", NOTE_ONE_THREE), (None, None))


def test_numbers_apart_and_a_name_initial_keep_the_notes_on_their_page() -> None:
    doc = _doc()
    assert [[n.text.text for n in page.notes] for page in doc.pages[1:3]] == [[ENGLISH_NOTE, WHITE_PAPER], []]
    cited = _notes_by_date(doc)
    assert cited["2010年"] == ("dense:p2:②", WHITE_PAPER)


def test_note_cut_at_a_comma_takes_the_first_line_of_the_next_foot() -> None:
    doc = _doc()
    assert doc.pages[0].notes[-1].text.text == NOTE_ONE_THREE
    assert OVERLEAF not in doc.body.text
    assert "日本企业在东盟的投资" in doc.body.text


def test_note_whose_marker_was_lost_stays_a_note_by_its_reference_cue() -> None:
    """Notes numbered through the article, page two's markers lost: its foot opens with ④, a
    number not cited on the page, but the publisher and page make the line a note."""
    lost = "④王明：《东亚经济一体化研究》，世界知识出版社2010年版，第45页。"
    raw = RAW.replace("①2010年以后", "2010年以后").replace("②日本", "日本").replace("\n".join(NOTES_TWO), lost)
    doc = process_text(raw, doc_id="lost")
    assert [n.number for n in doc.pages[1].notes] == ["④"]
    assert "世界知识出版社" not in doc.body.text
