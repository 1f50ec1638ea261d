"""The pipeline's stages, a module or package each, in the order of models/pipeline.toml:

    layout     raw → lines, pages and their notes, reference list, clean body, paragraphs
    sentences  body, paragraphs → sentences
    dates      body, paragraphs, sentences → mentions (date-like strings with EDTF values)
    citations  sentences, pages, reference list, mentions → markers, citations
    actors     sentences, mentions → actors of the claim sentences
    claims     mentions, citations, actors → claims (the contract's records)

`ingest` reads a file into the raw text the first stage starts from; `normalize` is the
character table the layout applies to the text it keeps. Importing this package registers
the stages with the engine (`pipeline.engine.register`).
"""

from . import actors, citations, claims, dates, layout, sentences

__all__ = ["actors", "citations", "claims", "dates", "layout", "sentences"]
