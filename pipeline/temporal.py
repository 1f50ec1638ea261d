"""Temporal tagging of clean Chinese body text into EDTF values, with claim decisions.

Finds every date-like string of a paragraph — years, months, days, decades and centuries,
ranges, lists, modifiers, open starts, Chinese numerals, Japanese era years and relative
expressions — normalizes it to EDTF (with a TIMEX3-style `mod`), and decides whether it is
a claim, optional, or excluded (durations, named periods, numbers inside names). Relative
mentions are resolved in document order. Vocabulary and exclusions are data in
models/temporal/rules.json; this module is the engine.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from .normalize import MODELS

RULES_FILE = MODELS / "temporal" / "rules.json"
DATE_LIKE_REASONS = ("duration", "frequency", "vague period", "event named by its date", "name", "ordinal")


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
    # what a relative mention needs: "year" (同年), "next_year" (次年), "month" (同月), "next_month",
    # "year_of_month" (a bare month), "year_month_of_day" (a bare day)
    needs: str | None = None
    parts: tuple[Any, ...] = ()


@dataclass(frozen=True)
class Rules:
    digits: dict[str, int]
    eras: dict[str, int]
    mods: dict[str, str]
    semesters: dict[str, str]
    relative_years: dict[str, int]
    relative_months: dict[str, int]
    open_words: tuple[str, ...]
    exclude: tuple[tuple[re.Pattern[str], str], ...]
    goal_before: re.Pattern[str]
    goal_after: re.Pattern[str]
    mention: re.Pattern[str]


NUM = r"(?:\d{1,4}|[〇零一二三四五六七八九十百千两]{1,6})"


@cache
def load_rules() -> Rules:
    spec = json.loads(RULES_FILE.read_text(encoding="utf-8"))
    mods = "|".join(sorted(map(re.escape, spec["modifiers"]), key=len, reverse=True))
    semesters = "|".join(sorted(map(re.escape, spec["semesters"]), key=len, reverse=True))
    open_words = "|".join(sorted(map(re.escape, spec["open_start"]), key=len, reverse=True))
    rel_years = "|".join(sorted(map(re.escape, spec["relative_years"]), key=len, reverse=True))
    rel_months = "|".join(sorted(map(re.escape, spec["relative_months"]), key=len, reverse=True))
    eras = "|".join(map(re.escape, spec["eras"]))
    year = rf"(?:(?:{eras})\s*(?:元|{NUM})|\d{{4}}|[〇零一二三四五六七八九]{{4}})"
    sep = r"\s*(?:至|到|—|–|－|-|~|～)\s*"
    lst = r"\s*(?:、|，|和|与|及|以及)\s*"
    day = rf"{NUM}\s*[日号]"
    month = rf"{NUM}\s*月(?:\s*{day})?"
    tail = rf"(?:\s*(?P<sem>{semesters}))?(?:\s*(?P<mod>{mods}))?(?:\s*(?P<open>{open_words}))?"
    pattern = (
        rf"(?:(?P<century>(?:\d{{2}}|[一二]十[一二三四五六七八九]?)\s*世纪)(?:\s*的?\s*(?P<decade>\d0|[一二三四五六七八九]十)\s*年代|\s*的?\s*第(?P<tenth>[一二三四五六七八九十])个十年)?"
        rf"|(?P<bare_decade>(?<![\d世])[1-9]0\s*年代)"
        rf"|(?P<range_years>{year}\s*年?{sep}{year}\s*年)"
        rf"|(?P<list_years>{year}(?:{lst}{year})+\s*年)"
        rf"|(?P<ymd>{year}\s*年(?:\s*{month})?(?:{sep}(?:{year}\s*年)?\s*{month})?)"
        rf"|(?P<rel_year>{rel_years})(?:\s*(?P<rel_year_month>{month}(?:{sep}{month})?))?"
        rf"|(?P<rel_month>{rel_months})(?:\s*(?P<rel_month_day>{day}))?"
        rf"|(?P<month_range>(?<![\d年])(?:{NUM})\s*月?{sep}{NUM}\s*月)"
        rf"|(?P<bare_month>(?<![\d年〇零一二三四五六七八九十第])(?:{month}))"
        rf"|(?P<bare_day>(?<![\d月〇零一二三四五六七八九十第])(?:{day})))"
        + tail
    )
    return Rules(
        digits=spec["digits"], eras=spec["eras"], mods=spec["modifiers"], semesters=spec["semesters"],
        relative_years=spec["relative_years"], relative_months=spec["relative_months"],
        open_words=tuple(spec["open_start"]),
        exclude=tuple((re.compile(e["pattern"]), e["reason"]) for e in spec["exclude"]),
        goal_before=re.compile(spec["goal_before"]), goal_after=re.compile(spec["goal_after"]),
        mention=re.compile(pattern),
    )


def chinese_number(text: str, rules: Rules) -> int:
    """12, 十二, 二〇一二, 两 → int."""
    text = text.strip()
    if text.isdigit():
        return int(text)
    digits = rules.digits
    if all(ch in digits and digits[ch] < 10 for ch in text):  # digit by digit: 二〇一二
        return int("".join(str(digits[ch]) for ch in text))
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
    text = text.strip()
    for era, base in rules.eras.items():
        if text.startswith(era):
            n = text[len(era) :].strip()
            return base + (1 if n == "元" else chinese_number(n, rules))
    return chinese_number(text, rules)


YEAR_RE = r"(?:(?:令和|平成|昭和|大正|明治)\s*(?:元|[\d〇零一二三四五六七八九十]{1,3})|\d{4}|[〇零一二三四五六七八九]{4})"


def _ymd_parts(text: str, rules: Rules) -> list[tuple[int | None, int | None, int | None]]:
    """The (year, month, day) points written in a mention, in order."""
    points: list[tuple[int | None, int | None, int | None]] = []
    for m in re.finditer(rf"(?:(?P<y>{YEAR_RE})\s*年)?\s*(?:(?P<m>{NUM})\s*月)?\s*(?:(?P<d>{NUM})\s*[日号])?", text):
        if not m.group(0).strip() or not (m.group("y") or m.group("m") or m.group("d")):
            continue
        y = _year(m.group("y"), rules) if m.group("y") else None
        mo = chinese_number(m.group("m"), rules) if m.group("m") else None
        d = chinese_number(m.group("d"), rules) if m.group("d") else None
        points.append((y, mo, d))
    return points


def _edtf(y: int | None, m: int | None = None, d: int | None = None) -> str | None:
    if y is None:
        return None
    out = f"{y:04d}"
    if m:
        out += f"-{m:02d}"
        if d:
            out += f"-{d:02d}"
    return out


def _valid(y: int | None, m: int | None, d: int | None) -> bool:
    return (y is None or 1000 <= y <= 2200) and (m is None or 1 <= m <= 12) and (d is None or 1 <= d <= 31)


def _century_value(m: re.Match[str], rules: Rules) -> str:
    century = chinese_number(re.sub(r"\s*世纪", "", m.group("century")), rules)
    base = century - 1
    if m.group("decade"):
        decade = chinese_number(m.group("decade"), rules) // 10
        return f"{base:02d}{decade}X"
    if m.group("tenth"):
        return f"{base:02d}{chinese_number(m.group('tenth'), rules) - 1}X"
    return f"{base:02d}XX"


def _apply_tail(value: str | None, m: re.Match[str], rules: Rules) -> tuple[str | None, str | None]:
    mod = rules.mods.get(m.group("mod")) if m.group("mod") else None
    if value and m.group("sem"):
        half = rules.semesters[m.group("sem")]
        value = f"{value[:4]}-{half}" if len(value) == 4 else value
    if value and m.group("open") and "/" not in value and not value.startswith("{"):
        value = f"{value}/.."
    return value, mod


def find_mentions(paragraph: str) -> list[TimeMention]:
    """Every date-like string in one clean paragraph of body text, with its decision."""
    rules = load_rules()
    excluded = _excluded_spans(paragraph, rules)
    quoted = _quoted_spans(paragraph)
    mentions: list[TimeMention] = []
    for m in rules.mention.finditer(paragraph):
        start, end = m.span()
        text = m.group(0)
        while text and text[-1].isspace():
            text, end = text[:-1], end - 1
        hit = next(((s, e, why) for s, e, why in excluded if s <= start < e or start <= s < end), None)
        if hit:
            mentions.append(TimeMention(start, end, text, None, None, "excluded", hit[2]))
            continue
        mention = _interpret(m, rules)
        if mention is None:
            continue
        mention.start, mention.end, mention.text = start, end, text
        inside = next((kind for s, e, kind in quoted if s <= start and end <= e), None)
        if inside:
            mention.decision, mention.reason = "optional", inside
        elif rules.goal_before.search(paragraph[max(0, start - 6) : start]) or rules.goal_after.match(paragraph, end):
            mention.decision, mention.reason = "optional", "goal"
        mentions.append(mention)
    for s, e, why in excluded:  # date-like strings the rules exclude, so that --explain lists them too
        if why in DATE_LIKE_REASONS and not any(m.start < e and s < m.end for m in mentions):
            mentions.append(TimeMention(s, e, paragraph[s:e], None, None, "excluded", why))
    return sorted(mentions, key=lambda m: m.start)


def _interpret(m: re.Match[str], rules: Rules) -> TimeMention | None:
    """Value and kind of one matched mention; None when it is not a date after all."""
    if m.group("century"):
        value, mod = _apply_tail(_century_value(m, rules), m, rules)
        return TimeMention(0, 0, "", value, mod, "claim", "explicit")
    if m.group("bare_decade"):
        decade = int(re.match(r"\d0", m.group("bare_decade").strip()).group(0))
        century = 19 if decade >= 30 else 20
        value, mod = _apply_tail(f"{century}{decade // 10}X", m, rules)
        return TimeMention(0, 0, "", value, mod, "claim", "explicit")
    if m.group("range_years") or m.group("list_years"):
        years = [_year(y, rules) for y in re.findall(YEAR_RE, m.group("range_years") or m.group("list_years"))]
        if not all(_valid(y, None, None) for y in years) or len(years) < 2:
            return None
        raw = f"{years[0]}/{years[-1]}" if m.group("range_years") else "{" + ",".join(map(str, years)) + "}"
        value, mod = _apply_tail(raw, m, rules)
        return TimeMention(0, 0, "", value, mod, "claim", "explicit")
    if m.group("ymd"):
        points = _ymd_parts(m.group("ymd"), rules)
        if not points or not all(_valid(*p) for p in points):
            return None
        if len(points) == 2:  # 2022年11月至12月, 2019年11月至2020年2月
            (y1, m1, d1), (y2, m2, d2) = points
            value = f"{_edtf(y1, m1, d1)}/{_edtf(y2 or y1, m2, d2)}"
        else:
            value = _edtf(*points[0])
        value, mod = _apply_tail(value, m, rules)
        return TimeMention(0, 0, "", value, mod, "claim", "explicit")
    if m.group("rel_year"):
        offset = rules.relative_years[m.group("rel_year")]
        points = _ymd_parts(m.group("rel_year_month") or "", rules)
        if not all(_valid(*p) for p in points):
            return None
        return TimeMention(0, 0, "", None, None, "claim", "relative", relative=True, needs="year",
                           parts=(offset, points, m.group("sem"), m.group("mod"), m.group("open")))
    if m.group("rel_month"):
        offset = rules.relative_months[m.group("rel_month")]
        day = _ymd_parts(m.group("rel_month_day") or "", rules)
        return TimeMention(0, 0, "", None, None, "claim", "relative", relative=True, needs="month",
                           parts=(offset, day, None, m.group("mod"), m.group("open")))
    if m.group("month_range"):
        months = [chinese_number(x, rules) for x in re.findall(NUM, m.group("month_range"))]
        if len(months) != 2 or not all(1 <= x <= 12 for x in months):
            return None
        return TimeMention(0, 0, "", None, None, "claim", "relative", relative=True, needs="year",
                           parts=(0, [(None, months[0], None), (None, months[1], None)], None, m.group("mod"), m.group("open")))
    if m.group("bare_month") or m.group("bare_day"):
        points = _ymd_parts(m.group("bare_month") or m.group("bare_day"), rules)
        if not points or not all(_valid(*p) for p in points):
            return None
        return TimeMention(0, 0, "", None, None, "claim", "relative", relative=True,
                           needs="year" if m.group("bare_month") else "month",
                           parts=(0, points, m.group("sem"), m.group("mod"), m.group("open")))
    return None


def _excluded_spans(text: str, rules: Rules) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), reason) for pattern, reason in rules.exclude for m in pattern.finditer(text)]


def _quoted_spans(text: str) -> list[tuple[int, int, str]]:
    """Titles 《》«»『』 and quotations “…” (a quotation of speech: longer than a name)."""
    spans = []
    for opener, closer, kind in (("《", "》", "in title"), ("«", "»", "in title"), ("『", "』", "in title"), ("“", "”", "quoted speech")):
        for m in re.finditer(re.escape(opener) + r"[^" + re.escape(closer) + r"]*" + re.escape(closer), text):
            if kind == "quoted speech" and len(m.group(0)) <= 14:
                continue  # a short quoted name; numbers in names are excluded by the rules
            spans.append((m.start(), m.end(), kind))
    return spans


def resolve_relative(mentions: list[TimeMention]) -> None:
    """Resolve relative mentions in document order against the nearest preceding date mention."""
    rules = load_rules()
    last: tuple[int | None, int | None, str] | None = None  # year, month, text
    for mention in mentions:
        if mention.decision == "excluded":
            continue
        if mention.relative and mention.value is None:
            if last is None or last[0] is None:
                continue
            offset, points, sem, mod_word, open_word = mention.parts
            year, month = last[0], last[1]
            if mention.needs == "year":
                year += offset
                if points:
                    values = [_edtf(year, p[1], p[2]) for p in points]
                    value = values[0] if len(values) == 1 else f"{values[0]}/{values[-1]}"
                else:
                    value = _edtf(year)
            else:  # needs a month: 同月, 次月, a bare day
                if month is None:
                    continue
                month += offset
                if month > 12:
                    year, month = year + 1, month - 12
                day = points[0][2] if points else None
                value = _edtf(year, month, day)
            if sem and value and len(value) == 4:
                value = f"{value}-{rules.semesters[sem]}"
            if open_word and value and "/" not in value:
                value += "/.."
            mention.value = value
            mention.mod = rules.mods.get(mod_word) if mod_word else None
            mention.anchor = last[2]
        if mention.value:
            y = re.match(r"\{?(\d{4})", mention.value)
            mo = re.match(r"\{?\d{4}-(\d{2})", mention.value)
            if y:
                last = (int(y.group(1)), int(mo.group(1)) if mo else None, mention.text.replace("\n", "").replace(" ", ""))
