"""Citations: every marker of the corpus paired with its note, the contract's walk, damaged pages."""

from __future__ import annotations

import pytest

from pipeline import process_text
from pipeline.citations import find_markers, pair_note
from pipeline.claims import extract_claims

from .conftest import corpus_doc
from .synthetic import Noise, typeset


def pairings(short: str) -> list[tuple[int, str, int, int | None, str | None]]:
    """(page, marker, raw line of the marker, first raw line of its note, how paired) for every body marker."""
    doc = corpus_doc(short)
    markers = find_markers(doc)
    out = []
    for m in markers:
        note, how = pair_note(doc, m, markers)
        line = next(ln.no for ln in doc.lines if ln.start <= m.raw_span[0] <= ln.end)
        out.append((m.page, m.label, line, note.lines[0] if note else None, how))
    return out


def test_every_marker_of_001_pairs_with_its_note() -> None:
    expected = [
        (1, "①", 25, 29), (1, "②", 25, 31), (1, "③", 25, 33), (1, "④", 27, 35), (1, "⑤", 27, 37),
        (2, "①", 39, 45), (2, "②", 41, 47), (2, "③", 41, 49), (2, "④", 41, 51), (2, "⑤", 41, 53),
        (3, "①", 55, 57), (3, "②", 55, 59), (3, "③", 55, 61), (3, "④", 55, 63), (3, "⑤", 55, 65), (3, "⑥", 55, 67),
        (4, "①", 77, 83), (5, "①", 85, 93), (5, "②", 85, 95), (5, "③", 85, 97), (5, "④", 91, 99),
        (6, "①", 107, 113), (6, "②", 109, 115), (6, "③", 111, 117),
        (7, "①", 119, 125), (7, "②", 119, 127), (7, "③", 119, 129), (7, "④", 119, 131), (7, "⑤", 123, 133), (7, "⑥", 123, 135),
        (8, "①", 137, 151), (9, "①", 159, 163), (10, "①", 167, 173),
    ]
    assert pairings("001") == [(*e, "number") for e in expected]


def test_every_marker_of_002_pairs_with_its_note() -> None:
    expected = [
        (2, "①", 59, 79), (2, "②", 67, 85), (2, "③", 71, 89), (3, "①", 98, 148), (3, "②", 106, 152),
        (4, "①", 175, 209), (4, "②", 181, 213), (5, "①", 225, 271), (5, "②", 235, 275), (5, "③", 245, 277), (5, "④", 255, 281),
        (6, "①", 288, 324), (6, "②", 296, 328), (6, "③", 304, 334), (6, "④", 312, 340), (6, "⑤", 318, 344),
        (7, "①", 349, 397), (7, "②", 365, 403), (8, "①", 414, 456), (8, "②", 420, 462),
        (9, "①", 471, 513), (9, "②", 475, 517), (9, "③", 487, 521), (9, "④", 505, 525), (10, "①", 552, 580), (10, "②", 576, 584),
        (11, "①", 587, 633), (11, "②", 609, 639), (11, "③", 615, 645), (12, "①", 680, 700), (12, "②", 686, 704),
        (13, "①", 709, 755), (13, "②", 713, 757), (13, "③", 729, 761), (13, "④", 745, 765), (13, "⑤", 751, 769),
        (14, "①", 776, 812), (14, "②", 784, 816), (14, "③", 798, 822), (14, "④", 806, 826), (14, "⑤", 810, 832),
        (15, "①", 841, 883), (15, "②", 865, 887), (15, "③", 871, 891), (15, "④", 879, 895),
        (16, "①", 898, 942), (16, "②", 908, 946), (16, "③", 912, 950),
    ]
    assert pairings("002") == [(*e, "number") for e in expected]


def test_endnote_markers_without_reference_list_keep_the_marker_and_no_note() -> None:
    doc = corpus_doc("000")
    labels = [m.label for m in find_markers(doc)]
    assert labels[:10] == ["[1]", "[2]", "[3]", "[4]", "[5]", "[6]", "[7]", "[8]", "[9]", "[4]"]
    assert len(labels) == 34
    claims = {c["date"]["text"]: c for c in extract_claims(doc)}
    assert claims["1983年"]["citation"] == {"marker": "[1]", "source_span": [1150, 1153], "page": 2,
                                             "note_id": None, "note": None, "note_span": None}


def _claims(short: str) -> dict[str, dict]:
    return {c["date"]["text"]: c for c in extract_claims(corpus_doc(short))}


def test_marker_caret_is_inside_its_raw_span() -> None:
    doc = corpus_doc("001")
    claim = _claims("001")["20世纪90年代以来"]
    s, e = claim["citation"]["source_span"]
    assert doc.raw[s:e] == "^①"
    ns, ne = claim["citation"]["note_span"]
    assert doc.raw[ns:ne].startswith("“Relations with Japan,” NATO, July 28, 2023")


def test_walk_crosses_sentences_to_the_first_marker() -> None:
    doc = corpus_doc("000")  # 2011 … (L403): three sentences on to [27] at L415
    by_start = {c["date"]["source_span"][0]: c for c in extract_claims(doc)}
    start = doc.raw.index("2011年日本修改")
    assert by_start[start]["citation"]["marker"] == "[27]"


def test_three_claims_of_one_sentence_share_its_marker() -> None:
    doc = corpus_doc("002")
    by_text = {c["date"]["text"]: c for c in extract_claims(doc)}
    markers = {by_text[t]["citation"]["source_span"][0] for t in ("2022年3月", "同年5月", "2023年3月")}
    assert len(markers) == 1 and doc.raw[markers.pop()] == "②"


def test_walk_stops_at_the_next_claim() -> None:
    doc = corpus_doc("002")
    by_start = {c["date"]["source_span"][0]: c for c in extract_claims(doc)}
    assert by_start[doc.raw.index("2013年4月")]["citation"] is None  # the next sentence dates 2007


def test_walk_stops_at_the_paragraph_end() -> None:
    doc = corpus_doc("000")
    by_start = {c["date"]["source_span"][0]: c for c in extract_claims(doc)}
    assert by_start[doc.raw.index("2022年，日本安保战略")]["citation"] is None


DAMAGED_NOTES = ["参见王明：《东盟与欧盟关系研究》，世界知识出版社2020年版，第35页。",
                 "Council of the European Union, “Conclusions on the EU Strategy,” https://www.consilium.europa.eu/en/press/2020/12/15/ [2021-01-05]."]


def _citations(noise: Noise, notes: list[str]) -> list[dict | None]:
    doc = process_text(typeset(noise, notes=notes), doc_id="damaged")
    # ② follows the sentence dated 2020-12-15, a claim that stops the walk from 2001至2010年
    return [c["citation"] for c in extract_claims(doc) if c["date"]["text"] in ("2019年3月", "2020-12-15")]


def test_lost_note_numbers_pair_by_position_and_say_so() -> None:
    first, second = _citations(Noise(page_break_after=7, drop_note_numbers=True), DAMAGED_NOTES)
    assert (first["pairing"], first["note"]) == ("position", DAMAGED_NOTES[0])
    assert (second["pairing"], second["note"]) == ("position", DAMAGED_NOTES[1])


def test_missing_note_is_reported_not_borrowed() -> None:
    first, second = _citations(Noise(page_break_after=7), DAMAGED_NOTES[:1])
    assert first["note"] == DAMAGED_NOTES[0]
    assert (second["marker"], second["note"], second["note_span"]) == ("②", None, None)


def test_truncated_note_is_flagged() -> None:
    cut = DAMAGED_NOTES[1][:60]
    first, second = _citations(Noise(page_break_after=7), [DAMAGED_NOTES[0], cut])
    assert "truncated" not in first
    assert second["note"] == cut and second["truncated"] is True


@pytest.mark.parametrize("short", ["001", "002"])
def test_every_cited_claim_has_its_note_in_the_file(short: str) -> None:
    cited = [c["citation"] for c in extract_claims(corpus_doc(short)) if c["citation"]]
    assert cited and all(c["note"] and c["pairing"] == "number" and "truncated" not in c for c in cited)
