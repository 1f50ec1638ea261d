"""What a pair of claims is compared on: the claims' comparable form, and the pair's features.

A claim is comparable when its date is one calendar date of year precision or finer (a day, a
month, a season, a year) or a closed interval of such dates within a year (`1971年7月9日至11日`,
one trip); longer intervals, open ones, sets and decades name lasting states or several
occurrences and stay events of their own. Two claims of one sentence are compared too: the two
ends of a range written as two dates (`1963年7月底至8月初`) or a year inside a document's title
beside the date of its release may be one event; two visits in one sentence are not.

A claim's *clause* is the stretch of its sentence its date governs: from the clause boundary
before the date to the next date of the sentence or the next clause end
(`2005年4月，北约秘书长访日；2007年1月，安倍访问北约` gives each date its own visit).
Its *head* is the first verb of the blind trigger lexicon (models/events/lexicon.jsonl) among the
dictionary words after the date, and its *types* the lexicon types of every such word: `访日` and
`访问日本` share the type visit though they share few characters (whole words only: `联合国` holds
no `联合`).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import Any

from pipeline.app.dates import bounds
from pipeline.stages.actors.recognizer import tagged_words
from pipeline.stages.events.model import trigger_lexicon

FEATURES_VERSION = 1
PRECISION_RANK = {"year": 0, "half-year": 1, "season": 1, "quarter": 1, "month": 2, "day": 3}
CLAUSE_END = "。；！？"
CLAUSE_START = CLAUSE_END + "，"
TITLE = re.compile(r"《([^》]{2,40})》")
RANGE = re.compile(r"\s*(?:至|到|—+|－|-|~|～)\s*")
MAX_SPAN = 366  # days: a closed interval up to a year dates one occurrence
Record = dict[str, Any]


@dataclass(frozen=True)
class ClaimKey:
    """The comparable form of one claim record."""

    claim_id: str
    doc_id: str
    sentence_at: int  # the claim's sentence (an id unique within its document)
    date_at: int  # where the date starts in its sentence (whitespace removed)
    range_to: int  # where the date a range connector joins it to starts (`7月底至8月初`), else -1
    in_title: bool  # the date is printed inside 《》
    date_text: str
    anchor: str | None  # the date a relative date (`当天`) was read from
    value: str
    earliest: date
    latest: date
    precision: int  # PRECISION_RANK
    actors: frozenset[str]  # the canonical names of the actors named in the clause
    sentence_actors: frozenset[str]  # … in the whole sentence
    clause: str
    head: str | None
    types: frozenset[str]
    titles: frozenset[str]
    event_type: str | None  # the events stage's type, where it ran (not a feature: it told nothing more)
    note_id: str | None  # the note the claim cites


@cache
def _lexicon() -> tuple[frozenset[str], dict[str, frozenset[str]]]:
    """The lexicon's verbs, and every typed word's types."""
    entries = trigger_lexicon()
    types: dict[str, set[str]] = defaultdict(set)
    for entry in entries:
        if entry["type"]:
            types[entry["word"]].add(entry["type"])
    verbs = frozenset(e["word"] for e in entries if e["kind"] == "verb")
    return verbs, {w: frozenset(t) for w, t in types.items()}


def claim_keys(records: Iterable[Record]) -> list[ClaimKey]:
    """The comparable claims among `records` (documents and other records are passed over)."""
    sentences: dict[tuple[str, str], list[Record]] = defaultdict(list)
    for r in records:
        if "date" in r and "claim_id" in r:
            sentences[r["doc_id"], r["sentence"]].append(r)
    keys = []
    for sentence_at, ((_, sentence), claims) in enumerate(sentences.items()):
        placed = _placed(sentence, claims)
        starts = sorted(at for _, at in placed)
        keys += [key for r, at in placed if (key := claim_key(r, at, starts, sentence_at)) is not None]
    return sorted(keys, key=lambda k: (k.doc_id, k.claim_id))


def _placed(sentence: str, claims: list[Record]) -> list[tuple[Record, int]]:
    """Each claim of one sentence with where its date starts there (whitespace removed; -1: not
    found), found left to right in the order of the dates' spans: `2016年` after `2016年2月25日`
    is the one in the title."""
    text = "".join(sentence.split())
    cursor, placed = 0, []
    for r in sorted(claims, key=lambda r: r["date"]["source_span"][0]):
        date_text = "".join(r["date"]["text"].split())
        at = text.find(date_text, cursor)
        at = at if at >= 0 else text.find(date_text)
        cursor = at + len(date_text) if at >= 0 else cursor
        placed.append((r, at))
    return placed


def claim_key(record: Record, at: int, date_starts: list[int], sentence_at: int) -> ClaimKey | None:
    """A claim's comparable form (`at`: where its date starts in its sentence, `date_starts`:
    where each date of the sentence does); None for a date that does not date one occurrence."""
    value = record["date"]["value"]
    if value.startswith("{"):
        return None
    earliest, latest, precision = bounds(value, record["date"]["mod"])
    if earliest is None or latest is None or precision not in PRECISION_RANK:
        return None
    if (latest - earliest).days > MAX_SPAN:
        return None
    text = "".join(record["sentence"].split())
    end = at + len("".join(record["date"]["text"].split())) if at >= 0 else 0
    later = [k for k in date_starts if k >= end]
    stops = [k for k in (text.find(p, end) for p in CLAUSE_END) if k >= 0] + later[:1]
    stop = min(stops, default=len(text))
    start = max(text.rfind(p, 0, max(at, 0)) for p in CLAUSE_START) + 1
    clause, after = text[start:stop], text[end:stop]
    linked = RANGE.match(text, end)
    range_to = linked.end() if linked and later and linked.end() == later[0] else -1
    verbs, types = _lexicon()
    words = [w for w, _ in tagged_words(after) if w in types]
    actors = record.get("actors") or []
    return ClaimKey(record["claim_id"], record["doc_id"], sentence_at, at, range_to,
                    text.rfind("《", 0, max(at, 0)) > text.rfind("》", 0, max(at, 0)),
                    "".join(record["date"]["text"].split()), record["date"].get("anchor"), value, earliest, latest,
                    PRECISION_RANK[precision],
                    frozenset(a.get("canonical") or a["text"] for a in actors if "".join(a["text"].split()) in clause),
                    frozenset(a.get("canonical") or a["text"] for a in actors),
                    clause, next((w for w in words if w in verbs), None),
                    frozenset().union(*(types[w] for w in words)), frozenset(TITLE.findall(clause)),
                    (record.get("event") or {}).get("type"), (record.get("citation") or {}).get("note_id"))


def overlapping(a: ClaimKey, b: ClaimKey) -> bool:
    """Dates that can mean the same time."""
    return a.earliest <= b.latest and b.earliest <= a.latest


def same_sentence(a: ClaimKey, b: ClaimKey) -> bool:
    return a.doc_id == b.doc_id and a.sentence_at == b.sentence_at


def range_ends(a: ClaimKey, b: ClaimKey) -> bool:
    """The two ends of one range written as two dates of one sentence."""
    return same_sentence(a, b) and (a.range_to == b.date_at >= 0 or b.range_to == a.date_at >= 0)


def comparable(a: ClaimKey, b: ClaimKey) -> bool:
    """Claims whose dates can mean one occurrence: overlapping, or the ends of one range."""
    return overlapping(a, b) or range_ends(a, b)


def _jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / len(a | b) if a | b else 0.0


def anchored(a: ClaimKey, b: ClaimKey) -> bool:
    """One claim's relative date was read from the other's (`1997年7月2日 … 当天`)."""
    return a.doc_id == b.doc_id and (a.anchor == b.date_text or b.anchor == a.date_text)


FEATURES = ("same_document", "same_sentence", "range_ends", "date_in_title", "anchored", "same_value",
            "same_at_shared_precision", "shared_precision_year", "shared_precision_month", "shared_precision_day",
            "precision_gap", "actors_jaccard", "actors_shared", "actors_missing", "actors_differ_both",
            "sentence_actors_jaccard", "clause_cosine", "clause_containment", "clause_cosine_same_date", "same_title",
            "same_head_type", "shared_type", "same_head")


def pair_features(a: ClaimKey, b: ClaimKey, cosine: float, containment: float) -> list[float]:
    """The pair's features, in the order of FEATURES; `cosine` is the character TF-IDF cosine of
    the two clauses, `containment` the IDF share of the shorter clause's character pairs found in
    the other (`与2007年宣言相比` in `…签署《日澳安全保障合作联合宣言》`)."""
    shared = min(a.precision, b.precision)
    width = {0: 4, 1: 4, 2: 7, 3: 10}[shared]  # the value's characters at the shared precision
    same = a.value[:width] == b.value[:width]
    types = _lexicon()[1]
    head_a = types[a.head] if a.head else frozenset()
    head_b = types[b.head] if b.head else frozenset()
    return [float(a.doc_id == b.doc_id), float(same_sentence(a, b)), float(range_ends(a, b)),
            float(a.in_title or b.in_title), float(anchored(a, b)), float(a.value == b.value), float(same),
            float(shared == 0), float(shared == 2), float(shared == 3), abs(a.precision - b.precision) / 3,
            _jaccard(a.actors, b.actors), min(len(a.actors & b.actors), 3) / 3,
            float(not a.actors or not b.actors), float(bool(a.actors - b.actors and b.actors - a.actors)),
            _jaccard(a.sentence_actors, b.sentence_actors),
            cosine, containment, cosine * same, float(bool(a.titles & b.titles)),
            float(bool(head_a & head_b)), float(bool(a.types & b.types)),
            float(a.head is not None and a.head == b.head)]
