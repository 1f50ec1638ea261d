"""Shared fixtures: the corpus articles, processed once per test session."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from pipeline import process
from pipeline.document import Document

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
DOC_IDS = {
    "000": "000_6bcb866657ab047f",
    "001": "001_47aa3352bd7784b9",
    "002": "002_03b414d8b1f13807",
    "003": "003_b5f34cc610d3c4cc",
}


@cache
def corpus_doc(short: str) -> Document:
    return process(CORPUS / f"{DOC_IDS[short]}.txt")


@pytest.fixture(params=sorted(DOC_IDS))
def any_doc(request: pytest.FixtureRequest) -> Document:
    return corpus_doc(request.param)
