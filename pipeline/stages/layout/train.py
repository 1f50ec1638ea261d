"""Train and measure the line-role model on the article factory's labelled renderings.

`claims train layout` rebuilds models/layout/line_roles.json from them (fixed seed); the
leave-one-source-out table scores each role on renderings of an article whose source was
kept out of training.
"""

from __future__ import annotations

import gzip
import json
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator, Sequence

from pipeline.document import Document
from pipeline.resources import FACTORY_DATA

from . import rules
from .features import line_features
from .geometry import LineBox
from .model import ROLES, LineRoleModel, fit
from .notes import roles_from_rules

DEFAULT_DATA = FACTORY_DATA / "renderings.jsonl.gz"
# the training sources typeset with bracketed footnotes ([1] … through the article)
BRACKETED_DATA = FACTORY_DATA / "bracketed.jsonl.gz"
TRAINING_DATA = (DEFAULT_DATA, BRACKETED_DATA)
# files whose OCR readings are not taught: with the bracketed Tesseract readings too, the held-out
# OCR readings of circled and superscript calls paired worse (tools/factory/README.md)
TEXT_LAYER_ONLY = (BRACKETED_DATA,)
HELD_OUT = ("f02", "f06")  # sources kept out of the shipped model: the end-to-end held-out measure
# written blind, never trained on (tools/factory/sources/pending)
PENDING = ("f08", "f09", "f10", "f11", "f12", "f13", "f14", "f15", "f16")


@dataclass
class Example:
    """One labelled rendering, described: its content lines' features and roles."""

    source: str
    extractor: str
    damage: str
    features: list[dict[str, float]]
    roles: list[str]
    rule_roles: list[str]  # what the rules alone make of the same lines
    text_only: list[dict[str, float]] | None = None  # a PDF's reading: the same lines without their geometry


def describe(text: str, measured: list[LineBox | None] | None = None) -> tuple[Document, list[dict[str, float]]]:
    """Run the rules over a text and describe its lines (with their printed boxes, for a PDF's
    reading): what the model reads."""
    doc = Document(doc_id="text", path=Path("text.txt"), raw=text)
    rules.analyze(doc)
    pat = rules.load_patterns()
    return doc, line_features(doc.lines, pat, pat.marker_styles[doc.marker_style], measured)


def printed_lines(item: dict) -> list[LineBox | None] | None:
    """A rendering's printed line boxes (the `pdf` route's `geometry`), if it has them."""
    geometry = item.get("geometry")
    return [LineBox.from_list(b) if b else None for b in geometry] if geometry else None


def read_items(paths: Sequence[Path], text_layer_only: Sequence[Path] = ()) -> Iterator[dict]:
    """The renderings of each file in turn, but the OCR readings of those in `text_layer_only`."""
    skipped = {path.resolve() for path in text_layer_only}
    for path in paths:
        text_only = path.resolve() in skipped
        with gzip.open(path, "rt", encoding="utf-8") as lines:
            items = map(json.loads, lines)
            yield from (i for i in items if not (text_only and i["extractor"].startswith("tesseract")))


def examples(paths: Sequence[Path] = TRAINING_DATA, text_layer_only: Sequence[Path] = TEXT_LAYER_ONLY) -> list[Example]:
    out = []
    for item in read_items(paths, text_layer_only):
        measured = printed_lines(item)
        doc, features = describe(item["text"], measured)
        ruled = roles_from_rules(doc)
        kept = [(f, r, ruled.get(ln.no)) for f, r, ln in zip(features, item["roles"], doc.lines, strict=True) if f]
        example = Example(item["source"], item["extractor"], item["damage"], *map(list, zip(*kept)))
        if measured:  # the same reading of the rules, described without the geometry
            pat = rules.load_patterns()
            example.text_only = [f for f in line_features(doc.lines, pat, pat.marker_styles[doc.marker_style]) if f]
        out.append(example)
    return out


def train(data: Iterable[Example], seed: int = 0) -> LineRoleModel:
    """The model, from each rendering's lines; a PDF's reading is taught twice, with its
    geometry and without, so that the text's own cues keep their weight where geometry
    explains a line (a text file has none)."""
    return fit(((features, e.roles) for e in data for features in (e.features, e.text_only) if features),
               seed=seed)


def leave_one_source_out(data: list[Example], seed: int = 0) -> dict[str, LineRoleModel]:
    """For each source, the model trained without it."""
    return {source: train([e for e in data if e.source != source], seed) for source in sorted({e.source for e in data})}


def role_table(counts: Counter[tuple[str, str]]) -> list[tuple[str, int, float, float, float]]:
    """Per role: support, precision, recall, F1."""
    rows = []
    for role in ROLES:
        tp = counts[role, role]
        gold = sum(n for (g, _), n in counts.items() if g == role)
        pred = sum(n for (_, p), n in counts.items() if p == role)
        p = tp / pred if pred else 0.0
        r = tp / gold if gold else 0.0
        rows.append((role, gold, p, r, 2 * p * r / (p + r) if p + r else 0.0))
    return rows


def cross_validation_table(data: list[Example], models: dict[str, LineRoleModel]) -> str:
    """Precision, recall and F1 per role, each source's lines decoded by the model trained
    without it, beside the rules alone."""
    model_counts: Counter[tuple[str, str]] = Counter()
    for e in data:
        predicted, _ = models[e.source].decode(e.features)
        model_counts.update((g, p) for g, p in zip(e.roles, predicted) if g in ROLES)
    rule_counts = Counter((g, r) for e in data for g, r in zip(e.roles, e.rule_roles) if g in ROLES)
    lines = [f"{'role':12} {'lines':>6}   {'model P':>7} {'R':>6} {'F1':>6}   {'rules P':>7} {'R':>6} {'F1':>6}"]
    for (role, n, p, r, f), (_, _, rp, rr, rf) in zip(role_table(model_counts), role_table(rule_counts)):
        lines.append(f"{role:12} {n:6}   {p:7.3f} {r:6.3f} {f:6.3f}   {rp:7.3f} {rr:6.3f} {rf:6.3f}")
    return "\n".join(lines)
