"""Temporal tagging of clean Chinese body text into EDTF values, with claim decisions.

Finds every date-like string of a paragraph — years (fiscal ones too), months, days, decades and
centuries, numeric dates, ranges, lists, modifiers, half-years and seasons, open starts (以来, 至今),
Chinese numerals, Japanese era years and relative expressions — normalizes it to EDTF (with
a TIMEX3-style `mod`), and decides whether it is a claim, optional (in a title, in quoted
speech, a goal), or excluded (durations, named periods, numbers inside names, deictic words
such as 去年 that count from an unknown time of writing). Relative mentions are resolved in
document order, against the nearest preceding date that dates a statement (not a goal, a title's year,
a document's name, a comparison term, a reference point or an anniversary's origin).
Vocabulary and exclusions are data in models/temporal/rules.json; this module is the engine.
"""

from __future__ import annotations

import calendar
import json
import re
from collections import deque
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from typing import Any

from pipeline.resources import MODELS

RULES_FILE = MODELS / "temporal" / "rules.json"
DATE_LIKE_REASONS = ("duration", "frequency", "vague period", "event named by its date", "name", "ordinal")
NUM = r"(?:\d{1,4}|[〇零一二三四五六七八九十百千两]{1,6})"
UNIT_LIST = r"\s*[、和]\s*"  # 3、4月, 50和60年代: a list of numbers sharing one unit
RANGE_SEP = r"\s*(?:至|到|—|–|－|-|~|～)\s*"
YEAR_VALUE = re.compile(r"\d{4}")
CLAUSE_START = re.compile(r"[，。；！？：]")
HAN = re.compile(r"[\u4e00-\u9fff]")
DECADE_OR_CENTURY = re.compile(r"\d{2}[\dX]X")  # 197X, 19XX
Point = tuple[int | None, int | None, int | None]  # year, month, day as written


@dataclass(frozen=True)
class Written:
    """The parts of a relative mention that it writes itself: 次年2月 is offset 1 and the point (None, 2, None)."""

    offset: int
    points: list[Point]
    listed: bool  # 3、4月 is a set of months, 11—12月 a range
    part: str | None  # half-year or season word
    mod: str | None  # modifier word
    open_word: str | None


@dataclass
class TimeMention:
    start: int  # offsets into the text passed in
    end: int
    text: str
    value: str | None  # EDTF; None until resolved for relative mentions
    mod: str | None  # START | MID | END | APPROX | None
    decision: str  # "claim" | "optional" | "excluded"
    reason: str
    relative: bool = False
    anchor: str | None = None
    # what a relative mention takes from its anchor: "year" (同年, 4月), "month" (同月, 10日) or "day" (同日, 次日)
    needs: str | None = None
    written: Written | None = None  # what a relative mention writes itself, applied once it is anchored
    # counts from the time of writing (今年, 去年): never a claim, and no anchor for what follows
    deictic: bool = False
    # why a claim is no anchor for what follows: it names a document, is a comparison term, a reference point or an anniversary's origin
    background: str | None = None
    # a same-day word fixed by an event clause that names no ending (抵达莫斯科的当天): a range's first day, the day it began
    event_began: bool = False


@dataclass(frozen=True)
class Rules:
    digits: dict[str, int]
    eras: dict[str, int]
    century_words: dict[str, int]
    decade_words: dict[str, int]  # 头十年 → 1: the decade of a century named by a word
    mods: dict[str, str]
    year_parts: dict[str, str]  # half-years, quarters and seasons → EDTF sub-year codes
    relative_years: dict[str, int]
    relative_months: dict[str, int]
    relative_days: dict[str, int]
    relative_parts: dict[str, str]
    not_anchors: tuple[str, ...]  # optional reasons whose mentions anchor no relative date
    deictic_reason: str
    titles: tuple[tuple[str, str], ...]
    quotes: tuple[tuple[str, str], ...]
    quote_name_max: int
    speech_marks: str
    speech_before: re.Pattern[str]
    speech_after_comma: re.Pattern[str]
    speech_after_comma_min: int
    document_words: tuple[str, ...]
    exclude: tuple[tuple[re.Pattern[str], str], ...]
    unread_number: re.Pattern[str]
    unread_reason: str
    title_after: re.Pattern[str]
    title_bare_year: re.Pattern[str]
    goal_before: re.Pattern[str]
    goal_before_chars: int
    goal_after: re.Pattern[str]
    names_document_after: re.Pattern[str]
    comparison_before: re.Pattern[str]
    compared_with_before: re.Pattern[str]
    compared_with_after: re.Pattern[str]
    baseline_after: re.Pattern[str]
    reference_point_after: re.Pattern[str]
    modifier_after: re.Pattern[str]
    list_joint: re.Pattern[str]
    adverbial_before: re.Pattern[str]
    flashback_before: re.Pattern[str]
    period_origin_after: re.Pattern[str]
    anniversary: re.Pattern[str]
    event_clause_before: re.Pattern[str]
    event_end_words: re.Pattern[str]
    mention: re.Pattern[str]
    point: re.Pattern[str]
    unit_before_range: re.Pattern[str]
    month_pair: re.Pattern[str]  # 七八月: two neighbouring months in Chinese digits, a range
    range_between: re.Pattern[str]
    year: re.Pattern[str]


def _alternatives(words: Any, not_followed_by: dict[str, str] | None = None) -> str:
    """A regex alternation of words, longest first so that 年底 wins over 底; a word may carry a guard."""
    guards = not_followed_by or {}
    return "|".join(re.escape(w) + (f"(?!{guards[w]})" if w in guards else "") for w in sorted(words, key=len, reverse=True))


def _guarded(words: Any, not_preceded_by: str, not_followed_by: str) -> str:
    """Words that stand alone: not inside a longer word (如今年轻人 holds no 今年)."""
    return f"(?<!{not_preceded_by})(?:{_alternatives(words)})(?!{not_followed_by})"


@cache
def load_rules() -> Rules:
    """Compile the rule file once: one mention regex with a named group per shape."""
    spec = json.loads(RULES_FILE.read_text(encoding="utf-8"))
    year = rf"(?:(?:{_alternatives(spec['eras'])})\s*(?:元|{NUM})|(?:\d|[〇零一二三四五六七八九]){{4}})"  # 2019, 二〇一九, 二〇19
    decade_year = r"(?:\d{3}0|[〇零一二三四五六七八九]{3}[〇零])"
    sep = RANGE_SEP
    lst = r"\s*(?:、|，|和|与|及|以及)\s*"
    fiscal_unit = _alternatives(spec["fiscal_year_units"])  # 财年, 会计年度, 年度
    year_unit = rf"(?:{fiscal_unit}|年)"
    then = rf"(?:{sep}|{UNIT_LIST})"  # a range or a list written with the unit once: 11—12月, 3、4月
    day = rf"{NUM}\s*[日号]"
    day_list = _alternatives(spec["day_list_words"])
    # 5月11日和13日: further days of the month written before them, each with its unit
    listed_days = rf"(?:\s*(?:{day_list})\s*{NUM}\s*[日号](?!{spec['listed_day_not_followed_by']}))*"
    month = rf"{NUM}\s*月(?:\s*{day})?"
    month_span = rf"{NUM}(?:{then}{NUM})?\s*月(?:\s*{NUM}(?:{then}{NUM})?\s*[日号]{listed_days})?"  # 7月, 11—12月, 3、4月, 7月11—12日, 5月11日和13日
    # a day alone takes its month from the text before it; 号 is a day only after a month (1号机组 is no date)
    bare_days = rf"{NUM}\s*日(?:(?:{sep}|\s*(?:{day_list})\s*){NUM}\s*日(?!{spec['listed_day_not_followed_by']}))*"  # 10日, 11日至13日, 11日和13日
    decade = r"(?:\d0|[一二三四五六七八九]十)"
    decades = rf"(?:{decade}(?:{then}{decade})?|[一二三四五六七八九]{{2}}十)"  # 90, 九十, 50—60, 五六十
    range_end = rf"(?:{sep}(?:{year}\s*年(?:\s*{month})?|{month}|{day}))"  # 至2020年2月, 至12月, 至12日
    century = rf"(?:\d{{2}}|[一二]十[一二三四五六七八九]?)\s*世纪|{_alternatives(spec['century_words'])}"
    year_parts = {**spec["semesters"], **spec["seasons_together"], **spec["seasons"]}
    seasons = _alternatives(spec["seasons"], spec["not_followed_by"])
    tail = (
        rf"(?:\s*(?P<part>{_alternatives(year_parts, spec['not_followed_by'])}))?"
        rf"(?:\s*(?P<mod>{_alternatives(spec['modifiers'], spec['not_followed_by'])}))?"
        rf"(?:\s*(?P<open>{_alternatives(spec['open_start'], spec['not_followed_by'])}))?"
    )
    pattern = (
        rf"(?:(?P<numeric>{spec['numeric_date']})"
        rf"|{spec['before_common_era']}\s*(?P<bce_year>{NUM})\s*年"
        rf"|(?P<century>{century})(?:\s*的?\s*(?P<decade>{decades})\s*年代|\s*的?\s*(?:第(?P<tenth>[一二三四五六七八九十])个十年|(?P<decade_word>{_alternatives(spec['decade_words'])})))?"
        rf"|(?P<bare_decade>(?:(?<![\d世])[1-9]0(?:{then}[1-9]0)?|(?<![〇零一二三四五六七八九十百千两几\d世纪]){decades})\s*年代)"
        rf"|(?P<year_decade>{decade_year}(?:{then}{decade_year})?\s*年代)"
        rf"|(?P<range_years>{year}\s*年?{sep}(?:{year}|(?P<short_end>\d{{2}}))\s*{year_unit})"  # 2001至2010年, 2010-12年
        rf"|(?P<list_years>{year}(?:{lst}{year})+\s*{year_unit})"
        rf"|(?P<fiscal_year>{year})\s*(?:{fiscal_unit})"
        rf"|(?P<ymd>{year}\s*年(?:\s*{month_span})?{range_end}?)"
        rf"|(?P<rel_year>{_alternatives(spec['relative_years'])})(?:\s*(?P<rel_year_month>{month_span}{range_end}?))?"
        rf"|(?P<rel_month>{_alternatives(spec['relative_months'])})(?:\s*(?P<rel_month_day>{bare_days}))?"  # 同月9日至10日
        rf"|(?P<rel_day>{_guarded(spec['relative_days'], spec['relative_days_not_preceded_by'], spec['relative_days_not_followed_by'])})"
        rf"|(?P<deictic>{_guarded(spec['deictic']['words'], spec['deictic_not_preceded_by'], spec['deictic_not_followed_by'])})(?:\s*{month_span})?"
        rf"|{spec['relative_parts_after']}(?P<rel_part>{_alternatives(spec['relative_parts'])})(?!{spec['relative_parts_not_followed_by']})"
        rf"|{spec['bare_season_before']}(?P<bare_season>{seasons}){spec['bare_season_after']}"
        rf"|(?P<bare_month>(?<![\d年〇零一二三四五六七八九十第])(?:{month_span}{range_end}?))"
        rf"|(?P<bare_day>(?<![\d月〇零一二三四五六七八九十第])(?:{bare_days})))"
        + tail
    )
    return Rules(
        digits=spec["digits"], eras=spec["eras"], century_words=spec["century_words"], decade_words=spec["decade_words"], mods=spec["modifiers"],
        year_parts=year_parts, relative_years=spec["relative_years"], relative_months=spec["relative_months"],
        relative_days=spec["relative_days"],
        relative_parts=spec["relative_parts"], not_anchors=tuple(spec["not_anchors"]), deictic_reason=spec["deictic"]["reason"],
        titles=tuple(map(tuple, spec["titles"])), quotes=tuple(map(tuple, spec["quotes"])),
        quote_name_max=spec["quote_name_max_chars"], speech_marks=spec["quote_speech_marks"],
        speech_before=re.compile(spec["quote_speech_before"]),
        speech_after_comma=re.compile(spec["quote_speech_after_comma"]),
        speech_after_comma_min=spec["quote_speech_after_comma_min_chars"],
        document_words=tuple(spec["document_words"]),
        exclude=tuple((re.compile(e["pattern"]), e["reason"]) for e in spec["exclude"]),
        unread_number=re.compile(spec["unread_number"]["pattern"]), unread_reason=spec["unread_number"]["reason"],
        title_after=re.compile(spec["title_after"]), title_bare_year=re.compile(spec["title_bare_year"]),
        goal_before=re.compile(spec["goal_before"]), goal_before_chars=spec["goal_before_chars"],
        goal_after=re.compile(spec["goal_after"]),
        names_document_after=re.compile(spec["background"]["names_document_after"]),
        reference_point_after=re.compile(spec["background"]["reference_point_after"]),
        modifier_after=re.compile(spec["background"]["modifier_after"]),
        list_joint=re.compile(spec["background"]["list_joint"]),
        adverbial_before=re.compile(spec["background"]["adverbial_before"]),
        flashback_before=re.compile(spec["background"]["flashback_before"]),
        period_origin_after=re.compile(spec["background"]["period_origin_after"]),
        comparison_before=re.compile(spec["background"]["comparison_before"]),
        compared_with_before=re.compile(spec["background"]["compared_with_before"]),
        compared_with_after=re.compile(spec["background"]["compared_with_after"]),
        baseline_after=re.compile(spec["background"]["baseline_after"]),
        anniversary=re.compile(spec["background"]["anniversary"]),
        event_clause_before=re.compile(spec["event_clause"]["before"]), event_end_words=re.compile(spec["event_clause"]["end_words"]),
        mention=re.compile(pattern),
        point=re.compile(rf"(?:(?P<y>{year})\s*年)?\s*(?:(?P<m>{NUM})\s*月)?\s*(?:(?P<d>{NUM})\s*[日号])?"),
        unit_before_range=re.compile(rf"({NUM})(?={then}{NUM}\s*(月|[日号]))"),
        month_pair=re.compile(r"([一二三四五六七八九])([一二三四五六七八九])(?=\s*月)"),
        range_between=re.compile(RANGE_SEP),
        year=re.compile(year),
    )


def chinese_number(text: str, rules: Rules) -> int:
    """12, 十二, 二〇一二, 二〇12, 两 → int."""
    text = text.strip()
    if text.isdigit():
        return int(text)
    digits = rules.digits
    if all(ch.isdigit() or digits[ch] < 10 for ch in text):  # digit by digit: 二〇一二, and 二〇12 where OCR mixed the two
        return int("".join(ch if ch.isdigit() else str(digits[ch]) for ch in text))
    total, current = 0, 0
    for ch in text:
        value = digits[ch]
        if value >= 10:
            total += (current or 1) * value
            current = 0
        else:
            current = value
    return total + current


def _year(text: str, rules: Rules) -> int:
    """A written year, era years (令和4, 平成元) converted."""
    text = text.strip()
    for era, first in rules.eras.items():
        if text.startswith(era):
            n = text[len(era) :].strip()
            return first + (0 if n == "元" else chinese_number(n, rules) - 1)
    return chinese_number(text, rules)


def _completed_year(start: int, last_two: int) -> int:
    """The end of a range written with its last two digits: 2010-12 → 2012, 1998—02 → 2002."""
    end = start // 100 * 100 + last_two
    return end if end > start else end + 100


def _points(text: str, rules: Rules) -> list[Point]:
    """The (year, month, day) points written in a mention, in order; a range's end takes the
    year and month it leaves out from its start (11—12月 → 11月, 12月; 7月11日至12日 → 7月12日)."""
    text = rules.month_pair.sub(_month_pair_as_range, text)
    text = rules.unit_before_range.sub(lambda m: m.group(1) + m.group(2), text)
    points: list[Point] = []
    for m in rules.point.finditer(text):
        if not (m.group("y") or m.group("m") or m.group("d")):
            continue
        y = _year(m.group("y"), rules) if m.group("y") else None
        mo = chinese_number(m.group("m"), rules) if m.group("m") else None
        d = chinese_number(m.group("d"), rules) if m.group("d") else None
        if points:
            py, pm, _ = points[-1]
            y, mo = y if y is not None else py, mo if mo is not None or d is None else pm
        points.append((y, mo, d))
    return points


def _month_pair_as_range(m: re.Match[str]) -> str:
    """七八月 → 七月至八月 (as 五六十年代 is a range); a pair of months that are not neighbours stays as written."""
    first, second = m.groups()
    order = "一二三四五六七八九"
    return f"{first}月至{second}" if order.index(second) == order.index(first) + 1 else m.group(0)


def _valid(y: int | None, m: int | None, d: int | None) -> bool:
    """A real calendar point (2021年2月30日 is not); a day without its year may be the 29th of February."""
    if (y is not None and not 1000 <= y <= 2200) or (m is not None and not 1 <= m <= 12):
        return False
    if d is None:
        return True
    last = calendar.monthrange(y if y is not None else 2000, m)[1] if m is not None else 31
    return 1 <= d <= last


def _edtf(y: int | None, m: int | None = None, d: int | None = None) -> str | None:
    if y is None:
        return None
    out = f"{y:04d}" if y >= 0 else f"-{-y:04d}"
    if m:
        out += f"-{m:02d}"
        if d:
            out += f"-{d:02d}"
    return out


def _joined(values: list[str], listed: bool) -> str:
    """Several values written as one mention: a set for a list (3、4月), else an interval (11—12月)."""
    if len(values) == 1:
        return values[0]
    return "{" + ",".join(values) + "}" if listed else "/".join(values[:2])


def _listed(written: str) -> bool:
    return re.search(UNIT_LIST, written) is not None


def _decade_tens(written: str, rules: Rules) -> list[int]:
    """The decades written, as tens of their century: 90 → [9]; 50—60 → [5, 6]; 五六十 → [5, 6]."""
    compact = re.fullmatch(r"([一二三四五六七八九])([一二三四五六七八九])十", re.sub(r"\s|年代", "", written))
    if compact:
        return [rules.digits[c] for c in compact.groups()]
    return [chinese_number(d, rules) // 10 for d in re.findall(r"\d0|[一二三四五六七八九]十", written)]


def _century_value(m: re.Match[str], rules: Rules) -> str:
    written = m.group("century")
    century = rules.century_words.get(written) or chinese_number(re.sub(r"\s*世纪", "", written), rules)
    base = century - 1
    if m.group("decade"):
        return _joined([f"{base:02d}{tens}X" for tens in _decade_tens(m.group("decade"), rules)], _listed(m.group("decade")))
    if m.group("tenth") or m.group("decade_word"):  # 第一个十年, 头十年: the first decade, 200X in the 21st century
        tenth = chinese_number(m.group("tenth"), rules) if m.group("tenth") else rules.decade_words[m.group("decade_word")]
        return f"{base:02d}{tenth - 1}X"
    return f"{base:02d}XX"


def _finish(value: str | None, part: str | None, mod: str | None, open_word: str | None, rules: Rules) -> tuple[str | None, str | None]:
    """Apply the words after a date: a half-year or season narrows a year, 以来/起/至今 open it, 初/中/底 set mod."""
    if value and part and len(value) == 4 and value.isdigit():  # 2019年秋 → 2019-23; 2019年秋冬 → 2019-23/2019-24
        codes = rules.year_parts[part].split("/")
        value = "/".join(f"{value}-{code}" for code in (codes[:1] if open_word else codes))  # 2019年秋冬以来 opens at autumn
    if value and open_word and "/" not in value and not value.startswith("{"):
        value = f"{value}/.."
    return value, rules.mods.get(mod) if mod else None


def find_mentions(paragraph: str) -> list[TimeMention]:
    """Every date-like string in one clean paragraph of body text, with its decision."""
    rules = load_rules()
    names, enclosed = _enclosures(paragraph, rules)
    excluded = _excluded_spans(paragraph, rules) + names
    mentions: list[TimeMention] = []
    for m in rules.mention.finditer(paragraph):
        start, end = m.span()
        text = m.group(0).rstrip()
        end = start + len(text)
        hit = next((why for s, e, why in excluded if s <= start < e or start <= s < end), None)
        if hit:
            mentions.append(TimeMention(start, end, text, None, None, "excluded", hit))
            continue
        mention = _interpret(m, rules)
        if mention is None:
            continue
        mention.start, mention.end, mention.text = start, end, text
        why_optional = _optional_reason(paragraph, start, end, enclosed, rules)
        if mention.deictic and why_optional == "quoted speech":
            mention.deictic = False  # the speaker's 今年 is the narrative's time: later dates keep their anchor
        if mention.decision == "claim" and why_optional:  # a deictic word stays excluded wherever it stands
            mention.decision, mention.reason = "optional", why_optional
        mentions.append(mention)
    mentions = _decade_ranges_joined(paragraph, mentions, rules)
    _mark_background(paragraph, mentions, rules)
    _mark_event_days(paragraph, mentions, rules)
    mentions += _title_years(paragraph, enclosed, excluded, mentions, rules)
    for s, e, why in excluded:  # date-like strings the rules exclude, so that --explain lists them too
        if why in DATE_LIKE_REASONS and not any(m.start < e and s < m.end for m in mentions):
            mentions.append(TimeMention(s, e, paragraph[s:e], None, None, "excluded", why))
    for m in rules.unread_number.finditer(paragraph):  # 执政8年: listed, so that --explain loses nothing date-like
        if not any(x.start < m.end() and m.start() < x.end for x in mentions):
            mentions.append(TimeMention(m.start(), m.end(), m.group(0), None, None, "excluded", rules.unread_reason))
    return sorted(mentions, key=lambda m: m.start)


def _decade_ranges_joined(paragraph: str, mentions: list[TimeMention], rules: Rules) -> list[TimeMention]:
    """A range of decades or centuries written with its unit twice is one mention: 20世纪70年代至80年代 → 197X/198X.

    Where an end carries its own modifier (20世纪90年代至21世纪初, 19世纪末至20世纪初) the ends stay two
    mentions, as an interval's mod could not say which end it belongs to.
    """
    joined: list[TimeMention] = []
    for mention in mentions:
        first = joined[-1] if joined else None
        if (
            first is not None
            and all(m.decision in ("claim", "optional") and not m.relative and m.mod is None for m in (first, mention))
            and first.decision == mention.decision
            and all(m.value and DECADE_OR_CENTURY.fullmatch(m.value) for m in (first, mention))
            and rules.range_between.fullmatch(paragraph, first.end, mention.start)
        ):
            first.end, first.text, first.value = mention.end, paragraph[first.start : mention.end], f"{first.value}/{mention.value}"
            continue
        joined.append(mention)
    return joined


def _mark_background(paragraph: str, mentions: list[TimeMention], rules: Rules) -> None:
    """Mark the claims that date no statement of the narrative, so that no relative date takes its value from them:
    a date naming a document (取代1971年条约, 对1996年《阻断法令》), a flashback (美国已于2018年退出), a comparison
    term or baseline (较2022年11月的《巴厘岛宣言》, 与20世纪90年代相比, 比2005年下降, 在2005年基础上), the start
    of a `since … the first` reference point (莫迪自2019年以来首次访俄), the origin of a period inside its clause
    (这是1980年美伊断交以来…), a date that describes a thing inside its clause (结束了2013年以来的路线), the origin
    an anniversary counts from (2017年是建交70周年，两国于1947年…). A paragraph's first date sets its time even
    where it describes a thing: no earlier date of the paragraph holds the narrative's time."""
    for mention in mentions:
        before = paragraph[max(0, mention.start - 4) : mention.start]
        inside = _inside_clause(paragraph, mention.start)
        if rules.names_document_after.match(paragraph, mention.end) or inside and paragraph.startswith("《", mention.end):
            mention.background = "names a document"
        elif rules.flashback_before.search(before) and not _sentence_goes_on(paragraph, mention, mentions):
            mention.background = "flashback"
        elif inside and "/" not in (mention.value or "") and rules.period_origin_after.match(paragraph, mention.end):
            mention.background = "origin of a period"
        elif rules.comparison_before.search(before) or rules.baseline_after.match(paragraph, mention.end) or (
            rules.compared_with_before.search(before) and rules.compared_with_after.match(paragraph, mention.end)
        ):
            mention.background = "comparison"
        elif (mention.value or "").endswith("/..") and rules.reference_point_after.match(paragraph, mention.end):
            mention.background = "reference point"
        elif rules.modifier_after.match(paragraph, mention.end) and inside and not rules.adverbial_before.search(before):
            mention.background = "modifier"
    for first, second in zip(mentions[::-1][1:], mentions[::-1]):  # 继2000年和2007年之后的: the list shares it
        if second.background == "modifier" and rules.list_joint.fullmatch(paragraph[first.end : second.start]):
            first.background = "modifier"
    opening = next((m for m in mentions if m.decision == "claim"), None)
    if opening is not None and opening.background == "modifier":  # 1955年4月召开的亚非会议…同年8月: no time yet to keep
        opening.background = None
    for m in rules.anniversary.finditer(paragraph):
        counted = [x for x in mentions if x.end <= m.start() and YEAR_VALUE.match(x.value or "")]
        if not counted:
            continue
        origin = f"{int(counted[-1].value[:4]) - chinese_number(m.group('years'), rules):04d}"
        for mention in mentions:
            if mention.start >= m.end() and (mention.value or "").startswith(origin):
                mention.background = "anniversary's origin"


def _sentence_goes_on(paragraph: str, mention: TimeMention, mentions: list[TimeMention]) -> bool:
    """Whether another date follows in the same sentence (已于1月下旬抵达北京，于2月中旬…): the sentence
    tells its flashback on, so the flashback's date is that sentence's time."""
    later = [m.start for m in mentions if m.start > mention.start]
    return bool(later) and not re.search(r"[。！？]", paragraph[mention.end : min(later)])


def _inside_clause(paragraph: str, start: int) -> bool:
    """Whether words of the clause stand before a date (恢复1964年开始的…, not 在1971年…召开的…): a date
    that opens its clause sets the narrative's time, one inside it may only describe a thing."""
    clause = CLAUSE_START.split(paragraph[:start])[-1]
    return len(HAN.findall(clause)) >= 2


def _mark_event_days(paragraph: str, mentions: list[TimeMention], rules: Rules) -> None:
    """A day word after an event clause (就在莫迪抵达莫斯科的当天, 大会开幕第二天) counts from the day of that event:
    of a range of days, the first (the day it began); where the clause names an ending (离开, 闭幕) the last, as
    without a clause."""
    for mention in mentions:
        w = mention.written
        if not (w and mention.needs == "day" and w.mod is None):
            continue
        clause = CLAUSE_START.split(paragraph[: mention.start])[-1]
        mention.event_began = bool(rules.event_clause_before.search(clause)) and not rules.event_end_words.search(clause)


def _optional_reason(paragraph: str, start: int, end: int, enclosed: list[tuple[int, int, str]], rules: Rules) -> str | None:
    """Why a date at [start, end) is optional: inside a title or quoted speech, before 版, or a goal."""
    inside = next((kind for s, e, kind in enclosed if s <= start and end <= e), None)
    if inside:
        return inside
    if rules.title_after.match(paragraph, end):  # 2015年版《指针》
        return "in title"
    before = paragraph[max(0, start - rules.goal_before_chars) : start]
    if rules.goal_before.search(before) or rules.goal_after.match(paragraph, end):
        return "goal"
    return None


def _title_years(
    paragraph: str, enclosed: list[tuple[int, int, str]], excluded: list[tuple[int, int, str]], found: list[TimeMention], rules: Rules
) -> list[TimeMention]:
    """Years written without 年 inside a title (《2018美国国防战略》): optional mentions, like any date in a title
    (once, where titles nest: 「…『…2023』…」)."""
    out: list[TimeMention] = []
    for s, e, kind in enclosed:
        if kind != "in title":
            continue
        for m in rules.title_bare_year.finditer(paragraph, s, e):
            taken = any(x.start < m.end() and m.start() < x.end for x in found + out) or any(x < m.end() and m.start() < y for x, y, _ in excluded)
            if not taken and _valid(int(m.group(0)), None, None):
                out.append(TimeMention(m.start(), m.end(), m.group(0), m.group(0), None, "optional", "in title"))
    return out


def _interpret(m: re.Match[str], rules: Rules) -> TimeMention | None:
    """Value and kind of one matched mention; None when it is not a date after all."""
    part, mod, open_word = m.group("part"), m.group("mod"), m.group("open")
    value: str | None = None
    if m.group("deictic"):
        return TimeMention(0, 0, "", None, None, "excluded", rules.deictic_reason, deictic=True)
    if m.group("numeric"):  # 2022-03-05, 2022/3/5, 2022.03
        y, mo, d = (int(m.group(g)) if m.group(g) else None for g in ("num_year", "num_month", "num_day"))
        if not _valid(y, mo, d):
            return None
        value = _edtf(y, mo, d)
    elif m.group("bce_year"):  # 公元前221年: astronomical numbering, as ISO 8601 and EDTF count (1 BCE is 0000)
        value = _edtf(1 - chinese_number(m.group("bce_year"), rules))
    elif m.group("century"):
        value = _century_value(m, rules)
    elif m.group("bare_decade"):  # 90年代, 八九十年代: the century from context, 1930s–2020s
        written = m.group("bare_decade")
        value = _joined([f"{19 if tens >= 3 else 20}{tens}X" for tens in _decade_tens(written, rules)], _listed(written))
    elif m.group("year_decade"):  # 1990年代, 一九九〇年代, 1950—1960年代
        written = m.group("year_decade")
        value = _joined([f"{chinese_number(y, rules) // 10:03d}X" for y in rules.year.findall(written)], _listed(written))
    elif m.group("fiscal_year"):  # 2023财年: the year as written (a fiscal year's start differs by state)
        year = _year(m.group("fiscal_year"), rules)
        if not _valid(year, None, None):
            return None
        value = _edtf(year)
    elif m.group("range_years") or m.group("list_years"):
        years = [_year(y, rules) for y in rules.year.findall(m.group("range_years") or m.group("list_years"))]
        if m.group("short_end"):
            years.append(_completed_year(years[0], int(m.group("short_end"))))
        if len(years) < 2 or not all(_valid(y, None, None) for y in years):
            return None
        value = f"{years[0]}/{years[-1]}" if m.group("range_years") else "{" + ",".join(map(str, years)) + "}"
    elif m.group("ymd"):
        points = _points(m.group("ymd"), rules)
        if not points or not all(_valid(*p) for p in points):
            return None
        value = _joined([_edtf(*p) or "" for p in points], _listed(m.group("ymd")))  # 2022年11月至12月 → 2022-11/2022-12
    else:
        return _relative(m, rules)
    value, mod_value = _finish(value, part, mod, open_word, rules)
    return TimeMention(0, 0, "", value, mod_value, "claim", "explicit")


def _relative(m: re.Match[str], rules: Rules) -> TimeMention | None:
    """A mention that takes its year (同年, 4月, 11—12月, 年底, 冬季) or month (同月, 10日, 月初) from the text before it."""
    tail = (m.group("part") or m.group("bare_season"), m.group("mod") or m.group("rel_part"), m.group("open"))
    if m.group("rel_part"):
        offset, needs, written = 0, rules.relative_parts[m.group("rel_part")], ""
    elif m.group("bare_season"):
        offset, needs, written = 0, "year", ""
    elif m.group("rel_year"):
        offset, needs, written = rules.relative_years[m.group("rel_year")], "year", m.group("rel_year_month") or ""
    elif m.group("rel_day"):
        offset, needs, written = rules.relative_days[m.group("rel_day")], "day", ""
    elif m.group("rel_month"):
        offset, needs, written = rules.relative_months[m.group("rel_month")], "month", m.group("rel_month_day") or ""
    else:
        offset, needs, written = 0, "year" if m.group("bare_month") else "month", m.group("bare_month") or m.group("bare_day")
    points = _points(written, rules)
    if not all(_valid(*p) for p in points) or (written and not points):
        return None
    return TimeMention(0, 0, "", None, None, "claim", "relative", relative=True, needs=needs,
                       written=Written(offset, points, _listed(written), *tail))


def _excluded_spans(text: str, rules: Rules) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), reason) for pattern, reason in rules.exclude for m in pattern.finditer(text)]


def _enclosures(text: str, rules: Rules) -> tuple[list[tuple[int, int, str]], list[tuple[int, int, str]]]:
    """Quoted names with a number (excluded) and the spans whose dates are optional: titles and speech.

    A quotation is speech when it is long, punctuated like a sentence or introduced by a
    verb of saying (他说“…”; after a comma, 他表示，“…”, unless it is as short as a term); a short one is a name (“锁定盾牌2022”, “2022年网络联盟”)
    unless it ends like a document's name (“2022年国家安全战略”), which is a title.
    """
    names: list[tuple[int, int, str]] = []
    optional: list[tuple[int, int, str]] = []
    for pairs, kind in ((rules.titles, "in title"), (rules.quotes, "quoted speech")):
        for opener, closer in pairs:
            for m in re.finditer(re.escape(opener) + "[^" + re.escape(closer) + "]*" + re.escape(closer), text):
                inner = m.group(0)[1:-1]
                speech = (
                    len(inner) > rules.quote_name_max
                    or any(c in rules.speech_marks for c in inner)
                    or rules.speech_before.search(text, max(0, m.start() - 4), m.start())
                    or len(inner) >= rules.speech_after_comma_min
                    and rules.speech_after_comma.search(text, max(0, m.start() - 4), m.start())
                )
                if kind == "in title" or speech:
                    optional.append((m.start(), m.end(), kind))
                elif inner.endswith(rules.document_words):
                    optional.append((m.start(), m.end(), "in title"))
                elif re.search(r"\d|[〇零一二三四五六七八九十]", inner):
                    names.append((m.start(), m.end(), "name"))
    return names, optional


ANCHOR_LOOKBACK = 3  # earlier anchors a relative date may reach past one that lacks its unit


@dataclass(frozen=True)
class Anchor:
    """The date a relative mention is resolved from, to the precision it was written with."""

    year: int
    month: int | None
    day: int | None
    text: str


def resolve_relative(mentions: list[TimeMention]) -> None:
    """Resolve relative mentions in document order against the nearest preceding date mention.

    The anchor is the nearest mention with a value, relative ones included, so that
    `同年12月 … 同日` gives December (the guidelines' settled reading) — but not a goal or a
    title's year (`rules.not_anchors`): they are not the time the narrative is at. Where the
    nearest lacks the unit a mention needs (`同月下旬` after `1983年底起`), the nearest of the
    `ANCHOR_LOOKBACK` before it that has it is the anchor.
    """
    rules = load_rules()
    last: Anchor | None = None
    first: Anchor | None = None  # the first date of the same mention, for an event clause's day (抵达…的当天)
    earlier: deque[Anchor] = deque(maxlen=ANCHOR_LOOKBACK)  # the anchors before `last`, nearest last
    for mention in mentions:
        if mention.deictic:  # 去年 … 同年: the year is 去年's, which the text does not give
            last = first = None
            earlier.clear()
        if mention.decision == "excluded":
            continue
        anchor = first if mention.event_began else last
        if mention.written and mention.value is None and anchor is not None:
            value = _resolve(mention.written, mention.needs, anchor)
            if not value and anchor is last:
                for older in reversed(earlier):
                    if value := _resolve(mention.written, mention.needs, older):
                        anchor = older
                        break
            if value:
                w = mention.written
                mention.value, mention.mod = _finish(value, w.part, w.mod, w.open_word, rules)
                mention.anchor = anchor.text
        if (mention.decision == "optional" and mention.reason in rules.not_anchors) or mention.background:
            continue
        points = re.findall(r"(-?\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", mention.value or "")
        if points:  # a range or list anchors on its last date, the one written nearest: 2001至2010年 … 同年 → 2010
            text = re.sub(r"\s", "", mention.text)
            if last is not None:
                earlier.append(last)
            first, last = (_anchor(point, text) for point in (points[0], points[-1]))


def _anchor(point: tuple[str, str, str], text: str) -> Anchor:
    """An anchor from one date of a value as found in it: 2022-03-05, 2022-03, 2022 (not the semester of 2022-40)."""
    year, month_text, day_text = point
    month = int(month_text) if month_text and int(month_text) <= 12 else None
    day = int(day_text) if day_text and month else None
    return Anchor(int(year), month, day, text)


def _resolve(written: Written, needs: str | None, last: Anchor) -> str | None:
    """The value of a relative mention from its anchor; None when the anchor lacks the part it needs.

    A same-period word without a modifier (同月, 同日) keeps what the anchor knows: 同日 after
    2022年 is 2022, after 2022年12月 is 2022-12; a shifted one (次月, 次日) or a part (月底) needs
    the unit itself.
    """
    offset, points = written.offset, written.points
    same_period = offset == 0 and written.mod is None
    if needs == "year":
        year = last.year + offset
        return _joined([_edtf(year if p[0] is None else p[0], p[1], p[2]) or "" for p in points], written.listed) if points else _edtf(year)
    if last.month is None:
        return _edtf(last.year) if same_period else None
    if needs == "day":
        if last.day is None:
            return _edtf(last.year, last.month) if same_period else None
        return (date(last.year, last.month, last.day) + timedelta(days=offset)).isoformat()
    year, month = last.year + (last.month + offset - 1) // 12, (last.month + offset - 1) % 12 + 1
    days = [p[2] for p in points] or [None]  # 同月; 10日; 11日至13日
    if not all(_valid(year, month, d) for d in days):
        return None
    return _joined([_edtf(year, month, d) or "" for d in days], written.listed)
