"""Where a PDF prints each line, for the line-role model: what the text layer knew and a text
file loses.

A line is measured once from its characters' boxes and type sizes (`measure_lines`); its
features (`geometry_features`) say how its type compares with the body's (notes are set
smaller, titles larger), where it stands on its page (headers and folios in the bands at the
top and foot, notes above the foot), whether a rule is drawn right above it (the short line
over the footnotes), its indent in ems, whether it stops short of the right margin (a note's
last line: the next opens a note) and the gap above it. Lines read by OCR, and every line
of a text file, have no measure and no geometry features.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from statistics import median
from typing import Protocol, Sequence

from pipeline.document import Line
from pipeline.stages.ingest import Box, Rule

from .rules import split_lines

SMALL, LARGE = 0.9, 1.1  # type size against the body's: notes below, titles and headings above


@dataclass(frozen=True)
class LineBox:
    """A printed line: its page, extent in points (PDF coordinates, y up) and type size."""

    page: int
    left: float
    bottom: float
    right: float
    top: float
    size: float
    rule_above: bool = False  # a rule is drawn between this line and the line above it (or the page top)

    def as_list(self) -> list[float]:
        return [self.page, self.left, self.bottom, self.right, self.top, self.size, float(self.rule_above)]

    @classmethod
    def from_list(cls, values: Sequence[float]) -> LineBox:
        page, left, bottom, right, top, size, rule = values
        return cls(int(page), left, bottom, right, top, size, bool(rule))


class PdfReading(Protocol):
    """What a PDF was read into (`ingest.Source`, `ingest.pdf.PdfText`)."""

    raw: str
    boxes: list[Box | None]
    sizes: list[float]
    rules: list[Rule]


def measure_reading(read: PdfReading) -> list[LineBox | None]:
    """Each raw line of a PDF's reading measured, as the layout stage measures a document's."""
    return measure_lines(split_lines(read.raw), read.boxes, read.sizes, read.rules)


def measure_lines(lines: list[Line], boxes: list[Box | None], sizes: list[float],
                  rules: list[Rule]) -> list[LineBox | None]:
    """Each line's box and median type size from its printed characters (None where it has
    none: blank, generated or read by OCR), and whether a rule lies between it and the
    printed line above it on its page."""
    measured: list[LineBox | None] = []
    for ln in lines:
        at = [i for i in range(ln.start, min(ln.end, len(boxes)))
              if boxes[i] is not None and not ln.text[i - ln.start].isspace()]
        typed = [sizes[i] for i in at if sizes[i] > 0]
        if not at or not typed:
            measured.append(None)
            continue
        own = [boxes[i] for i in at]
        page = Counter(b[0] for b in own).most_common(1)[0][0]  # type: ignore[index]
        own = [b for b in own if b[0] == page]  # type: ignore[index]
        measured.append(LineBox(page, min(b[1] for b in own), min(b[2] for b in own),  # type: ignore[index]
                                max(b[3] for b in own), max(b[4] for b in own), median(typed)))  # type: ignore[index]
    heights: dict[int, list[float]] = {}
    for page, height in rules:
        heights.setdefault(page, []).append(height)
    above: LineBox | None = None
    for k, box in enumerate(measured):
        if box is None:
            continue
        ceiling = above.bottom if above is not None and above.page == box.page else float("inf")
        if any(box.top < h < ceiling for h in heights.get(box.page, ())):
            measured[k] = LineBox(box.page, box.left, box.bottom, box.right, box.top, box.size, True)
        above = box
    return measured


def geometry_features(measured: list[LineBox | None]) -> list[dict[str, float]]:
    """Each measured line's geometry features (an empty dict for the others)."""
    boxes = [b for b in measured if b is not None]
    if not boxes:
        return [{} for _ in measured]
    body = _body_size(boxes)
    pages: dict[int, list[LineBox]] = {}
    for b in boxes:
        pages.setdefault(b.page, []).append(b)
    extent = {p: (min(b.left for b in bs), max(b.right for b in bs), min(b.bottom for b in bs), max(b.top for b in bs),
                  _margin(bs, body)) for p, bs in pages.items()}
    gaps = [above.bottom - b.top for above, b in zip(boxes, boxes[1:]) if above.page == b.page]
    usual_gap = median(gaps) if gaps else body
    out: list[dict[str, float]] = []
    previous: LineBox | None = None
    for b in measured:
        if b is None:
            out.append({})
            continue
        left, right, foot, head, margin = extent[b.page]
        ratio = b.size / body
        f = {"geometry": 1.0, "type_ratio": min(max(ratio, 0.5), 1.5) - 1.0,
             f"type={'small' if ratio < SMALL else 'large' if ratio > LARGE else 'body'}": 1.0}
        height = head - foot
        f[f"band={min(int(10 * (head - b.top) / height), 9) if height > 0 else 0}"] = 1.0
        f["page_top"] = float(b.top >= head - 0.5)
        f["page_foot"] = float(b.bottom <= foot + 0.5)
        indent = (b.left - margin) / b.size
        f[f"print_indent={'out' if indent < -0.5 else min(round(indent), 3)}"] = 1.0
        f["centred"] = float(b.left - left > 2 * b.size and abs((b.left - left) - (right - b.right)) < 1.5 * b.size)
        f["ends_short"] = float(right - b.right > 1.5 * b.size)  # a paragraph's or a note's last line
        if previous is not None and previous.page == b.page:
            f["wide_gap"] = float(previous.bottom - b.top > 1.6 * usual_gap + 0.2 * body)
        f["rule_above"] = float(b.rule_above)
        out.append(f)
        previous = b
    return out


def _body_size(boxes: list[LineBox]) -> float:
    """The type size most lines are set in, weighted by their width (the body's)."""
    weight: Counter[float] = Counter()
    for b in boxes:
        weight[round(b.size, 1)] += b.right - b.left
    return weight.most_common(1)[0][0] or 1.0


def _margin(boxes: list[LineBox], body: float) -> float:
    """Where the page's body lines start: the most common left edge of its body-size lines."""
    body_lines = [b for b in boxes if abs(b.size / body - 1.0) < 0.1] or boxes
    lefts = Counter(round(b.left) for b in body_lines)
    return float(lefts.most_common(1)[0][0])
