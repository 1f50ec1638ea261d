"""The pipeline's stages as spaCy components, for spaCy users.

    nlp = spacy.blank("zh")          # cuts characters: every raw span is a span of tokens
    nlp.add_pipe("claims_dates")     # doc.spans["claims_dates"]: the claims' dates, span._.edtf
    nlp.add_pipe("claims_actors")    # doc.ents and doc.spans["claims_actors"]: PER, ORG, GPE
    doc = nlp(article_text)
    doc._.claims                     # the contract's claim records, as `claims run` writes them
    spacy.displacy.render(doc, style="ent")

The components are registered through the `spacy_factories` entry point, so spaCy finds them
once the package is installed; nothing here is imported on the default path. Each runs the
native stages it needs over the spaCy document's text (the article's raw text) and keeps the
native `Document` on `doc._.claims_document`, so a later component goes on from there. The
spaCy spans are the native raw spans: `span.start_char`, `span.end_char` equal the records'
`source_span`. Actors are found in every sentence here (`actors.sentences = "all"`): a spaCy
user reads entities across the text.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from .document import Document
from .engine import Config, Pipeline, pipeline_for
from .resources import CONFIG_FILE

DATES, ACTORS = "claims_dates", "claims_actors"
BRIDGE_SETTINGS = ("actors.sentences=all",)

for name, default in (("claims_document", None), ("claims_pipeline", None), ("claims_stages", 0)):
    if not Doc.has_extension(name):
        Doc.set_extension(name, default=default)
if not Doc.has_extension("claims"):
    Doc.set_extension("claims", getter=lambda doc: _native(doc, doc._.claims_pipeline or _pipeline(), "claims").claims)
if not Span.has_extension("edtf"):
    Span.set_extension("edtf", default=None)


def _pipeline(config: str = "", overrides: tuple[str, ...] = ()) -> Pipeline:
    return pipeline_for(Config.load(Path(config) if config else CONFIG_FILE, (*BRIDGE_SETTINGS, *overrides)))


def _native(doc: Doc, pipeline: Pipeline, until: str) -> Document:
    """The native document of `doc`, its stages run through `until` (each stage once, by the
    pipeline of the first component that ran)."""
    native = doc._.claims_document
    if native is None:
        native = doc._.claims_document = Document(doc_id="spacy", path=Path("spacy.txt"), raw=doc.text)
        doc._.claims_pipeline = pipeline
    pipeline = doc._.claims_pipeline
    end = pipeline.names.index(until) + 1
    for stage in pipeline.stages[doc._.claims_stages : end]:
        native = stage(native)
    doc._.claims_stages = max(doc._.claims_stages, end)
    return native


def _span(doc: Doc, raw: tuple[int, int], label: str) -> Span:
    span = doc.char_span(*raw, label=label, alignment_mode="expand")
    if span is None:
        raise ValueError(f"raw span {raw} is no span of the spaCy document (use spacy.blank('zh'), which cuts characters)")
    return span


class _Component:
    def __init__(self, config: str, overrides: list[str]) -> None:
        self.pipeline = _pipeline(config, tuple(overrides))


class DatesComponent(_Component):
    """The claims' dates (claims and optional claims) as `doc.spans["claims_dates"]`, label DATE,
    the EDTF value in `span._.edtf`."""

    def __call__(self, doc: Doc) -> Doc:
        native = _native(doc, self.pipeline, "dates")
        spans = []
        for placed in native.mentions:
            if placed.is_claim:
                span = _span(doc, native.raw_span(placed.start, placed.end), "DATE")
                span._.edtf = placed.mention.value
                spans.append(span)
        doc.spans[DATES] = spans
        return doc


class ActorsComponent(_Component):
    """Every sentence's actors as `doc.ents` and `doc.spans["claims_actors"]`, label PER, ORG or
    GPE, the canonical name as `span.id_` (for displaCy)."""

    def __call__(self, doc: Doc) -> Doc:
        native = _native(doc, self.pipeline, "actors")
        spans = []
        for found in native.actors.values():
            for actor in found.actors:
                span = _span(doc, found.raw_span(actor), actor.type)
                span.id_ = actor.canonical
                spans.append(span)
        doc.spans[ACTORS] = spans
        doc.ents = filter_spans(spans)
        return doc


SETTINGS: dict[str, Any] = {"config": "", "overrides": []}  # a TOML file ("": models/pipeline.toml), key=value


@Language.factory(DATES, assigns=["doc.spans", "span._.edtf"], default_config=SETTINGS)
def make_dates(nlp: Language, name: str, config: str, overrides: list[str]) -> DatesComponent:
    return DatesComponent(config, overrides)


@Language.factory(ACTORS, assigns=["doc.ents", "doc.spans"], default_config=SETTINGS)
def make_actors(nlp: Language, name: str, config: str, overrides: list[str]) -> ActorsComponent:
    return ActorsComponent(config, overrides)
