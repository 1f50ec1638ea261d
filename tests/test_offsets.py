"""The offset map: every clean span maps back into the raw file, and raw maps forward."""

from __future__ import annotations

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.document import Document
from pipeline.mapped import MappedText
from tests.conftest import DOC_IDS, corpus_doc

IDEOGRAPH = re.compile(r"[\u4e00-\u9fff]")


def _texts(doc: Document) -> list[MappedText]:
    return [doc.body] + [note.text for note in doc.notes]


def _check_span(doc: Document, text: MappedText, s: int, e: int) -> None:
    raw_s, raw_e = text.raw_span(s, e)
    assert 0 <= raw_s <= raw_e <= len(doc.raw)
    for i in range(s, e):
        assert raw_s <= text.starts[i] <= text.ends[i] <= raw_e
        if IDEOGRAPH.match(text.text[i]):  # Chinese characters are never rewritten: identity
            assert doc.raw[text.starts[i] : text.ends[i]] == text.text[i]
    while e > s and text.starts[e - 1] == text.ends[e - 1]:  # a trailing separator stands for no raw text
        e -= 1
    if s < e:
        cs, ce = text.clean_span(*text.raw_span(s, e))
        assert cs <= s and e <= ce  # the raw span maps forward onto (at least) the clean span


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data(), short=st.sampled_from(sorted(DOC_IDS)[:3]))
def test_random_spans_map_back_and_forth(data: st.DataObject, short: str) -> None:
    doc = corpus_doc(short)
    texts = _texts(doc)
    text = texts[data.draw(st.integers(0, len(texts) - 1))]
    s = data.draw(st.integers(0, len(text)))
    e = data.draw(st.integers(s, min(len(text), s + 200)))
    _check_span(doc, text, s, e)


def test_map_is_monotonic_and_clean_index_inverts_it(any_doc: Document) -> None:
    for text in _texts(any_doc):
        starts = list(text.starts)
        assert starts == sorted(starts)
        for i in range(len(text)):
            synthetic = text.starts[i] == text.ends[i]  # a paragraph separator stands for no raw text
            if not synthetic and (i == 0 or text.starts[i] != text.starts[i - 1]):
                assert text.clean_index(text.starts[i]) <= i


def test_every_body_ideograph_is_exact(any_doc: Document) -> None:
    body = any_doc.body
    for i, ch in enumerate(body.text):
        if IDEOGRAPH.match(ch):
            assert any_doc.raw[body.starts[i]] == ch


def test_sub_keeps_positions_for_deletions() -> None:
    raw = "abc  def"
    text, n = MappedText.from_raw(raw).sub(re.compile(r"\s+"), "")
    assert (text.text, n) == ("abcdef", 1)
    assert text.raw_span(3, 6) == (5, 8)
    assert text.raw_span(0, 6) == (0, 8)
    assert text.clean_index(5) == 3
