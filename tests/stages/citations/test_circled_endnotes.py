"""Circled endnotes: markers ① … ㉓ numbered through the article (not page by page), their notes
in a `注释` section at its end; constructed articles (tests/synthetic.py)."""

from __future__ import annotations

import pytest

from pipeline import process_text
from pipeline.document import Document
from pipeline.stages.citations.markers import find_markers
from tests.synthetic import CIRCLED, HEADER, Article, typeset_article

PER_PAGE = 8
PAGES = 3
PROSE_NOTE = ("双方在会议上还讨论了南海局势、缅甸问题以及东盟共同体建设的进展，并同意在联合国框架下加强协调，共同应对恐怖主义、跨国犯罪、"
              "网络安全和公共卫生等非传统安全威胁，这一共识在随后的高官会议上得到确认，并写入了会后发表的联合声明。")
NOTES = [PROSE_NOTE if k == 5 else f"参见王明：《东盟安全合作研究（第{k}卷）》，世界知识出版社2020年版，第{k}页。" for k in range(1, PER_PAGE * PAGES + 1)]


def _sentence(k: int) -> str:
    return f"{1990 + k}年，日本与东盟举行第{k}次安全对话，双方同意深化海上合作。{CIRCLED[k - 1]}"


def _article(**changes) -> tuple[str, Document]:
    pages = [["".join(_sentence(p * PER_PAGE + k) for k in range(1, PER_PAGE + 1))] for p in range(PAGES)]
    settings = {"pages": pages, "references": NOTES, "reference_heading": "注释：", "entry_label": "{glyph}"} | changes
    raw = typeset_article(Article(**settings))
    return raw, process_text(raw, doc_id="endnotes")


def test_markers_numbered_through_the_article_pair_with_the_notes_section() -> None:
    raw, doc = _article()
    assert doc.endnotes and doc.notes == [] and len(doc.reference_list) == len(NOTES)
    markers = find_markers(doc)
    assert [m.label for m in markers] == list(CIRCLED[: len(NOTES)])  # ㉑ ㉒ ㉓ ㉔ too
    assert [m.page for m in markers] == [p for p in range(1, PAGES + 1) for _ in range(PER_PAGE)]
    claims = doc.claims
    assert ["".join(c["date"]["text"].split()) for c in claims] == [f"{1990 + k}年" for k in range(1, len(NOTES) + 1)]
    for k, claim in enumerate(claims, 1):
        c = claim["citation"]
        glyph = CIRCLED[k - 1]
        assert (c["marker"], raw[slice(*c["source_span"])], c["note_id"], c["pairing"]) == (glyph, glyph, f"endnotes:refs:{k}", "number")
        s, e = c["note_span"]
        assert raw[s - 2 : s] == glyph + " " and "".join(raw[s:e].split("\n\n")) == NOTES[k - 1]  # after the number and its space
        assert c["note"] == NOTES[k - 1] and "truncated" not in c
    assert "注释" not in doc.body.text and "世界知识出版社" not in doc.body.text


def test_an_english_abstract_after_the_notes_section_is_back_matter() -> None:
    _, doc = _article(english_abstract=["Japan-ASEAN Security Cooperation", "[Abstract] Since 1991, Japan and ASEAN have deepened cooperation."])
    assert len(doc.reference_list) == len(NOTES) and doc.reference_list[-1].text.text == NOTES[-1]
    assert "Abstract" not in doc.body.text


def test_footnotes_restarting_on_each_page_are_not_endnotes() -> None:
    """Notes at a page's foot and markers numbered from ① again on the next page: a `注释` section
    of circled notes at the end is not read as the endnotes of all the markers."""
    pages = [["2019年3月，东盟与欧盟举行部长级会议，双方同意加强合作。①同年11月，双方召开高官会议。②"],
             ["2022年，日本宣布向菲律宾提供巡逻船。①2023年，日本启动“政府安全援助”框架。②"]]
    notes = [["参见王明：《东盟与欧盟关系研究》，世界知识出版社2020年版，第35页。", "同上，第36页。"]]
    raw = typeset_article(Article(pages=pages, footnotes=notes, references=["李强：《日本的海洋战略》，时事出版社2018年版。", "同上。"],
                                  reference_heading="注释", entry_label="{glyph}"))
    doc = process_text(raw, doc_id="footnotes")
    assert not doc.endnotes and doc.reference_list == []
    cited = {c["date"]["text"]: c["citation"] for c in doc.claims}
    assert cited["2019年3月"]["note_id"] == "footnotes:p1:①"
    assert cited["2022年"]["note"] is None  # its page's notes are not in the file: not borrowed from the section


@pytest.mark.parametrize("glyphs", ["⑴⑵⑶", "❶❷❸"])
def test_endnotes_in_another_glyph_style(glyphs: str) -> None:
    body = [["".join(f"{2000 + k}年，日本与东盟举行安全对话。{glyphs[k]}" for k in range(3))]]
    raw = typeset_article(Article(pages=body, references=NOTES[:3], reference_heading="注释", entry_label="{glyph}", note_glyphs=glyphs))
    doc = process_text(raw, doc_id="styled")
    cited = [c["citation"] for c in doc.claims]
    assert [(c["marker"], c["note_id"], c["note"]) for c in cited] == [(glyphs[k], f"styled:refs:{k + 1}", NOTES[k]) for k in range(3)]


def test_a_note_of_the_section_cut_by_a_page_break_keeps_its_pieces() -> None:
    raw, doc = _article(references_break_after=4)  # after the first line of ⑤, the prose note
    c = next(c["citation"] for c in doc.claims if c["citation"]["marker"] == "⑤")
    assert c["note"] == PROSE_NOTE and len(c["note_spans"]) == 2
    s, e = c["note_span"]
    assert HEADER in raw[s:e] and "".join("".join(raw[a:b].split("\n\n")) for a, b in c["note_spans"]) == PROSE_NOTE
