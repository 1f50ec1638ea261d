"""The events stage: every claim gets a type of the taxonomy and its trigger as written; the
shipped model rebuilds byte for byte; the leave-one-article-out figures are the README's."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from typer.testing import CliRunner

from pipeline.api import process
from pipeline.app.cli import app
from pipeline.engine import Config
from pipeline.stages.events import model as event_model
from pipeline.stages.events import train
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
        2173, 0.684, 0.416, 0.746)


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
