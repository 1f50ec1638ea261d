"""Claims: dated mentions of the body with their sentence, actors and citation.

The temporal tagger decides what each date-like string is; this stage places the
mentions in the document (paragraph, sentence, raw span), resolves relative dates in
document order, and assembles the contract's records. `explain_lines` lists every
date-like string of the whole raw file with its decision, so nothing is lost silently.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from typing import Any

from .citations import citation_record, cite, find_markers
from .document import Document
from .references import document_references, reference_list_items
from .sentences import strip_markers
from .temporal import TimeMention, find_mentions, resolve_relative

CLAIM_DECISIONS = ("claim", "optional")


@dataclass
class PlacedMention:
    mention: TimeMention
    start: int  # clean body offsets
    end: int
    sentence: int
    heading: bool


def place_mentions(doc: Document) -> list[PlacedMention]:
    """Every date-like mention of the body in document order; relative ones resolved."""
    sentence_starts = [s.start for s in doc.sentences]
    placed: list[PlacedMention] = []
    for para in doc.paragraphs:
        for m in find_mentions(doc.body.text[para.start : para.end]):
            if para.heading and m.decision == "claim":
                m.decision, m.reason = "optional", "heading"
            start = para.start + m.start
            placed.append(PlacedMention(m, start, para.start + m.end, bisect_right(sentence_starts, start) - 1, para.heading))
    resolve_relative([p.mention for p in placed])
    return placed


def extract_claims(doc: Document, placed: list[PlacedMention] | None = None) -> list[dict[str, Any]]:
    """The claim records of one document, in document order (from `place_mentions` when given)."""
    placed = [p for p in (placed if placed is not None else place_mentions(doc)) if p.mention.decision in CLAIM_DECISIONS and p.mention.value]
    markers = find_markers(doc)
    references = document_references(doc.notes)
    entry_references = reference_list_items(doc.reference_list)
    claim_sentences = {p.sentence for p in placed}
    from .actors import find_actors  # here, not at import: eval and inspect need no NER model
    actors_of: dict[int, list[dict[str, Any]]] = {}  # sentence index → its actors, once per sentence
    records = []
    for number, p in enumerate(placed, 1):
        raw_s, raw_e = doc.raw_span(p.start, p.end)
        sentence = doc.sentences[p.sentence]
        marker = cite(doc, p.start, p.sentence, claim_sentences - {p.sentence}, markers)
        clean_sentence = strip_markers(doc.sentence_text(sentence), doc.marker_style)
        if p.sentence not in actors_of:
            actors_of[p.sentence] = [
                {"text": a.text, "type": a.type, "canonical": a.canonical, "label_en": a.label_en}
                for a in find_actors(clean_sentence)
            ]
        record: dict[str, Any] = {
            "doc_id": doc.doc_id,
            "claim_id": f"{doc.doc_id}#{number:04d}",
            "date": {
                "text": doc.raw[raw_s:raw_e],
                "value": p.mention.value,
                "mod": p.mention.mod,
                "anchor": p.mention.anchor,
                "source_span": [raw_s, raw_e],
            },
            "sentence": clean_sentence,
            "actors": [dict(actor) for actor in actors_of[p.sentence]],
            "citation": citation_record(doc, marker, markers, references, entry_references),
        }
        if p.mention.decision == "optional":
            record["optional"] = True
            record["optional_reason"] = p.mention.reason
        records.append(record)
    return records


def explain_lines(doc: Document, placed: list[PlacedMention] | None = None) -> list[str]:
    """Every date-like string in the raw file: raw span, text, decision and reason (TSV)."""
    rows: list[tuple[int, int, str, str, str]] = []
    for p in placed if placed is not None else place_mentions(doc):
        raw_s, raw_e = doc.raw_span(p.start, p.end)
        decision = p.mention.decision if p.mention.value or p.mention.decision == "excluded" else "excluded"
        reason = p.mention.reason if p.mention.value or p.mention.decision == "excluded" else "unresolved relative"
        rows.append((raw_s, raw_e, p.mention.value or "", decision, reason))
    for note in doc.notes + doc.reference_list:
        reason = "in reference list" if note.in_reference_list else "in note"
        for m in find_mentions(note.text.text):
            rows.append((*note.text.raw_span(m.start, m.end), m.value or "", "excluded", reason))
    body_lines = {no for para in doc.paragraphs for no in para.lines}
    for ln in doc.lines:
        if ln.kind in ("blank", "note", "reference") or ln.no in body_lines:
            continue
        for m in find_mentions(ln.text):
            rows.append((ln.start + m.start, ln.start + m.end, m.value or "", "excluded", f"in {ln.kind}"))
    rows.sort()
    return [
        "\t".join([doc.doc_id, str(s), str(e), doc.raw[s:e].replace("\n", "\\n"), value, decision, reason])
        for s, e, value, decision, reason in rows
    ]
