"""States carry their ISO 3166 code: the data is what tools/iso_codes.py writes from pycountry,
and the records print it for states only."""

from __future__ import annotations

import json

import pytest

from pipeline import process
from pipeline.stages.actors.recognizer import DATA


def test_the_codes_in_the_gazetteer_are_pycountrys() -> None:
    pytest.importorskip("pycountry")
    from tools.iso_codes import code

    states = [json.loads(line) for line in (DATA / "states.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [(s["id"], s.get("iso", "")) for s in states] == [(s["id"], code(s["en"])) for s in states]


@pytest.mark.parametrize(("sentence", "actors"), [
    ("1969年3月，中国与苏联在珍宝岛发生武装冲突。", [("中国", "CN"), ("苏联", "SUHH")]),
    ("1990年10月，东德并入联邦德国。", [("东德", "DDDE"), ("联邦德国", "DE")]),
    ("1972年，田中角荣访华。", [("田中角荣", None), ("中国", "CN")]),
    ("1965年，美军在南越登陆。", [("美军", None), ("南越", None)]),
])
def test_records_carry_a_states_code(sentence: str, actors: list[tuple[str, str | None]]) -> None:
    record = process(sentence).claims[0]
    assert [(a["text"], a.get("iso")) for a in record["actors"]] == actors
