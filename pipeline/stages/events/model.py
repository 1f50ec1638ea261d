"""The event-type model: a multinomial logistic regression over the clause features, with the
trigger lexicon it was trained with (the taxonomy's trigger words and those the gold used), the
types the training gold gave each trigger word, and the trigger ranker: a linear score of each
candidate word of the clause as its predicate, learned from pairs of a clause's words.

Shipped as JSON (models/events/model.json), loaded with numpy alone; scikit-learn only trains it
(`claims train events`, fixed seed).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np

from pipeline.resources import MODELS, check_features_version

from .features import FEATURES_VERSION, Clause, TriggerCandidate, TriggerTypes, features, trigger_candidates

MODEL_FILE = MODELS / "events" / "model.json"
TAXONOMY_FILE = MODELS / "events" / "taxonomy.jsonl"
LEXICON_FILE = MODELS / "events" / "lexicon.jsonl"
MODEL_VERSION = 3


def taxonomy() -> list[dict[str, Any]]:
    rows = [json.loads(line) for line in TAXONOMY_FILE.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [r for r in rows if "code" in r]


def trigger_lexicon() -> list[dict[str, Any]]:
    """The trigger lexicon's entries (word, type, kind: verb, object or light; also: other types)."""
    rows = [json.loads(line) for line in LEXICON_FILE.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [r for r in rows if "word" in r]


@dataclass(frozen=True)
class EventModel:
    types: tuple[str, ...]
    codes: dict[str, str]
    vocabulary: dict[str, int]
    weights: np.ndarray  # types × features
    bias: np.ndarray
    lexicon: dict[str, tuple[str, ...]]
    trigger_weights: dict[str, float]  # the trigger ranker: a linear score per candidate word
    trigger_types: TriggerTypes  # the training gold's triggers: word → type → how often

    def predicate(self, clause: Clause) -> TriggerCandidate | None:
        """The clause's likeliest predicate word; None where it has no verb."""
        return best_candidate(trigger_candidates(clause, self.lexicon), self.trigger_weights)

    def probabilities(self, clause: Clause, predicate: TriggerCandidate | None) -> np.ndarray:
        scores = self.bias.copy()
        for name, value in features(clause, self.lexicon, predicate, self.trigger_types).items():
            col = self.vocabulary.get(name)
            if col is not None:
                scores += self.weights[:, col] * value
        scores -= scores.max()
        p = np.exp(scores)
        return p / p.sum()

    def predict(self, clause: Clause) -> tuple[str, float, tuple[int, int] | None]:
        """The clause's event type, its probability and the trigger's raw span (None where the
        clause has no verb); the predicate, found once, serves both."""
        predicate = self.predicate(clause)
        p = self.probabilities(clause, predicate)
        best = int(p.argmax())
        trigger = clause.text.raw_span(predicate.start, predicate.end) if predicate else None
        return self.types[best], float(p[best]), trigger

    def to_json(self, trained_on: dict[str, Any]) -> dict[str, Any]:
        names = sorted(self.vocabulary, key=self.vocabulary.__getitem__)
        return {
            "_doc": "Event-type model of the events stage: multinomial logistic regression over the clause features "
                    "of pipeline/stages/events/features.py, with its trigger lexicon. Rebuilt by `claims train events`.",
            "model_version": MODEL_VERSION,
            "features_version": FEATURES_VERSION,
            "trained_on": trained_on,
            "types": list(self.types),
            "codes": self.codes,
            "lexicon": {kind: list(words) for kind, words in sorted(self.lexicon.items())},
            "bias": [round(float(v), 4) for v in self.bias],
            "weights": {name: {self.types[t]: round(float(w), 4) for t in np.flatnonzero(column)
                               for w in (column[t],)}
                        for name in names if (column := self.weights[:, self.vocabulary[name]]).any()},
            "trigger_weights": {name: round(w, 4) for name, w in sorted(self.trigger_weights.items()) if round(w, 4)},
            "trigger_types": {word: dict(sorted(kinds.items())) for word, kinds in sorted(self.trigger_types.items())},
        }

    @classmethod
    def from_json(cls, spec: dict[str, Any]) -> EventModel:
        check_features_version(spec, FEATURES_VERSION, "event", "events")
        types = tuple(spec["types"])
        names = list(spec["weights"])
        weights = np.zeros((len(types), len(names)))
        for col, name in enumerate(names):  # stored sparse: feature → {type: weight}, zeros left out
            for kind, w in spec["weights"][name].items():
                weights[types.index(kind), col] = w
        return cls(types, spec["codes"], {n: i for i, n in enumerate(names)}, weights, np.array(spec["bias"]),
                   {kind: tuple(words) for kind, words in spec["lexicon"].items()},
                   spec["trigger_weights"], spec["trigger_types"])


def best_candidate(candidates: list[TriggerCandidate], weights: dict[str, float]) -> TriggerCandidate | None:
    """The candidate the ranker scores highest (the earlier on a tie)."""
    scored = [(sum(weights.get(n, 0.0) * v for n, v in c.features.items()), -c.start, c) for c in candidates]
    return max(scored, key=lambda row: row[:2])[2] if scored else None


@cache
def load(path: Path = MODEL_FILE) -> EventModel:
    return EventModel.from_json(json.loads(path.read_text(encoding="utf-8")))
