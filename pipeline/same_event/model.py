"""The pair model and the grouping: which claims, across articles and within one, date one event.

Candidate pairs are the comparable claims (features.py) whose dates overlap, found through the
year each date falls in: within one article every such pair, across articles each claim's
`neighbours` most similar clauses (the character TF-IDF cosine), so the pairs grow with the
claims, not with their square. A logistic regression over the pair's features gives the
probability that the two claims date one occurrence; pairs at or above the model's threshold are
joined, likeliest first, and a join is refused when it would put two dates that cannot mean one
time in one event (single link, kept from chaining across times). The clause cosine uses
character n-gram TF-IDF fitted on the claims being grouped, so a word common to the whole
collection (日本 in a corpus on Japan) weighs little.

Shipped as JSON (models/same_event/model.json), loaded with numpy alone; scikit-learn fits it
(`claims train same-event`, fixed seed) and computes the TF-IDF."""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np

from pipeline.resources import MODELS, check_features_version

from .features import FEATURES, FEATURES_VERSION, ClaimKey, Record, claim_keys, comparable, pair_features

MODEL_FILE = MODELS / "same_event" / "model.json"
MODEL_VERSION = 1
CHUNK = 20_000  # pairs scored at once
CELLS = 4_000_000  # claim-by-claim cells compared at once when finding candidates
NGRAMS = (1, 2)  # character n-grams of the clause cosine
DIGITS = re.compile(r"[\d〇零一二三四五六七八九十年月日]")  # the date itself: not in the containment


@dataclass(frozen=True)
class PairModel:
    weights: np.ndarray  # one per FEATURES
    bias: float
    threshold: float
    neighbours: int  # candidates across articles per claim: its most similar clauses
    scopes: tuple[str, ...] = ()  # the gold scopes it was fitted on: scores there are in-sample

    def probabilities(self, x: np.ndarray) -> np.ndarray:
        return 1.0 / (1.0 + np.exp(-(x @ self.weights + self.bias)))

    def to_json(self, trained_on: dict[str, Any]) -> dict[str, Any]:
        return {
            "_doc": "Same-event pair model: logistic regression over the pair features of "
                    "pipeline/same_event/features.py; pairs at or above `threshold` are joined into one event. "
                    "Rebuilt by `claims train same-event`.",
            "model_version": MODEL_VERSION,
            "features_version": FEATURES_VERSION,
            "trained_on": trained_on,
            "threshold": self.threshold,
            "neighbours": self.neighbours,
            "bias": round(float(self.bias), 5),
            "weights": {name: round(float(w), 5) for name, w in zip(FEATURES, self.weights)},
        }

    @classmethod
    def from_json(cls, spec: dict[str, Any]) -> PairModel:
        check_features_version(spec, FEATURES_VERSION, "same-event", "same-event")
        return cls(np.array([spec["weights"][name] for name in FEATURES]), float(spec["bias"]),
                   float(spec["threshold"]), int(spec["neighbours"]), tuple(spec["trained_on"]["scopes"]))


@cache
def load(path: Path = MODEL_FILE) -> PairModel:
    return PairModel.from_json(json.loads(path.read_text(encoding="utf-8")))


def candidate_pairs(keys: list[ClaimKey], vectors: ClauseVectors, neighbours: int) -> np.ndarray:
    """Index pairs (i < j, one per row, sorted) of comparable claims, found through the years
    their dates touch: within one article all of them, across articles each claim's `neighbours`
    likeliest by clause cosine; and the two ends of each range."""
    by_year: dict[int, list[int]] = defaultdict(list)
    at: dict[tuple[str, int, int], int] = {}
    for k, key in enumerate(keys):
        for year in range(key.earliest.year, key.latest.year + 1):
            by_year[year].append(k)
        at[key.doc_id, key.sentence_at, key.date_at] = k
    earliest = np.array([key.earliest.toordinal() for key in keys])
    latest = np.array([key.latest.toordinal() for key in keys])
    doc_ids: dict[str, int] = {}
    doc = np.array([doc_ids.setdefault(key.doc_id, len(doc_ids)) for key in keys])
    found = [np.array([sorted((k, other)) for k, key in enumerate(keys) if key.range_to >= 0
                       and (other := at.get((key.doc_id, key.sentence_at, key.range_to))) is not None],
                      dtype=np.int64).reshape(-1, 2)]
    for block in map(np.array, by_year.values()):
        step = max(1, CELLS // len(block))
        block_vectors = vectors.tfidf[block].T  # once per block, not per slice of its rows
        for start in range(0, len(block), step):
            rows = block[start : start + step]
            overlap = (earliest[rows, None] <= latest[None, block]) & (earliest[None, block] <= latest[rows, None])
            same_doc = doc[rows, None] == doc[None, block]
            r, c = np.nonzero(overlap & same_doc & (rows[:, None] < block[None, :]))
            found.append(np.column_stack([rows[r], block[c]]))
            cosine = np.where(overlap & ~same_doc, (vectors.tfidf[rows] @ block_vectors).toarray(), -1.0)
            take = min(neighbours, len(block))
            best = np.argpartition(-cosine, take - 1, axis=1)[:, :take]
            r = np.repeat(np.arange(len(rows)), take)
            c = best.ravel()
            keep = cosine[r, c] >= 0
            found.append(np.sort(np.column_stack([rows[r[keep]], block[c[keep]]]), axis=1))
    return np.unique(np.vstack(found), axis=0)


@dataclass(frozen=True)
class ClauseVectors:
    """The clauses' character TF-IDF rows (unit length, for the cosine) and IDF-weighted
    character-pair rows (for the containment), fitted once on the claims being grouped."""

    tfidf: Any
    weights: Any
    sizes: np.ndarray  # the sum of each clause's pair weights


def clause_vectors(keys: list[ClaimKey]) -> ClauseVectors:
    from sklearn.feature_extraction.text import TfidfVectorizer

    clauses = [key.clause for key in keys]
    tfidf = TfidfVectorizer(analyzer="char", ngram_range=NGRAMS, sublinear_tf=True).fit_transform(clauses)
    weights = TfidfVectorizer(analyzer="char", ngram_range=(2, 2), binary=True, norm=None,
                              preprocessor=lambda text: DIGITS.sub("", text)).fit_transform(clauses)
    return ClauseVectors(tfidf, weights, np.asarray(weights.sum(axis=1)).ravel())


def pair_matrix(keys: list[ClaimKey], pairs: np.ndarray, vectors: ClauseVectors) -> np.ndarray:
    """The features of every pair (rows in the order of `pairs`)."""
    if not len(pairs):
        return np.zeros((0, len(FEATURES)))
    first, second = pairs[:, 0], pairs[:, 1]
    cosines = np.asarray(vectors.tfidf[first].multiply(vectors.tfidf[second]).sum(axis=1)).ravel()
    shared = np.asarray(vectors.weights[first].minimum(vectors.weights[second]).sum(axis=1)).ravel()
    smaller = np.maximum(np.minimum(vectors.sizes[first], vectors.sizes[second]), 1e-9)
    return np.array([pair_features(keys[i], keys[j], float(c), float(s))
                     for (i, j), c, s in zip(pairs.tolist(), cosines, shared / smaller)])


@dataclass(frozen=True)
class Event:
    """Claims that date one occurrence. Its date is its most precise claim's (the earliest of
    those on a tie); its actors are named in at least one of its claims' clauses, the most often
    named first."""

    event_id: str
    members: tuple[ClaimKey, ...]

    @property
    def date(self) -> ClaimKey:
        return min(self.members, key=lambda k: (-k.precision, k.earliest, k.claim_id))

    @property
    def actors(self) -> list[str]:
        counts = Counter(a for k in self.members for a in k.actors)
        return sorted(counts, key=lambda a: (-counts[a], a))

    @property
    def documents(self) -> list[str]:
        return sorted({k.doc_id for k in self.members})

    @property
    def event_type(self) -> str | None:
        """The type most of its claims were given (None where the events stage did not run)."""
        counts = Counter(k.event_type for k in self.members if k.event_type)
        return min(counts, key=lambda t: (-counts[t], t)) if counts else None


def group(records: Iterable[Record], model: PairModel | None = None) -> list[Event]:
    """The events of two or more claims among `records`, in date order; every other claim is an
    event of its own and is not listed."""
    return group_keys(claim_keys(records), model)


def group_keys(keys: list[ClaimKey], model: PairModel | None = None) -> list[Event]:
    """`group` over claims already in their comparable form. Pairs are scored a chunk at a time
    and only those at or above the threshold kept: memory follows the claims, not the pairs."""
    model = model or load()
    if not keys:
        return []
    vectors = clause_vectors(keys)
    pairs = candidate_pairs(keys, vectors, model.neighbours)
    kept = []
    for k in range(0, len(pairs), CHUNK):
        chunk = pairs[k : k + CHUNK]
        probabilities = model.probabilities(pair_matrix(keys, chunk, vectors))
        likely = probabilities >= model.threshold
        kept.append((chunk[likely], probabilities[likely]))
    return join(keys, np.vstack([c for c, _ in kept] or [np.zeros((0, 2), int)]),
                np.concatenate([p for _, p in kept] or [np.zeros(0)]), model.threshold)


def join(keys: list[ClaimKey], pairs: np.ndarray, probabilities: np.ndarray, threshold: float) -> list[Event]:
    """Join the pairs at or above `threshold`, likeliest first, into events whose members are
    all comparable with one another. An event whose dates all overlap keeps their common span,
    and a join of two such events whose spans meet needs no pair checked (dates on a line
    overlap pairwise if and only if they overlap all at once)."""
    members: dict[int, list[int]] = {k: [k] for k in range(len(keys))}
    span = {k: (key.earliest, key.latest) for k, key in enumerate(keys)}  # None: the ends of a range
    owner = list(range(len(keys)))
    order = sorted((-p, i, j) for (i, j), p in zip(pairs.tolist(), probabilities) if p >= threshold)
    for _, i, j in order:
        a, b = owner[i], owner[j]
        if a == b:
            continue
        common = None
        if span[a] and span[b]:
            common = (max(span[a][0], span[b][0]), min(span[a][1], span[b][1]))
            common = common if common[0] <= common[1] else None
        if not common and not all(comparable(keys[x], keys[y]) for x in members[a] for y in members[b]):
            continue
        if len(members[a]) < len(members[b]):
            a, b = b, a
        for x in members.pop(b):
            owner[x] = a
            members[a].append(x)
        span[a] = common
        del span[b]
    events = []
    for group_ in members.values():
        if len(group_) > 1:
            claims = tuple(sorted((keys[k] for k in group_), key=lambda k: k.claim_id))
            events.append(Event(f"event:{claims[0].claim_id}", claims))
    return sorted(events, key=lambda e: (e.date.earliest, e.event_id))
