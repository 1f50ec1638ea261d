"""Parsed references: corpus notes with fields read from the raw text, and constructed notes."""

from __future__ import annotations

import pytest

from pipeline.stages.citations.references import (
    date_parts,
    document_references,
    parse_note,
)
from tests.conftest import corpus_doc


def refs(short: str) -> dict:
    return document_references(corpus_doc(short).notes)


def test_english_web_reference() -> None:
    item = refs("001")[(1, 5)][0]  # note ⑤ on the article's first page
    assert item["title"] == "NATO and Japan are natural partners, says Chair of the NATO Military Committee"
    assert item["container-title"] == "NATO"
    assert item["issued"] == {"date-parts": [[2022, 6, 5]]}
    assert item["URL"] == "https://www.nato.int/cps/en/natohq/news_196305.htm?selectedLocale=en"
    assert item["accessed"] == {"date-parts": [[2023, 5, 1]]}
    assert (item["language"], item["type"]) == ("en", "webpage")


def test_japanese_reference_with_nested_brackets() -> None:
    item = refs("002")[(2, 2)][0]
    assert item["title"] == "『自由と繁栄の弧』をつくる"
    assert item["container-title"] == "外務省"
    assert item["issued"] == {"date-parts": [[2006, 11, 30]]}
    assert item["URL"] == "https://www.mofa.go.jp/mofaj/press/enzetsu/18/easo_1130.html"
    assert item["language"] == "ja"


def test_chinese_journal_and_book() -> None:
    journal = refs("002")[(9, 3)][0]
    assert (journal["author"], journal["title"], journal["container-title"], journal["issued"], journal["issue"]) == (
        [{"literal": "吴怀中"}], "日本对华安全战略：一项制衡议程的新近分析", "日本学刊", {"date-parts": [[2021]]}, "5")
    book = refs("001")[(4, 1)][0]
    assert (book["author"], book["title"], book["publisher"], book["page"], book["type"]) == (
        [{"literal": "李薇"}], "日本研究报告（2014）", "社会科学文献出版社", "95", "book")


def test_ibid_resolves_to_the_previous_note_with_its_own_page() -> None:
    items = refs("002")[(15, 4)]  # ④ 同上，第126－127页。
    assert items[0]["title"] == "将来世代に経済負担を課す岸田政権"
    assert (items[0]["page"], items[0]["ibid"]) == ("126-127", True)


def test_explanatory_note_is_typed_as_such() -> None:
    assert refs("001")[(3, 6)][0]["type"] == "note"
    assert refs("002")[(16, 2)][0]["type"] == "note"


def test_explanation_then_source_keeps_both() -> None:
    item = refs("002")[(2, 1)]
    assert len(item) == 1
    assert item[0]["title"] == "冷戦後のNATOのパートナーシップ政策の発展"
    assert item[0]["container-title"] == "レファレンス" and item[0]["page"] == "106"
    assert item[0]["comment"].startswith("1992年北约专属机构杂志")


def test_two_references_in_one_note() -> None:
    items = parse_note("王明：《东亚安全》，世界知识出版社2019年版，第12页；李强：《欧洲防务》，《欧洲研究》2020年第3期。")
    assert [(i["title"], i.get("publisher"), i.get("container-title")) for i in items] == [
        ("东亚安全", "世界知识出版社", None), ("欧洲防务", None, "欧洲研究")]


def test_unresolvable_ibid_is_reported() -> None:
    assert parse_note("Ibid., p. 5.")[0]["ibid"] == "unresolved"


@pytest.mark.parametrize(("text", "parts"), [
    ("令和4年12月16日", [2022, 12, 16]), ("平成元年", [1989]), ("昭和六十年3月", [1985, 3]),
    ("June 5, 2022", [2022, 6, 5]), ("March, 2021", [2021, 3]), ("2007年6月号", [2007, 6]), ("n.d.", None),
])
def test_date_parts(text: str, parts: list[int] | None) -> None:
    assert date_parts(text) == parts


# Shapes a new user met (issue #18) and their families: (note, the fields expected in its one reference)
SHAPES = [
    ("《法国召回驻美澳大使》，新华网，2020年12月30日。",
     {"title": "法国召回驻美澳大使", "publisher": "新华网", "issued": {"date-parts": [[2020, 12, 30]]}}),
    ("《中欧峰会成果清单》，人民网，2019年4月10日，http://world.people.com.cn/n1/2019/0410/c1002-31022612.html。",
     {"title": "中欧峰会成果清单", "publisher": "人民网", "issued": {"date-parts": [[2019, 4, 10]]}, "type": "webpage"}),
    ("Joe Biden, “Remarks on America’s Place in the World,” The White House, May 20, 2021.",
     {"container-title": "The White House", "issued": {"date-parts": [[2021, 5, 20]]}}),
    ("“Quad Leaders’ Joint Statement,” May 24, 2022.",  # no container: the date is not one
     {"title": "Quad Leaders’ Joint Statement", "issued": {"date-parts": [[2022, 5, 24]]}}),
    ("Thanat Khoman, “ASEAN: Conception and Evolution,” in K. S. Sandhu et al., eds., The ASEAN Reader.",
     {"container-title": "in K. S. Sandhu et al"}),  # an initial's full stop ends nothing
    ("邓小平：《在会见外宾时的谈话》，载《人民日报》1998年4月3日，第1版。",
     {"container-title": "人民日报", "issued": {"date-parts": [[1998, 4, 3]]}, "page": "1", "type": "article-newspaper"}),
    ("《社论：打倒新沙皇》，《人民日报》1969年3月4日，第2版。",
     {"container-title": "人民日报", "issued": {"date-parts": [[1969, 3, 4]]}, "page": "2"}),
    ("陈弘：《澳大利亚“印太”战略的形成与发展》，载《国际问题研究》2019年第4期，第51—64页。",
     {"container-title": "国际问题研究", "issue": "4", "page": "51-64"}),
    ("《商务部关于原产于澳大利亚的进口大麦反倾销调查的最终裁定》，商务部公告2020年第14号，2020年5月18日。",
     {"issued": {"date-parts": [[2020, 5, 18]]}}),  # a document number's year is no date
    ("周弘：《中欧关系》，北京：社会科学文献出版社，1986年版，第12页。",
     {"publisher": "社会科学文献出版社", "issued": {"date-parts": [[1986]]}, "page": "12", "type": "book"}),
]


@pytest.mark.parametrize(("note", "fields"), SHAPES)
def test_reference_shapes(note: str, fields: dict) -> None:
    [reference] = parse_note(note)
    assert {key: reference.get(key) for key in fields} == fields
