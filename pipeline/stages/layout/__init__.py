"""Layout: which role each raw line plays, the pages and their notes, the clean body.

`rules` reads the lines with hand rules (patterns in models/layout/patterns.json); `features`
describes each line once, the rules' reading among its features; `model` is the line-role
model learned from the article factory's renderings (models/layout/line_roles.json). The
decision is made here, in one place: where the model is confident of another role than the
rules gave, within what patterns.json `line_role_model` lets it decide, its role stands, and
the pages and notes are built again from the decided roles (`notes`).
"""

from __future__ import annotations

import re
from functools import cache, partial

import numpy as np

from pipeline.document import Document, Line
from pipeline.engine import ConfigError, Stage, register
from pipeline.resources import resource

from . import model as line_model
from . import rules
from .features import line_features
from .geometry import LineBox, measure_lines
from .model import FRONT_KINDS, LineRoleModel
from .notes import (
    FURNITURE_ROLES,
    NOTE_ROLES,
    TEXT_ROLES,
    indented_openings,
    listed_lines,
    note_split,
    pages_from_roles,
    role_of,
    roles_from_rules,
)
from .plain_markers import read_markers_from_notes, read_numbered_debris
from .rules import (
    IDEOGRAPH,
    NOTE_END,
    SUPERSCRIPT,
    _ends_note,
    Patterns,
    _bare_numbers,
    assemble,
    bracketed_number,
    front_label,
    load_patterns,
    marker_pattern,
    note_number_pattern,
    number_value,
    width,
)


__all__ = ["NOTE_END", "Layout", "analyze", "bracketed_number", "front_label", "load_patterns", "marker_pattern",
           "number_value", "width"]


@register
class Layout(Stage):
    """Line roles, pages and their notes, the reference list, the clean body and paragraphs:
    the rules' reading, corrected by the line-role model (`line_model`, a file under models/;
    empty: the rules alone)."""

    name = "layout"
    requires = ("raw",)
    assigns = ("lines", "pages", "reference_list", "body", "paragraphs")
    settings = {"line_model": "layout/line_roles.json"}

    def __init__(self, **settings: object) -> None:
        super().__init__(**settings)
        path = self.config["line_model"]
        if path and not resource(path).is_file():
            raise ConfigError(f"layout.line_model: no model file {resource(path)} (rebuild it: claims train layout)")
        self.model = line_model.load(resource(path)) if path else None

    def __call__(self, doc: Document) -> Document:
        if self.model:
            analyze(doc, self.model)
        else:
            rules.analyze(doc)
        return doc


def analyze(doc: Document, model: LineRoleModel | None = None, measured: list[LineBox | None] | None = None) -> None:
    """Fill `doc.lines`, `doc.pages`, `doc.body`, `doc.paragraphs` and `doc.normalizations`;
    `doc.role_changes` counts the lines whose role the model changed; a PDF's lines are
    described with where they are printed (`geometry`; `measured` gives their boxes where the
    document has no characters' boxes, as the factory's renderings). The model decides within
    the groups of patterns.json `line_role_model` (text, notes or furniture; reference list or
    back matter; front matter stays the rules'), never over the lines of `_kept_lines`; running
    headers as a layout-keeping extraction prints them (`rules.layout_header`, and those it
    spaces from their folios that recur, `rules.recurring_lines`), a web page's promotions inside
    the text and a public account's prompts and listed articles (patterns.json `site_furniture`,
    `app_furniture`) are furniture whatever it decides,
    a constraint rather than a feature, so that the model keeps the inputs it was trained on; where
    a page's note lines are indented as such an extraction prints a note's first line, that tells
    where each note opens (`notes.indented_openings`), whatever it decides too; a full-text
    database's line on every page (`rules.database_stamp`, furniture by the rules) is kept out of
    the lines it reads, as the pages it learned from had none; so is
    the narrower line that ends a wrapped author or funding note (`rules.note_run_ons`), and a
    reference list whose first number OCR misread (`rules.misread_reference_sections`). It
    decodes knowing the roles each line cannot take (`_barred_roles`: a line holding a call after
    its text or a folio with its marks is no note's, nor, where the document has a reference
    list, one holding a bracketed number outside it…) and that the rules' first text line is no
    note's; a body line between two note lines goes on
    with the note above (`_note_islands`), whatever it decides. Where it changed a role, pages
    and notes are built again from the decided roles; and again where
    notes that lost their numbers tell plain-digit markers in a body that seemed to have none
    (`plain_markers.read_markers_from_notes`: among OCR's debris where no plain digit serves, in
    a superscript document too), or plain-numbered notes find theirs among OCR's debris
    (`plain_markers.read_numbered_debris`)."""
    rules.analyze(doc)
    pat = load_patterns()
    model = model or line_model.load()
    if measured is None and doc.sizes:
        measured = measure_lines(doc.lines, doc.boxes, doc.sizes, doc.rules)
    features = line_features(doc.lines, pat, pat.marker_styles[doc.marker_style], measured)
    features = [{} if rules.database_stamp(ln.stripped, pat) else f for ln, f in zip(doc.lines, features)]
    content = [ln for ln, f in zip(doc.lines, features) if f]
    rows = [f for f in features if f]
    # where a leading space opens a text block, Chinese text there goes on with no note (in the
    # factory's renderings whose lines seldom lead so, 5 of 102 such lines are labelled so)
    leads = _lead_breaks(doc, content)
    roles = roles_from_rules(doc)
    listed = listed_lines(roles)
    # the text opens the first page: no note goes on before it (the rules' first text line)
    opening = next((ln.no for ln in content if roles.get(ln.no) in TEXT_ROLES), None)
    barred = [NOTE_ROLES if ln.no == opening else _barred_roles(ln, pat, leads, listed) for ln in content]
    predicted, posterior = model.decode(rows, barred)
    rule = pat.line_role_model
    kept = _kept_lines(doc, pat)
    if doc.layout_mode == "paragraph_lines":  # a line per paragraph: every note line is a whole note
        predicted = ["note_start" if role == "note_cont" else role for role in predicted]
    confidence = _confidence(predicted, posterior, model.roles)
    numbered = {no for note in doc.notes if note.number for no in note.lines}
    changed = 0
    for k, (ln, role) in enumerate(zip(content, predicted)):
        ruled = roles[ln.no]
        if role == ruled or not rule.allows(ruled, role) or ln.no in kept:
            continue
        if confidence[k] < rule.threshold(ruled, role, _note_like(ln.stripped, rows[k], rule.note_max_chars)):
            continue
        if ruled in NOTE_ROLES and role in NOTE_ROLES and ln.no in numbered:
            continue  # where a numbered note starts is printed
        if role in FURNITURE_ROLES and pat.sentence_end.search(ln.text):
            continue  # running headers and folios hold no sentence
        roles[ln.no], changed = role, changed + 1
    for ln in rules.note_run_ons(doc.lines, pat):  # a note's wrapped end, read as body or title
        ln.kind = "author_note"
        if roles.get(ln.no) != "front":
            roles[ln.no], changed = "front", changed + 1
    for ln in rules.misread_reference_sections(doc.lines, pat):  # [1] read as [D: a list after all
        if ln.stripped and roles.get(ln.no) != role_of(ln.kind):
            roles[ln.no], changed = role_of(ln.kind), changed + 1
    indented = indented_openings(content, roles)  # where the print indents a note's first line
    for no, role in indented.items():
        if roles[no] != role and no not in kept:
            roles[no], changed = role, changed + 1
    changed += _debris_openings(content, rows, roles, kept)
    changed += _note_islands(content, roles, kept)
    openings = frozenset(no for no, role in indented.items() if roles[no] == role == "note_start")
    recurring = rules.recurring_lines(doc.lines, pat, spaced=True)
    recurring_keys = {rules.repeat_key(ln.stripped) for ln in doc.lines if ln.no in recurring}
    promotions = pat.site_furniture + pat.app_furniture
    for ln in content:
        furniture = (rules.layout_header(ln.stripped, pat) or ln.no in recurring
                     or any(p.match(ln.stripped) for p in promotions))
        if roles[ln.no] in ("body", "heading") and ln.no not in kept and furniture:
            roles[ln.no], changed = "header", changed + 1
        elif roles[ln.no] in NOTE_ROLES and rules.repeat_key(ln.stripped) in recurring_keys:
            roles[ln.no], changed = "header", changed + 1  # a running header OCR set among the notes
    doc.role_changes = changed
    if changed:  # else the rules' pages stand: built from the same roles, with the print's page breaks
        for ln in content:
            ln.kind = _kind(roles[ln.no], ln.kind)
        _build_pages(doc, content, roles, posterior, model, openings, leads)
    glyphs = "".join(pat.marker_styles.values())
    split = partial(note_split, opens=_opens(content, posterior, model))
    read = doc.marker_style == "circled" and (read_numbered_debris(doc, glyphs, pat.bracket_marker)
                                              or read_markers_from_notes(doc, glyphs, pat.bracket_marker, split=split))
    if read or doc.marker_style == SUPERSCRIPT and not doc.endnotes:  # then the pages whose markers are still plain
        read = read_markers_from_notes(doc, glyphs, pat.bracket_marker, superscript=True,
                                       split=None if read else split) + read
    if read:
        doc.marker_style = SUPERSCRIPT  # the notes' count found the markers: pages again, split by them
        _build_pages(doc, content, roles, posterior, model, openings, leads)


def _debris_openings(content: list[Line], rows: list[dict[str, float]], roles: dict[int, str], kept: set[int]) -> int:
    """A body line opening with what OCR leaves of a note's number (`@ `, `G@) `: its
    `start=debris` feature) opens a note, and the lines of its block (no blank line between) go
    on with it, whatever the model decides: in the factory's OCR readings every such line opens a
    note, and no text-layer line opens so. The number of roles changed."""
    changed, block = 0, False
    for k, ln in enumerate(content):
        block = block and ln.no == content[k - 1].no + 1 and roles[ln.no] == "body"
        if block:
            roles[ln.no], changed = "note_cont", changed + 1
        elif roles[ln.no] == "body" and ln.no not in kept and "start=debris" in rows[k]:
            roles[ln.no], changed, block = "note_start", changed + 1, True
    return changed


def _calls_inside(ln: Line, pat: Patterns) -> bool:
    """The line holds a footnote call after its text (`合作。①2016年`): a body line, never a
    note's (a note's own number opens it, and one note cites another as 注①; in the factory's
    labelled renderings no note line holds a call after text but one of pdfminer's, where a
    page's notes ran into one line)."""
    glyphs = "".join(run for style, run in pat.marker_styles.items() if style != SUPERSCRIPT)
    return _call_after_text(glyphs).search(ln.stripped) is not None


@cache
def _call_after_text(glyphs: str) -> re.Pattern[str]:
    """A call glyph after text: not after a space, `^` or another glyph, nor after 注 (同注①: a
    note citing another); compiled once, as it is asked of every line."""
    escaped = re.escape(glyphs)
    return re.compile(f"[^\\s^{escaped}注][{escaped}]")


def _barred_roles(ln: Line, pat: Patterns, leads: bool, listed: set[int]) -> tuple[str, ...]:
    """The roles the line cannot take, whatever the model decides. A line holding a call after
    its text or a folio with its marks is no note's. A line opening with a bracketed number
    (`[7]`, `［7］`, `〔7〕`) is no back matter's (an English title or abstract; in a document
    without a reference list it is a bracketed footnote, as h18 prints its last page's notes
    after 责任编辑). Where the rules found a reference list, a line outside it holding a
    bracketed number, at its start (the line break left a call there: `［7］2022年…`) or after
    its text (`显现。[18]D线工程…`), is no note's either: its numbers cite the list. Where a
    leading space opens a text block, Chinese text there goes on with no note."""
    if _calls_inside(ln, pat) or _decorated_folio(ln, pat):
        return NOTE_ROLES
    entry = pat.reference_entry.match(ln.stripped)
    opens = entry is not None and entry.group(1) is not None  # the bracketed form
    if listed and ln.no not in listed and (opens or re.search(pat.bracket_marker, ln.stripped)):
        return ("back", *NOTE_ROLES) if opens else NOTE_ROLES
    if opens:
        return ("back",)
    return ("note_cont",) if leads and ln.block_lead and IDEOGRAPH.match(ln.stripped) else ()


def _decorated_folio(ln: Line, pat: Patterns) -> bool:
    """A folio printed with its marks (`·12·`, `— 55 —`, `第12页`): furniture, never a note's line
    (a bare number may be a call the extractor set apart)."""
    return not ln.stripped.isdigit() and any(p.match(ln.stripped) for p in pat.page_number)


def _note_islands(content: list[Line], roles: dict[int, str], kept: set[int]) -> int:
    """A body line with note lines right above and below it (no blank line between) goes on
    with the note above, whatever the model decides: its transitions see one line at a time,
    and a page's notes are never split by one line of text (in the factory's labelled
    renderings no body line sits so; every one the model read so was a note's prose). The
    number of roles changed."""
    changed = 0
    for before, ln, after in zip(content, content[1:], content[2:]):
        if (roles[ln.no] == "body" and ln.no not in kept and roles[before.no] in NOTE_ROLES
                and roles[after.no] in NOTE_ROLES and before.no + 1 == ln.no == after.no - 1):
            roles[ln.no], changed = "note_cont", changed + 1
    return changed


def _build_pages(doc: Document, content: list[Line], roles: dict[int, str], posterior: np.ndarray,
                 model: LineRoleModel, indented: frozenset[int], lead_breaks: bool) -> None:
    """Pages, notes and the clean body from the decided roles; `indented`: the note lines whose
    indentation says they open a note; `lead_breaks`: `_lead_breaks`."""
    doc.pages = pages_from_roles(doc.lines, roles, doc.marker_style, _opens(content, posterior, model),
                                 lead_breaks, indented, _noted(content, posterior, model))
    assemble(doc)


def _lead_breaks(doc: Document, content: list[Line]) -> bool:
    """A leading space opens a text block (a page's top, often): the document is wrapped and at
    most patterns.json `lead_break_max_share` of its content lines start with one."""
    leading = sum(ln.block_lead for ln in content) / len(content) if content else 1.0
    return doc.layout_mode == "wrapped" and leading <= load_patterns().line_role_model.lead_break_max_share


def _opens(content: list[Line], posterior: np.ndarray, model: LineRoleModel) -> dict[int, float]:
    """How likely each content line is to open a note, if it is a note line (by line number)."""
    start, cont = model.roles.index("note_start"), model.roles.index("note_cont")
    return {ln.no: float(posterior[k, start] / max(posterior[k, start] + posterior[k, cont], 1e-9))
            for k, ln in enumerate(content)}


def _noted(content: list[Line], posterior: np.ndarray, model: LineRoleModel) -> dict[int, float]:
    """How likely each content line is to be a note's line at all (by line number)."""
    notes = [model.roles.index(role) for role in NOTE_ROLES]
    return {ln.no: float(posterior[k, notes].sum()) for k, ln in enumerate(content)}


def _confidence(predicted: list[str], posterior: np.ndarray, roles: tuple[str, ...]) -> list[float]:
    """How sure the model is of each decoded role, given the whole sequence: its posterior, and
    for a note line the posterior of being a note at all (where a note starts is settled later,
    against the page's markers)."""
    notes = [roles.index(r) for r in NOTE_ROLES]
    return [float(posterior[k, notes].sum() if role in NOTE_ROLES else posterior[k, roles.index(role)])
            for k, role in enumerate(predicted)]


def _kept_lines(doc: Document, pat: Patterns) -> set[int]:
    """Lines whose rules' role stands, whatever the model says: bare note numbers (①, ①②③), the
    line above them and the notes they hand their numbers to, a note the rules carried over a
    page break (it stopped at a comma; the model reads lines alone), a line that ends a
    reference list by its label
    (`reference_section_end`: Abstract, Key words…), and back matter that neither opens an entry
    nor carries a reference cue (an English title printed before or inside the list); a body
    line citing a footnote past its first character (notes cite none); and the lines of a page
    whose notes lost their numbers but are as many as its markers (the counts agreeing is the
    best evidence where the notes start). The model has seen few of each."""
    number = note_number_pattern(doc.marker_style)
    by_no = {ln.no: ln for ln in doc.lines}
    kept = {ln.no for ln in doc.lines if ln.kind == "note" and _bare_numbers(ln.text, number)}
    content = [ln for ln in doc.lines if ln.stripped]
    kept |= {above.no for above, ln in zip(content, content[1:]) if ln.no in kept}  # a note block opens below it
    kept |= {ln.no for ln in doc.lines if ln.stripped and pat.reference_section_end.match(ln.stripped)}
    kept |= {ln.no for ln in doc.lines if ln.kind == "back" and not _reference_like(ln.stripped, pat)}
    kept |= {ln.no for ln in doc.lines
             if ln.kind == "body" and rules._glyph_markers(ln.stripped[1:], doc.marker_style, pat)}
    for page in doc.pages:
        markers = sum(rules._glyph_markers(by_no[no].text, doc.marker_style, pat)
                      for no in page.lines if by_no[no].kind == "body")
        if page.notes and not any(note.number for note in page.notes) and len(page.notes) == markers:
            kept.update(page.lines)
    for note in doc.notes:
        first = by_no[note.lines[0]]
        apart = note.number_span is not None and not first.start <= note.number_span[0] < first.end
        if apart or len(note.pieces) > 1:
            kept.update(note.lines)
    return kept


def _note_like(text: str, row: dict[str, float], max_chars: int) -> bool:
    """A line that could be a note's: no longer than `max_chars`, ending as a note does, with a
    note's cue (a title, a year, pages, a publisher…: the `cue:` features of its own `row`), so
    no paragraph's last line."""
    return len(text) <= max_chars and _ends_note(text) and any(name.startswith("cue:") for name in row)


def _reference_like(text: str, pat: Patterns) -> bool:
    """Opens a reference-list entry or carries a reference cue (a type code, a URL, pages…)."""
    return bool(pat.reference_entry.match(text)) or any(p.search(text) for p in pat.reference_cues)


def _kind(role: str, ruled: str) -> str:
    """The line kind for a decided role, keeping the rules' finer kind where it agrees."""
    if role == "front":
        return ruled if ruled in FRONT_KINDS else "front"
    if role in ("note_start", "note_cont"):
        return "note"
    if role == "reference":
        return ruled if ruled in ("reference", "reference_heading") else "reference"
    if role == "back":
        return ruled if ruled == "editor_note" else "back"
    return role
