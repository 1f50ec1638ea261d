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
