"""`--explain` loses nothing: every number written before 年, 月 or 日 in a raw file lies in some
explain row — a claim, an optional mention, or an exclusion with its reason."""

from __future__ import annotations

import re

import pytest

from pipeline import process_text
from pipeline.stages.dates import explain_lines
from tests.conftest import CORPUS, DOC_IDS, corpus_doc
from tests.test_robustness import NOISE

NUMBER_BEFORE_UNIT = re.compile(r"\d+(?=\s*[年月日])")


def uncovered(raw: str, rows: list[str]) -> list[tuple[int, str]]:
    """The numbers before a unit that no explain row overlaps, with their raw offsets."""
    spans = [(int(f[1]), int(f[2])) for f in (row.split("\t") for row in rows)]
    return [(m.start(), raw[max(0, m.start() - 10) : m.end() + 3]) for m in NUMBER_BEFORE_UNIT.finditer(raw)
            if not any(s < m.end() and m.start() < e for s, e in spans)]


@pytest.mark.parametrize("short", sorted(DOC_IDS))
def test_every_number_before_a_unit_in_a_corpus_article_is_explained(short: str) -> None:
    doc = corpus_doc(short)
    assert uncovered(doc.raw, explain_lines(doc)) == []


@pytest.mark.parametrize("noise", sorted(NOISE))
def test_every_number_before_a_unit_is_explained_under_noise(noise: str) -> None:
    for doc_id in DOC_IDS.values():
        raw = NOISE[noise]((CORPUS / f"{doc_id}.txt").read_text(encoding="utf-8"))
        assert uncovered(raw, explain_lines(process_text(raw, doc_id=doc_id))) == [], doc_id


def test_a_number_no_shape_reads_is_listed_with_its_reason() -> None:
    raw = "东盟与欧盟安全合作\n\n李华\n\n关键词：东盟 欧盟\n\n2012年，安倍再次上台，执政8年，推动修宪。\n"
    doc = process_text(raw, doc_id="unread")
    rows = [row.split("\t")[3:] for row in explain_lines(doc)]
    assert rows == [["2012年", "2012", "claim", "explicit"], ["8年", "", "excluded", "number and unit not read as a date"]]
    assert uncovered(raw, explain_lines(doc)) == []
