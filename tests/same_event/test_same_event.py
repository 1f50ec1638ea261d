"""The same event across articles: the claims' comparable form, the candidate pairs, the joins,
the shipped model rebuilt byte for byte, and the scores `claims eval --events` prints."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from typer.testing import CliRunner

from pipeline.app.cli import app
from pipeline.same_event.features import claim_keys, pair_features
from pipeline.same_event.model import MODEL_FILE, candidate_pairs, clause_vectors, join
from pipeline.same_event.train import pair_counts, score_predictions, scopes
from tests.conftest import ROOT


def claim(k: int, sentence: str, date_text: str, value: str, doc: str = "d", mod: str | None = None,
          anchor: str | None = None, actors: tuple[str, ...] = ()) -> dict[str, Any]:
    return {"doc_id": doc, "claim_id": f"{doc}#{k:04d}", "sentence": sentence, "actors": [{"text": a} for a in actors],
            "date": {"text": date_text, "value": value, "mod": mod, "anchor": anchor, "source_span": [k, k + 1]}}


TWO_VISITS = "2005年4月，北约秘书长夏侯雅伯访日；2007年1月，日本首相安倍晋三第一次访问北约。"
SAME_YEAR = "1997年日本外相访问北约，同年北约秘书长访问日本。"
RANGE = "1963年7月底至8月初，马来亚、菲律宾和印度尼西亚三国首脑在马尼拉举行会议。"
TITLE = "2016年2月25日，特恩布尔政府发布《2016年国防白皮书》。"


@pytest.mark.parametrize(("records", "at", "clause", "head", "range_to", "in_title"), [
    # each date governs its own clause: up to the next clause end or the next date
    ([claim(1, TWO_VISITS, "2005年4月", "2005-04"), claim(2, TWO_VISITS, "2007年1月", "2007-01")], 1,
     "2007年1月，日本首相安倍晋三第一次访问北约", "访问", -1, False),
    ([claim(1, SAME_YEAR, "1997年", "1997"), claim(2, SAME_YEAR, "同年", "1997", anchor="1997年")], 0,
     "1997年日本外相访问北约，", "访问", -1, False),
    # a range written as two dates: the first knows where the second starts
    ([claim(1, RANGE, "1963年7月底", "1963-07", mod="END"), claim(2, RANGE, "8月初", "1963-08", mod="START")], 0,
     "1963年7月底至", None, 9, False),
    ([claim(1, TITLE, "2016年2月25日", "2016-02-25"), claim(2, TITLE, "2016年", "2016")], 1,
     "特恩布尔政府发布《2016年国防白皮书》", None, -1, True),
])
def test_a_claims_clause_head_range_and_title(records: list[dict[str, Any]], at: int, clause: str, head: str | None,
                                              range_to: int, in_title: bool) -> None:
    key = claim_keys(records)[at]
    assert (key.clause, key.head, key.range_to, key.in_title) == (clause, head, range_to, in_title)


@pytest.mark.parametrize(("value", "bounds"), [
    ("2014-03-28", (date(2014, 3, 28), date(2014, 3, 28))),
    ("2023", (date(2023, 1, 1), date(2023, 12, 31))),
    ("1971-07-09/1971-07-11", (date(1971, 7, 9), date(1971, 7, 11))),  # a trip of three days: one occurrence
    ("1991/1997", None),  # a period
    ("2019/..", None),
    ("{2013,2014}", None),  # two occurrences
    ("199X", None),
])
def test_which_dates_date_one_occurrence(value: str, bounds: tuple[date, date] | None) -> None:
    keys = claim_keys([claim(1, "某年，某事。", "某年", value)])
    assert ((keys[0].earliest, keys[0].latest) if keys else None) == bounds


def test_candidates_are_overlapping_dates_and_the_ends_of_a_range() -> None:
    records = [claim(1, "东盟外长会议在1968年底至1969年间被迫延期。", "1968年底", "1968", mod="END"),
               claim(2, "东盟外长会议在1968年底至1969年间被迫延期。", "1969年", "1969"),
               claim(3, "1969年3月，会议延期。", "1969年3月", "1969-03", doc="e"),
               claim(4, "1970年，会议恢复。", "1970年", "1970", doc="e")]
    keys = claim_keys(records)
    assert [(keys[i].claim_id, keys[j].claim_id) for i, j in candidate_pairs(keys, clause_vectors(keys), 10)] == [
        ("d#0001", "d#0002"), ("d#0002", "e#0003")]


def test_across_articles_each_claim_keeps_its_likeliest_neighbours_and_within_one_all() -> None:
    """Thirty articles date the same visit: every claim is paired with its three most similar
    clauses in other articles, not with all twenty-nine, so the pairs grow with the claims; the
    two claims of one article stay paired whatever their clauses."""
    visit = "2007年1月，日本首相安倍晋三访问北约总部。"
    records = [claim(1, visit, "2007年1月", "2007-01", doc=f"d{k:02d}") for k in range(30)]
    records.append(claim(2, "2007年，日本与北约签署协议。", "2007年", "2007", doc="d00"))
    keys = claim_keys(records)
    pairs = candidate_pairs(keys, clause_vectors(keys), 3).tolist()
    across = [(i, j) for i, j in pairs if keys[i].doc_id != keys[j].doc_id]
    partners = [sum(k in pair for pair in across) for k in range(len(keys))]
    assert len(across) <= 3 * len(keys) and min(partners) >= 3
    assert [keys[0].claim_id, keys[-1].claim_id] in [[keys[i].claim_id, keys[j].claim_id] for i, j in pairs]


def test_a_join_never_makes_one_event_of_dates_that_cannot_overlap() -> None:
    """Single link would chain 28 March to 31 March through `2014年3月`; the join refuses the
    second link, and the likelier pair wins."""
    records = [claim(1, "2014年3月28日，习近平对德国进行国事访问。", "2014年3月28日", "2014-03-28"),
               claim(2, "2014年3月，习近平访问欧洲。", "2014年3月", "2014-03", doc="e"),
               claim(3, "2014年3月31日，习近平访问欧盟总部。", "2014年3月31日", "2014-03-31", doc="f")]
    keys = claim_keys(records)
    pairs = candidate_pairs(keys, clause_vectors(keys), 10)
    assert pairs.tolist() == [[0, 1], [1, 2]]
    events = join(keys, pairs, np.array([0.6, 0.9]), 0.5)
    assert [[k.claim_id for k in e.members] for e in events] == [["e#0002", "f#0003"]]


def test_pair_features_read_the_clauses_not_the_whole_sentence() -> None:
    """Only the actors named in a date's own clause are its actors: `印度于同日加入该条约` does not
    share 中国 with China's accession, though its sentence names China."""
    first = claim(1, "2003年10月8日，中国加入《东南亚友好合作条约》。", "2003年10月8日", "2003-10-08", actors=("中国",))
    second = claim(2, "中国加入后，印度于同日加入该条约。", "同日", "2003-10-08", doc="e", actors=("中国", "印度"))
    a, b = claim_keys([first, second])
    assert (a.actors, b.actors, b.sentence_actors) == ({"中国"}, {"印度"}, {"中国", "印度"})
    features = dict(zip(("same_document", "same_sentence", "range_ends", "date_in_title", "anchored"),
                        pair_features(a, b, 0.5, 0.5)))
    assert features == {"same_document": 0.0, "same_sentence": 0.0, "range_ends": 0.0, "date_in_title": 0.0,
                        "anchored": 0.0}


def test_pair_counts_across_articles_and_within_one() -> None:
    doc_of = {"a#1": "a", "a#2": "a", "b#1": "b", "c#1": "c"}
    predicted = [["a#1", "b#1", "c#1"]]  # pairs a1-b1, a1-c1, b1-c1
    gold = [["a#1", "a#2", "b#1"]]  # pairs a1-a2 (within), a1-b1, a2-b1
    assert pair_counts(predicted, gold, doc_of, set(doc_of)) == {"across": (1, 3, 2), "within": (0, 0, 1)}
    assert pair_counts(predicted, gold, doc_of, {"c#1"}) == {"across": (0, 2, 0), "within": (0, 0, 0)}


def test_the_shipped_model_rebuilds_byte_for_byte(tmp_path: Path) -> None:
    out = tmp_path / "model.json"
    result = CliRunner().invoke(app, ["train", "same-event", "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert out.read_bytes() == MODEL_FILE.read_bytes()


def test_the_gold_scopes_hold_their_claims() -> None:
    found = {s.name: (len({r["doc_id"] for r in s.records}), len(s.records), len(s.events)) for s in scopes()}
    assert found == {"asean": (2, 288, 32), "china-europe": (2, 261, 24), "cold-war": (2, 249, 13),
                     "corpus": (3, 163, 20), "detente": (2, 331, 26), "global-south": (2, 377, 23),
                     "indo-pacific": (2, 236, 22), "nuclear": (2, 369, 25)}
    for scope in scopes():
        ids = [c for event in scope.events for c in event]
        assert len(ids) == len(set(ids)) and set(ids) <= {r["claim_id"] for r in scope.records}


def test_eval_scores_the_grouping_of_predicted_claims() -> None:
    """The stored corpus run grouped by the shipped model, read against the corpus scope's gold
    (in-sample: the model was trained on it)."""
    run = ROOT / "tests" / "data" / "stored_run" / "corpus.jsonl"
    from pipeline.app.evaluate import load_records

    assert score_predictions(load_records(run)) == [("corpus", {"across": (20, 27, 28), "within": (1, 6, 6)})]
    result = CliRunner().invoke(app, ["eval", "--gold", str(ROOT / "annotations" / "gold"), "--pred", str(run), "--events"])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[-1].split() == ["corpus", "*", "0.741", "0.714", "0.727", "0.167", "0.167", "0.167",
                                                      "28"]
