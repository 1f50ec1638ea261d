"""Pages and footnotes from decided line roles.

A page ends where its notes end (body text after note lines), at its furniture (a running
header or folio after the page's text), or, in a file where few lines start with whitespace,
where text starts with it (the corpus's extractor marks a new page's first block so). A note
begins at a `note_start` line, printed number or not, and, whatever role it was given, at a line
of the page's notes that prints the number after the open note's (③ after ②, with the line its
text goes on in) or a page's first number before its note 2. Where the numbers were lost,
citations pair the page's notes with its markers by position, so a page's note lines are split
into as many notes as its body has markers, at the lines likeliest to open a note, when the roles
alone split them otherwise; where some were lost among numbered ones, a gap's lines are as many
notes as the numbers it leaves out. Note lines at the top of a page's note area, before any note
starts, go on from the last note of the page before (a note the page break cut). Notes on a
page whose text cites none, after a page that cites some and has no notes, are that page's:
the break between them was a text block the extractor moved, not a page.
"""

from __future__ import annotations

import math
import re

from pipeline.document import Document, Line, Page

from . import debris
from .model import FRONT_KINDS
from .rules import (
    _bare_numbers,
    _continue_note,
    _ends_note,
    _make_notes,
    load_patterns,
    marker_pattern,
    note_number_pattern,
    number_value,
)

FURNITURE_ROLES = ("header", "page_number")
NOTE_ROLES = ("note_start", "note_cont")
TEXT_ROLES = ("body", "heading")


def pages_from_roles(
    lines: list[Line], roles: dict[int, str], style: str, opens: dict[int, float], lead_breaks: bool = False,
    indented: frozenset[int] = frozenset(), noted: dict[int, float] | None = None,
) -> list[Page]:
    """Walk the lines with their roles (by line number; blank lines have none); `opens` holds
    how likely each note line is to open a note, `noted` how likely each line is to be a note's
    at all. With `lead_breaks`, text that starts with whitespace after the page's text starts a
    page too: extractors that indent only a new text block do so at a page's top. Numberless
    notes that each open at an `indented` line (`indented_openings`) stand as printed, whatever
    the count of the page's markers. Where a page's numberless notes are fewer than its markers,
    a text line right before its first note line or right after its last (before a blank line
    or furniture) is a note's, when it holds no marker and the model gives it a note's role with
    patterns.json `note_edge_min_probability`: the page's first or last note line, read as text."""
    number = note_number_pattern(style)
    pat = load_patterns()
    marker = marker_pattern(style)
    edge = pat.line_role_model.note_edge_min_probability

    def carried_over() -> bool:
        """The note lines before the page's first note go on from the page before's last note."""
        return len(pages) > 1 and bool(pages[-2].notes)

    def note_edge(ln: Line | None, next_to: Line | None) -> bool:
        """`ln` is a text line next to the page's notes (`next_to`, a note line) that may be one
        of them: the page's numberless notes are fewer than its markers."""
        return (ln is not None and next_to is not None and abs(ln.no - next_to.no) == 1
                and not any(number.match(block[0].stripped) for block in blocks)
                and len(blocks) + bool(carried and not carried_over()) < markers and not marker.search(ln.text)
                and (noted or {}).get(ln.no, 0.0) >= edge)
    pages = [Page(1)]
    blocks: list[list[Line]] = []  # the open page's notes
    carried: list[Line] = []  # note lines before the page's first note starts
    markers = 0  # on the open page's text lines
    said: list[str] = []  # the open page's text, and before each of its markers the sentence it ends
    contexts: list[str] = []
    contexts_before: list[str] = []  # the page before's, when it closed without notes
    calls = 0  # the same, bracketed numbers ([1] of a page's footnotes) always
    markers_before = 0  # on the page before, when it closed without notes
    has_text = in_notes = False
    by_no = {ln.no: ln for ln in lines}
    overridden: Line | None = None  # the last note line the roles read as text
    last_text: Line | None = None  # the open page's last text line before its notes

    def close() -> None:
        nonlocal blocks, carried, has_text, in_notes, markers, markers_before, calls, said, contexts, contexts_before
        nonlocal last_text
        page = pages[-1]
        first = carried[0] if carried else blocks[0][0] if blocks else None
        if note_edge(last_text, first):  # the page's first note line, read as text
            roles[last_text.no], last_text.kind = "note_start", "note"
            blocks, carried = [[last_text, *carried], *blocks], []
        if blocks and not markers and markers_before:  # a page break put in before the page's own notes
            _merge_into_previous(pages, by_no)
            page, markers = pages[-1], markers_before
            blocks, carried, contexts = ([carried] if carried else []) + blocks, [], contexts_before
        printed = all(block[0].no in indented for block in blocks)
        if blocks and not printed and not any(number.match(block[0].stripped) for block in blocks):
            blocks = _split_by_count(blocks, markers, opens, contexts)
        elif blocks:
            blocks = _lost_numbers(blocks, number, calls, opens, contexts)
        if carried and carried_over():
            _continue_note(pages[-2], carried)
        elif carried:
            blocks.insert(0, carried)
        page.notes = _make_notes(blocks, page.number, number) if blocks else []
        markers_before = 0 if page.notes else markers
        contexts_before = [] if page.notes else contexts
        blocks, carried, has_text, in_notes, markers, calls = [], [], False, False, 0, 0
        said, contexts, last_text = [], [], None
        pages.append(Page(len(pages) + 1))

    first_notes = _first_notes_read_as_text(lines, roles, number)
    # with no reference list, bracketed numbers ([12]) call the page's footnotes: they count
    footnote_brackets = not listed_lines(roles)
    for ln in lines:
        role = roles.get(ln.no)
        if role is None:
            ln.page = pages[-1].number
            continue
        if ln.no in first_notes:
            role = roles[ln.no] = "note_start"  # [1] before the page's [2], read as text
            ln.kind, overridden = "note", ln
        if role in TEXT_ROLES and in_notes and blocks and _next_number(ln, blocks[-1][0], number):
            role = roles[ln.no] = "note_start"  # [2] after [1]'s note, read as text: a note all the same
            ln.kind, overridden = "note", ln
        elif role in TEXT_ROLES and blocks and overridden is blocks[-1][-1] and not _ends_note(overridden.stripped):
            role = roles[ln.no] = "note_cont"  # and the line its text goes on in
            ln.kind, overridden = "note", ln
        if role in TEXT_ROLES and in_notes and blocks and roles.get(ln.no + 1) in (None, *FURNITURE_ROLES) \
                and note_edge(ln, blocks[-1][-1]):
            role = roles[ln.no] = "note_start"  # the page's last note line, read as text
            ln.kind = "note"
        new_block = lead_breaks and ln.block_lead and has_text
        if role in FURNITURE_ROLES and has_text or role in TEXT_ROLES and (in_notes or new_block):
            close()
        if role == "note_start" or role == "note_cont" and blocks and _next_number(ln, blocks[-1][0], number):
            blocks.append([ln])
        elif role == "note_cont" and blocks:
            blocks[-1].append(ln)
        elif role == "note_cont":
            carried.append(ln)
        if role in TEXT_ROLES:
            last_text = None if in_notes else ln
            found = len(marker.findall(ln.text))
            calls += found
            markers += found - (0 if footnote_brackets else len(re.findall(pat.bracket_marker, ln.text)))
            contexts += _contexts(said, ln.text, style, None if footnote_brackets else pat.bracket_marker)
        in_notes = in_notes or role in NOTE_ROLES
        has_text = has_text or role not in (*FURNITURE_ROLES, "front")  # front matter starts no page
        ln.page = pages[-1].number
        pages[-1].lines.append(ln.no)
    close()
    return [p for p in pages if p.lines]


def _first_notes_read_as_text(lines: list[Line], roles: dict[int, str], number: re.Pattern[str]) -> set[int]:
    """Lines the roles read as text that print a page's first note numbers ([1], [2] …) right
    before a note printing the next: the page's first notes, whose body line before them stopped
    mid-sentence (这是197 / [1] Coalition…)."""
    numbered = [(ln, number_value(m.group(1))) for ln in lines
                if roles.get(ln.no) is not None and (m := number.match(ln.stripped))]
    found: set[int] = set()
    for j, (ln, value) in enumerate(numbered):
        if roles[ln.no] not in NOTE_ROLES or not value or value < 2 or j < value - 1:
            continue
        before = numbered[j - value + 1 : j]  # the lines that would print 1 … value - 1
        if all(v == k and roles[b.no] in TEXT_ROLES for k, (b, v) in enumerate(before, 1)):
            found |= {b.no for b, _ in before}
    return found


def _next_number(ln: Line, opening: Line, number: re.Pattern[str]) -> bool:
    """The line starts with the number after the one that opens the open note."""
    this, last = number.match(ln.stripped), number.match(opening.stripped)
    if this is None or last is None:
        return False
    value, before = number_value(this.group(1)), number_value(last.group(1))
    return value is not None and before is not None and value == before + 1


def _merge_into_previous(pages: list[Page], by_no: dict[int, Line]) -> None:
    """The open page's lines join the page before (which closed without notes): extraction
    started a text block, read as a new page, between a page's body and its notes."""
    page = pages.pop()
    for no in page.lines:
        by_no[no].page = pages[-1].number
    pages[-1].lines += page.lines


def _lost_numbers(blocks: list[list[Line]], number: re.Pattern[str], calls: int,
                  opens: dict[int, float], contexts: list[str] | None = None) -> list[list[Line]]:
    """A page's numbered notes where some lost their numbers (`[3]` first, ③ after ①, or the
    last ones): the lines from a numbered note to the next number are as many notes as the
    numbers say (① … ③ holds two; [5] and two numberless blocks before [6], one), the
    numberless lines before the first number as many as the numbers before it, and those from
    the last number on as many as the page's `calls` leave where that is more than they were
    (never fewer: a line the layout took for a note after a page's last note, the next page's
    first, must not lengthen it); each piece split or joined at the lines likeliest to open a
    note (fitting their markers' sentences where the page's `contexts` are all known)."""
    if any(_bare_numbers(block[0].text, number) for block in blocks):
        return blocks  # numbers standing apart, each handed to a text below (`_make_notes`)
    heads = [number.match(block[0].stripped) for block in blocks]
    values = [number_value(head.group(1)) if head else None for head in heads]
    numbered = [k for k, value in enumerate(values) if value is not None]
    if not numbered:
        return blocks
    first = values[numbered[0]]
    pieces = [(0, numbered[0], first - 1)] if numbered[0] else []  # (from block, to block, notes)
    pieces += [(a, b, values[b] - values[a]) for a, b in zip(numbered, numbered[1:])]
    known = sum(want for _, _, want in pieces)
    pieces.append((numbered[-1], len(blocks), max(calls - known, len(blocks) - numbered[-1])))
    if any(want < 1 for _, _, want in pieces):
        return blocks
    fits = contexts if contexts is not None and len(contexts) == sum(want for _, _, want in pieces) else None
    out: list[list[Line]] = []
    done = 0
    for a, b, want in pieces:
        said = fits[done : done + want] if fits else None
        out += blocks[a:b] if b - a == want else _split_by_count(blocks[a:b], want, opens, said)
        done += want
    return out


def _contexts(said: list[str], text: str, style: str, bracket_marker: str | None) -> list[str]:
    """The sentence each footnote marker of a text line ends (endnote numbers aside, where
    `bracket_marker` gives them), the page's text before it read too; the line joins `said`."""
    found = [m.start() for m in marker_pattern(style).finditer(text)
             if bracket_marker is None or not re.fullmatch(bracket_marker, m.group(0))]
    joined, lead = "".join(said) if found else "", len(text) - len(text.lstrip())
    said.append(text.strip())
    return [debris.context_before(joined + text[lead:at], len(joined) + at - lead) for at in found]


def _split_by_count(blocks: list[list[Line]], markers: int, opens: dict[int, float],
                    contexts: list[str] | None = None) -> list[list[Line]]:
    """Numberless notes split into as many notes as the page has markers (when it has lines
    enough), each opening at one of the lines likeliest to open a note, after a line that ends
    as a note does where there are enough of those, each note fitting the sentence its marker
    ends (`contexts`, `note_cuts`); else as they were. A split that agrees with the count stands
    unless a note opens after a line that cannot end one."""
    flat = [ln for block in blocks for ln in block]
    after_end = [k for k in range(1, len(flat)) if _ends_note(flat[k - 1].stripped)]
    starts = [sum(len(block) for block in blocks[:k]) for k in range(1, len(blocks))]
    sound = set(starts) <= set(after_end) or len(after_end) < markers - 1
    if not markers or markers == len(blocks) and sound or len(flat) < markers:
        return blocks
    cuts = [0, *note_cuts(flat, markers, opens, contexts)]
    return [flat[a:b] for a, b in zip(cuts, [*cuts[1:], len(flat)])]


def note_cuts(flat: list[Line], count: int, opens: dict[int, float], contexts: list[str] | None = None) -> list[int]:
    """Where `count` notes open among a page's note lines after the first (their indices): at
    the lines likeliest to open a note, after a line that ends as a note does where there are
    enough of those. With the sentences the page's `count` markers end (`contexts`), the cuts
    whose openings' log-odds and notes' fit to their markers' sentences (the affinity decision
    of `debris`) add up highest: two openings the model finds as likely are told apart by the
    notes they make."""
    after_end = [k for k in range(1, len(flat)) if _ends_note(flat[k - 1].stripped)]
    pool = after_end if len(after_end) >= count - 1 else list(range(1, len(flat)))
    if contexts is None or len(contexts) != count or count < 2:
        return sorted(sorted(pool, key=lambda k: -opens.get(flat[k].no, 0.0))[: count - 1])
    return _fitting_cuts(flat, pool, opens, contexts)


def _fitting_cuts(flat: list[Line], pool: list[int], opens: dict[int, float], contexts: list[str]) -> list[int]:
    """`note_cuts` with the notes' fit: the best of every ordered choice of cuts from `pool`
    (dynamic programming over the notes in order)."""
    affinity = debris.load().affinity
    text = [ln.stripped for ln in flat]

    def fit(note: int, a: int, b: int) -> float:
        return float(affinity.log_odds([debris.affinity_features(contexts[note], " ".join(text[a:b]))])[0])

    # best[a]: (the best score of the notes before the open one, their cuts), the open one at line a
    best: dict[int, tuple[float, list[int]]] = {0: (0.0, [])}
    for note in range(len(contexts) - 1):
        following: dict[int, tuple[float, list[int]]] = {}
        for b in pool:
            options = [(score + fit(note, a, b) + _opening_odds(flat[b], opens), [*cuts, b])
                       for a, (score, cuts) in best.items() if a < b]
            if options:
                following[b] = max(options, key=lambda option: option[0])
        best = following
    ends = [(score + fit(len(contexts) - 1, a, len(flat)), cuts) for a, (score, cuts) in best.items()]
    return max(ends, key=lambda end: end[0])[1] if ends else []


def note_split(flat: list[Line], count: int, opens: dict[int, float]) -> tuple[float, list[int]]:
    """A page's note lines read as `count` notes: where they open (`note_cuts`) and how well,
    the log-odds of opening a note of the lines they open at."""
    cuts = note_cuts(flat, count, opens)
    return sum(_opening_odds(flat[k], opens) for k in cuts), cuts


def _opening_odds(line: Line, opens: dict[int, float]) -> float:
    """The log-odds that `line` opens a note (0.5 where the model has not read it)."""
    p = min(max(opens.get(line.no, 0.5), 1e-6), 1 - 1e-6)
    return math.log(p / (1 - p))


def indented_openings(content: list[Line], roles: dict[int, str]) -> dict[int, str]:
    """Note roles told by indentation: in a run of note lines (a page's notes) whose lines either
    start at the margin or are indented alike, the first of them indented, each indented line
    opens a note and each other goes on with one (an extraction that keeps the page's layout
    prints a footnote's first line indented, its number or not, and its wrapped lines flush)."""
    out: dict[int, str] = {}
    run: list[Line] = []
    for ln in [*content, None]:
        if ln is not None and roles.get(ln.no) in NOTE_ROLES:
            run.append(ln)
            continue
        leads = [len(r.text) - len(r.text.lstrip(" ")) for r in run]
        indented = leads[0] if leads else 0
        if indented >= 2 and set(leads) == {0, indented}:
            out.update((r.no, "note_start" if lead else "note_cont") for r, lead in zip(run, leads))
        run = []
    return out


def roles_from_rules(doc: Document) -> dict[int, str]:
    """The role the rules gave each content line. A note opens at its first line; a line of
    bare note numbers (①, or ①②③ printed apart from their texts) opens a note too, and a
    single number's text below it continues that note."""
    number = note_number_pattern(doc.marker_style)
    starts = {note.lines[0] for note in doc.notes}
    roles: dict[int, str] = {}
    single_number_above = False
    for ln in doc.lines:
        if not ln.stripped:
            continue
        bare = ln.kind == "note" and _bare_numbers(ln.text, number)
        if ln.kind == "note":
            starting = (bare or ln.no in starts) and not (single_number_above and not bare)
            roles[ln.no] = "note_start" if starting else "note_cont"
        else:
            roles[ln.no] = role_of(ln.kind)
        single_number_above = bare == 1
    return roles


def listed_lines(roles: dict[int, str]) -> set[int]:
    """The lines of the reference list: where there are any, the document's bracketed numbers
    ([12]) cite it, and none calls a footnote."""
    return {no for no, role in roles.items() if role == "reference"}


def role_of(kind: str) -> str:
    """The model's role for a rules' line kind other than a note."""
    if kind in FRONT_KINDS:
        return "front"
    if kind in ("reference_heading", "reference"):
        return "reference"
    return "back" if kind == "editor_note" else kind
