"""Actor backends scored on the hand-labelled sets of tests/data/actors/ (README there).

    .venv/bin/python tests/measure_actors.py [--errors lac] [--set heldout]

Each backend the actors stage can select (`actors.backend`) (the rules alone, the rules with jieba, with LAC
— the default —, with HanLP when a local model is set) and the statistical models alone (their
spans as actors) are scored on each set: strictly (the same text and type) and leniently
(the evaluator's rule: one text contains the other). Micro precision, recall and F1 over all
sentences. Not a test (tests/stages/actors/test_actors.py holds the default backend to floors on the
held-out set); the table is for choosing between backends and rules.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.app.evaluate import Counts, match_actors  # noqa: E402
from pipeline.stages.actors import recognizer as actors  # noqa: E402
from pipeline.stages.actors.hanlp_backend import local_model  # noqa: E402

SETS = ROOT / "tests" / "data" / "actors"
SET_NAMES = ("dev", "heldout", "unknown_names", "fresh", "round2")

Labelled = dict[str, object]  # {"text": ..., "type": ...}
Finder = Callable[[str], list[Labelled]]


def load_set(name: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in (SETS / f"{name}.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]


def with_rules(model: str) -> Finder:
    """The stage as the pipeline runs it, with `model`'s spans ("rules": none)."""
    spans = actors.backend(model)
    return lambda s: [{"text": a.text, "type": a.type, "canonical": a.canonical} for a in actors.combine(s, spans(s))]


def model_alone(model: str) -> Finder:
    """The model's own entities, one per distinct text and type, as it tags them."""
    spans = actors.backend(model)
    return lambda s: [{"text": t, "type": k} for t, k in dict.fromkeys((s[b:e], k) for b, e, k in spans(s))]


def candidates() -> dict[str, Finder]:
    found: dict[str, Finder] = {"rules only": with_rules("rules"), "rules + jieba": with_rules("jieba")}
    try:
        found["rules + LAC (default)"] = with_rules("lac")
        found["LAC alone"] = model_alone("lac")
    except ImportError:
        pass
    if local_model():
        found["rules + HanLP"] = with_rules("hanlp")
        found["HanLP alone"] = model_alone("hanlp")
    found["jieba POS alone"] = model_alone("jieba")
    return found


def strict_counts(gold: list[Labelled], pred: list[Labelled]) -> Counts:
    """The same text and type, each actor used once."""
    g = Counter((a["text"], a["type"]) for a in gold)
    p = Counter((a["text"], a["type"]) for a in pred)
    tp = sum((g & p).values())
    return Counts(tp, sum(p.values()) - tp, sum(g.values()) - tp)


def score(finder: Finder, rows: list[dict[str, object]]) -> tuple[Counts, Counts]:
    """(strict, lenient) counts of `finder` over `rows`."""
    strict, lenient = Counts(), Counts()
    for row in rows:
        pred = finder(row["sentence"])
        strict.add(strict_counts(row["actors"], pred))
        lenient.add(match_actors(row["actors"], pred)[0])
    return strict, lenient


def print_errors(finder: Finder, rows: list[dict[str, object]]) -> None:
    for row in rows:
        pred = finder(row["sentence"])
        gold = {(a["text"], a["type"]) for a in row["actors"]}
        got = {(a["text"], a["type"]) for a in pred}
        if gold != got:
            print(row["sentence"])
            print("   missed:", sorted(gold - got), " extra:", sorted(got - gold))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--errors", metavar="MODEL", help="print the differing sentences of rules + MODEL (rules, jieba, lac, hanlp)")
    parser.add_argument("--set", choices=SET_NAMES, action="append", help="only these sets")
    args = parser.parse_args()
    names = args.set or SET_NAMES
    if args.errors:
        for name in names:
            print(f"== {name}")
            print_errors(with_rules(args.errors), load_set(name))
        return
    found = candidates()
    width = max(map(len, found))
    print(f"{'set':<14} {'backend':<{width}}  strict P  R     F1     lenient P  R     F1")
    for name in names:
        rows = load_set(name)
        for label, finder in found.items():
            strict, lenient = score(finder, rows)
            print(f"{name:<14} {label:<{width}}  {strict.precision:.3f} {strict.recall:.3f} {strict.f1:.3f}"
                  f"  {lenient.precision:.3f} {lenient.recall:.3f} {lenient.f1:.3f}")


if __name__ == "__main__":
    main()
