"""The library API: one call per article; the CLI is a thin layer over it."""

from __future__ import annotations

from pathlib import Path

from .document import Document
from .engine import Config, default_config, pipeline_for
from .stages.ingest import SUFFIXES, Source, read_source


def process_text(raw: str, doc_id: str = "text", path: Path | None = None, encoding: str = "utf-8",
                 config: Config | None = None, source: Source | None = None) -> Document:
    """Run the pipeline (`config`, default models/pipeline.toml) over an article's raw text (or
    over what `source`, a file read by `ingest.read_source`, holds)."""
    doc = Document(doc_id=doc_id, path=path or Path(f"{doc_id}.txt"), raw=raw, encoding=encoding)
    if source is not None:
        doc.raw, doc.encoding, doc.source = source.raw, source.encoding, source.kind
        doc.boxes, doc.sizes, doc.rules, doc.ocr = source.boxes, source.sizes, source.rules, source.ocr
    return pipeline_for(config)(doc)


def process(source: str | Path, config: Config | None = None, doc_id: str | None = None) -> Document:
    """One article, from a file (a `Path`, or a string naming a file: one line ending in a suffix
    the pipeline reads; `.txt`, `.pdf`, `.html`, page images) or from its text; raises
    `InputError` for a file it cannot read. The document holds every stage's results: `doc.claims`, and `doc.records()`
    for JSONL; `doc.raw` is the text every offset points into (for a PDF or web page, the text
    extracted from it)."""
    if isinstance(source, str) and not _names_a_file(source):
        return process_text(source, config=config)
    path = Path(source)
    source_read = read_source(path, (config or default_config()).ocr())
    return process_text("", doc_id=doc_id or path.stem, path=path, config=config, source=source_read)


def _names_a_file(text: str) -> bool:
    return "\n" not in text and (Path(text).suffix.lower() in SUFFIXES or Path(text).is_file())
