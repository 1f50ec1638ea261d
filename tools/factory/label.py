"""Give every extracted line the role its text was printed in.

The factory knows each printed piece (`Segment`); an extracted line is aligned back to one by
voting of its character n-grams (whitespace dropped, NFKC), which survives reordering, lost
glyphs and OCR misreadings. A note line that opens its note (with its number, or the number on
the line above alone) is `note_start`, the rest `note_cont` (a number alone between body lines
is a superscript call the extractor set apart: body); a line that no piece explains
(OCR debris) is `unknown` and left out of training and scoring.
"""

from __future__ import annotations

import unicodedata
from collections import Counter, defaultdict

from .typeset import Segment

GRAM = 4
MIN_SUPPORT = 0.34  # share of a line's n-grams that must agree on one piece and place in it
SLACK = 2  # characters a line's n-grams may shift against the piece (glyphs lost or misread in between)
ROLES = ("front", "heading", "body", "note_start", "note_cont", "header", "page_number", "reference", "back")


def norm(text: str) -> str:
    return "".join(unicodedata.normalize("NFKC", text).split())


class Aligner:
    """An n-gram index over the printed pieces."""

    def __init__(self, segments: list[Segment]) -> None:
        self.segments = segments
        self.texts = [norm(s.text) for s in segments]
        self.index: dict[str, list[tuple[int, int]]] = defaultdict(list)
        for k, text in enumerate(self.texts):
            for i in range(len(text) - GRAM + 1):
                self.index[text[i : i + GRAM]].append((k, i))

    def locate(self, line: str, hint: int | None = None) -> tuple[int, int] | None:
        """(piece, offset of the line's start in it), or None when no piece explains the line.
        A short line is looked for in `hint` (the previous line's piece) first."""
        text = norm(line)
        if not text:
            return None
        if len(text) < GRAM:
            if hint is not None and text in self.texts[hint]:
                return hint, self.texts[hint].find(text)
            inside = [(k, t.find(text)) for k, t in enumerate(self.texts) if text in t]
            return inside[0] if len({self.segments[k].role for k, _ in inside}) == 1 else None
        votes: Counter[tuple[int, int]] = Counter()
        grams = len(text) - GRAM + 1
        for i in range(grams):
            for k, at in self.index.get(text[i : i + GRAM], ()):
                votes[k, at - i] += 1
        if not votes:
            return None

        def diagonal(key: tuple[int, int]) -> int:  # grams in line with this start, a skipped glyph or two allowed
            return sum(votes.get((key[0], key[1] + d), 0) for d in range(-SLACK, SLACK + 1))

        (piece, offset), support = max(((key, diagonal(key)) for key in votes), key=lambda kv: (kv[1], -kv[0][0]))
        if support < MIN_SUPPORT * grams:
            return None
        return piece, max(offset, 0)


def label_lines(text: str, segments: list[Segment]) -> list[str]:
    """A role for each line of `text` (split at "\\n"): blank, unknown, or one of ROLES."""
    aligner = Aligner(segments)
    numbers = {s.text[: s.prefix] for s in segments if s.role == "note" and s.prefix}
    roles: list[str] = []
    previous: tuple[int, int] | None = None  # (piece, end offset) of the last content line
    for line in text.split("\n"):
        if not line.strip():
            roles.append("blank")
            continue
        if not _page_number(line, segments) and line.strip() in numbers:
            roles.append("number")  # a note's number on a line of its own (①), its text below
            previous = None
            continue
        found = _page_number(line, segments) or _furniture(line, segments) or aligner.locate(
            line, previous[0] if previous else None)
        if found is None:
            roles.append("unknown")
            continue
        piece, offset = found
        seg = segments[piece]
        role = seg.role
        if role == "note":
            after_own_number = previous is not None and previous[0] == piece
            role = "note_start" if offset <= seg.prefix and not after_own_number else "note_cont"
        if role == "note_start" and roles and roles[-1 - _blanks(roles)] == "number":
            role = "note_cont"  # the text of a number printed on the line above
        roles.append(role)
        previous = (piece, offset + len(norm(line)))
    return [_number_role(roles, k) if role == "number" else role for k, role in enumerate(roles)]


def _number_role(roles: list[str], k: int) -> str:
    """A number alone on its line opens its note; between body lines it is a superscript call
    the extractor set apart."""
    around = [next((r for r in seq if r != "blank"), None) for seq in (roles[k - 1 :: -1] if k else [], roles[k + 1 :])]
    return "body" if around == ["body", "body"] else "note_start"


def _blanks(roles: list[str]) -> int:
    """How many blank lines end `roles`."""
    count = 0
    while count < len(roles) and roles[-1 - count] == "blank":
        count += 1
    return count


def _furniture(line: str, segments: list[Segment]) -> tuple[int, int] | None:
    """A line that is a running header as printed (the running title is also the title's start)."""
    text = norm(line)
    return next(((k, 0) for k, s in enumerate(segments) if s.role == "header" and norm(s.text) == text), None)


def _page_number(line: str, segments: list[Segment]) -> tuple[int, int] | None:
    """A line that is a folio as some page printed it (digits, ·57·, — 57 —)."""
    text = norm(line)
    if not any(ch in "0123456789" for ch in line) or len(text) > 8:
        return None
    return next(((k, 0) for k, s in enumerate(segments) if s.role == "page_number" and norm(s.text) == text), None)
