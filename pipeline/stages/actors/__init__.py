"""Actors: the persons, organizations and states each claim's sentence names.

`recognizer` holds the rules (data in models/actors/) and the statistical backends (LAC,
jieba, HanLP); `decision` the learned choice among their candidates (`decision`, a model file
under models/; empty: the rules alone). This stage runs them over each sentence as the contract
prints it (footnote markers removed) and writes `doc.actors`: sentence index → its actors, with
the sentence's clean text mapped back to raw, so every actor has a raw span.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from pipeline.document import Document
from pipeline.engine import ConfigError, Stage, register
from pipeline.mapped import MappedText
from pipeline.resources import resource
from pipeline.stages.dates import claim_mentions
from pipeline.stages.sentences import clean_sentence

from . import decision
from .recognizer import BACKENDS, Actor, backend, combine, document_choices, find_actors, iso_codes, lexicon

__all__ = ["Actor", "Actors", "SentenceActors", "actor_record", "find_actors"]
SENTENCE_CHOICES = ("claims", "all")


@dataclass(frozen=True)
class SentenceActors:
    text: MappedText  # the sentence as the contract prints it; actors' offsets index it
    actors: list[Actor]

    def raw_span(self, actor: Actor) -> tuple[int, int]:
        return self.text.raw_span(actor.start, actor.end)


def actor_record(actor: Actor, raw_span: tuple[int, int]) -> dict[str, Any]:
    """An actor as the records print it, with the raw span of the mention kept (for a state read
    from an abbreviation, its character: 华 of 访华); a state with an ISO 3166 code carries it."""
    record: dict[str, Any] = {"text": actor.text, "type": actor.type, "canonical": actor.canonical,
                              "label_en": actor.label_en}
    if actor.type == "GPE" and (code := iso_codes().get(actor.canonical)):
        record["iso"] = code
    record["source_span"] = list(raw_span)
    return record


@register
class Actors(Stage):
    """Actors of the sentences that hold a claim (or of every sentence: `sentences = "all"`)."""

    name = "actors"
    requires = ("sentences", "mentions")
    assigns = ("actors",)
    settings = {"backend": "auto", "sentences": "claims", "decision": "actors/decision/model.json"}

    def __init__(self, **settings: object) -> None:
        super().__init__(**settings)
        if self.config["backend"] not in (*BACKENDS, "auto"):
            raise ConfigError(f"actors.backend {self.config['backend']!r}: choose one of auto, {', '.join(BACKENDS)}")
        if self.config["sentences"] not in SENTENCE_CHOICES:
            raise ConfigError(f"actors.sentences {self.config['sentences']!r}: choose claims or all")
        self.model = backend(self.config["backend"])
        path = self.config["decision"]
        if path and not resource(path).is_file():
            raise ConfigError(f"actors.decision: no model file {resource(path)} (rebuild it: claims train actors)")
        self.decision = decision.load(resource(path)) if path else None

    def needs(self) -> tuple[str, ...]:
        return self.requires if self.config["sentences"] == "claims" else ("sentences",)

    def __call__(self, doc: Document) -> Document:
        wanted = (sorted({p.sentence for _, p in claim_mentions(doc)}) if self.config["sentences"] == "claims"
                  else range(len(doc.sentences)))
        texts = {index: clean_sentence(doc, index) for index in wanted}
        spans = {index: self.model(text.text) for index, text in texts.items()}
        choices = document_choices(doc.body.text)
        if self.decision:
            found = {index: decision.candidates(text.text, spans[index], choices) for index, text in texts.items()}
            persons = decision.document_persons(found.values())
            doc.actors = {index: SentenceActors(text, decision.decide(text.text, spans[index], self.decision,
                                                                      found[index], persons))
                          for index, text in texts.items()}
        else:
            lex = lexicon(choices)
            doc.actors = {index: SentenceActors(text, combine(text.text, spans[index], lex))
                          for index, text in texts.items()}
        merge_person_variants(doc.actors)
        return doc


def merge_person_variants(actors: dict[int, SentenceActors]) -> None:
    """Within a document, a person no gazetteer knows whose name is a short form of one full name
    read elsewhere (甘地 beside 拉吉夫·甘地, 奈 beside 约瑟夫·奈, 大平 beside 大平正芳;
    decision.short_forms) takes that person's canonical name and English label, so one person is
    one name across the claims."""
    full = decision.by_short_form((a.text, (a.canonical, a.label_en))  # short form → (canonical, label_en)
                                  for found in actors.values() for a in found.actors if a.type == "PER")
    for index, found in actors.items():
        merged = []
        for a in found.actors:
            names = full.get(a.text, set()) if a.type == "PER" and not a.label_en else set()
            if len({canonical for canonical, _ in names}) == 1:
                canonical, label_en = next(iter(names))
                a = replace(a, canonical=canonical, label_en=label_en)
            merged.append(a)
        actors[index] = SentenceActors(found.text, merged)
