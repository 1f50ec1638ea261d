"""Features of an actor candidate, computed once per sentence and candidate.

What the sources say (which rule, the model's type, the gazetteer's type, which pattern) and
what the text around the span says: whether the dictionary segmenter puts word boundaries where
the candidate begins and ends (访华|为 holds no 华为), its script (an English gloss in brackets
after a Chinese name), the characters either side (… 的, 与 …, 《 …), the brackets around it (a
candidate inside quotes or a title never gets here: decision.candidates drops it), how it sits
against the other candidates (inside a rule's longer name), its shape (written in transliteration
characters, a place's or a person's; a Chinese family name and a given name); and, from the whole
document, whether it is a short form of a person named in full elsewhere (奈 after 约瑟夫·奈).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from .recognizer import DATA, Actor, Spans, _cut, lexicon

FEATURES_VERSION = 3
OPENING, CLOSING = "（(", "）)"


@dataclass(frozen=True)
class Candidate:
    actor: Actor
    sources: frozenset[str]  # rule:<name>, model:<type>, gazetteer:<type>, pattern:<id>
    place: bool = False  # only the model read it, inside a form of exclusions.txt: never kept

    @property
    def by_rules(self) -> bool:
        return any(s.startswith("rule:") for s in self.sources)


@dataclass(frozen=True)
class SentenceContext:
    sentence: str
    boundaries: frozenset[int]  # offsets where the dictionary segmenter starts a word
    model: Spans
    rule_spans: list[tuple[int, int]]
    bracket_depth: list[int]  # open round brackets before each offset
    short_names: frozenset[str]  # the document's persons' short forms (奈 of 约瑟夫·奈; document_persons)
    transliteration: str  # the characters of transliterated names (rules.json names.transliteration)


def sentence_context(sentence: str, spans: Spans, found: list[Candidate],
                     short_names: frozenset[str] = frozenset()) -> SentenceContext:
    boundaries, at = {0, len(sentence)}, 0
    for word in _cut(sentence):
        at += len(word)
        boundaries.add(at)
    depth, level = [], 0
    for ch in sentence:
        depth.append(level)
        level = level + 1 if ch in OPENING else max(0, level - 1) if ch in CLOSING else level
    return SentenceContext(sentence, frozenset(boundaries), spans,
                           [(c.actor.start, c.actor.end) for c in found if c.by_rules], depth,
                           short_names, lexicon().rules["names"]["transliteration"])


@cache
def _chinese_surnames() -> frozenset[str]:
    lines = (DATA / "decision" / "chinese_surnames.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(name for line in lines if not line.startswith("#") for name in line.split())


def _chinese_name(span: str) -> bool:
    """The shape of a Chinese person's name (decision/chinese_surnames.txt): a family name, then
    one or two characters."""
    return any(span[:k] in _chinese_surnames() and 1 <= len(span) - k <= 2 for k in (1, 2))


def _kind(ch: str) -> str:
    if ch in "^$":
        return ch
    if ch.isascii():
        return "digit" if ch.isdigit() else "latin" if ch.isalpha() else "space" if ch.isspace() else ch
    return "cjk" if "\u4e00" <= ch <= "\u9fff" else ch


def candidate_features(c: Candidate, x: SentenceContext) -> dict[str, float]:
    a, s = c.actor, x.sentence
    span = s[a.start : a.end]
    kinds = {source.split(":")[0] for source in c.sources}
    f: dict[str, float] = {f"source={source}": 1.0 for source in c.sources}
    f.update({f"from={kind}": 1.0 for kind in kinds})
    f[f"sources={len(kinds)}"] = 1.0
    f[f"type={a.type}"] = 1.0
    f[f"length={min(len(span), 6)}"] = 1.0
    if a.type != "GPE" and len(span) > 1 and all(ch in x.transliteration for ch in span.replace("·", "")):
        f["transliterated"] = 1.0  # 斯雷布雷尼察, 卡里莫夫: a person's or a place's, as the context tells
    elif a.type == "PER" and _chinese_name(span):
        f["chinese_name"] = 1.0  # 王建平: a family name and one or two characters
    if a.text != span:
        f["expanded"] = 1.0  # an abbreviation read as its state
    if any(ch.isascii() and ch.isalpha() for ch in span):
        f["latin"] = 1.0
        f[f"latin_in_brackets={x.bracket_depth[a.start] > 0}"] = 1.0
    if span != span.strip():
        f["blank_edge"] = 1.0
    starts, ends = a.start in x.boundaries, a.end in x.boundaries
    f[f"segmenter={'agrees' if starts and ends else 'cuts_start' if not starts else 'cuts_end'}"] = 1.0
    before = s[a.start - 1] if a.start else "^"
    after = s[a.end] if a.end < len(s) else "$"
    f[f"before={_kind(before)}"] = f[f"after={_kind(after)}"] = 1.0
    f[f"before_char={before}"] = f[f"after_char={after}"] = 1.0
    f[f"after_two={s[a.end : a.end + 2]}"] = 1.0
    if x.bracket_depth[a.start] > 0:
        f["in_brackets"] = 1.0
    if any(m0 < a.end and a.start < m1 and (m0, m1) != (a.start, a.end) for m0, m1, _ in x.model):
        f["model_overlaps_otherwise"] = 1.0
    if a.type == "PER" and span in x.short_names:
        f["short_name_of_a_named_person"] = 1.0
    if any(r0 <= a.start and a.end <= r1 and (r0, r1) != (a.start, a.end) for r0, r1 in x.rule_spans):
        f["inside_rule_actor"] = 1.0
    if any(a.start <= r0 and r1 <= a.end and (r0, r1) != (a.start, a.end) for r0, r1 in x.rule_spans):
        f["holds_rule_actor"] = 1.0
    return f
