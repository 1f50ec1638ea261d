"""The line-role model: a multinomial logistic regression over each line's features, decoded
over the page with a Viterbi pass over role transitions (GROBID's shape: features per line,
a trained labeller, the sequence taken as a whole).

The model ships as JSON (models/layout/line_roles.json): vocabulary, weights, transitions and
the feature version it expects, loaded with numpy alone; scikit-learn only trains it
(`claims train layout`, fixed seed).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Iterable

import numpy as np

from pipeline.resources import MODELS, check_features_version
from pipeline.training import one_blas_thread

from .features import FEATURES_VERSION

MODEL_FILE = MODELS / "layout" / "line_roles.json"
ROLES = ("front", "heading", "body", "note_start", "note_cont", "header", "page_number", "reference", "back")
MODEL_VERSION = 2
FRONT_KINDS = frozenset({"title", "author", "affiliation", "abstract", "keywords", "author_note", "clc", "doi",
                         "article_number", "front"})


@dataclass(frozen=True)
class LineRoleModel:
    vocabulary: dict[str, int]
    roles: tuple[str, ...]
    weights: np.ndarray  # roles × features
    bias: np.ndarray
    log_prior: np.ndarray
    log_transition: np.ndarray  # layout (wrapped, a line per paragraph) × from role × to role
    log_start: np.ndarray  # layout × role

    def probabilities(self, rows: list[dict[str, float]]) -> np.ndarray:
        """p(role | line) for each row, the line taken alone. The sparse rows' weights are summed
        without BLAS: a matrix product this small costs more in BLAS threads than it saves, and
        they fight the other worker processes for the cores."""
        at, cols, values = [], [], []
        for r, row in enumerate(rows):
            for name, value in row.items():
                col = self.vocabulary.get(name)
                if col is not None:
                    at.append(r)
                    cols.append(col)
                    values.append(value)
        scores = np.tile(self.bias, (len(rows), 1))
        np.add.at(scores, np.array(at, dtype=int), self.weights.T[cols] * np.array(values)[:, None])
        scores -= scores.max(axis=1, keepdims=True)
        p = np.exp(scores)
        return p / p.sum(axis=1, keepdims=True)

    def decode(self, rows: list[dict[str, float]],
               barred: list[tuple[str, ...]] | None = None) -> tuple[list[str], np.ndarray]:
        """The most likely role sequence (Viterbi over p(role | line) / p(role) and the
        transitions) and each line's posterior role probabilities given the whole sequence
        (forward-backward over the same scores); `barred`: the roles each line cannot take (a
        constraint, not evidence: the sequence around it is decoded knowing it)."""
        p = self.probabilities(rows)
        if not rows:
            return [], p
        emit = np.log(np.clip(p, 1e-9, 1.0)) - self.log_prior
        for t, roles in enumerate(barred or ()):
            emit[t, [self.roles.index(role) for role in roles]] = np.log(1e-9)
        layout = _layout(rows)
        start, transition = self.log_start[layout], self.log_transition[layout]
        return self._viterbi(emit, start, transition), self._posteriors(emit, start, transition)

    @staticmethod
    def _posteriors(emit: np.ndarray, start: np.ndarray, transition: np.ndarray) -> np.ndarray:
        n = len(emit)
        forward, backward = np.zeros_like(emit), np.zeros_like(emit)
        forward[0] = start + emit[0]
        for t in range(1, n):
            forward[t] = np.logaddexp.reduce(forward[t - 1][:, None] + transition, axis=0) + emit[t]
        for t in range(n - 2, -1, -1):
            backward[t] = np.logaddexp.reduce(transition + (emit[t + 1] + backward[t + 1])[None, :], axis=1)
        joint = forward + backward
        joint -= joint.max(axis=1, keepdims=True)
        posterior = np.exp(joint)
        return posterior / posterior.sum(axis=1, keepdims=True)

    def _viterbi(self, emit: np.ndarray, start: np.ndarray, transition: np.ndarray) -> list[str]:
        n, k = emit.shape
        score = start + emit[0]
        back = np.zeros((n, k), dtype=int)
        for t in range(1, n):
            step = score[:, None] + transition
            back[t] = step.argmax(axis=0)
            score = step.max(axis=0) + emit[t]
        path = [int(score.argmax())]
        for t in range(n - 1, 0, -1):
            path.append(int(back[t, path[-1]]))
        return [self.roles[j] for j in reversed(path)]

    def to_json(self) -> dict:
        names = sorted(self.vocabulary, key=self.vocabulary.__getitem__)
        return {
            "_doc": "Line-role model of the layout stage: multinomial logistic regression over the features of "
                    "pipeline/stages/layout/features.py, Viterbi over role transitions. Rebuilt by `claims train layout`.",
            "model_version": MODEL_VERSION,
            "features_version": FEATURES_VERSION,
            "roles": list(self.roles),
            "features": names,
            "weights": [[round(float(v), 5) for v in row] for row in self.weights],
            "bias": [round(float(v), 5) for v in self.bias],
            "log_prior": [round(float(v), 5) for v in self.log_prior],
            "log_transition": [[[round(float(v), 5) for v in row] for row in layout] for layout in self.log_transition],
            "log_start": [[round(float(v), 5) for v in layout] for layout in self.log_start],
        }

    @classmethod
    def from_json(cls, spec: dict) -> LineRoleModel:
        check_features_version(spec, FEATURES_VERSION, "line-role", "layout")
        return cls(
            {name: i for i, name in enumerate(spec["features"])}, tuple(spec["roles"]),
            np.array(spec["weights"]), np.array(spec["bias"]), np.array(spec["log_prior"]),
            np.array(spec["log_transition"]), np.array(spec["log_start"]),
        )


def _layout(rows: list[dict[str, float]]) -> int:
    """Which transitions a document takes: 1 for a line per paragraph (a page may hold a single
    body line between two note blocks), 0 for wrapped lines."""
    return int(next((row.get("paragraph_lines", 0.0) for row in rows if row), 0.0) > 0)


@cache
def load(path: Path = MODEL_FILE) -> LineRoleModel:
    return LineRoleModel.from_json(json.loads(path.read_text(encoding="utf-8")))


@one_blas_thread()
def fit(sequences: Iterable[tuple[list[dict[str, float]], list[str]]], seed: int = 0, c: float = 1.0) -> LineRoleModel:
    """Train on (features, roles) sequences of content lines; lines labelled outside ROLES are skipped."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    rows, labels = [], []
    index = {role: j for j, role in enumerate(ROLES)}
    transitions = np.ones((2, len(ROLES), len(ROLES)))
    starts = np.ones((2, len(ROLES)))
    for features, roles in sequences:
        kept = [(f, r) for f, r in zip(features, roles, strict=True) if r in index]
        layout = _layout(features)
        for (_, a), (_, b) in zip(kept, kept[1:]):
            transitions[layout, index[a], index[b]] += 1
        if kept:
            starts[layout, index[kept[0][1]]] += 1
        rows += [f for f, _ in kept]
        labels += [r for _, r in kept]
    vectorizer = DictVectorizer(sort=True)
    x = vectorizer.fit_transform(rows)
    classifier = LogisticRegression(C=c, max_iter=3000, random_state=seed)
    classifier.fit(x, labels)
    order = [list(classifier.classes_).index(role) if role in classifier.classes_ else None for role in ROLES]
    weights = np.array([classifier.coef_[j] if j is not None else np.full(x.shape[1], 0.0) for j in order])
    bias = np.array([classifier.intercept_[j] if j is not None else -50.0 for j in order])
    counts = np.array([labels.count(role) + 1.0 for role in ROLES])
    return LineRoleModel(
        dict(vectorizer.vocabulary_), ROLES, weights, bias, np.log(counts / counts.sum()),
        np.log(transitions / transitions.sum(axis=2, keepdims=True)), np.log(starts / starts.sum(axis=1, keepdims=True)),
    )
