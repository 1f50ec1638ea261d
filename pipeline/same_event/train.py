"""Training and measuring the same-event pair model on the cross-article gold.

The gold (annotations/events/clusters/<scope>/gold.jsonl) groups the gold claim ids of a scope
(a set of articles annotated together, named in its scope.json) into events of two or more
claims; a claim on no line is an event of its own. Pairs are labelled over the gold claims:
1 where one gold event holds both. Leave one article out: a model fitted on the pairs that hold
none of an article's claims groups every claim of its scope, and the pairs holding one of its
claims are scored, those across articles (what the grouping is for) apart from those within one
(an article naming its own event again).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path
from typing import Any

import numpy as np

from pipeline.app.evaluate import load_gold, match_claims
from pipeline.resources import ROOT
from pipeline.training import one_blas_thread

from .features import ClaimKey, Record, claim_keys
from .model import PairModel, candidate_pairs, clause_vectors, group, join, pair_matrix

CLUSTER_GOLD = ROOT / "annotations" / "events" / "clusters"
THRESHOLDS = (0.2, 0.3, 0.4, 0.5, 0.6)
# Candidates across articles per claim. In the gold every same-event pair across articles is
# among either claim's four most similar clauses (the likeliest first: 97 of 108 pairs); ten
# leaves room for a collection where one event is told many times.
NEIGHBOURS = 10


@dataclass(frozen=True)
class Scope:
    """Articles annotated together, their gold claims and their gold events."""

    name: str
    records: list[Record]
    events: list[list[str]]


def scopes(root: Path = CLUSTER_GOLD) -> list[Scope]:
    """Every annotated scope: its scope.json names the documents and the gold folder of each."""
    found = []
    for spec_file in sorted(root.glob("*/scope.json")):
        spec = json.loads(spec_file.read_text(encoding="utf-8"))
        records = []
        for doc_id, gold_dir in sorted(spec["documents"].items()):
            records += load_gold(ROOT / gold_dir / f"{doc_id}.jsonl").get(doc_id, [])
        lines = (spec_file.parent / "gold.jsonl").read_text(encoding="utf-8").splitlines()
        events = [json.loads(line)["claims"] for line in lines if line.strip()]
        found.append(Scope(spec_file.parent.name, records, events))
    return found


@dataclass
class Prepared:
    """A scope's comparable claims, candidate pairs, their features and gold labels."""

    scope: Scope
    keys: list[ClaimKey]
    pairs: np.ndarray
    x: np.ndarray
    y: np.ndarray


def prepare(scope: Scope) -> Prepared:
    keys = claim_keys(scope.records)
    vectors = clause_vectors(keys)
    pairs = candidate_pairs(keys, vectors, NEIGHBOURS)
    event_of = {claim: k for k, event in enumerate(scope.events) for claim in event}
    labels = [int(keys[i].claim_id in event_of and event_of.get(keys[j].claim_id) == event_of[keys[i].claim_id])
              for i, j in pairs]
    return Prepared(scope, keys, pairs, pair_matrix(keys, pairs, vectors), np.array(labels, dtype=int))


@one_blas_thread()
def fit(x: np.ndarray, y: np.ndarray, seed: int = 0, threshold: float = 0.5, c: float = 1.0) -> PairModel:
    from sklearn.linear_model import LogisticRegression

    classifier = LogisticRegression(C=c, max_iter=5000, random_state=seed).fit(x, y)
    return PairModel(classifier.coef_[0], float(classifier.intercept_[0]), threshold, NEIGHBOURS)


Counts = dict[str, tuple[int, int, int]]  # "across" / "within" articles → (true, predicted, gold) pairs


def pair_counts(groups: list[list[str]], gold: list[list[str]], doc_of: dict[str, str], within: set[str]) -> Counts:
    """True, predicted and gold pairs among the claims of `doc_of` that hold a claim of `within`,
    apart for pairs across articles and pairs within one; `groups` are the predicted events."""
    def pairs(events: list[list[str]]) -> set[tuple[str, str]]:
        return {(a, b) for event in events for a, b in combinations(sorted(c for c in event if c in doc_of), 2)
                if a in within or b in within}

    predicted = pairs(groups)
    expected = pairs(gold)
    counts = {}
    for kind, across in (("across", True), ("within", False)):
        p = {(a, b) for a, b in predicted if (doc_of[a] != doc_of[b]) == across}
        g = {(a, b) for a, b in expected if (doc_of[a] != doc_of[b]) == across}
        counts[kind] = (len(p & g), len(p), len(g))
    return counts


def prf(true: int, predicted: int, expected: int) -> dict[str, float]:
    p = true / predicted if predicted else 1.0
    r = true / expected if expected else 1.0
    return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0}


def leave_one_article_out(prepared: list[Prepared], threshold: float, seed: int = 0,
                          c: float = 1.0) -> list[tuple[str, str, Counts]]:
    """(scope, article, pair counts) for each article, its pairs unseen by the model that groups it."""
    rows = []
    for part in prepared:
        doc_of = {r["claim_id"]: r["doc_id"] for r in part.scope.records}
        for doc in sorted({k.doc_id for k in part.keys}):
            train = [(p.x[m], p.y[m]) for p in prepared
                     for m in [np.array([doc not in (p.keys[i].doc_id, p.keys[j].doc_id) for i, j in p.pairs], bool)]
                     if len(p.pairs)]
            model = fit(np.vstack([x for x, _ in train]), np.concatenate([y for _, y in train]), seed, threshold, c)
            events = join(part.keys, part.pairs, model.probabilities(part.x), threshold)
            mine = {claim for claim, d in doc_of.items() if d == doc}
            groups = [[k.claim_id for k in e.members] for e in events]
            rows.append((part.scope.name, doc, pair_counts(groups, part.scope.events, doc_of, mine)))
    return rows


def total(rows: list[tuple[str, str, Counts]], kind: str) -> tuple[int, int, int]:
    """The pair counts of every row (a pair across articles counted once per article it holds)."""
    return (sum(r[2][kind][0] for r in rows), sum(r[2][kind][1] for r in rows), sum(r[2][kind][2] for r in rows))


HEAD = "".join(f"{kind + ' ' + m:>13}" for kind in ("across", "within") for m in ("P", "R", "F1"))


def _cells(counts: Counts) -> str:
    """Precision, recall and F1 across articles, then within one."""
    return "".join(f"{prf(*counts[kind])[m]:>13.3f}" for kind in ("across", "within")
                   for m in ("precision", "recall", "f1"))


def table(rows: list[tuple[str, str, Counts]]) -> str:
    """Pairwise precision, recall and F1 per article, across articles and within one."""
    lines = [f"{'scope':<14}{'article':<24}{HEAD}{'gold':>7}"]
    lines += [f"{scope:<14}{doc:<24}{_cells(counts)}{counts['across'][2]:>7}" for scope, doc, counts in rows]
    overall = {kind: total(rows, kind) for kind in ("across", "within")}
    lines.append(f"{'all':<38}{_cells(overall)}{overall['across'][2]:>7}")
    return "\n".join(lines)


def train(seed: int = 0, root: Path = CLUSTER_GOLD) -> tuple[PairModel, dict[str, Any], list[tuple[str, str, Counts]]]:
    """The shipped model, fitted on every scope's pairs at the threshold of the best
    leave-one-article-out F1 over pairs across articles (ties: the higher threshold), and the
    leave-one-article-out rows at that threshold."""
    prepared = [prepare(s) for s in scopes(root)]
    runs = {t: leave_one_article_out(prepared, t, seed) for t in THRESHOLDS}
    best = max(THRESHOLDS, key=lambda t: (prf(*total(runs[t], "across"))["f1"], t))
    x = np.vstack([p.x for p in prepared if len(p.pairs)])
    y = np.concatenate([p.y for p in prepared if len(p.pairs)])
    trained_on = {"scopes": [p.scope.name for p in prepared], "pairs": int(len(y)), "same_event_pairs": int(y.sum())}
    return fit(x, y, seed, best), trained_on, runs[best]


def score_predictions(records: list[Record], root: Path = CLUSTER_GOLD,
                      model: PairModel | None = None) -> list[tuple[str, Counts]]:
    """Pair counts of the grouping of predicted claims, for every scope whose documents all have
    predictions: the predicted claims are grouped as `claims export --events` groups them, then
    each is read as the gold claim whose date span it overlaps (one to one, in document order)."""
    by_doc: dict[str, list[Record]] = {}
    for r in records:
        if "date" in r and "claim_id" in r:
            by_doc.setdefault(r["doc_id"], []).append(r)
    rows = []
    for scope in scopes(root):
        docs = sorted({r["doc_id"] for r in scope.records})
        if not set(docs) <= by_doc.keys():
            continue
        gold_id = {p["claim_id"]: g["claim_id"] for doc in docs for g, p in match_claims(
            [r for r in scope.records if r["doc_id"] == doc], by_doc[doc], keep_optional=True)[0]}
        events = group([r for doc in docs for r in by_doc[doc]], model)
        groups = [[gold_id[k.claim_id] for k in e.members if k.claim_id in gold_id] for e in events]
        doc_of = {r["claim_id"]: r["doc_id"] for r in scope.records}
        rows.append((scope.name, pair_counts(groups, scope.events, doc_of, set(doc_of))))
    return rows


def score_table(rows: list[tuple[str, Counts]], trained: tuple[str, ...] = ()) -> str:
    """Pairwise precision, recall and F1 per scope, across articles and within one; a scope the
    model was fitted on is marked `*` (in-sample)."""
    lines = [f"{'scope':<16}{HEAD}{'gold':>7}"]
    lines += [f"{scope + (' *' if scope in trained else ''):<16}{_cells(counts)}{counts['across'][2]:>7}"
              for scope, counts in rows]
    return "\n".join(lines)
