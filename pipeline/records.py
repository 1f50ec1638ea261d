"""The contract's JSONL records: claims, a per-document summary, and errors."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .document import Document


def document_record(doc: Document, claims: list[dict[str, Any]]) -> dict[str, Any]:
    """The per-document summary record (`kind: "document"`, no `date`), with the title, authors,
    journal, issue and DOI the front matter and running headers give, and the page numbers they print."""
    # imported here: the stages import the document model, which imports this module
    from .stages.layout.front import article_metadata

    return {
        "doc_id": doc.doc_id,
        "kind": "document",
        "path": str(doc.path),
        "encoding": doc.encoding,
        **({"source": doc.source} if doc.source != "text" else {}),
        **({"ocr": _ocr_counts(doc.ocr)} if doc.ocr else {}),
        **article_metadata(doc),
        "chars": len(doc.raw),
        "layout_mode": doc.layout_mode,
        "pages": len(doc.pages),
        "page_labels": [page.label for page in doc.pages],  # the number printed on each page, or null
        "paragraphs": len(doc.paragraphs),
        "sentences": len(doc.sentences),
        "notes": len(doc.notes),
        "reference_entries": len(doc.reference_list),
        "claims": len(claims),
        "cited_claims": sum(1 for c in claims if c.get("citation")),
    }


def _ocr_counts(ocr: dict[str, Any]) -> dict[str, Any]:
    """The OCR summary with its low-confidence lines counted, not listed (`claims inspect` lists them)."""
    return {**{k: v for k, v in ocr.items() if k != "low_confidence"}, "low_confidence_lines": len(ocr["low_confidence"])}


def error_record(doc_id: str, path: str, error: str) -> dict[str, Any]:
    return {"doc_id": doc_id, "kind": "error", "path": path, "error": error}


def dumps(record: dict[str, Any]) -> str:
    return json.dumps(record, ensure_ascii=False, separators=(",", ":"))
