"""Optional HanLP NER backend, used only when a HanLP NER model is present locally.

HanLP's models cannot be downloaded at run time here, so the default path never imports
`hanlp`. To use it: `pip install '.[hanlp]'`, fetch a NER model on a machine that can (for
example `hanlp.pretrained.ner.MSRA_NER_ELECTRA_SMALL_ZH`, which `hanlp.load` saves into its
cache folder), copy that folder here and set `CLAIMS_HANLP_MODEL` to its path. HanLP then
replaces the default statistical model (LAC): its entities go through the same rules,
gazetteers and canonical names (`pipeline.stages.actors.recognizer.combine`).
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from .recognizer import Actor, Model, Spans, combine

MODEL_ENV = "CLAIMS_HANLP_MODEL"
# HanLP's label sets: OntoNotes (PERSON, ORG, GPE, LOC), MSRA (NR, NT, NS), PKU/CoNLL-style (PER, ORG, LOC)
LABELS = {"PERSON": "PER", "NR": "PER", "PER": "PER",
          "ORG": "ORG", "ORGANIZATION": "ORG", "NT": "ORG",
          "GPE": "GPE", "LOC": "GPE", "LOCATION": "GPE", "NS": "GPE"}


def to_spans(entities: Sequence[tuple[str, str, int, int]], tokens: Sequence[str] | None = None) -> Spans:
    """HanLP's entities, `(text, label, begin, end)` with `begin`/`end` indexing the tokens it
    was given, as character spans; `tokens=None` when it was given the sentence's characters."""
    starts = None
    if tokens is not None:
        starts = [0]
        for token in tokens:
            starts.append(starts[-1] + len(token))
    spans: Spans = []
    for _, label, begin, end in entities:
        kind = LABELS.get(label.upper())
        if kind is not None:
            spans.append((starts[begin], starts[end], kind) if starts else (begin, end, kind))
    return spans


def actors_from_hanlp(sentence: str, entities: Sequence[tuple[str, str, int, int]],
                      tokens: Sequence[str] | None = None) -> list[Actor]:
    """The actors of `sentence` with HanLP's `entities` as the statistical model's output."""
    return combine(sentence, to_spans(entities, tokens))


def local_model() -> Path | None:
    """The HanLP model folder named by $CLAIMS_HANLP_MODEL, if it exists."""
    path = os.environ.get(MODEL_ENV)
    return Path(path) if path and Path(path).exists() else None


def hanlp_model() -> Model:
    """HanLP's NER over the sentence's characters, loaded once from the local folder."""
    import hanlp  # optional dependency: only with a local model

    path = local_model()
    if path is None:
        raise FileNotFoundError(f"no HanLP model: set {MODEL_ENV} to a local HanLP NER model folder")
    ner = hanlp.load(str(path))
    return lambda sentence: to_spans(ner(list(sentence)))

