"""`claims eval`: the contract's metrics of predicted claims against gold, per document and overall.

Matching: same `doc_id`, overlapping date `source_span`s, one-to-one, greedily in document
order. Optional gold claims are removed from both sides (with the predictions that
overlap them). Predictions for documents without gold are ignored; gold documents
without predictions count as misses.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

Record = dict[str, Any]


def load_jsonl(path: Path) -> list[Record]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def load_records(path: Path) -> list[Record]:
    """Records from a JSONL file, or from every `*.jsonl` file of a folder."""
    files = sorted(path.glob("*.jsonl")) if path.is_dir() else [path]
    return [record for file in files for record in load_jsonl(file)]


def load_gold(path: Path) -> dict[str, list[Record]]:
    """Gold claims by doc_id, from a folder of `<doc_id>.jsonl` files (an empty file: no claims) or one file."""
    files = sorted(path.glob("*.jsonl")) if path.is_dir() else [path]
    gold: dict[str, list[Record]] = {}
    for file in files:
        gold.setdefault(file.stem, [])
        for record in load_jsonl(file):
            if "date" in record:
                gold.setdefault(record["doc_id"], []).append(record)
    return gold


def reviewed_only(gold: dict[str, list[Record]]) -> tuple[dict[str, list[Record]], list[str]]:
    """The gold documents whose every claim was reviewed, and the others: a claim that `claims
    review` saved unreviewed has `reviewed_by: null`, and a document holding one is not gold yet
    (its pending claims are the model's). Gold written by hand has no such field."""
    pending = sorted(d for d, claims in gold.items() if any("reviewed_by" in c and c["reviewed_by"] is None for c in claims))
    return {d: claims for d, claims in gold.items() if d not in pending}, pending


def _span(record: Record) -> tuple[int, int]:
    s, e = record["date"]["source_span"]
    return s, e


def _overlap(a: Record, b: Record) -> bool:
    (s1, e1), (s2, e2) = _span(a), _span(b)
    return s1 < e2 and s2 < e1 if s1 != e1 and s2 != e2 else s1 == s2


def lower_year(value: str | None) -> int | None:
    """Lower bound year of an EDTF value: 199X → 1990, {1979,1981} → 1979, 2001/2010 → 2001."""
    m = re.search(r"-?[0-9X]{3}[0-9X]", value or "")
    return int(m.group(0).replace("X", "0")) if m else None


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: Counts) -> None:
        self.tp, self.fp, self.fn = self.tp + other.tp, self.fp + other.fp, self.fn + other.fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Ratio:
    hit: int = 0
    total: int = 0

    def add(self, other: Ratio) -> None:
        self.hit, self.total = self.hit + other.hit, self.total + other.total

    @property
    def value(self) -> float:
        return self.hit / self.total if self.total else 0.0


@dataclass
class DocResult:
    claims: Counts = field(default_factory=Counts)
    value_exact: Ratio = field(default_factory=Ratio)
    value_lenient: Ratio = field(default_factory=Ratio)
    actors: Counts = field(default_factory=Counts)
    marker: Ratio = field(default_factory=Ratio)
    note: Ratio = field(default_factory=Ratio)
    events: list[tuple[str, str]] = field(default_factory=list)  # (gold type, predicted type) of matched claims
    trigger: Ratio = field(default_factory=Ratio)
    errors: list[Record] = field(default_factory=list)

    def add(self, other: DocResult) -> None:
        for name in ("claims", "value_exact", "value_lenient", "actors", "marker", "note", "trigger"):
            getattr(self, name).add(getattr(other, name))
        self.events += other.events

    def event_macro_f1(self) -> float:
        """Macro-F1 over the event types the gold uses."""
        scores = []
        for kind in sorted({g for g, _ in self.events}):
            tp = sum(1 for g, p in self.events if g == p == kind)
            fp = sum(1 for g, p in self.events if p == kind and g != kind)
            fn = sum(1 for g, p in self.events if g == kind and p != kind)
            scores.append(2 * tp / (2 * tp + fp + fn))
        return sum(scores) / len(scores) if scores else 0.0

    def metrics(self) -> dict[str, float | int]:
        return {
            "gold": self.claims.tp + self.claims.fn,
            "pred": self.claims.tp + self.claims.fp,
            "matched": self.claims.tp,
            "claims_p": self.claims.precision,
            "claims_r": self.claims.recall,
            "claims_f1": self.claims.f1,
            "value_exact": self.value_exact.value,
            "value_lenient": self.value_lenient.value,
            "actors_p": self.actors.precision,
            "actors_r": self.actors.recall,
            "actors_f1": self.actors.f1,
            "citation_marker": self.marker.value,
            "citation_note": self.note.value,
            "citation_note_n": self.note.total,
            "event_type": sum(1 for g, p in self.events if g == p) / len(self.events) if self.events else 0.0,
            "event_macro_f1": self.event_macro_f1(),
            "event_trigger": self.trigger.value,
            "event_n": len(self.events),
        }


def match_claims(gold: list[Record], pred: list[Record], keep_optional: bool = False,
                 ) -> tuple[list[tuple[Record, Record]], list[Record], list[Record]]:
    """Optional gold removed from both sides (unless `keep_optional`), then one-to-one greedy
    matching in document order."""
    optional = [] if keep_optional else [g for g in gold if g.get("optional")]
    gold = sorted((g for g in gold if keep_optional or not g.get("optional")), key=_span)
    pred = sorted((p for p in pred if not any(_overlap(p, o) for o in optional)), key=_span)
    used: set[int] = set()
    pairs, misses = [], []
    for g in gold:
        k = next((i for i, p in enumerate(pred) if i not in used and _overlap(g, p)), None)
        if k is None:
            misses.append(g)
        else:
            used.add(k)
            pairs.append((g, pred[k]))
    return pairs, misses, [p for i, p in enumerate(pred) if i not in used]


def _actor_match(a: Record, b: Record) -> bool:
    ta, tb = a.get("text", ""), b.get("text", "")
    if ta and tb and (ta in tb or tb in ta):
        return True
    return bool(a.get("canonical")) and a.get("canonical") == b.get("canonical")


def match_actors(gold: list[Record], pred: list[Record]) -> tuple[Counts, list[Record], list[Record]]:
    """One-to-one: equal texts (or canonicals) pair first, then one text containing the other,
    so that `日本` pairs with `日本`, not with `日本防卫厅` that a longer prediction would also match."""
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    for same in (lambda a, b: a.get("text") == b.get("text") or (bool(a.get("canonical")) and a.get("canonical") == b.get("canonical")), _actor_match):
        for gi, g in enumerate(gold):
            if gi in used_gold:
                continue
            k = next((i for i, p in enumerate(pred) if i not in used_pred and same(g, p)), None)
            if k is not None:
                used_gold.add(gi)
                used_pred.add(k)
    missed = [g for i, g in enumerate(gold) if i not in used_gold]
    extra = [p for i, p in enumerate(pred) if i not in used_pred]
    return Counts(len(used_gold), len(extra), len(missed)), missed, extra


def _start(span: list[int] | None) -> int | None:
    return span[0] if span else None


def evaluate_document(gold: list[Record], pred: list[Record]) -> DocResult:
    result = DocResult()
    pairs, misses, false_alarms = match_claims(gold, pred)
    result.claims = Counts(len(pairs), len(false_alarms), len(misses))
    result.errors += [{"error": "miss", "gold": g} for g in misses]
    result.errors += [{"error": "false alarm", "pred": p} for p in false_alarms]
    for g, p in pairs:
        gd, pd = g["date"], p["date"]
        exact = gd.get("value") == pd.get("value") and gd.get("mod") == pd.get("mod")
        result.value_exact.add(Ratio(int(exact), 1))
        result.value_lenient.add(Ratio(int(lower_year(gd.get("value")) == lower_year(pd.get("value"))), 1))
        if not exact:
            result.errors.append({"error": "wrong value", "gold": g, "pred": p})
        counts, missed, extra = match_actors(g.get("actors") or [], p.get("actors") or [])
        result.actors.add(counts)
        if missed or extra:
            result.errors.append({"error": "wrong actors", "gold": g, "pred": p, "missed": missed, "extra": extra})
        gc, pc = g.get("citation"), p.get("citation")
        marker_ok = _start(gc and gc.get("source_span")) == _start(pc and pc.get("source_span"))
        result.marker.add(Ratio(int(marker_ok), 1))
        note_ok = None
        if gc and gc.get("note_span"):
            note_ok = _start(gc["note_span"]) == _start(pc and pc.get("note_span"))
            result.note.add(Ratio(int(note_ok), 1))
        if not marker_ok or note_ok is False:
            result.errors.append({"error": "wrong citation", "gold": g, "pred": p})
        if g.get("event"):
            ge, pe = g["event"], p.get("event") or {}
            result.events.append((ge["type"], pe.get("type") or "none"))
            trigger_ok = _start((ge.get("trigger") or {}).get("source_span")) == _start((pe.get("trigger") or {}).get("source_span"))
            result.trigger.add(Ratio(int(trigger_ok), 1))
            if ge["type"] != pe.get("type") or not trigger_ok:
                result.errors.append({"error": "wrong event", "gold": g, "pred": p})
    return result


def predicted_documents(records: Iterable[Record]) -> set[str]:
    """Every document the predictions name: by a claim, a document record or an error record."""
    return {record["doc_id"] for record in records if record.get("doc_id")}


def evaluate(gold: dict[str, list[Record]], pred_records: Iterable[Record],
             pred_docs: set[str] | None = None) -> tuple[dict[str, DocResult], DocResult]:
    """Scores of the documents on both sides: in the gold and among the predictions' documents
    (`pred_docs`, default: those the records name); `one_sided` says which were left out."""
    records = list(pred_records)
    shared = set(gold) & (predicted_documents(records) if pred_docs is None else pred_docs)
    pred: dict[str, list[Record]] = {}
    for record in records:
        if "date" in record and record.get("doc_id") in shared:
            pred.setdefault(record["doc_id"], []).append(record)
    per_doc = {doc_id: evaluate_document(gold[doc_id], pred.get(doc_id, [])) for doc_id in sorted(shared)}
    overall = DocResult()
    for result in per_doc.values():
        overall.add(result)
    return per_doc, overall


def one_sided(gold: dict[str, list[Record]], pred_docs: set[str]) -> str:
    """Which documents were not scored, because one side lacks them ("" when none)."""
    only_gold, only_pred = sorted(set(gold) - pred_docs), sorted(pred_docs - set(gold))
    parts = ([f"only in the gold, not predicted (not scored): {', '.join(only_gold)}"] if only_gold else []) + \
            ([f"predicted, no gold (not scored): {', '.join(only_pred)}"] if only_pred else [])
    return "\n".join(parts)


COLUMNS = [
    ("gold", "gold", "{:d}"), ("pred", "pred", "{:d}"), ("claims_p", "P", "{:.3f}"), ("claims_r", "R", "{:.3f}"),
    ("claims_f1", "F1", "{:.3f}"), ("value_exact", "val=", "{:.3f}"), ("value_lenient", "val~", "{:.3f}"),
    ("actors_p", "actP", "{:.3f}"), ("actors_r", "actR", "{:.3f}"), ("actors_f1", "actF1", "{:.3f}"),
    ("citation_marker", "cite", "{:.3f}"), ("citation_note", "note", "{:.3f}"),
    ("event_type", "event", "{:.3f}"), ("event_macro_f1", "evtF1", "{:.3f}"), ("event_trigger", "trig", "{:.3f}"),
]


def table(per_doc: dict[str, DocResult], overall: DocResult) -> str:
    """The metrics as a fixed-width table."""
    rows = [(doc_id, r.metrics()) for doc_id, r in per_doc.items()] + [("overall", overall.metrics())]
    width = max(len(name) for name, _ in rows)
    head = f"{'document':<{width}} " + " ".join(f"{label:>6}" for _, label, _ in COLUMNS)
    lines = [head, "-" * len(head)]
    for name, metrics in rows:
        undefined = {
            "claims_p": not metrics["pred"], "claims_r": not metrics["gold"], "claims_f1": not (metrics["gold"] or metrics["pred"]),
            "value_exact": not metrics["matched"], "value_lenient": not metrics["matched"],
            "actors_p": not metrics["matched"], "actors_r": not metrics["matched"], "actors_f1": not metrics["matched"],
            "citation_marker": not metrics["matched"], "citation_note": not metrics["citation_note_n"],
            "event_type": not metrics["event_n"], "event_macro_f1": not metrics["event_n"], "event_trigger": not metrics["event_n"],
        }
        cells = ["n/a" if undefined.get(key) else fmt.format(metrics[key]) for key, _, fmt in COLUMNS]
        lines.append(f"{name:<{width}} " + " ".join(f"{cell:>6}" for cell in cells))
    lines.append("P/R/F1: claims; val= exact EDTF and mod, val~ same lower year; act: actors; cite: marker; "
                 "note: note pairing; event: type accuracy, evtF1 its macro-F1 over types, trig: trigger span; "
                 "n/a: nothing to measure (no claims, no gold note or no gold event in the file)")
    return "\n".join(lines)


def error_lines(per_doc: dict[str, DocResult]) -> list[str]:
    """Each miss, false alarm and wrong value, actor or citation, with its sentence."""
    out = []
    for doc_id, result in per_doc.items():
        for err in result.errors:
            ref = err.get("gold") or err["pred"]
            date = ref["date"]
            head = f"{doc_id} {err['error']:<14} {date['source_span']} {date['text']!r}"
            if err["error"] == "wrong value":
                head += f" gold={err['gold']['date']['value']}/{err['gold']['date'].get('mod')} pred={err['pred']['date']['value']}/{err['pred']['date'].get('mod')}"
            elif err["error"] == "wrong actors":
                head += f" missed={[a['text'] for a in err['missed']]} extra={[a['text'] for a in err['extra']]}"
            elif err["error"] == "wrong citation":
                gc, pc = err["gold"].get("citation"), err["pred"].get("citation")
                head += f" gold={_cite_str(gc)} pred={_cite_str(pc)}"
            elif err["error"] == "wrong event":
                head += f" gold={_event_str(err['gold'].get('event'))} pred={_event_str(err['pred'].get('event'))}"
            out.append(head)
            out.append(f"    {ref.get('sentence', '')}")
    return out + confusion_lines(per_doc)


def _event_str(event: Record | None) -> str:
    if not event:
        return "none"
    trigger = event.get("trigger") or {}
    return f"{event.get('type')}({trigger.get('text', '')!r}@{_start(trigger.get('source_span'))})"


def confusion_lines(per_doc: dict[str, DocResult]) -> list[str]:
    """The event types' confusion table (gold rows, predicted columns), when the gold has events."""
    pairs = [pair for result in per_doc.values() for pair in result.events]
    if not pairs:
        return []
    gold_types = sorted({g for g, _ in pairs})
    pred_types = sorted({p for _, p in pairs})
    corner = "gold/pred"
    width = max(len(t) for t in [*gold_types, *pred_types, corner])
    lines = ["", "event types (rows gold, columns predicted):",
             f"{corner:<{width}} " + " ".join(f"{t[:8]:>8}" for t in pred_types)]
    for g in gold_types:
        lines.append(f"{g:<{width}} " + " ".join(f"{sum(1 for a, b in pairs if a == g and b == p) or '.':>8}" for p in pred_types))
    return lines


def _cite_str(citation: Record | None) -> str:
    if not citation:
        return "none"
    return f"{citation.get('marker')}@{_start(citation.get('source_span'))}/note@{_start(citation.get('note_span'))}"
