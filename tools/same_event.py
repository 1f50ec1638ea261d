"""The same event across articles (and within one), measured: a first pair model, not yet
good enough to ship (issue #16).

    .venv/bin/python -m tools.same_event

Two claims are compared when their dates can mean the same time (the EDTF bounds overlap);
a logistic regression over features of the pair (how exactly the dates agree, the actors and
the clause's character pairs they share, the document titles they cite) gives the probability
that they date one occurrence, and the pairs at or above a threshold are joined (single link).
Trained and scored on the cross-article gold (annotations/events/clusters/gold.jsonl: groups of
the corpus's gold claim ids that date one event), leaving one article out: a model trained on
the pairs of the other two clusters every claim, and the pairs holding one of this article's
claims are scored.
"""

from __future__ import annotations

import argparse
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path
from typing import Any

from pipeline.app.dates import bounds
from pipeline.app.evaluate import load_gold
from pipeline.resources import ROOT
from pipeline.stages.actors.decision import DecisionModel

CLUSTER_GOLD = ROOT / "annotations" / "events" / "clusters" / "gold.jsonl"
CLAUSE = 24  # characters of the date's clause read after the date
PRECISION_RANK = {"century": 0, "decade": 1, "year": 2, "half-year": 3, "season": 3, "quarter": 3, "month": 4, "day": 5}
TITLE = re.compile(r"[《“«]([^》”»]{2,40})[》”»]")
Record = dict[str, Any]


@dataclass(frozen=True)
class Claim:
    """What a pair's features read from one claim record."""

    claim_id: str
    doc_id: str
    value: str
    earliest: Any
    latest: Any
    precision: int
    actors: frozenset[str]
    clause: str
    titles: frozenset[str]


def claim_of(record: Record) -> Claim | None:
    """The comparable form of a claim record; None for a date with no calendar bounds."""
    date_ = record["date"]
    earliest, latest, precision = bounds(date_["value"], date_["mod"])
    if earliest is None:
        return None
    sentence = record["sentence"]
    text = "".join(date_["text"].split())
    at = sentence.find(text)
    clause = re.split(r"[。；！？]", sentence[at + len(text):] if at >= 0 else sentence)[0][:CLAUSE]
    actors = frozenset(a.get("canonical") or a["text"] for a in record.get("actors") or [])
    return Claim(record["claim_id"], record["doc_id"], date_["value"], earliest, latest or earliest,
                 PRECISION_RANK.get(precision or "", 0), actors, clause, frozenset(TITLE.findall(sentence)))


def comparable(a: Claim, b: Claim) -> bool:
    """Dates that can mean the same time: bounds that overlap, neither wider than a decade."""
    return a.earliest <= b.latest and b.earliest <= a.latest and min(a.precision, b.precision) >= PRECISION_RANK["year"]


def pair_features(a: Claim, b: Claim) -> dict[str, float]:
    shared = min(a.precision, b.precision)
    f: dict[str, float] = {f"precision:{shared}": 1.0, "same_document": float(a.doc_id == b.doc_id)}
    f["same_value"] = float(a.value == b.value)
    f["same_at_shared_precision"] = float(a.value[: len(a.value) if shared < 4 else 7] == b.value[: len(b.value) if shared < 4 else 7])
    f["both_days_differ"] = float(a.precision == b.precision == PRECISION_RANK["day"] and a.value != b.value)
    union = a.actors | b.actors
    common = a.actors & b.actors
    f["actors_jaccard"] = len(common) / len(union) if union else 0.0
    f["actors_shared"] = min(len(common), 3) / 3
    f["no_actors"] = float(not a.actors or not b.actors)
    bigrams_a, bigrams_b = _bigrams(a.clause), _bigrams(b.clause)
    common_grams = bigrams_a & bigrams_b
    f["clause_jaccard"] = len(common_grams) / len(bigrams_a | bigrams_b) if bigrams_a | bigrams_b else 0.0
    f["clause_containment"] = len(common_grams) / min(len(bigrams_a), len(bigrams_b)) if bigrams_a and bigrams_b else 0.0
    f["same_title"] = float(bool(a.titles & b.titles))
    f["months_differ"] = float(min(a.precision, b.precision) >= PRECISION_RANK["month"] and a.value[:7] != b.value[:7])
    for gram in sorted(common_grams):
        f[f"shared:{gram}"] = 1.0
    for actor in sorted(common):
        f[f"actor:{actor}"] = 1.0
    return f


def _bigrams(text: str) -> set[str]:
    text = re.sub(r"[\s，,、“”《》（）()]", "", text)
    return {text[k : k + 2] for k in range(len(text) - 1)}


def events(records: Iterable[Record], model: DecisionModel) -> dict[str, str]:
    """claim_id → event_id for every claim record with a date (an event's id: its first claim's
    id in sorted order, prefixed `event:`)."""
    claims = [c for r in records if "date" in r and (c := claim_of(r)) is not None]
    ids = [r["claim_id"] for r in records if "date" in r]
    parent = {i: i for i in ids}

    def root(i: str) -> str:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    pairs = list(candidate_pairs(claims))
    probabilities = model.probabilities([pair_features(a, b) for a, b in pairs]) if pairs else []
    for (a, b), p in zip(pairs, probabilities):
        if p >= model.threshold:
            ra, rb = root(a.claim_id), root(b.claim_id)
            parent[max(ra, rb)] = min(ra, rb)
    return {i: f"event:{root(i)}" for i in ids}


def candidate_pairs(claims: list[Claim]) -> Iterable[tuple[Claim, Claim]]:
    """Pairs of claims whose dates can mean the same time, found through the years they span."""
    by_year: dict[int, list[int]] = {}
    for k, c in enumerate(claims):
        for year in range(c.earliest.year, min(c.latest.year, c.earliest.year + 10) + 1):
            by_year.setdefault(year, []).append(k)
    seen: set[tuple[int, int]] = set()
    for members in by_year.values():
        for i, j in combinations(members, 2):
            if (i, j) not in seen and comparable(claims[i], claims[j]):
                seen.add((i, j))
                yield claims[i], claims[j]


def load_groups(path: Path = CLUSTER_GOLD) -> list[list[str]]:
    return [json.loads(line)["claims"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def training_pairs(records: list[Record], groups: list[list[str]]) -> list[tuple[Claim, Claim, int]]:
    """Every candidate pair of the gold claims, labelled 1 where one gold group holds both."""
    group_of = {c: k for k, group in enumerate(groups) for c in group}
    claims = [c for r in records if (c := claim_of(r)) is not None]
    return [(a, b, int(a.claim_id in group_of and group_of.get(b.claim_id) == group_of[a.claim_id]))
            for a, b in candidate_pairs(claims)]


def fit(pairs: list[tuple[Claim, Claim, int]], seed: int = 0, threshold: float = 0.5) -> DecisionModel:
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vectorizer = DictVectorizer(sort=True)
    x = vectorizer.fit_transform([pair_features(a, b) for a, b, _ in pairs])
    classifier = LogisticRegression(C=1.0, max_iter=5000, random_state=seed)
    classifier.fit(x, [label for *_, label in pairs])
    return DecisionModel(dict(vectorizer.vocabulary_), classifier.coef_[0], float(classifier.intercept_[0]),
                         threshold)


def leave_one_article_out(records: list[Record], groups: list[list[str]], seed: int = 0,
                          threshold: float = 0.5) -> list[tuple[str, dict[str, float]]]:
    """For each article: a model trained on the pairs of the other articles clusters all the
    claims; scored on the pairs that hold one of this article's claims."""
    pairs = training_pairs(records, groups)
    rows = []
    for doc in sorted({r["doc_id"] for r in records}):
        model = fit([p for p in pairs if doc not in (p[0].doc_id, p[1].doc_id)], seed, threshold)
        predicted = events(records, model)
        mine = {r["claim_id"] for r in records if r["doc_id"] == doc}
        gold_of = {c: k for k, g in enumerate(groups) for c in g}
        pred_pairs = {(a, b) for a, b in combinations(sorted(predicted), 2)
                      if predicted[a] == predicted[b] and (a in mine or b in mine)}
        gold_pairs = {(a, b) for a, b in combinations(sorted(predicted), 2)
                      if a in gold_of and gold_of.get(b) == gold_of[a] and (a in mine or b in mine)}
        tp = len(pred_pairs & gold_pairs)
        p = tp / len(pred_pairs) if pred_pairs else 1.0
        r = tp / len(gold_pairs) if gold_pairs else 1.0
        rows.append((doc, {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0,
                           "gold_pairs": len(gold_pairs), "predicted_pairs": len(pred_pairs)}))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--thresholds", type=float, nargs="+", default=[0.2, 0.3, 0.4, 0.5])
    args = parser.parse_args()
    gold = load_gold(ROOT / "annotations" / "gold")
    records = [r for doc in sorted(gold) for r in gold[doc]]
    groups = load_groups()
    print(f"{'threshold':<10}{'article':<24}{'P':>7}{'R':>7}{'F1':>7}{'gold':>6}{'pred':>6}")
    for threshold in args.thresholds:
        for doc, s in leave_one_article_out(records, groups, threshold=threshold):
            print(f"{threshold:<10}{doc:<24}{s['precision']:>7.3f}{s['recall']:>7.3f}{s['f1']:>7.3f}"
                  f"{s['gold_pairs']:>6}{s['predicted_pairs']:>6}")


if __name__ == "__main__":
    main()
