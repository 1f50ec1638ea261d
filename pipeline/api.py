"""The library API: one call per article; the CLI is a thin layer over it."""

from __future__ import annotations

from pathlib import Path

from .document import Document
from .ingest import read_raw
from .layout import analyze
from .sentences import segment


def process_text(raw: str, doc_id: str = "text", path: Path | None = None, encoding: str = "utf-8") -> Document:
    """Run every stage over an article's raw text."""
    doc = Document(doc_id=doc_id, path=path or Path(f"{doc_id}.txt"), raw=raw, encoding=encoding)
    analyze(doc)
    segment(doc)
    return doc


def process(path: str | Path) -> Document:
    """Read one article file and run every stage; raises `InputError` for unreadable input."""
    path = Path(path)
    raw, encoding = read_raw(path)
    return process_text(raw, doc_id=path.stem, path=path, encoding=encoding)
