"""Layout recovery on the corpus: expectations read from the raw files by line number."""

from __future__ import annotations

import pytest

from pipeline import process, process_text
from pipeline.app.structure import line_kinds
from pipeline.stages.layout import rules
from tests.conftest import ROOT, corpus_doc


@pytest.mark.parametrize(
    ("short", "expected"),
    [
        ("000", {1: "title", 2: "title", 3: "affiliation", 4: "abstract", 18: "abstract", 19: "body", 31: "heading",
                 38: "body", 278: "heading", 430: "heading", 486: "body", 487: "back", 493: "back", 510: "back"}),
        ("001", {3: "title", 5: "author", 7: "abstract", 9: "keywords", 11: "author_note", 13: "clc", 15: "doi",
                 17: "article_number", 19: "body", 21: "heading", 27: "body", 29: "note", 37: "note", 39: "body",
                 121: "heading", 157: "heading", 181: "editor_note", 183: "back", 195: "back"}),
        ("002", {1: "title", 3: "author", 5: "abstract", 19: "abstract", 20: "body", 33: "heading", 47: "heading",
                 49: "heading", 79: "note", 81: "note", 83: "note", 94: "body", 217: "header", 219: "page_number",
                 223: "body", 540: "heading", 542: "heading", 940: "editor_note", 942: "note", 944: "note",
                 948: "note", 953: "back", 989: "back"}),
        ("003", {1: "back", 12: "back", 24: "back"}),
    ],
)
def test_line_roles(short: str, expected: dict[int, str]) -> None:
    kinds = line_kinds(corpus_doc(short))
    assert {no: kinds[no] for no in expected} == expected


def test_running_header_and_page_number_dropped_from_body() -> None:
    body = corpus_doc("002").body.text
    assert "东北亚学刊" not in body and "2023年第4期" not in body
    # the sentence cut by that header and page number comes back whole (lines 207 + 223)
    assert "双方一致确认将强化安全保障合作，共同致力于“自由开放的印太”" in body


def test_word_cut_by_page_break_and_note_block_rejoined() -> None:
    body = corpus_doc("001").body.text
    assert "日本、韩国、澳大利亚、新西兰首脑与会。" in body  # lines 27 + (notes 29-37) + 39
    assert "在题为《作为天然伙伴的日本和北约》的演讲中指出" in body  # a book title cut by notes 113-117
    assert "①" not in body.split("新西兰首脑与会")[0][-40:]


def test_page_break_inside_word_in_wrapped_text() -> None:
    assert "在安全事务方面非常谨慎。" in corpus_doc("000").body.text  # line 37 + leading-space line 38


@pytest.mark.parametrize(
    ("short", "per_page"),
    [
        ("001", [5, 5, 6, 1, 4, 3, 6, 1, 1, 1, 0]),
        ("002", [0, 3, 2, 2, 4, 5, 2, 2, 4, 2, 3, 2, 5, 5, 4, 3]),
        ("000", [0, 0, 0, 0, 0, 0, 0]),
    ],
)
def test_notes_per_page(short: str, per_page: list[int]) -> None:
    assert [len(p.notes) for p in corpus_doc(short).pages] == per_page


def test_note_numbers_restart_on_each_page() -> None:
    pages = corpus_doc("002").pages
    assert [n.number for n in pages[5].notes] == ["①", "②", "③", "④", "⑤"]
    assert [n.lines for n in pages[1].notes] == [[79, 81, 83], [85, 87], [89, 91, 93]]


@pytest.mark.parametrize(
    ("short", "page", "number", "expected"),
    [
        ("002", 2, "②", "https://www.mofa.go.jp/mofaj/press/enzetsu/18/easo_1130.html [2023-06-10]"),
        ("002", 2, "③", "https://www.mofa.go.jp/mofaj/press/enzetsu/19/eabe_0112.html [2023-06-10]"),
        ("002", 6, "①", "https://www.mod.go.jp/j/publication/wp/wp2022/pdf/wp2022_JP_Full_01.pdf [2023-06-10]"),
        ("002", 11, "①", "https://www.yomiuri.co.jp/politics/20221217-OYT1T50039/ [2023-06-10]"),
        ("002", 8, "①", "https://www.whitehouse.gov/wp-content/uploads/2022/10/Biden-Harris-Administrations-National-Security-Strategy-10.2022.pdf [2023-06-10]"),
        ("002", 11, "②", "https://www.nikkei.com/article/DGXZQOUA270SX0X20C22A2000000/ [2023-06-10]"),
        ("002", 16, "①", "https://www.nato.int/cps/en/natohq/topics_110496.htm [2023-06-10]"),
        ("001", 1, "④", "https://www.mofa.go.jp/mofaj/erp/ep/page1_001128.html [2023-03-01]"),
    ],
)
def test_urls_rejoined_in_notes(short: str, page: int, number: str, expected: str) -> None:
    note = next(n for n in corpus_doc(short).pages[page - 1].notes if n.number == number)
    assert expected in note.text.text


def test_note_text_and_raw_span() -> None:
    doc = corpus_doc("001")
    note = doc.pages[0].notes[3]
    assert note.text.text == "「林外務大臣のNATO外相会合出席（結果）」、外務省、https://www.mofa.go.jp/mofaj/erp/ep/page1_001128.html [2023-03-01]."
    s, e = note.raw_span
    assert doc.raw[s:e] == "「林外務大臣のNATO外相会合出席(結果)」、外務省、https://www.mofa.go.jp/mofaj/erp/ep/page1_001128.html [2023-03-01]."
    assert doc.raw[note.number_span[0] : note.number_span[1]] == "④"


def _paragraph_starting(short: str, prefix: str):
    doc = corpus_doc(short)
    index = next(i for i, p in enumerate(doc.paragraphs) if doc.paragraph_text(i).startswith(prefix))
    return doc, index


@pytest.mark.parametrize(
    ("short", "prefix", "lines", "ending"),
    [
        ("000", "冷战期间，日本和北约同属", [33, 42], "也不愿与美国之外的西方国家过多讨论安全问题。"),
        ("000", "20世纪80年代中期", [44, 52], "该尝试宣告失败。[1]"),
        ("000", "截至2025年", [111, 114], "“最高级别的接触国”[9]。"),
        ("002", "日本与北约的安全互动进程", [51, 71], "双方理应加强相互合作”。③"),
        ("002", "到第二次执政时期", [73, 110], "也成为岸田时期日本得以不断深化与北约军事安全互动勾连的重要政策源头。"),
        ("002", "岸田内阁为有效夯实", [189, 203], "推进“准同盟”关系网扩建。"),
        ("001", "乌克兰危机成为日本与北约相互借重", [27, 39], "日本和北约应大幅升级合作文件《个别伙伴合作计划》。^①"),
        ("001", "日本并非北约成员国", [23, 25], "后者是日本与北约合作的主要方针文件。"),
    ],
)
def test_paragraph_boundaries(short: str, prefix: str, lines: list[int], ending: str) -> None:
    doc, index = _paragraph_starting(short, prefix)
    para = doc.paragraphs[index]
    assert [para.lines[0], para.lines[-1]] == lines
    assert doc.paragraph_text(index).endswith(ending.replace("^", ""))


def test_wrapped_heading_joined() -> None:
    doc = corpus_doc("002")
    headings = [doc.paragraph_text(i) for i, p in enumerate(doc.paragraphs) if p.heading]
    assert "（一）政策源头：安倍第二次执政时期日本与北约安全战略互动日益加深" in headings
    assert "（三）总体战略指向：为扩充军备、整军经武赢得政策空间与行动口实" in headings
    assert len(headings) == 14


def test_english_only_file_has_no_body() -> None:
    doc = corpus_doc("003")
    assert doc.paragraphs == [] and doc.body.text == ""


def _numbers(first: int, last: int) -> list[str | None]:
    return [str(n) for n in range(first, last + 1)]


SPLIT_BY_A_HEADER = "a running header set inside a page's text splits that page in two (not the trailing furniture)"


@pytest.mark.parametrize(
    ("path", "pages", "labels"),
    [
        ("corpus/000_6bcb866657ab047f.txt", 7, [None] * 7),  # no furniture: pages from the extractor's indents
        ("corpus/001_47aa3352bd7784b9.txt", 11, [None] * 11),
        ("corpus/002_03b414d8b1f13807.txt", 16, [None] * 4 + ["56"] + [None] * 11),  # one header and 56 atop page 5
        ("corpus/003_b5f34cc610d3c4cc.txt", 1, [None]),
        # · 56 · then the header "… · 57 ·" at the first break: the first page's foot, the second's top
        ("tests/data/constructed/c01_cd07ee2c.txt", 10, _numbers(56, 65)),
        # header and number at each page's foot; the last pair stands before the English abstract
        ("tests/data/constructed/c02_a4436086.txt", 8, _numbers(89, 96)),
        ("tests/data/constructed/c03_9bf77893.txt", 7, [None, *_numbers(46, 51)]),  # numbers in the headers atop pages
        ("tests/data/constructed/batch2/c04_ca8a53a4.txt", 11, _numbers(80, 90)),  # ·80·…·90· at the feet, to the end
        ("tests/data/constructed/batch2/c05_a1d6c343.txt", 5, [None, *_numbers(22, 25)]),  # pp. 21–25, furniture atop
        ("tests/data/heldout/h02/h02_0f76860a.txt", 11, _numbers(49, 59)),  # header and number at the feet
        ("tests/data/heldout/h03/h03_e56336b0.txt", 1, [None]),  # a web page
        # — 58 — printed nowhere: 57 before and 59 after tell it; — 62 — ends the file after the English abstract
        ("tests/data/heldout/h04/h04_29790c30.txt", 16, _numbers(47, 62)),
        # pdftotext -layout: headers with their folio far right, a page 62 without header, page 70's
        # last lines read after its notes (one page, not two); 61 printed nowhere, 62 nowhere either
        ("tests/data/heldout/h06/h06_9b7c2359.txt", 13, [None, None, *_numbers(63, 73)]),
        pytest.param("tests/data/heldout/h01/h01_3ebb7bc7.txt", 9, _numbers(47, 55),
                     marks=pytest.mark.xfail(strict=True, reason=SPLIT_BY_A_HEADER)),
        pytest.param("tests/data/heldout/h05/h05_c5084e42.txt", 12, _numbers(33, 44),
                     marks=pytest.mark.xfail(strict=True, reason=SPLIT_BY_A_HEADER)),
    ],
    ids=lambda value: value.rsplit("/", 1)[-1][:3] if isinstance(value, str) else None,
)
def test_pages_and_their_printed_numbers(path: str, pages: int, labels: list[str | None]) -> None:
    record = next(r for r in process(ROOT / path).records() if r.get("kind") == "document")
    assert (record["pages"], record["page_labels"]) == (pages, labels)


PAGE_ONE = ["1969年3月，中苏两国军队在珍宝岛发生武装冲突，双方关系急剧恶化。此后，",
            "两国边境地区的紧张局势持续升级，苏联方面甚至考虑对中国实施打击。"]
PAGE_TWO = ["1969年9月11日，周恩来与柯西金在北京首都机场会晤，局势有所缓和。", "同年10月，中苏边界谈判在北京开始举行。①",
            "① 《周恩来年谱（1949—1976）》下卷，中央文献出版社1997年版，第325页。"]
PAGE_THREE = ["1970年1月20日，中美大使级会谈在华沙恢复举行，双方均表示愿意改善关系。"]
HEADER = "中共党史研究 2022年第6期"
BACK = ["（责任编辑：陈 晓）", "From Zhenbao Island to Shanghai: The Sino-Soviet Border Conflict and Rapprochement"]


@pytest.mark.parametrize(
    ("lines", "labels"),
    [
        (PAGE_ONE + ["— 47 —", HEADER] + PAGE_TWO + ["— 48 —"], ["47", "48"]),  # the last folio closes the last page
        (PAGE_ONE + ["— 47 —", HEADER] + PAGE_TWO + ["— 48 —"] + BACK, ["47", "48"]),  # back matter after it
        (PAGE_ONE + ["— 47 —", HEADER] + PAGE_TWO + [HEADER] + PAGE_THREE + ["— 49 —"], ["47", "48", "49"]),  # 48 lost
        (PAGE_ONE + [HEADER, "48"] + PAGE_TWO, [None, "48"]),  # no folio after the text: the break's opens its page
        (PAGE_ONE + ["· 47 ·", "中苏边界冲突与中美和解 · 48 ·"] + PAGE_TWO, ["47", "48"]),  # two numbers at one break
    ],
    ids=["folio closes the file", "back matter after it", "a lost folio", "furniture atop", "two numbers at a break"],
)
def test_the_furniture_after_the_last_text_is_no_page(lines: list[str], labels: list[str | None]) -> None:
    doc = process_text("\n\n".join(lines) + "\n", doc_id="furniture")
    assert [(page.number, page.label) for page in doc.pages] == [(k, label) for k, label in enumerate(labels, 1)]
    assert max(ln.page for ln in doc.lines) == len(labels)  # the trailing furniture and blanks are on the last page
    claim = next(c for c in doc.claims if c["date"]["text"] == "同年10月")
    assert (claim["citation"]["page_index"], claim["citation"]["page_label"]) == (2, labels[1])
    assert (claim["date"]["page_index"], claim["date"]["page_label"]) == (2, labels[1])  # the date's page too
    first = next(c for c in doc.claims if c["date"]["text"] == "1969年3月")
    assert (first["date"]["page_index"], first["date"]["page_label"]) == (1, labels[0])


@pytest.mark.parametrize(("line", "header"), [
    ("亚非区域国别评论  2022年第3期                                     · 64 ·", True),
    ("南亚研究      2021年第1期                                  - 64 -", True),
    ("第6卷 第3期                  亚非区域国别评论                 Vol. 6 No. 3", True),
    ("123                                             日本学刊      2017年第1期", True),
    ("— 14 —                                    外交评论      2011年第3期", True),
    ("2013年9月和10月，习近平先后提出共建“丝绸之路经济带”和“21世纪海上丝绸", False),
    ("    中非关系的现代起点是1955年4月召开的亚非会议。会议期间，国务院总理兼外", False),
    ("国际问题研究      2014年第2期    这一年，两国签署了协定，并决定在此基础上继续扩大合作", False),
])
def test_a_running_header_as_a_layout_keeping_extraction_prints_it(line: str, header: bool) -> None:
    """Blocks set apart by runs of spaces (pdftotext -layout): every block a header's, or none."""
    assert rules.layout_header(line.strip(), rules.load_patterns()) is header


def test_a_web_pages_promotion_inside_the_text_is_no_body() -> None:
    """A line per paragraph, and between two paragraphs a related-article line with its date."""
    paragraphs = ["2013年10月3日，习近平在印度尼西亚国会发表演讲，提出共建海上丝绸之路的倡议，"
                  "得到东盟国家的积极回应，双方随后就基础设施互联互通合作展开了多轮磋商。",
                  "2014年，双方在基础设施、金融和人文交流等领域的合作全面展开，一批标志性项目相继落地，"
                  "双边贸易额继续保持较快增长，东盟国家对合作的前景普遍抱有期待。",
                  "【延伸阅读】中国—东盟建立对话关系30周年纪念峰会举行（2021-11-22）",
                  "2015年11月22日，中国与东盟签署自由贸易区升级议定书，双方在货物贸易、服务贸易和投资等领域"
                  "进一步扩大开放，为区域经济一体化注入了新的动力，也为此后的谈判奠定了基础。",
                  "2016年，澜沧江—湄公河合作首次领导人会议在三亚举行，六国领导人共同规划了合作的方向，"
                  "并确定了政治安全、经济和可持续发展、社会人文三大支柱的合作框架。"]
    doc = process_text("\n\n".join(paragraphs) + "\n", doc_id="web")
    assert [c["date"]["text"] for c in doc.claims] == ["2013年10月3日", "2014年", "2015年11月22日", "2016年"]
    assert all("延伸阅读" not in c["sentence"] for c in doc.claims)
