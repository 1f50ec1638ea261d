"""The ratchet: the pipeline must not score below the floors of each evaluation set —
the corpus against annotations/gold (annotations/ratchet.json), the constructed articles
against annotations/constructed/gold (annotations/constructed/ratchet.json), the held-out
articles against annotations/heldout/gold (annotations/heldout/ratchet.json) and the held-out
OCR readings h10 and h24 against annotations/heldout/ocr/gold (annotations/heldout/ocr/ratchet.json).

When the pipeline improves, raise the numbers there (one line each); never lower them to pass.
"""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from pipeline.app import batch
from pipeline.app.evaluate import evaluate, load_gold
from tests.conftest import CORPUS, ROOT

ANNOTATIONS = ROOT / "annotations"
HELDOUT = ROOT / "tests" / "data" / "heldout"
SETS = {  # name → (input folders, gold folder, floors)
    "corpus": ((CORPUS,), ANNOTATIONS / "gold", ANNOTATIONS / "ratchet.json"),
    "constructed": ((ROOT / "tests" / "data" / "constructed",), ANNOTATIONS / "constructed" / "gold",
                    ANNOTATIONS / "constructed" / "ratchet.json"),
    "heldout": ((HELDOUT,), ANNOTATIONS / "heldout" / "gold", ANNOTATIONS / "heldout" / "ratchet.json"),
    "heldout_ocr": ((HELDOUT / "h10", HELDOUT / "h24"), ANNOTATIONS / "heldout" / "ocr" / "gold",
                    ANNOTATIONS / "heldout" / "ocr" / "ratchet.json"),
}


def floors(name: str) -> dict[str, float]:
    spec = json.loads(SETS[name][2].read_text(encoding="utf-8"))
    return {k: v for k, v in spec.items() if not k.startswith("_")}


@pytest.fixture(scope="module", params=sorted(SETS))
def scored(request: pytest.FixtureRequest) -> tuple[str, dict[str, float]]:
    folders, gold, _ = SETS[request.param]
    out = io.StringIO()
    batch.run(list(folders), out, workers=1)
    records = [json.loads(line) for line in out.getvalue().splitlines()]
    _, result = evaluate(load_gold(gold), records)
    return request.param, result.metrics()


def test_no_metric_drops(scored: tuple[str, dict[str, float]]) -> None:
    name, metrics = scored
    dropped = {m: (round(metrics[m], 4), floor) for m, floor in floors(name).items() if metrics[m] < floor - 1e-9}
    assert not dropped, f"{name}: metric → (measured, floor): {dropped}"


@pytest.mark.parametrize("name", sorted(SETS))
def test_gold_covers_the_annotated_articles(name: str) -> None:
    folders, gold, _ = SETS[name]
    nested = {p.stem for other, (inners, _, _) in SETS.items()  # another set's folder inside this one (heldout/h10)
              if other != name for inner in inners for folder in folders
              if inner != folder and inner.is_relative_to(folder) for p in inner.rglob("*.txt")}
    assert sorted(p.stem for p in Path(gold).glob("*.jsonl")) == sorted(p.stem for folder in folders
                                                                       for p in folder.rglob("*.txt")
                                                                       if p.stem not in nested)
