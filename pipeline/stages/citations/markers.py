"""Footnote markers in the body, their notes, and the contract's claim → citation walk.

Circled markers (or the document's other glyph style: ⑴, ❶, ⓵, superscript ¹) pair with the
notes at the foot of their page, or, where they are numbered through the article, with the
notes section at its end; bracketed endnote markers `[12]` with entry 12 of the reference
list, when the file has one.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from typing import Any

from pipeline.document import Document, Note
from pipeline.stages.layout import NOTE_END, bracketed_number, load_patterns, marker_pattern, number_value


@dataclass(frozen=True)
class Marker:
    start: int  # clean body offsets
    end: int
    label: str  # "④", "⑴", "¹²" or "[12]", as in the clean body
    raw_span: tuple[int, int]  # caret included
    page: int  # the page it is printed on: its 1-based position in the file (Page.number)
    sentence: int

    @property
    def endnote(self) -> int | None:
        """The reference-list number a bracketed marker points to: the first of `[12-14]`, `[12，13]`."""
        found = re.search(r"\d+", self.label) if self.label[0] in "[〔" else None
        return int(found.group(0)) if found else None

    @property
    def number(self) -> int | None:
        """The note number a glyph marker stands for (⑫ → 12, ¹² → 12); None for `[12]`."""
        return None if self.label[0] in "[〔" else number_value(self.label)


def find_markers(doc: Document) -> list[Marker]:
    """Every footnote marker of the body, in order, with the page it is printed on."""
    line_starts = [ln.start for ln in doc.lines]
    sentence_starts = [s.start for s in doc.sentences]
    text = doc.body.text
    pat = load_patterns()
    inside_urls = [(u.start(), u.end()) for u in pat.url_with_brackets.finditer(text)]
    markers = []
    for m in marker_pattern(doc.marker_style).finditer(text):
        if any(s < m.start() and m.end() < e for s, e in inside_urls):
            continue  # brackets inside a URL (…?id[2]=3), not a marker; one that ends the URL is
        raw_s, raw_e = doc.raw_span(m.start(), m.end())
        label = m.group(0).lstrip("^")
        if label[0] not in "[〔":
            caret = raw_s
            while caret > 0 and doc.raw[caret - 1] in " \t":
                caret -= 1
            if caret > 0 and doc.raw[caret - 1] == "^":
                raw_s = caret - 1
        line = doc.lines[bisect_right(line_starts, raw_s) - 1]
        sentence = bisect_right(sentence_starts, m.start()) - 1
        markers.append(Marker(m.start(), m.end(), label, (raw_s, raw_e), line.page, sentence))
    return markers


def pair_note(doc: Document, marker: Marker, markers: list[Marker]) -> tuple[Note | None, str | None]:
    """The note a marker points to and how it was paired ("number" or "position"). A bracketed
    marker is an endnote's, unless its page prints footnotes numbered in brackets ([1] at the
    foot of each page): then it is that page's, save a number no footnote of the page prints,
    every one printing its own, and the reference list does (an entry the extractor moved above
    the list's heading); and where its page's notes lost their numbers and no entry of the list
    has its number (bracketed footnotes whose numbers the note font lost): the note in its
    position among the page's bracketed markers. Footnotes numbered through the article that
    the page does not hold are looked for on the pages beside it (`_across_page_break`)."""
    page = doc.page(marker.page)
    notes = page.notes if page else []
    bracketed = [value for n in notes if (value := bracketed_number(n)) is not None]
    listed = _entry(doc, marker.endnote) is not None
    listed_only = all(n.number for n in notes) and listed
    numberless = bool(notes) and not any(n.number for n in notes) and not listed
    footnote = marker.endnote is not None and (bool(bracketed) and (marker.endnote in bracketed or not listed_only)
                                               or numberless)
    endnote = None if footnote else marker.endnote if marker.endnote is not None else (
        marker.number if doc.endnotes else None)
    if endnote is not None and marker.endnote is None and _restarting(doc):
        return _in_order(doc, marker, markers)
    if endnote is not None:
        entry = _entry(doc, endnote)
        return (entry, "number") if entry else _across_page_break(doc, marker, marker.endnote)
    number = marker.endnote if footnote else marker.number
    if page is None or not page.notes:
        return _across_page_break(doc, marker, number)
    same_number = [n for n in page.notes if n.number and number_value(n.number) == number]
    if same_number:
        return same_number[0], "number"
    if any(n.number for n in page.notes):
        lost = _lost_numbers(page.notes).get(number) if number is not None else None
        return (lost, "position") if lost else _across_page_break(doc, marker, number)
    on_page = [m for m in markers if m.page == marker.page and (m.endnote is None) == (marker.endnote is None)]
    position = _position(marker, on_page, len(page.notes))
    return (page.notes[position], "position") if position is not None and position < len(page.notes) else (None, None)


def _across_page_break(doc: Document, marker: Marker, number: int | None) -> tuple[Note | None, str | None]:
    """The note printed with the marker's number on the page before or after the marker's, where
    the notes are numbered through the article (no number printed twice): a page break the
    extraction lost or misplaced puts a page's notes beside the next page's text, and a reader
    still finds note 22 by its number."""
    if number is None:
        return None, None
    numbered = [(note, page.number) for page in doc.pages for note in page.notes if note.number]
    values = [number_value(note.number) for note, _ in numbered]
    if values.count(number) != 1 or len(set(values)) < len(values):
        return None, None
    note, page = numbered[values.index(number)]
    return (note, "number") if abs(page - marker.page) == 1 else (None, None)


def _entry(doc: Document, number: int | None) -> Note | None:
    """Entry `number` of the reference list, if the list has it."""
    return next((e for e in doc.reference_list if e.number == str(number)), None)


def _lost_numbers(notes: list[Note]) -> dict[int, Note]:
    """The numbers a page's numberless notes stand for where they fill a gap of its numbered ones
    (two notes, then [3]: [1] and [2]; ① ③ with one between: ②), when as many as the gap."""
    found: dict[int, Note] = {}
    last, run = 0, []
    for note in notes:
        value = number_value(note.number) if note.number else None
        if value is None:
            run.append(note)
            continue
        if run and len(run) == value - last - 1:
            found.update(zip(range(last + 1, value), run))
        last, run = value, []
    return found


def _restarting(doc: Document) -> bool:
    """The end section's notes are numbered page by page (①② ①②③): numbers repeat."""
    numbers = [e.number for e in doc.reference_list]
    return len(set(numbers)) < len(numbers)


def _in_order(doc: Document, marker: Marker, markers: list[Marker]) -> tuple[Note | None, str | None]:
    """The n-th glyph marker of the body pairs with the n-th note of the end section, the two
    numbered in the same sequence (the layout checked): "number", since the numbers agree."""
    glyphs = [m for m in markers if m.endnote is None]
    k = glyphs.index(marker)
    entry = doc.reference_list[k] if k < len(doc.reference_list) else None
    return (entry, "number") if entry is not None and entry.number == str(marker.number) else (None, None)


def _position(marker: Marker, on_page: list[Marker], notes: int) -> int | None:
    """Which of the page's numberless notes a marker calls: the one its number counts to (③ →
    the third), so a marker lost from the text shifts no other. Where the numbers restart on the
    page (the page holds two printed pages whose break was lost), each run counts on from the
    runs before it when the notes are as many as all of them, and alone when they are as many
    as its own; else the run's notes cannot be told apart."""
    if marker.number is None:
        return on_page.index(marker)
    runs: list[list[Marker]] = []
    for m in on_page:
        if not runs or m.number is None or runs[-1][-1].number is None or m.number <= runs[-1][-1].number:
            runs.append([])
        runs[-1].append(m)
    sizes = [max((m.number or 0) for m in run) for run in runs]
    here = next(k for k, run in enumerate(runs) if marker in run)
    if len(runs) == 1 or sum(sizes) != notes and sizes.count(notes) == 1 and sizes[here] == notes:
        return marker.number - 1
    return sum(sizes[:here]) + marker.number - 1 if sum(sizes) == notes else None


def _complete(note: Note) -> bool:
    """The note ends as a note does; a reference-list entry may also end with its URL."""
    text = note.text.text
    if NOTE_END.search(text):
        return True
    url = list(load_patterns().url_with_brackets.finditer(text))
    return note.in_reference_list and bool(url) and url[-1].end() == len(text.rstrip())


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
    doc: Document,
    marker: Marker | None,
    markers: list[Marker],
    references: dict[tuple[int, int], list[dict[str, Any]]],
    entry_references: dict[str, dict[str, Any]],
) -> dict[str, Any] | None:
    """The contract's citation object, with the parsed reference(s) of the note: `references` by
    footnote (page, position), `entry_references` by reference-list number. The marker's page is
    given twice, since a reader may mean either: `page_index`, its 1-based position in the file,
    and `page_label`, the number printed on it ("47"; null where the file shows none)."""
    if marker is None:
        return None
    note, pairing = pair_note(doc, marker, markers)
    record: dict[str, Any] = {"marker": marker.label, "source_span": list(marker.raw_span),
                              **doc.printed_page(marker.page)}
    if note is None:
        record.update(note_id=None, note=None, note_span=None)
    else:
        listed = note.position if _restarting(doc) else note.number  # numbers that repeat name no note
        where = f"refs:{listed}" if note.in_reference_list else f"p{note.page}:{note.number or note.position}"
        record.update(
            note_id=f"{doc.doc_id}:{where}",
            note=note.text.text,
            note_span=list(note.raw_span),
            pairing=pairing,
        )
        if len(note.pieces) > 1:
            record["note_spans"] = [list(piece) for piece in note.pieces]  # the note's text only, without the page break between
        if not _complete(note):
            record["truncated"] = True  # the note's text stops mid-sentence: cut off in the file
        if note.in_reference_list:
            record["reference"] = entry_references[note.number]
            return record
        items = references.get((note.page, note.position), [])
        if items:
            record["reference"] = items[0]
        if len(items) > 1:
            record["references"] = items
    return record
