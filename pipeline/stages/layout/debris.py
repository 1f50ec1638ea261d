"""Where OCR left a note marker it misread, learned from the factory's OCR readings.

Tesseract reads a circled or superscript call as debris glued to the text: `。9同年`, `。?次年`,
`。22007年` (② before 2007年), `：@西方`, and now and then as an ideograph (`。曙2012年`,
`目。有` at a paragraph's end). A page of k notes asks for k calls in its text; which
characters are they? Each candidate (one or two characters after text, not continuing a
number) is described by what it is and what stands around it, the plain-digit scores of
models/layout/plain_markers.json among them (rules as features), and a logistic regression
trained on the factory's OCR readings, whose clean copy says where every call was
(`claims train ocr-debris`, models/layout/ocr_debris.json), gives its probability. The page's
calls are then chosen in order by those probabilities (`plain_markers._best_places`), a call
OCR left no trace of costing `skip_cost`. Where some call left no trace, which note each
found call stands for is not told by their order alone: a second decision, trained on the
clean copies' calls and notes, scores how well a note fits the sentence a call ends (a title
both name, a year or month both give, words they share), and the choice weighs it too.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy as np

from pipeline.resources import MODELS, check_features_version

MODEL_FILE = MODELS / "layout" / "ocr_debris.json"
FEATURES_VERSION = 2
HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
AFTER_TEXT = "。！？；”’」』）)》】〕，、：.,;:!?\"'"  # what a call follows when OCR read it as an ideograph
OPENING = "(（〈[【"  # a bracket OCR glued to a call's debris (`9(`, `吕(`)
UNITS = "年月日"
TITLE = re.compile(r"《([^》]{2,40})》")
YEAR = re.compile(r"(?<![0-9])(1[5-9][0-9]{2}|20[0-9]{2})(?![0-9])")
MONTH = re.compile(r"(?<![0-9])(1[5-9][0-9]{2}|20[0-9]{2})年([0-9]{1,2})月")
LATIN_WORD = re.compile(r"[A-Za-z]{4,}")
BARE_NOTE = re.compile(r"\s*(同上|Ibid|ibid|前引|同前)")  # a note that names nothing of its own
CONTEXT = 80  # characters before a call at most that its note may echo
LONGEST = 5  # characters of a bracketed call's debris at most: OCR reads a raised [28] as `[281`, [32] as `B21`
DOC = ("Where OCR left a note call it misread (pipeline/stages/layout/debris.py), rebuilt by `claims train "
       "ocr-debris`: `calls`, a logistic regression over a candidate's features (what the characters are, what "
       "stands around them); `affinity`, one over what a note shares with the sentence a call ends; a candidate "
       "is offered from probability `threshold` on, and a call left without place costs `skip_cost` against the "
       "log-odds of those placed; `bracketed`, the calls decision for bracketed footnotes ([28] read as `[281` or "
       "`m`), and `numbers`, one over what a bracketed call's debris shares with the number it is read as.")


def shape(ch: str) -> str:
    """A character's class: digit, ideograph, Latin letter, ASCII punctuation, other."""
    if ch.isdigit() and ch.isascii():
        return "D"
    if HAN.match(ch):
        return "H"
    if ch.isascii() and ch.isalpha():
        return "A"
    if ch.isascii():
        return "P"
    return "O"


def offered(before: str, token: str) -> bool:
    """Whether `token` after `before` may be a call's debris: an ideograph only after punctuation
    (a glyph OCR misread, not the text's next word); two characters only where neither is an
    ideograph, or the second is a bracket OCR glued to the first (`9(`, `吕(`); more (up to
    `LONGEST`, offered for bracketed footnotes) only ASCII holding a digit or a bracket, after
    no Latin letter."""
    shapes = "".join(shape(ch) for ch in token)
    if shapes[0] == "H" and before not in AFTER_TEXT:
        return False
    if len(token) > 2:  # a bracketed call's debris (`[281`, `B21`): ASCII, a digit or a bracket, not a word's letters
        return (shape(before) != "A" and set(shapes) <= set("DAP") and not token.isdigit() and " " not in token
                and any(ch.isdigit() or ch in "[]" for ch in token))
    return len(token) == 1 or token[1] in OPENING or "H" not in shapes


def features(joined: str, at: int, size: int, number_after: tuple[str, str], ends_block: bool,
             line_start: bool, line_end: bool, rules: dict[str, float]) -> dict[str, float]:
    """What the decision reads of the characters `joined[at:at+size]`: what they are, the
    character before, what follows (a number and its unit, the paragraph's end), where in the
    line they stand, what the plain-digit rules say of the place (`rules`: their scores of the
    characters around it), and for an ideograph how common a word it is and whether it opens a
    word with what follows."""
    token, end = joined[at : at + size], at + size
    before = joined[at - 1]
    digits, unit = number_after
    shapes = "".join(shape(ch) for ch in token)
    f: dict[str, float] = {}
    if size > 2:  # a bracketed call's debris: its shape with digit runs as one, its brackets
        f[f"shape={re.sub('D+', 'D+', shapes)}"] = 1.0
        f.update({name: 1.0 for name, bracket in (("bracket_open", "["), ("bracket_close", "]")) if bracket in token})
    else:
        f[f"shape={shapes}"] = 1.0
    if "H" not in shapes and size <= 2:
        f[f"token={token}"] = 1.0
    f[f"before={before}" if shape(before) in "PO" else f"before_shape={shape(before)}"] = 1.0
    if ends_block:
        f["ends_block"] = 1.0
    elif digits:
        f[f"number_after={min(len(digits), 5)}{unit if unit in UNITS else ''}"] = 1.0
    elif end < len(joined):
        after = joined[end]
        f[f"after={after}" if shape(after) in "PO" or after in UNITS else f"after_shape={shape(after)}"] = 1.0
    if line_start:
        f["line_start"] = 1.0
    if line_end:
        f["line_end"] = 1.0
    f.update(rules)
    if "H" in shapes:
        words = _words()
        f["han_frequency"] = math.log10(words.get(token, 0) + 1) / 6
        f["han_word_on"] = float(any(joined[at : at + n] in words for n in (2, 3)))
        f["word_after"] = float(any(joined[end : end + n] in words for n in (2, 3)))
    return f


def context_before(joined: str, at: int) -> str:
    """The sentence a call at `at` ends: back from it (past the punctuation it follows) to the
    end of the sentence before, at most `CONTEXT` characters."""
    end = at
    while end > 0 and joined[end - 1] in AFTER_TEXT:
        end -= 1
    start = max(0, end - CONTEXT)
    stop = max(joined.rfind(mark, start, end) for mark in "。！？")
    return joined[stop + 1 if stop >= 0 else start : end]


def affinity_features(context: str, note: str) -> dict[str, float]:
    """What a note shares with the sentence a call ends: a 《title》 the sentence names, a year or
    a month both give, the share of the sentence's pairs of ideographs and of its Latin words
    found in the note; whether the note names nothing of its own (同上, Ibid.)."""
    f: dict[str, float] = {}
    if any(title in note for title in TITLE.findall(context)):
        f["title"] = 1.0
    years = set(YEAR.findall(context))
    if years & set(YEAR.findall(note)):
        f["year"] = 1.0
    if {(y, int(m)) for y, m in MONTH.findall(context)} & {(y, int(m)) for y, m in MONTH.findall(note)}:
        f["month"] = 1.0
    pairs = {context[k : k + 2] for k in range(len(context) - 1) if HAN.match(context[k]) and HAN.match(context[k + 1])}
    if pairs:
        f["pairs"] = sum(pair in note for pair in pairs) / len(pairs)
    words = {w.lower() for w in LATIN_WORD.findall(context)}
    if words:
        f["latin"] = sum(w in note.lower() for w in words) / len(words)
    if BARE_NOTE.match(note):
        f["bare_note"] = 1.0
    return f


def number_features(token: str, number: int) -> dict[str, float]:
    """What a bracketed call's debris shares with the number it would be read as: [28] read as
    `[281` holds it, [13] as `03` its last digit; and its first character with the number's tens
    digit (`_` for none), which OCR reads together with the bracket (`B` for `[3`, `0` for `[1`)."""
    digits, wanted = "".join(ch for ch in token if ch.isdigit()), str(number)
    f: dict[str, float] = {}
    if digits:
        f.update({name: 1.0 for name, holds in (("number_in", wanted in digits), ("number_equal", digits == wanted),
                                                ("last_digit", wanted[-1] in digits)) if holds})
        if len(wanted) > 1 and wanted[-2] in digits:
            f["tens_digit"] = 1.0
    if token[0].isascii():
        f[f"lead={token[0]}&tens={wanted[-2] if len(wanted) > 1 else '_'}"] = 1.0
    return f


@cache
def _words() -> dict[str, int]:
    """jieba's dictionary: its words and their counts (an ideograph OCR made of a call rarely
    opens a word with what follows)."""
    import jieba

    jieba.setLogLevel(60)
    jieba.initialize()
    return jieba.dt.FREQ


@dataclass(frozen=True)
class Linear:
    """A logistic regression over sparse named features, loaded with numpy alone."""

    vocabulary: dict[str, int]
    weights: np.ndarray
    bias: float

    def log_odds(self, rows: list[dict[str, float]]) -> np.ndarray:
        return np.array([self.bias + sum(self.weights[self.vocabulary[n]] * v for n, v in row.items()
                                         if n in self.vocabulary) for row in rows])

    def to_json(self) -> dict[str, object]:
        names = sorted(self.vocabulary, key=self.vocabulary.get)
        return {"bias": round(self.bias, 6), "weights": {n: round(float(self.weights[self.vocabulary[n]]), 6)
                                                          for n in names}}

    @classmethod
    def from_json(cls, spec: dict) -> Linear:
        names = list(spec["weights"])
        return cls({n: k for k, n in enumerate(names)}, np.array([spec["weights"][n] for n in names]), float(spec["bias"]))


@dataclass(frozen=True)
class DebrisModel:
    """The decisions: `calls`, whether a candidate is a call's debris (offered to the page's
    choice from probability `threshold` on; a call left without place costs `skip_cost` against
    the log-odds of those placed); `affinity`, how well a note fits the sentence a call ends;
    for bracketed footnotes (numbered through the article) `bracketed`, the calls decision
    learned on their readings, and `numbers`, how well a candidate's debris fits a number."""

    calls: Linear
    affinity: Linear
    bracketed: Linear
    numbers: Linear
    threshold: float
    skip_cost: float

    def to_json(self, trained_on: dict[str, object]) -> dict[str, object]:
        return {"_doc": DOC, "features_version": FEATURES_VERSION, "trained_on": trained_on, "threshold": self.threshold,
                "skip_cost": self.skip_cost, "calls": self.calls.to_json(), "affinity": self.affinity.to_json(),
                "bracketed": self.bracketed.to_json(), "numbers": self.numbers.to_json()}

    @classmethod
    def from_json(cls, spec: dict) -> DebrisModel:
        return cls(*(Linear.from_json(spec[name]) for name in ("calls", "affinity", "bracketed", "numbers")),
                   float(spec["threshold"]), float(spec["skip_cost"]))


@cache
def load(path: Path = MODEL_FILE) -> DebrisModel:
    spec = json.loads(path.read_text(encoding="utf-8"))
    check_features_version(spec, FEATURES_VERSION, "OCR-debris", "ocr-debris")
    return DebrisModel.from_json(spec)
