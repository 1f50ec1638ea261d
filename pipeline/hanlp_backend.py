"""Optional HanLP NER backend, used only when a HanLP NER model is present locally.

HanLP's models cannot be downloaded at run time here, so the default path never imports
`hanlp`. To use it: `pip install '.[hanlp]'`, fetch a NER model on a machine that can
(for example `hanlp.pretrained.ner.MSRA_NER_ELECTRA_SMALL_ZH`, saved by `hanlp.load`
into its cache folder), copy that folder here and set `CLAIMS_HANLP_MODEL` to its path.
Entities are mapped to actors; locations count only when the state gazetteer knows them
(cities and regions are not actors), and canonical names come from the same alias tables.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from functools import cache
from pathlib import Path

from .actors import Actor, find_actors, lexicon

MODEL_ENV = "CLAIMS_HANLP_MODEL"
# HanLP's label sets: OntoNotes (PERSON, ORG, GPE, LOC), MSRA (NR, NT, NS), PKU/CoNLL-style (PER, ORG, LOC)
LABELS = {"PERSON": "PER", "NR": "PER", "PER": "PER",
          "ORG": "ORG", "ORGANIZATION": "ORG", "NT": "ORG",
          "GPE": "LOC", "LOC": "LOC", "LOCATION": "LOC", "NS": "LOC"}


def actors_from_hanlp(sentence: str, entities: Sequence[tuple[str, str, int, int]],
                      tokens: Sequence[str] | None = None) -> list[Actor]:
    """Actors from HanLP NER output: `(text, label, begin, end)` tuples, with character offsets,
    or token offsets when the `tokens` they index are given."""
    lex = lexicon()
    starts = None
    if tokens is not None:
        starts = [0]
        for token in tokens:
            starts.append(starts[-1] + len(token))
    actors: list[Actor] = []
    for text, label, begin, end in entities:
        kind = LABELS.get(label.upper())
        if kind is None:
            continue
        start, stop = (starts[begin], starts[end]) if starts else (begin, end)
        entry = lex.names.get(text)
        if kind == "LOC":
            if not entry or entry.type != "GPE":
                continue  # a city, region or sea
            kind = "GPE"
        canonical, label_en = (entry.canonical, entry.label_en) if entry else (text, "")
        actors.append(Actor(text, kind, canonical, label_en, start, stop))
    seen: dict[str, Actor] = {}
    for actor in actors:
        seen.setdefault(actor.canonical, actor)
    return list(seen.values())


@cache
def _model(path: str) -> Callable[[str], list[tuple[str, str, int, int]]]:
    import hanlp  # optional dependency: only with a local model

    ner = hanlp.load(path)
    return lambda sentence: ner(list(sentence))


def actor_finder() -> Callable[[str], list[Actor]]:
    """HanLP when `CLAIMS_HANLP_MODEL` names a local model folder, else the default rules + jieba."""
    path = os.environ.get(MODEL_ENV)
    if not path or not Path(path).exists():
        return find_actors
    model = _model(path)
    return lambda sentence: actors_from_hanlp(sentence, model(sentence))
