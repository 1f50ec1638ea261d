"""Footnote markers in the body, their notes, and the contract's claim → citation walk."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from typing import Any

from .document import Document, Note

NOTE_END = re.compile(r"[。．.！？!?\]）)」』》”’]\s*$|\d\s*[页頁]\s*$")  # how a complete note ends
MARKER = re.compile(r"\^?([\u2460-\u2473])|\[(\d{1,3})(?:\s*[-–—,，]\s*\d{1,3})*\]")
CIRCLED_BASE = 0x2460


@dataclass(frozen=True)
class Marker:
    start: int  # clean body offsets
    end: int
    label: str  # "④" or "[12]"
    raw_span: tuple[int, int]  # caret included
    page: int
    sentence: int


def find_markers(doc: Document) -> list[Marker]:
    """Every footnote marker of the body, in order, with the page it is printed on."""
    line_starts = [ln.start for ln in doc.lines]
    sentence_starts = [s.start for s in doc.sentences]
    markers = []
    for m in MARKER.finditer(doc.body.text):
        raw_s, raw_e = doc.raw_span(m.start(), m.end())
        if m.group(1) and raw_s > 0 and doc.raw[raw_s - 1] == "^":
            raw_s -= 1
        line = doc.lines[bisect_right(line_starts, raw_s) - 1]
        label = m.group(1) or m.group(0)
        sentence = bisect_right(sentence_starts, m.start()) - 1
        markers.append(Marker(m.start(), m.end(), label, (raw_s, raw_e), line.page, sentence))
    return markers


def pair_note(doc: Document, marker: Marker, markers: list[Marker]) -> tuple[Note | None, str | None]:
    """The note a marker points to and how it was paired ("number" or "position")."""
    if marker.label.startswith("["):
        return None, None
    page = next((p for p in doc.pages if p.number == marker.page), None)
    if page is None or not page.notes:
        return None, None
    same_number = [n for n in page.notes if n.number == marker.label]
    if same_number:
        return same_number[0], "number"
    if any(n.number for n in page.notes):
        return None, None
    on_page = [m for m in markers if m.page == marker.page and not m.label.startswith("[")]
    position = on_page.index(marker)
    return (page.notes[position], "position") if position < len(page.notes) else (None, None)


def cite(
    doc: Document, date_start: int, sentence: int, claim_sentences: set[int], markers: list[Marker]
) -> Marker | None:
    """The contract's walk: the first marker after the date in its sentence; else the first in the
    following sentences of the paragraph, stopping at a sentence that holds another claim."""
    paragraph = doc.sentences[sentence].paragraph
    for marker in markers:
        if marker.start < date_start or marker.sentence < sentence:
            continue
        if marker.sentence == sentence:
            return marker
        for between in range(sentence + 1, marker.sentence + 1):
            if doc.sentences[between].paragraph != paragraph or between in claim_sentences:
                return None
        return marker
    return None


def citation_record(
    doc: Document, marker: Marker | None, markers: list[Marker], references: dict[tuple[int, int], list[dict[str, Any]]]
) -> dict[str, Any] | None:
    """The contract's citation object, with the parsed reference(s) of the note."""
    if marker is None:
        return None
    note, pairing = pair_note(doc, marker, markers)
    record: dict[str, Any] = {"marker": marker.label, "source_span": list(marker.raw_span), "page": marker.page}
    if note is None:
        record.update(note_id=None, note=None, note_span=None)
    else:
        record.update(
            note_id=f"{doc.doc_id}:p{note.page}:{note.number or note.position}",
            note=note.text.text,
            note_span=list(note.raw_span),
            pairing=pairing,
        )
        if not NOTE_END.search(note.text.text):
            record["truncated"] = True  # the note's text stops mid-sentence: cut off in the file
        items = references.get((note.page, note.position), [])
        if items:
            record["reference"] = items[0]
        if len(items) > 1:
            record["references"] = items
    return record
