"""Events: what happened at each claim's date — a type of models/events/taxonomy.jsonl, its code,
the trigger (the predicate word, a raw span) and the classifier's confidence.

The date's clause is read around the date within its sentence (features.py); a logistic
regression over its characters, the trigger lexicon's hits and the sentence's actor types picks
the type (model.py, shipped as models/events/model.json, rebuilt by `claims train events`); the
trigger is the clause's word that a ranking model scores highest as its predicate (a verb or a
trigger word), else none.
"""

from __future__ import annotations

from dataclasses import dataclass

from pipeline.document import Document
from pipeline.engine import ConfigError, Stage, register
from pipeline.resources import resource
from pipeline.stages.dates import claim_mentions

from . import model as event_model
from .features import clause_of

__all__ = ["Event", "Events"]


@dataclass(frozen=True)
class Event:
    type: str
    code: str
    trigger: tuple[int, int] | None  # raw span of the predicate word
    confidence: float


@register
class Events(Stage):
    """The event of each claim mention (`doc.events`: claim mention index → Event)."""

    name = "events"
    requires = ("sentences", "mentions", "actors")
    assigns = ("events",)
    settings = {"model": "events/model.json"}

    def __init__(self, **settings: object) -> None:
        super().__init__(**settings)
        path = self.config["model"]
        if not path or not resource(path).is_file():
            raise ConfigError(f"events.model: no model file {resource(path)} (rebuild it: claims train events)")
        self.model = event_model.load(resource(path))

    def __call__(self, doc: Document) -> Document:
        doc.events = {}
        for k, p in claim_mentions(doc):
            clause = clause_of(doc, p)
            kind, confidence, trigger = self.model.predict(clause)
            doc.events[k] = Event(kind, self.model.codes[kind], trigger, round(confidence, 3))
        return doc
