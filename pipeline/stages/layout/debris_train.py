"""Train and measure the OCR-debris decisions on the factory's OCR readings.

`claims train ocr-debris` rebuilds models/layout/ocr_debris.json from the Tesseract readings of
tools/factory/data/ocr_readings.jsonl.gz (every source in the factory's three looks, with its
clean web copy: `python -m tools.factory.build --ocr --ocr-styles 3 --only tesseract,web`). Where each call stands in a reading is learned from its
source's clean web copy, which prints every call (①, ¹): the two bodies, whitespace aside, are
aligned (rapidfuzz's edit operations) and the characters OCR put where a call was are that
call's debris. Every candidate place of the reading's body lines (`plain_markers.
debris_candidates`) is then labelled by whether it holds a call's debris. The decisions for
bracketed footnotes learn so from the readings of `BRACKETED_DATA`, and which number a call's
debris stands for from each call's debris beside its own number and its neighbours'. The
layout's held-out and pending sources never reach them.
"""

from __future__ import annotations

import gzip
import json
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from pipeline.document import Line
from pipeline.resources import FACTORY_DATA
from pipeline.training import one_blas_thread

from .debris import LONGEST, DebrisModel, Linear, affinity_features, context_before, number_features
from .plain_markers import debris_candidates, load_spec
from .rules import number_value
from .train import HELD_OUT, PENDING

DEFAULT_DATA = FACTORY_DATA / "ocr_readings.jsonl.gz"
# Tesseract readings of bracketed footnotes: scanned at 200 dpi (their raised calls read as `m`,
# `%`) and at 300 (as `[281`, `B21`): `build --notes bracketed --ocr [--dpi 300]`
BRACKETED_DATA = (FACTORY_DATA / "bracketed.jsonl.gz", FACTORY_DATA / "bracketed_ocr.jsonl.gz")
CALL = re.compile(r"[①-⑳㉑-㉟㊱-㊿⁰¹²³⁴-⁹]+")  # a call in the clean copy
THRESHOLD = 0.02  # the least probability at which a candidate is offered to the page's choice
Span = tuple[int, int]


@dataclass(frozen=True)
class Example:
    source: str
    features: dict[str, float]
    call: bool
    group: int = 0  # of a call-note pair: the call's (its pairs are one choice)


def examples(path: Path = DEFAULT_DATA, sources: set[str] | None = None,
             longest: int = 2) -> tuple[list[Example], Counter[str]]:
    """The labelled candidates (of up to `longest` characters) of every OCR reading whose clean
    copy prints calls, and counts: the calls, and those no candidate stands for (OCR dropped
    them, or read them into a word)."""
    items = _items(path)
    clean = {it["source"]: it for it in items if it["extractor"] == "web"}
    out, counts = [], Counter()
    for it in items:
        if not it["extractor"].startswith("tesseract") or sources is not None and it["source"] not in sources:
            continue
        lines = _body_lines(it)
        calls = call_spans(it, clean[it["source"]])
        found = debris_candidates(lines, load_spec(), longest)
        spans = {(c.line.start + c.column, c.line.start + c.column + len(c.token)) for c in found}
        starts = {s for s, _ in calls}
        counts.update(calls=len(calls), placeable=sum(1 for c in calls if c in spans or (c[0], c[0] + 1) in spans))
        for c in found:
            at = c.line.start + c.column
            own = (at, at + len(c.token)) in calls or len(c.token) == 1 and at in starts
            out.append(Example(it["source"], c.features, own))
    return out, counts


def _items(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in gzip.open(path, "rt", encoding="utf-8")]


def _body_lines(item: dict[str, Any]) -> list[Line]:
    """The reading's body lines, as the layout gives them to the markers' search."""
    lines, start = [], 0
    for no, (text, role) in enumerate(zip(item["text"].split("\n"), item["roles"]), 1):
        if role == "body":
            lines.append(Line(no, start, start + len(text), text))
        start += len(text) + 1
    return lines


def call_spans(item: dict[str, Any], web: dict[str, Any]) -> set[Span]:
    """The raw spans of the reading where OCR put what it made of each call of the clean copy
    (nothing where it dropped one)."""
    return set(numbered_call_spans(item, web))


def numbered_call_spans(item: dict[str, Any], web: dict[str, Any]) -> dict[Span, int]:
    """`call_spans`, each with its call's number in the clean copy. A reading of bracketed
    footnotes is aligned with the clean copy's calls written as printed (`[13]`): what OCR made
    of one may then be longer than a character (`B31`, `03`)."""
    from rapidfuzz.distance import Levenshtein

    reference, _ = _body(web)
    calls = [(m.start(), m.end(), number_value(m.group(0)) or 0) for m in CALL.finditer(reference)]
    bracketed = item.get("notes") == "bracketed"
    if bracketed:
        reference, calls = _as_printed(reference, calls)
    read, where = _body(item)
    operations = Levenshtein.opcodes(reference, read)
    spans = {}
    for start, end, number in calls:
        got = [op for op in operations if op.src_start < end and op.src_end > start
               and op.tag in ("equal", "replace") and op.dest_end > op.dest_start]
        if bracketed and got and all(op.tag == "equal" or start - 1 <= op.src_start and op.src_end <= end + 1
                                     for op in got):
            first = min(op.dest_start + max(0, start - op.src_start) if op.tag == "equal" else op.dest_start
                        for op in got)
            last = max(op.dest_start + min(end, op.src_end) - op.src_start if op.tag == "equal" else op.dest_end
                       for op in got)
            spans[where[first], where[last - 1] + 1] = number
        elif not bracketed and len(got) == 1 and (got[0].tag == "equal" or got[0].src_end - got[0].src_start <= 3):
            op = got[0]
            first = op.dest_start + (start - op.src_start if op.tag == "equal" else 0)
            last = op.dest_start + (end - op.src_start if op.tag == "equal" else op.dest_end - op.dest_start)
            spans[where[first], where[last - 1] + 1] = number
    return spans


def _as_printed(reference: str, calls: list[tuple[int, int, int]]) -> tuple[str, list[tuple[int, int, int]]]:
    """The clean body with each call written `[n]`, as bracketed footnotes print it, and the
    calls' spans there."""
    parts, printed, at, length = [], [], 0, 0
    for start, end, number in calls:
        call = f"[{number}]"
        parts += [reference[at:start], call]
        length += start - at
        printed.append((length, length + len(call), number))
        length, at = length + len(call), end
    parts.append(reference[at:])
    return "".join(parts), printed


def _body(item: dict[str, Any]) -> tuple[str, list[int]]:
    """The body lines' characters, whitespace aside, and each one's raw offset."""
    chars, where, start = [], [], 0
    for text, role in zip(item["text"].split("\n"), item["roles"]):
        if role == "body":
            for k, ch in enumerate(text):
                if not ch.isspace():
                    chars.append(ch)
                    where.append(start + k)
        start += len(text) + 1
    return "".join(chars), where


def fit(data: list[Example], pairs: list[Example], bracketed: list[Example], numbers: list[Example], seed: int = 0,
        threshold: float = THRESHOLD) -> DebrisModel:
    """The decisions: calls from the candidates `data`, affinity from the call-note `pairs`,
    bracketed calls from the `bracketed` readings' candidates, numbers from their call-number
    pairs (`number_pairs`)."""
    skip_cost = -float(np.log(threshold / (1 - threshold)))  # a call left without place: as unlikely as the least offered
    return DebrisModel(*(_linear(d, seed) for d in (data, pairs, bracketed, numbers)), threshold, skip_cost)


@one_blas_thread()
def _linear(data: list[Example], seed: int) -> Linear:
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vectorizer = DictVectorizer()
    x = vectorizer.fit_transform([e.features for e in data])
    classifier = LogisticRegression(C=1.0, max_iter=5000, random_state=seed)
    classifier.fit(x, [e.call for e in data])
    vocabulary = {name: k for k, name in enumerate(vectorizer.feature_names_)}
    return Linear(vocabulary, classifier.coef_[0], float(classifier.intercept_[0]))


def note_pairs(path: Path = DEFAULT_DATA, sources: set[str] | None = None) -> list[Example]:
    """Each call of the clean copies with its own note (a positive) and with the notes of the
    three numbers either side (negatives: the notes a page's calls could be taken for), as the
    affinity decision reads them (`call` is whether the note is the call's)."""
    out = []
    for it in (json.loads(line) for line in gzip.open(path, "rt", encoding="utf-8")):
        if it["extractor"] != "web" or sources is not None and it["source"] not in sources:
            continue
        lines = list(zip(it["text"].split("\n"), it["roles"]))
        notes = {number_value(m.group(0)): text[m.end() :].strip() for text, role in lines if role == "reference"
                 for m in [CALL.match(text.strip())] if m}
        body = "".join(text.strip() for text, role in lines if role == "body")
        for group, call in enumerate(CALL.finditer(body)):
            number = number_value(call.group(0))
            context = context_before(body, call.start())
            for other in range(number - 3, number + 4):
                if other in notes:
                    out.append(Example(it["source"], affinity_features(context, notes[other]), other == number, group))
    return out


def number_pairs(path: Path, sources: set[str] | None = None) -> list[Example]:
    """Each call of the OCR readings of bracketed footnotes that left debris, with its own number
    (a positive) and the three numbers either side (negatives), as the numbers decision reads
    them (`call`: the number is the call's)."""
    items = _items(path)
    clean = {it["source"]: it for it in items if it["extractor"] == "web"}
    out, group = [], 0
    for it in items:
        if not it["extractor"].startswith("tesseract") or sources is not None and it["source"] not in sources:
            continue
        for (start, end), number in sorted(numbered_call_spans(it, clean[it["source"]]).items()):
            group += 1
            out.extend(Example(it["source"], number_features(it["text"][start:end], other), other == number, group)
                       for other in range(max(1, number - 3), number + 4))
    return out


def leave_one_source_out(data: list[Example], seed: int = 0) -> dict[str, np.ndarray]:
    """Each training source's examples scored (probabilities) by a decision trained without it."""
    scores = {}
    for source in sorted({e.source for e in data}):
        model = _linear([e for e in data if e.source != source], seed)
        odds = model.log_odds([e.features for e in data if e.source == source])
        scores[source] = 1 / (1 + np.exp(-odds))
    return scores


def table(data: list[Example], scores: dict[str, np.ndarray], counts: Counter[str], threshold: float = 0.5) -> str:
    """Precision, recall and F1 of the candidates taken for a call at `threshold`, per source held out."""
    rows = [f"{'source':8} {'calls':>6} {'P':>6} {'R':>6} {'F1':>6}"]
    total: Counter[str] = Counter()
    for source, p in scores.items():
        gold = np.array([e.call for e in data if e.source == source], dtype=bool)
        said = p >= threshold
        c = Counter(gold=int(gold.sum()), said=int(said.sum()), right=int((gold & said).sum()))
        total.update(c)
        rows.append(f"{source:8} {c['gold']:6} " + (_prf(c) if c["gold"] else f"{c['said']:6} taken for one"))
    rows.append(f"{'all':8} {total['gold']:6} " + _prf(total))
    rows.append(f"calls in the readings: {counts['calls']}, with a candidate at their place: {counts['placeable']}")
    return "\n".join(rows)


def choice_table(pairs: list[Example], scores: dict[str, np.ndarray]) -> str:
    """Per source held out: how often a call's own note scores highest among its neighbours'
    (ties count as misses), against a choice at random."""
    rows = [f"{'source':8} {'calls':>6} {'right':>6} {'random':>7}"]
    total: Counter[str] = Counter()
    for source, p in scores.items():
        groups: dict[int, list[tuple[float, bool]]] = {}
        for e, score in zip((e for e in pairs if e.source == source), p):
            groups.setdefault(e.group, []).append((float(score), e.call))
        c = Counter(calls=len(groups), right=sum(_chose_its_own(g) for g in groups.values()),
                    random=sum(1 / len(g) for g in groups.values()))
        total.update(c)
        rows.append(f"{source:8} {c['calls']:6} {c['right'] / c['calls']:6.3f} {c['random'] / c['calls']:7.3f}")
    rows.append(f"{'all':8} {total['calls']:6} {total['right'] / total['calls']:6.3f} {total['random'] / total['calls']:7.3f}")
    return "\n".join(rows)


def _chose_its_own(group: list[tuple[float, bool]]) -> bool:
    """The call's own note alone scores highest among the (score, is its own) of its choice."""
    best = max(score for score, _ in group)
    top = [own for score, own in group if score == best]
    return len(top) == 1 and top[0]


def _prf(c: Counter[str]) -> str:
    p = c["right"] / c["said"] if c["said"] else 0.0
    r = c["right"] / c["gold"] if c["gold"] else 0.0
    return f"{p:6.3f} {r:6.3f} {2 * p * r / (p + r) if p + r else 0.0:6.3f}"


def training_sources(path: Path = DEFAULT_DATA) -> set[str]:
    """The sources whose OCR readings the shipped decision learns from."""
    items = (json.loads(line) for line in gzip.open(path, "rt", encoding="utf-8"))
    return {it["source"] for it in items if it["extractor"].startswith("tesseract")} - set(HELD_OUT) - set(PENDING)


def bracketed(paths: tuple[Path, ...] = BRACKETED_DATA) -> tuple[list[Example], Counter[str], list[Example]]:
    """The labelled candidates of the training sources' bracketed readings, their counts, and
    their call-number pairs."""
    data, counts, numbers = [], Counter(), []
    for path in paths:
        sources = training_sources(path)
        found, counted = examples(path, sources, LONGEST)
        data, numbers = data + found, numbers + number_pairs(path, sources)
        counts.update(counted)
    return data, counts, numbers


def trained_on(data: list[Example], pairs: list[Example], bracketed: list[Example],
               numbers: list[Example]) -> dict[str, object]:
    return {"sources": sorted({e.source for e in data}), "candidates": len(data), "calls": sum(e.call for e in data),
            "note_pairs": len(pairs), "calls_with_their_note": sum(e.call for e in pairs),
            "bracketed_sources": sorted({e.source for e in bracketed}), "bracketed_candidates": len(bracketed),
            "bracketed_calls": sum(e.call for e in bracketed), "number_pairs": len(numbers)}
