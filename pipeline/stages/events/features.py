"""The clause a date dates, and its features.

The clause is read from the date's sentence as the contract prints it: up to AFTER characters
after the date, to the end of the sentence, and BEFORE characters before it, back to the previous
comma or the sentence's start (`日本于2014年访问…`: the subject before the date). Features: the
characters and character pairs after the date (nearer ones weigh more), those before it, each type
whose trigger words occur after the date (and which one comes first), and the types of the
sentence's actors.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.document import Document
from pipeline.mapped import MappedText
from pipeline.stages.actors.recognizer import tagged_words
from pipeline.stages.dates import PlacedMention
from pipeline.stages.sentences import clean_sentence

FEATURES_VERSION = 2
VERBS = 3  # the first verbs after the date that describe the clause's predicate
AFTER, BEFORE = 40, 12
CLAUSE_END = re.compile(r"[。；;！？]")
CLAUSE_START = re.compile(r"[，,。；;：:]")


@dataclass(frozen=True)
class Clause:
    text: MappedText  # the sentence
    date_start: int  # the date's offsets in the sentence
    date_end: int
    actor_types: tuple[str, ...]

    @property
    def after(self) -> str:
        rest = self.text.text[self.date_end : self.date_end + AFTER]
        end = CLAUSE_END.search(rest)
        return rest[: end.start()] if end else rest

    @property
    def before(self) -> str:
        head = self.text.text[max(0, self.date_start - BEFORE) : self.date_start]
        starts = [m.end() for m in CLAUSE_START.finditer(head)]
        return head[starts[-1]:] if starts else head


def clause_of(doc: Document, p: PlacedMention) -> Clause:
    """The clause of a claim mention, in its sentence as the actors stage cleaned it (else cleaned here)."""
    found = doc.actors.get(p.sentence)
    text = found.text if found else clean_sentence(doc, p.sentence)
    start, end = text.clean_span(*doc.raw_span(p.start, p.end))
    return Clause(text, start, end, tuple(a.type for a in found.actors) if found else ())


def features(clause: Clause, lexicon: dict[str, tuple[str, ...]]) -> dict[str, float]:
    after, before = clause.after, clause.before
    f: dict[str, float] = {}
    for i, ch in enumerate(after[:24]):
        weight = 1.0 if i < 12 else 0.5
        f[f"a1:{ch}"] = max(f.get(f"a1:{ch}", 0.0), weight)
        if i + 1 < len(after):
            f[f"a2:{after[i:i + 2]}"] = max(f.get(f"a2:{after[i:i + 2]}", 0.0), weight)
    for i in range(len(before) - 1):
        f[f"b2:{before[i:i + 2]}"] = 1.0
    hits = sorted((after.find(w), kind) for kind, words in lexicon.items() for w in words if w in after)
    for _, kind in hits:
        f[f"lex:{kind}"] = 1.0
    if hits:
        f[f"lex_first:{hits[0][1]}"] = 1.0
    words = [(w, tag or "") for w, tag in tagged_words(after) if w.strip()]
    if words:
        f[f"w1:{words[0][0]}"] = 1.0
    verbs = [w for w, tag in words if tag.startswith("v") and len(w) > 1][:VERBS]
    for k, verb in enumerate(verbs):
        f[f"verb{k + 1}:{verb}"] = 1.0
        f[f"verb:{verb}"] = 1.0
    typed = [kind for verb in verbs for kind, ws in lexicon.items() if verb in ws]
    if typed:
        f[f"verb_lex:{typed[0]}"] = 1.0
    for kind in set(clause.actor_types):
        f[f"actor:{kind}"] = 1.0
    if not after.strip("，, "):
        f["nothing_after"] = 1.0
    return f


def find_trigger(clause: Clause, words: tuple[str, ...]) -> tuple[int, int] | None:
    """The raw span of the first of `words` after the date in its clause, else the last before it."""
    after = clause.after
    found = [(after.find(w), -len(w), w) for w in words if w in after]
    if found:
        at, _, word = min(found)
        start = clause.date_end + at
        return clause.text.raw_span(start, start + len(word))
    before = clause.before
    found = [(before.rfind(w), len(w), w) for w in words if w in before]
    if found:
        at, _, word = max(found)
        start = clause.date_start - len(before) + at
        return clause.text.raw_span(start, start + len(word))
    return None
