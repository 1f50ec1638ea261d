"""The learned line-role layout: the shipped model rebuilds to the same predictions, pages and
notes follow from decided roles, and the factory's typesetting and labelling hold."""

from __future__ import annotations

import json
import shutil

import pytest

from pipeline.document import Line
from pipeline.stages.layout import _calls_inside, _decorated_folio, _note_islands
from pipeline.stages.layout.rules import load_patterns
from pipeline.stages.layout import model as line_model
from pipeline.stages.layout import train as layout_train
from pipeline.stages.layout.notes import pages_from_roles
from pipeline.stages.layout.rules import split_lines


@pytest.fixture(scope="module")
def factory_examples() -> list[layout_train.Example]:
    return layout_train.examples()


def test_rebuild_gives_the_shipped_models_predictions(factory_examples: list[layout_train.Example]) -> None:
    kept = [e for e in factory_examples if e.source not in layout_train.HELD_OUT]
    rebuilt = layout_train.train(kept, seed=0)
    shipped = line_model.load()
    assert rebuilt.roles == shipped.roles and rebuilt.vocabulary == shipped.vocabulary
    for e in factory_examples:
        assert rebuilt.decode(e.features)[0] == shipped.decode(e.features)[0], (e.source, e.extractor)


def test_shipped_model_expects_the_code_features() -> None:
    spec = json.loads(line_model.MODEL_FILE.read_text(encoding="utf-8"))
    assert spec["features_version"] == line_model.FEATURES_VERSION
    assert spec["roles"] == list(line_model.ROLES)


def _lines(text: str) -> list[Line]:
    return split_lines(text)


def test_pages_from_roles_split_numberless_notes_and_carry_a_cut_note_over() -> None:
    text = "\n".join([
        "正文第一页，引用一①，引用二②。",              # 1 body
        "Council of the EU, “Conclusions,” 2020.",      # 2 note_start (number lost)
        "王明：《东盟研究》，世界知识出版社2020年版，",  # 3 note_start, cut by the page
        "95",                                          # 4 page_number
        "第二页正文，引用③。",                          # 5 body
        "第35页。",                                     # 6 note_cont: the end of note 3, overleaf
        "参见李华：《欧盟》，2019年版。",               # 7 note_start
    ])
    roles = {1: "body", 2: "note_start", 3: "note_start", 4: "page_number", 5: "body", 6: "note_cont", 7: "note_start"}
    pages = pages_from_roles(_lines(text), roles, "circled", {})
    assert [[n.lines for n in p.notes] for p in pages] == [[[2], [3, 6]], [[7]]]
    assert [n.number for p in pages for n in p.notes] == [None, None, None]
    assert pages[0].notes[1].text.text == "王明：《东盟研究》，世界知识出版社2020年版，第35页。"
    assert [p.lines for p in pages] == [[1, 2, 3], [4, 5, 6, 7]]


@pytest.mark.parametrize(("roles", "changed"), [
    # a note's prose line between two note lines: the note above goes on
    ({1: "body", 2: "note_start", 3: "body", 4: "note_start"}, {3: "note_cont"}),
    ({1: "body", 2: "note_cont", 3: "body", 4: "note_cont"}, {3: "note_cont"}),
    # text after a page's notes, or before them, stays text
    ({1: "note_start", 2: "body", 3: "body", 4: "note_start"}, {}),
    ({1: "body", 2: "body", 3: "note_start", 4: "note_cont"}, {}),
])
def test_a_body_line_between_note_lines_goes_on_with_the_note(roles: dict[int, str], changed: dict[int, str]) -> None:
    lines = _lines("\n".join(["正文一行。", "Commission Regulation (EU) No 513/2013,", "期间，默克尔公开表示反对征税。",
                               "《中欧合作2020战略规划》，《人民日报》2013年11月24日。"]))
    decided = dict(roles)
    assert _note_islands(lines, decided, set()) == len(changed)
    assert decided == roles | changed


@pytest.mark.parametrize(("noted", "notes"), [
    # the page's last note line read as text, before a blank line: its third note, the model unsure
    ({4: 0.4}, [[2], [3], [4]]),
    # the model sure it is text: the page keeps two notes
    ({4: 0.1}, [[2], [3]]),
])
def test_a_pages_last_note_line_read_as_text_is_a_note_where_the_markers_ask(noted: dict[int, float],
                                                                             notes: list[list[int]]) -> None:
    text = "\n".join(["正文①，正文②，正文③。",                      # 1 body
                      "《日菲首脑会谈成果文件》，人民网，2017年1月13日。",  # 2 note_start
                      "参见李明：《日菲安全合作研究》，第45页。",          # 3 note_start
                      "《中华人民共和国政府声明》，《人民日报》1964年8月6日。",  # 4 body (as read)
                      "",
                      "次页正文。"])                                  # 6 body
    roles = {1: "body", 2: "note_start", 3: "note_start", 4: "body", 6: "body"}
    pages = pages_from_roles(_lines(text), roles, "circled", {}, noted=noted)
    assert [n.lines for n in pages[0].notes] == notes


def test_a_pages_first_note_line_read_as_text_opens_the_lines_under_it() -> None:
    """A prose note's first line read as text, its next line as a continuation: the note opens at
    the text line, not in the page before's last note."""
    text = "\n".join(["前页正文①。",                                   # 1 body
                      "《日菲首脑会谈成果文件》，人民网，2017年1月13日。",     # 2 note_start
                      "· 12 ·",                                          # 3 page_number
                      "正文①，正文②。",                                  # 4 body
                      "中国政府对印方的做法表示强烈不满。1986年12月，中国外交部发言人发表",  # 5 body (as read)
                      "谈话。参见《人民日报》1986年12月11日，第4版。",          # 6 note_cont
                      "《邓小平会见印度总理拉吉夫·甘地》，《人民日报》1988年12月22日。"])  # 7 note_start
    roles = {1: "body", 2: "note_start", 3: "page_number", 4: "body", 5: "body", 6: "note_cont", 7: "note_start"}
    for noted, notes in (({5: 0.9}, [[[2]], [[5, 6], [7]]]), ({5: 0.1}, [[[2, 6]], [[7]]])):
        pages = pages_from_roles(_lines(text), dict(roles), "circled", {}, noted=noted)
        assert [[n.lines for n in page.notes] for page in pages] == notes


@pytest.mark.parametrize(("text", "barred"), [
    ("安全领域开展更加密切的合作。①2016年9月，日本宣布", True),  # a call after text: body
    ("① 参见李明：《日菲安全合作研究》，第45页。", False),     # a note's own number
    ("^① 参见李明：《日菲安全合作研究》。", False),
    ("③ 同注①，第5页。", False),                              # a note citing another
    ("·12·", True),                                            # a folio with its marks
    ("12", False),                                             # a call the extractor set apart, or a folio
])
def test_lines_barred_from_the_note_roles(text: str, barred: bool) -> None:
    pat = load_patterns()
    line = _lines(text)[0]
    assert (_calls_inside(line, pat) or _decorated_folio(line, pat)) == barred


def test_a_pages_note_lines_the_roles_read_as_text_are_notes_by_their_numbers() -> None:
    """[1] before the page's [2] (the body's last line stopped mid-date), [3] after [2]'s note and
    the line its text goes on in: notes all, read as text by the roles; none leaves a marker in
    the body."""
    text = "\n".join(["正文引用[1]，又引用[2]和[3]，这是197",    # 1 body
                      "[1] Coalition Provisional Authority, Order Number 1.",  # 2 body (as read)
                      "[2] 《沙特宣布与伊朗断绝外交关系》，新华网。",   # 3 note_start
                      "[3] 《习近平同沙特国王萨勒曼举行会谈》，《人民日报》，第1版；《习近平同伊朗总",  # 4 body
                      "统鲁哈尼举行会谈》，《人民日报》，第1版。",     # 5 body
                      "· 53 ·"])                                      # 6 page_number
    roles = {1: "body", 2: "body", 3: "note_start", 4: "body", 5: "body", 6: "page_number"}
    lines = _lines(text)
    pages = pages_from_roles(lines, roles, "circled", {})
    assert [(n.number, n.lines) for n in pages[0].notes] == [("[1]", [2]), ("[2]", [3]), ("[3]", [4, 5])]
    assert [lines[k].kind for k in (1, 3, 4)] == ["note", "note", "note"]  # the roles' text lines, now notes


def test_a_pages_first_notes_read_as_text_before_its_note_3_are_notes() -> None:
    """[1] and [2] read as text, right before the note that prints [3]: the page's first notes."""
    text = "\n".join(["正文引用[1]，[2]，又引用[3]，随着1990年中沙建交和1993年中国成为石油净进口",  # 1 body
                      "[1] 被英方扣押的是“格蕾丝1”号油轮，直布罗陀当局于8月15日将其释放；",  # 2 body (as read)
                      "“史丹纳帝国”号则于9月27日获释。",                                      # 3 body (as read)
                      "[2] 《海湾地区集体安全构想》，俄罗斯外交部，2019年7月23日。",        # 4 body (as read)
                      "[3] U.S. Department of State, “The Abraham Accords Declaration.”",  # 5 note_start
                      "· 54 ·"])                                                            # 6 page_number
    roles = {1: "body", 2: "body", 3: "body", 4: "body", 5: "note_start", 6: "page_number"}
    pages = pages_from_roles(_lines(text), roles, "circled", {})
    assert [(n.number, n.lines) for n in pages[0].notes] == [("[1]", [2, 3]), ("[2]", [4]), ("[3]", [5])]


def test_numberless_notes_split_to_the_pages_marker_count() -> None:
    """Two note lines the roles run together, three markers on the page: the note lines likeliest
    to open a note open the page's notes, which citations then pair by position."""
    text = "\n".join(["正文①，正文②，正文③。", "注一全文。", "注二前半，", "注二后半。", "注三全文。"])
    roles = {1: "body", 2: "note_start", 3: "note_cont", 4: "note_cont", 5: "note_cont"}
    opens = {3: 0.9, 4: 0.2, 5: 0.7}
    pages = pages_from_roles(_lines(text), roles, "circled", opens)
    assert [n.lines for n in pages[0].notes] == [[2], [3, 4], [5]]



def test_a_count_agreeing_split_that_opens_a_note_mid_reference_is_redone() -> None:
    """Three notes for three markers, but the second opens after a line cut mid-reference (no
    final punctuation): the notes open after lines that end as notes do."""
    text = "\n".join(["正文①，正文②，正文③。", "Scott Morrison, “Address,” Australian Defence Force",
                      "Academy, July 1, 2020.", "注二全文。", "注三全文。"])
    roles = {1: "body", 2: "note_start", 3: "note_start", 4: "note_cont", 5: "note_start"}
    opens = {3: 0.6, 4: 0.5, 5: 0.9}
    pages = pages_from_roles(_lines(text), roles, "circled", opens)
    assert [n.lines for n in pages[0].notes] == [[2, 3], [4], [5]]


@pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils is not installed")
def test_factory_typesets_extracts_and_labels_a_short_article() -> None:
    try:
        import weasyprint  # noqa: F401
    except (ImportError, OSError) as exc:  # OSError: Pango missing from the system
        pytest.skip(f"WeasyPrint cannot run here: {exc}")
    import random
    from dataclasses import replace

    from tools.factory.extract import extract
    from tools.factory.label import label_lines
    from tools.factory.typeset import Style, render

    source = {
        "id": "t01", "title": "东盟与欧盟关系的演进", "authors": ["王明"], "abstract": "本文考察东盟与欧盟关系。",
        "keywords": ["东盟", "欧盟"], "blocks": [
            {"type": "heading", "text": "一、合作的起步", "notes": []},
            {"type": "paragraph", "text": "1977年，东盟与欧共体建立对话关系。{n}此后双方于1980年签署合作协定。{n}",
             "notes": ["参见王明：《东盟与欧盟关系研究》，世界知识出版社2020年版，第35页。",
                       "Council of the EU, “Cooperation Agreement,” March 7, 1980."]},
        ], "references": [],
    }
    style = Style.draw(random.Random(1))
    rendering = render(source, style)
    text = extract(rendering.pdf, "pdftotext-raw")
    labelled = {line.strip(): role for line, role in zip(text.split("\n"), label_lines(text, rendering.segments))}
    assert labelled["一、合作的起步"] == "heading"
    assert labelled["东盟与欧盟关系的演进"] == "front"
    assert labelled[str(style.first_folio)] == "page_number"
    note_lines = [line for line, role in labelled.items() if role == "note_start"]
    assert len(note_lines) == 2 and note_lines[0].startswith("1") == (style.notes == "superscript")

    bracketed = render(source, replace(style, notes="bracketed"))  # [1] … raised, numbered through
    text = extract(bracketed.pdf, "pdftotext-raw")
    labelled = {line.strip(): role for line, role in zip(text.split("\n"), label_lines(text, bracketed.segments))}
    assert [line[:4] for line, role in labelled.items() if role == "note_start"] == ["[1] ", "[2] "]
    assert [line for line, role in labelled.items() if role == "body"] == [
        "1977年，东盟与欧共体建立对话关系。[1]", "此后双方于1980年签署合作协定。[2]"]


@pytest.mark.parametrize(("lines", "roles", "kept", "kept_roles"), [
    # a page's second number stood alone on its line: dropped, the line below opens its note
    (["正文①", "① 甲书，第1页。", "②", "乙书，", "第2页。"], ["body", "note_start", "note_start", "note_cont", "note_cont"],
     ["正文①", "甲书，第1页。", "乙书，", "第2页。"], ["body", "note_start", "note_start", "note_cont"]),
    # a blank line between the number and its text changes nothing
    (["③", "", "丙书。"], ["note_start", "blank", "note_cont"], ["", "丙书。"], ["blank", "note_start"]),
    # a number on its note's line goes; the lines after it go on with the note
    (["12 Ibid.,", "p. 3."], ["note_start", "note_cont"], ["Ibid.,", "p. 3."], ["note_start", "note_cont"]),
])
def test_factory_numbers_lost_damage_keeps_each_note_opening(lines: list[str], roles: list[str], kept: list[str],
                                                             kept_roles: list[str]) -> None:
    """The factory's copy whose note numbers the font did not map: a note whose number stood
    alone opens at its first text line, whichever note of the page it is (the page's second
    note used to be labelled a continuation of the first, and a copy joined per paragraph ran
    the two notes into one line)."""
    import random

    from tools.factory.build import damaged

    got_lines, got_roles, _ = damaged(lines, roles, "numbers_lost", random.Random(0))
    assert (got_lines, got_roles) == (kept, kept_roles)
