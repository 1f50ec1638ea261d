"""Note calls and notes' numbers that OCR does not read, found by their shape on the page image.

Tesseract reads a small raised note call (a superscript ¹, a circled ①) as debris (`9`, `@`,
`?`) or drops it: on the factory's scans, half of them leave no character at all; and it reads
the circled number opening a note as `@`, `GD` or `回`, so the notes lose their numbers too and
the page's calls cannot be paired with them. On the image both are plain to see: a call is a
small cluster of ink in the upper part of a text line with nothing below it; a note's number is
the cluster opening a line, before a gap. Each cluster of ink in a line (components whose
columns overlap: a ring and the digit inside it) is described relative to its line's height
(`FEATURES_VERSION`), and two logistic regressions trained on the factory's scanned pages,
where the text layer says what is printed where (`claims train raised-markers`,
models/ingest/raised_markers.json), decide which are calls and which are notes' numbers. Both
are then written into the OCR text where they stand, over what Tesseract read in their place,
counted on the page: calls as superscripts ¹ ² ³, numbers as `1 ` `2 ` `3 `. The layout reads
them as it reads a text layer whose calls are superscripts, and pairs them by number.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy as np

from pipeline.resources import MODELS, check_features_version

MODEL_FILE = MODELS / "ingest" / "raised_markers.json"
FEATURES_VERSION = 1
INK = 200  # grey level (0 black … 255 white) below which a pixel is ink
MIN_LINE = 8  # pixels: a band of ink rows lower than this holds no text line
TALL_LINE = 1.6  # a band this many times the page's usual line height is two lines side by side: skipped
# in line heights: a cluster inside a line is described only if it may be a call
CANDIDATE = {"top": 0.35, "bottom": 0.72, "height": 0.2}
PUNCTUATION = re.compile(r"[。，、；：！？“”‘’（）《》「」『』【】〈〉—…·]")  # never a call's misreading
LINE_CLASSES = {"ocr_line", "ocr_caption", "ocr_header", "ocr_textfloat"}  # hOCR's kinds of line
OPENED = re.compile(r"[\u4e00-\u9fff]|\S{4}")  # text before a call: an ideograph, or more than OCR's debris
NUMBER_WIDTH = 0.6  # line heights from a note number's left edge within which OCR's reading of it lies
MERGE_GAP = 0.3  # line heights between two call clusters of one call
TO_SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")


@dataclass(frozen=True)
class Cluster:
    """Ink whose columns overlap, inside one text line: its box in pixels and its description."""

    left: int
    right: int
    top: int
    bottom: int
    line: tuple[int, int]  # the rows of its text line
    features: dict[str, float]


def clusters(pixels: np.ndarray) -> tuple[list[Cluster], list[Cluster]]:
    """The clusters of a grey page image (rows × columns, 0 black) that may be raised markers,
    and those that open a line (after a gap of a line's height or more: a note's number may
    open it), line by line, each described relative to its line."""
    from scipy import ndimage

    ink = pixels < INK
    labels, _ = ndimage.label(ink, structure=np.ones((3, 3), dtype=bool))
    parts = ndimage.find_objects(labels)
    bands = _bands(ink)
    usual = float(np.median([bottom - top for top, bottom in bands])) if bands else 0.0
    band_of_row = np.full(len(ink) + 1, -1)
    for b, (top, bottom) in enumerate(bands):
        band_of_row[top:bottom] = b
    in_band: list[list[tuple[int, int, int, int, int]]] = [[] for _ in bands]
    for k, p in enumerate(parts, 1):  # a component's rows are inked rows: it lies in one band
        if p is not None:
            in_band[band_of_row[p[0].start]].append((p[1].start, p[1].stop, p[0].start, p[0].stop, k))
    found: list[Cluster] = []
    opening: list[Cluster] = []
    for (top, bottom), inside in zip(bands, in_band):
        height = bottom - top
        if height < MIN_LINE or height > TALL_LINE * usual:
            continue
        groups: list[list[tuple[int, int, int, int, int]]] = []
        reach = -1  # the right edge of the last group
        for part in sorted(inside):
            if groups and part[0] <= reach:
                groups[-1].append(part)
                reach = max(reach, part[1])
            else:
                groups.append([part])
                reach = part[1]
        boxes = [(min(g[0] for g in group), max(g[1] for g in group), min(g[2] for g in group),
                  max(g[3] for g in group)) for group in groups]
        small = [k for k, other in enumerate(boxes) if other[3] - other[2] < 0.75 * height]
        for k, (group, box) in enumerate(zip(groups, boxes)):
            left, right, high, low = box
            opens = not k or left - boxes[k - 1][1] >= height
            if not opens and (high - top > CANDIDATE["top"] * height or low - top > CANDIDATE["bottom"] * height
                              or low - high < CANDIDATE["height"] * height):
                continue
            window = labels[high:low, left:right]
            mine = np.isin(window, [g[4] for g in group])
            features = _describe(box, mine, top, height, usual,
                                 boxes[k - 1] if k else None, boxes[k + 1] if k + 1 < len(boxes) else None)
            features["small_near"] = sum(j != k and abs(boxes[j][0] - left) < 2 * height for j in small) / 4
            (opening if opens else found).append(Cluster(left, right, high, low, (top, bottom), features))
    return found, opening


def _bands(ink: np.ndarray) -> list[tuple[int, int]]:
    """Runs of rows holding ink: the text lines (top, bottom) of a page."""
    rows = np.concatenate([[False], ink.any(axis=1), [False]]).astype(np.int8)
    edges = np.flatnonzero(np.diff(rows))
    return [(int(a), int(b)) for a, b in zip(edges[::2], edges[1::2])]


def _describe(box: tuple[int, int, int, int], mine: np.ndarray, top: int, height: int, usual: float,
              before: tuple[int, int, int, int] | None, after: tuple[int, int, int, int] | None) -> dict[str, float]:
    """A cluster's shape and place in its line, in line heights; its neighbours' height and gap."""
    from scipy import ndimage

    left, right, high, low = box
    area = max((right - left) * (low - high), 1)
    filled = ndimage.binary_fill_holes(mine)
    features = {
        "top": (high - top) / height, "bottom": (low - top) / height, "height": (low - high) / height,
        "width": (right - left) / height, "fill": float(mine.sum()) / area,
        "hole": float(filled.sum() > mine.sum()), "line": height / usual if usual else 1.0,
    }
    for side, other in (("before", before), ("after", after)):
        if other is None:
            features[f"{side}_none"] = 1.0
            continue
        gap = left - other[1] if side == "before" else other[0] - right
        features[f"{side}_gap"] = min(gap / height, 2.0)
        features[f"{side}_height"] = (other[3] - other[2]) / height
        features[f"{side}_bottom"] = (other[3] - top) / height
        features[f"{side}_top"] = (other[2] - top) / height
        features[f"{side}_width"] = min((other[1] - other[0]) / height, 2.0)
    return features


@dataclass(frozen=True)
class ClusterModel:
    """One decision over clusters: a logistic regression over their features and the products of
    two (`feature_matrix`), loaded with numpy alone."""

    names: tuple[str, ...]
    mean: np.ndarray
    scale: np.ndarray
    weights: np.ndarray
    bias: float
    threshold: float

    def probabilities(self, found: list[Cluster]) -> np.ndarray:
        x = feature_matrix(found, self.names)
        return 1.0 / (1.0 + np.exp(-(((x - self.mean) / self.scale) @ self.weights + self.bias)))

    def chosen(self, found: list[Cluster]) -> list[tuple[Cluster, float]]:
        """The clusters the model takes for a mark, with its probability."""
        return [(c, float(p)) for c, p in zip(found, self.probabilities(found)) if p >= self.threshold] if found else []

    def to_json(self) -> dict[str, object]:
        return {"threshold": self.threshold, "names": list(self.names),
                "mean": [round(float(v), 6) for v in self.mean], "scale": [round(float(v), 6) for v in self.scale],
                "weights": [round(float(v), 6) for v in self.weights], "bias": round(self.bias, 6)}

    @classmethod
    def from_json(cls, spec: dict) -> ClusterModel:
        return cls(tuple(spec["names"]), np.array(spec["mean"]), np.array(spec["scale"]), np.array(spec["weights"]),
                   float(spec["bias"]), float(spec["threshold"]))


@dataclass(frozen=True)
class PageMarks:
    """The two decisions: which raised clusters are calls, which line openers are notes' numbers."""

    calls: ClusterModel
    note_numbers: ClusterModel

    def find(self, pixels: np.ndarray) -> tuple[list[Cluster], list[Cluster]]:
        """The page's calls (one of clusters side by side in a line: a ring's broken arcs, the
        digits of ¹²) and its notes' numbers, in reading order."""
        raised, opening = clusters(pixels)
        merged: list[tuple[Cluster, float]] = []
        for c, p in self.calls.chosen(raised):
            last, before = merged[-1] if merged else (None, 0.0)
            if last is not None and last.line == c.line and c.left - last.right <= MERGE_GAP * (c.line[1] - c.line[0]):
                merged[-1] = (Cluster(last.left, c.right, min(last.top, c.top), max(last.bottom, c.bottom), c.line,
                                      last.features), max(before, p))
            else:
                merged.append((c, p))
        return _foot_apart(merged, self.note_numbers.chosen(opening))

    def to_json(self, trained_on: dict[str, object]) -> dict[str, object]:
        return {"_doc": __doc__.split("\n\n")[0] + " Trained by `claims train raised-markers`.",
                "features_version": FEATURES_VERSION, "trained_on": trained_on,
                "calls": self.calls.to_json(), "note_numbers": self.note_numbers.to_json()}


def _foot_apart(calls: list[tuple[Cluster, float]],
                numbers: list[tuple[Cluster, float]]) -> tuple[list[Cluster], list[Cluster]]:
    """The calls above the page's notes and the numbers below its text: the notes sit at the
    page's foot, below every call. The line between them that keeps the most likely marks
    (their probabilities summed; the highest such line) is drawn; a call below it (a glyph of
    a note taken for one) or a number above it (a body line's first glyph) is dropped."""
    cuts = sorted({c.line[1] for c, _ in calls} | {n.line[0] for n, _ in numbers} | {0})
    cut = max(cuts, key=lambda y: (sum(p for c, p in calls if c.line[1] <= y)
                                   + sum(p for n, p in numbers if n.line[0] >= y), -y))
    return [c for c, _ in calls if c.line[1] <= cut], [n for n, _ in numbers if n.line[0] >= cut]


def feature_matrix(found: list[Cluster], names: tuple[str, ...]) -> np.ndarray:
    """The clusters' features and every product of two of them: a mark is a conjunction (raised,
    and small, and beside a full-height glyph), which a linear model over single features weighs
    worse (leave-one-source-out F1 of calls 0.951 alone, 0.964 with the products; of notes'
    numbers 0.918 and 0.953)."""
    x = np.array([[c.features.get(name, 0.0) for name in names] for c in found], dtype=float).reshape(-1, len(names))
    upper = np.triu_indices(len(names))
    return np.hstack([x, (x[:, :, None] * x[:, None, :])[:, upper[0], upper[1]]])


@cache
def load(path: Path = MODEL_FILE) -> PageMarks:
    spec = json.loads(path.read_text(encoding="utf-8"))
    check_features_version(spec, FEATURES_VERSION, "raised-marker", "raised-markers")
    return PageMarks(ClusterModel.from_json(spec["calls"]), ClusterModel.from_json(spec["note_numbers"]))


@dataclass(frozen=True)
class Char:
    """A character Tesseract read, with its box in pixels (hOCR `x_bboxes`)."""

    text: str
    left: int
    top: int
    right: int
    bottom: int


def hocr_lines(hocr: str) -> dict[int, list[list[Char]]]:
    """Tesseract's hOCR reading (with `hocr_char_boxes`): page (1-based in the file) → its lines,
    each its characters in order, as the text output prints them."""
    from lxml import etree

    root = etree.fromstring(hocr.encode("utf-8"), etree.XMLParser(recover=True, resolve_entities=False))
    pages: dict[int, list[list[Char]]] = {}
    for number, page in enumerate(root.iterfind(".//{*}div[@class='ocr_page']"), 1):
        lines = pages.setdefault(number, [])
        for line in page.iterfind(".//{*}span"):
            if line.get("class") not in LINE_CLASSES:
                continue
            chars = [Char(span.text, *map(int, span.get("title").split(";")[0].split()[1:5]))
                     for span in line.iterfind(".//{*}span[@class='ocrx_cinfo']") if span.text and span.text.strip()]
            if chars:
                lines.append(chars)
    return pages


def write_marks(text: str, lines: list[list[Char]], calls: list[Cluster], numbers: list[Cluster]) -> tuple[str, int]:
    """The page's OCR text with its calls and notes' numbers written where they stand, over the
    characters Tesseract read inside their boxes, else between the characters around them:
    calls as superscripts ¹ ² ³, numbers as `1 `, `2 `, each counted in reading order on the
    page, so that the layout pairs the n-th call with the n-th note by number. Unchanged (and
    0) where the text's lines are not the characters' lines; else the calls written."""
    rows = text.split("\n")
    printed = [k for k, row in enumerate(rows) if row.strip()]
    if len(printed) != len(lines) or any("".join(c.text for c in line) != "".join(rows[k].split())
                                         for k, line in zip(printed, lines)):
        return text, 0
    places: dict[str, list[tuple[int, int, int]]] = {"call": [], "number": []}  # row, first character, past the last
    boxes = [(min(c.left for c in line), min(c.top for c in line),
              max(c.right for c in line), max(c.bottom for c in line)) for line in lines]
    for kind, found in (("call", calls), ("number", numbers)):
        for mark in found:
            at = _line_of(mark, boxes)
            if at is None:
                continue
            em = mark.line[1] - mark.line[0]  # a circled number is an em wide: all of it is its reading
            reach = mark.right if kind == "call" else max(mark.right, mark.left + NUMBER_WIDTH * em)
            start, end = _span_in(mark, lines[at], reach)
            opening = "".join(c.text for c in lines[at][:start])
            if kind == "call" and (len(opening) < 2 or not OPENED.search(opening)):
                continue  # a note's own number (read as `@`, `GD`, `回`): a call never opens a line
            if kind == "number" and start:
                continue  # a note's number opens its line
            before = [len(c.text) for c in lines[at]]  # a box may hold more than one character (ﬁ)
            places[kind].append((printed[at], sum(before[:start]), sum(before[:end])))
    edits = [(row, start, end, str(n).translate(TO_SUPERSCRIPT) if kind == "call" else f"{n} ")
             for kind, found in places.items() for n, (row, start, end) in enumerate(sorted(found), 1)]
    for row, start, end, mark in sorted(edits, reverse=True):
        columns = [k for k, ch in enumerate(rows[row]) if not ch.isspace()]  # character k of the line → column
        begin = columns[start] if start < len(columns) else len(rows[row])
        stop = columns[end - 1] + 1 if end > start else begin
        rest = rows[row][stop:].lstrip(" ") if mark.endswith(" ") else rows[row][stop:]
        rows[row] = rows[row][:begin] + mark + rest
    return "\n".join(rows), len(places["call"])


def _line_of(mark: Cluster, boxes: list[tuple[int, int, int, int]]) -> int | None:
    """The OCR line the mark is printed in (of the lines' boxes: left, top, right, bottom): of
    those beside it, the one its rows overlap most."""
    best, most = None, 0
    for k, (left, top, right, bottom) in enumerate(boxes):
        overlap = min(bottom, mark.bottom) - max(top, mark.top)
        if overlap > most and left - mark.right < bottom - top and mark.left - right < bottom - top:
            best, most = k, overlap
    return best


def _span_in(mark: Cluster, line: list[Char], right: float) -> tuple[int, int]:
    """The characters of the line that Tesseract read between the mark's left edge and `right`
    (their boxes' centres), [start, end), punctuation aside (`。@` is the sentence's end and the
    call's misreading); where it read nothing else there, the empty span where the mark goes."""
    inside = [k for k, c in enumerate(line) if mark.left <= (c.left + c.right) / 2 <= right]
    while inside and PUNCTUATION.match(line[inside[0]].text):
        inside.pop(0)
    while inside and PUNCTUATION.match(line[inside[-1]].text):
        inside.pop()
    if inside:
        return inside[0], inside[-1] + 1
    before = sum((c.left + c.right) / 2 < (mark.left + mark.right) / 2 for c in line)
    return before, before
