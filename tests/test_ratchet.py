"""The ratchet: the pipeline on the corpus must not score below the numbers in annotations/ratchet.json.

When the pipeline improves, raise the numbers there (one line each); never lower them to pass.
"""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from pipeline import batch
from pipeline.evaluate import evaluate, load_gold

from .conftest import CORPUS, ROOT

RATCHET = json.loads((ROOT / "annotations" / "ratchet.json").read_text(encoding="utf-8"))
FLOORS = {k: v for k, v in RATCHET.items() if not k.startswith("_")}


@pytest.fixture(scope="module")
def overall() -> dict[str, float]:
    out = io.StringIO()
    batch.run([CORPUS], out, workers=1)
    records = [json.loads(line) for line in out.getvalue().splitlines()]
    _, result = evaluate(load_gold(ROOT / "annotations" / "gold"), records)
    return result.metrics()


@pytest.mark.parametrize("metric", sorted(FLOORS))
def test_metric_does_not_drop(overall: dict[str, float], metric: str) -> None:
    assert overall[metric] >= FLOORS[metric] - 1e-9, f"{metric} dropped to {overall[metric]:.4f} (floor {FLOORS[metric]})"


def test_gold_covers_the_annotated_articles() -> None:
    assert sorted(p.stem for p in Path(ROOT / "annotations" / "gold").glob("*.jsonl")) == sorted(p.stem for p in CORPUS.glob("*.txt"))
