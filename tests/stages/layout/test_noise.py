"""Synthetic noise: each class of extraction damage, applied to constructed passages,
must leave the cleaned body exactly as the cleaner makes it from the undamaged page."""

from __future__ import annotations

import pytest

from pipeline import process_text
from pipeline.stages.layout import front_label, load_patterns
from tests.synthetic import NOTES, PARAGRAPHS, Noise, typeset, typeset_pages, wrap


def clean_body(noise: Noise) -> str:
    return process_text(typeset(noise), doc_id="synthetic").body.text


def test_undamaged_page_is_recovered_exactly() -> None:
    doc = process_text(typeset(Noise()), doc_id="synthetic")
    assert doc.body.text == "\n".join(PARAGRAPHS)
    assert [doc.sentence_text(s) for s in doc.sentences][:2] == [
        "2019年3月，东盟与欧盟在布鲁塞尔举行第22届部长级会议，双方同意加强在海上安全领域的合作。①",
        "此后，双方又于同年11月召开高官会议，讨论落实合作计划的具体步骤。",
    ]


NOISE_CLASSES = {
    "line breaks at another width": Noise(width=26.0),
    "wider lines": Noise(width=40.0),
    "page break with a note block inside a word": Noise(page_break_after=3),
    "page break with notes, header and page number": Noise(page_break_after=5, furniture=True),
    "page break with header and page number only": Noise(page_break_after=2, notes_on_break=False, furniture=True),
    "full-width ASCII": Noise(fullwidth=True),
    "ASCII punctuation for Chinese": Noise(ascii_punctuation=True),
    "private-use glyphs": Noise(pua=True),
    "letter for hyphen in a date": Noise(letter_hyphen=True),
    "letter for hyphen, full width": Noise(letter_hyphen=True, fullwidth=True),
    "spaces between Chinese and digits": Noise(cjk_digit_spaces=True),
    "dropped note numbers": Noise(page_break_after=3, drop_note_numbers=True),
    "note numbers printed apart": Noise(page_break_after=3, note_numbers_apart=True),
    "everything at once": Noise(width=28.0, page_break_after=4, furniture=True, fullwidth=True, ascii_punctuation=True,
                                pua=True, letter_hyphen=True, cjk_digit_spaces=True),
}


@pytest.mark.parametrize("name", sorted(NOISE_CLASSES))
def test_noise_class_leaves_clean_text_unchanged(name: str) -> None:
    assert clean_body(NOISE_CLASSES[name]) == "\n".join(PARAGRAPHS)


def test_notes_of_a_page_break_are_found_and_numbered() -> None:
    doc = process_text(typeset(Noise(page_break_after=3)), doc_id="synthetic")
    notes = doc.notes
    assert [(n.number, n.page) for n in notes] == [("①", 1), ("②", 1)]
    assert [n.text.text for n in notes] == NOTES


def test_lost_note_numbers_are_paired_by_position() -> None:
    doc = process_text(typeset(Noise(page_break_after=3, drop_note_numbers=True)), doc_id="synthetic")
    assert [(n.number, n.position) for n in doc.notes] == [(None, 1), (None, 2)]
    assert [n.text.text for n in doc.notes] == NOTES


def test_note_numbers_printed_apart_go_to_the_texts_below_them() -> None:
    doc = process_text(typeset(Noise(page_break_after=3, note_numbers_apart=True)), doc_id="synthetic")
    numbers_line = doc.raw.index("①②")
    assert [(n.number, n.position, n.number_span) for n in doc.notes] == [
        ("①", 1, (numbers_line, numbers_line + 1)), ("②", 2, (numbers_line + 1, numbers_line + 2))]
    assert [n.text.text for n in doc.notes] == NOTES


def test_a_prose_note_announced_by_a_number_line_is_a_note_in_a_line_per_paragraph_file() -> None:
    """An explanatory note reads like body text; the line of numbers above it says it is a note."""
    body = "2019年3月，东盟与欧盟举行部长级会议，双方同意加强合作。①同年11月，双方召开高官会议。②"
    notes = ["参见王明：《东盟与欧盟关系研究》，世界知识出版社2020年版，第35页。",
             "东盟与欧盟此后每两年举行一次部长级会议，会议轮流在双方成员国举行。"]
    raw = "\n".join(["东盟与欧盟安全合作", "李华", "关键词：东盟 欧盟", body, "①②", *notes, "亚太安全研究 2021年第3期 17",
                     "总之，相关合作仍面临不少制约，其前景取决于双方能否找到新的利益交汇点。"])
    doc = process_text(raw, doc_id="synthetic")
    assert [(n.number, n.text.text) for n in doc.notes] == [("①", notes[0]), ("②", notes[1])]
    assert notes[1] not in doc.body.text


RUNNING_HEADERS = {
    "journal, year and issue": ["国际观察 2021年第3期"],
    "journal in book-title marks": ["《现代国际关系》2022年第5期"],
    "spaced, with a dotted page number": ["现代国际关系 2022 年第 5 期 · {page} ·"],
    "dotted page number first": ["· {page} · 国际展望 2020年第1期"],
    "year and issue first": ["2022年第5期 当代亚太"],
    "volume and issue": ["太平洋学报 第29卷 第3期"],
    "English volume and number": ["Vol. 40, No. 4"],
    "page number after the issue": ["日本学刊 2023 年第 2 期 {page}"],
    "journal and the article's own title in turn": ["和平与发展 2021年第6期", "东盟与欧盟安全合作的新进展"],
    "author and title in turn with the journal": ["李华：东盟与欧盟安全合作的新进展", "世界知识 2021年第6期"],
}


@pytest.mark.parametrize("style", sorted(RUNNING_HEADERS))
def test_running_headers_of_other_journals_leave_the_body(style: str) -> None:
    raw = typeset_pages(RUNNING_HEADERS[style], lines_per_page=2)
    doc = process_text(raw, doc_id="synthetic")
    assert doc.body.text == "\n".join(PARAGRAPHS)
    assert {ln.text for ln in doc.lines if ln.kind == "header"} == {
        line for line in raw.split("\n") if any(line == h.format(page=p) for h in RUNNING_HEADERS[style] for p in range(17, 40))}


@pytest.mark.parametrize("line", [
    "刊于《国际观察》2021年第3期",  # a body line that cites an issue is no header
    "2021年第3期的《国际观察》刊发了多篇相关论文，引起广泛讨论",
    "东盟与欧盟安全合作的新进展。",
])
def test_lines_that_cite_an_issue_stay_body(line: str) -> None:
    paragraphs = [PARAGRAPHS[0], line + "。" if not line.endswith("。") else line, PARAGRAPHS[2]]
    doc = process_text(typeset_pages(["亚太安全研究 2021年第3期"], paragraphs=paragraphs), doc_id="synthetic")
    assert doc.body.text == "\n".join(paragraphs)


FRONT = ["东盟与欧盟安全合作的新进展", "王明 李华", "（中国社会科学院 亚太与全球战略研究院，北京 100007）",
         "【内容提要】本文考察东盟与欧盟在安全领域的合作进程及其制约因素，认为双方合作", "仍以对话为主。",
         "【关键词】东盟 欧盟 安全合作", "［中图分类号］D815 ［文献标识码］A ［文章编号］1002-8986（2022）05-0001-10"]
FIRST_PAGE_FOOT = ["［收稿日期］2022-03-01", "［基金项目］国家社会科学基金重点项目“东盟与欧盟关系研究”（22AGJ001）。",
                   "［作者简介］王明，中国社会科学院亚太与全球战略研究院研究员，主要研究方向为东南亚国际关系与地区", "安全合作。"]


def test_labels_at_the_foot_of_the_first_page_are_front_matter() -> None:
    """Date received, fund and author notes printed under the first page's text, bracketed labels."""
    body = [line for para in PARAGRAPHS for line in wrap(para, 32.0, first_indent=2.0)]
    raw = "\n\n".join(FRONT + body[:5] + FIRST_PAGE_FOOT + ["亚太安全研究 2022年第5期", "18"] + body[5:])
    doc = process_text(raw, doc_id="synthetic")
    assert doc.body.text == "\n".join(PARAGRAPHS)
    kinds = {ln.text: ln.kind for ln in doc.lines if ln.text}
    assert [kinds[line] for line in FRONT] == ["title", "author", "affiliation", "abstract", "abstract", "keywords", "clc"]
    assert [kinds[line] for line in FIRST_PAGE_FOOT] == ["author_note"] * 4
    assert "2022-03-01" not in [c["date"]["text"] for c in doc.claims]


@pytest.mark.parametrize(("line", "kind"), [
    ("摘要：本文考察东盟与欧盟的合作。", "abstract"), ("［摘 要］本文考察东盟与欧盟的合作。", "abstract"),
    ("〔内容摘要〕本文考察东盟与欧盟的合作。", "abstract"), ("提 要：本文考察东盟与欧盟的合作。", "abstract"),
    ("关键字：东盟 欧盟", "keywords"), ("[主题词] 东盟 欧盟", "keywords"), ("关 键 词：东盟；欧盟", "keywords"),
    ("中图分类号 D815", "clc"), ("**文献标志码：**A", "clc"), ("DOI 10.3969/j.issn.1002-8986.2022.05.001", "doi"),
    ("文章编号 1002-8986(2022)05-0001-10", "article_number"), ("【通讯作者】王明", "author_note"),
])
def test_front_matter_labels_in_other_journals_styles(line: str, kind: str) -> None:
    assert front_label(line, load_patterns()) == kind


@pytest.mark.parametrize("line", ["摘要地说，双方的合作仍以对话为主。", "基金项目的设立推动了双方合作。", "关键在于双方能否找到利益交汇点。"])
def test_body_sentences_that_begin_like_a_label_are_not_labels(line: str) -> None:
    assert front_label(line, load_patterns()) is None


@pytest.mark.parametrize(("heading", "clean"), [
    ("一、问题的提出", "一、问题的提出"), ("（二）政治对话的机制化", "（二）政治对话的机制化"), ("一 问题的提出", "一问题的提出"),
    ("二\u3000安全合作的深化", "二安全合作的深化"), ("1.1 研究背景", "1.1研究背景"), ("3. 结论与启示", "3. 结论与启示"),
    ("第二节 合作的动因", "第二节合作的动因"), ("结语", "结语"),
])
def test_headings_of_other_numbering_styles(heading: str, clean: str) -> None:
    """Each a heading paragraph between two body paragraphs (the cleaner drops spaces between
    Chinese characters, and between them and digits)."""
    paragraphs = [PARAGRAPHS[0], heading, PARAGRAPHS[1]]
    doc = process_text(typeset(Noise(), paragraphs=paragraphs), doc_id="synthetic")
    assert doc.body.text == "\n".join([PARAGRAPHS[0], clean, PARAGRAPHS[1]])
    assert [p.heading for p in doc.paragraphs] == [False, True, False]


def test_a_neighbouring_article_after_the_end_is_back_matter() -> None:
    """The next article of the issue starts on the same page: its title, author, abstract and
    first lines are not this article's body, nor its notes."""
    neighbour = ["北约亚太化的动因与限度", "张 三", "[摘 要] 2021年以来，北约加快了介入亚太事务的步伐，本文考察其动因与限度。",
                 "[关键词] 北约 亚太 安全", "2019年12月，北约伦敦峰会首次将中国列为“挑战”，此后北约与亚太伙伴的", "合作明显加快。"]
    raw = typeset(Noise(page_break_after=3)) + "\n" + "\n\n".join(neighbour)
    doc = process_text(raw, doc_id="synthetic")
    assert doc.body.text == "\n".join(PARAGRAPHS)
    assert [n.text.text for n in doc.notes] == NOTES
    assert {ln.kind for ln in doc.lines if ln.text in neighbour} == {"back"}


def test_a_body_line_that_refers_to_a_title_at_a_page_foot_stays_body() -> None:
    """参见《…（201 / 4）》 cut by a page break: body print, no reference cue but 参见 and 《》,
    on a page without notes — not a footnote whose number was lost."""
    para = "日本国内对此的讨论持续升温，相关研究成果大量涌现，其中较有代表性的是日本国际问题研究所的年度报告，可参见《日本研究报告（2014）》的有关章节。"
    paragraphs = [PARAGRAPHS[0], para, PARAGRAPHS[2]]
    body = [line for p in paragraphs for line in wrap(p, 32.0, first_indent=2.0)]
    cut = next(i for i, line in enumerate(body) if "参见" in line) + 1
    front = ["东盟与欧盟安全合作的新进展", "李华", "内容提要：本文考察东盟与欧盟在安全领域的合作进程。", "关键词：东盟 欧盟 安全合作"]
    raw = "\n\n".join(front + body[:cut] + ["亚太安全研究 2021年第3期", "18"] + [" " + body[cut]] + body[cut + 1 :])
    doc = process_text(raw, doc_id="synthetic")
    assert doc.body.text == "\n".join(paragraphs)
    assert doc.notes == []


@pytest.mark.parametrize(("header", "glued"), [
    ("国际战略研究 2022 年第 3 期 {page}", "{furniture}   {text}"),  # pdftotext -layout: the header before the line
    ("· {page} ·                    国际战略研究  2022年第3期", "{furniture}   {text}"),
])
def test_a_running_header_glued_to_a_body_line_leaves_the_body(header: str, glued: str) -> None:
    """A layout-keeping extraction sets a page's header and the first body line on one line: the
    header is the document's own furniture, known from the pages that print it alone."""
    raw = typeset_pages([header], lines_per_page=2)
    alone = header.format(page=19)
    following = raw.split(alone + "\n\n", 1)[1].split("\n", 1)[0]
    doc = process_text(raw.replace(f"{alone}\n\n{following}", glued.format(furniture=alone, text=following)),
                       doc_id="synthetic")
    assert doc.body.text == "\n".join(PARAGRAPHS)
    dates = [(c["date"]["text"], c["date"]["value"]) for c in doc.claims]
    assert dates == [(c["date"]["text"], c["date"]["value"]) for c in process_text(raw, doc_id="synthetic").claims]
