"""Superscript markers that a PDF text layer flattened into plain digits (等物资。16月).

A text layer keeps a superscript's digit but not its height, so `物资¹6月` comes out as
`物资。16月`. Alone, such a digit cannot be told from the text's numbers; but a page whose foot
holds notes numbered 1, 2, … k must carry markers 1 … k in its text, in that order (notes
numbered through the article: n … n+k-1, n following the last page's last note). For each
such page the best-scoring places for them are chosen (a dynamic programme over the candidate
places, scored by their neighbouring characters, models/layout/plain_markers.json) and the
digits there are read as superscript glyphs, in place: the line's text keeps its length, so
raw offsets hold, and the superscript reading of the rules takes over from there. OCR leaves
no digit to find: it reads the marker's glyph as debris (`。9%2022年`, `增多。?国内`), which is
looked for where no digit serves (`_debris_places`: the learned decision of `debris.py` says
which characters may be a call's) and read as the page's markers in order, some left without
a place, how many calls and notes a page has decided together with where its notes open.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from dataclasses import dataclass, replace
from functools import cache
from itertools import repeat
from pathlib import Path
from typing import Callable, NamedTuple

import numpy as np

from pipeline.document import FURNITURE, Document, Line
from pipeline.resources import MODELS

from . import debris as debris_model

SPEC_FILE = MODELS / "layout" / "plain_markers.json"
TO_SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
DAY_UNITS = {"月": 12, "日": 31, "号": 31}  # a number before the unit is at most this
TRAILING_DIGITS = re.compile(r"[0-9]+$")
UNREACHABLE = -(10**9)  # the total of a place no earlier marker's place comes before


@dataclass(frozen=True)
class Spec:
    note_head: re.Pattern[str]
    min_score: int
    strong_score: int  # a marker's place where the notes' count does not ask for it
    min_pages: int
    before: tuple[tuple[re.Pattern[str], int], ...]
    after: tuple[tuple[re.Pattern[str], int], ...]
    not_units: tuple[str, ...]  # words opening with a unit's character: 日本
    debris_ones: str  # characters OCR reads a digit 1 as (1971]年): the number they end is unsure
    range_marks: str  # what joins a range's numbers (11一12月)
    max_skip_share: float  # of a page's notes, the most whose calls go without a place among debris
    bracketed_share: float  # of the page notes, the least share printing [n] for a document of bracketed footnotes


@cache
def load_spec(path: Path = SPEC_FILE) -> Spec:
    spec = json.loads(path.read_text(encoding="utf-8"))

    def scores(group: dict) -> tuple[tuple[re.Pattern[str], int], ...]:
        return tuple((re.compile(f"[{v['chars']}]"), v["score"]) for k, v in group.items() if not k.startswith("_"))

    after = {k: v for k, v in spec["after"].items() if k != "not_units"}
    return Spec(re.compile(spec["note_head"]), spec["min_score"], spec["strong_score"], spec["min_pages"],
                scores(spec["before"]), scores(after), tuple(spec["after"]["not_units"]),
                spec["ocr_debris"]["ones"], spec["ocr_debris"]["range_marks"], spec["ocr_debris"]["max_skip_share"],
                spec["ocr_debris"]["bracketed_share"])


@dataclass(frozen=True)
class Place:
    line: Line
    column: int  # of the digits in the line's text
    digits: str  # the characters there, as printed
    score: float
    number: str = ""  # the marker read where the characters are OCR debris (its glyph misread)
    context: str = ""  # of debris: the sentence it ends (`debris.context_before`)

    @property
    def superscript(self) -> str:
        """The place's characters read as the marker, in as many superscript digits (`9%` as marker
        1: ⁰¹), so that the line keeps its length; more where the marker's number is longer (`m` as
        marker 13: ¹³, the line's `spans` then saying where each character came from)."""
        return (self.number or self.digits).rjust(len(self.digits), "0").translate(TO_SUPERSCRIPT)


def read_plain_markers(lines: list[Line], body_start: int) -> int:
    """Turn the plain-digit markers of pages with plain-numbered notes into superscript digits,
    in the lines' text; the number of markers read (0 when the document is not read so)."""
    spec = load_spec()
    if any(ch in "⁰¹²³⁴⁵⁶⁷⁸⁹" for ln in lines for ch in ln.text):
        return 0  # superscripts survived: the rules read them
    return _read([(text, first, count) for text, first, count in _pages(lines[body_start:], spec) if count], spec)


def read_numbers_past_glyphs(lines: list[Line], body_start: int, glyphs: str, first: int) -> int:
    """Notes numbered in glyphs go on in plain digits past the last (㊿ is 50: Unicode has no
    51): from the body line that cites it on, the markers `first` (51), 52 … are read in order,
    each at its best place in its line (scored as flattened superscripts are), and written as
    superscript digits in place; a line that opens with the number of the next note whose
    marker was read is that note's head, its number written so too. Read only where a note's
    head confirms the markers; the number of markers read."""
    spec, last = load_spec(), glyphs[-1]
    start = next((k for k, ln in enumerate(lines[body_start:], body_start)
                  if ln.kind != "note" and last in ln.stripped[1:]), None)
    if start is None:
        return 0
    found: list[Place] = []
    heads: list[Line] = []
    for k in range(start, len(lines)):
        ln = lines[k]
        head = spec.note_head.match(ln.text)
        if head and int(head.group(1)) == first + len(heads) and len(heads) < len(found):
            heads.append(ln)
            continue
        after = next((nxt for nxt in lines[k + 1 :] if nxt.stripped), None)
        from_column = ln.text.find(last) + 1 if k == start else 0
        while place := _first_place(ln, after, str(first + len(found)), from_column, spec):
            found.append(place)
            from_column = place.column + len(place.digits)
    if not heads:
        return 0
    for ln in heads:
        head = spec.note_head.match(ln.text)
        ln.text = ln.text[: head.start(1)] + head.group(1).translate(TO_SUPERSCRIPT) + ln.text[head.end(1) :]
        ln.kind = "note"
    return _write([found], 1, spec)


def _first_place(ln: Line, after: Line | None, digits: str, from_column: int, spec: Spec) -> Place | None:
    """The first place in `ln`, at or after `from_column`, where `digits` read as a marker (the
    line after it gives the characters that follow its end)."""
    places = _places([ln] if after is None else [ln, after], digits, spec)
    return next((p for p in places if p.line is ln and p.column >= from_column), None)


def read_numbered_debris(doc: Document, marker_glyphs: str, bracket_marker: str) -> int:
    """Where the notes print plain numbers but the body shows no marker of any style (OCR read the
    superscripts as debris: `物资。!:6月`), the markers of each page of numbered notes are looked
    for among its digits, then among OCR's debris, some left without a place (`_read`). Run after
    the line roles are decided, on the lines' text as `read_plain_markers` changes it; the number
    of markers read. A document of bracketed footnotes (`bracketed_share` of its notes print
    `[n]`) is read by `_read_bracketed_debris`."""
    spec = load_spec()
    marker = _any_marker(marker_glyphs, bracket_marker)
    numbers = _bracketed_numbers(doc)
    values = [value for page in numbers for value in page]
    if values and sum(value is not None for value in values) >= spec.bracketed_share * len(values):
        return _read_bracketed_debris(doc, numbers, marker, spec)
    if any(marker.search(ln.text) for ln in doc.lines if ln.kind == "body"):
        return 0
    start = next((k for k, ln in enumerate(doc.lines) if ln.kind == "body"), len(doc.lines))
    pages = [page for page in _pages(doc.lines[start:], spec) if page[2]]
    by_number = {(page.number, int(n.number)): n.text.text for page in doc.pages for n in page.notes
                 if n.number and n.number.isascii() and n.number.isdigit()}
    notes = [[by_number.get((text[0].page if text else 0, first + k), "") for k in range(count)]
             for text, first, count in pages]
    return _read(pages, spec, notes)


def _bracketed_numbers(doc: Document) -> list[list[int | None]]:
    """Each page's notes' bracketed numbers (`[12]` → 12; None for a note printing another number
    or none)."""
    from .rules import bracketed_number  # here: rules imports this module

    return [[bracketed_number(n) for n in page.notes] for page in doc.pages]


def _read_bracketed_debris(doc: Document, numbers: list[list[int | None]], marker: re.Pattern[str],
                           spec: Spec) -> int:
    """Footnotes numbered `[1]` … through the article (`numbers`: `_bracketed_numbers`), most of
    their raised calls read by OCR as debris (`回`, `钙”`, `B7]`): each page whose text shows none
    of its calls has them looked for among its debris, numbered as its notes' printed numbers
    agree (`_first_number`; a first note that goes on with the page before's last has no call
    here); a page whose calls survived keeps them (a call of a number among its notes': `[4]` on
    a page of notes [45]–[48] is what OCR left of [46]). Their debris is told by the decisions learned on bracketed
    readings (`[281`, `B21` as much as `m`), and which number each is read as by what it
    shares with it (the debris model's `numbers`); the text after the page's is read with it (a
    date the page break cut: `…生存权。9` | `月14日` holds no call)."""
    body = [ln for ln in doc.lines if ln.kind == "body"]
    if sum(len(marker.findall(ln.text)) for ln in body) * 2 >= sum(len(page.notes) for page in doc.pages):
        return 0  # most calls survived: a text layer, or OCR that read them
    pages, notes, follows, last = [], [], [], 0
    following = {ln.no: after.stripped for ln, after in zip(body, body[1:])}
    for page, values in zip(doc.pages, numbers):
        if not page.notes:
            continue
        first = _first_number(values, last)
        calls, last = max(first, last + 1), first + len(page.notes) - 1
        text = [ln for ln in body if ln.page == page.number]
        survived = any(calls <= _number(found) <= last for ln in text for found in marker.findall(ln.text))
        if calls <= last and not survived:
            pages.append((text, calls, last - calls + 1))
            notes.append([note.text.text for note in page.notes[calls - first :]])
            follows.append(following.get(text[-1].no, "") if text else "")
    return _read(pages, spec, notes, follows)


def _number(marker: str) -> int:
    """A marker's number (`[12]`, `¹²`, `⑫` → 12; 0 for none)."""
    from .rules import number_value  # here: rules imports this module

    return number_value(marker) or 0


def _first_number(values: list[int | None], last: int) -> int:
    """The number of a page's first note: the one most of its printed numbers agree on (each less
    its place among the notes; OCR misreads some: `7` for [17]), never before the page before's
    `last` (that note itself where the page's first note goes on with it); `last` + 1 where no
    number agrees."""
    offsets = Counter(value - k for k, value in enumerate(values) if value is not None and value - k >= max(last, 1))
    return max(offsets, key=lambda first: (offsets[first], -first)) if offsets else last + 1


def _read(pages: list[tuple[list[Line], int, int]], spec: Spec, notes: list[list[str]] | None = None,
          follows: list[str] | None = None) -> int:
    """Read the markers of each (text lines, first note's number, note count) page as digits; with
    the pages' `notes` (the notes print their numbers: their texts, in order), a page whose digits
    do not all show is read among OCR's debris, some markers left without a place
    (`max_skip_share`); with `follows` (the text after each page's), the notes are bracketed,
    numbered through the article (`_read_bracketed_debris`)."""
    found = [_best_places(text, count, spec, first=first) for text, first, count in pages]
    if notes is not None:
        bracketed = follows is not None
        found = [places or _best_places(text, count, spec, first=first,
                                        debris=_debris_places(text, spec, bracketed, follow),
                                        skips=int(count * spec.max_skip_share), notes=texts, numbered=bracketed)
                 for places, (text, first, count), texts, follow in zip(found, pages, notes, follows or repeat(""))]
    return _write(found, len(pages), spec)


def _write(found: list[list[Place] | None], pages: int, spec: Spec) -> int:
    """Write each page's markers found into its lines' text, where enough of the `pages` read;
    the number of markers written."""
    read = [places for places in found if places]
    if not read or len(read) < min(spec.min_pages, pages):
        return 0
    for places in read:
        for place in sorted(places, key=lambda p: (p.line.no, p.column), reverse=True):  # columns hold
            ln, end, written = place.line, place.column + len(place.digits), place.superscript
            if len(written) != len(place.digits):  # OCR's debris shorter than the number (`m` for ¹³)
                spans = ln.spans or [(ln.start + k, ln.start + k + 1) for k in range(len(ln.text))]
                debris = (spans[place.column][0], spans[end - 1][1])
                ln.spans = spans[: place.column] + [debris] * len(written) + spans[end:]
            ln.text = ln.text[: place.column] + written + ln.text[end:]
            ln.kind = "body" if ln.kind in FURNITURE else ln.kind  # a marker set apart, no folio
    return sum(len(places) for places in read)


def read_markers_from_notes(doc: Document, marker_glyphs: str, bracket_marker: str, superscript: bool = False,
                            split: Callable[[list[Line], int], tuple[float, list[int]]] | None = None) -> int:
    """Where the notes lost their numbers too: a document whose body holds no marker of any
    style (or markers and numbered notes fewer than a quarter of its notes: a running header's
    folio read as a call, a note number OCR read), with pages of numberless notes, has its
    markers looked for as plain digits, 1 … k on
    a page of k notes; in a document of superscript markers (`superscript`: read on the pages
    whose notes kept their numbers), each page whose body holds no marker and whose notes have
    no number: as many markers as notes, or one fewer (the layout cut a note in two), at their
    best places; fewer still only where each is placed surely (`strong_score`). The lines' text
    is changed as `read_plain_markers` changes it; the number of markers read (0 when too few
    pages are read). A page may have more markers than
    notes, one per note line at most, where each marker past the notes' count is placed surely
    (`strong_score`). Where no page reads so and `split` is given (where a page's note lines open
    so many notes, and the log-odds of it), the calls of every page whose notes have no number and
    whose text no marker are looked for among OCR's debris, how many calls and notes it has
    decided together (`_calls_and_notes`); in a superscript document too (Tesseract reads a
    superscript call as `,` or `'` as often as a digit).
    `marker_glyphs`, `bracket_marker`: every marker style's glyphs, and the bracketed endnote
    number's pattern (patterns.json)."""
    spec = load_spec()
    marker = _any_marker(marker_glyphs, bracket_marker)
    body = [ln for ln in doc.lines if ln.kind == "body"]
    marked = sum(len(marker.findall(ln.text)) for ln in body) + sum(1 for n in doc.notes if n.number)
    if not superscript and marked and marked * 4 >= len(doc.notes):
        return 0
    pages, unmarked = [], []
    for page in (page for page in doc.pages if page.notes and not any(n.number for n in page.notes)):
        text = [ln for ln in body if ln.page == page.number]
        if any(marker.search(ln.text) for ln in text):
            continue
        unmarked.append((text, [doc.lines[no - 1] for note in page.notes for no in note.lines], len(page.notes)))
        count, most = len(page.notes), sum(len(note.lines) for note in page.notes)
        while count < most and _best_places(text, count + 1, spec, strong_from=count):
            count += 1  # a short note (同上。) the layout took for the one above's last line
        while superscript and count > 1 and not _best_places(text, count, spec):
            count -= 1  # notes cut in too many pieces; fewer markers, each placed surely
        if superscript and count < len(page.notes) - 1 and not _best_places(text, count, spec, strong_from=0):
            continue  # markers as many as the notes, or one fewer (a note cut in two), stand without sure places
        pages.append((text, count))
    read = _write([_best_places(text, count, spec) for text, count in pages], len(pages), spec)
    if read or split is None:
        return read
    return _write([_calls_and_notes(text, lines, notes, spec, split) for text, lines, notes in unmarked], len(unmarked), spec)


def _calls_and_notes(text: list[Line], note_lines: list[Line], notes: int, spec: Spec,
                     split: Callable[[list[Line], int], tuple[float, list[int]]]) -> list[Place] | None:
    """The page's calls among OCR's debris, their count deciding how many notes its note lines
    are: the count, within two of the layout's `notes`, whose calls' best places (their
    log-odds, less `skip_cost` for each left without one, and how well each fits its note)
    and whose notes' openings (`split`) together score highest."""
    pool = _debris_places(text, spec)
    skip_cost = debris_model.load().skip_cost
    best, chosen = -math.inf, None
    for count in range(max(1, notes - 2), min(len(note_lines), notes + 2) + 1):
        opening, cuts = split(note_lines, count)
        texts = [" ".join(ln.stripped for ln in note_lines[a:b]) for a, b in zip([0, *cuts], [*cuts, len(note_lines)])]
        places = _best_places(text, count, spec, debris=pool, skips=int(count * spec.max_skip_share), notes=texts)
        if places is None:
            continue
        score = sum(p.score for p in places) - skip_cost * (count - len(places)) + opening
        if score > best:
            best, chosen = score, places
    return chosen


@cache
def _any_marker(marker_glyphs: str, bracket_marker: str) -> re.Pattern[str]:
    """A marker of any style: one of every style's glyphs, or a bracketed endnote number."""
    return re.compile(f"[{re.escape(marker_glyphs)}]|{bracket_marker}")


def _pages(lines: list[Line], spec: Spec) -> list[tuple[list[Line], int, int]]:
    """(the text lines before a run of notes numbered n … n+k-1, n, k) for each page: n is 1, or,
    in an article whose notes are numbered through it, the number after the last page's last
    note (or the one after that, where that note lost its number); inside a run, a number
    skipped where lines stand between its neighbours is a note that lost its number. A page ends at furniture (not a number of one or two digits alone: the run's next note,
    or a marker the extractor set on a line of its own), or where a run's first note follows the
    run (the running header was lost): the lines between two runs are the next page's text (a
    note's last lines with them). A `1` alone opens a run only once note 2 follows it: alone, it
    is as likely a marker set apart."""
    pages: list[tuple[list[Line], int, int]] = []
    text: list[Line] = []
    tail: list[Line] = []  # lines after the run's last note number
    first, count = 1, 0
    last = 0  # the number of the last note of the runs before
    lone_one: int | None = None  # where in `text` a `1` alone stands

    def close() -> None:
        nonlocal last
        pages.append((text, first, count))
        last = first + count - 1 if count else last

    for ln in lines:
        head = spec.note_head.match(ln.text)
        number = int(head.group(1)) if head else None
        alone = head is not None and not ln.text[head.end() :].strip()
        if ln.kind in FURNITURE and number is None:
            close()
            text, tail, first, count, lone_one = [], [], 1, 0, None
            continue
        if number == 2 and lone_one is not None and count != 1:  # the `1` alone opened a run
            if count:
                close()
                text = tail
            text, tail, first, count, lone_one = text[:lone_one], [], 1, 2, None
        elif count and number is not None and first + count <= number <= first + count + (1 if tail else 0):
            count, tail, lone_one = number - first + 1, [], None  # the lines before a skipped number: its note, number lost
        elif (number == 1 or number is not None and last < number <= last + 2 and number > 1) and not alone and (text or tail):
            if count:
                close()
                text = tail
            first, count, tail, lone_one = number, 1, [], None
        elif ln.stripped:
            lines_now = tail if count else text
            lone_one = len(lines_now) if number == 1 and alone else lone_one
            lines_now.append(ln)
    close()
    return pages


def _best_places(text: list[Line], count: int, spec: Spec, strong_from: int | None = None, first: int = 1,
                 debris: list[Place] | None = None, skips: int = 0, notes: list[str] | None = None,
                 numbered: bool = False) -> list[Place] | None:
    """The places of markers first … first+count-1, in order, with the highest total score; None
    when some marker has no place (past the `strong_from`-th, no place scoring `strong_score`).
    With `debris` (the text's `_debris_places`), every marker's candidates are the places of OCR
    debris. Up to `skips` markers may go without a place, each costing the debris model's
    `skip_cost` (OCR dropped the glyph, or merged it into a character: `?同月` read as `?岗月`);
    the places found keep their numbers. With the page's `notes` (their texts, in order), a debris
    place read as a call scores also how much better than the others it fits that call's note
    (the affinity decision's log-odds, less their mean over the notes); `numbered`, and how much
    better than the others it fits that call's number, which may then be longer than the debris
    (`m` read as call 13: elsewhere a call's number is written over as many characters)."""
    skip_cost = debris_model.load().skip_cost if skips else 0.0
    fits = _fits(debris or [], notes or [], count, first if numbered else None)
    candidates = [[p for p in ([replace(d, number=str(first + k), score=d.score + fits[i, k])
                                for i, d in enumerate(debris) if numbered or len(str(first + k)) <= len(d.digits)]
                               if debris is not None else _places(text, str(first + k), spec))
                   if strong_from is None or k < strong_from or p.score >= spec.strong_score] for k in range(count)]
    # best[n][i]: the best total for markers 1 … n+1 with marker n+1 at candidates[n][i]
    best: list[list[tuple[float, int, int]]] = []  # (total, the previous placed marker, its place's index)
    for n, places in enumerate(candidates):
        row = []
        for place in places:
            start = (place.score - skip_cost * n, -1, -1) if n <= skips else (UNREACHABLE, -1, -1)
            earlier = [(total - skip_cost * (n - m - 1), m, k) for m in range(max(0, n - 1 - skips), n)
                       for k, (total, _, _) in enumerate(best[m])
                       if total > UNREACHABLE and _before(candidates[m][k], place)]
            total, m, k = max(earlier) if earlier else start
            row.append((total + place.score, m, k) if earlier else start)
        best.append(row)
        if skips == 0 and (not row or max(row)[0] <= UNREACHABLE):
            return None
    ends = [(best[m][k][0] - skip_cost * (count - 1 - m), m, k) for m in range(max(0, count - 1 - skips), count)
            for k in range(len(best[m]))]
    ends = [end for end in ends if end[0] > UNREACHABLE]
    if not ends:
        return None
    _, m, k = max(ends, key=lambda end: end[0])
    chosen = []
    while m >= 0:
        chosen.append(candidates[m][k])
        _, m, k = best[m][k]
    return chosen[::-1] if count - len(chosen) <= skips else None


def _fits(places: list[Place], notes: list[str], count: int, first: int | None = None) -> np.ndarray:
    """places × the page's `count` calls: how much better than the page's other notes each
    call's note fits the sentence each place ends (0 where the notes are not known); with the
    page's `first` call's number, and how much better than the others each call's number fits
    the place's debris."""
    fits = np.zeros((len(places), count))
    if places and notes:
        affinity = debris_model.load().affinity
        odds = affinity.log_odds([debris_model.affinity_features(p.context, note) for p in places for note in notes])
        odds = odds.reshape(len(places), len(notes))
        fits[:, : min(count, len(notes))] = (odds - odds.mean(axis=1, keepdims=True))[:, :count]
    if places and first is not None:
        numbers = debris_model.load().numbers
        rows = [debris_model.number_features(p.digits, first + k) for p in places for k in range(count)]
        odds = numbers.log_odds(rows).reshape(len(places), count)
        fits += odds - odds.mean(axis=1, keepdims=True)
    return fits


def _before(a: Place, b: Place) -> bool:
    """`a` comes before `b`: digits start before; OCR's debris ends before, not touching (`。s*`
    is one call's debris, never two)."""
    if not a.number:
        return (a.line.no, a.column) < (b.line.no, b.column)
    return a.line.no < b.line.no or a.line.no == b.line.no and a.column + len(a.digits) < b.column


def _places(text: list[Line], digits: str, spec: Spec) -> list[Place]:
    """Where `digits` could be a marker: glued after a character that is not a digit, scored by
    the characters around it; the lines are read joined, so a date broken over two lines
    (`年4` / `月`) is seen whole."""
    joined, where = _joined(text)
    places = []
    for m in re.finditer(f"(?<=[^0-9\\s])(?={digits})", joined):
        at, end = m.start(), m.start() + len(digits)
        rest, unit = _number_after(joined, end, spec)
        if not _plausible(rest, unit, digits):
            continue
        after = "" if not rest and not unit else joined[end : end + 1]
        score = _score(joined[at - 1], spec.before) + _score(after, spec.after)
        if rest and _plausible(digits + rest, unit) and unit in DAY_UNITS:
            score -= 1  # 。12月 is marker 1 before 2月, or 12月 alone
        if score >= spec.min_score:
            line, column = where[at]
            places.append(Place(line, column, digits, score))
    return places


def _debris_places(text: list[Line], spec: Spec, bracketed: bool = False, follow: str = "") -> list[Place]:
    """Where OCR may have left a call whose glyph it misread (`。9%2022年`, `增多。?国内`,
    `。21984年`, `。曙2012年`; of `bracketed` footnotes, `。[281`, `。B21`): each candidate
    (`debris_candidates`) the learned decision (models/layout/ocr_debris.json) offers, scored by
    its log-odds; `follow`, the text after the lines', is read as what follows their last."""
    model = debris_model.load()
    found = debris_candidates(text, spec, debris_model.LONGEST if bracketed else 2, follow)
    odds = (model.bracketed if bracketed else model.calls).log_odds([c.features for c in found])
    least = math.log(model.threshold / (1 - model.threshold))
    return [Place(c.line, c.column, c.token, float(score), context=c.context)
            for c, score in zip(found, odds) if score >= least]


class DebrisCandidate(NamedTuple):
    line: Line
    column: int
    token: str  # the characters that may be a call's debris
    features: dict[str, float]  # what the learned decision reads of them
    context: str  # the sentence they end (`debris.context_before`): what the call's note may echo


def debris_candidates(text: list[Line], spec: Spec, longest: int = 2, follow: str = "") -> list[DebrisCandidate]:
    """The places of the lines' text where a call's debris may stand: one or two characters (up
    to `longest`) after text (not a digit, not a space), within one line, that `debris.offered` allows,
    leaving a number after them that reads as one (`_plausible`: `。1998年` holds no call 1
    before 998年) and is not cut (`_unsure`), never ending in digits that count with it
    (`_counts`: `。12月`; `"49月` offers `"4`, not `"49`): a call read there could change a date.
    `follow`: the text after the lines' (the next page's), read as what follows their last."""
    joined, where = _joined(text)
    limit, joined = len(joined), joined + follow
    ends, starts, offset = set(), set(), 0
    for k, ln in enumerate(text):
        starts.add(offset)
        offset += len(ln.text.strip())
        if k + 1 == len(text) or text[k + 1].no != ln.no + 1:
            ends.add(offset - 1)  # the paragraph (or the page's text) ends here
    found = []
    for at in range(1, limit):
        before = joined[at - 1]
        if before.isdigit() or before.isspace():
            continue
        line, column = where[at]
        for size in range(1, longest + 1):
            token = joined[at : at + size]
            if at + size > limit or column + size > len(line.text.rstrip()) or not debris_model.offered(before, token):
                break
            number = _number_after(joined, at + size, spec)
            trailing = TRAILING_DIGITS.search(token)
            if not _plausible(*number, token) or _unsure(joined, at, token, number, spec) or trailing and any(
                    _counts(trailing.group(0)[k:] + number[0], number[1], spec) for k in range(len(trailing.group(0)))):
                continue
            described = debris_model.features(joined, at, size, number, at + size - 1 in ends, at in starts,
                                              at + size in starts, _rules(joined, at, token, number, spec))
            found.append(DebrisCandidate(line, column, token, described, debris_model.context_before(joined, at)))
    return found


def _rules(joined: str, at: int, token: str, number: tuple[str, str], spec: Spec) -> dict[str, float]:
    """What the plain-digit rules say of debris `token` at `at`, as the decision's features: the
    scores of the characters before and after it."""
    after = "" if not any(number) else joined[at + len(token)]
    return {"rule_before": _score(joined[at - 1], spec.before) / 4, "rule_after": _score(after, spec.after) / 4}


def _unsure(joined: str, at: int, token: str, number: tuple[str, str], spec: Spec) -> bool:
    """The number at debris `token` (its digits with those after it) may be cut: an OCR'd 1
    ends it (1971]年), or it opens a range (11一12月, OCR reads the dash as 一); reading a call
    there could change a date."""
    digits, unit = number
    run = (token if token.isdigit() else "") + digits
    after = at + len(token) + len(digits) + 1
    return bool(run) and bool(unit) and (unit in spec.debris_ones
                                         or unit in spec.range_marks and joined[after : after + 1].isdigit())


def _counts(number: str, unit: str, spec: Spec) -> bool:
    """Digits that with the number after them count something (。9月2日, 。21世纪, 。12月): the
    digit is the number's, not a call's; a call read as one digit before a year of four
    (。22007年) is no such number."""
    return _score(unit, spec.after) < 0 and len(number) <= 4 and _plausible(number, unit)


def _joined(text: list[Line]) -> tuple[str, list[tuple[Line, int]]]:
    """The lines' text stripped and joined, and the line and column each of its characters comes from."""
    joined = "".join(ln.text.strip() for ln in text)
    where = [(ln, k) for ln in text for k in range(len(ln.text) - len(ln.text.lstrip()), len(ln.text.rstrip()))]
    return joined, where


def _number_after(joined: str, end: int, spec: Spec) -> tuple[str, str]:
    """The digits from `end` on and the character after them, its unit ("" for a word that only
    opens with a unit's character: 日本)."""
    run_end = end
    while run_end < len(joined) and joined[run_end].isdigit():
        run_end += 1
    unit = "" if joined.startswith(spec.not_units, run_end) else joined[run_end : run_end + 1]
    return joined[end:run_end], unit


def _plausible(number: str, unit: str, marker: str = "") -> bool:
    """Digits left after a marker read as a number of their own: no leading zero, no year of
    three digits, a month or day within its range, no year cut after the `marker`'s digits
    (、1975和: no marker 1 before 975)."""
    if not number:
        return True
    if number[0] == "0" or unit == "年" and len(number) == 3:  # 。1998年 is no marker 1 before 998年
        return False
    if marker.isdigit() and re.fullmatch(r"(19|20)\d\d", marker + number):
        return False
    return unit not in DAY_UNITS or 1 <= int(number) <= DAY_UNITS[unit]


def _score(char: str, table: tuple[tuple[re.Pattern[str], int], ...]) -> int:
    return next((score for pattern, score in table if pattern.match(char)), 0) if char else 0
