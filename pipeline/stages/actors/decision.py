"""The learned decision over actor candidates: which are actors, overlaps settled in one place.

Candidates come from every source the stage has, each named: the rules (`rule:<name>`, the
function that read it), the statistical model (`model:PER` …), the gazetteer (`gazetteer:GPE` …,
every written form found, even where the rules declined it) and the pattern data of
`models/actors/decision/patterns.jsonl` (`pattern:<id>`). A logistic regression scores each candidate
from features of it and its context (features.py); those at or above the model's threshold
are kept, and where two kept candidates overlap the likelier wins, unless the rules read
both (they nest on purpose: an organ chain and its state are never both read).

The model ships as JSON (models/actors/decision/model.json), loaded with numpy alone; scikit-learn
only trains it (`claims train actors`, fixed seed).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import cache
from itertools import pairwise
from pathlib import Path
from typing import Any

import numpy as np

from pipeline.resources import check_features_version

from .features import FEATURES_VERSION, Candidate, candidate_features, sentence_context
from .recognizer import (
    DATA,
    Actor,
    Lexicon,
    Spans,
    _distinct,
    _entry,
    _numeral,
    _overlaps,
    _scan,
    lexicon,
    quoted_spans,
    rule_actors,
)

MODEL_FILE = DATA / "decision" / "model.json"
MODEL_VERSION = 1


@dataclass(frozen=True)
class Pattern:
    id: str
    regex: re.Pattern[str]
    doc: str


@cache
def patterns() -> tuple[Pattern, ...]:
    """The construction patterns; `{ABBR}` in a regex is the class of state abbreviations, and the
    group `abbr` (one character) or `run` (each of its characters) names the states found."""
    lex = lexicon()
    abbr = "[" + re.escape("".join(sorted(lex.abbreviations))) + "]"
    out = []
    for line in (DATA / "decision" / "patterns.jsonl").read_text(encoding="utf-8").splitlines():
        spec = json.loads(line) if line.strip() else {}
        if "id" in spec:
            out.append(Pattern(spec["id"], re.compile(spec["regex"].replace("{ABBR}", abbr)), spec["doc"]))
    return tuple(out)


def candidates(sentence: str, spans: Spans) -> list[Candidate]:
    """Every candidate of every source; one per span, its sources merged, named as the first source
    names it (the rules, the gazetteer, the patterns, then the model)."""
    lex = lexicon()
    found: dict[tuple[int, int], Candidate] = {}

    def add(actor: Actor, source: str) -> None:
        key = (actor.start, actor.end)
        old = found.get(key)
        found[key] = Candidate(actor, frozenset({source})) if old is None else replace(old, sources=old.sources | {source})

    scanned = _scan(sentence, lex)  # once: the rules read it, and the gazetteer's agreement is read from it
    for actor in rule_actors(sentence, spans, scanned):
        add(actor, f"rule:{actor.rule}")
    for m in scanned:
        if m.kind == "NAME" and (m.start, m.end) in found:  # agreement only: a form the rules declined stays out
            add(found[(m.start, m.end)].actor, f"gazetteer:{_entry(m, sentence).type}")
    for pattern in patterns():
        for hit in pattern.regex.finditer(sentence):
            group = "abbr" if "abbr" in pattern.regex.groupindex else "run"
            for i in range(hit.start(group), hit.end(group)):
                state = lex.abbreviations.get(sentence[i])
                if state is not None:
                    add(Actor(state.canonical, state.type, state.canonical, state.label_en, i, i + 1), f"pattern:{pattern.id}")
    surnames = {(m.start, m.end): _entry(m, sentence) for m in scanned if m.kind == "NAME"}
    for start, end, kind in spans:  # 马尔科姆·特恩布尔: a full name whose last part the gazetteer knows
        last_part = (sentence.rfind("·", start, end) + 1, end)
        known = surnames.get(last_part) if kind == "PER" and "·" in sentence[start:end] else None
        if known is not None and known.type == "PER":
            add(Actor(sentence[start:end], "PER", known.canonical, known.label_en, start, end), "gazetteer:PER")
    for start, end, kind in spans:
        text = sentence[start:end]
        add(Actor(text, kind, text, "", start, end), f"model:{kind}")
    persons = [(s, e) for s, e, kind in spans if kind == "PER"]
    for (s1, e1), (s2, e2) in pairwise(persons):  # 拉吉夫·|甘地, 拉吉夫|·甘地: one name the model cut
        if e1 == s2 and "·" in sentence[s1:e2] or e1 + 1 == s2 and sentence[e1] == "·":
            add(Actor(sentence[s1:e2], "PER", sentence[s1:e2], "", s1, e2), "model:PER-joined")
    quoted = quoted_spans(sentence, lex.rules)  # the contract: no actor inside quotes or titles
    dated = _date_units(sentence, lex)
    return sorted((c for c in found.values()
                   if not _overlaps(c.actor.start, c.actor.end, quoted) and c.actor.start not in dated),
                  key=lambda c: (c.actor.start, -c.actor.end))


def _date_units(sentence: str, lex: Lexicon) -> set[int]:
    """Where a date's unit follows its number (15日|经板门店, 3月|中): no name starts there."""
    units = lex.rules["abbreviations"]["date_unit_start"]["units"]
    return {i for i in range(1, len(sentence)) if sentence[i] in units and _numeral(sentence[i - 1], lex)}


@dataclass(frozen=True)
class DecisionModel:
    vocabulary: dict[str, int]
    weights: np.ndarray
    bias: float
    threshold: float

    def probabilities(self, rows: list[dict[str, float]]) -> np.ndarray:
        scores = np.full(len(rows), self.bias)
        for r, row in enumerate(rows):
            scores[r] += sum(self.weights[k] * v for name, v in row.items() if (k := self.vocabulary.get(name)) is not None)
        return 1.0 / (1.0 + np.exp(-scores))

    def to_json(self, trained_on: dict[str, Any]) -> dict[str, Any]:
        names = sorted(self.vocabulary, key=self.vocabulary.__getitem__)
        return {
            "_doc": "Actor decision of the actors stage: logistic regression over the candidate features of "
                    "pipeline/stages/actors/features.py; a candidate at or above `threshold` is an actor. "
                    "Rebuilt by `claims train actors`.",
            "model_version": MODEL_VERSION,
            "features_version": FEATURES_VERSION,
            "trained_on": trained_on,
            "threshold": self.threshold,
            "bias": round(float(self.bias), 5),
            "weights": {name: round(float(self.weights[self.vocabulary[name]]), 5) for name in names},
        }

    @classmethod
    def from_json(cls, spec: dict[str, Any]) -> DecisionModel:
        check_features_version(spec, FEATURES_VERSION, "actor decision", "actors")
        names = list(spec["weights"])
        return cls({n: i for i, n in enumerate(names)}, np.array([spec["weights"][n] for n in names]),
                   float(spec["bias"]), float(spec["threshold"]))


@cache
def load(path: Path = MODEL_FILE) -> DecisionModel:
    return DecisionModel.from_json(json.loads(path.read_text(encoding="utf-8")))


def document_persons(found: Iterable[list[Candidate]]) -> frozenset[str]:
    """The full transliterated names (with ·) that the rules, the gazetteer or the joined model spans
    read as persons anywhere in a document: their last part alone (奈, 甘地) may name them elsewhere."""
    return frozenset(c.actor.text for cs in found for c in cs if c.actor.type == "PER" and "·" in c.actor.text
                     and c.sources - {"model:PER"})


def scored(sentence: str, spans: Spans, model: DecisionModel, found: list[Candidate] | None = None,
           persons: frozenset[str] = frozenset()) -> list[tuple[Candidate, float]]:
    """Each candidate (`found`, or computed here) with its probability of being an actor; `persons`
    are the document's (document_persons)."""
    found = candidates(sentence, spans) if found is None else found
    context = sentence_context(sentence, spans, found, persons)
    rows = [candidate_features(c, context) for c in found]
    return list(zip(found, model.probabilities(rows).tolist()))


def decide(sentence: str, spans: Spans, model: DecisionModel, found: list[Candidate] | None = None,
           persons: frozenset[str] = frozenset()) -> list[Actor]:
    """The actors of `sentence`: the candidates the model keeps, overlaps settled, one per name."""
    return _distinct([c.actor for c in keep(scored(sentence, spans, model, found, persons), model.threshold)])


def keep(scored_candidates: list[tuple[Candidate, float]], threshold: float) -> list[Candidate]:
    """Candidates at or above `threshold`, likeliest first; one that overlaps a likelier kept one is
    dropped, unless the rules read both. (`decide` then keeps one actor per name.)"""
    kept: list[Candidate] = []
    for candidate, p in sorted(scored_candidates, key=lambda cp: (-cp[1], cp[0].actor.start)):
        if p < threshold:
            break
        a = candidate.actor
        if not any(a.start < k.actor.end and k.actor.start < a.end and not (candidate.by_rules and k.by_rules)
                   for k in kept):
            kept.append(candidate)
    return kept
