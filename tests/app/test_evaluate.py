"""The evaluator on constructed records whose metrics are worked out by hand."""

from __future__ import annotations

import pytest

from pipeline.app.evaluate import evaluate, lower_year, match_claims, one_sided, predicted_documents


def claim(doc: str, span: tuple[int, int], value: str, mod: str | None = None, actors: list[str] | None = None,
          marker: int | None = None, note: int | None = None, optional: bool = False) -> dict:
    citation = None if marker is None else {"marker": "①", "source_span": [marker, marker + 1],
                                            "note_span": None if note is None else [note, note + 10]}
    record = {"doc_id": doc, "date": {"text": "x" * (span[1] - span[0]), "value": value, "mod": mod,
                                      "source_span": list(span)},
              "actors": [{"text": a, "type": "GPE"} for a in actors or []], "citation": citation, "sentence": "s"}
    if optional:
        record["optional"] = True
    return record


GOLD = {
    "d1": [
        claim("d1", (10, 15), "2022-03", actors=["日本", "林芳正"], marker=40, note=900),
        claim("d1", (20, 22), "2022-04", actors=["北约"], marker=40, note=900),
        claim("d1", (50, 55), "199X", mod="MID"),
        claim("d1", (60, 65), "2018", optional=True),
    ],
    "d2": [claim("d2", (5, 9), "2001/2010")],
    "d3": [claim("d3", (5, 9), "2001")],  # never predicted: not scored, and said so
}
PRED = [
    claim("d1", (12, 15), "2022-03", actors=["日本外相林芳正", "乌克兰"], marker=40, note=900),  # overlaps gold 1
    claim("d1", (20, 22), "2022", actors=["北约"], marker=41, note=None),  # wrong value, wrong marker
    claim("d1", (61, 63), "2018"),  # matches an optional gold claim: removed from both sides
    claim("d1", (70, 72), "2023"),  # false alarm
    claim("dX", (1, 2), "2020"),  # no gold for this document: not scored, and said so
    {"doc_id": "d1", "kind": "document"},  # not a claim
    {"doc_id": "d2", "kind": "document"},  # d2 was read and gave no claim: its gold claim is missed
]


def test_metrics_worked_by_hand() -> None:
    per_doc, overall = evaluate(GOLD, PRED)
    d1 = per_doc["d1"].metrics()
    assert (d1["gold"], d1["pred"], d1["matched"]) == (3, 3, 2)
    assert d1["claims_p"] == pytest.approx(2 / 3) and d1["claims_r"] == pytest.approx(2 / 3)
    assert d1["value_exact"] == 0.5 and d1["value_lenient"] == 1.0
    # actors: gold {日本, 林芳正} vs pred {日本外相林芳正, 乌克兰}: 日本 ⊂ 日本外相林芳正 matches; 林芳正 then has
    # nothing left; 乌克兰 is extra. Claim 2: 北约 = 北约. TP 2, FP 1, FN 1.
    assert (d1["actors_p"], d1["actors_r"]) == (pytest.approx(2 / 3), pytest.approx(2 / 3))
    assert d1["citation_marker"] == 0.5 and d1["citation_note"] == 0.5 and d1["citation_note_n"] == 2
    d2 = per_doc["d2"].metrics()
    assert (d2["gold"], d2["pred"], d2["claims_r"], d2["claims_f1"]) == (1, 0, 0.0, 0.0)
    assert overall.metrics()["claims_r"] == pytest.approx(2 / 4)
    assert set(per_doc) == {"d1", "d2"}
    assert one_sided(GOLD, predicted_documents(PRED)) == ("only in the gold, not predicted (not scored): d3\n"
                                                          "predicted, no gold (not scored): dX")
    kinds = sorted(e["error"] for e in per_doc["d1"].errors)
    assert kinds == ["false alarm", "miss", "wrong actors", "wrong citation", "wrong value"]


def test_matching_is_one_to_one_in_document_order() -> None:
    gold = [claim("d", (0, 10), "2020"), claim("d", (5, 12), "2021")]
    pred = [claim("d", (6, 8), "2021")]
    pairs, misses, false_alarms = match_claims(gold, pred)
    assert [(g["date"]["value"], p["date"]["value"]) for g, p in pairs] == [("2020", "2021")]
    assert [g["date"]["value"] for g in misses] == ["2021"] and false_alarms == []


@pytest.mark.parametrize(("value", "year"), [("199X", 1990), ("{1979,1981,1984}", 1979), ("2001/2010", 2001),
                                              ("2018/..", 2018), ("2022-03-05", 2022), ("20XX", 2000), (None, None)])
def test_lower_year(value: str | None, year: int | None) -> None:
    assert lower_year(value) == year


def test_event_metrics_worked_by_hand() -> None:
    def with_event(record: dict, kind: str | None, trigger_at: int | None) -> dict:
        if kind is None:
            return record
        trigger = None if trigger_at is None else {"text": "访问", "source_span": [trigger_at, trigger_at + 2]}
        return {**record, "event": {"type": kind, "code": "", "trigger": trigger}}

    spans = [(0, 5), (10, 15), (20, 25), (30, 35)]
    gold = {"d": [with_event(claim("d", s, "2020"), k, t) for s, k, t in
                  zip(spans, ["visit", "visit", "meet", "state"], [6, 16, 26, None])]}
    pred = [with_event(claim("d", s, "2020"), k, t) for s, k, t in
            zip(spans, ["visit", "meet", "meet", None], [6, 17, 26, None])]
    per_doc, _ = evaluate(gold, pred)
    m = per_doc["d"].metrics()
    # types: visit=visit, visit→meet, meet=meet, state→none: accuracy 2/4. Per gold type F1: visit 2·1/(2+0+1)=2/3,
    # meet 2·1/(2+1+0)=2/3, state 0: macro 4/9. Triggers: 6=6, 16≠17, 26=26, None=None: 3/4.
    assert (m["event_n"], m["event_type"], m["event_trigger"]) == (4, 0.5, 0.75)
    assert m["event_macro_f1"] == pytest.approx(4 / 9)
    assert [e["error"] for e in per_doc["d"].errors] == ["wrong event", "wrong event"]
