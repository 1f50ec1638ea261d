"""The events stage: every claim gets a type of the taxonomy and its trigger as written; the
shipped model rebuilds byte for byte; the leave-one-article-out figures are the README's."""

from __future__ import annotations

import gzip
import json
import sqlite3
from pathlib import Path

from typer.testing import CliRunner

from pipeline.api import process
from pipeline.app.cli import app
from pipeline.engine import Config
from pipeline.stages.dates import claim_mentions
from pipeline.stages.events import model as event_model
from pipeline.stages.events import train
from pipeline.stages.events.features import clause_of, trigger_candidates
from pipeline.stages.layout.train import DEFAULT_DATA, FACTORY_DATA
from tests.conftest import ROOT

WITH_EVENTS = Config.load(overrides=["stages=layout,sentences,dates,citations,actors,events,claims"])


def test_every_claim_gets_a_typed_event_with_its_trigger_as_written() -> None:
    doc = process(ROOT / "corpus" / "002_03b414d8b1f13807.txt", WITH_EVENTS)
    codes = {row["type"]: row["code"] for row in event_model.taxonomy()}
    events = [c["event"] for c in doc.claims]
    assert len(events) == len(doc.claims) == 51
    assert all(codes[e["type"]] == e["code"] and 0 < e["confidence"] <= 1 for e in events)
    triggers = [e["trigger"] for e in events if e["trigger"]]
    assert triggers and all(doc.raw[slice(*t["source_span"])] == t["text"] for t in triggers)


def test_the_default_pipeline_has_no_events() -> None:
    doc = process(ROOT / "corpus" / "002_03b414d8b1f13807.txt")
    assert not any("event" in c for c in doc.claims)


def test_the_shipped_model_rebuilds_byte_for_byte(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["train", "events", "--out", str(tmp_path / "model.json")])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "model.json").read_bytes() == event_model.MODEL_FILE.read_bytes()


def test_leave_one_article_out_scores() -> None:
    """The figures the README gives: the model beside the trigger-lexicon baseline."""
    rows = train.leave_one_article_out(train.examples())
    pairs = [p for _, s in rows for p in s["pairs"]]
    baseline = [p for _, s in rows for p in s["baseline"]]
    trigger = sum(s["trigger"] * s["n"] for _, s in rows) / len(pairs)
    assert (len(pairs), round(train._accuracy(pairs), 3), round(train._accuracy(baseline), 3), round(trigger, 3)) == (
        4533, 0.735, 0.309, 0.798)


def test_the_export_carries_the_event(tmp_path: Path) -> None:
    out = tmp_path / "claims.jsonl"
    result = CliRunner().invoke(app, ["run", str(ROOT / "corpus" / "001_47aa3352bd7784b9.txt"), "--out", str(out),
                                      "--set", "stages=layout,sentences,dates,citations,actors,events,claims",
                                      "--export", "sqlite", "--workers", "1"])
    assert result.exit_code == 0, result.output
    first = json.loads(out.read_text(encoding="utf-8").splitlines()[0])
    db = sqlite3.connect(tmp_path / "claims.sqlite")
    row = db.execute("SELECT event_type, event_code FROM claims WHERE claim_id = ?", (first["claim_id"],)).fetchone()
    assert row == (first["event"]["type"], first["event"]["code"])


def test_a_missing_model_is_a_clear_error() -> None:
    result = CliRunner().invoke(app, ["run", str(ROOT / "corpus"), "--out", "-", "--set",
                                      "stages=layout,sentences,dates,citations,actors,events,claims",
                                      "--set", "events.model=events/none.json"])
    assert result.exit_code == 2 and "claims train events" in result.output


def test_a_trigger_word_inside_a_longer_word_is_a_candidate(tmp_path: Path) -> None:
    """The segmentation gives `发表声明` and `举行会谈` as words; the lexicon's `发表` and `举行` are
    candidates all the same, marked as not segmented."""
    article = tmp_path / "article.txt"
    article.write_text("2023年4月14日，德国外长与中国外长秦刚举行会谈。"
                       "2023年5月2日，两国发表声明。\n", encoding="utf-8")
    doc = process(article, Config.load(overrides=["stages=layout,sentences,dates,citations,actors"]))
    lexicon = event_model.load().lexicon
    found = []
    for _, p in claim_mentions(doc):
        clause = clause_of(doc, p)
        found.append({clause.text.text[c.start:c.end]: "unsegmented" in c.features
                      for c in trigger_candidates(clause, lexicon)})
    assert found[0].get("举行") is True and found[1].get("发表") is True and found[1].get("发表声明") is False


def test_the_single_pass_texts_are_the_factory_web_copies() -> None:
    """annotations/events/factory/texts holds each factory source's clean web copy byte for byte,
    so the labels' spans point into what `python -m tools.factory.build` renders."""
    web = {item["source"]: item["text"] for path in (DEFAULT_DATA, FACTORY_DATA / "pending.jsonl.gz")
           for item in map(json.loads, gzip.open(path, "rt", encoding="utf-8")) if item["extractor"] == "web"}
    texts = sorted((train.SINGLE_PASS / "texts").glob("*_web.txt"))
    assert len(texts) == 14
    assert all(path.read_text(encoding="utf-8") == web[path.stem.removesuffix("_web")] for path in texts)
