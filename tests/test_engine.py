"""The stage interface: pipelines built from a configuration, checked at build time, with a
toy stage added by one class and one line of configuration; `process` returning everything."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pipeline import (
    Config,
    ConfigError,
    Document,
    Stage,
    build,
    process,
    process_text,
    register,
)
from pipeline.app.cli import app
from pipeline.resources import CONFIG_FILE
from pipeline.stages.ingest import InputError
from tests.conftest import CORPUS, DOC_IDS, ROOT

SENTENCE = "2022年4月，德国总理舒尔茨访问日本。"


@register
class SentenceLengths(Stage):
    """A toy stage: the length of each sentence."""

    name = "sentence_lengths"
    requires = ("sentences",)
    assigns = ("sentence_lengths",)

    def __call__(self, doc: Document) -> Document:
        doc.sentence_lengths = [s.end - s.start for s in doc.sentences]  # type: ignore[attr-defined]
        return doc


def config_with(tmp_path: Path, stages_line: str) -> Config:
    """The default configuration file with its `stages` line replaced."""
    text = CONFIG_FILE.read_text(encoding="utf-8")
    line = next(ln for ln in text.splitlines() if ln.startswith("stages = "))
    path = tmp_path / "pipeline.toml"
    path.write_text(text.replace(line, stages_line), encoding="utf-8")
    return Config.load(path)


def test_a_toy_stage_needs_one_class_and_one_line_of_config(tmp_path: Path) -> None:
    config = config_with(tmp_path, 'stages = ["layout", "sentences", "sentence_lengths"]')
    doc = process_text("第一句。第二句话。\n", config=config)
    assert doc.sentence_lengths == [4, 5]  # type: ignore[attr-defined]
    assert doc.claims == [] and doc.mentions == []  # the stages not listed did not run


def test_the_default_pipeline_is_the_six_stages_in_order() -> None:
    assert build().names == ["layout", "sentences", "dates", "citations", "actors", "claims"]


@pytest.mark.parametrize(("stages", "message"), [
    ('["sentences", "layout"]', "stage 'sentences' requires body, paragraphs, which no stage before it assigns (put layout before it)"),
    ('["layout", "sentences", "claims"]', "stage 'claims' requires mentions, citations, actors, which no stage before it assigns (put "),
    ('["layout", "sentences", "actors"]', "stage 'actors' requires mentions, which no stage before it assigns (put dates before it)"),
    ('["layout", "sentences", "datse"]', "unknown stage 'datse' (known: "),
])
def test_stages_out_of_order_fail_at_build_time(tmp_path: Path, stages: str, message: str) -> None:
    with pytest.raises(ConfigError) as caught:
        build(config_with(tmp_path, f"stages = {stages}"))
    assert str(caught.value).startswith(message)


def test_a_setting_may_narrow_what_a_stage_requires() -> None:
    config = Config.load(overrides=["stages=layout,sentences,actors", "actors.sentences=all"])
    doc = process_text(SENTENCE, config=config)
    assert [(a.text, a.type) for a in doc.actors[0].actors] == [("德国", "GPE"), ("舒尔茨", "PER"), ("日本", "GPE")]
    assert doc.actors[0].raw_span(doc.actors[0].actors[1]) == (SENTENCE.index("舒尔茨"), SENTENCE.index("舒尔茨") + 3)


@pytest.mark.parametrize(("overrides", "message"), [
    (["actors.backend=bert"], "actors.backend 'bert': choose one of auto, lac, jieba, hanlp, rules"),
    (["actors.model=lac"], "stage 'actors' has no setting model (its settings: backend, decision, sentences)"),
    (["layout.line_model=3"], "layout.line_model must be a str, not 3"),
    (["layout.line_model=layout/none.json"], "layout.line_model: no model file "),
    (["actor.backend=lac"], "settings for 'actor', which is no stage"),
    (["backend"], "override 'backend': expected key=value"),
    (["backend=lac"], "override 'backend=lac': name a stage's setting"),
])
def test_bad_settings_say_what_to_change(overrides: list[str], message: str) -> None:
    with pytest.raises(ConfigError) as caught:
        build(Config.load(overrides=overrides))
    assert str(caught.value).startswith(message)


def test_overrides_are_read_as_toml_values() -> None:
    config = Config.load(overrides=["actors.backend=jieba", "stages=layout, sentences", "layout.line_model="])
    assert config.stages == ("layout", "sentences")
    assert config.settings["actors"]["backend"] == "jieba" and config.settings["layout"]["line_model"] == ""


def test_the_backend_comes_from_the_configuration() -> None:
    rules_only = process_text(SENTENCE, config=Config.load(overrides=["actors.backend=rules"]))
    default = process_text(SENTENCE)
    assert [a["text"] for a in default.claims[0]["actors"]] == ["德国", "舒尔茨", "日本"]
    assert [a["text"] for a in rules_only.claims[0]["actors"]] == ["德国", "舒尔茨", "日本"]  # 舒尔茨 is in the gazetteer
    unknown = "2022年4月，李明远会见了王建平。"
    assert [a["text"] for a in process_text(unknown).claims[0]["actors"]] == ["李明远", "王建平"]
    assert process_text(unknown, config=Config.load(overrides=["actors.backend=rules"])).claims[0]["actors"] == []


def test_process_returns_claims_and_records_from_a_path_or_text() -> None:
    path = CORPUS / f"{DOC_IDS['001']}.txt"
    from_path, from_str = process(path), process(str(path))
    assert from_path.claims == from_str.claims and len(from_path.claims) == 35
    records = from_path.records()
    assert records[:-1] == from_path.claims and records[-1]["kind"] == "document" and records[-1]["claims"] == 35
    text = process(SENTENCE)
    assert text.doc_id == "text" and [c["date"]["value"] for c in text.claims] == ["2022-04"]


def test_a_missing_file_named_as_a_string_is_an_error_not_text() -> None:
    with pytest.raises(InputError):
        process("corpus/no_such_article.txt")


def test_the_cli_takes_settings_and_lists_the_stages(tmp_path: Path) -> None:
    runner = CliRunner()
    listed = runner.invoke(app, ["stages", "--set", "actors.backend=rules"])
    assert listed.exit_code == 0
    assert [line.split()[0] for line in listed.output.splitlines()] == build().names
    assert "backend='rules'" in listed.output
    bad = runner.invoke(app, ["run", str(CORPUS), "--out", str(tmp_path / "x.jsonl"), "--set", "actors.backend=bert"])
    assert bad.exit_code == 2 and "actors.backend 'bert'" in bad.output
    assert not (tmp_path / "x.jsonl").exists()  # stopped before writing anything


def test_the_default_path_does_not_import_spacy() -> None:
    code = f"import sys, pipeline; pipeline.process_text({SENTENCE!r}); print('spacy' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
