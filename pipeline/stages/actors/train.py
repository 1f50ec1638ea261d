"""Training and measuring the actor decision (`claims train actors`).

Examples are the candidates of every sentence that holds a gold claim, in the articles with
gold (the corpus and the constructed articles), and of the labelled sentences written for the
classes of error the rules met on unseen text (annotations/actors/sentences.jsonl); a candidate is an actor when its text or
canonical name is one of that sentence's gold actors. Articles in HELD_OUT (the blind held-out
set) never reach the model. Leave-one-article-out: train on the others, decide the left-out
article's sentences, score their actors as `claims eval` does, beside the rules alone.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from pipeline.resources import ROOT
from pipeline.training import one_blas_thread

from .decision import DecisionModel, candidates, described, document_persons, keep
from .features import Candidate
from .recognizer import Actor, Choices, Spans, _distinct, backend, combine, document_choices, lexicon

GOLD_SETS = {  # gold folder → the folder of its raw articles
    ROOT / "annotations" / "gold": ROOT / "corpus",
    ROOT / "annotations" / "constructed" / "gold": ROOT / "tests" / "data" / "constructed",
    ROOT / "annotations" / "heldout" / "gold": ROOT / "tests" / "data" / "heldout",
}
HELD_OUT_SET = ROOT / "annotations" / "heldout" / "gold"
LABELLED_SENTENCES = ROOT / "annotations" / "actors" / "sentences.jsonl"
THRESHOLD = 0.5


@dataclass(frozen=True)
class Sentence:
    article: str
    text: str
    spans: Spans
    gold: tuple[str, ...]  # the gold actors' texts
    candidates: tuple[Candidate, ...]
    rows: tuple[dict[str, float], ...]
    choices: Choices  # the document's reading of its shared abbreviations and declared short names

    def labels(self) -> list[int]:
        return [int(c.actor.text in self.gold or c.actor.canonical in self.gold) for c in self.candidates]


def _raw_file(folder: Path, doc_id: str) -> Path:
    found = sorted(folder.rglob(f"{doc_id}.txt"))
    if not found:
        raise FileNotFoundError(f"no raw article {doc_id}.txt under {folder}")
    return found[0]


def sentences(gold_dirs: Iterable[Path], articles: Path | None = None) -> list[Sentence]:
    """The sentences of the gold claims with their candidates, through the default pipeline; the raw
    articles are under `articles` (default: the gold folder's in GOLD_SETS)."""
    from pipeline import process
    from pipeline.app.evaluate import load_gold
    from pipeline.engine import Config
    from pipeline.stages.dates import claim_mentions

    config = Config.load(overrides=['actors.decision=""'])  # the candidates do not depend on a model
    model = backend()
    out = []
    for gold_dir in gold_dirs:
        for doc_id, gold in sorted(load_gold(gold_dir).items()):
            doc = process(_raw_file(articles or GOLD_SETS[gold_dir], doc_id), config)
            by_start = {tuple(g["date"]["source_span"]): g for g in gold}
            actors: dict[int, set[str]] = {}
            for _, p in claim_mentions(doc):
                g = by_start.get(doc.raw_span(p.start, p.end))
                if g is not None and not g.get("optional"):
                    actors.setdefault(p.sentence, set()).update(a["text"] for a in g.get("actors") or [])
            labelled = [(doc.actors[index].text.text, texts) for index, texts in sorted(actors.items())]
            out += _examples(doc_id, labelled, model, doc.body.text)
    return out


def _examples(article: str, labelled: list[tuple[str, Iterable[str]]], model: Any, document: str) -> list[Sentence]:
    """The examples of one document's (sentence, gold actors), with the document's persons and its
    reading of the shared abbreviations (from `document`, its text)."""
    spans = [model(text) for text, _ in labelled]
    choices = document_choices(document)
    found = [candidates(text, sp, choices) for (text, _), sp in zip(labelled, spans)]
    persons = document_persons(found)
    out = []
    for (text, gold), sp, cs in zip(labelled, spans, found):
        cs, rows = described(text, sp, cs, persons)
        out.append(Sentence(article, text, sp, tuple(sorted(gold)), tuple(cs), tuple(rows), choices))
    return out


def labelled_sentences(path: Path = LABELLED_SENTENCES) -> list[Sentence]:
    """The labelled sentences, dealt round into three groups (`sentences:1` …) that
    leave-one-article-out holds out in turn, so that each class is seen while part of it is tested;
    sentences with the same `document` are read as one document."""
    import json

    model = backend()
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    documents: dict[str, list[tuple[str, list[str]]]] = {}
    for k, r in enumerate(r for r in rows if "sentence" in r):
        documents.setdefault(r.get("document", str(k)), []).append((r["sentence"], r["actors"]))
    return [s for k, labelled in enumerate(documents.values())
            for s in _examples(f"sentences:{k % 3 + 1}", labelled, model, "".join(text for text, _ in labelled))]


@one_blas_thread()
def fit(data: list[Sentence], seed: int = 0, c: float = 1.0) -> DecisionModel:
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    rows = [row for s in data for row in s.rows]
    labels = [y for s in data for y in s.labels()]
    vectorizer = DictVectorizer(sort=True)
    x = vectorizer.fit_transform(rows)
    classifier = LogisticRegression(C=c, max_iter=5000, random_state=seed)
    classifier.fit(x, labels)
    return DecisionModel(dict(vectorizer.vocabulary_), classifier.coef_[0].copy(), float(classifier.intercept_[0]), THRESHOLD)


def decided(s: Sentence, model: DecisionModel) -> list[Actor]:
    """The decision over a sentence's stored candidates (decision.decide, without recomputing them)."""
    return _distinct([c.actor for c in kept(s, model)])


def kept(s: Sentence, model: DecisionModel) -> list[Candidate]:
    return keep(list(zip(s.candidates, model.probabilities(list(s.rows)).tolist())), model.threshold)


def score(data: list[Sentence], actors_of: Any) -> tuple[int, int, int]:
    """(matched, extra, missed) over the sentences, matched as `claims eval` matches actors."""
    from pipeline.app.evaluate import match_actors

    total = np.zeros(3, dtype=int)
    for s in data:
        pred = [{"text": a.text, "canonical": a.canonical} for a in actors_of(s)]
        counts, _, _ = match_actors([{"text": t} for t in s.gold], pred)
        total += (counts.tp, counts.fp, counts.fn)
    return int(total[0]), int(total[1]), int(total[2])


def f1(counts: tuple[int, int, int]) -> tuple[float, float, float]:
    tp, fp, fn = counts
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def leave_one_article_out(data: list[Sentence], seed: int = 0, c: float = 1.0) -> list[tuple[str, tuple, tuple]]:
    """Per article: (article, rules-alone counts, learned-decision counts), the model trained without it."""
    rows = []
    for article in sorted({s.article for s in data}):
        test = [s for s in data if s.article == article]
        model = fit([s for s in data if s.article != article], seed, c)
        rules_alone = score(test, lambda s: combine(s.text, s.spans, lexicon(s.choices)))
        rows.append((article, rules_alone, score(test, lambda s, m=model: decided(s, m))))
    return rows


def table(rows: list[tuple[str, tuple, tuple]]) -> str:
    lines = [f"{'article':<24}{'rules P':>8}{'R':>7}{'F1':>7}{'learned P':>11}{'R':>7}{'F1':>7}"]
    totals = [np.zeros(3, dtype=int), np.zeros(3, dtype=int)]
    for article, rules, learned in rows:
        totals[0] += rules
        totals[1] += learned
        lines.append(f"{article:<24}" + "".join(f"{v:>7.3f} " for v in f1(rules)) + "  "
                     + "".join(f"{v:>7.3f}" for v in f1(learned)))
    lines.append(f"{'overall':<24}" + "".join(f"{v:>7.3f} " for v in f1(tuple(totals[0]))) + "  "
                 + "".join(f"{v:>7.3f}" for v in f1(tuple(totals[1]))))
    worst = min(rows, key=lambda r: f1(r[2])[2])
    lines.append(f"worst article (learned): {worst[0]} F1 {f1(worst[2])[2]:.3f}")
    return "\n".join(lines)


def source_table(data: list[Sentence], model: DecisionModel) -> str:
    """Per candidate source (rule, pattern id, gazetteer, model): how often it fired in the gold
    sentences, how often what it found is a gold actor, and how often the decision kept it."""
    fired: dict[str, list[int]] = {}
    for s in data:
        chosen = {(c.actor.start, c.actor.end) for c in kept(s, model)}
        for c, label in zip(s.candidates, s.labels()):
            for source in c.sources:
                row = fired.setdefault(source, [0, 0, 0, 0])
                row[0] += 1
                row[1] += label
                row[2] += (c.actor.start, c.actor.end) in chosen
                row[3] += label and (c.actor.start, c.actor.end) in chosen
    lines = [f"{'source':<36}{'fired':>7}{'right':>7}{'share':>7}{'kept':>7}{'kept right':>12}"]
    for source, (n, right, kept_n, kept_right) in sorted(fired.items(), key=lambda kv: (-kv[1][0], kv[0])):
        lines.append(f"{source:<36}{n:>7}{right:>7}{right / n:>7.2f}{kept_n:>7}{kept_right:>12}")
    return "\n".join(lines)
