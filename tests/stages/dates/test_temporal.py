"""The temporal tagger on a table of expressions: the corpus's shapes and constructed ones."""

from __future__ import annotations

import pytest
from edtf import parse_edtf

from pipeline import process_text
from pipeline.stages.dates import explain_lines
from pipeline.stages.dates.temporal import TimeMention, find_mentions, resolve_relative
from tests.conftest import ROOT

TABLE = ROOT / "tests" / "data" / "temporal_cases.tsv"
CASES = [line.split("\t") for line in TABLE.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]
# values the contract prescribes that the edtf library (5.x) does not parse: an open interval
# whose start has unspecified digits
EDTF_LIBRARY_GAPS = {"199X/..", "198X/..", "20XX/.."}


def tagged(paragraph: str) -> list[TimeMention]:
    mentions = find_mentions(paragraph)
    resolve_relative(mentions)
    return mentions


def test_table_has_at_least_150_cases() -> None:
    assert len(CASES) >= 150


@pytest.mark.parametrize(("paragraph", "text", "value", "mod", "decision"), CASES, ids=[c[1] + "|" + c[0][:12] for c in CASES])
def test_case(paragraph: str, text: str, value: str, mod: str, decision: str) -> None:
    mentions = tagged(paragraph)
    counted = [m for m in mentions if m.decision in ("claim", "optional") and m.value]  # an unresolved one makes no record
    if decision == "not":
        start = paragraph.index(text)
        assert not [m for m in counted if m.start < start + len(text) and start < m.end], [(m.text, m.decision) for m in counted]
        return
    match = [m for m in counted if m.text == text]
    assert match, [(m.text, m.value, m.decision) for m in mentions]
    m = match[0]
    assert (m.value, m.mod or "", m.decision) == (value, mod, decision)
    if value not in EDTF_LIBRARY_GAPS:
        parse_edtf(value)  # raises on an invalid EDTF string


def test_relative_mention_records_its_anchor() -> None:
    mentions = tagged("2022年3月，日本首相出访；4月，外相出席会议。")
    assert [(m.text, m.value, m.anchor) for m in mentions] == [("2022年3月", "2022-03", None), ("4月", "2022-04", "2022年3月")]


def test_relative_mention_without_anchor_stays_unresolved() -> None:
    (mention,) = tagged("同年，双方签署协议。")
    assert (mention.relative, mention.value) == (True, None)


def test_mentions_carry_exact_offsets() -> None:
    paragraph = "此后，日本防卫厅长曾于1979、1981和1984年访问北约总部。"
    (mention,) = tagged(paragraph)
    assert paragraph[mention.start : mention.end] == "1979、1981和1984年"


def test_same_day_anchors_on_the_nearest_mention_relative_ones_included() -> None:
    mentions = tagged("2022年9月，双方会晤。同年12月，双方会谈。同日，签署协议。")
    assert [(m.value, m.anchor) for m in mentions] == [("2022-09", None), ("2022-12", "2022年9月"), ("2022-12", "同年12月")]


def test_bare_month_resolves_across_paragraphs() -> None:
    mentions = find_mentions("2023年1月，北约表态。") + find_mentions("4月，日本回应。")
    resolve_relative(mentions)
    assert (mentions[-1].value, mentions[-1].anchor) == ("2023-04", "2023年1月")


def test_excluded_date_like_strings_are_listed_with_their_reason() -> None:
    mentions = tagged("冷战结束30多年以来，“锁定盾牌2022”演习与“9·11”事件。")
    reasons = {m.text: m.reason for m in mentions if m.decision == "excluded"}
    assert reasons == {"30多年以来": "duration", "“锁定盾牌2022”": "name", "9·11": "event named by its date"}


def test_deictic_words_are_excluded_with_their_reason_and_anchor_nothing() -> None:
    mentions = tagged("2022年，北约表态。去年底，双方会谈；同年5月，签署协议。")
    assert [(m.text, m.value, m.decision, m.reason) for m in mentions] == [
        ("2022年", "2022", "claim", "explicit"),
        ("去年底", None, "excluded", "excluded: deictic, no anchor in contract"),
        ("同年5月", None, "claim", "relative"),  # not 2022-05: the year is 去年's
    ]


@pytest.mark.parametrize("paragraph", [
    "2023年12月，冯德莱恩表示，“2024年将是欧中关系的关键一年”。",  # the verb, a comma, the quote
    "2023年12月，冯德莱恩表示“2024年将是欧中关系的关键一年”。",
    "2023年12月，冯德莱恩说：“2024年将是关键一年”。",
])
def test_a_date_in_quoted_speech_is_optional(paragraph: str) -> None:
    mentions = tagged(paragraph)
    assert [(m.text, m.decision, m.reason) for m in mentions] == [
        ("2023年12月", "claim", "explicit"), ("2024年", "optional", "quoted speech")]


def test_a_year_in_nested_titles_is_one_mention() -> None:
    mentions = tagged("参见「关于参加演习『锁定盾牌2023』的通知」。")
    assert [(m.text, m.value, m.decision, m.reason) for m in mentions] == [("2023", "2023", "optional", "in title")]


# A constructed page (not from the corpus): front matter, then body lines of ~30 characters with
# a blank line between them, each new shape cut by a hard line break, the way extraction delivers it.
BROKEN_PAGE = [
    "东盟与欧盟安全合作的新进展", "李华", "内容提要：本文考察东盟与欧盟在安全领域的合作进程及其制约因素。", "关键词：东盟 欧盟 安全合作",
    "  2022年春", "季，东盟与欧盟在布鲁塞尔举行部长级会议，双方同意加强海上",
    "安全合作。从2018年至", "今，双方每年举行高官会议，讨论落实合作计划的具体步骤。",
    "２０２２．３．", "５，欧盟理事会通过新的对外战略文件；２０２２Ｇ０３Ｇ", "０７，东盟发表声明，表示欢迎。去年，双方又举行了两次会谈，",
    "同年双方还签署了备忘录。报告《东亚战略概观20", "21》指出，双方合作仍面临不少制约。2019年，双方签署协议；同",
    "日，东盟秘书长发表讲话。2021年12月至", "2022年2月，双方多次谈判，年", "底又在雅加达举行会谈。80年代末90年", "代初，国际格局剧变。",
]


def _span(raw: str, text: str) -> list[int]:
    start = raw.index(text)
    assert raw.count(text) == 1
    return [start, start + len(text)]


def test_new_shapes_cut_by_line_breaks_keep_exact_raw_spans() -> None:
    raw = "\n\n".join(BROKEN_PAGE) + "\n"
    doc = process_text(raw, doc_id="broken")
    got = [(c["date"]["text"], c["date"]["source_span"], c["date"]["value"], c["date"]["mod"], c["date"]["anchor"], c.get("optional", False))
           for c in doc.claims]
    assert got == [
        ("2022年春\n\n季", _span(raw, "2022年春\n\n季"), "2022-21", None, None, False),
        ("2018年至\n\n今", _span(raw, "2018年至\n\n今"), "2018/..", None, None, False),
        ("２０２２．３．\n\n５", _span(raw, "２０２２．３．\n\n５"), "2022-03-05", None, None, False),
        ("２０２２Ｇ０３Ｇ\n\n０７", _span(raw, "２０２２Ｇ０３Ｇ\n\n０７"), "2022-03-07", None, None, False),
        ("20\n\n21", _span(raw, "20\n\n21"), "2021", None, None, True),
        ("2019年", _span(raw, "2019年"), "2019", None, None, False),
        ("同\n\n日", _span(raw, "同\n\n日"), "2019", None, "2019年", False),
        ("2021年12月至\n\n2022年2月", _span(raw, "2021年12月至\n\n2022年2月"), "2021-12/2022-02", None, None, False),
        ("年\n\n底", _span(raw, "年\n\n底"), "2022", "END", "2021年12月至2022年2月", False),
        ("80年代末", _span(raw, "80年代末"), "198X", "END", None, False),
        ("90年\n\n代初", _span(raw, "90年\n\n代初"), "199X", "START", None, False),
    ]
    explained = {row.split("\t")[3]: row.split("\t")[5:] for row in explain_lines(doc)}
    assert explained["去年"] == ["excluded", "excluded: deictic, no anchor in contract"]
    assert explained["同年"] == ["excluded", "unresolved relative"]  # after 去年, not anchored on 2022


# A second constructed page: the shapes added for other classes (eras, decade ranges, unit lists,
# days counted from a day), each cut by a line break, and a deictic word cut in two.
BROKEN_PAGE_2 = [
    "东亚安全合作的历史与现状", "王明", "内容提要：本文考察东亚安全合作的历史进程及其制约因素。", "关键词：东亚 安全合作",
    "  公元前", "221年，秦统一六国；民国三十", "八年，国民政府迁往台湾。20世纪50—", "60年代，日本经济高速增长，双方的交流",
    "逐步增多。2022年3、", "4月，双方多次会谈。2022年12月31日，双方签署协议，次", "日，协议生效。去", "年，双方又举行了两次会谈。",
]


def test_other_shapes_cut_by_line_breaks_keep_exact_raw_spans() -> None:
    raw = "\n\n".join(BROKEN_PAGE_2) + "\n"
    doc = process_text(raw, doc_id="broken2")
    got = [(c["date"]["text"], c["date"]["source_span"], c["date"]["value"], c["date"]["anchor"]) for c in doc.claims]
    assert got == [
        ("公元前\n\n221年", _span(raw, "公元前\n\n221年"), "-0220", None),
        ("民国三十\n\n八年", _span(raw, "民国三十\n\n八年"), "1949", None),
        ("20世纪50—\n\n60年代", _span(raw, "20世纪50—\n\n60年代"), "195X/196X", None),
        ("2022年3、\n\n4月", _span(raw, "2022年3、\n\n4月"), "{2022-03,2022-04}", None),
        ("2022年12月31日", _span(raw, "2022年12月31日"), "2022-12-31", None),
        ("次\n\n日", _span(raw, "次\n\n日"), "2023-01-01", "2022年12月31日"),
    ]
    deictic = [row.split("\t")[1:] for row in explain_lines(doc) if row.split("\t")[5] == "excluded"]
    assert deictic == [[*map(str, _span(raw, "去\n\n年")), "去\\n\\n年", "", "excluded", "excluded: deictic, no anchor in contract"]]


NOISY_DIGITS = [  # raw mentions whose digits extraction or OCR garbled, and their values
    ("２０19年", "2019"),  # full-width and ASCII digits mixed
    ("２０１９年３月", "2019-03"),
    ("二〇1９年", "2019"),  # Chinese and Arabic digits mixed
    ("2019\u3000年", "2019"),  # ideographic space
    ("2019\u2009年\u20093\u2009月", "2019-03"),  # thin spaces
    ("20\u202f19年", "2019"),
    ("2O19年", "2019"),  # letter O for zero
    ("2019年l月", "2019-01"),  # lowercase L for one
    ("2019年1O月3O日", "2019-10-30"),
    ("2019年3月l5日", "2019-03-15"),
]


@pytest.mark.parametrize(("raw_mention", "value"), NOISY_DIGITS)
def test_noisy_digits_in_dates_read_through_the_pipeline(raw_mention: str, value: str) -> None:
    raw = "东盟与欧盟安全合作\n\n李华\n\n关键词：东盟 欧盟\n\n双方在安全领域持续加强合作。" + raw_mention + "，双方举行会谈，签署协议。\n"
    (claim,) = process_text(raw, doc_id="noisy").claims
    assert (claim["date"]["text"], claim["date"]["value"], claim["date"]["source_span"]) == (raw_mention, value, _span(raw, raw_mention))
