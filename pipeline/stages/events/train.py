"""Training and measuring the event-type model (`claims train events`).

Examples are the claims of the gold that carry an event (the gold claims with the reconciled
events pass merged: annotations/events/gold), read through the pipeline up to the actors so
that each has its clause, and, for training only, the single-pass event labels of the article
factory's clean web copies (annotations/events/factory: more text to learn from, never scored).
The trigger lexicon is the taxonomy's trigger words, the words of models/events/lexicon.jsonl
(written blind) and the triggers the training gold used.
Leave-one-article-out: train on the other articles, score type accuracy, macro-F1 over types
and trigger span accuracy on the one left out.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from pipeline.resources import ROOT
from pipeline.training import one_blas_thread

from .features import (Clause, TriggerCandidate, TriggerTypes, clause_of, features, first_trigger_type,
                       trigger_candidates)
from .model import EventModel, best_candidate, taxonomy, trigger_lexicon

COMMON = 10  # the macro-F1 is over the types with at least this many gold examples
MIN_WEIGHT = 0.01  # smaller weights are dropped: leave-one-article-out scores as without them (0.05 cost 0.006)
EVENT_GOLD = ROOT / "annotations" / "events" / "gold"  # gold claims with their events, as tools/merge_events.py writes
SINGLE_PASS = ROOT / "annotations" / "events" / "factory"  # labels/ (one pass, by claim) and texts/
ARTICLES = (ROOT / "corpus", ROOT / "tests" / "data" / "constructed", ROOT / "tests" / "data" / "heldout",
            SINGLE_PASS / "texts")


@dataclass(frozen=True)
class Example:
    article: str
    clause: Clause
    type: str
    trigger: tuple[int, int] | None  # raw span
    scored: bool = True  # two-pass gold, left out in turn; single-pass labels only ever train


def examples(gold_dir: Path = EVENT_GOLD, single_pass: Path | None = SINGLE_PASS / "labels") -> list[Example]:
    from pipeline import process
    from pipeline.app.evaluate import load_gold
    from pipeline.engine import Config
    from pipeline.stages.dates import claim_mentions

    if not gold_dir.is_dir():
        raise FileNotFoundError(f"no event gold in {gold_dir} (merge the reconciled pass: python -m tools.merge_events)")
    config = Config.load(overrides=["stages=layout,sentences,dates,citations,actors"])
    sources = [(gold_dir, True)] + ([(single_pass, False)] if single_pass and single_pass.is_dir() else [])
    out = []
    for folder, scored in sources:
        for doc_id, gold in sorted(load_gold(folder).items()):
            if not any(g.get("event") for g in gold):
                continue
            path = next(p for articles in ARTICLES for p in sorted(articles.rglob(f"{doc_id}.txt")))
            doc = process(path, config)
            by_span = {tuple(g["date"]["source_span"]): g for g in gold if g.get("event")}
            for _, p in claim_mentions(doc):
                g = by_span.get(doc.raw_span(p.start, p.end))
                if g is not None:
                    trigger = g["event"].get("trigger")
                    out.append(Example(doc_id, clause_of(doc, p), g["event"]["type"],
                                       tuple(trigger["source_span"]) if trigger else None, scored))
    return out


def lexicon(data: Iterable[Example]) -> dict[str, tuple[str, ...]]:
    """The taxonomy's and the lexicon file's trigger words per type, with the triggers the examples' gold used."""
    words: dict[str, set[str]] = {row["type"]: set(row["triggers"]) for row in taxonomy()}
    for row in trigger_lexicon():
        if row["type"]:
            words[row["type"]].add(row["word"])
    for e in data:
        if e.trigger:
            raw = _raw_text(e)
            if raw:
                words.setdefault(e.type, set()).add(raw)
    return {kind: tuple(sorted(ws, key=lambda w: (-len(w), w))) for kind, ws in words.items()}


def trigger_types(data: Iterable[Example]) -> TriggerTypes:
    """How often the examples' gold gave each type to each trigger word."""
    table: dict[str, Counter[str]] = {}
    for e in data:
        if e.trigger:
            table.setdefault(_raw_text(e), Counter())[e.type] += 1
    return {word: dict(kinds) for word, kinds in table.items()}


def _raw_text(e: Example) -> str:
    """The trigger's text as written, line breaks removed (read back through the clause's map)."""
    start, end = e.clause.text.clean_span(*e.trigger)
    return e.clause.text.text[start:end]


@one_blas_thread()
def fit(data: list[Example], seed: int = 0, c: float = 3.0) -> EventModel:
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    words = lexicon(data)
    # an example is described with the lexicon and trigger types of the other articles: its own
    # gold triggers would make those features look surer in training than on an unseen article
    articles = sorted({e.article for e in data})
    unseen = {a: lexicon([e for e in data if e.article != a]) for a in articles}
    unseen_types = {a: trigger_types([e for e in data if e.article != a]) for a in articles}
    # each clause's candidates, found once: the ranker learns from them, the type model reads one
    candidates = [trigger_candidates(e.clause, unseen[e.article]) for e in data]
    trigger_weights = _fit_trigger_ranker(data, candidates, seed)
    vectorizer = DictVectorizer(sort=True)
    x = vectorizer.fit_transform([
        features(e.clause, unseen[e.article], _gold_predicate(e, found, trigger_weights), unseen_types[e.article])
        for e, found in zip(data, candidates)])
    labels = [e.type for e in data]
    classifier = LogisticRegression(C=c, class_weight="balanced", max_iter=5000, random_state=seed)
    classifier.fit(x, labels)
    types = tuple(classifier.classes_)
    weights, bias = classifier.coef_, classifier.intercept_
    if len(types) == 2:  # scikit-learn keeps one row for two classes
        weights, bias = np.vstack([-weights[0], weights[0]]) / 2, np.array([-bias[0], bias[0]]) / 2
    weights = np.where(np.abs(weights) < MIN_WEIGHT, 0.0, weights)
    codes = {row["type"]: row["code"] for row in taxonomy()}
    return EventModel(types, {t: codes[t] for t in types}, dict(vectorizer.vocabulary_), weights, bias, words,
                      trigger_weights, trigger_types(data))


def _gold_predicate(e: Example, candidates: list[TriggerCandidate],
                    trigger_weights: dict[str, float]) -> TriggerCandidate | None:
    """The candidate that is the gold trigger, else the ranker's choice: the type model learns
    what a predicate means from the right predicate (leave-one-article-out type accuracy 0.684 →
    0.689 against learning from the ranker's choice)."""
    return next((c for c in candidates if _is_trigger(e, c)), None) or best_candidate(candidates, trigger_weights)


def _is_trigger(e: Example, candidate: TriggerCandidate) -> bool:
    return e.trigger is not None and e.clause.text.raw_span(candidate.start, candidate.end) == e.trigger


def _fit_trigger_ranker(data: list[Example], candidates: list[list[TriggerCandidate]], seed: int) -> dict[str, float]:
    """A linear score per candidate word, learned from pairs: the gold trigger's features less those
    of each other candidate of its clause, so that the weights rank the words of one clause against
    each other (5 folds by article: trigger accuracy 0.790 → 0.800, type 0.720 → 0.723, against
    labelling each candidate alone)."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    rows, labels = [], []
    for e, found in zip(data, candidates):
        gold = next((c for c in found if _is_trigger(e, c)), None)
        for other in found if gold else ():
            if other is not gold:
                difference = dict(gold.features)
                for name, value in other.features.items():
                    difference[name] = difference.get(name, 0.0) - value
                difference = {name: value for name, value in difference.items() if value}
                rows += [difference, {name: -value for name, value in difference.items()}]
                labels += [1, 0]
    vectorizer = DictVectorizer(sort=True)
    ranker = LogisticRegression(C=1.0, max_iter=5000, fit_intercept=False, random_state=seed)
    ranker.fit(vectorizer.fit_transform(rows), labels)
    return {name: float(ranker.coef_[0][k]) for name, k in vectorizer.vocabulary_.items()}


def lexicon_baseline(clause: Clause, words: dict[str, tuple[str, ...]], default: str = "state") -> str:
    """The issue's baseline: the type of the first trigger word after the date (else `default`)."""
    return first_trigger_type(clause.after, words) or default


def score(data: list[Example], model: EventModel) -> dict[str, Any]:
    pairs, baseline, triggers = [], [], 0
    for e in data:
        kind, _, trigger = model.predict(e.clause)
        pairs.append((e.type, kind))
        baseline.append((e.type, lexicon_baseline(e.clause, model.lexicon)))
        triggers += trigger == e.trigger
    return {"n": len(data), "type": _accuracy(pairs), "macro_f1": _macro_f1(pairs), "trigger": triggers / len(data),
            "pairs": pairs, "baseline": baseline}


def _accuracy(pairs: list[tuple[str, str]]) -> float:
    return sum(g == p for g, p in pairs) / len(pairs)


def _macro_f1(pairs: list[tuple[str, str]]) -> float:
    from pipeline.app.evaluate import DocResult

    return DocResult(events=pairs).event_macro_f1()


def leave_one_article_out(data: list[Example], seed: int = 0) -> list[tuple[str, dict[str, Any]]]:
    """Each gold article scored by a model trained on every other article (single-pass ones too)."""
    rows = []
    for article in sorted({e.article for e in data if e.scored}):
        model = fit([e for e in data if e.article != article], seed)
        rows.append((article, score([e for e in data if e.article == article], model)))
    return rows


def table(rows: list[tuple[str, dict[str, Any]]]) -> str:
    """Per article left out: the model's type accuracy, macro-F1 and trigger span accuracy, beside
    the lexicon baseline's type accuracy and macro-F1."""
    lines = [f"{'article':<24}{'claims':>7}{'type':>8}{'macroF1':>9}{'trigger':>9}{'lexicon':>9}{'lexF1':>8}"]

    def line(name: str, n: int, pairs: list, baseline: list, trigger: float) -> str:
        return (f"{name:<24}{n:>7}{_accuracy(pairs):>8.3f}{_macro_f1(pairs):>9.3f}{trigger:>9.3f}"
                f"{_accuracy(baseline):>9.3f}{_macro_f1(baseline):>8.3f}")

    for article, s in rows:
        lines.append(line(article, s["n"], s["pairs"], s["baseline"], s["trigger"]))
    n = sum(s["n"] for _, s in rows)
    pairs, baseline = [p for _, s in rows for p in s["pairs"]], [p for _, s in rows for p in s["baseline"]]
    lines.append(line("overall", n, pairs, baseline, sum(s["trigger"] * s["n"] for _, s in rows) / n))
    common = sorted(kind for kind, k in Counter(g for g, _ in pairs).items() if k >= COMMON)
    lines.append(f"macro-F1 over the {len(common)} types with at least {COMMON} examples: "
                 f"model {_f1_over(pairs, common):.3f}, lexicon {_f1_over(baseline, common):.3f}")
    return "\n".join(lines)


def _f1_over(pairs: list[tuple[str, str]], labels: list[str]) -> float:
    from sklearn.metrics import f1_score

    gold, predicted = zip(*pairs)
    return float(f1_score(gold, predicted, labels=labels, average="macro", zero_division=0))
