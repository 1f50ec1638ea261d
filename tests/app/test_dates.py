"""EDTF values as earliest/latest dates: every form the temporal stage writes, with `mod`."""

from __future__ import annotations

import json
import re
from datetime import date

import pytest

from pipeline.app.dates import bounds
from tests.conftest import ROOT

D = date
CASES = [  # value, mod → earliest, latest, precision
    ("2022-04-15", None, D(2022, 4, 15), D(2022, 4, 15), "day"),
    ("2022-02", None, D(2022, 2, 1), D(2022, 2, 28), "month"),
    ("2024-02", None, D(2024, 2, 1), D(2024, 2, 29), "month"),
    ("1967", None, D(1967, 1, 1), D(1967, 12, 31), "year"),
    ("199X", None, D(1990, 1, 1), D(1999, 12, 31), "decade"),
    ("20XX", None, D(2000, 1, 1), D(2099, 12, 31), "century"),
    ("2023", "START", D(2023, 1, 1), D(2023, 4, 30), "year"),  # 2023年初
    ("2023", "MID", D(2023, 5, 1), D(2023, 8, 31), "year"),
    ("2023", "END", D(2023, 9, 1), D(2023, 12, 31), "year"),  # 2023年底
    ("2023", "APPROX", D(2023, 1, 1), D(2023, 12, 31), "year"),
    ("196X", "MID", D(1963, 5, 1), D(1966, 8, 31), "decade"),  # 60年代中期
    ("20XX", "START", D(2000, 1, 1), D(2033, 4, 30), "century"),
    ("2023-01", "END", D(2023, 1, 21), D(2023, 1, 31), "month"),  # 1月底: the last third, by days
    ("1950-02", "MID", D(1950, 2, 10), D(1950, 2, 18), "month"),
    ("1986-22", None, D(1986, 6, 1), D(1986, 8, 31), "season"),  # 1986年夏
    ("2023-24", None, D(2023, 12, 1), D(2024, 2, 29), "season"),  # winter runs into the next year
    ("2023-33", None, D(2023, 1, 1), D(2023, 3, 31), "quarter"),
    ("2023-41", None, D(2023, 7, 1), D(2023, 12, 31), "half-year"),  # 下半年
    ("1950/1979", None, D(1950, 1, 1), D(1979, 12, 31), "year"),
    ("2023-07/2023-08", None, D(2023, 7, 1), D(2023, 8, 31), "month"),
    ("1967-08-05/1967-08-08", None, D(1967, 8, 5), D(1967, 8, 8), "day"),
    ("197X/198X", None, D(1970, 1, 1), D(1989, 12, 31), "decade"),
    ("2000/..", None, D(2000, 1, 1), None, "year"),  # 2000年以来: open
    ("201X/..", "MID", D(2013, 5, 1), None, "decade"),  # 10年代中期以来: mod narrows the start
    ("1996-01-01/..", None, D(1996, 1, 1), None, "day"),
    ("{2002,2012}", None, D(2002, 1, 1), D(2012, 12, 31), "year"),
    ("{1964-08-02,1964-08-04}", None, D(1964, 8, 2), D(1964, 8, 4), "day"),
    ("{1971,1972,1973}", None, D(1971, 1, 1), D(1973, 12, 31), "year"),
    ("{2012,2014,2016,2018}", None, D(2012, 1, 1), D(2018, 12, 31), "year"),
    ("1965-06/..", None, D(1965, 6, 1), None, "month"),
    ("20XX/..", "START", D(2000, 1, 1), None, "century"),  # 21世纪初以来
    ("-0220", None, None, None, "year"),  # 公元前221年: no `date` holds it
    (None, None, None, None, None),
]


@pytest.mark.parametrize(("value", "mod", "earliest", "latest", "precision"), CASES)
def test_bounds(value: str | None, mod: str | None, earliest: date | None, latest: date | None, precision: str | None) -> None:
    assert bounds(value, mod) == (earliest, latest, precision)


def _shape(value: str) -> str:
    return re.sub(r"\d", "9", value)


def test_every_form_of_the_stored_runs_is_in_the_table() -> None:
    """The forms (digits as 9) of every value in the stored runs, with their mods, are cases above."""
    seen = {(_shape(r["date"]["value"]), r["date"]["mod"] is not None)
            for path in (ROOT / "tests" / "data" / "stored_run").glob("*.jsonl")
            for line in path.read_text(encoding="utf-8").splitlines() if "date" in (r := json.loads(line))}
    covered = {(_shape(v), m is not None) for v, m, *_ in CASES if v} | {(_shape(v), False) for v, *_ in CASES if v}
    assert seen - covered == set()
