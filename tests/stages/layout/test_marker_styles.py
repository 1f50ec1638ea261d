"""Footnote markers in other glyph styles (⑴, ❶, ⓵) and superscript digits (¹ with notes numbered
1, 2 at the page foot), on constructed articles (tests/synthetic.py): a document uses one style."""

from __future__ import annotations

import pytest

from pipeline import process_text
from pipeline.document import Document
from pipeline.stages.citations.markers import find_markers
from tests.synthetic import Article, typeset_article

BODY = [
    ["2019年3月，东盟与欧盟在布鲁塞尔举行第22届部长级会议，双方同意加强在海上安全领域的合作。{1}此后，双方又于同年11月召开高官会议，"
     "讨论落实合作计划的具体步骤。{2}",
     "2021年5月，日本防卫大臣访问越南，双方签署防卫装备与技术转移协定，并就加强海上安全合作达成共识。"],
    ["2022年，日本宣布向菲律宾提供巡逻船，以增强其海上执法能力。{1}此外，日本还于2023年启动“政府安全援助”框架，首批对象为菲律宾。{2}",
     "总之，日本与东盟的安全合作呈现机制化、常态化的发展趋势，但其前景仍受诸多因素制约。"],
]
NOTES = [
    ["参见王明：《东盟与欧盟关系研究》，世界知识出版社2020年版，第35页。", "李强：《日本对东南亚的安全援助》，《日本学刊》2021年第5期。"],
    ["陈静：《日本的海洋战略》，时事出版社2018年版，第12页。", "同上。"],
]


def _article(glyphs: str) -> tuple[str, Document]:
    pages = [[para.replace("{1}", glyphs[0]).replace("{2}", glyphs[1]) for para in page] for page in BODY]
    raw = typeset_article(Article(pages=pages, footnotes=NOTES, note_glyphs=glyphs))
    return raw, process_text(raw, doc_id="styles")


@pytest.mark.parametrize(("style", "glyphs"), [
    ("parenthesized", "⑴⑵"), ("negative_circled", "❶❷"), ("negative_circled", "⓫⓬"), ("double_circled", "⓵⓶"), ("circled", "㉑㉒"),
])
def test_markers_and_notes_in_another_glyph_style_pair_by_number(style: str, glyphs: str) -> None:
    raw, doc = _article(glyphs)
    assert doc.marker_style == style
    markers = find_markers(doc)
    assert [(m.label, m.page, raw[slice(*m.raw_span)]) for m in markers] == [
        (glyphs[0], 1, glyphs[0]), (glyphs[1], 1, glyphs[1]), (glyphs[0], 2, glyphs[0]), (glyphs[1], 2, glyphs[1])]
    cited = {c["date"]["text"]: c for c in doc.claims}
    expected = {"2019年3月": (1, 0, 0), "同年11月": (1, 1, 1), "2022年": (2, 0, 0), "2023年": (2, 1, 1)}
    for date, (page, marker, note) in expected.items():
        c = cited[date]["citation"]
        assert (c["marker"], c["note_id"], c["pairing"]) == (glyphs[marker], f"styles:p{page}:{glyphs[note]}", "number")
        assert raw[slice(*c["note_span"])] == NOTES[page - 1][note]
        assert cited[date]["sentence"].count(glyphs[marker]) == 0  # the marker is not part of the sentence
    assert cited["2021年5月"]["citation"] is None
    assert doc.body.text.endswith("但其前景仍受诸多因素制约。") and glyphs[0] + " " not in doc.body.text


def test_a_list_item_in_another_style_in_a_circled_document_is_no_marker() -> None:
    pages = [[BODY[0][0].replace("{1}", "①").replace("{2}", "②"), "双方的分歧在于：⑴海上执法的范围；⑵经费的分担。"]]
    raw = typeset_article(Article(pages=pages, footnotes=NOTES[:1]))
    doc = process_text(raw, doc_id="styles")
    assert doc.marker_style == "circled"
    assert [m.label for m in find_markers(doc)] == ["①", "②"]
    assert "⑴海上执法的范围；⑵经费的分担。" in doc.body.text


def _superscript_article(notes: list[list[str]] = NOTES) -> tuple[str, Document]:
    pages = [[para.replace("{1}", "¹").replace("{2}", "²") for para in page] for page in BODY]
    raw = typeset_article(Article(pages=pages, footnotes=notes, note_glyphs="123456789"))
    return raw, process_text(raw, doc_id="sup")


def test_superscript_markers_pair_with_notes_numbered_in_plain_digits() -> None:
    raw, doc = _superscript_article()
    assert doc.marker_style == "superscript"
    assert [(n.page, n.number, n.text.text) for n in doc.notes] == [(p, str(k + 1), NOTES[p - 1][k]) for p in (1, 2) for k in (0, 1)]
    assert [(m.label, m.page) for m in find_markers(doc)] == [("¹", 1), ("²", 1), ("¹", 2), ("²", 2)]
    cited = {c["date"]["text"]: c for c in doc.claims}
    c = cited["同年11月"]["citation"]
    assert (c["marker"], raw[slice(*c["source_span"])], c["note_id"], c["pairing"]) == ("²", "²", "sup:p1:2", "number")
    assert raw[slice(*c["note_span"])] == NOTES[0][1] and raw[c["note_span"][0] - 2 : c["note_span"][0]] == "2 "
    assert cited["2023年"]["citation"]["note"] == "同上。" and cited["2023年"]["sentence"].endswith("首批对象为菲律宾。")
    assert doc.body.text.endswith("但其前景仍受诸多因素制约。") and "参见" not in doc.body.text


def test_a_number_opening_a_body_line_is_no_note_without_a_superscript_of_it() -> None:
    """`3 个` opening the next page's first line is body: no superscript ³ stands on that page or the one before."""
    pages = [["2019年3月，东盟与欧盟举行部长级会议，双方同意在未来三年内，在海上安全、反恐和救灾等领域加强合作。¹"
              "此后，双方的合作不断深化，合作的范围从海上安全扩大到网络安全和公共卫生，参与的国家也从"], ["\f3 个增加到10个。"]]
    raw = typeset_article(Article(pages=pages, footnotes=[NOTES[0][:1]], note_glyphs="123"))
    doc = process_text(raw, doc_id="sup")
    assert "\n3 个增加" in raw and "参与的国家也从3个增加到10个。" in doc.body.text
    assert doc.marker_style == "superscript" and [n.text.text for n in doc.notes] == NOTES[0][:1]


def test_a_list_item_line_does_not_set_the_style_of_a_document_whose_notes_lost_their_numbers() -> None:
    """Numberless notes, and list items opening lines with ⑴ ⑵: the document's markers are still ① ②."""
    pages = [[BODY[0][0].replace("{1}", "①").replace("{2}", "②"), "双方的分歧主要在于海上执法的范围与经费的分担，这些问题短期内难以解决。"],
             ["⑴海上执法的范围；", "⑵经费的分担。"]]
    raw = typeset_article(Article(pages=pages, footnotes=NOTES[:1], note_numbers=False))
    doc = process_text(raw, doc_id="styles")
    assert doc.marker_style == "circled" and [m.label for m in find_markers(doc)] == ["①", "②"]
    assert [n.text.text for n in doc.notes] == NOTES[0] and doc.body.text.endswith("难以解决。\n⑴海上执法的范围；⑵经费的分担。")


def test_a_body_citing_in_superscript_digits_is_superscript_style_though_no_note_shows_its_number() -> None:
    """A PDF whose note font lost its numbers: the type sizes still raise the body's calls (¹²³),
    the notes at the foot print none. Circled was the reading before, with no marker found."""
    from pathlib import Path

    from pipeline.document import Document
    from pipeline.stages.layout import rules

    body = ["1962年10月，中印边境爆发大规模武装冲突。¹11月21日，中国政府发表声明，宣布在全线停火。²",
            "1963年1月，印度议会通过决议，接受科伦坡建议。³此后边界问题进入长期冻结状态。"]
    notes = ["杨公素：《中国反对外国侵略干涉西藏地方斗争史》，北京：中国藏学出版社1992年版。",
             "《中华人民共和国政府声明》，载《人民日报》1962年11月21日，第1版。",
             "Neville Maxwell, India's China War, London: Jonathan Cape, 1970, pp. 173-180."]
    doc = Document(doc_id="x", path=Path("x.txt"), raw="\n".join(body + [""] + notes))
    rules.analyze(doc)
    assert doc.marker_style == "superscript"
    circled = Document(doc_id="y", path=Path("y.txt"), raw=doc.raw.replace("¹", "①").replace("²", "②").replace("³", "③"))
    rules.analyze(circled)
    assert circled.marker_style == "circled"


PAST_BODY = [
    ["1972年9月，田中角荣首相访问中国，两国实现邦交正常化。㊾1978年8月，两国签署和平友好条约。㊿"
     "2007年4月，温家宝总理访问日本。51 同年12月，福田康夫首相访华。"],
    ["2008年5月，胡锦涛主席访问日本，年届71岁的福田首相主持欢迎仪式。52 6月18日，双方就东海问题达成原则共识。53"],
]
PAST_NOTES = [
    ["㊾ 《中日和平友好条约》，载《人民日报》1978年8月13日，第1版。",
     "㊿ 《中日联合新闻公报》（2006年10月8日），载《人民日报》2006年10月9日，第51页。",
     "51 温家宝：《为了友谊与合作》，载《人民日报》2007年4月13日，第2版。"],
    ["52 《中日关于全面推进战略互惠关系的联合声明》，载《人民日报》2008年5月8日，第1版。",
     "53 「東シナ海における日中間の協力について」、外務省、2008年6月18日。"],
]


def _past_glyphs(notes: list[list[str]]) -> tuple[str, Document]:
    raw = typeset_article(Article(pages=PAST_BODY, footnotes=notes, note_numbers=False))
    return raw, process_text(raw, doc_id="past")


def test_notes_go_on_in_plain_digits_past_the_last_circled_glyph() -> None:
    """Unicode has no circled 51: after ㊿ the body's markers and the notes' heads print 51, 52 …"""
    raw, doc = _past_glyphs(PAST_NOTES)
    assert doc.marker_style == "circled"
    assert [(m.label, m.page, raw[slice(*m.raw_span)]) for m in find_markers(doc)] == [
        ("㊾", 1, "㊾"), ("㊿", 1, "㊿"), ("⁵¹", 1, "51"), ("⁵²", 2, "52"), ("⁵³", 2, "53")]
    assert [(n.page, n.number, n.text.text[:6]) for n in doc.notes] == [
        (1, "㊾", "《中日和平友"), (1, "㊿", "《中日联合新"), (1, "⁵¹", "温家宝：《为"),
        (2, "⁵²", "《中日关于全"), (2, "⁵³", "「東シナ海に")]
    cited = {c["date"]["text"]: c["citation"] and c["citation"]["marker"] for c in doc.claims}
    assert cited == {"1972年9月": "㊾", "1978年8月": "㊿", "2007年4月": "⁵¹", "同年12月": None,
                     "2008年5月": "⁵²", "6月18日": "⁵³"}
    assert "71岁" in doc.body.text and {c["date"]["value"] for c in doc.claims} >= {"2008-06-18"}


def test_plain_digits_past_the_last_glyph_stay_digits_where_no_note_prints_them() -> None:
    """No note opens with 51: the digits after ㊿ are the text's own, and nothing is read."""
    notes = [page[:2] if k == 0 else [] for k, page in enumerate(PAST_NOTES)]
    _, doc = _past_glyphs(notes)
    assert [m.label for m in find_markers(doc)] == ["㊾", "㊿"]
    assert "访问日本。51同年12月" in doc.body.text and "仪式。526月18日" in doc.body.text
