"""Citations: the body's footnote markers, the contract's walk from each claim to its marker,
the note the marker calls, and the note's references.

`markers` finds the markers and pairs them with notes (by number, position or order);
`references` parses notes and reference-list entries into CSL-JSON items. The stage writes
`doc.markers`, and `doc.citations`: for each claim mention (its index in `doc.mentions`), the
contract's citation object or None.
"""

from __future__ import annotations

from pipeline.document import Document
from pipeline.engine import Stage, register
from pipeline.stages.dates import claim_mentions

from .markers import citation_record, cite, find_markers
from .references import document_references, reference_list_items


@register
class Citations(Stage):
    """Markers, and each claim's citation: marker, note, pairing and parsed references."""

    name = "citations"
    requires = ("sentences", "pages", "reference_list", "mentions")
    assigns = ("markers", "citations")

    def __call__(self, doc: Document) -> Document:
        doc.markers = find_markers(doc)
        references = document_references(doc.notes)
        entries = reference_list_items(doc.reference_list)
        claims = claim_mentions(doc)
        claim_sentences = {p.sentence for _, p in claims}
        doc.citations = {
            k: citation_record(doc, cite(doc, p.start, p.sentence, claim_sentences - {p.sentence}, doc.markers),
                               doc.markers, references, entries)
            for k, p in claims
        }
        return doc
