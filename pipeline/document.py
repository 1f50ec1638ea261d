"""The document object that every stage reads and extends.

It carries the raw text (what all offsets point into), the classified raw lines, the
pages with their footnotes, and the clean body as a `MappedText` with its paragraphs and
sentences as clean spans; then what the later stages found (date mentions, footnote markers,
citations, actors) and the claims assembled from them. Each stage writes the fields it
declares (`assigns`, pipeline/stages/); none of them loses the way back to raw.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .mapped import MappedText
from .records import document_record

if TYPE_CHECKING:
    from .stages.actors import SentenceActors
    from .stages.events import Event
    from .stages.citations.markers import Marker
    from .stages.dates import PlacedMention
    from .stages.ingest import Box, Rule


@dataclass
class Line:
    """One raw line: its 1-based number, raw span (without the newline) and role."""

    no: int
    start: int
    end: int
    text: str
    kind: str = "body"  # see LINE_KINDS
    page: int = 0
    as_printed: str | None = None  # where the layout reads `text` with other characters (１２ as 12)
    # each character's raw span, where the layout wrote a call's number over OCR's shorter debris
    # of it (`m` read as ¹³: both digits map to the `m`); None while `text` is the raw line
    spans: list[tuple[int, int]] | None = None

    @property
    def stripped(self) -> str:
        return self.text.strip()

    @property
    def block_lead(self) -> bool:
        """Leading whitespace (a space, a form feed), an extractor's mark of a new text block (often
        a page's top); a paragraph's ideographic indent (　　) is the print's, no such mark."""
        return self.text[:1].isspace() and self.text[:1] != "\u3000"

    @property
    def printed(self) -> str:
        """The line as printed, whose width the layout measures."""
        return self.text if self.as_printed is None else self.as_printed

    @property
    def lead(self) -> bool:
        """Leading whitespace: extraction starts a new text block (often a new page) this way."""
        return self.text[:1].isspace()


LINE_KINDS = (
    "blank", "title", "author", "affiliation", "abstract", "keywords", "author_note", "clc", "doi",
    "article_number", "front", "heading", "body", "note", "header", "page_number", "editor_note",
    "reference_heading", "reference", "back",
)
FURNITURE = ("header", "page_number")


@dataclass
class Note:
    """One footnote or reference-list entry: its number as printed (None when lost), place on
    its page (a footnote) or in the list (an entry), clean text."""

    page: int
    number: str | None  # "④" for a footnote, "12" for an entry of the reference list
    position: int  # 1-based position in the page's note block, or in the reference list
    lines: list[int]  # raw line numbers
    text: MappedText
    number_span: tuple[int, int] | None = None  # raw span of the printed number
    pieces: list[tuple[int, int]] = field(default_factory=list)  # raw spans of its runs of lines, when cut by a page
    in_reference_list: bool = False

    @property
    def raw_span(self) -> tuple[int, int]:
        """From the note's first character to its last, across the lines (and pages) between."""
        return self.text.raw_span(0, len(self.text)) if len(self.text) else (0, 0)


@dataclass
class Page:
    number: int  # 1-based position in the file
    lines: list[int] = field(default_factory=list)  # raw line numbers on the page (all kinds)
    notes: list[Note] = field(default_factory=list)
    label: str | None = None  # the page number printed on it ("47"), where the furniture tells it


@dataclass
class Paragraph:
    start: int  # clean offsets into Document.body
    end: int
    lines: list[int]
    heading: bool = False


@dataclass
class Sentence:
    start: int  # clean offsets into Document.body
    end: int
    paragraph: int


@dataclass
class Document:
    doc_id: str
    path: Path
    raw: str
    encoding: str = "utf-8"
    source: str = "text"  # text | pdf | html: what `raw` was read from (stages/ingest)
    boxes: list[Box | None] = field(default_factory=list)  # PDF: each raw character's page and box
    sizes: list[float] = field(default_factory=list)  # PDF: each raw character's type size (0.0: none)
    rules: list[Rule] = field(default_factory=list)  # PDF: the pages' horizontal rules (page, height)
    ocr: dict[str, Any] = field(default_factory=dict)  # PDF: the OCR engine and the pages it read (no text layer)
    lines: list[Line] = field(default_factory=list)
    pages: list[Page] = field(default_factory=list)
    body: MappedText = field(default_factory=MappedText.empty)
    paragraphs: list[Paragraph] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    reference_list: list[Note] = field(default_factory=list)  # entries of the reference / endnote section
    normalizations: Counter[str] = field(default_factory=Counter)
    layout_mode: str = "wrapped"  # wrapped (hard line breaks) | paragraph_lines (a line per paragraph)
    marker_style: str = "circled"  # the glyphs its notes are numbered in (models/layout/patterns.json marker_styles)
    role_changes: int = 0  # lines whose role the line-role model changed from the rules'
    endnotes: bool = False  # glyph markers numbered through the article, their notes in a section at its end
    mentions: list[PlacedMention] = field(default_factory=list)  # dates: every date-like string of the body
    markers: list[Marker] = field(default_factory=list)  # citations: the body's footnote markers
    citations: dict[int, dict[str, Any] | None] = field(default_factory=dict)  # citations: claim mention → citation record
    actors: dict[int, SentenceActors] = field(default_factory=dict)  # actors: sentence index → its actors
    events: dict[int, Event] = field(default_factory=dict)  # events: claim mention → its event
    claims: list[dict[str, Any]] = field(default_factory=list)  # claims: the contract's claim records

    @property
    def notes(self) -> list[Note]:
        return [note for page in self.pages for note in page.notes]

    def records(self) -> list[dict[str, Any]]:
        """The contract's records of this document: its claims, then its document record."""
        return self.claims + [document_record(self, self.claims)]

    def paragraph_text(self, index: int) -> str:
        para = self.paragraphs[index]
        return self.body.text[para.start : para.end]

    def sentence_text(self, sentence: Sentence) -> str:
        return self.body.text[sentence.start : sentence.end]

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """Raw span of a clean body span."""
        return self.body.raw_span(start, end)

    def page(self, number: int) -> Page | None:
        """The page at a 1-based position in the file (a line's or marker's `page`)."""
        return next((p for p in self.pages if p.number == number), None)

    def printed_page(self, number: int) -> dict[str, Any]:
        """What a record says of the page a span stands on: `page_index`, its position in the
        file, and `page_label`, the number printed on it (null where the file shows none)."""
        page = self.page(number)
        return {"page_index": page.number if page else None, "page_label": page.label if page else None}

    def page_box(self, raw_start: int, raw_end: int) -> dict[str, Any]:
        """For a PDF, where a raw span is printed: `pdf_page` (1-based) and `bbox` (left, bottom,
        right, top in points) around its characters on the page where it starts; else nothing."""
        boxes = [b for b in self.boxes[raw_start:raw_end] if b is not None]
        if not boxes:
            return {}
        page = boxes[0][0]
        on_page = [b for b in boxes if b[0] == page]
        bbox = [min(b[1] for b in on_page), min(b[2] for b in on_page), max(b[3] for b in on_page), max(b[4] for b in on_page)]
        return {"pdf_page": page, "bbox": [round(v, 1) for v in bbox]}
