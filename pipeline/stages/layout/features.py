"""Each line described once, for the line-role model: its shape, its cues, where it stands
among the blank lines and pages, what the rules made of it, where a PDF prints it
(`geometry`), and the same of its neighbours.

Features are sparse name → value dicts (scikit-learn's DictVectorizer convention); the names
are the model's vocabulary, so a change here asks for `claims train layout`.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from functools import cache

from pipeline.document import Line

from .geometry import LineBox, geometry_features
from .rules import (ALPHABETS_END, NOTE_GLYPHS, OPENING_MARKS, Patterns, front_label, opens_with_note_debris,
                    repeat_key, width)

FEATURES_VERSION = 5
NEIGHBOURS = (-2, -1, 1, 2)
NEIGHBOUR_KEYS = ("rule", "end", "start", "cue", "wide", "short", "gap_before", "gap_after", "kana", "latin", "bare",
                  "type", "rule_above", "ends_short")
URL = re.compile(r"https?://|www\.")
KANA, LATIN = re.compile("[\u3040-\u30ff]"), re.compile("[A-Za-z\u00c0-\u052f]")  # Latin, Greek, Cyrillic
CUES = {
    "url": URL,
    "accessed": re.compile(r"\[\d{4}-\d{1,2}-\d{1,2}\]|访问日期|访问时间|登录时间|accessed", re.I),
    "publisher": re.compile(r"出版社|出版公司|Press|Verlag"),
    "edition": re.compile(r"\d{4}\s*年版"),
    "issue_no": re.compile(r"第\s*\d+\s*[期卷]|No\.\s*\d+|Vol\.\s*\d+"),
    "pages": re.compile(r"第\s*\d+(\s*[-—–]\s*\d+)?\s*[页頁]|\d+\s*[頁页]|\bpp?\.\s*\d"),
    "author_colon": re.compile(r"^[^\s，。；：:]{2,12}[：:]\s*[《「『“]"),
    "zai": re.compile(r"载[《「]|载于|收入"),
    "see": re.compile(r"参见|参阅|详见|同上|Ibid|ibid|See |see "),
    "type_code": re.compile(r"\[[A-Z]{1,2}(/OL)?\]"),
    "title_marks": re.compile(r"《[^》]{1,40}》"),
    "jp_brackets": re.compile(r"[「」『』]"),
    "quote_open": re.compile(r"^[“「『《]"),
    "date_words": re.compile(r"\d{4}\s*年\s*\d{1,2}\s*月"),
    "year": re.compile(r"(1[89]|20)\d{2}"),
    "label": re.compile(r"^[【\[［〔].{2,6}[】\]］〕]|^(摘\s*要|关\s*键\s*词|内容提要|Abstract|Key\s*words)\s*[:：]"),
}
END_CLASSES = (("sentence", "。！？!?…"), ("comma", "，、；：,;:"), ("close", "”’）》」』】)]\"'"), ("digit", "0123456789"))


def line_features(lines: list[Line], pat: Patterns, style_glyphs: str,
                  measured: list[LineBox | None] | None = None) -> list[dict[str, float]]:
    """Features of every line (blank lines too, though only content lines are labelled); with
    `measured` (a PDF's lines, `geometry.measure_lines`), their geometry too."""
    content = [ln for ln in lines if ln.stripped]
    width_of = {ln.no: width(ln.printed) for ln in content}
    widths = sorted(width_of.values())
    full = widths[int(0.8 * (len(widths) - 1))] if widths else 1.0
    keys = Counter(repeat_key(ln.stripped) for ln in content)
    gaps_before, gaps_after = _gaps(lines)
    own: list[dict[str, float]] = []
    total = max(1, len(lines))
    lengths = sorted(len(ln.stripped) for ln in content)
    paragraph_lines = float(bool(lengths) and lengths[len(lengths) // 2] > pat.thresholds.paragraph_lines_median)
    first_heading = next((i for i, ln in enumerate(lines) if any(p.match(ln.stripped) for p in pat.heading)), total)
    labelled = [i for i, ln in enumerate(lines[:first_heading]) if front_label(ln.stripped, pat)]
    front_end = labelled[-1] if labelled else -1
    for i, ln in enumerate(lines):
        s = ln.stripped
        if not s:
            own.append({})
            continue
        f: dict[str, float] = {"bias": 1.0, f"rule={ln.kind}": 1.0}
        w = width_of[ln.no]
        f["wide"] = min(w / full, 2.0) if full else 0.0
        f["short"] = float(w < 0.6 * full)
        f["over"] = float(w > full + 1.5)
        f["log_len"] = math.log1p(len(s)) / 5
        lead = len(ln.text) - len(ln.text.lstrip())
        f[f"indent={min(lead, 4)}"] = 1.0
        f["gap_before"] = min(gaps_before[i], 3) / 3
        f["gap_after"] = min(gaps_after[i], 3) / 3
        f[f"decile={10 * i // total}"] = 1.0
        f["paragraph_lines"] = paragraph_lines
        f["before_first_heading"] = float(i < first_heading)
        f["after_front_labels"] = float(i > front_end >= 0)
        f["at_or_before_front_labels"] = float(i <= front_end)
        f[f"end={_end_class(s)}"] = 1.0
        f[f"start={_start_class(s, style_glyphs, pat)}"] = 1.0
        f["bare"] = float(bool(s) and all(ch in NOTE_GLYPHS or ch.isdigit() or ch.isspace() for ch in s))
        f["markers_inside"] = min(sum(ch in style_glyphs for ch in s[1:]), 3) / 3
        cue = 0.0
        for name, rx in CUES.items():
            if rx.search(s):
                f[f"cue:{name}"] = 1.0
                cue += name not in ("year", "date_words", "title_marks", "quote_open")
        f["cue"] = min(cue, 3) / 3
        letters = "".join(s.split())
        f["kana"] = len(KANA.findall(letters)) / len(letters)
        f["latin"] = len(LATIN.findall(letters)) / len(letters)
        f["digits"] = sum(ch.isdigit() for ch in letters) / len(letters)  # ① and ¹ count: str.isdigit
        f["repeats"] = float(keys[repeat_key(s)] >= 3 and len(s) <= 45)
        f["header_pattern"] = float(len(s) <= 45 and any(p.search(s) for p in pat.header))
        f["page_number_pattern"] = float(any(p.fullmatch(s) for p in pat.page_number))
        f["heading_pattern"] = float(any(p.match(s) for p in pat.heading))
        f["front_label"] = float(front_label(s, pat) is not None)
        f["reference_entry"] = float(bool(pat.reference_entry.match(s)))
        f["reference_section_end"] = float(bool(pat.reference_section_end.match(s)))
        own.append(f)
    if measured:
        for f, printed in zip(own, geometry_features(measured), strict=True):
            if f:
                f.update(printed)
    return _with_neighbours(own)


def _with_neighbours(own: list[dict[str, float]]) -> list[dict[str, float]]:
    """Each content line's features and some of its content neighbours', prefixed by their
    distance in content lines (blank lines skipped)."""
    content = [i for i, f in enumerate(own) if f]
    shared = {i: [(name, value) for name, value in own[i].items() if _family(name) in NEIGHBOUR_KEYS] for i in content}
    out: list[dict[str, float]] = [{} for _ in own]
    for rank, i in enumerate(content):
        f = dict(own[i])
        for step in NEIGHBOURS:
            at = rank + step
            if not 0 <= at < len(content):
                f[f"{step}:none"] = 1.0
                continue
            f.update((f"{step}:{name}", value) for name, value in shared[content[at]])
        out[i] = f
    return out


@cache
def _family(name: str) -> str:
    """A feature's family: `rule=body` → rule, `cue:url` → cue."""
    return name.split("=")[0].split(":")[0]


def _gaps(lines: list[Line]) -> tuple[list[int], list[int]]:
    """Blank lines right before and right after each line."""
    before, after, run = [0] * len(lines), [0] * len(lines), 0
    for i, ln in enumerate(lines):
        before[i] = run
        run = run + 1 if not ln.stripped else 0
    run = 0
    for i in range(len(lines) - 1, -1, -1):
        after[i] = run
        run = run + 1 if not lines[i].stripped else 0
    return before, after


def _end_class(text: str) -> str:
    last = unicodedata.normalize("NFKC", text[-1])[-1]
    if text[-1] in NOTE_GLYPHS:
        return "marker"
    return next((name for name, chars in END_CLASSES if last in chars), "latin" if last < ALPHABETS_END else "cjk")


def _start_class(text: str, style_glyphs: str, pat: Patterns) -> str:
    """How a line opens; `debris`: with what OCR leaves of a note's circled number (`@ `, `G@) `)."""
    first = text[0]
    if first in style_glyphs:
        return "own_glyph"
    if first in NOTE_GLYPHS:
        return "other_glyph"
    if opens_with_note_debris(text, pat):
        return "debris"
    if re.match(r"\d{1,2}\s", text):
        return "number_space"
    if re.match(r"[\[［〔【]\d{1,3}[\]］〕】](?:\s|$)", text):
        return "bracket_number_apart"  # a note's number: a call that opens a body line runs on into its text
    if re.match(r"[\[［〔【]\d{1,3}[\]］〕】]", text):
        return "bracket_number"
    if first.isdigit():
        return "digit"
    if first in OPENING_MARKS:
        return "open"
    return "latin" if first < ALPHABETS_END else "cjk"
