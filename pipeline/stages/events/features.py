"""The clause a date dates, and its features.

The clause is read from the date's sentence as the contract prints it: up to AFTER characters
after the date, to the end of the sentence, and BEFORE characters before it, back to the previous
comma or the sentence's start (`日本于2014年访问…`: the subject before the date). Features: the
characters and character pairs after the date (nearer ones weigh more), those before it, each type
whose trigger words occur after the date (and which one comes first), the first words and verbs
after the date, the types of the sentence's actors, and the predicate the trigger ranker chose
(its word, characters, lexicon types, for a light verb its object's type, the types the training
gold gave the word) with what it acts on (`object_features`). The trigger is chosen among the
clause's verbs and trigger words (`trigger_candidates`) by that ranking model.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from pipeline.document import Document
from pipeline.mapped import MappedText
from pipeline.stages.actors.recognizer import tagged_words, word_tag
from pipeline.stages.dates import PlacedMention
from pipeline.stages.sentences import clean_sentence

FEATURES_VERSION = 5
VERBS = 3  # the first verbs after the date that describe the clause's predicate
AFTER, BEFORE = 40, 12
OBJECT_REACH = 12  # characters after a light verb searched for its object
# verbs whose object says what happened (guidelines 3 and 14 of models/events/README.md)
LIGHT_VERBS = frozenset({"举行", "进行", "发生", "开展", "展开", "召开", "组织", "实现", "承担", "出现", "举办"})
CLAUSE_END = re.compile(r"[。；;！？]")
CLAUSE_START = re.compile(r"[，,。；;：:]")
OBJECT_END = re.compile(r"[，,。；;：:、]")
TITLE = re.compile(r"[《“]([^》”]{1,40})[》”]")  # a document's or a named thing's title
LONGEST_TRIGGER = 8  # characters: trigger words found in the text are at most this long
TriggerTypes = dict[str, dict[str, int]]  # trigger word → how often the training gold gave each type


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


def features(clause: Clause, lexicon: dict[str, tuple[str, ...]], predicate: TriggerCandidate | None = None,
             trigger_types: TriggerTypes | None = None) -> dict[str, float]:
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
    if predicate is not None:
        f.update(predicate_features(clause, predicate, lexicon, trigger_types or {}))
    f.update(object_features(clause, predicate, lexicon))
    return f


def predicate_features(clause: Clause, predicate: TriggerCandidate, lexicon: dict[str, tuple[str, ...]],
                       trigger_types: TriggerTypes) -> dict[str, float]:
    """The predicate word the ranker chose, the types the lexicon gives it, for a light verb or a
    word the lexicon does not know the types of the first trigger word after it (its object), and
    the share of each type the training gold gave the word (`签署` a treaty or a law, `发表` a speech
    or a joint statement: an ambiguous word weighs by what it most often meant)."""
    text = clause.text.text
    word = text[predicate.start : predicate.end]
    f = {f"p_word:{word}": 1.0}
    seen = trigger_types.get(word)
    if seen:
        total = sum(seen.values())
        f.update({f"p_gold_type:{kind}": k / (total + 1) for kind, k in seen.items()})
        f["p_gold_count"] = math.log1p(total)
    else:
        f["p_gold_unseen"] = 1.0
    for ch in word:  # an unseen compound shares its characters with known ones (攻占, 攻击)
        f[f"p_char:{ch}"] = 1.0
    kinds = [kind for kind, words in lexicon.items() if word in words]
    for kind in kinds:
        f[f"p_type:{kind}"] = 1.0
    if word in LIGHT_VERBS or not kinds:
        kind = first_trigger_type(text[predicate.end : clause.date_end + len(clause.after)][:OBJECT_REACH], lexicon)
        if kind:
            f[f"p_object:{kind}"] = 1.0
    return f


def object_features(clause: Clause, predicate: TriggerCandidate | None,
                    lexicon: dict[str, tuple[str, ...]]) -> dict[str, float]:
    """What the clause's act is about: the last characters of the first 《title》 or “name”
    after the date (《…条约》, 《…白皮书》, “…声明”), and after the predicate, within its
    clause, the first and the last noun, the predicate with that last noun, and the type of the
    first trigger word (`举行|联合军事演习`, `签署|法案`)."""
    f: dict[str, float] = {}
    title = TITLE.search(clause.after)
    if title:
        f[f"title1:{title.group(1)[-1:]}"] = 1.0
        f[f"title2:{title.group(1)[-2:]}"] = 1.0
    if predicate is None:
        return f
    text = clause.text.text
    rest = text[predicate.end : clause.date_end + len(clause.after)]
    end = OBJECT_END.search(rest)
    rest = rest[: end.start()] if end else rest
    nouns = [w for w, tag in tagged_words(rest[:20]) if w.strip() and (tag or "").startswith(("n", "vn"))]
    if nouns:
        f[f"object_first:{nouns[0]}"] = 1.0
        f[f"object_head:{nouns[-1]}"] = 1.0
        f[f"object_pair:{text[predicate.start : predicate.end]}|{nouns[-1]}"] = 1.0
    kind = first_trigger_type(rest[:OBJECT_REACH], lexicon)
    if kind:
        f[f"object_type:{kind}"] = 1.0
    return f


def first_trigger_type(text: str, lexicon: dict[str, tuple[str, ...]]) -> str | None:
    """The type of the trigger word that starts first in `text` (the longer on a tie), else None."""
    hits = sorted((text.find(w), -len(w), kind) for kind, words in lexicon.items() for w in words if w in text)
    return hits[0][2] if hits else None


@dataclass(frozen=True)
class TriggerCandidate:
    """A word of the clause that may be its predicate: a verb of the dictionary or a trigger word."""

    start: int  # offsets in the sentence
    end: int
    features: dict[str, float]


def trigger_candidates(clause: Clause, lexicon: dict[str, tuple[str, ...]]) -> list[TriggerCandidate]:
    """The clause's verbs and trigger words, before and after the date: the words of its
    segmentation that are verbs or trigger words, each described by the word, its tag, its types in
    the lexicon, its rank among the verbs after the date, the punctuation between, the characters
    around it and the word after it; and every trigger word written inside a longer word or across
    two (the dictionary holds `发表声明` and `举行会谈` as words, which hide `发表` and `举行`),
    described the same way but for rank and next word, and marked as not segmented."""
    text = clause.text.text
    start, end = clause.date_start - len(clause.before), clause.date_end + len(clause.after)
    words = tagged_words(text[start:end])
    types = {w: kind for kind, ws in lexicon.items() for w in ws}
    out: list[TriggerCandidate] = []
    rank = 0
    at = start
    for k, (word, tag) in enumerate(words):
        begin, at = at, at + len(word)
        if clause.date_start <= begin < clause.date_end or not ((tag or "").startswith("v") or word in types):
            continue
        f = _describe(clause, begin, at, tag or "", types)
        if begin >= clause.date_end:
            f[f"rank:{min(rank, 5)}"] = 1.0
            rank += 1
        if k + 1 < len(words):
            f[f"next_word:{words[k + 1][0]}"] = 0.5
        out.append(TriggerCandidate(begin, at, f))
    segmented = {(c.start, c.end) for c in out}
    for begin in range(start, end):
        if clause.date_start <= begin < clause.date_end:
            continue
        for stop in range(begin + 2, min(begin + LONGEST_TRIGGER, end) + 1):
            if text[begin:stop] in types and (begin, stop) not in segmented:
                f = _describe(clause, begin, stop, word_tag(text[begin:stop]) or "", types)
                f["unsegmented"] = 1.0
                out.append(TriggerCandidate(begin, stop, f))
    return out


def _describe(clause: Clause, begin: int, end: int, tag: str, types: dict[str, str]) -> dict[str, float]:
    text = clause.text.text
    word = text[begin:end]
    after = begin >= clause.date_end
    f = {f"word:{word}": 1.0, f"tag:{tag[:2]}": 1.0, "after" if after else "before": 1.0,
         f"next:{text[end:end + 1]}": 1.0, f"prev:{text[begin - 1:begin]}": 1.0}
    if after:
        gap = text[clause.date_end : begin]
        f[f"commas:{min(len(CLAUSE_START.findall(gap)), 3)}"] = 1.0
        f[f"distance:{min(len(gap) // 4, 6)}"] = 1.0
    if word in types:
        f[f"type:{types[word]}"] = 1.0
        f["in_lexicon"] = 1.0
    if word in LIGHT_VERBS:
        f["light"] = 1.0
    return f
