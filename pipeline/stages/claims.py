"""Claims: the contract's records, assembled from what the earlier stages wrote.

Each claim mention of `doc.mentions` (dates) becomes a record with its raw date span and
value, its sentence as the contract prints it, the actors of that sentence (`doc.actors`), its
citation (`doc.citations`) and, when the events stage ran, its event (`doc.events`). Nothing is
decided here.
"""

from __future__ import annotations

from bisect import bisect_right
from typing import Any

from pipeline.document import Document
from pipeline.engine import Stage, register

from .actors import actor_record
from .dates import claim_mentions
from .sentences import strip_markers


def assemble(doc: Document) -> list[dict[str, Any]]:
    """The claim records of one document, in document order."""
    records = []
    line_starts = [ln.start for ln in doc.lines]
    for number, (k, p) in enumerate(claim_mentions(doc), 1):
        raw_s, raw_e = doc.raw_span(p.start, p.end)
        record: dict[str, Any] = {
            "doc_id": doc.doc_id,
            "claim_id": f"{doc.doc_id}#{number:04d}",
            "date": {
                "text": doc.raw[raw_s:raw_e],
                "value": p.mention.value,
                "mod": p.mention.mod,
                "anchor": p.mention.anchor,
                "source_span": [raw_s, raw_e],
                **_page(doc, line_starts, raw_s),
                **doc.page_box(raw_s, raw_e),
            },
            "sentence": strip_markers(doc.sentence_text(doc.sentences[p.sentence]), doc.marker_style),
            "actors": [actor_record(a, doc.actors[p.sentence].raw_span(a)) for a in doc.actors[p.sentence].actors],
            "citation": _with_box(doc, doc.citations[k]),
        }
        event = doc.events.get(k)
        if event is not None:
            record["event"] = {"type": event.type, "code": event.code, "confidence": event.confidence,
                               "trigger": None if event.trigger is None else
                               {"text": doc.raw[event.trigger[0] : event.trigger[1]], "source_span": list(event.trigger)}}
        if p.mention.decision == "optional":
            record["optional"] = True
            record["optional_reason"] = p.mention.reason
        records.append(record)
    return records


def _page(doc: Document, line_starts: list[int], raw_start: int) -> dict[str, Any]:
    """The page the date is printed on, as the citation gives its marker's (`Document.printed_page`)."""
    return doc.printed_page(doc.lines[bisect_right(line_starts, raw_start) - 1].page)


def _with_box(doc: Document, citation: dict[str, Any] | None) -> dict[str, Any] | None:
    """The citation, with its marker's place on the PDF page when the document is a PDF."""
    if citation is None or not doc.boxes:
        return citation
    return {**citation, **doc.page_box(*citation["source_span"])}


@register
class Claims(Stage):
    """The claim records (`doc.claims`); `doc.records()` adds the document record."""

    name = "claims"
    requires = ("mentions", "citations", "actors")
    assigns = ("claims",)

    def __call__(self, doc: Document) -> Document:
        doc.claims = assemble(doc)
        return doc
