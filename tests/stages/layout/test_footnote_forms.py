"""Footnotes as other journals and extractors print them, on held-out articles written blind
(tests/data/heldout, READMEs there): h18, copied from a PDF viewer, numbers each page's
footnotes [1], [2] … again (two of one page's numbers lost); h17 indents its paragraphs with
ideographic spaces (　　), the print's first-line indent, no extractor's mark of a new page;
h22, a manuscript through pandoc, opens its notes with a rule."""

from __future__ import annotations

from collections import Counter
from functools import cache

from pipeline import process
from pipeline.document import Document
from pipeline.stages.citations.markers import find_markers, pair_note
from pipeline.resources import ROOT

HELD_OUT = ROOT / "tests" / "data" / "heldout"


@cache
def _read(name: str) -> Document:
    return process(next((HELD_OUT / name[:3]).glob(f"{name}.txt")))


def _pairings(doc: Document) -> Counter[str | None]:
    markers = find_markers(doc)
    return Counter(pair_note(doc, m, markers)[1] for m in markers)


def test_bracketed_footnotes_pair_on_their_own_page() -> None:
    """[1] on page 47 is page 47's note [1], not page 46's nor an endnote: all 53 of h18's markers
    pair, the last page's with the notes printed below 责任编辑 (footnotes, not back matter). A
    page's numbered notes hold as many notes between two numbers as the numbers say: page 48's
    [5], whose three lines each open like a note, is one note before [6]. Page 45's [1] (its
    second line a date opening a sentence) and page 52's [4] (ending 参见, its title on the next
    line) are one note each with the lines that go on with them, as printed: 53 notes (54, with
    two numberless pieces, before the line-role model learned bracketed footnotes)."""
    doc = _read("h18_377656bc")
    assert (len(doc.notes), _pairings(doc)) == (53, Counter({"number": 51, "position": 2}))


def test_notes_that_lost_their_bracketed_numbers_fill_the_gap_they_leave() -> None:
    """Page 51 prints two notes without [1] and [2], then [3] [4] [5]: they are notes 1 and 2."""
    doc = _read("h18_377656bc")
    page = next(p for p in doc.pages if any(n.text.text.startswith("Martin Indyk") for n in p.notes))
    markers = find_markers(doc)
    read = [(m.label, pair_note(doc, m, markers)) for m in markers if m.page == page.number]
    assert [(label, note.text.text[:13], how) for label, (note, how) in read] == [
        ("[1]", "Martin Indyk,", "position"), ("[2]", "Anthony Lake,", "position"), ("[3]", "Executive Ord", "number"),
        ("[4]", "哈塔米于1999年5月中旬", "number"), ("[5]", "George W. Bus", "number")]


def test_an_ideographic_paragraph_indent_is_no_page_break() -> None:
    """h17's 53 markers all pair by number with the notes of the page they are printed on (the
    part of p. 85's ⑤ carried to p. 86 is read as a note of its own there, numberless: 54)."""
    doc = _read("h17_99e7dcbd")
    assert (len(doc.notes), _pairings(doc)) == (54, Counter({"number": 53}))


def test_a_rule_line_opens_the_notes_of_a_converted_manuscript() -> None:
    """h22, a Word manuscript through `pandoc -t plain`, prints its 48 notes after a line of
    dashes with no heading: the rule opens them, and every [n] marker pairs with its note by
    number (the one left is a stray ① pasted from a PDF, with no note). The rules end the list
    where note 18 lost its number and read the rest as back matter; the line-role model reads
    them as entries, [48] too since its features tell a number standing apart from the text (a
    note's) from one running on into it (0.88 where it needs 0.9 before). The underline of its
    table (dashes in columns) opens nothing."""
    doc = _read("h22_6b640fd0")
    rules = {ln.no: ln.kind for ln in doc.lines if ln.stripped.startswith("--------")}
    assert rules == {136: "body", 389: "reference_heading"}
    assert (len(doc.reference_list), _pairings(doc)) == (48, Counter({"number": 47, None: 1}))


def test_an_entrys_wrapped_line_that_holds_chinese_goes_on_with_it() -> None:
    """h22's note [6] wraps to a line mostly Latin (`INFCIRC/214）于1974年5月15日生效。参见David
    Patrikarakos, Nuclear`): it holds Chinese, so it is the entry's, not an English abstract after
    the list; before, the entry lost that line and the one after it."""
    entry = next(e for e in _read("h22_6b640fd0").reference_list if e.number == "6")
    assert entry.text.text.endswith("保障监督协定（INFCIRC/214）于1974年5月15日生效。参见David Patrikarakos, Nuclear "
                                    "Iran: The Birth of an Atomic State, London: I.B. Tauris, 2012, pp. 11-34。")


def test_note_numbers_a_font_printed_as_private_use_characters_are_markers() -> None:
    """h21's pages 47 and 52 (the file's third and ninth) print their body markers as U+F06C…
    U+F071, a font with no Unicode map for ①–⑥, while their notes keep ①–⑥: read as those
    glyphs, all 51 markers pair with their page's notes by number."""
    doc = _read("h21_21f4689d")
    markers = find_markers(doc)
    assert sorted({m.page for m in markers if doc.raw[m.raw_span[0]] >= "\ue000"}) == [3, 9]
    assert _pairings(doc) == Counter({"number": 51})
