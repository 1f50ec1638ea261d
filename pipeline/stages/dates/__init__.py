"""Dates: every date-like string of the body, placed in its paragraph and sentence.

The temporal tagger (`temporal`, rules in models/temporal/rules.json) decides what each
date-like string is; this stage places the mentions in the document (paragraph, sentence,
clean span), resolves relative dates in document order, and writes them to `doc.mentions`.
`explain_lines` lists every date-like string of the whole raw file with its decision, so
nothing is lost silently.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from pipeline.document import Document
from pipeline.engine import Stage, register

from .temporal import TimeMention, find_mentions, resolve_relative

CLAIM_DECISIONS = ("claim", "optional")


@dataclass
class PlacedMention:
    mention: TimeMention
    start: int  # clean body offsets
    end: int
    sentence: int
    heading: bool

    @property
    def is_claim(self) -> bool:
        """Becomes a claim record: a claim or an optional claim, with a value."""
        return self.mention.decision in CLAIM_DECISIONS and bool(self.mention.value)


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


def claim_mentions(doc: Document) -> list[tuple[int, PlacedMention]]:
    """The mentions that become claim records, each with its index in `doc.mentions` (the key
    of `doc.citations`)."""
    return [(k, p) for k, p in enumerate(doc.mentions) if p.is_claim]


@register
class Dates(Stage):
    """Date mentions of the body, with their EDTF values and decisions."""

    name = "dates"
    requires = ("body", "paragraphs", "sentences")
    assigns = ("mentions",)

    def __call__(self, doc: Document) -> Document:
        doc.mentions = place_mentions(doc)
        return doc


def explain_lines(doc: Document) -> list[str]:
    """Every date-like string in the raw file: raw span, text, decision and reason (TSV)."""
    rows: list[tuple[int, int, str, str, str]] = []
    for p in doc.mentions:
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
