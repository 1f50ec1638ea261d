"""Citations: every marker of the corpus paired with its note, the contract's walk, damaged pages."""

from __future__ import annotations

import gzip
import json
from functools import cache

import pytest

from pipeline import process, process_text
from pipeline.document import Document
from pipeline.resources import FACTORY_DATA
from pipeline.stages.citations.markers import find_markers, pair_note
from pipeline.stages.layout.model import load
from pipeline.stages.layout.rules import _make_notes, note_number_pattern, split_lines
from pipeline.stages.layout.train import printed_lines
from tests.conftest import ROOT, corpus_doc
from tests.synthetic import Noise, typeset
from tools.factory.measure import read


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
    claims = {c["date"]["text"]: c for c in doc.claims}
    assert claims["1983年"]["citation"] == {"marker": "[1]", "source_span": [1150, 1153], "page_index": 2,
                                             "page_label": None, "note_id": None, "note": None, "note_span": None}


@cache
def _processed(path: str) -> Document:
    return process(ROOT / path)


@pytest.mark.parametrize(
    ("path", "claim", "marker", "page_index", "page_label"),
    [
        ("corpus/000_6bcb866657ab047f.txt", "#0002", "[1]", 2, None),  # 1983年: 000 prints no page number
        ("corpus/001_47aa3352bd7784b9.txt", "#0001", "①", 1, None),  # 20世纪90年代以来
        ("corpus/002_03b414d8b1f13807.txt", "#0013", "②", 4, None),  # 2023年1月底: the page before the one 56 opens
        ("corpus/002_03b414d8b1f13807.txt", "#0014", "①", 5, "56"),  # 2022年4月: under the header and 56
        ("corpus/002_03b414d8b1f13807.txt", "#0020", "①", 6, None),  # 2021年10月: one neighbour's number is no proof
        ("tests/data/constructed/c01_cd07ee2c.txt", "#0004", "①", 1, "56"),  # · 56 · before the header "… · 57 ·"
        ("tests/data/constructed/c01_cd07ee2c.txt", "#0006", "①", 2, "57"),
        ("tests/data/constructed/batch2/c04_ca8a53a4.txt", "#0002", "③", 1, "80"),  # ·80· at the first page's foot
        ("tests/data/constructed/batch2/c04_ca8a53a4.txt", "#0114", "①", 11, "90"),  # the last page, closed by ·90·
    ],
)
def test_a_citation_names_its_page_by_position_and_printed_number(
    path: str, claim: str, marker: str, page_index: int, page_label: str | None
) -> None:
    citation = next(c for c in _processed(path).claims if c["claim_id"].endswith(claim))["citation"]
    assert (citation["marker"], citation["page_index"], citation["page_label"]) == (marker, page_index, page_label)


def _claims(short: str) -> dict[str, dict]:
    return {c["date"]["text"]: c for c in corpus_doc(short).claims}


def test_marker_caret_is_inside_its_raw_span() -> None:
    doc = corpus_doc("001")
    claim = _claims("001")["20世纪90年代以来"]
    s, e = claim["citation"]["source_span"]
    assert doc.raw[s:e] == "^①"
    ns, ne = claim["citation"]["note_span"]
    assert doc.raw[ns:ne].startswith("“Relations with Japan,” NATO, July 28, 2023")


def test_walk_crosses_sentences_to_the_first_marker() -> None:
    doc = corpus_doc("000")  # 2011 … (L403): three sentences on to [27] at L415
    by_start = {c["date"]["source_span"][0]: c for c in doc.claims}
    start = doc.raw.index("2011年日本修改")
    assert by_start[start]["citation"]["marker"] == "[27]"


def test_three_claims_of_one_sentence_share_its_marker() -> None:
    doc = corpus_doc("002")
    by_text = {c["date"]["text"]: c for c in doc.claims}
    markers = {by_text[t]["citation"]["source_span"][0] for t in ("2022年3月", "同年5月", "2023年3月")}
    assert len(markers) == 1 and doc.raw[markers.pop()] == "②"


def test_walk_stops_at_the_next_claim() -> None:
    doc = corpus_doc("002")
    by_start = {c["date"]["source_span"][0]: c for c in doc.claims}
    assert by_start[doc.raw.index("2013年4月")]["citation"] is None  # the next sentence dates 2007


def test_walk_stops_at_the_paragraph_end() -> None:
    doc = corpus_doc("000")
    by_start = {c["date"]["source_span"][0]: c for c in doc.claims}
    assert by_start[doc.raw.index("2022年，日本安保战略")]["citation"] is None


DAMAGED_NOTES = ["参见王明：《东盟与欧盟关系研究》，世界知识出版社2020年版，第35页。",
                 "Council of the European Union, “Conclusions on the EU Strategy,” https://www.consilium.europa.eu/en/press/2020/12/15/ [2021-01-05]."]


def _citations(noise: Noise, notes: list[str]) -> list[dict | None]:
    doc = process_text(typeset(noise, notes=notes), doc_id="damaged")
    # ② follows the sentence dated 2020-12-15, a claim that stops the walk from 2001至2010年
    return [c["citation"] for c in doc.claims if c["date"]["text"] in ("2019年3月", "2020-12-15")]


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
    cited = [c["citation"] for c in corpus_doc(short).claims if c["citation"]]
    assert cited and all(c["note"] and c["pairing"] == "number" and "truncated" not in c for c in cited)


FILLER = "双方还同意在相互尊重、平等协商的基础上不断扩大共识、妥善管控分歧，推动合作向更高水平发展。"  # lengthens a paragraph's line
INTRODUCTION = [
    "东盟与欧盟同为区域一体化的重要代表，双方在维护多边主义、推动地区合作方面具有广泛的共同利益。近年来，随着地区安全形势的变化，"
    "双方在安全领域的合作不断扩大，从传统的政治对话逐步延伸到海上安全、反恐、网络安全和公共卫生等领域。" + FILLER,
    "本文拟在梳理双方安全合作历史进程的基础上，考察其主要领域和合作机制，分析推动双方合作的内外动因，并探讨其面临的制约因素与发展前景，"
    "以期为理解区域组织之间的安全合作提供参考。" + FILLER,
]
LINE_PER_PARAGRAPH = [
    "2019年3月，东盟与欧盟在布鲁塞尔举行第22届部长级会议，双方同意加强在海上安全领域的合作，并决定建立年度对话机制，定期讨论南海、朝鲜半岛和反恐等议题。①"
    "此后，双方又于同年11月召开高官会议，讨论落实合作计划的具体步骤，并就建立海上安全工作组达成共识。②",
    "2021年5月，双方在雅加达举行首次海上安全工作组会议，讨论海上执法合作、信息共享和能力建设等具体议题，并同意每年轮流在东盟和欧盟成员国举行会议。"
    + FILLER + "会议还讨论了在东盟秘书处设立欧盟联络办公室的问题。③尽管由于部分成员国反",
]
LINE_PER_PARAGRAPH_NOTES = ["参见王明：《东盟与欧盟关系研究》，世界知识出版社2020年版，第35页。",
                            "“EU-ASEAN Senior Officials Meeting,” https://www.eeas.europa.eu/asean [2021-01-05].",
                            "欧盟在非洲联盟总部和东南亚国家联盟秘书处都设有代表团，东道国一般为其提供办公场所。"]
CONTINUATION = "对未果，但如果该办公室设立，双方的合作将更加稳定，海上安全合作将迈入更高阶段。"


def _line_per_paragraph(notes: list[str]) -> tuple[str, list[dict]]:
    closing = ["2022年，双方发表联合声明，强调维护地区海上秩序的重要性，并同意在联合国框架下加强协调，共同应对恐怖主义、跨国犯罪、"
               "网络安全和公共卫生等非传统安全威胁，同时推动东盟地区论坛、东亚峰会和东盟防长扩大会等机制的协调发展。" + FILLER,
               "总之，东盟与欧盟的安全合作呈现机制化、常态化的发展趋势，但其前景仍受诸多因素制约，既取决于双方能否在具体议题上找到新的利益交汇点，"
               "也取决于大国关系的走向和地区安全形势的变化，双方仍需在相互尊重的基础上不断扩大共识、妥善管控分歧。"]
    raw = "\n\n".join(["东盟与欧盟安全合作", "李华", "关键词：东盟 欧盟", *INTRODUCTION, *LINE_PER_PARAGRAPH, *notes, CONTINUATION, *closing]) + "\n"
    doc = process_text(raw, doc_id="lines")
    assert doc.layout_mode == "paragraph_lines"
    return raw, doc.claims


def test_a_prose_note_that_lost_its_number_is_the_note_its_page_markers_expect() -> None:
    """A line per paragraph, the notes' numbers lost: the page has three markers and two note-like
    lines, and its body line stops mid-sentence, so the prose line after them is the third note,
    and the line after that takes up the cut sentence."""
    raw, claims = _line_per_paragraph(LINE_PER_PARAGRAPH_NOTES)
    cited = {c["date"]["text"]: c for c in claims}
    c = cited["2021年5月"]["citation"]
    assert (c["marker"], c["pairing"], c["note"]) == ("③", "position", LINE_PER_PARAGRAPH_NOTES[2])
    assert raw[slice(*c["note_span"])] == LINE_PER_PARAGRAPH_NOTES[2]
    assert cited["2022年"]["sentence"].startswith("2022年，双方发表联合声明")
    body = process_text(raw, doc_id="lines").body.text
    assert "尽管由于部分成员国反对未果，" in body and LINE_PER_PARAGRAPH_NOTES[2] not in body
    assert [c["date"]["text"] for c in claims] == ["2019年3月", "同年11月", "2021年5月", "2022年"]


def test_a_missing_numbered_note_is_not_taken_from_the_body_after_the_notes() -> None:
    """The notes kept their numbers and the third is missing: the line after them is body (the cut
    sentence goes on), and ③ has no note."""
    notes = [f"{n} {text}" for n, text in zip("①②", LINE_PER_PARAGRAPH_NOTES)]
    raw, claims = _line_per_paragraph(notes)
    cited = {c["date"]["text"]: c for c in claims}
    assert (cited["2021年5月"]["citation"]["marker"], cited["2021年5月"]["citation"]["note"]) == ("③", None)
    assert cited["同年11月"]["citation"]["note"] == LINE_PER_PARAGRAPH_NOTES[1]
    assert "尽管由于部分成员国反对未果，" in process_text(raw, doc_id="lines").body.text


@cache
def _rendering(source: str, extractor: str, damage: str, path: str = "bracketed_pending.jsonl.gz") -> Document:
    """A factory rendering of a source, read by the layout as the pipeline reads it."""
    item = next(it for line in gzip.open(FACTORY_DATA / path, "rt", encoding="utf-8")
                if (it := json.loads(line))["source"] == source and (it["extractor"], it["damage"]) == (extractor, damage))
    return read(item["text"], load(), printed_lines(item))[0]


def _pair(doc: Document, labels: set[str]) -> dict[str, tuple[str | None, str | None]]:
    markers = find_markers(doc)
    return {m.label: (note.number if note else None, how) for m in markers if m.label in labels
            for note, how in [pair_note(doc, m, markers)]}


def test_a_note_set_beside_the_next_page_still_pairs_by_its_number() -> None:
    """pdfminer's reading of the factory's f16 (bracketed footnotes numbered through the article,
    folios and headers removed): the notes [21]–[25] of one page come out after a break the layout
    reads as a new page. Numbered through, each printed once, they still pair by number."""
    labels = {f"[{n}]" for n in range(21, 26)}
    assert _pair(_rendering("f16", "pdfminer", "no_furniture"), labels) == {k: (k, "number") for k in labels}


def test_a_bracketed_number_glued_to_its_note_is_its_number() -> None:
    """pdftotext's reading of f09, a line per paragraph: `[19]小泉纯一郎…` and `[36]《澜沧江…` lost
    the space after their numbers, between notes that kept it; they pair by number."""
    assert _pair(_rendering("f09", "pdftotext", "paragraph_lines"), {"[19]", "[36]"}) == {
        "[19]": ("[19]", "number"), "[36]": ("[36]", "number")}


def test_a_glued_number_out_of_the_pages_order_is_no_notes_number() -> None:
    """A body line opening with a call, read as a note above the page's printed numbers (as the
    line-role model of session 43 read f13's `[38]2019年…` above `[33]` in pypdfium2's reading
    whose notes lost their numbers), takes no number; one between them does."""
    texts = ["[38]2019年6月23日，第34届东盟峰会在曼谷通过", "[33] 据外务省统计。", "[34]《国家安全保障战略》。",
             "[35] Shinzo Abe, Keynote Address."]
    notes = _make_notes([[ln] for ln in split_lines("\n".join(texts))], 8, note_number_pattern("circled"))
    assert [(n.number, n.text.text[:4]) for n in notes] == [
        (None, "[38]"), ("[33]", "据外务省"), ("[34]", "《国家安"), ("[35]", "Shin")]
