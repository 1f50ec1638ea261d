"""Reference lists and notes that run over a page, on constructed articles (tests/synthetic.py):
hard line breaks, running headers and page numbers, entries cut by lines and by a page."""

from __future__ import annotations

import pytest

from pipeline import process_text
from pipeline.document import Document
from pipeline.stages.citations.markers import find_markers
from pipeline.stages.citations.references import parse_one, reference_list_items
from tests.conftest import corpus_doc
from tests.synthetic import HEADER, Article, typeset_article

BODY = [
    ["2019年3月，东盟与欧盟在布鲁塞尔举行第22届部长级会议，双方同意加强在海上安全领域的合作。[1]此后，双方又于同年11月召开高官会议，"
     "讨论落实合作计划的具体步骤。[2][3]2020年，日本与东盟发表联合声明，强调维护地区海上秩序的重要性。[4-6]相关文件见https://www.asean.org/list[2]/index.html。",
     "2021年5月，日本防卫大臣访问越南，双方签署防卫装备与技术转移协定。［7］2022年，日本宣布向菲律宾提供巡逻船，"],
    ["\f以增强其海上执法能力。[8，9]此外，日本还于2023年启动“政府安全援助”框架，首批对象包括菲律宾和马来西亚。[10]",
     "总之，日本与东盟的安全合作呈现机制化、常态化的发展趋势，但其前景仍受诸多因素制约。"],
]
REFERENCES = [
    "王明, 李强. 日本与东盟安全合作的新进展[J]. 日本学刊, 2020, 36(3): 1-10.",
    "陈静静. 日本和北约战略协作的历史发展[M]. 北京: 社会科学文献出版社, 2022: 35-40.",
    "SMITH J, BROWN K. Japan and ASEAN: security partners[J]. Asian Survey, 2019, 59(4): 600-620.",
    "外务省. 日本与东盟关系[EB/OL]. (2023-07-12)[2023-08-01]. https://www.mofa.go.jp/region/asia-paci/asean/index.html.",
    "王明. 日本加强对东盟防务合作[N]. 人民日报, 2022-03-05(3).",
    "防卫省. 日本防卫白皮书[R]. 东京: 防卫省, 2022.",
    "李强. 东盟地区论坛的发展[C]//张三. 亚太安全论文集. 北京: 世界知识出版社, 2020: 12-20.",
    "赵六. 日本对东南亚安全政策研究[D]. 北京: 北京大学, 2019.",
    "孙七. 日本的海洋战略[M]. 北京: 时事出版社, 2018.",
    "周八. 日本政府安全援助的实施[J]. 国际问题研究, 2023(5): 45-60.",
]
ENGLISH = ["Japan-ASEAN Security Cooperation", "", "[Abstract] Since 2019 [1], Japan and ASEAN have deepened security cooperation."]


def _article(**changes) -> tuple[str, Document]:
    settings = {"pages": BODY, "references": REFERENCES, "references_break_after": 3, "english_abstract": ENGLISH} | changes
    raw = typeset_article(Article(**settings))
    return raw, process_text(raw, doc_id="endnotes")


def _citations(doc: Document) -> dict[str, dict]:
    return {c["date"]["text"]: c["citation"] for c in doc.claims}


def test_reference_list_leaves_the_body_and_gives_no_claims() -> None:
    raw, doc = _article()
    kinds = {ln.stripped[:6]: ln.kind for ln in doc.lines if ln.stripped}
    assert kinds["参考文献"] == "reference_heading"
    assert [kinds[k] for k in ("[1] 王明", "[3] SM", "59(4):", "https:", "[10] 周")] == ["reference"] * 5
    assert kinds["Japan-"] == kinds["[Abstr"] == "back"
    assert "参考文献" not in doc.body.text and "[J]" not in doc.body.text and HEADER not in doc.body.text
    assert list(_citations(doc)) == ["2019年3月", "同年11月", "2020年", "2021年5月", "2022年", "2023年"]
    assert [(e.number, e.lines, e.page) for e in doc.reference_list][:4] == [
        ("1", [41], 3), ("2", [43, 45], 3), ("3", [47, 53], 3), ("4", [55, 57], 4)]  # 49, 51: header and page number


def test_english_abstract_before_the_list_is_not_body() -> None:
    _, doc = _article(english_abstract_first=True)
    assert "Abstract" not in doc.body.text and doc.body.text.endswith("但其前景仍受诸多因素制约。")
    assert len(doc.reference_list) == 10 and len(find_markers(doc)) == 7


def test_endnote_markers_with_exact_raw_spans() -> None:
    raw, doc = _article()
    markers = find_markers(doc)
    assert [m.label for m in markers] == ["[1]", "[2]", "[3]", "[4-6]", "[7]", "[8，9]", "[10]"]  # not [2] in the URL, nor [1] in English
    assert [raw[slice(*m.raw_span)] for m in markers] == ["[1]", "[2]", "[3]", "[4-6]", "［7］", "[8，9]", "[10]"]
    assert markers[0].raw_span == (raw.index("[1]此后"), raw.index("[1]此后") + 3)


def test_each_claim_cites_its_entry() -> None:
    raw, doc = _article()
    cited = _citations(doc)
    expected = {  # date → (marker, raw marker, entry number, raw note text)
        "2019年3月": ("[1]", "[1]", "1", "王明, 李强. 日本与东盟安全合作的新进展[J]. 日本学刊, 2020, 36(3): 1-10."),
        "同年11月": ("[2]", "[2]", "2", "陈静静. 日本和北约战略协作的历史发展[M]. 北京: 社会科学文献出版社, 2022: \n\n35-40."),
        "2020年": ("[4-6]", "[4-6]", "4", "外务省. 日本与东盟关系[EB/OL]. (2023-07-12)[2023-08-01]. \n\nhttps://www.mofa.go.jp/region/asia-paci/asean/index.html."),
        "2021年5月": ("[7]", "［7］", "7", "李强. 东盟地区论坛的发展[C]//张三. 亚太安全论文集. 北京: 世界知识出版社, \n\n2020: 12-20."),
        "2022年": ("[8，9]", "[8，9]", "8", "赵六. 日本对东南亚安全政策研究[D]. 北京: 北京大学, 2019."),
        "2023年": ("[10]", "[10]", "10", "周八. 日本政府安全援助的实施[J]. 国际问题研究, 2023(5): 45-60."),
    }
    for date, (marker, raw_marker, number, raw_note) in expected.items():
        c = cited[date]
        assert (c["marker"], raw[slice(*c["source_span"])], c["note_id"], c["pairing"]) == (marker, raw_marker, f"endnotes:refs:{number}", "number")
        assert raw[slice(*c["note_span"])] == raw_note
        assert "note_spans" not in c and "truncated" not in c
    assert cited["2019年3月"]["note"] == "王明，李强。日本与东盟安全合作的新进展[J]. 日本学刊，2020, 36(3): 1-10."
    assert cited["2021年5月"]["note"] == "李强。东盟地区论坛的发展[C]//张三。亚太安全论文集。北京：世界知识出版社，2020: 12-20."
    assert cited["同年11月"]["note"] == "陈静静。日本和北约战略协作的历史发展[M]. 北京：社会科学文献出版社，2022: 35-40."  # the line broke at a space
    assert cited["2020年"]["note"] == "外务省。日本与东盟关系[EB/OL]. (2023-07-12)[2023-08-01]. https://www.mofa.go.jp/region/asia-paci/asean/index.html."


def test_entry_ending_with_its_url_is_complete_and_a_cut_entry_is_flagged() -> None:
    refs = REFERENCES[:3] + ["外务省. 日本与东盟关系[EB/OL]. (2023-07-12)[2023-08-01]. https://www.mofa.go.jp/region/asean/index.html"]
    refs += REFERENCES[4:6] + ["李强. 东盟地区论坛的发展[C]//张三. 亚太安全论文集. 北京: 世界知识"]
    _, doc = _article(references=refs)
    cited = _citations(doc)
    assert cited["2020年"]["reference"]["URL"] == "https://www.mofa.go.jp/region/asean/index.html" and "truncated" not in cited["2020年"]
    assert cited["2021年5月"]["truncated"] is True
    assert cited["2022年"]["note"] is None and cited["2022年"]["note_span"] is None  # no entry 8 in the file: reported, not guessed


def test_entry_cut_by_a_page_break_keeps_its_pieces() -> None:
    raw, doc = _article()
    entry = doc.reference_list[2]
    s, e = entry.raw_span
    assert raw[s:e] == f"SMITH J, BROWN K. Japan and ASEAN: security partners[J]. Asian Survey, 2019,\n\n{HEADER}\n\n19\n\n 59(4): 600-620."
    assert [raw[a:b] for a, b in entry.pieces] == ["SMITH J, BROWN K. Japan and ASEAN: security partners[J]. Asian Survey, 2019,", "59(4): 600-620."]
    assert entry.text.text == REFERENCES[2]


@pytest.mark.parametrize(("number", "fields"), [
    ("1", {"type": "article-journal", "type_code": "J", "author": [{"literal": "王明"}, {"literal": "李强"}], "title": "日本与东盟安全合作的新进展",
           "container-title": "日本学刊", "issued": {"date-parts": [[2020]]}, "volume": "36", "issue": "3", "page": "1-10"}),
    ("2", {"type": "book", "author": [{"literal": "陈静静"}], "title": "日本和北约战略协作的历史发展", "publisher-place": "北京",
           "publisher": "社会科学文献出版社", "issued": {"date-parts": [[2022]]}, "page": "35-40"}),
    ("3", {"type": "article-journal", "author": [{"literal": "SMITH J"}, {"literal": "BROWN K"}], "title": "Japan and ASEAN: security partners",
           "container-title": "Asian Survey", "issued": {"date-parts": [[2019]]}, "volume": "59", "issue": "4", "page": "600-620", "language": "en"}),
    ("4", {"type": "webpage", "type_code": "EB", "author": [{"literal": "外务省"}], "title": "日本与东盟关系", "issued": {"date-parts": [[2023, 7, 12]]},
           "accessed": {"date-parts": [[2023, 8, 1]]}, "URL": "https://www.mofa.go.jp/region/asia-paci/asean/index.html"}),
    ("5", {"type": "article-newspaper", "container-title": "人民日报", "issued": {"date-parts": [[2022, 3, 5]]}, "section": "3"}),
    ("6", {"type": "report", "title": "日本防卫白皮书", "publisher-place": "东京", "publisher": "防卫省", "issued": {"date-parts": [[2022]]}}),
    ("7", {"type": "paper-conference", "title": "东盟地区论坛的发展", "editor": [{"literal": "张三"}], "container-title": "亚太安全论文集",
           "publisher": "世界知识出版社", "page": "12-20"}),
    ("8", {"type": "thesis", "publisher": "北京大学", "issued": {"date-parts": [[2019]]}}),
    ("10", {"container-title": "国际问题研究", "issued": {"date-parts": [[2023]]}, "issue": "5", "page": "45-60"}),
])
def test_entry_parsed_as_gbt7714(number: str, fields: dict) -> None:
    _, doc = _article()
    item = reference_list_items(doc.reference_list)[number]
    assert {k: item.get(k) for k in fields} == fields


@pytest.mark.parametrize(("heading", "label"), [
    ("参 考 文 献", "[{n}]"), ("注释", "{n}."), ("注释与参考文献", "［{n}］"), ("[参考文献]", "〔{n}〕"), ("References", "[{n}]"),
])
def test_heading_and_entry_number_variants(heading: str, label: str) -> None:
    raw, doc = _article(reference_heading=heading, entry_label=label)
    assert [e.number for e in doc.reference_list] == [str(n) for n in range(1, 11)]
    c = _citations(doc)["2021年5月"]
    assert c["reference"]["title"] == "东盟地区论坛的发展"
    s, e = c["note_span"]
    assert raw[s:e].startswith("李强. 东盟") and raw[slice(*doc.reference_list[6].number_span)] == "7"


def test_corpus_000_has_no_reference_list() -> None:
    doc = corpus_doc("000")
    assert doc.reference_list == []
    assert all(c["citation"]["note"] is None for c in doc.claims if c["citation"])


RUN_OVER_BODY = [
    ["2019年3月，东盟与欧盟在布鲁塞尔举行第22届部长级会议，双方同意加强在海上安全领域的合作。^①此后，双方又于同年11月召开高官会议，"
     "讨论落实合作计划的具体步骤。②2020年，日本与东盟发表联合声明，强调维护地区海上秩序的重要性，并决定建立年度对话机制，定期讨论南海、朝鲜半岛和反恐等议题。",
     "2021年5月，日本防卫大臣访问越南，双方签署防卫装备与技术转移协定，并就加强海上安全合作达成共识。2022年，日本宣布向菲律宾提供巡逻船，"],
    ["\f以增强其海上执法能力。①此外，日本还于2023年启动“政府安全援助”框架，首批对象包括菲律宾和马来西亚。②",
     "总之，日本与东盟的安全合作呈现机制化、常态化的发展趋势，但其前景仍受诸多因素制约。"],
]
RUN_OVER_NOTES = [
    ["参见王明：《东盟与欧盟关系研究》，世界知识出版社2020年版，第35页。",
     "双方在会议上还讨论了南海局势、缅甸问题以及东盟共同体建设的进展，并同意在联合国框架下加强协调，\f共同应对非传统安全威胁，这一共识在随后的高官会议上得到确认。"],
    ["李强：《日本对东南亚的安全援助》，《日本学刊》2023年第5期，第[3]部分。", "同上。"],
]


LONG_OVERLEAF = ("双方在会议上还讨论了南海局势、缅甸问题以及东盟共同体建设的进展，并同意在联合国框架下加强协调，\f共同应对恐怖主义、"
                 "跨国犯罪、网络安全和公共卫生等非传统安全威胁，同时推动东盟地区论坛、东亚峰会和东盟防长扩大会等机制的协调发展，"
                 "这一共识在随后的高官会议上得到确认。")


def _run_over(note_numbers: bool = True, overleaf: str | None = None) -> tuple[str, Document]:
    notes = [[RUN_OVER_NOTES[0][0], overleaf or RUN_OVER_NOTES[0][1]], RUN_OVER_NOTES[1]]
    raw = typeset_article(Article(pages=RUN_OVER_BODY, footnotes=notes, note_numbers=note_numbers))
    return raw, process_text(raw, doc_id="runover")


@pytest.mark.parametrize("note_numbers", [True, False])
def test_run_over_of_several_small_print_lines(note_numbers: bool) -> None:
    raw, doc = _run_over(note_numbers, LONG_OVERLEAF)
    first, overleaf = LONG_OVERLEAF.split("\f")
    assert raw.count(overleaf[:20]) == 1 and len(doc.pages[1].notes) == 2
    cited = _citations(doc)
    c = cited["同年11月"]
    assert c["note"] == first + overleaf and len(c["note_spans"]) == 2
    assert ["".join(raw[a:b].split()) for a, b in c["note_spans"]] == [first, overleaf]
    assert cited["2022年"]["note"] == RUN_OVER_NOTES[1][0] and cited["2023年"]["note"] == "同上。"
    assert doc.body.text.endswith("但其前景仍受诸多因素制约。")


def test_note_running_over_the_page_joins_the_note_it_continues() -> None:
    raw, doc = _run_over()
    first, overleaf = RUN_OVER_NOTES[0][1].split("\f")
    cited = _citations(doc)
    c = cited["同年11月"]
    assert (c["marker"], raw[slice(*c["source_span"])], c["note_id"]) == ("②", "②", "runover:p1:②")
    assert c["note"] == first + overleaf
    s, e = c["note_span"]
    assert raw[s:].startswith(first[:20]) and raw[:e].endswith("得到确认。")
    assert ["".join(raw[a:b].split()) for a, b in c["note_spans"]] == [first, overleaf]
    assert "共同应对" not in doc.body.text and doc.body.text.endswith("但其前景仍受诸多因素制约。")
    # the next page's own notes keep their numbers and their order
    assert (cited["2022年"]["note"], cited["2022年"]["note_id"]) == (RUN_OVER_NOTES[1][0], "runover:p2:①")
    assert cited["2023年"]["note"] == "同上。"
    marker = cited["2019年3月"]
    assert raw[slice(*marker["source_span"])] == "^①"
    assert [m.label for m in find_markers(doc)] == ["①", "②", "①", "②"]  # not the [3] inside a note


def test_run_over_note_with_lost_numbers_keeps_the_next_page_pairing() -> None:
    raw, doc = _run_over(note_numbers=False)
    first, overleaf = RUN_OVER_NOTES[0][1].split("\f")
    cited = _citations(doc)
    assert cited["同年11月"]["note"] == first + overleaf
    assert (cited["2022年"]["pairing"], cited["2022年"]["note"]) == ("position", RUN_OVER_NOTES[1][0])
    assert cited["2023年"]["note"] == "同上。"


def test_gbt7714_authors_drop_et_al_and_deng() -> None:
    item = parse_one("JONES A, LEE B, WANG C, et al. The evolving security architecture[J]. Pacific Affairs, 2021, 94(2): 233-259.")
    assert item["author"] == [{"literal": "JONES A"}, {"literal": "LEE B"}, {"literal": "WANG C"}]
    assert parse_one("王明，李强，等。日本安全[M]. 北京：时事出版社，2018.")["author"] == [{"literal": "王明"}, {"literal": "李强"}]


@pytest.mark.parametrize(("written", "label"), [("〔1〕", "〔1〕"), ("［1］", "[1]"), ("[1-3]", "[1-3]"), ("[1, 2]", "[1, 2]")])
def test_bracket_forms_pair_with_the_first_entry(written: str, label: str) -> None:
    body = [[f"2019年3月，东盟与欧盟在布鲁塞尔举行第22届部长级会议，双方同意加强在海上安全领域的合作。{written}此后，双方的合作不断深化。"]]
    raw = typeset_article(Article(pages=body, references=REFERENCES[:3]))
    doc = process_text(raw, doc_id="forms")
    c = _citations(doc)["2019年3月"]
    assert (c["marker"], raw[slice(*c["source_span"])], c["note_id"]) == (label, written, "forms:refs:1")
    assert doc.claims[0]["sentence"].endswith("加强在海上安全领域的合作。")  # the marker belongs to it, printed without it


def test_reference_list_without_a_heading_is_read_from_its_entries() -> None:
    raw, doc = _article(reference_heading="")
    assert [e.number for e in doc.reference_list] == [str(n) for n in range(1, 11)]
    assert "[J]" not in doc.body.text and doc.body.text.endswith("但其前景仍受诸多因素制约。")
    cited = _citations(doc)
    assert (cited["2021年5月"]["note_id"], raw[slice(*cited["2021年5月"]["note_span"])]) == (
        "endnotes:refs:7", "李强. 东盟地区论坛的发展[C]//张三. 亚太安全论文集. 北京: 世界知识出版社, \n\n2020: 12-20.")
    assert list(cited) == ["2019年3月", "同年11月", "2020年", "2021年5月", "2022年", "2023年"]


def test_numbered_lines_without_reference_cues_are_no_reference_list() -> None:
    """A numbered list closing the body ([1] … [3] as plain sentences) stays body text."""
    points = ["双方应当加强海上安全领域的对话与协调。", "双方应当扩大在非传统安全领域的合作。", "双方应当推动地区安全机制的协调发展。"]
    _, doc = _article(references=points, reference_heading="")
    assert doc.reference_list == [] and all(p in doc.body.text for p in points)


def test_reference_list_cut_by_the_english_abstract_goes_on_after_it() -> None:
    raw, doc = _article(english_abstract_after_entry=5, references_break_after=None)
    assert [e.number for e in doc.reference_list] == [str(n) for n in range(1, 11)]
    assert {ln.kind for ln in doc.lines if ln.stripped and ln.stripped in ENGLISH} == {"back"}
    assert "Abstract" not in doc.body.text and "[R]" not in doc.body.text
    cited = _citations(doc)
    assert [cited[d]["note_id"] for d in ("2021年5月", "2022年", "2023年")] == ["endnotes:refs:7", "endnotes:refs:8", "endnotes:refs:10"]
    assert raw[slice(*cited["2023年"]["note_span"])] == REFERENCES[9]
