"""Layout recovery: classify raw lines, infer pages and footnote blocks, rejoin paragraphs.

PDF/OCR text keeps the print's line breaks, drops the page structure and interleaves
footnotes and running headers with the body. This stage recovers, from the text alone:
front matter, body, footnote blocks (with the page each belongs to), page furniture,
back matter, paragraphs (from line widths, final punctuation and the print indent) and
the clean body as a `MappedText`. Patterns are data (models/layout/patterns.json).
"""

from __future__ import annotations

import json
import re
import unicodedata
from array import array
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from statistics import median

from pipeline.document import FURNITURE, Document, Line, Note, Page, Paragraph
from pipeline.mapped import MappedText
from pipeline.resources import MODELS
from pipeline.stages.normalize import expand_classes, fullwidth_digits, normalize, note_glyph_runs, pua_characters

from .folios import AFTER_THE_TEXT, label_pages
from .plain_markers import read_numbers_past_glyphs, read_plain_markers

PATTERNS_FILE = MODELS / "layout" / "patterns.json"
NOTE_BRACKETS = "[［〔"  # what opens a footnote's bracketed number
# a footnote's number as a page prints it: [1] before its text, or alone on its line
BRACKETED_NOTE_NUMBER = r"[\[［〔]\d{1,3}[\]］〕](?=\s|$)"
GLUED_NOTE_NUMBER = re.compile(r"\s*([\[［〔]\d{1,3}[\]］〕])(?=\S)")  # a note line's [19]小泉…, no space between
LAYOUT_GAP = re.compile(r"\s{3,}")  # between the blocks of a line an extraction kept the page's layout of
LAYOUT_BLOCK = re.compile(r"\S+(?:\s{1,2}\S+)*")  # a block between them
SUPERSCRIPT = "superscript"  # the marker style of superscript digits, whose notes are numbered in plain digits
SOFT_HYPHENS = "\u2010\u2043\u00ad"
JOIN_NO_SPACE_AFTER = "/._-=?&#%~" + SOFT_HYPHENS  # a URL cut there goes on without a space (a colon only after its scheme)
WIDE_PUNCT = "“”‘’—…·"
ALPHABETS_END = "\u0530"  # letters below it are Latin, Greek or Cyrillic
IDEOGRAPH = re.compile("[\u4e00-\u9fff]")  # a Chinese character
OPENING_MARKS = "“「『《（("  # open a quotation, a title or a parenthesis: text may start with one
INITIAL_AT_END = re.compile(r"(?:^|\s)[A-Z]\.\s*$")  # a name's initial (Ivan R.): the name goes on, the note has not ended
# `pp.` / `87–92.`: a reference's line ending with an abbreviation has not ended the reference
ABBREVIATION_AT_END = re.compile(r"\b(?:pp?|Vol|No|eds?|et al|trans|chap)\.\s*$", re.I)
NOTE_OPEN_MID_SENTENCE = re.compile(r"[，、；：,;:]\s*$")  # a note stopped at a comma: the page break cut it
NOTE_END = re.compile(r"[。．.！？!?\]）)」』》”’]\s*$|\d\s*[页頁]\s*$")  # how a complete note ends


@dataclass(frozen=True)
class LineRoleRule:
    """Where the line-role model's role replaces the rules': within a group of roles, from a confidence."""

    min_probability: float
    note_min_probability: float  # body read as a note's line (`threshold`)
    note_max_chars: int
    note_edge_min_probability: float  # a page's first or last note line read as text (`notes.pages_from_roles`)
    decides: tuple[frozenset[str], ...]
    lead_break_max_share: float  # a line starting with whitespace starts a page where at most this share of lines do

    def allows(self, ruled: str, learned: str) -> bool:
        return any(ruled in group and learned in group for group in self.decides)

    def threshold(self, ruled: str, learned: str, note_like: bool) -> float:
        """The confidence the model needs to replace the rules' role: less for a line the rules
        read as body that the model reads as a note's, where it looks like one (`note_like`): a
        page's first or last note line, which the model reads with its neighbours."""
        if ruled == "body" and learned in ("note_start", "note_cont") and note_like:
            return self.note_min_probability
        return self.min_probability


@dataclass(frozen=True)
class Thresholds:
    """The layout rules' numbers (patterns.json `thresholds`, each documented there)."""

    paragraph_lines_median: int
    max_note_line: int
    max_bare_continuations: int
    max_note_continuations: int
    max_interruption: int
    headless_min_entries: int
    headless_cue_share: float
    indent_ems: tuple[float, float]
    full_line_share: float
    note_wider: float
    body_run: int
    front_text_line: int
    neighbour_head: int
    neighbour_share: float
    abstract_run: int
    note_run_on: int
    note_run_on_width: int
    note_run_on_share: float
    superscript_calls: int
    fullwidth_digits_share: float


@dataclass(frozen=True)
class Patterns:
    header: tuple[re.Pattern[str], ...]
    page_number: tuple[re.Pattern[str], ...]
    header_page_number: tuple[re.Pattern[str], ...]  # the page number a running header carries (group 1)
    header_blocks: tuple[re.Pattern[str], ...]  # other blocks of a layout-kept header line (a journal's name)
    site_furniture: tuple[re.Pattern[str], ...]  # a web page's promotion inside the text (【延伸阅读】…)
    app_furniture: tuple[re.Pattern[str], ...]  # a public account's prompts and credits (点击上方蓝字关注我们, END…)
    heading: tuple[re.Pattern[str], ...]
    note_start: re.Pattern[str]
    editor_note: tuple[re.Pattern[str], ...]
    front: dict[str, re.Pattern[str]]
    sentence_end: re.Pattern[str]
    closing: str
    marker: re.Pattern[str]  # a marker of any style (where lines end, before the document's style is known)
    bracket_marker: str
    marker_styles: dict[str, str]  # style → its glyphs for 1, 2, 3…; superscript → ⁰…⁹
    numbers_past_glyphs: dict[str, int]  # style → the first number its notes go on in past its last glyph
    glyph_values: dict[str, int]  # glyph of any style but superscript → the number it stands for
    url_with_brackets: re.Pattern[str]  # a URL run as printed, brackets included: […]/list[2]/ holds no marker
    note_cues: tuple[re.Pattern[str], ...]
    note_cues_weak: tuple[re.Pattern[str], ...]  # cues body text has too (参见, 「…」)
    note_debris: re.Pattern[str]  # what OCR left of a numberless note's number (`@ `, `G@) `)
    recurring_header: dict[str, int]
    database_stamps: tuple[re.Pattern[str], ...]  # a database's line on every page it serves (CNKI, VIP)
    reference_heading: re.Pattern[str]
    reference_entry: re.Pattern[str]
    lost_glyph_entry: re.Pattern[str]
    misread_entry: re.Pattern[str]  # an entry's [n] as OCR misreads it ([D, 00]): its number unread
    misread_url: re.Pattern[str]  # a URL as OCR misreads it (https:/www…): a reference cue in an OCR reading
    ocr_folio: re.Pattern[str]  # a page number whose dashes OCR read as 一 (一85 一)
    reference_section_end: re.Pattern[str]
    reference_cues: tuple[re.Pattern[str], ...]
    line_role_model: LineRoleRule
    thresholds: Thresholds


@cache
def load_patterns(path: Path = PATTERNS_FILE) -> Patterns:
    spec = json.loads(path.read_text(encoding="utf-8"))
    styles = {name: _glyph_run(value) for name, value in spec["marker_styles"].items() if not name.startswith("_")}
    glyph_values = {g: n for name, glyphs in styles.items() if name != SUPERSCRIPT for n, g in enumerate(glyphs, 1)}
    classes = spec.get("classes", {}) | {"GLYPH": re.escape("".join(glyph_values)), "SUPERSCRIPT": styles[SUPERSCRIPT]}

    def many(key: str) -> tuple[re.Pattern[str], ...]:
        return tuple(re.compile(expand_classes(p, classes)) for p in spec[key])

    return Patterns(
        header=many("running_header"),
        page_number=many("page_number"),
        header_page_number=many("header_page_number"),
        header_blocks=many("header_blocks"),
        site_furniture=many("site_furniture"),
        app_furniture=many("app_furniture"),
        heading=many("heading"),
        note_start=re.compile(expand_classes("|".join(spec["note_start"]), classes)),
        editor_note=many("editor_note"),
        front={k: re.compile(expand_classes(v, classes)) for k, v in spec["front_matter"].items() if not k.startswith("_")},
        sentence_end=re.compile(spec["sentence_end"]),
        closing=spec["closing"],
        marker=re.compile(expand_classes(spec["marker"], classes)),
        bracket_marker=spec["bracket_marker"],
        marker_styles=styles,
        numbers_past_glyphs={k: v for k, v in spec["numbers_past_glyphs"].items() if not k.startswith("_")},
        glyph_values=glyph_values,
        url_with_brackets=re.compile(spec["url_with_brackets"]),
        note_cues=many("note_cues"),
        note_cues_weak=many("note_cues_weak"),
        note_debris=re.compile(spec["note_debris"]),
        recurring_header={k: v for k, v in spec["recurring_header"].items() if not k.startswith("_")},
        database_stamps=many("database_stamps"),
        reference_heading=re.compile(spec["reference_heading"]),
        reference_entry=re.compile(expand_classes(spec["reference_entry"], classes)),
        lost_glyph_entry=re.compile(spec["lost_glyph_entry"]),
        misread_entry=re.compile(spec["misread_entry"]),
        misread_url=re.compile(spec["misread_url"]),
        ocr_folio=re.compile(spec["ocr_folio"]),
        reference_section_end=re.compile(spec["reference_section_end"]),
        reference_cues=many("reference_cues"),
        line_role_model=LineRoleRule(spec["line_role_model"]["min_probability"],
                                     spec["line_role_model"]["note_min_probability"],
                                     spec["line_role_model"]["note_max_chars"],
                                     spec["line_role_model"]["note_edge_min_probability"],
                                     tuple(frozenset(g) for g in spec["line_role_model"]["decides"]),
                                     spec["line_role_model"]["lead_break_max_share"]),
        thresholds=Thresholds(**{k: tuple(v) if isinstance(v, list) else v
                                 for k, v in spec["thresholds"].items() if not k.startswith("_")}),
    )


def _glyph_run(value: str | list[str]) -> str:
    """A style's glyphs in order: a string as written, or code-point ranges ("2460-2473") in turn."""
    if isinstance(value, str):
        return value
    return "".join(chr(c) for span in value for c in range(int(span.split("-")[0], 16), int(span.split("-")[1], 16) + 1))


NOTE_GLYPHS = frozenset(load_patterns().glyph_values)
TO_ASCII_DIGITS = str.maketrans(load_patterns().marker_styles[SUPERSCRIPT] + "０１２３４５６７８９",
                                "0123456789" * 2)  # superscript and full-width digits


def bracketed_number(note: Note) -> int | None:
    """A footnote's number where it is printed in brackets (`[12]` → 12), else None."""
    return number_value(note.number) if note.number and note.number[0] in NOTE_BRACKETS else None


def number_value(label: str) -> int | None:
    """The number a marker or note number stands for: ⑫, ㉓, ⑴, ❶, ⓵ by their style's order;
    ¹², 12, １２ as digits; a footnote's [12] as 12."""
    label = label.lstrip("^").strip().strip("[]［］〔〕")
    if label in load_patterns().glyph_values:
        return load_patterns().glyph_values[label]
    digits = label.translate(TO_ASCII_DIGITS)
    return int(digits) if digits.isascii() and digits.isdigit() else None


def numbers_from(least: int, digits: str) -> str:
    """A pattern of the numbers of two or three digits from `least` (10 to 99) on, written in
    `digits` (its 0 to 9: plain or superscript, whose code points run in no range)."""
    tens, units = divmod(least, 10)

    def among(first: int) -> str:
        return f"[{digits[first:]}]"

    parts = [digits[tens] + among(units)] if units else []
    if tens + bool(units) <= 9:
        parts.append(among(tens + bool(units)) + among(0))
    return "|".join([*parts, among(1) + among(0) + "{2}"])


@cache
def marker_pattern(style: str) -> re.Pattern[str]:
    """Footnote markers of a document numbered in `style`, and bracketed endnote numbers `[12]`."""
    pat = load_patterns()
    glyphs = re.escape(pat.marker_styles[style])
    own = f"[{glyphs}]+" if style == SUPERSCRIPT else f"\\^?[{glyphs}]"
    if style in pat.numbers_past_glyphs:  # 51 after ㊿, read as superscript digits (read_numbers_past_glyphs)
        digits = pat.marker_styles[SUPERSCRIPT]
        own += f"|(?<![0-9A-Za-z{digits}])(?:{numbers_from(pat.numbers_past_glyphs[style], digits)})(?![{digits}])"
    return re.compile(f"({own}|{pat.bracket_marker})")


@cache
def note_number_pattern(style: str) -> re.Pattern[str]:
    """A note's printed number in `style` (group 1): ① or ^①, ⁵¹ before a space past ㊿ (the 51
    that read_numbers_past_glyphs read so), and a footnote's [1] before a space (a page's
    footnotes numbered in brackets); in superscript mode plain 12 (or ¹²) or [12] before a space
    (bracketed footnotes whose calls OCR left as debris, read as superscripts)."""
    pat = load_patterns()
    glyphs = re.escape(pat.marker_styles[style])
    if style == SUPERSCRIPT:
        return re.compile(f"(?<![0-9{glyphs}])([0-9]{{1,2}}|[{glyphs}]+|{BRACKETED_NOTE_NUMBER})(?=\\s)")
    past = (f"|(?:{numbers_from(pat.numbers_past_glyphs[style], pat.marker_styles[SUPERSCRIPT])})(?=\\s)"
            if style in pat.numbers_past_glyphs else "")
    return re.compile(f"\\^?\\s*([{glyphs}]{past}|{BRACKETED_NOTE_NUMBER})")


def width(text: str) -> float:
    """Printed width in ems: Chinese characters (and private-use glyphs of a Chinese font) 1,
    Latin letters and digits 1/2, spaces 1/4."""
    total = 0.0
    for ch in text.strip():
        if ch == " ":
            total += 0.25
        elif unicodedata.east_asian_width(ch) in "WF" or ch in WIDE_PUNCT or ch in NOTE_GLYPHS or "\ue000" <= ch <= "\uf8ff":
            total += 1.0
        else:
            total += 0.5
    return total


def first_token_width(text: str) -> float:
    """Width of the unbreakable run a line starts with (a number or word and its trailing punctuation)."""
    match = re.match(r"[A-Za-z0-9.,%/:_\-]+[年月日]?[，。、；：）”]?|.[，。、；：）”]?", text.strip())
    return width(match.group(0)) if match else 0.0


def split_lines(raw: str) -> list[Line]:
    lines, start = [], 0
    for no, text in enumerate(raw.split("\n"), 1):
        lines.append(Line(no, start, start + len(text), text))
        start += len(text) + 1
    return lines


def analyze(doc: Document) -> None:
    """Fill `doc.lines`, `doc.pages`, `doc.body`, `doc.paragraphs` and `doc.normalizations`."""
    pat = load_patterns()
    doc.lines = lines = split_lines(doc.raw)
    digits = fullwidth_digits() if _prints_fullwidth_digits(doc.raw, pat) else {}
    private = {**pua_characters(), **note_glyph_runs(doc.raw)}
    for ln in lines:
        ln.text = ln.text.translate(private)  # a font's private-use punctuation and note numbers, read as printed
        if digits and (read := ln.text.translate(digits)) != ln.text:
            ln.text, ln.as_printed = read, ln.text  # its width stays the print's
    _classify_static(lines, pat)
    body_start = _front_matter(lines, pat)
    _first_page_labels(lines, body_start, pat)
    _recurring_headers(lines, body_start, pat)
    read_plain_markers(lines, body_start)
    doc.marker_style = _marker_style(lines, body_start, pat)
    if doc.marker_style in pat.numbers_past_glyphs:
        read_numbers_past_glyphs(lines, body_start, pat.marker_styles[doc.marker_style],
                                 pat.numbers_past_glyphs[doc.marker_style])
    _back_matter(lines, body_start, pat)
    doc.endnotes = _reference_sections(lines, body_start, pat)
    if _layout_mode(lines, pat) == "paragraph_lines" and not any(ln.kind == "reference" for ln in lines):
        _notes_between_sections(lines, body_start, pat)
    if not doc.endnotes and doc.marker_style == "circled" and _superscript_endnotes(lines, body_start, pat):
        doc.marker_style, doc.endnotes = SUPERSCRIPT, True
    elif (doc.marker_style == "circled" and not any(ln.kind == "note" for ln in lines)
          and _cites_in_superscript(lines[body_start:], pat)):
        doc.marker_style = SUPERSCRIPT  # no note shows its number (a PDF's note font lost them); the body's are raised
    doc.layout_mode = _layout_mode(lines, pat)
    doc.pages = _pages_and_notes(lines, body_start, doc.layout_mode, doc.marker_style, pat)
    assemble(doc)


def _prints_fullwidth_digits(raw: str, pat: Patterns) -> bool:
    """Most of the document's digits are full-width (a Word file, a font's １２)."""
    full = sum(raw.count(chr(code)) for code in fullwidth_digits())
    return full > pat.thresholds.fullwidth_digits_share * (full + sum(ch.isascii() and ch.isdigit() for ch in raw))


def assemble(doc: Document) -> None:
    """From the lines' decided kinds and the pages: the reference list, headings, paragraphs,
    the clean body, and the notes' normalized texts."""
    pat = load_patterns()
    lines = doc.lines
    doc.normalizations.clear()
    _join_split_pages(doc)
    _close_last_page(doc)
    _number_pages(doc)
    label_pages(lines, doc.pages, pat)
    doc.reference_list = _reference_entries(lines, pat)
    page_width = _page_widths(lines)
    continued = _headings(lines, doc.layout_mode, page_width, pat)
    groups = _paragraph_groups(lines, continued, doc.layout_mode, page_width, pat, marker_pattern(doc.marker_style))
    _build_body(doc, groups, glued_furniture(lines))
    for note in doc.notes + doc.reference_list:
        note.text, counts = normalize(note.text)
        note.pieces = _pieces(note, lines)
        doc.normalizations.update({f"notes:{k}": v for k, v in counts.items()})


def _join_split_pages(doc: Document) -> None:
    """A page that cites notes but has none, followed by a page with numbered notes whose
    markers go on counting from its last (② ③ after ①) or whose text cites none: one printed page,
    which a running header the extractor set inside its text cut in two. Its notes belong to
    both parts. And a page's last text lines that the extractor read after its notes: a "page"
    without notes whose markers go on counting from the page before, which has notes enough for
    them (⑦ after ①–⑥, seven notes), is the rest of that page."""
    if doc.endnotes:
        return
    by_no = {ln.no: ln for ln in doc.lines}
    marker, heading = marker_pattern(doc.marker_style), load_patterns().reference_heading

    def numbers(page: Page) -> list[int]:
        return [v for no in page.lines if by_no[no].kind == "body" for m in marker.finditer(by_no[no].text)
                if m.group(0)[0] not in "[〔" and (v := number_value(m.group(0))) is not None]

    k = 1
    while k < len(doc.pages):
        first, second = doc.pages[k - 1], doc.pages[k]
        before, after = numbers(first), numbers(second)
        text = any(by_no[no].kind == "body" and not heading.fullmatch(by_no[no].stripped)
                   for no in second.lines)  # not a notes section of its own (注释 …)
        rest = (first.notes and not second.notes and before and after and after[0] == before[-1] + 1
                and len(first.notes) >= after[-1])
        if rest:
            for no in second.lines:
                by_no[no].page = first.number
            first.lines += second.lines
            del doc.pages[k]
        elif (not first.notes and before and text and (not after or after[0] == before[-1] + 1)
                and second.notes and all(note.number for note in second.notes)):
            for no in second.lines:
                by_no[no].page = first.number
            first.lines += second.lines
            first.notes = second.notes
            for note in first.notes:
                note.page = first.number
            del doc.pages[k]
        else:
            k += 1


def _close_last_page(doc: Document) -> None:
    """A last page without text — the furniture after the article's last text line (a running
    header, a page number) and any back matter after it — is the foot of the page it closes,
    not a page of its own: the furniture after a page's text opened it."""
    by_no = {ln.no: ln for ln in doc.lines}
    if len(doc.pages) < 2 or any(by_no[no].kind not in AFTER_THE_TEXT for no in doc.pages[-1].lines):
        return
    last = doc.pages.pop()
    for ln in doc.lines:
        if ln.page == last.number:
            ln.page = doc.pages[-1].number
    doc.pages[-1].lines += last.lines


def _number_pages(doc: Document) -> None:
    """Pages numbered by their position again where a page was joined to the one before it:
    a line, note or marker on page n is on the n-th page of the file."""
    numbers = [page.number for page in doc.pages]
    if numbers == list(range(1, len(numbers) + 1)):
        return
    for ln in doc.lines:
        ln.page = bisect_right(numbers, ln.page)  # a joined page's lines stood on it already; front matter stays 0
    for position, page in enumerate(doc.pages, 1):
        page.number = position
        for note in page.notes:
            note.page = position


def _classify_static(lines: list[Line], pat: Patterns) -> None:
    for ln in lines:
        s = ln.stripped
        if not s:
            ln.kind = "blank"
        elif (len(s) <= 45 and any(p.search(s) for p in pat.header)) or database_stamp(s, pat) \
                or any(p.match(s) for p in pat.app_furniture):
            ln.kind = "header"
        elif any(p.fullmatch(s) for p in pat.page_number):
            ln.kind = "page_number"
        elif any(p.match(s) for p in pat.editor_note):
            ln.kind = "editor_note"
        elif pat.note_start.match(s):
            ln.kind = "note"
        elif _is_latin(s):
            ln.kind = "back"


def database_stamp(s: str, pat: Patterns) -> bool:
    """The line a full-text database prints on every page it serves (CNKI's `© 1994-2023 China
    Academic Journal Electronic Publishing House…`): furniture, however long."""
    return any(p.search(s) for p in pat.database_stamps)


def layout_header(s: str, pat: Patterns) -> bool:
    """A running header as an extraction that keeps the page's layout prints it (pdftotext
    -layout): short once its runs of spaces are read as one, and named by a header pattern, whole
    or as every one of the blocks those runs set apart (`亚非区域国别评论  2022年第3期          · 64 ·`,
    `第6卷 第3期      亚非区域国别评论      Vol. 6 No. 3`). The line-role model decides with the
    rules' kinds as they were when it was trained, so this holds as a constraint on its roles."""
    compact = _compact(s)
    if len(compact) > pat.recurring_header["max_length"]:
        return False
    if any(p.search(compact) for p in pat.header):
        return True
    blocks = LAYOUT_GAP.split(s)
    return len(blocks) > 1 and all(any(p.search(b) for p in pat.header) or any(p.fullmatch(b) for p in pat.page_number)
                                   or any(p.fullmatch(b) for p in pat.header_blocks) for b in blocks)


def _folio_line(s: str, pat: Patterns) -> bool:
    """A line spaced out into blocks whose first or last is a page number (`冷战时期的中东欧与苏联
    ␣␣␣␣ 一90 一`): a running title and its folio."""
    blocks = LAYOUT_GAP.split(s.strip())
    return len(blocks) > 1 and any(any(p.fullmatch(b) for p in pat.page_number) or pat.ocr_folio.fullmatch(b)
                                   for b in (blocks[0], blocks[-1]))


def _compact(s: str) -> str:
    """A line with the runs of spaces of a layout-keeping extraction read as one space."""
    return re.sub(r"\s{2,}", " ", s)


def _marker_style(lines: list[Line], body_start: int, pat: Patterns) -> str:
    """The one style the document numbers its notes in: of circled and the styles note lines start
    with, the one its note lines and the markers inside its body lines use most (a line opening
    with another style's glyph, as ⑴ a list item, is body again); superscript where the body
    carries superscript digits and pages have notes numbered 1, 2, 3 at their foot; else circled."""
    style_of = {g: name for name, glyphs in pat.marker_styles.items() if name != SUPERSCRIPT for g in glyphs}
    numbered = [(ln, style_of[m.group(1)]) for ln in lines if ln.kind == "note" and (m := re.match(r"\^?\s*(.)", ln.stripped))]
    if not numbered:
        return SUPERSCRIPT if _superscript_notes(lines, body_start, pat) else "circled"
    uses = Counter(name for _, name in numbered)
    uses.update(style_of[ch] for ln in lines[body_start:] if ln.kind == "body" for ch in ln.stripped[1:] if ch in style_of)
    style = max({"circled", *(name for _, name in numbered)}, key=lambda name: (uses[name], name == "circled"))
    for ln, name in numbered:
        if name != style:
            ln.kind = "body"
    return style


def _cites_in_superscript(lines: list[Line], pat: Patterns) -> bool:
    """The body's markers are superscript digits glued to its text (会谈³, 。¹²), at least
    `superscript_calls` of them, and no circled glyph cites."""
    calls = re.compile(f"(?<=[^\\s{pat.marker_styles[SUPERSCRIPT]}0-9A-Za-z])[{pat.marker_styles[SUPERSCRIPT]}]+")
    body = [ln.text for ln in lines if ln.kind == "body"]
    circled = pat.marker_styles["circled"]
    if any(ch in circled for text in body for ch in text[1:]):
        return False
    return sum(len(calls.findall(text)) for text in body) >= pat.thresholds.superscript_calls


def _superscript_notes(lines: list[Line], body_start: int, pat: Patterns) -> bool:
    """Mark the notes of pages whose markers are superscript digits (会谈³): lines after the page's
    first marker that start with a plain number of one of its markers (`3 参见…`), in rising order,
    and the Latin lines that go on from them. Plain digits glued to the text (合作。12019年) were
    read as superscripts before, where the page's notes tell them (`plain_markers`)."""
    superscripts = re.compile(f"(?<=[^\\s{pat.marker_styles[SUPERSCRIPT]}])[{pat.marker_styles[SUPERSCRIPT]}]+")
    note_head = re.compile(r"([0-9]{1,2})\s+(?=[^\s0-9年月日%])")
    found = False
    page: list[Line] = []
    for ln in [*lines[body_start:], None]:
        if ln is not None and ln.kind not in FURNITURE:
            page.append(ln)
            continue
        values: set[int] = set()
        last = 0
        previous = None
        for line in page:
            head = note_head.match(line.stripped) if line.kind in ("body", "back") and values else None
            if head and int(head.group(1)) in values and int(head.group(1)) > last:
                line.kind, last, found = "note", int(head.group(1)), True
            elif line.kind == "body" and not last:
                values |= {v for m in superscripts.finditer(line.text) if (v := number_value(m.group(0)))}
            elif line.kind == "back" and previous is not None and previous.kind == "note":
                line.kind = "note"  # a note's Latin line (a URL, an English title) goes on with it
            previous = line if line.stripped else previous
        page = []
    return found


def _recurring_headers(lines: list[Line], body_start: int, pat: Patterns) -> None:
    """Running titles no pattern names (a journal's or the article's own): short lines that stand,
    digits aside, several times in the file and end no sentence. Only lines after the front
    matter change kind, so the title itself stays the title."""
    found = recurring_lines(lines, pat)
    for ln in lines[body_start:]:
        if ln.kind == "body" and ln.no in found:
            ln.kind = "header"


def recurring_lines(lines: list[Line], pat: Patterns, spaced: bool = False) -> set[int]:
    """The lines of text (body, title or front matter) that stand, digits aside, patterns.json
    `recurring_header` times or more in the file, short and ending no sentence. `spaced`: a
    line's length counts its runs of spaces as one, as a layout-keeping extraction spaces a
    running title from its folio (`闻启航  邹明岚：美苏（俄）…（1963—2021）      49`); the rules
    measure them whole, as the line-role model learned its inputs, and the layout holds the
    spaced reading as a constraint on its roles."""
    rule = pat.recurring_header

    def key(ln: Line) -> str | None:
        s = ln.stripped
        letters = sum(ch.isalpha() for ch in s)
        length = len(_compact(s)) if spaced else len(s)
        if length > rule["max_length"] or letters < rule["min_letters"] or _ends_sentence(s, pat):
            return None
        return repeat_key(s)

    keys = {ln.no: k for ln in lines if ln.kind in ("body", "title", "front") and (k := key(ln))}
    counts = Counter(keys.values())
    return {no for no, k in keys.items() if counts[k] >= rule["min_count"]}


def repeat_key(text: str) -> str:
    """A line as it recurs on every page: without spaces, each number as `#`."""
    return re.sub(r"\d+", "#", re.sub(r"\s+", "", text))


def _is_latin(text: str) -> bool:
    """Mostly in an alphabet (Latin, Greek, Cyrillic): English, Russian… not Chinese or Japanese."""
    letters = [ch for ch in text if ch.isalpha()]
    return len(letters) >= 3 and sum(ch < ALPHABETS_END for ch in letters) > 0.7 * len(letters)


def _front_matter(lines: list[Line], pat: Patterns) -> int:
    """Mark title, authors, abstract, keywords and identifier lines; return the body's first index."""
    content = [i for i, ln in enumerate(lines) if ln.kind != "blank"]
    keyed_last, i, limit = -1, 0, min(len(content), 60)
    web = _layout_mode(lines, pat) == "paragraph_lines"  # a web page: its furniture among the labels
    while i < limit:
        idx = content[i]
        key = front_label(lines[idx].stripped, pat)
        since = range(keyed_last + 1, i + 1)
        texts = sum(_reads_as_text(lines[content[j]], pat) for j in since) if web else len(since)
        if keyed_last >= 0 and texts > pat.thresholds.body_run and not key:
            keywords = _keywords_after_abstract(lines, content, keyed_last, limit, pat)
            if keywords is None:
                break  # the body has begun: labelled lines further on stand at the foot of its first page
            for j in range(keyed_last + 1, keywords):  # an abstract whose line ended a sentence ran on
                lines[content[j]].kind = "abstract"
            keyed_last, i = keywords - 1, keywords
            continue
        if key:
            lines[idx].kind = key
            keyed_last = i
            if key == "abstract":
                english = _is_latin(lines[idx].stripped)  # its lines run on while they are English
                while (i + 1 < limit and not _ends_sentence(lines[content[i]].stripped, pat)
                       and lines[content[i + 1]].kind == "body" and not front_label(lines[content[i + 1]].stripped, pat)
                       and (not english or _is_latin(lines[content[i + 1]].stripped))):
                    i += 1
                    lines[content[i]].kind = "abstract"
                    keyed_last = i
        i += 1
    if keyed_last < 0:
        return _untitled_front(lines, content, pat)
    for j in range(keyed_last):
        idx = content[j]
        if lines[idx].kind != "body":
            continue
        s = lines[idx].stripped
        if pat.front["affiliation"].match(s):
            lines[idx].kind = "affiliation"
        elif pat.front["authors"].fullmatch(s) and j > 0:
            lines[idx].kind = "author"
        elif lines[idx].kind == "body":
            lines[idx].kind = "title"
    return content[keyed_last] + 1 if keyed_last + 1 < len(content) else len(lines)


def note_run_ons(lines: list[Line], pat: Patterns) -> list[Line]:
    """Lines that go on with a labelled author or funding note whose full line stopped mid-sentence
    (【基金项目】…研究（1949 / —1991）”（项目编号…）。): lines as wide as the note's go on with it, and
    the first narrower one ends it, within `note_run_on` lines and with no blank line between;
    none where a blank line, a label, a heading or no narrower line comes first (the body begins
    after a note that lacks its full stop)."""
    content = [ln for ln in lines if ln.stripped]
    out: list[Line] = []
    for k, ln in enumerate(content):
        full = width(ln.printed.strip())
        if ln.kind != "author_note" or _ends_sentence(ln.stripped, pat) or full < pat.thresholds.note_run_on_width:
            continue
        run = content[k + 1 : k + 1 + pat.thresholds.note_run_on]
        for j, nxt in enumerate(run):
            above = run[j - 1] if j else ln
            if nxt.no != above.no + 1 or front_label(nxt.stripped, pat) or any(p.match(nxt.stripped) for p in pat.heading):
                break  # a blank line, a label or a heading: the note ended with its line
            if width(nxt.printed.strip()) < full * pat.thresholds.note_run_on_share:
                out += run[: j + 1]
                break
    return out


def _reads_as_text(ln: Line, pat: Patterns) -> bool:
    """A line that may begin the body: not a web page's short furniture between the front-matter
    labels (引用本文, 下载PDF, a counter), which ends no sentence."""
    return ln.kind == "body" and (len(ln.stripped) >= pat.thresholds.front_text_line or _ends_sentence(ln.stripped, pat))


def _keywords_after_abstract(lines: list[Line], content: list[int], last: int, limit: int, pat: Patterns) -> int | None:
    """Where the keywords label stands (an index into `content`) when the labelled line `last`
    is an abstract's and the label follows it within `abstract_run` lines: the abstract's run
    stopped where one of its lines ended a sentence, and its lines go on to the keywords."""
    if lines[content[last]].kind != "abstract":
        return None
    for j in range(last + 1, min(limit, last + 1 + pat.thresholds.abstract_run)):
        label = front_label(lines[content[j]].stripped, pat)
        if label:
            return j if label == "keywords" else None
    return None


FRONT_KEYS = ("abstract", "keywords", "author_note", "clc", "doi", "article_number")
FOOT_KEYS = ("author_note", "clc", "doi", "article_number")  # labels that may stand at the first page's foot


def front_label(text: str, pat: Patterns, keys: tuple[str, ...] = FRONT_KEYS) -> str | None:
    """The front-matter label a line begins with (abstract, keywords, author_note, …), if any."""
    return next((k for k in keys if pat.front[k].match(text)), None)


def _first_page_labels(lines: list[Line], body_start: int, pat: Patterns) -> None:
    """Author notes, fund and date-received lines, CLC and DOI inside the body (printed at the foot
    of the first page, wherever extraction put them): they are front matter. A label's text
    wraps on while its lines are full (small print is wider than the body) and end no sentence."""
    body = [ln for ln in lines[body_start:] if ln.kind == "body"]
    full = _typical_width(body) - 1.0
    labelled: Line | None = None
    for ln in lines[body_start:]:
        if ln.kind != "body":
            continue
        key = front_label(ln.stripped, pat, FOOT_KEYS)
        if key:
            ln.kind, labelled = key, ln
        elif labelled is not None and width(labelled.printed) >= full and not _ends_sentence(labelled.stripped, pat):
            ln.kind, labelled = labelled.kind, ln
        else:
            labelled = None


def _untitled_front(lines: list[Line], content: list[int], pat: Patterns) -> int:
    """Without abstract or keyword lines, the front matter is the short lines before the first long
    one: as wide as the widest body lines nearly, or a paragraph that ends a sentence (a web page's
    first paragraph, shorter than its longest)."""
    body_lines = [lines[i] for i in content if lines[i].kind == "body"]
    if not body_lines:
        return 0
    wide = max(width(ln.printed) for ln in body_lines)
    for idx in content:
        ln = lines[idx]
        paragraph = len(ln.stripped) > pat.thresholds.paragraph_lines_median and _ends_sentence(ln.stripped, pat)
        if ln.kind == "body" and (width(ln.printed) > 0.6 * wide or paragraph):
            return idx
        if ln.kind == "body":
            ln.kind = "affiliation" if pat.front["affiliation"].match(ln.stripped) else "title"
    return len(lines)


def _back_matter(lines: list[Line], body_start: int, pat: Patterns) -> None:
    """After the editor's note, or from where Latin-script lines run to the end, all but notes is
    back matter. Bracketed notes are not read yet: where lines before the editor's note open
    with `[n] `, those after it that open so are notes too (the last page's footnotes, as h18
    prints them below 责任编辑)."""
    end, edited = len(lines), False
    for i in range(body_start, len(lines)):
        if lines[i].kind == "editor_note":
            end, edited = i, True
            break
    else:
        i = len(lines) - 1
        while i >= body_start and lines[i].kind in ("back", "blank"):
            i -= 1
        end = i + 1
    bracketed = re.compile(BRACKETED_NOTE_NUMBER)
    numbered = edited and any(bracketed.match(ln.stripped) for ln in lines[body_start:end])
    for ln in lines[end:]:
        if numbered and ln.kind == "body" and bracketed.match(ln.stripped):
            ln.kind = "note"
        elif ln.kind not in ("note", "blank", "editor_note"):
            ln.kind = "back"
    # note continuation lines after the editor's note stay notes (the last page's footnotes)
    in_note, note_open = False, False
    for ln in lines[end:]:
        if ln.kind == "blank":
            continue
        if ln.kind == "back" and in_note and (note_open or not _is_latin(ln.stripped)):
            ln.kind = "note"
        if ln.kind == "note":
            in_note, note_open = True, not _ends_note(ln.stripped)
        else:
            in_note = note_open = False
    neighbour = _neighbour_start(lines, body_start, pat)
    for ln in lines[neighbour:]:
        if ln.kind != "blank":
            ln.kind = "back"
    for ln in lines[body_start:min(end, neighbour)]:
        if ln.kind == "back":  # an English line inside the body (a quotation) is body
            ln.kind = "body"




def misread_reference_sections(lines: list[Line], pat: Patterns) -> list[Line]:
    """A reference list whose first entry's number OCR misread (`[DGADDIS…` for `[1] GADDIS…`):
    no section was found, its heading stayed a line of text and its entries back matter or
    notes. Where no section was, the sections are read again with [n] as OCR misreads it
    (`_reference_sections`, `misread`); read after the line roles (layout.analyze), so the rules'
    kinds the line-role model learns from stay as they were. The lines whose kind changed."""
    if any(ln.kind == "reference_heading" for ln in lines):
        return []
    body_start = next((k for k, ln in enumerate(lines) if ln.kind in ("body", "heading")), len(lines))
    kinds = [ln.kind for ln in lines]
    _reference_sections(lines, body_start, pat, misread=True)
    return [ln for ln, kind in zip(lines, kinds) if ln.kind != kind]


def _layout_mode(lines: list[Line], pat: Patterns) -> str:
    """"paragraph_lines" where the body's median line is a paragraph (a web page), else "wrapped"."""
    texts = [ln for ln in lines if ln.kind == "body"]
    long = texts and median(len(ln.stripped) for ln in texts) > pat.thresholds.paragraph_lines_median
    return "paragraph_lines" if long else "wrapped"


def _notes_between_sections(lines: list[Line], body_start: int, pat: Patterns) -> None:
    """A web page that prints each section's notes at the section's end (CNKI's reader): lines
    opening with `[1]`, `[2]`… between the body's paragraphs, numbered through the article
    from 1 and as many as the body's `[n]` markers call, are the article's endnotes (the entries
    its bracketed markers pair with by number)."""
    heads = [(ln, h) for ln in lines[body_start:]
             if ln.kind in ("body", "note") and (h := pat.reference_entry.match(ln.stripped)) and h.group(1)]
    notes = [ln for ln, _ in heads]
    numbers = [int(h.group(1)) for _, h in heads]
    called = {int(n) for ln in lines[body_start:] if ln.kind == "body" and ln not in notes
              for m in re.finditer(pat.bracket_marker, ln.text) for n in re.findall(r"\d+", m.group(0))}
    if len(numbers) < pat.thresholds.headless_min_entries or numbers != list(range(1, len(numbers) + 1)):
        return
    if not called or max(called) != len(numbers):
        return
    for ln in notes:
        ln.kind = "reference"


def _neighbour_start(lines: list[Line], body_start: int, pat: Patterns) -> int:
    """Where the next article of the issue begins, when its first page follows this one's end:
    the title, author and affiliation lines (short, ending no sentence) above an abstract or
    keywords label after the body has begun, in the document's last part (a first page printed
    after this article, not this article's own keywords where its abstract ended early).
    len(lines) when there is none."""
    content = [k for k in range(body_start, len(lines)) if lines[k].kind != "blank"]
    last_part = content[int(len(content) * (1 - pat.thresholds.neighbour_share))] if content else len(lines)
    for i in range(last_part, len(lines)):
        if lines[i].kind == "body" and front_label(lines[i].stripped, pat, ("abstract", "keywords")):
            start, k, seen = i, i - 1, 0
            while k > body_start and seen < pat.thresholds.neighbour_head:
                ln = lines[k]
                if ln.kind != "blank":
                    if _ends_sentence(ln.stripped, pat) or ln.kind not in ("body", "back"):
                        break
                    start, seen = k, seen + 1
                k -= 1
            return start
    return len(lines)


def _reference_sections(lines: list[Line], body_start: int, pat: Patterns, misread: bool = False) -> bool:
    """The reference list / endnote section: a heading (参考文献, 注释, References…) followed by
    numbered entries ([1], 1., or ① for endnotes). Its lines leave the body (they are not claims);
    what follows the last section is no longer this article's body either. True when the
    section holds the notes of glyph markers numbered through the article (endnotes). With
    `misread`, entries open with [n] as OCR misreads it too (`misread_reference_sections`)."""
    section_end = None
    endnotes = False
    i = body_start
    while i < len(lines):
        ln = lines[i]
        numbering = _entry_follows(lines, i + 1, pat, misread) if ln.kind in ("body", "back") and pat.reference_heading.fullmatch(ln.stripped) else None
        if numbering == "glyph" and not _numbered_through(lines, body_start, i, pat):
            numbering = None  # the last page's footnotes under a heading: markers restart on each page
        if numbering:
            ln.kind = "reference_heading"
            endnotes = endnotes or numbering == "glyph"
            _english_abstract_before(lines, i, body_start)
            end = _mark_entries(lines, i + 1, numbering == "glyph", pat, misread)
            i = section_end = _list_resumed(lines, end, numbering, pat, misread)
            continue
        i += 1
    if section_end is None:
        section_end = _headless_list(lines, body_start, pat)
    if section_end is None:
        return False
    for ln in lines[section_end:]:
        if ln.kind in ("body", "heading", "reference_heading", "reference"):
            ln.kind = "back"
    return endnotes


def _list_resumed(lines: list[Line], end: int, numbering: str, pat: Patterns, misread: bool = False) -> int:
    """A list cut by an English title and abstract printed in its middle goes on after them with
    the next number: the English lines are back matter, the entries after them the list's. The
    list's end."""
    while True:
        last = next((_entry_number(h) for ln in reversed(lines[:end]) if ln.kind == "reference" and (h := pat.reference_entry.match(ln.stripped))), None)
        english: list[Line] = []
        k = end
        while k < min(len(lines), end + pat.thresholds.max_interruption):
            ln = lines[k]
            head = pat.reference_entry.match(ln.stripped)
            if head and _entry_numbering(head) == numbering and last is not None and _entry_number(head) == last + 1:
                break
            if ln.kind not in ("blank", *FURNITURE):
                if not (_is_latin(ln.stripped) or pat.reference_section_end.match(ln.stripped)):
                    return end
                english.append(ln)
            k += 1
        else:
            return end
        if not english:
            return end
        for ln in english:
            ln.kind = "back"
        end = _mark_entries(lines, k, numbering == "glyph", pat, misread)


def _headless_list(lines: list[Line], body_start: int, pat: Patterns) -> int | None:
    """A reference list printed after the body without a heading: from the last line that opens
    entry [1], entries numbered 1, 2, 3…, most holding a reference or note cue (a type code, a
    URL, a year and volume, 第…页…), with no sentence of the body after them (a web page's
    editor, previous and next links and footer may follow). Where entry [1] reads as a note (`[1] 「…」`, a web
    page's notes listed after a rule with no heading), its entries are all the list's. The list's
    end, or None."""
    start = next((i for i in range(len(lines) - 1, body_start - 1, -1) if lines[i].kind in ("body", "note")
                  and (h := pat.reference_entry.match(lines[i].stripped)) and h.group(1) and int(h.group(1)) == 1), None)
    if start is None:
        return None
    kinds = [ln.kind for ln in lines[start:]]
    end = _mark_entries(lines, start, False, pat, notes=lines[start].kind == "note")
    end = _list_resumed(lines, end, "number", pat)
    entries: list[list[Line]] = []
    for ln in lines[start:end]:
        if ln.kind == "reference":
            if pat.reference_entry.match(ln.stripped) or not entries:
                entries.append([ln])
            else:
                entries[-1].append(ln)
    numbers = [_entry_number(pat.reference_entry.match(e[0].stripped)) for e in entries]
    cued = sum(any(p.search(ln.stripped) for ln in e for p in (*pat.reference_cues, *pat.note_cues)) for e in entries)
    body_after = any(ln.kind in ("body", "heading") and _ends_sentence(ln.stripped, pat) for ln in lines[end:])
    if len(entries) >= pat.thresholds.headless_min_entries and numbers == list(range(1, len(entries) + 1)) and cued >= pat.thresholds.headless_cue_share * len(entries) and not body_after:
        return end
    for ln, kind in zip(lines[start:], kinds):
        ln.kind = kind
    return None


def _entry_number(head: re.Match[str] | None) -> int | None:
    """The number an entry opens with: [12], 12., or ⑫; None where OCR misread it."""
    if head is None or not head.re.groups:
        return None
    return number_value(next(g for g in head.groups() if g))


def _numbered_through(lines: list[Line], body_start: int, heading: int, pat: Patterns) -> bool:
    """Notes gathered at the article's end, not page by page: no note block at a page foot before
    the heading, and the glyph markers of the body never start again from a lower number — or
    they do, page by page, and the section's notes are numbered in the very same sequence (a
    web page's copy keeps the print's numbers but lists all the notes at the end)."""
    glyph = re.compile(f"[{re.escape(''.join(pat.glyph_values))}]")
    before = lines[body_start:heading]
    values = [pat.glyph_values[m.group(0)] for ln in before if ln.kind == "body" for m in glyph.finditer(ln.text)]
    listed = [pat.glyph_values[ln.stripped[0]] for ln in lines[heading + 1 :] if ln.stripped[:1] in pat.glyph_values]
    in_sequence = values == sorted(values) or len(values) > 1 and values == listed
    return not any(ln.kind == "note" for ln in before) and in_sequence


def _superscript_endnotes(lines: list[Line], body_start: int, pat: Patterns) -> bool:
    """Superscript markers numbered through the article (会晤。³), their notes the numbered
    entries of the section at its end (`3. …`), as a web page prints them: no note at any page
    foot, no glyph marker in the body, and an entry for every marker's number."""
    digits = pat.marker_styles[SUPERSCRIPT]
    superscripts = re.compile(f"(?<=[^\\s{digits}])[{digits}]+")
    body = [ln for ln in lines[body_start:] if ln.kind == "body"]
    glyph = re.compile(f"[{re.escape(''.join(pat.glyph_values))}]")
    if any(ln.kind == "note" for ln in lines) or any(glyph.search(ln.text) for ln in body):
        return False
    markers = [number_value(m.group(0)) for ln in body for m in superscripts.finditer(ln.text)]
    entries = {int(m.group(1)) for ln in lines if ln.kind == "reference" and (m := re.match(r"\[?(\d{1,3})", ln.stripped))}
    return bool(markers) and markers == sorted(markers) and set(markers) <= entries


def _english_abstract_before(lines: list[Line], heading: int, body_start: int) -> None:
    """Latin-script lines right before the reference list (two or more: an English title and
    abstract printed between the body and the list) are back matter, not body."""
    latin: list[Line] = []
    for ln in reversed(lines[body_start:heading]):
        if ln.kind in ("blank", *FURNITURE):
            continue
        if not (ln.kind == "body" and _is_latin(ln.stripped)):
            break
        latin.append(ln)
    if len(latin) >= 2:
        for ln in latin:
            ln.kind = "back"


def _entry_follows(lines: list[Line], start: int, pat: Patterns, misread: bool = False) -> str | None:
    """How the entries after a heading are numbered: "number" ([1], 1.), "glyph" (①), or None (no entry follows)."""
    nxt = next((ln for ln in lines[start:] if ln.kind not in ("blank", *FURNITURE)), None)
    return _entry_numbering(_entry_head(nxt.stripped, pat, None, misread)) if nxt is not None else None


def _entry_numbering(head: re.Match[str] | None) -> str | None:
    if head is None:
        return None
    if not head.re.groups:  # `misread_entry`: a [n] whose digits OCR misread
        return "number"
    lost_glyph = head.re.groups < GLYPH_ENTRY_GROUP  # `lost_glyph_entry`: a glyph number printed without its circle
    return "glyph" if lost_glyph or head.group(GLYPH_ENTRY_GROUP) else "number"


GLYPH_ENTRY_GROUP = 3  # reference_entry's group of a glyph number (①)


def _mark_entries(lines: list[Line], start: int, glyph_numbers: bool, pat: Patterns, misread: bool = False,
                  notes: bool = False) -> int:
    """Mark entry lines from `start` on; return the index where the section ends.

    A line belongs to the list when it starts an entry, reads as a piece of a reference (a type
    code, a year and volume, pages, a URL…), or continues an entry that has not ended — at
    most `max_bare_continuations` such lines (patterns.json `thresholds`), and not English after a
    Chinese entry (a line holding Chinese goes on), so that a cut-off last entry does not swallow
    what follows. Page furniture and footnotes between entries are skipped over, unless `notes`
    (the list's entries read as notes). In an endnote
    section (`glyph_numbers`: ① …) the glyph lines are its entries, and a note, often prose, takes up to `max_note_continuations` lines. With
    `misread` (an OCR reading), an entry opens with [n] as OCR misreads it after one that ended,
    a URL as OCR misreads it (`https:/www…`) is a reference's piece, a running header spaced
    out as OCR prints it (`layout_header`, `_folio_line`) is furniture,
    and lines read as notes are the list's too (they were notes because the list was not found).
    In a web page's copy (a line per paragraph) an entry is one line: the first line that opens
    none ends the list (a site's `编辑于 2022-09-05` stamp after it is no piece
    of a reference)."""
    entry: list[Line] = []
    bare = 0  # continuation lines of the open entry taken without a reference cue
    due = None  # the glyph number the next entry should open with
    numbering = "glyph" if glyph_numbers else "number"
    limit = pat.thresholds.max_note_continuations if glyph_numbers else pat.thresholds.max_bare_continuations
    one_line = _layout_mode(lines, pat) == "paragraph_lines"
    for i in range(start, len(lines)):
        ln = lines[i]
        if ln.kind in ("blank", *FURNITURE) or ln.kind == "note" and not (glyph_numbers or notes or misread):
            continue
        s = ln.stripped
        if misread and (layout_header(s, pat) or _folio_line(s, pat)):
            ln.kind = "header"
            continue
        if ln.kind == "editor_note" or pat.reference_heading.fullmatch(s) or pat.reference_section_end.match(s):
            return i
        head = _entry_head(s, pat, due, misread and not glyph_numbers and (not entry or _entry_ended(entry[-1].stripped)))
        if _entry_numbering(head) == numbering:
            entry, bare = [ln], 0
            due = _entry_number(head) + 1 if glyph_numbers else None
        elif one_line and entry:
            return i
        elif any(p.search(s) for p in pat.reference_cues) or misread and pat.misread_url.search(s):
            entry.append(ln)
        elif entry and not _entry_ended(entry[-1].stripped) and bare < limit and (
            not _is_latin(s) or _is_latin(entry[0].stripped) or IDEOGRAPH.search(s)
        ):
            entry.append(ln)
            bare += 1
        else:
            return i
        ln.kind = "reference"
    return len(lines)


def _entry_head(text: str, pat: Patterns, due: int | None, misread: bool = False) -> re.Match[str] | None:
    """The number an entry opens with: one of `reference_entry`'s forms, the bare digits of the
    glyph number due next (`12 《…》` after ⑪: the circle lost to a font without a Unicode map, an
    editor's paste or OCR), or, with `misread` (a numbered list, the entry before ended), a [n]
    as OCR misreads it (`misread_entry`)."""
    head = pat.reference_entry.match(text)
    if head is None and misread:
        return pat.misread_entry.match(text)
    if head or due is None:
        return head
    bare = pat.lost_glyph_entry.match(text)
    return bare if bare and int(bare.group(1)) == due else None


def _entry_ended(text: str) -> bool:
    """An entry's line ends the entry: final punctuation that is no abbreviation (pp., Vol.)."""
    return bool(re.search(r"[.。．\]]\s*$", text)) and not ABBREVIATION_AT_END.search(text)


def _reference_entries(lines: list[Line], pat: Patterns) -> list[Note]:
    """The entries of the reference list, each joined across its line and page breaks."""
    blocks: list[list[Line]] = []
    heads: dict[int, re.Match[str]] = {}
    due = None
    numbered = True  # the section's entries are numbered [1], 1. (not ①)
    for ln in lines:
        if ln.kind == "reference_heading":
            blocks.append([])  # a new section: a stray continuation line does not join the last one
            due, numbered = None, True
        elif ln.kind == "reference":
            ended = not blocks or not blocks[-1] or _entry_ended(blocks[-1][-1].stripped)
            head = _entry_head(ln.stripped, pat, due, misread=numbered and ended)
            if head or not blocks or not blocks[-1]:
                blocks.append([ln])
            else:
                blocks[-1].append(ln)
            if head:
                heads[ln.no] = head
                numbered = _entry_numbering(head) == "number"
                due = None if numbered else _entry_number(head) + 1
    entries: list[Note] = []
    for block in blocks:
        if not block:
            continue
        first = block[0]
        head = heads.get(first.no)
        lead = len(first.text) - len(first.text.lstrip())
        if head:
            group = next((g for g in range(1, (head.lastindex or 0) + 1) if head.group(g)), 0)
            read = _entry_number(head)
            number: str | None = None if read is None else str(read)
            number_span = (first.start + lead + head.start(group), first.start + lead + len(head.group(group).rstrip()) + head.start(group))
            text_start = first.start + lead + head.end()
        else:
            number, number_span, text_start = None, None, first.start
        parts = [_line_text(first, text_start)] + [_line_text(ln) for ln in block[1:]]
        entries.append(Note(first.page, number, len(entries) + 1, [ln.no for ln in block], _join(parts), number_span, in_reference_list=True))
    return _renumbered(entries)


def _renumbered(entries: list[Note]) -> list[Note]:
    """Entries whose number OCR misread take the ones their neighbours tell: `0]`, `[2]` between
    [10] and [13] are 11 and 12 (the list's first entry: 1 before [2]); a misread head at the
    list's end follows the entry before. A run of up to `MISREAD_RUN` entries is mended, only
    where the numbers around it leave exactly its length; a number missing from the print (9,
    11, 12) stays as printed."""
    numbers = [int(e.number) if e.number and e.number.isdigit() else None for e in entries]
    k = 0
    while k < len(entries):
        before = numbers[k - 1] if k else 0
        if before is None or numbers[k] == before + 1:
            k += 1
            continue
        run = next((j for j in range(k + 1, min(k + MISREAD_RUN + 1, len(entries)))
                    if numbers[j] == before + j - k + 1), None)
        if run is None and all(n is None for n in numbers[k:]):
            run = len(entries)
        for j in range(k, run if run is not None and all(e.number_span for e in entries[k:run]) else k):
            numbers[j] = before + j - k + 1
            entries[j].number = str(numbers[j])
        k = max(k + 1, run or 0)
    return entries


MISREAD_RUN = 3  # entries in a row whose numbers OCR misread, at most, that the list mends


def _pieces(note: Note, lines: list[Line]) -> list[tuple[int, int]]:
    """Raw spans of the note's runs of consecutive lines (only blank lines between): one piece,
    unless a page break put body text, furniture or other notes inside the note."""
    runs: list[list[int]] = []
    for no in note.lines:
        if runs and all(lines[k - 1].kind == "blank" for k in range(runs[-1][-1] + 1, no)):
            runs[-1].append(no)
        else:
            runs.append([no])
    pieces = []
    text = note.text.text
    for run in runs:
        a, b = note.text.clean_span(lines[run[0] - 1].start, lines[run[-1] - 1].end + 1)
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():  # the joining space after the run's last line
            b -= 1
        if a < b:
            pieces.append(note.text.raw_span(a, b))
    return pieces


def _note_like(text: str, pat: Patterns) -> bool:
    """Reads as a reference: a URL, an access date, Japanese quotation brackets, a publisher… or English."""
    return _strong_note_cue(text, pat) or any(p.search(text) for p in pat.note_cues_weak)


def _strong_note_cue(text: str, pat: Patterns) -> bool:
    """A cue body text rarely has: a URL, an access date, kana, a page, a publisher… or English."""
    return any(p.search(text) for p in pat.note_cues) or _is_latin(text)


def opens_with_note_debris(text: str, pat: Patterns) -> bool:
    """The line opens with what OCR leaves of a numberless note's circled number, its glyphs
    (`@ `, `G@) `: patterns.json `note_debris`), not an ideograph (which a body line may open with)."""
    return text[:1].isascii() and not text[:1].isdigit() and bool(pat.note_debris.match(text))


def _ends_note(text: str) -> bool:
    """The line ends a note: final punctuation, an access date, a page — not a URL cut at a dot."""
    tail = text.rsplit(None, 1)[-1] if text.strip() else ""
    if "://" in tail or tail.startswith("www.") or INITIAL_AT_END.search(text) or ABBREVIATION_AT_END.search(text):
        return False
    return bool(re.search(r"(\]|[。.]|[頁页号期]。?)\s*$", text))


def _pages_and_notes(lines: list[Line], body_start: int, mode: str, style: str, pat: Patterns) -> list[Page]:
    """Walk the lines from the body on: page breaks, note blocks and the notes in them."""
    number = note_number_pattern(style)
    pages = [Page(1)]
    body_width = _typical_width([ln for ln in lines[body_start:] if ln.kind == "body"])
    content = [ln for ln in lines if ln.stripped]
    lead_breaks = sum(ln.lead for ln in content) <= pat.line_role_model.lead_break_max_share * len(content)
    note_lines: list[list[Line]] = []  # the open page's notes, each a list of lines
    in_notes = False
    page_has_text = False
    awaited = 0  # note texts announced by a line of bare numbers (①②③) and not yet read

    def close_page() -> None:
        nonlocal note_lines, in_notes, page_has_text, awaited
        if note_lines:
            pages[-1].notes = _make_notes(note_lines, pages[-1].number, number)
        note_lines, in_notes, page_has_text, awaited = [], False, False, 0
        pages.append(Page(len(pages) + 1))

    for idx in range(body_start, len(lines)):
        ln = lines[idx]
        if ln.kind == "blank":
            ln.page = pages[-1].number
            continue
        if ln.kind in ("back", "editor_note", "reference_heading", "reference"):
            ln.page = pages[-1].number
            pages[-1].lines.append(ln.no)
            page_has_text = page_has_text or ln.kind.startswith("reference")  # furniture after it turns the page
            continue
        if ln.kind in ("header", "page_number"):
            if page_has_text:
                close_page()
            ln.page = pages[-1].number
            pages[-1].lines.append(ln.no)
            continue
        if ln.kind == "body" and mode == "paragraph_lines" and (
            awaited or len(ln.stripped) < pat.thresholds.max_note_line and _note_like(ln.stripped, pat)
            or in_notes and _numberless_note_expected(lines, idx, pages[-1], note_lines, style, number, pat)
        ):
            # a line per paragraph: a line a bare-number line announced, or a reference-like line, is a note
            ln.kind = "note"
            note_lines.append([ln])
            awaited = max(0, awaited - 1)
            in_notes = True
        elif ln.kind == "note" and not in_notes and mode == "wrapped" and _body_marker_at_line_start(ln, pages[-1], lines, style, number, pat):
            ln.kind = "body"
        elif ln.kind == "note":
            if number.match(ln.stripped) or not note_lines:
                note_lines.append([ln])
            else:
                note_lines[-1].append(ln)
            announced = _bare_numbers(ln.text, number)
            awaited = awaited + announced if announced else max(0, awaited - 1)
            in_notes = True
        elif in_notes and (
            ln.lead and not _wrapped_on(note_lines[-1][-1], ln, pat) or mode == "paragraph_lines"
            or not (awaited or _continues_note(note_lines[-1][-1], ln, body_width, pat))
        ):
            close_page()
        elif in_notes:
            ln.kind = "note"
            previous = note_lines[-1][-1]
            if awaited and (_bare_numbers(previous.text, number) or _ends_note(previous.stripped)):
                note_lines.append([ln])  # the next text a bare-number line announced
                awaited -= 1
            else:
                note_lines[-1].append(ln)
        elif ln.lead and page_has_text and mode == "wrapped" and lead_breaks:
            close_page()
        page_has_text = True
        ln.page = pages[-1].number
        pages[-1].lines.append(ln.no)
    if note_lines:
        pages[-1].notes = _make_notes(note_lines, pages[-1].number, number)
    pages = [p for p in pages if p.lines]
    _notes_run_over(lines, pages, mode, body_width, pat)
    _numberless_notes(lines, pages, mode, body_width, style, pat)
    return pages


def _numberless_note_expected(
    lines: list[Line], idx: int, page: Page, note_lines: list[list[Line]], style: str, number: re.Pattern[str], pat: Patterns
) -> bool:
    """In a file with a line per paragraph, the line after a page's notes is one more note, though
    it reads as prose, when the notes lost their numbers and are fewer than the page's markers,
    the page's body line was cut mid-sentence, the line ends as a note does, and a body line
    follows it to take up the cut sentence."""
    if any(number.match(block[0].stripped) for block in note_lines) or not NOTE_END.search(lines[idx].stripped):
        return False
    body = [lines[no - 1] for no in page.lines if lines[no - 1].kind == "body"]
    markers = sum(_glyph_markers(ln.text, style, pat) for ln in body)
    if not body or markers <= len(note_lines) or _ends_sentence(body[-1].stripped, pat):
        return False
    following = next((ln for ln in lines[idx + 1 :] if ln.kind != "blank"), None)
    return following is not None and following.kind == "body" and not _note_like(following.stripped, pat)


def _body_marker_at_line_start(ln: Line, page: Page, lines: list[Line], style: str, number: re.Pattern[str], pat: Patterns) -> bool:
    """A line opening with a note number after body lines is body when the number is past the
    page's first, not yet cited on the page, and the line has no reference cue: the wrap put the
    marker of the sentence above at the line start (③1963年…), while a page's note block opens
    with a number already cited."""
    head = number.match(ln.stripped)
    value = number_value(head.group(1)) if head else None
    if style == SUPERSCRIPT or value is None or value <= 1 or _strong_note_cue(ln.stripped, pat):
        return False
    body = [lines[no - 1] for no in page.lines if lines[no - 1].kind == "body"]
    cited = {m.group(0).lstrip("^") for b in body for m in marker_pattern(style).finditer(b.text)}
    return bool(body) and head.group(1) not in cited


def _glyph_markers(text: str, style: str, pat: Patterns) -> int:
    """How many footnote markers of the document's style a line holds (bracketed endnote numbers aside)."""
    return len(marker_pattern(style).findall(text)) - len(re.findall(pat.bracket_marker, text))


def _bare_numbers(text: str, number: re.Pattern[str]) -> int:
    """How many note numbers a line holds when it holds nothing else (①②③ printed apart from the texts)."""
    numbers = list(number.finditer(text))
    return len(numbers) if numbers and not number.sub("", text).strip() else 0


def _small_print(ln: Line, mode: str, body_width: float, pat: Patterns) -> bool:
    """Reads as a note line: a reference cue, or wider than a body line (notes are set smaller)."""
    return _note_like(ln.stripped, pat) or (mode == "wrapped" and width(ln.printed) > body_width + pat.thresholds.note_wider)


def _foot_run(body: list[Line], mode: str, body_width: float, pat: Patterns) -> list[Line]:
    """The small-print lines that end `body` (with a short last line of a note after them). A
    note without a cue (《title》, site, date) between two notes is taken too: it ends as a note
    does, right after a small-print line that ends one."""
    run: list[Line] = []
    for k in range(len(body) - 1, -1, -1):
        ln = body[k]
        above_small = k > 0 and _small_print(body[k - 1], mode, body_width, pat)
        last_line_of_note = above_small and width(ln.printed) < 0.5 * body_width
        note_between_notes = bool(run) and above_small and _ends_note(ln.stripped) and _ends_note(body[k - 1].stripped)
        if _small_print(ln, mode, body_width, pat) or last_line_of_note or note_between_notes:
            run.insert(0, ln)
        else:
            break
    return run


def _overleaf_line(above: list[Line], pat: Patterns, cut_note: bool = False) -> Line | None:
    """The one line a note may end with overleaf, when it is not small print: it ends as a note
    does, and the body line before it ends a sentence (taking it cuts no body sentence) or the
    note stopped at a comma, so the page break cut it and its end must be there."""
    if len(above) >= 2 and NOTE_END.search(above[-1].stripped) and (cut_note or _ends_sentence(above[-2].stripped, pat)):
        return above[-1]
    return None


def _open_note(page: Page) -> Note | None:
    """The page's last note when its text stops without a note's ending: it may go on overleaf."""
    if not page.notes or NOTE_END.search(page.notes[-1].text.text):
        return None
    return page.notes[-1]


def _continue_note(page: Page, run: list[Line]) -> None:
    """Join the lines `run` (printed at the foot of the next page) to the page's last note."""
    last = page.notes[-1]
    for ln in run:
        ln.kind = "note"
    text = _join([last.text] + [_line_text(ln) for ln in run])
    page.notes[-1] = Note(last.page, last.number, last.position, last.lines + [ln.no for ln in run], text, last.number_span)


def _notes_run_over(lines: list[Line], pages: list[Page], mode: str, body_width: float, pat: Patterns) -> None:
    """A note cut by the page break goes on at the foot of the next page, as numberless small
    print before that page's own first note: it joins the note it continues, so it is neither
    body text nor a note of the next page."""
    by_no = {ln.no: ln for ln in lines}
    for before, page in zip(pages, pages[1:]):
        if _open_note(before) is None or not page.notes or page.notes[0].number is None:
            continue
        first_note_line = min(n for n in page.lines if by_no[n].kind == "note")  # a bare number line (①) may stand above the text
        above: list[Line] = []
        for no in reversed([n for n in page.lines if n < first_note_line]):
            if by_no[no].kind != "body":
                break
            above.insert(0, by_no[no])
        run = _foot_run(above, mode, body_width, pat)
        cut_note = bool(NOTE_OPEN_MID_SENTENCE.search(before.notes[-1].text.text))
        if not run and (line := _overleaf_line(above, pat, cut_note)):
            run = [line]
        if run and len(run) < len([n for n in page.lines if by_no[n].kind == "body"]):
            _continue_note(before, run)


def _wrapped_on(previous: Line, ln: Line, pat: Patterns) -> bool:
    """A line with leading whitespace after a note line still open, reading as a note (English
    wrapped at a space keeps the space): the note goes on. After a note that has ended, the
    leading whitespace starts a new text block, the next page's body."""
    return not _ends_note(previous.stripped) and _note_like(ln.stripped, pat)


def _continues_note(previous: Line, ln: Line, body_width: float, pat: Patterns) -> bool:
    """A line after a note line continues the note unless it reads as body text again."""
    if not _ends_note(previous.stripped):
        return True
    return _note_like(ln.stripped, pat) or width(ln.printed) > body_width + 2.5


def _make_notes(blocks: list[list[Line]], page: int, number_pattern: re.Pattern[str]) -> list[Note]:
    """Split a page's note lines into notes; a line of bare numbers hands them to the texts after it.
    Where the page's notes print their numbers apart from their text (`[18] ASEAN`), one glued to
    it (`[19]小泉…`, a line per paragraph) is that note's number too (`_glued_numbers`)."""
    notes: list[Note] = []
    pending: list[tuple[str, tuple[int, int]]] = []
    glued_numbers = _glued_numbers(blocks, number_pattern)
    for block in blocks:
        first = block[0]
        numbers = list(number_pattern.finditer(first.text))
        head = number_pattern.match(first.stripped)
        if _bare_numbers(first.text, number_pattern):
            pending += [(m.group(1), (first.start + m.start(1), first.start + m.end(1))) for m in numbers]
            rest = block[1:]
            if not rest:
                continue
            block = rest
            first = block[0]
            head = None
        glued = None if head or pending else glued_numbers.get(first.no)
        if head or glued:
            m = numbers[0] if head else glued
            number, span = m.group(1), (first.start + m.start(1), first.start + m.end(1))
            text_start = first.start + m.end()
        elif pending:
            number, span = pending.pop(0)
            text_start = first.start
        else:
            number, span, text_start = None, None, first.start
        while text_start < first.end and first.text[text_start - first.start].isspace():
            text_start += 1
        if number is None and (debris := load_patterns().note_debris.match(first.text, text_start - first.start)):
            text_start = first.start + debris.end()
        parts = [_line_text(first, text_start)] + [_line_text(ln) for ln in block[1:]]
        notes.append(Note(page, number, len(notes) + 1, [ln.no for ln in block], _join(parts), span))
    return notes


def _glued_numbers(blocks: list[list[Line]], number_pattern: re.Pattern[str]) -> dict[int, re.Match[str]]:
    """The first lines of a page's notes that open with a bracketed number glued to their text,
    where it falls between the numbers printed apart before and after it (`[18] …`, `[19]小泉…`,
    `[20] …`); one that does not may be a body line's call read as a note (`[38]2019年…` above
    `[33] …`)."""
    heads = [(block[0].no, number_pattern.match(block[0].stripped), GLUED_NOTE_NUMBER.match(block[0].text))
             for block in blocks]
    printed = [(k, number_value(head.group(1))) for k, (_, head, _) in enumerate(heads) if head]
    found = {}
    for k, (no, head, glued) in enumerate(heads):
        if head or not glued or not printed:
            continue
        value = number_value(glued.group(1)) or 0
        before = [v for j, v in printed if j < k and v is not None]
        after = [v for j, v in printed if j > k and v is not None]
        if (not before or before[-1] < value) and (not after or value < after[0]):
            found[no] = glued
    return found


def _numberless_notes(lines: list[Line], pages: list[Page], mode: str, body_width: float, style: str, pat: Patterns) -> None:
    """Footnotes whose numbers were lost: note-like lines at the foot of a page, before its break."""
    by_no = {ln.no: ln for ln in lines}
    for previous, page in zip([None, *pages], pages):
        if page.notes:
            continue
        body = [by_no[n] for n in page.lines if by_no[n].kind == "body"]
        run = _foot_run(body, mode, body_width, pat)
        if not run or len(run) == len(body):
            continue
        if mode == "wrapped" and not any(_strong_note_cue(ln.stripped, pat) or width(ln.printed) > body_width + pat.thresholds.note_wider for ln in run):
            continue  # body lines that only quote or refer (参见《…》, 「…」) at a page's foot, in body print
        blocks: list[list[Line]] = []
        for ln in run:
            ln.kind = "note"
            if mode == "paragraph_lines" or not blocks or _ends_note(blocks[-1][-1].stripped):
                blocks.append([ln])
            else:
                blocks[-1].append(ln)
        above = body[: len(body) - len(run)]
        markers = sum(_glyph_markers(ln.text, style, pat) for ln in above)
        if previous is not None and _open_note(previous):
            if len(blocks) > markers:
                _continue_note(previous, blocks.pop(0))  # one text more than markers: the first goes on from overleaf
            elif (line := _overleaf_line(above, pat)) and len(blocks) == markers:
                _continue_note(previous, [line])
        page.notes = _make_notes(blocks, page.number, note_number_pattern(style)) if blocks else []


def _line_text(ln: Line, start: int | None = None) -> MappedText:
    """A line's content (from `start`) without surrounding whitespace, mapped to raw."""
    if ln.spans is not None:  # a call's number written over OCR's shorter debris
        first = 0 if start is None else next(k for k, (a, _) in enumerate(ln.spans) if a >= start)
        content = MappedText(ln.text[first:], array("l", (a for a, _ in ln.spans[first:])),
                             array("l", (b for _, b in ln.spans[first:])))
        return content.strip()
    s = ln.start if start is None else start
    e = ln.end
    text = ln.text
    while s < e and text[s - ln.start].isspace():
        s += 1
    while e > s and text[e - 1 - ln.start].isspace():
        e -= 1
    return MappedText(text[s - ln.start : e - ln.start], *_identity(s, e))


def _identity(start: int, end: int) -> tuple[array, array]:
    return array("l", range(start, end)), array("l", range(start + 1, end + 1))


def _join(parts: list[MappedText]) -> MappedText:
    """Rejoin pieces cut by line or page breaks: no space in Chinese, a space between words, none in URLs."""
    out: list[MappedText] = []
    word = ""  # the joined text's last word, across the parts joined without a space (a URL over three lines)
    for part in parts:
        if not part.text:
            continue
        if out:
            prev = out[-1]
            last, first = prev.text[-1], part.text[0]
            if last in SOFT_HYPHENS and len(prev.text) > 1 and prev.text[-2].isalpha() and first.isalpha():
                out[-1] = prev = prev[: len(prev) - 1]
            elif _needs_space(prev.text, part.text, word):
                gap = prev.ends[-1]
                out.append(MappedText(" ", *_identity(gap, gap + 1)))
                word = ""
        out.append(part)
        word = ((word + part.text).split() or [""])[-1]
    return MappedText.concat(out)


def _needs_space(before: str, after: str, tail: str) -> bool:
    """Whether a space joins `before` and `after`; `tail` is the word `before` ends with, which
    may have begun lines earlier (a URL's middle line holds no scheme of its own)."""
    last, first = unicodedata.normalize("NFKC", before[-1])[-1], unicodedata.normalize("NFKC", after[0])[0]  # ２０２２ joins as 2022
    if last in "”’" and len(before) > 1 and before[-2].isascii() and first.isascii() and first.isalnum():
        return True  # an English quotation closed before a word
    if not (last.isascii() and first.isascii()):
        return False
    if first == "[" and last != "[":  # an access date after a URL or a word
        return True
    if after.startswith(("http://", "https://")) and last != "/":  # a URL starts the line: a new word, not the rest of one
        return True
    if INITIAL_AT_END.search(before) and first.isalpha():  # a name's initial, then the name: Ivan R. / Dee
        return True
    if last in JOIN_NO_SPACE_AFTER or first in "/.,;:)]" or "://" in tail or tail.startswith("www.") or tail.endswith(("http:", "https:")):
        return False
    if _chinese_before_run(before):  # a number or Latin word cut inside Chinese text: 在2001至2 / 010年间
        return False
    return last.isalnum() or last in ",;:)\"'”" or first.isalnum()


def _chinese_before_run(text: str) -> bool:
    """The Latin or digit run that ends `text` (a date's separators inside it: 2006—2 / 007年) follows Chinese
    text or punctuation (（2 / 014）, ，20 / 19年), spaces and opening quotes between ignored (发布“20 / 22年)."""
    run = r"[A-Za-z0-9Ａ-Ｚａ-ｚ０-９]+(?:[-—–./－．／\u2009\u202f][A-Za-z0-9Ａ-Ｚａ-ｚ０-９]+)*[-—–./－．／]?$"  # 20\u202f1 / 9年 too
    last = re.sub(run, "", text.rstrip()).rstrip().rstrip("“‘«([").rstrip()[-1:]
    plain = unicodedata.normalize("NFKC", last)  # full-width Latin (ｅｙｅ ｔｏ) is Latin
    return bool(last) and unicodedata.east_asian_width(last) in "WF" and not (plain.isascii() and plain.isalnum())


def _typical_width(lines: list[Line]) -> float:
    """The full line width: the widest width that a good share of lines come within one em of.

    Full lines cluster tightly at the top; short last lines and indented first lines sit
    below it, and a few stray wide lines (notes whose numbers were lost) are too few to count.
    """
    widths = sorted(width(ln.printed) for ln in lines if ln.stripped)
    needed = max(2.0, load_patterns().thresholds.full_line_share * len(widths))
    for i in range(len(widths) - 1, -1, -1):  # widest first; count the lines within one em by bisection
        w = widths[i]
        if bisect_right(widths, w + 1.0) - bisect_left(widths, w - 1.0) >= needed:
            return w
    return widths[-1] if widths else 0.0


def _page_widths(lines: list[Line]) -> dict[int, float]:
    """The usual line width of each page's body (the document's where a page has few lines)."""
    by_page: dict[int, list[Line]] = {}
    for ln in lines:
        if ln.kind == "body":
            by_page.setdefault(ln.page, []).append(ln)
    overall = _typical_width([ln for on_page in by_page.values() for ln in on_page])
    return {page: _typical_width(on_page) if len(on_page) >= 8 else overall for page, on_page in by_page.items()}


def _ends_sentence(text: str, pat: Patterns) -> bool:
    """Ends with sentence-final punctuation, possibly followed by closing quotes and footnote markers."""
    text = text.rstrip()
    while text:
        m = re.search(pat.marker.pattern + r"\s*$", text)
        if m:
            text = text[: m.start()].rstrip()
        elif text[-1] in pat.closing:
            text = text[:-1]
        else:
            break
    if text.endswith(".") and len(text) > 1 and not text[-2].isascii():
        return True  # an ASCII full stop after Chinese text
    return bool(text) and bool(pat.sentence_end.match(text[-1]))


def _headings(lines: list[Line], mode: str, page_width: dict[int, float], pat: Patterns) -> set[int]:
    """Section headings: a heading pattern, after a paragraph's end, on a line that does not end a sentence."""
    body = [ln for ln in lines if ln.kind == "body"]
    continued: set[int] = set()
    for k, ln in enumerate(body):
        s = ln.stripped
        if not any(p.match(s) for p in pat.heading) or s[-1] in "。.；;，,":
            continue
        if k > 0 and body[k - 1].kind != "heading" and not _ends_sentence(body[k - 1].stripped, pat):
            continue
        limit = 80 if mode == "paragraph_lines" else page_width.get(ln.page, 0) + 0.5
        if width(ln.printed.strip()) > limit:
            continue
        ln.kind = "heading"
        nxt = body[k + 1] if k + 1 < len(body) else None
        if (
            mode == "wrapped" and nxt is not None
            and width(nxt.printed) < 0.5 * page_width.get(nxt.page, 0) and not _ends_sentence(nxt.stripped, pat)
            and not any(p.match(nxt.stripped) for p in pat.heading)
        ):
            nxt.kind = "heading"
            continued.add(nxt.no)
    return continued


def _paragraph_groups(
    lines: list[Line], continued: set[int], mode: str, page_width: dict[int, float], pat: Patterns,
    marker: re.Pattern[str],
) -> list[tuple[list[Line], bool]]:
    """Group body and heading lines into paragraphs: (lines, is_heading). A line that opens with
    one of the document's footnote markers goes on with the paragraph before: the marker belongs
    to the sentence whose punctuation ends that paragraph's last line (`。` then `[9]` wrapped to
    the next line), and no paragraph opens with one (a list item's ⑴ is no marker of a document
    citing with ①)."""
    seq = [ln for ln in lines if ln.kind in ("body", "heading")]
    groups: list[tuple[list[Line], bool]] = []
    current: list[Line] = []
    for k, ln in enumerate(seq):
        if ln.kind == "heading":
            if current:
                groups.append((current, False))
                current = []
            if ln.no in continued and groups and groups[-1][1]:
                groups[-1][0].append(ln)
            else:
                groups.append(([ln], True))
            continue
        current.append(ln)
        nxt = seq[k + 1] if k + 1 < len(seq) else None
        after = seq[k + 2].printed if k + 2 < len(seq) else ""
        goes_on = nxt is not None and _opens_with_marker(nxt.stripped, marker)
        if nxt is None or nxt.kind == "heading" or (
            not goes_on and _paragraph_ends(ln, nxt, after, current, mode, page_width, pat)
        ):
            groups.append((current, False))
            current = []
    return groups


def _opens_with_marker(text: str, marker: re.Pattern[str]) -> bool:
    """The line opens with a footnote marker, alone or before text that can open a sentence
    (`[9]2004年5月，…`): not before punctuation, as OCR's debris read as calls (`⁴:⁵  、`)."""
    found = marker.match(text)
    rest = text[found.end():].lstrip() if found else ""
    return bool(found) and (not rest or rest[0].isalnum() or rest[0] in OPENING_MARKS)


def _paragraph_ends(
    ln: Line, nxt: Line, after: str, current: list[Line], mode: str, page_width: dict[int, float], pat: Patterns
) -> bool:
    """The contract's rule: a sentence-final line ends the paragraph if it is clearly short,
    or if the next line is shorter than the page width by about the print indent."""
    if not _ends_sentence(ln.stripped, pat):
        return False
    if mode == "paragraph_lines":
        return True
    full = page_width.get(ln.page, 0.0)
    expected = full - (2.0 if len(current) == 1 and full - width(ln.printed) >= pat.thresholds.indent_ems[0] else 0.0)
    if expected - width(ln.printed) > first_token_width(nxt.printed) + 0.75:
        return True
    # "shorter than its neighbours by about the print indent": the line before (a full line,
    # or the page width when it is itself an indented first line) and the line after
    nxt_full = page_width.get(nxt.page, full)
    nxt_width = width(nxt.printed)
    slack = nxt_full - nxt_width
    if not pat.thresholds.indent_ems[0] <= slack <= pat.thresholds.indent_ems[1] + max(0.0, first_token_width(after) - 1.0):
        return False
    before = full if len(current) == 1 else width(ln.printed)
    after_width = width(after) if after.strip() else nxt_full
    after_is_last_line = nxt_full - after_width > pat.thresholds.indent_ems[1]
    return before - nxt_width >= 1.0 and (after_is_last_line or after_width - nxt_width >= 1.0)


def glued_furniture(lines: list[Line]) -> dict[int, int]:
    """Body lines that a layout-keeping extraction printed after the page's running header and
    folio, a gap of spaces between (`52   国际战略与外交史  2022 年第 3 期   参议院…`): line number →
    the raw offset where the text begins. The furniture is known by the document's own header and
    folio lines, digits aside (`repeat_key`), so a block no such line prints stays text."""
    furniture = {repeat_key(ln.stripped) for ln in lines if ln.kind in FURNITURE}
    out: dict[int, int] = {}
    for ln in lines:
        blocks = [m.span() for m in LAYOUT_BLOCK.finditer(ln.text)] if ln.kind == "body" else []
        k = next((k for k in range(len(blocks) - 1, 0, -1)  # the longest first: a folio and a header
                  if repeat_key(ln.text[: blocks[k - 1][1]]) in furniture), None)
        if k is not None:
            out[ln.no] = ln.start + blocks[k][0] if ln.spans is None else ln.spans[blocks[k][0]][0]
    return out


def _build_body(doc: Document, groups: list[tuple[list[Line], bool]], glued: dict[int, int]) -> None:
    """Join each paragraph's lines, without the furniture glued to them (`glued_furniture`),
    normalize the body once, and record paragraph spans."""
    pieces: list[MappedText] = []
    kinds: list[tuple[list[int], bool]] = []
    for group, heading in groups:
        text = _join([_line_text(ln, glued.get(ln.no)) for ln in group])
        if not text.text:
            continue
        if pieces:
            gap = pieces[-1].ends[-1]
            pieces.append(_separator(gap))
        pieces.append(text)
        kinds.append(([ln.no for ln in group], heading))
    body, counts = normalize(MappedText.concat(pieces))
    doc.body = body
    doc.normalizations.update({f"body:{k}": v for k, v in counts.items()})
    doc.paragraphs = []
    start = 0
    for (line_nos, heading), chunk in zip(kinds, body.text.split("\n") if kinds else [], strict=True):
        doc.paragraphs.append(Paragraph(start, start + len(chunk), line_nos, heading))
        start += len(chunk) + 1


def _separator(at_raw: int) -> MappedText:
    """The paragraph separator: a synthetic newline that maps to an empty raw span."""
    return MappedText("\n", array("l", [at_raw]), array("l", [at_raw]))
