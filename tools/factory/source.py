"""Articles whose structure is known: the factory's input.

A source is a dict in one schema (`sources/*.json` are written that way): front matter,
blocks (headings and paragraphs, a paragraph's footnote markers written `{n}` with its notes
listed in order), an optional reference list and English back matter. Gold-scored articles
of the corpus and the constructed set are turned into the same schema from the pipeline's
reading of them, which their gold verifies (every metric 1.000 on them).
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from pipeline.document import Document
from pipeline.stages.citations.markers import find_markers, pair_note
from pipeline.stages.ingest import read_raw
from pipeline.stages.layout import rules
from pipeline.stages.sentences import segment

ROOT = Path(__file__).resolve().parents[2]
SOURCES = Path(__file__).with_name("sources")
GOLD_SOURCES = (  # articles with gold whose layout the pipeline reads right; 003 holds no body
    "corpus/000_6bcb866657ab047f.txt",
    "corpus/001_47aa3352bd7784b9.txt",
    "corpus/002_03b414d8b1f13807.txt",
    "tests/data/constructed/c01_cd07ee2c.txt",
    "tests/data/constructed/c02_a4436086.txt",
    "tests/data/constructed/c03_9bf77893.txt",
    "tests/data/constructed/batch2/c04_ca8a53a4.txt",
    "tests/data/constructed/batch2/c05_a1d6c343.txt",
)
FRONT_KINDS = {"title", "author", "affiliation", "abstract", "keywords", "author_note", "clc", "doi", "article_number"}
MARK = "{n}"


def all_sources() -> list[dict[str, Any]]:
    """Every source: the gold articles, then the written ones, in a fixed order."""
    written = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(SOURCES.glob("*.json"))]
    return [from_article(ROOT / path) for path in GOLD_SOURCES] + written


def pending_sources() -> list[dict[str, Any]]:
    """The written sources not yet trained on (sources/pending), in a fixed order."""
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted((SOURCES / "pending").glob("*.json"))]


def verified_reading(path: Path) -> Document:
    """A gold article as the rules read it: the reading its gold verifies, the line-role model
    left out so that the model never learns from its own output."""
    raw, encoding = read_raw(path)
    doc = Document(doc_id=path.stem, path=path, raw=raw, encoding=encoding)
    rules.analyze(doc)
    segment(doc)
    return doc


def from_article(path: Path) -> dict[str, Any]:
    """An article file as a source: its front lines, paragraphs with their paired notes, its
    reference list. A marker the pipeline pairs with no note is dropped (its truth is unknown)."""
    doc = verified_reading(path)
    markers = find_markers(doc)
    front: dict[str, list[str]] = {}
    for ln in doc.lines:
        if ln.kind in FRONT_KINDS:
            front.setdefault(ln.kind, []).append(ln.stripped)
    blocks = []
    for para in doc.paragraphs:
        text, notes, at = "", [], para.start
        for m in (m for m in markers if para.start <= m.start < para.end):
            note, _ = pair_note(doc, m, markers)
            text += doc.body.text[at : m.start]
            if note is not None and not note.in_reference_list:
                text, notes = text + MARK, notes + [note.text.text]
            elif note is not None:
                text += m.label
            at = m.end
        text += doc.body.text[at : para.end]
        blocks.append({"type": "heading" if para.heading else "paragraph", "text": text, "notes": notes})
    back = [ln.stripped for ln in doc.lines if ln.kind == "back" and ln.page >= (doc.pages[-1].number if doc.pages else 0)]
    return {
        "id": path.stem.split("_")[0],
        "title": "".join(front.get("title", [path.stem])),
        "subtitle": None,
        "authors": " ".join(front.get("author", [])).split(),
        "affiliation": "".join(front.get("affiliation", [])) or None,
        "abstract": re.sub(r"^[【\[]?(内容)?(提要|摘要)[】\]]?[:：]?\s*", "", "".join(front.get("abstract", []))),
        "keywords": re.split(r"[；;，,\s]+", re.sub(r"^[【\[]?关键词[】\]]?[:：]?\s*", "", "".join(front.get("keywords", []))).strip()),
        "clc": None, "doc_code": None, "doi": None,
        "author_note": "".join(front.get("author_note", [])) or None,
        "fund": None,
        "blocks": blocks,
        "references": [e.text.text for e in doc.reference_list],
        "english_title": None,
        "english_abstract": " ".join(back) or None,
    }
