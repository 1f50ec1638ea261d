"""Train and measure the raised-marker model on the factory's labelled ink clusters.

`claims train raised-markers` rebuilds models/ingest/raised_markers.json (fixed seed) from
tools/factory/data/raised_markers.jsonl.gz (`python -m tools.factory.raised`); the layout's
held-out sources and the pending ones never reach it. The threshold is the one of the best
leave-one-source-out F1 over the clusters of the training sources.
"""

from __future__ import annotations

import gzip
import json
from collections import Counter
from pathlib import Path
from typing import Any

import numpy as np

from pipeline.resources import FACTORY_DATA
from pipeline.training import one_blas_thread
from pipeline.stages.layout.train import HELD_OUT as LAYOUT_HELD_OUT
from pipeline.stages.layout.train import PENDING

from .raised import FEATURES_VERSION, Cluster, ClusterModel, PageMarks, feature_matrix

DEFAULT_DATA = FACTORY_DATA / "raised_markers.jsonl.gz"
HELD_OUT = LAYOUT_HELD_OUT + PENDING  # the layout's held-out and pending sources
THRESHOLDS = tuple(round(t, 2) for t in np.arange(0.1, 0.95, 0.05))
KINDS = ("call", "note_number")
Row = dict[str, Any]


def rows(path: Path = DEFAULT_DATA) -> list[Row]:
    """The labelled clusters; an error where they were described by other features."""
    with gzip.open(path, "rt", encoding="utf-8") as lines:
        head = json.loads(next(lines))
        if head["features_version"] != FEATURES_VERSION:
            raise ValueError(f"{path} holds features version {head['features_version']}, the code computes "
                             f"{FEATURES_VERSION}: rebuild it (python -m tools.factory.raised --out {path})")
        return [json.loads(line) for line in lines]


@one_blas_thread()
def fit(data: list[Row], seed: int = 0, threshold: float = 0.5) -> ClusterModel:
    """One decision (the rows of one `kind`: calls, or notes' numbers)."""
    from sklearn.linear_model import LogisticRegression

    names = tuple(sorted({name for row in data for name in row["features"]}))
    x = _matrix(data, names)
    mean, scale = x.mean(axis=0), x.std(axis=0)
    scale[scale == 0] = 1.0
    classifier = LogisticRegression(C=1.0, max_iter=5000, random_state=seed)
    classifier.fit((x - mean) / scale, [row["marker"] for row in data])
    return ClusterModel(names, mean, scale, classifier.coef_[0], float(classifier.intercept_[0]), threshold)


def train(data: list[Row], seed: int = 0) -> tuple[PageMarks, str]:
    """Both decisions, each at the threshold of its best leave-one-source-out F1, and the table
    of those scores."""
    models, tables = {}, []
    for kind in KINDS:
        mine = [row for row in data if row["kind"] == kind]
        scores = leave_one_source_out(mine, seed)
        threshold = best_threshold(mine, scores)
        models[kind] = fit(mine, seed, threshold)
        tables.append(f"{kind}s, leave one source out, threshold {threshold}:\n{table(mine, scores, threshold)}")
    return PageMarks(models["call"], models["note_number"]), "\n\n".join(tables)


def _matrix(data: list[Row], names: tuple[str, ...]) -> np.ndarray:
    return feature_matrix(_clusters(data), names)


def _clusters(data: list[Row]) -> list[Cluster]:
    """Stored rows as clusters: their features are all a model reads of them."""
    return [Cluster(0, 0, 0, 0, (0, 0), row["features"]) for row in data]


def leave_one_source_out(data: list[Row], seed: int = 0) -> dict[str, np.ndarray]:
    """Each training source's clusters scored by a model trained without it."""
    sources = sorted({row["source"] for row in data})
    scores = {}
    for source in sources:
        model = fit([row for row in data if row["source"] != source], seed)
        mine = [row for row in data if row["source"] == source]
        scores[source] = model.probabilities(_clusters(mine))
    return scores


def best_threshold(data: list[Row], scores: dict[str, np.ndarray]) -> float:
    """The threshold of the best F1 over all the sources' held-out scores."""
    return max(THRESHOLDS, key=lambda t: _counts(data, scores, t)["f1"])


def table(data: list[Row], scores: dict[str, np.ndarray], threshold: float) -> str:
    """Precision, recall and F1 of the decisions per source, held out, and in all (a source
    without marks: how many clusters were taken for one)."""
    out = [f"{'source':8} {'marks':>7} {'P':>6} {'R':>6} {'F1':>6}"]
    for source in sorted(scores):
        c = _counts([row for row in data if row["source"] == source], {source: scores[source]}, threshold)
        if not c["gold"]:
            out.append(f"{source:8} {0:7} {c['said']:>6} taken for one")
            continue
        out.append(f"{source:8} {c['gold']:7} {c['p']:6.3f} {c['r']:6.3f} {c['f1']:6.3f}")
    c = _counts(data, scores, threshold)
    out.append(f"{'all':8} {c['gold']:7} {c['p']:6.3f} {c['r']:6.3f} {c['f1']:6.3f}")
    return "\n".join(out)


def _counts(data: list[Row], scores: dict[str, np.ndarray], threshold: float) -> dict[str, float]:
    c: Counter[str] = Counter()
    for source, p in scores.items():
        gold = np.array([row["marker"] for row in data if row["source"] == source], dtype=bool)
        said = p >= threshold
        c.update(gold=int(gold.sum()), said=int(said.sum()), right=int((gold & said).sum()))
    precision = c["right"] / c["said"] if c["said"] else 0.0
    recall = c["right"] / c["gold"] if c["gold"] else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {**c, "p": precision, "r": recall, "f1": f1}
