"""The spaCy bridge: the components registered by entry point, their spans against the native
pipeline on every corpus article."""

from __future__ import annotations

import json

import pytest

spacy = pytest.importorskip("spacy")

from spacy import displacy  # noqa: E402

from pipeline import process  # noqa: E402
from pipeline.stages.ingest import read_raw  # noqa: E402
from tests.conftest import CORPUS, DOC_IDS  # noqa: E402


@pytest.fixture(scope="module")
def nlp() -> spacy.language.Language:
    nlp = spacy.blank("zh")
    nlp.add_pipe("claims_dates")
    nlp.add_pipe("claims_actors")
    return nlp


@pytest.mark.parametrize("short", sorted(DOC_IDS))
def test_spans_and_claims_equal_the_native_pipeline(nlp: spacy.language.Language, short: str) -> None:
    path = CORPUS / f"{DOC_IDS[short]}.txt"
    native = process(path)
    doc = nlp(read_raw(path)[0])
    dates = [(s.start_char, s.end_char, s._.edtf) for s in doc.spans["claims_dates"]]
    assert dates == [(*c["date"]["source_span"], c["date"]["value"]) for c in native.claims]
    bridged_claims = json.dumps(doc._.claims, ensure_ascii=False).replace('"spacy', f'"{native.doc_id}')
    assert json.loads(bridged_claims) == native.claims  # the same records, but for the document's name
    bridged = doc._.claims_document
    for claim, placed in zip(native.claims, [p for p in bridged.mentions if p.is_claim]):
        sentence = bridged.sentences[placed.sentence]
        start, end = bridged.raw_span(sentence.start, sentence.end)
        inside = [(s.label_, s.id_) for s in doc.spans["claims_actors"] if start <= s.start_char and s.end_char <= end]
        assert inside == [(a["type"], a["canonical"]) for a in claim["actors"]], claim["claim_id"]


def test_entities_render_in_displacy(nlp: spacy.language.Language) -> None:
    doc = nlp("2022年4月，德国总理舒尔茨访问日本。")
    assert [(e.text, e.label_, e.id_) for e in doc.ents] == [("德国", "GPE", "德国"), ("舒尔茨", "PER", "舒尔茨"), ("日本", "GPE", "日本")]
    assert [(s.text, s._.edtf) for s in doc.spans["claims_dates"]] == [("2022年4月", "2022-04")]
    assert 'class="entity"' in displacy.render(doc, style="ent")


def test_claims_without_the_actors_component() -> None:
    nlp = spacy.blank("zh")
    nlp.add_pipe("claims_dates", config={"overrides": ["actors.backend=rules"]})
    doc = nlp("2022年4月，李明远会见德国总理舒尔茨。")
    assert "claims_actors" not in doc.spans and doc.ents == ()
    assert [a["text"] for a in doc._.claims[0]["actors"]] == ["德国", "舒尔茨"]  # rules alone: 李明远 is no one they know
