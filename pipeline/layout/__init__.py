"""Layout: which role each raw line plays, the pages and their notes, the clean body.

`rules` reads the lines with hand rules (patterns in models/layout/patterns.json); `features`
describes each line once, the rules' reading among its features; `model` is the line-role
model learned from the article factory's renderings (models/layout/line_roles.json). The
decision is made here, in one place: where the model is confident of another role than the
rules gave, its role stands, and the pages and notes are built again from the decided roles
(`notes`).
"""

from __future__ import annotations

from ..document import Document
from . import model as line_model
from .features import line_features
from .model import FRONT_KINDS, LineRoleModel
from .notes import pages_from_roles, roles_from_rules
from .rules import _bare_numbers, note_number_pattern
from .rules import NOTE_END, assemble, front_label, load_patterns, marker_pattern, number_value, width
from . import rules

__all__ = ["NOTE_END", "analyze", "front_label", "load_patterns", "marker_pattern", "number_value", "width"]


def analyze(doc: Document, model: LineRoleModel | None = None) -> None:
    """Fill `doc.lines`, `doc.pages`, `doc.body`, `doc.paragraphs` and `doc.normalizations`;
    `doc.role_changes` counts the lines whose role the model changed. The model decides
    between body, note and furniture roles (front matter, back matter and reference lists stay
    the rules'), and never over notes printed apart from their numbers (①②③ on a line above)."""
    rules.analyze(doc)
    pat = load_patterns()
    model = model or line_model.load()
    features = line_features(doc.lines, pat, pat.marker_styles[doc.marker_style])
    content = [ln for ln, f in zip(doc.lines, features) if f]
    predicted, probabilities = model.decode([f for f in features if f])
    roles = roles_from_rules(doc)
    numbered = _number_lines(doc)
    rule = pat.line_role_model
    changed = 0
    for k, (ln, role) in enumerate(zip(content, predicted)):
        ruled = roles[ln.no]
        if (role != ruled and role in rule.decides and ruled in rule.decides and ln.no not in numbered
                and probabilities[k, model.roles.index(role)] >= rule.min_probability):
            roles[ln.no], changed = role, changed + 1
    doc.role_changes = changed
    if not changed:
        return
    for ln in content:
        ln.kind = _kind(roles[ln.no], ln.kind)
    doc.pages = pages_from_roles(doc.lines, roles, doc.marker_style)
    assemble(doc)


def _number_lines(doc: Document) -> set[int]:
    """Lines of bare note numbers (①, ①②③) and of the notes they hand their numbers to: the
    rules read notes printed apart from their numbers surely, the model has seen few."""
    number = note_number_pattern(doc.marker_style)
    bare = {ln.no for ln in doc.lines if ln.kind == "note" and _bare_numbers(ln.text, number)}
    by_no = {ln.no: ln for ln in doc.lines}
    apart = {no for note in doc.notes if note.number_span and not by_no[note.lines[0]].start <= note.number_span[0]
             < by_no[note.lines[0]].end for no in note.lines}
    return bare | apart


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
