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
from functools import cache, lru_cache
from pathlib import Path
from typing import Any, TypeVar

import numpy as np

from pipeline.resources import check_features_version

from .features import FEATURES_VERSION, Candidate, candidate_features, sentence_context
from .recognizer import (
    DATA,
    Actor,
    Choices,
    Lexicon,
    Spans,
    _distinct,
    _entry,
    _numeral,
    _overlaps,
    _scan,
    document_patterns,
    lexicon,
    opens_transliteration,
    quoted_spans,
    rule_actors,
)

MODEL_FILE = DATA / "decision" / "model.json"
T = TypeVar("T")
MODEL_VERSION = 1


@dataclass(frozen=True)
class Pattern:
    id: str
    regex: re.Pattern[str]
    doc: str


@lru_cache(maxsize=16)
def patterns(choices: Choices = ()) -> tuple[Pattern, ...]:
    """The construction patterns; `{ABBR}` in a regex is the class of state abbreviations (of the
    document's lexicon, `choices`), and the group `abbr` (one character) or `run` (each of its
    characters) names the states found."""
    lex = lexicon(choices)
    abbr = "[" + re.escape("".join(sorted(lex.abbreviations))) + "]"
    out = []
    for line in (DATA / "decision" / "patterns.jsonl").read_text(encoding="utf-8").splitlines():
        spec = json.loads(line) if line.strip() else {}
        if "id" in spec:
            out.append(Pattern(spec["id"], re.compile(spec["regex"].replace("{ABBR}", abbr)), spec["doc"]))
    return tuple(out)


def candidates(sentence: str, spans: Spans, choices: Choices = ()) -> list[Candidate]:
    """Every candidate of every source; one per span, its sources merged, named as the first source
    names it (the rules, the gazetteer, the patterns, then the model). `choices`: the document's
    reading of the names that depend on it (recognizer.document_choices)."""
    lex = lexicon(choices)
    found: dict[tuple[int, int], Candidate] = {}

    def add(actor: Actor, source: str) -> None:
        key = (actor.start, actor.end)
        old = found.get(key)
        found[key] = Candidate(actor, frozenset({source})) if old is None else replace(old, sources=old.sources | {source})

    scanned = _scan(sentence, lex)  # once: the rules read it, and the gazetteer's agreement is read from it
    for actor in rule_actors(sentence, spans, scanned, lex):
        add(actor, f"rule:{actor.rule}")
    for m in scanned:
        if m.kind == "NAME" and (m.start, m.end) in found:  # agreement only: a form the rules declined stays out
            add(found[(m.start, m.end)].actor, f"gazetteer:{_entry(m, sentence).type}")
    for pattern in patterns(choices):
        for hit in pattern.regex.finditer(sentence):
            group = "abbr" if "abbr" in pattern.regex.groupindex else "run"
            for i in range(hit.start(group), hit.end(group)):
                state = lex.abbreviations.get(sentence[i])
                if state is not None and not (len(hit.group(group)) == 1 and opens_transliteration(sentence, i, lex)):
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
    chain: list[tuple[int, int]] = []
    for s1, e1 in [*persons, (-1, -1)]:  # 拉吉夫·|甘地, 佐勒菲卡尔·阿里·|布托: one name the model cut
        if chain and (chain[-1][1] == s1 and "·" in sentence[chain[-1][0] : e1]
                      or chain[-1][1] + 1 == s1 and sentence[chain[-1][1]] == "·"):
            chain.append((s1, e1))
            continue
        if len(chain) > 1:
            first, last = chain[0][0], chain[-1][1]
            add(Actor(sentence[first:last], "PER", sentence[first:last], "", first, last), "model:PER-joined")
        chain = [(s1, e1)]
    quoted = quoted_spans(sentence, lex.rules)  # the contract: no actor inside quotes or titles
    dated = _date_units(sentence, lex)
    places = [(m.start, m.end) for m in scanned if m.kind == "EXCLUDED"]
    return sorted((replace(c, place=_model_reading_of_a_place(c, places)) for c in found.values()
                   if not _overlaps(c.actor.start, c.actor.end, quoted) and c.actor.start not in dated),
                  key=lambda c: (c.actor.start, -c.actor.end))


def _model_reading_of_a_place(c: Candidate, places: list[tuple[int, int]]) -> bool:
    """The contract: places that are not states are not actors. A span only the model read that
    lies inside a form of exclusions.txt (斯雷布雷尼察, 朗伊尔|城 tagged persons) is one: a
    constraint on what is kept, not a feature, so the model still learns from such readings what
    the model's reading of a place it does not know looks like."""
    return (all(source.startswith("model:") for source in c.sources)
            and any(start <= c.actor.start and c.actor.end <= end for start, end in places))


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


def document_persons(found: Iterable[list[Candidate]]) -> dict[str, str]:
    """A document's persons by the short forms that may name them alone elsewhere in it: short form
    → full name, for the full names its candidates read as persons, unless two share the form.
    A full name counts when a rule, the gazetteer or the joined model spans read it, or the model
    alone read it with its dot (亚西尔·阿拉法特)."""
    full = {c.actor.text for cs in found for c in cs if c.actor.type == "PER"
            and (c.sources - {"model:PER"} or _dotted(c.actor.text))}
    forms = by_short_form((name, name) for name in full)
    return {form: next(iter(names)) for form, names in sorted(forms.items()) if len(names) == 1 and form not in full}


def by_short_form(named: Iterable[tuple[str, T]]) -> dict[str, set[T]]:
    """Each short form (`short_forms`) of the names → what the names stand for."""
    out: dict[str, set[T]] = {}
    for name, value in named:
        for form in short_forms(name):
            out.setdefault(form, set()).add(value)
    return out


def _dotted(name: str) -> bool:
    parts = name.split("·")
    return len(parts) > 1 and all(len(part) > 1 for part in parts)


def short_forms(name: str) -> tuple[str, ...]:
    """The forms that name a person alone once the document has named them in full: a
    transliterated name's last part (阿拉法特 of 亚西尔·阿拉法特, 奈 of 约瑟夫·奈), a Japanese
    name's family name (田中 of 田中均, japanese_surnames.txt; the gazetteer's
    `document_patterns`: 大平 of 大平正芳)."""
    if name in document_patterns():
        return document_patterns()[name]
    if "·" in name:
        last = name.rsplit("·", 1)[1]
        return (last,) if last else ()
    surname = next((name[:k] for k in (3, 2) if name[:k] in lexicon().surnames), "")
    return (surname,) if surname and 1 <= len(name) - len(surname) <= 2 else ()


def with_document_persons(sentence: str, found: list[Candidate], persons: dict[str, str]) -> list[Candidate]:
    """`found` and a `document:PER` candidate wherever a short form of the document's persons stands
    outside their full name (阿拉法特 that the model tagged a place, 大平 no list holds alone)."""
    by_span = {(c.actor.start, c.actor.end): c for c in found}
    for form, name in persons.items():
        at = sentence.find(form)
        while at >= 0:
            end = at + len(form)
            whole = sentence.find(name, max(0, at - len(name)))
            if not (0 <= whole <= at and end <= whole + len(name)):
                old = by_span.get((at, end))
                sources = frozenset({"document:PER"}) | (old.sources if old else frozenset())
                by_span[(at, end)] = Candidate(Actor(form, "PER", form, "", at, end), sources)
            at = sentence.find(form, end)
    return sorted(by_span.values(), key=lambda c: (c.actor.start, -c.actor.end))


def described(sentence: str, spans: Spans, found: list[Candidate],
              persons: dict[str, str] | None = None) -> tuple[list[Candidate], list[dict[str, float]]]:
    """The sentence's candidates with those of the document's persons (document_persons) added, and
    each one's features: what the decision scores, in use and in training."""
    if persons:
        found = with_document_persons(sentence, found, persons)
    context = sentence_context(sentence, spans, found, frozenset(persons or ()))
    return found, [candidate_features(c, context) for c in found]


def scored(sentence: str, spans: Spans, model: DecisionModel, found: list[Candidate] | None = None,
           persons: dict[str, str] | None = None) -> list[tuple[Candidate, float]]:
    """Each candidate (`found`, or computed here) with its probability of being an actor; `persons`
    are the document's (document_persons)."""
    found, rows = described(sentence, spans, candidates(sentence, spans) if found is None else found, persons)
    return list(zip(found, model.probabilities(rows).tolist()))


def decide(sentence: str, spans: Spans, model: DecisionModel, found: list[Candidate] | None = None,
           persons: dict[str, str] | None = None) -> list[Actor]:
    """The actors of `sentence`: the candidates the model keeps, overlaps settled, one per name."""
    return _distinct([c.actor for c in keep(scored(sentence, spans, model, found, persons), model.threshold)])


def keep(scored_candidates: list[tuple[Candidate, float]], threshold: float) -> list[Candidate]:
    """Candidates at or above `threshold`, likeliest first, but never a place; one that overlaps a
    likelier kept one is dropped, unless the rules read both (then a person inside a longer
    person goes). A kept person the rules read inside a longer person they read is that person,
    whatever the model made of the longer name (文彦 kept, 东乡文彦 below the threshold: 东乡文彦).
    (`decide` then keeps one actor per name.)"""
    kept: list[Candidate] = []
    for candidate, p in sorted(scored_candidates, key=lambda cp: (-cp[1], cp[0].actor.start)):
        if p < threshold:
            break
        a = candidate.actor
        if candidate.place:
            continue
        if not any(a.start < k.actor.end and k.actor.start < a.end and not (candidate.by_rules and k.by_rules)
                   for k in kept):
            kept.append(candidate)
    persons = [c for c, _ in scored_candidates if c.by_rules and c.actor.type == "PER"]
    kept = [_whole_name(c, persons) if c.by_rules else c for c in kept]
    return [c for c in kept if not any(_nested(c.actor, k.actor) for k in kept)]


def _whole_name(candidate: Candidate, persons: list[Candidate]) -> Candidate:
    """The longest of `persons` the candidate's name is inside, or the candidate itself."""
    around = [p for p in persons if _nested(candidate.actor, p.actor)]
    return max(around, key=lambda p: p.actor.end - p.actor.start) if around else candidate


def _nested(inner: Actor, outer: Actor) -> bool:
    """A person's name inside a longer person's (文彦 in 东乡文彦): one person, the whole name."""
    return (inner.type == outer.type == "PER" and outer.start <= inner.start and inner.end <= outer.end
            and (outer.start, outer.end) != (inner.start, inner.end))
