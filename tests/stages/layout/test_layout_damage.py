"""Articles damaged as real extraction damages them keep their claims and note pairings: the
footnotes' opening numbers lost (a note font without a Unicode map) with the running headers
and page numbers, and an article copied from a journal's web page."""

from __future__ import annotations

import random
import re

import pytest

from pipeline import process_text
from pipeline.stages.layout.model import load
from tests.conftest import CORPUS, DOC_IDS, ROOT
from tools.factory.measure import claim_notes, compare
from tools.factory.source import GOLD_SOURCES, all_sources
from tools.factory.web import web_page

GOLD_PATHS = [ROOT / path for path in GOLD_SOURCES]
NOTE_NUMBER = re.compile(r"^(\s*)\^?\s*[\u2460-\u2473\u3251-\u325f\u32b1-\u32bf]\s*")
CONSTRUCTED = ROOT / "tests" / "data" / "constructed"


def numbers_and_furniture_lost(raw: str) -> str:
    """The article with each footnote's opening number, its running headers and its page numbers
    removed, lines read as the layout reads the clean article (its gold verifies that reading)."""
    kept = []
    for ln in process_text(raw).lines:
        if ln.kind in ("header", "page_number"):
            continue
        text = NOTE_NUMBER.sub(r"\1", ln.text) if ln.kind == "note" else ln.text
        if ln.kind != "note" or text.strip():
            kept.append(text)
    return "\n".join(kept)


@pytest.mark.parametrize(
    ("path", "claims", "found", "noted", "paired"),
    [
        (CORPUS / f"{DOC_IDS['002']}.txt", 51, 51, 36, 36),  # the layout issue's example: all kept
        (CORPUS / f"{DOC_IDS['001']}.txt", 35, 35, 24, 24),  # a line per paragraph, notes at the page feet
        # measured, not the goal: seven notes split or placed wrong on dense pages (45 before
        # Cyrillic counted as an alphabet: the factory's pairing rose by a hundred, this file's fell
        # by three; then 42, and two claims from a note's last line read as body, until a body
        # line that looks like a note's became one from the model's 0.7, not 0.9)
        (CONSTRUCTED / "c01_cd07ee2c.txt", 95, 95, 52, 45),
    ],
)
def test_lost_note_numbers_and_furniture_keep_claims_and_pairings(
    path, claims: int, found: int, noted: int, paired: int
) -> None:
    raw = path.read_text(encoding="utf-8")
    clean = claim_notes(raw, None)
    n, got, same, with_note, same_note = compare(clean, claim_notes(numbers_and_furniture_lost(raw), load()))
    assert (n, got, same, with_note) == (claims, found, claims, noted)
    assert same_note >= paired


def test_rules_alone_lose_the_pairings_the_model_keeps() -> None:
    """The same damage read by the rules alone: what the learned layout is for."""
    raw = (CORPUS / f"{DOC_IDS['002']}.txt").read_text(encoding="utf-8")
    clean = claim_notes(raw, None)
    n, got, same, with_note, same_note = compare(clean, claim_notes(numbers_and_furniture_lost(raw), None))
    assert got > n and same_note < with_note


@pytest.mark.parametrize("source", all_sources(), ids=lambda s: s["id"])
def test_web_page_copy_loses_no_body_paragraph(source: dict) -> None:
    lines, roles = web_page(source, random.Random(0))
    doc = process_text("\n".join(lines))
    body = {ln.no for ln in doc.lines if ln.kind in ("body", "heading")}
    expected = {no for no, role in enumerate(roles, 1) if role in ("body", "heading")}
    assert expected <= body


@pytest.mark.parametrize(("path", "claims", "noted"), [
    (CONSTRUCTED / "c02_a4436086.txt", 99, 66), (CONSTRUCTED / "batch2" / "c05_a1d6c343.txt", 82, 42)])
def test_bracketed_reference_articles_without_furniture_keep_claims_and_pairings(path, claims: int, noted: int) -> None:
    """`[n]` articles (a reference list, not footnotes) with their running headers and page numbers lost."""
    raw = path.read_text(encoding="utf-8")
    damaged = "\n".join(ln.text for ln in process_text(raw).lines if ln.kind not in ("header", "page_number"))
    assert compare(claim_notes(raw, None), claim_notes(damaged, load())) == (claims, claims, claims, noted, noted)


FULLWIDTH = str.maketrans("0123456789", "０１２３４５６７８９")
PUA_FULL_STOP = "\ue78e"  # GB18030-2000's code point for the vertical full stop, a font's 。


@pytest.mark.parametrize(("damage", "kept"), [
    (lambda raw: re.sub("[0-9]+", lambda m: m.group().translate(FULLWIDTH), raw), {"c04": 51}),
    (lambda raw: raw.replace("。", PUA_FULL_STOP), {}),
], ids=["full-width digits", "private-use full stops"])
@pytest.mark.parametrize("source", [s for s in all_sources() if s["id"] in ("001", "002", "c02", "c04", "c05")], ids=lambda s: s["id"])
def test_a_fonts_odd_code_points_keep_claims_and_pairings(source: dict, damage, kept: dict[str, int]) -> None:
    """Every digit in full-width forms, or every full stop a private-use code point (a publisher's
    font): the claims stay, and the notes pair as in the clean file but where measured below."""
    raw = (ROOT / next(p for p in GOLD_PATHS if p.stem.startswith(source["id"]))).read_text(encoding="utf-8")
    n, got, same, noted, paired = compare(claim_notes(raw, None), claim_notes(damage(raw), load()))
    assert (got, same) == (n, n) and paired == kept.get(source["id"], noted)



def web_copy_keeping_page_numbers(raw: str) -> str:
    """The article as a journal's web page gives it: labelled front matter, a line per paragraph
    with the print's markers, and every footnote under `注释：` with its printed number, which
    starts again on each page (①② ①②③…)."""
    doc = process_text(raw)
    lines = ["首页 | 期刊介绍 | 过刊浏览", "".join(ln.stripped for ln in doc.lines if ln.kind == "title")]
    for kind, label in (("abstract", "摘要："), ("keywords", "关键词：")):
        text = "".join(ln.stripped for ln in doc.lines if ln.kind == kind)
        lines.append(label + re.sub(r"^\W*(内容提要|内容摘要|摘\s*要|关键词)\W*", "", text))
    lines += [doc.paragraph_text(i) for i in range(len(doc.paragraphs))]
    lines += ["", "注释："] + [f"{note.number} {note.text.text}" for note in doc.notes]
    return "\n".join([*lines, "", "版权所有 © 2023 编辑部"])


@pytest.mark.parametrize("path", [p for p in GOLD_PATHS if p.stem[:3] in ("001", "002", "c03", "c04")], ids=lambda p: p.stem[:3])
def test_web_copy_with_page_by_page_note_numbers_pairs_in_order(path) -> None:
    """The body's markers and the listed notes run in the same sequence: the n-th pairs with the n-th."""
    raw = path.read_text(encoding="utf-8")
    n, got, same, noted, paired = compare(claim_notes(raw, None), claim_notes(web_copy_keeping_page_numbers(raw), load()))
    assert (got, same, paired) == (n, n, noted)
    cited = [c["citation"] for c in process_text(web_copy_keeping_page_numbers(raw), doc_id="w").claims
             if c["citation"] and c["citation"]["note"]]
    notes_of = {c["note_id"]: {d["note"] for d in cited if d["note_id"] == c["note_id"]} for c in cited}
    assert all(len(texts) == 1 for texts in notes_of.values())  # numbers that repeat: ids by place in the list



def header_inside_text(raw: str, which: int) -> str:
    """The `which`-th running header taken from its place and set in the middle of the body line
    a few lines above it, as an extractor reading a page's text blocks out of order does."""
    lines = raw.split("\n")
    doc = process_text(raw)
    at = [ln.no - 1 for ln in doc.lines if ln.kind == "header"][which]
    header = lines.pop(at)
    target = next(ln.no - 1 for ln in reversed(doc.lines[: at - 6]) if ln.kind == "body" and len(ln.stripped) >= 20)
    text = lines[target]
    lines[target : target + 1] = [text[: len(text) // 2], header, text[len(text) // 2 :]]
    return "\n".join(lines)


@pytest.mark.parametrize(("stem", "which", "paired"), [
    ("002", 0, 36), ("c01", 1, 52), ("c03", 0, 45), ("c04", 1, 53),
    ("c03", 1, 41),  # measured, not the goal: four pairings lost, the cause not yet found
])
def test_a_running_header_set_inside_the_text_cuts_no_page_in_two(stem: str, which: int, paired: int) -> None:
    """The page's markers before the header and its notes after it still pair: the markers count on
    across the cut, or the part after it cites nothing."""
    raw = next(p for p in GOLD_PATHS if p.stem.startswith(stem)).read_text(encoding="utf-8")
    n, got, same, noted, kept = compare(claim_notes(raw, None), claim_notes(header_inside_text(raw, which), load()))
    assert (got, same, kept) == (n, n, paired)


WEB_ENDNOTES = [
    "首页 | 期刊简介 | 在线期刊", "", "中欧关系的演变", "", "摘要：本文讨论中欧关系。", "", "关键词：中欧关系；欧盟", "",
    "　　2003年10月，中欧建立全面战略伙伴关系。①此后双方交往日益密切。", "",
    "　　2005年9月，第八次中欧领导人会晤在北京举行。②", "", "　　2007年1月，双方启动新协定谈判。③", "",
    "注释：", "①《中欧关系文件汇编》，世界知识出版社2010年版，第12页。", "2 《人民日报》2005年9月6日，第1版。",
    "③ 新华社布鲁塞尔2007年1月18日电。", "", "（责任编辑：王慧）",
]


def test_an_endnote_whose_circle_was_lost_opens_its_entry_and_pairs() -> None:
    """A web copy's endnotes under 注释： where ② came out as `2 ` (a font without a Unicode map):
    the note is an entry of its own, numbered 2, and the list goes on to ③."""
    doc = process_text("\n".join(WEB_ENDNOTES) + "\n")
    cited = [(r["date"]["text"], r["citation"]["marker"], r["citation"]["note"], r["citation"]["pairing"])
             for r in doc.records() if "date" in r]
    assert cited == [
        ("2003年10月", "①", "《中欧关系文件汇编》，世界知识出版社2010年版，第12页。", "number"),
        ("2005年9月", "②", "《人民日报》2005年9月6日，第1版。", "number"),
        ("2007年1月", "③", "新华社布鲁塞尔2007年1月18日电。", "number"),
    ]


def test_an_english_abstract_before_the_body_is_front_matter() -> None:
    """A web copy that prints the English title, abstract and keywords after the Chinese ones: they
    are front matter, and the body begins with its first paragraph, claims and all."""
    english = ["Title: The Evolution of China-EU Relations", "",
               "Abstract: This article traces China-EU relations since October 2003.", "",
               "Key words: China-EU relations; European Union", ""]
    lines = WEB_ENDNOTES[:8] + english + WEB_ENDNOTES[8:]
    doc = process_text("\n".join(lines) + "\n")
    kinds = {ln.stripped.split(":")[0]: ln.kind for ln in doc.lines if ln.stripped[:1].isascii() and ln.stripped}
    assert (kinds["Abstract"], kinds["Key words"]) == ("abstract", "keywords")
    assert doc.paragraph_text(0).startswith("2003年10月，中欧建立全面战略伙伴关系。")
    assert [r["date"]["text"] for r in doc.records() if "date" in r] == ["2003年10月", "2005年9月", "2007年1月"]
