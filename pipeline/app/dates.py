"""EDTF values as real dates: the earliest and latest day a claim's date may mean, and its
precision, so that claims sort, filter by period and plot without parsing EDTF by hand.

Every form the temporal stage writes is covered (tests/app/test_dates.py): days, months,
years, decades (`199X`) and centuries (`19XX`), EDTF sub-year codes (seasons 21–24, quarters
33–36, half-years 40–41), intervals (`1950/1979`; open: `2000/..`, whose latest is None) and
sets (`{2002,2012}`: from the first member's start to the last one's end); a year before the
common era (`-0220`) has a precision but no dates. `mod` narrows a
date to a third of it: START the first third (`2023年初` → 2023-01-01 … 2023-04-30), MID the
middle, END the last; APPROX leaves it as it is. In an interval `mod` narrows its start, the
date as written (`20世纪10年代中期以来`). The precision is the written date's (an interval's:
its start's): century, decade, year, season, quarter, half-year, month or day.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

Bounds = tuple[date | None, date | None, str | None]
SINGLE = re.compile(r"(?P<year>\d{2}[\dX][\dX])(?:-(?P<month>\d{2}))?(?:-(?P<day>\d{2}))?")
SUB_YEAR = {  # EDTF sub-year code → (first month, months, precision)
    21: (3, 3, "season"), 22: (6, 3, "season"), 23: (9, 3, "season"), 24: (12, 3, "season"),
    33: (1, 3, "quarter"), 34: (4, 3, "quarter"), 35: (7, 3, "quarter"), 36: (10, 3, "quarter"),
    40: (1, 6, "half-year"), 41: (7, 6, "half-year"),
}
THIRDS = {"START": 0, "MID": 1, "END": 2}


def bounds(value: str | None, mod: str | None = None) -> Bounds:
    """(earliest, latest, precision) of an EDTF value; all None when there is no value."""
    if not value:
        return None, None, None
    if value.startswith("{"):
        members = [_single(member.strip(), None) for member in value.strip("{}").split(",")]
        return members[0][0], members[-1][1], members[0][2]
    if "/" in value:
        first, last = value.split("/", 1)
        start = _single(first, mod) if first != ".." else (None, None, None)
        end = _single(last, None) if last != ".." else (None, None, None)
        return start[0], end[1], start[2] or end[2]
    return _single(value, mod)


def _single(value: str, mod: str | None) -> Bounds:
    if re.fullmatch(r"-\d{4}|0000", value):
        return None, None, "year"  # a year before the common era: no `date` holds it
    found = SINGLE.fullmatch(value)
    if not found:
        raise ValueError(f"not an EDTF date this pipeline writes: {value!r}")
    year, month, day = found.group("year"), found.group("month"), found.group("day")
    if "X" in year:
        unit = 100 if year[2] == "X" else 10
        first = int(year.replace("X", "0"))
        earliest, latest, precision = date(first, 1, 1), date(first + unit - 1, 12, 31), "century" if unit == 100 else "decade"
    elif month is None:
        earliest, latest, precision = date(int(year), 1, 1), date(int(year), 12, 31), "year"
    elif int(month) > 12:
        start_month, months, precision = SUB_YEAR[int(month)]
        earliest = date(int(year), start_month, 1)
        latest = _month_end(int(year), start_month + months - 1)
    elif day is None:
        earliest, latest, precision = date(int(year), int(month), 1), _month_end(int(year), int(month)), "month"
    else:
        earliest = latest = date(int(year), int(month), int(day))
        precision = "day"
    return (*_third(earliest, latest, mod), precision)


def _month_end(year: int, month: int) -> date:
    """The last day of `month` of `year`, a month past December counting into the next year."""
    year, month = year + (month - 1) // 12, (month - 1) % 12 + 1
    return date(year, month, calendar.monthrange(year, month)[1])


def _third(earliest: date, latest: date, mod: str | None) -> tuple[date, date]:
    """A third of the span, in whole months where the span is a multiple of three months (a
    year: January–April, May–August, September–December), else in days (a month: 1–10…)."""
    if mod not in THIRDS or earliest == latest:
        return earliest, latest
    k = THIRDS[mod]
    months = (latest.year - earliest.year) * 12 + latest.month - earliest.month + 1
    if earliest.day == 1 and latest == _month_end(latest.year, latest.month) and months % 3 == 0:
        first = earliest.month + k * months // 3
        start = date(earliest.year + (first - 1) // 12, (first - 1) % 12 + 1, 1)
        return start, _month_end(earliest.year, first + months // 3 - 1)
    days = (latest - earliest).days + 1
    return earliest + timedelta(days=days * k // 3), earliest + timedelta(days=days * (k + 1) // 3 - 1)
