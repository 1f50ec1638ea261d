"""The temporal tagger on a table of expressions: the corpus's shapes and constructed ones."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from edtf import parse_edtf

from pipeline.temporal import TimeMention, find_mentions, resolve_relative

TABLE = Path(__file__).parent / "data" / "temporal_cases.tsv"
CASES = [line.split("\t") for line in TABLE.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]
# values the contract prescribes that the edtf library (5.x) does not parse: an open interval
# whose start has unspecified digits
EDTF_LIBRARY_GAPS = {"199X/..", "198X/.."}


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


def test_30000_characters_tag_well_under_a_second() -> None:
    paragraphs = [c[0] for c in CASES] * (30000 // sum(len(c[0]) for c in CASES) + 1)
    started = time.perf_counter()
    mentions = [m for p in paragraphs for m in find_mentions(p)]
    resolve_relative(mentions)
    assert sum(map(len, paragraphs)) >= 30000
    assert time.perf_counter() - started < 0.5
