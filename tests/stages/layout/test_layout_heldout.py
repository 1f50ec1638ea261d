"""The held-out ratchet of the layout: factory renderings (text-layer extractions and OCR) of
each source the shipped line-role model never saw, read with it (a PDF's reading with its
lines' geometry, as `claims run` reads a PDF), must not score below its floors in
annotations/factory/ratchet.json: the held-out sources of the training renderings, and the
pending sources (tools/factory/sources/pending: `build --pending`). The OCR route reads the
Tesseract readings of each source's three looks (ocr_readings.jsonl.gz, pending_ocr.jsonl.gz),
which no OCR-debris decision learned from either; the `bracketed_` routes read the same sources
typeset with bracketed footnotes (`build --notes bracketed`: bracketed.jsonl.gz,
bracketed_pending.jsonl.gz; f12, a reference-list article, has no footnotes to print so), and
`bracketed_ocr_300` their Tesseract readings with the calls set larger and scanned at 300 dpi
(`build --notes bracketed --ocr --ocr-styles 2 --dpi 300 --call-size 75`: bracketed_ocr.jsonl.gz,
bracketed_ocr_pending.jsonl.gz)."""

from __future__ import annotations

import gzip
import json
from collections import Counter

import pytest

from pipeline.stages.layout.model import load
from pipeline.stages.layout.train import (
    BRACKETED_DATA,
    DEFAULT_DATA,
    FACTORY_DATA,
    HELD_OUT,
    PENDING,
    printed_lines,
    read_items,
)
from tests.conftest import ROOT
from tools.factory.measure import claim_notes, compare

PENDING_DATA = FACTORY_DATA / "pending.jsonl.gz"
OCR_DATA = (FACTORY_DATA / "ocr_readings.jsonl.gz", FACTORY_DATA / "pending_ocr.jsonl.gz")
# the same sources typeset with bracketed footnotes ([1] … through the article), every route
BRACKETED = (BRACKETED_DATA, FACTORY_DATA / "bracketed_pending.jsonl.gz")
# and their calls set larger, scanned at 300 dpi: OCR reads them as `[281`, `B21` (route `bracketed_ocr_300`)
BRACKETED_300 = (FACTORY_DATA / "bracketed_ocr.jsonl.gz", FACTORY_DATA / "bracketed_ocr_pending.jsonl.gz")
FLOORS = {k: v for k, v in json.loads((ROOT / "annotations" / "factory" / "ratchet.json").read_text()).items()
          if not k.startswith("_")}


@pytest.fixture(scope="module")
def scores() -> dict[tuple[str, str], dict[str, float]]:
    text_layer = [json.loads(line) for path in (DEFAULT_DATA, PENDING_DATA) for line in gzip.open(path, "rt", encoding="utf-8")]
    ocr = [json.loads(line) for path in OCR_DATA for line in gzip.open(path, "rt", encoding="utf-8")]
    items = [i for i in text_layer if not i["extractor"].startswith("tesseract")] + [
        i for i in ocr if i["extractor"].startswith("tesseract")]
    items += [{**i, "bracketed": True} for i in read_items(BRACKETED)]
    items += [{**i, "bracketed": True} for i in read_items(BRACKETED_300) if i["extractor"] != "web"]
    totals: dict[tuple[str, str], Counter[str]] = {}
    for source in HELD_OUT + PENDING:
        renderings = [i for i in items if i["source"] == source]
        clean = claim_notes(next(i for i in renderings if i["extractor"] == "web")["text"], None)
        for item in renderings:
            if item["extractor"] in ("web", "original"):
                continue
            n, got, same, noted, paired = compare(clean, claim_notes(item["text"], load(), printed_lines(item)))
            route = {"tesseract": "ocr", "tesseract-300": "ocr_300"}.get(item["extractor"], "text_layer")
            route = f"bracketed_{route}" if item.get("bracketed") else route
            totals.setdefault((source, route), Counter()).update(clean=n, got=got, same=same, noted=noted, paired=paired)
    return {key: {"claims_f1": 2 * c["same"] / (c["clean"] + c["got"]), "note_pairing": c["paired"] / c["noted"]}
            for key, c in totals.items()}


def test_every_held_out_source_has_floors() -> None:
    assert sorted(FLOORS) == sorted(HELD_OUT + PENDING)


@pytest.mark.parametrize(("source", "route", "metric"),
                         [(s, r, m) for s, routes in FLOORS.items() for r, ms in routes.items() for m in ms])
def test_held_out_renderings_hold_their_floor(scores, source: str, route: str, metric: str) -> None:
    assert scores[source, route][metric] >= FLOORS[source][route][metric], scores[source, route]
