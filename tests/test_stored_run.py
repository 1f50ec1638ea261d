"""The output on the corpus and the constructed articles, byte for byte, against a stored run.

`tests/data/stored_run/` holds what `claims run … --explain` wrote at the commit that stored it.
A change meant to keep behaviour (a refactor) must leave every byte; a change meant to alter
the output stores a new run in the same commit (the command is in `store`), so the diff shows
exactly which records moved.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from pipeline.app.cli import app
from tests.conftest import ROOT

STORED = ROOT / "tests" / "data" / "stored_run"
SETS = {"corpus": "corpus", "constructed": "tests/data/constructed"}  # stored name → input folder


def store(name: str, out: Path) -> list[str]:
    """The arguments of `claims run` that (re)write a stored run, from the repository's root."""
    return ["run", SETS[name], "--out", str(out / f"{name}.jsonl"),
            "--explain", str(out / f"{name}.explain.tsv"), "--workers", "1", "--no-progress"]


@pytest.mark.parametrize("name", sorted(SETS))
def test_output_is_byte_identical_to_the_stored_run(name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)  # document records hold the path as given: corpus/…, as stored
    result = CliRunner().invoke(app, store(name, tmp_path))
    assert result.exit_code == 0, result.output
    for suffix in (".jsonl", ".explain.tsv"):
        produced = (tmp_path / f"{name}{suffix}").read_bytes()
        stored = (STORED / f"{name}{suffix}").read_bytes()
        assert produced == stored, f"{name}{suffix} differs from the stored run"
