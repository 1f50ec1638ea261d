"""Normalization rules on constructed strings, each rule on its own class of noise."""

from __future__ import annotations

import pytest

from pipeline.mapped import MappedText
from pipeline.stages.normalize import normalize, note_glyph_runs


def norm(raw: str) -> str:
    return normalize(MappedText.from_raw(raw))[0].text


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("２０１９年，ＮＡＴＯ与日本", "2019年，NATO与日本"),  # full-width letters and digits
        ("总统艾哈迈迪\u2011内贾德", "总统艾哈迈迪-内贾德"),  # Word's non-breaking hyphen
        ("高级代表哈维尔\uf0b7索拉纳", "高级代表哈维尔·索拉纳"),  # a Symbol font's bullet between Chinese: the name's dot
        ("哈维尔•索拉纳与Item • two", "哈维尔·索拉纳与Item • two"),  # a bullet elsewhere stays
        ("增长了１５％。", "增长了15%。"),
        ("双方签署协议.此后", "双方签署协议。此后"),  # . ending a Chinese sentence
        ("巴尼特.鲁宾在书中", "巴尼特·鲁宾在书中"),  # OCR's . for a transliterated name's dot
        ("哈菲佐拉.阿明逮捕", "哈菲佐拉·阿明逮捕"),  # two transliteration characters on one side suffice
        ("会见普京.他说", "会见普京。他说"),  # one on each side: a sentence's end
        ("努尔.穆罕默德:塔拉基出任", "努尔·穆罕默德·塔拉基出任"),  # OCR's : for the dot too
        ("会见普京:他说", "会见普京：他说"),  # one on each side: a colon
        ("双方签署协议.", "双方签署协议。"),
        ("1.5万亿日元", "1.5万亿日元"),  # a decimal point stays
        ("包括:2013年", "包括：2013年"),
        ("日本,韩国;澳大利亚", "日本，韩国；澳大利亚"),
        ("“全球伙伴”,北约", "“全球伙伴”，北约"),
        ("“Relations with Japan,” NATO, July 28, 2023", "“Relations with Japan,” NATO, July 28, 2023"),  # English stays
        ("(四) 美国积极推动", "（四）美国积极推动"),
        ("《个别伙伴合作计划》(IPCP)", "《个别伙伴合作计划》(IPCP)"),
        ("合作计划(IPCP),前者", "合作计划(IPCP)，前者"),  # a comma before Chinese after a bracket
        ("合作计划①,前者", "合作计划①，前者"),  # … or after a note marker
        ("the plan (IPCP), the first", "the plan (IPCP), the first"),  # English stays
        ("真的吗?是的!", "真的吗？是的！"),
        ("20世纪 90年代", "20世纪90年代"),
        ("1979、1981和 1984年", "1979、1981和1984年"),
        ("2022年 12 月 17 日", "2022年12月17日"),
        ("CHEN Jingjing", "CHEN Jingjing"),
        ("访问日期２０２０Ｇ１２Ｇ１５", "访问日期2020-12-15"),  # letter for hyphen, after width normalization
        ("[2021x03x09]", "[2021-03-09]"),
        ("[2021G03]", "[2021-03]"),
        ("型号G20G5不变", "型号G20G5不变"),  # not a date: no year
        ("https://www. yomiuri. co. jp / politics / 20221217-OYT1T50039/ [2023-06-10]",
         "https://www.yomiuri.co.jp/politics/20221217-OYT1T50039/ [2023-06-10]"),
        ("int / nato_static / assets", "int / nato_static / assets"),  # not a URL: left alone
        ("成果^①", "成果①"),
        ("NATO\uf0b7Japan", "NATO•Japan"),  # Symbol-font bullet
        ("Japan\ue123s allies", "Japan’s allies"),  # PUA between a word and a clitic
        ("有关各方\ue5e5\ue5e5。", "有关各方……。"),  # doubled glyph before punctuation
        ("“9\ue0a111”事件", "“9·11”事件"),
        ("日期2020\ue00112\ue00115", "日期2020-12-15"),
        ("\ue7c7", "ḿ"),  # GB18030-2000 PUA code point
        ("2019\u2009年\u20093\u2009月", "2019年3月"),  # thin spaces between a number and its unit
        ("20\u202f19年", "2019年"),  # a thin space inside a year's digits groups them
        ("20 19年", "20 19年"),  # an ordinary space there may part two numbers: left alone
        ("2O19年", "2019年"),  # letter O for zero inside a year before 年
        ("l998年与2OO1年", "1998年与2001年"),
        ("２Ｏ１９年ｌ月", "2019年1月"),  # after width normalization
        ("2019年l月", "2019年1月"),  # lowercase L for 1 in a month after a year
        ("2019年1l月", "2019年11月"),
        ("2019年1O月3O日", "2019年10月30日"),
        ("2019年3月l5日", "2019年3月15日"),
        ("2019年O月", "2019年O月"),  # no month 0: left alone
        ("COVID-19年", "COVID-19年"),
        ("Iowa州", "Iowa州"),
        ("2O19", "2O19"),  # no 年: not certain
        ("lO月", "lO月"),  # a month without its year: not certain
        # Tesseract's readings of 1 as ] or |, and of the range dash as 一 (one)
        ("2004年]月20日", "2004年1月20日"),
        ("1996年1]月30日", "1996年11月30日"),
        ("同年1]月19日", "同年11月19日"),
        ("同年11]月", "同年11月"),  # ] after a full month: noise
        ("1971]年8月9日", "1971年8月9日"),  # ] after a full year: noise
        ("198]年12月10日", "1981年12月10日"),
        ("7月1]日", "7月1日"),  # after a day's 1 as often noise as a digit: dropped
        ("3月]5日", "3月15日"),
        ("1955一1991年", "1955—1991年"),
        ("2014年一月", "2014年一月"),  # a numeral month stays
        ("第]期", "第]期"),  # no date: left alone
        ("筹集资金。[15]日本与北约", "筹集资金。[15]日本与北约"),  # a bracketed note number before 日本
    ],
)
def test_rule(raw: str, clean: str) -> None:
    assert norm(raw) == clean


def test_counts_and_unmapped_pua_kept() -> None:
    text, counts = normalize(MappedText.from_raw("日本\ue999北约,２０２０"))
    assert text.text == "日本\ue999北约，2020"
    assert counts == {"fullwidth_ascii": 4, "comma_in_chinese": 1, "pua_unmapped": 1}


def test_english_lost_spaces_flagged_not_changed() -> None:
    text, counts = normalize(MappedText.from_raw("Japanisanimportantpartnerforthealliance and NATO"))
    assert text.text == "Japanisanimportantpartnerforthealliance and NATO"
    assert counts["english_lost_spaces"] == 1


def test_width_change_maps_to_source() -> None:
    text, _ = normalize(MappedText.from_raw("日期２０２０Ｇ１２Ｇ１５"))
    assert text.text == "日期2020-12-15"
    assert text.raw_span(6, 7) == (6, 7)  # the hyphen stands for the Ｇ


@pytest.mark.parametrize(("raw", "read"), [
    # runs that restart at the first code point on each page, in a document whose notes open with ①
    ("甲。\uf06c乙。\uf06d\n①注一\n②注二\n\f丙。\uf06c丁\uf06d戊\uf06e\n①注\n②注\n③注", {0xF06C: "①", 0xF06D: "②", 0xF06E: "③"}),
    ("甲\uf0a5乙\uf0a5丙\uf0a5\n①注", {}),  # one code point again and again: a bullet, not numbers
    ("甲\uf06c乙\uf06e丙\uf06d\n①注", {}),  # not in the font's order
    ("甲\uf06c乙\uf06d丙\uf06e\n1. 注", {}),  # notes not numbered with glyphs
    ("甲\uf06c乙\uf06d\n①注", {}),  # fewer than three
])
def test_note_numbers_printed_as_private_use_code_points(raw: str, read: dict[int, str]) -> None:
    assert note_glyph_runs(raw) == read
