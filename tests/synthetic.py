"""Typeset constructed Chinese paragraphs the way PDF extraction delivers a journal page.

Used to test the cleaner on noise it was not written against: the passages are not from
the corpus, and each noise class can be switched on alone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

NOTE_MARKERS = "".join(map(chr, [*range(0x2460, 0x2488), *range(0x3251, 0x3260), *range(0x32B1, 0x32C0), *range(0x2776, 0x2780),
                                  *range(0x24EB, 0x24FF)])) + "¹²³⁴⁵⁶⁷⁸⁹⁰"
NO_LINE_START = "，。、；：？！”’）》」』" + NOTE_MARKERS  # a footnote marker stays with the character it follows
TOKEN = re.compile(r"[A-Za-z0-9\-./:%]+|.", re.S)

PARAGRAPHS = [
    "2019年3月，东盟与欧盟在布鲁塞尔举行第22届部长级会议，双方同意加强在海上安全领域的合作。①此后，双方又于同年11月召开高官会议，讨论落实合作计划的具体步骤。",
    "“9·11”事件以后，欧洲国家普遍调整了安全政策，强调“反恐、防扩散、危机管理……”。这一趋势在2001至2010年间尤为明显。2020-12-15，欧盟理事会通过了新的对外战略文件，文件多次提及印太地区，并呼吁成员国加强协调。②",
    "韩国外交部长于2021年5月访问印度尼西亚，与对方就双边关系和地区形势交换意见。双方表示，将在2022年以前完成自由贸易协定的谈判，并扩大在数字经济领域的合作。",
    "总之，相关合作仍面临不少制约，其前景取决于双方能否在具体议题上找到新的利益交汇点。",
]
NOTES = [
    "参见王明：《东盟与欧盟关系研究》，世界知识出版社2020年版，第35页。",
    "Council of the European Union, “Conclusions on the EU Strategy,” https://www.consilium.europa.eu/en/press/2020/12/15/ [2021-01-05].",
]


def em(text: str) -> float:
    return sum(0.5 if ch.isascii() else 1.0 for ch in text)


def wrap(text: str, width: float, first_indent: float = 0.0) -> list[str]:
    """Line breaking as a typesetter does it: fill to the width, numbers and words unbroken, and
    no punctuation at a line start (the character before it moves down with it)."""
    lines, current, limit = [], "", width - first_indent
    for token in TOKEN.findall(text):
        if current and em(current + token) > limit:
            carry = ""
            while token[0] in NO_LINE_START and len(current) > 1 and current[-1] in NO_LINE_START + "“‘（《":
                carry, current = current[-1] + carry, current[:-1]
            if token[0] in NO_LINE_START:
                carry, current = current[-1] + carry, current[:-1]
            lines.append(current)
            current, limit = carry, width
        current += token
    if current:
        lines.append(current)
    return lines


@dataclass
class Noise:
    width: float = 32.0
    page_break_after: int | None = None  # body line index after which a page ends
    notes_on_break: bool = True
    drop_note_numbers: bool = False
    note_numbers_apart: bool = False  # the numbers on a line of their own above the note texts
    furniture: bool = False
    fullwidth: bool = False
    ascii_punctuation: bool = False
    pua: bool = False
    letter_hyphen: bool = False
    cjk_digit_spaces: bool = False
    extra: dict[str, str] = field(default_factory=dict)


FULLWIDTH = {chr(c): chr(c + 0xFEE0) for c in range(0x21, 0x7F)}


def corrupt_text(text: str, noise: Noise) -> str:
    if noise.letter_hyphen:
        text = re.sub(r"(\d{4})-(\d{2})-(\d{2})", r"\1G\2G\3", text)
    if noise.pua:
        text = text.replace("……", "\ue5a0\ue5a0").replace("9·11", "9\ue0a111")
    if noise.cjk_digit_spaces:
        text = re.sub(r"(?<=[\u4e00-\u9fff])(?=\d)|(?<=\d)(?=[年月])", " ", text)
    if noise.ascii_punctuation:
        text = text.replace("。", ".").replace("，", ",").replace("：", ":")
    if noise.fullwidth:
        text = "".join(FULLWIDTH.get(ch, ch) if ch.isalnum() and ch.isascii() else ch for ch in text)
    return text


def typeset(noise: Noise, paragraphs: list[str] = PARAGRAPHS, notes: list[str] = NOTES) -> str:
    """The raw text of a one-article file: front matter, body lines, notes at a page break."""
    body: list[str] = []
    for para in paragraphs:
        body += wrap(corrupt_text(para, noise), noise.width, first_indent=2.0)
    out = ["东盟与欧盟安全合作的新进展", "", "李华", "", "内容提要：本文考察东盟与欧盟在安全领域的合作进程及其制约因素。", "",
           "关键词：东盟 欧盟 安全合作", ""]
    for index, line in enumerate(body):
        lead = " " if noise.page_break_after is not None and index == noise.page_break_after + 1 else ""
        out += [lead + line, ""]
        if index == noise.page_break_after:
            if noise.notes_on_break:
                if noise.note_numbers_apart:
                    out += ["①②"[: len(notes)], ""]
                for number, note in zip("①②", notes):
                    text = note if noise.drop_note_numbers or noise.note_numbers_apart else f"{number} {note}"
                    out += [ln for part in wrap(text, noise.width + 9) for ln in (part, "")]
            if noise.furniture:
                out += ["亚太安全研究 2021年第3期", "", "17", "", ""]
    return "\n".join(out)


def typeset_pages(headers: list[str], lines_per_page: int = 3, paragraphs: list[str] = PARAGRAPHS, width: float = 32.0) -> str:
    """A several-page file: after every `lines_per_page` body lines a page ends, and the next
    one's furniture follows — a running header from `headers` in turn (`{page}` is replaced by
    the page number) — as extraction of a multi-page article delivers it."""
    body = [line for para in paragraphs for line in wrap(para, width, first_indent=2.0)]
    out = ["东盟与欧盟安全合作的新进展", "", "李华", "", "内容提要：本文考察东盟与欧盟在安全领域的合作进程及其制约因素。", "",
           "关键词：东盟 欧盟 安全合作", ""]
    for index, line in enumerate(body):
        out += [line, ""]
        if index % lines_per_page == lines_per_page - 1 and index < len(body) - 1:
            page = 17 + index // lines_per_page
            out += [headers[(index // lines_per_page) % len(headers)].format(page=page), ""]
    return "\n".join(out)


CIRCLED = "".join(map(chr, [*range(0x2460, 0x2474), *range(0x3251, 0x3260), *range(0x32B1, 0x32C0)]))  # ① … ⑳ ㉑ … ㉟ ㊱ … ㊿
HEADER = "亚太安全研究 2021年第3期"
PAGE_BREAK = "\f"  # in a note text: the note runs over to the foot of the next page here


@dataclass
class Article:
    """A journal article with endnotes: body pages (each with its footnotes) and a reference list."""

    pages: list[list[str]]  # the body paragraphs of each page; a paragraph cut by a page break goes on as the next page's first
    footnotes: list[list[str]] = field(default_factory=list)  # per page, numbered ①… at its foot
    references: list[str] = field(default_factory=list)
    width: float = 35.0
    reference_heading: str = "参考文献"  # "": the list follows the body without a heading
    entry_label: str = "[{n}]"  # {n}: the entry's number; {glyph}: its glyph in note_glyphs
    references_break_after: int | None = None  # reference-list line index after which a page ends
    english_abstract: list[str] = field(default_factory=list)
    english_abstract_first: bool = False  # printed before the reference list, not after it
    english_abstract_after_entry: int | None = None  # printed inside the list, after this entry
    note_numbers: bool = True  # False: the circled numbers of the footnotes were lost
    note_glyphs: str = CIRCLED  # the notes' numbers, 1, 2, 3… (another style: ⑴⑵⑶…, ❶❷❸…)


def typeset_article(article: Article) -> str:
    """The raw text: front matter; per page its body lines, its footnotes, a running header and
    a page number; the reference list (maybe cut by a page); an English abstract."""
    out = ["日本与东盟安全合作的演进", "", "张明", "", "内容提要：本文梳理日本与东盟安全合作的演进及其动因。", "",
           "关键词：日本 东盟 安全合作", ""]
    carried: list[str] = []  # the rest of a note that runs over to this page
    page_no = 17
    for index, paragraphs in enumerate(article.pages):
        for k, para in enumerate(paragraphs):
            cut_before = k == 0 and index > 0 and para.startswith(PAGE_BREAK)
            lines = wrap(para.lstrip(PAGE_BREAK), article.width, first_indent=0.0 if cut_before else 2.0)
            out += [ln for line in lines for ln in (line, "")]
        notes = article.footnotes[index] if index < len(article.footnotes) else []
        out += [ln for part in carried for ln in (part, "")]
        carried = []
        for number, note in zip(article.note_glyphs, notes):
            here, _, overleaf = note.partition(PAGE_BREAK)
            lines = wrap(f"{number} {here}" if article.note_numbers else here, article.width + 9)
            out += [ln for line in lines for ln in (line, "")]
            if overleaf:
                carried = wrap(overleaf, article.width + 9)
        out += [HEADER, "", str(page_no), ""]
        page_no += 1
    english = [ln for line in article.english_abstract for ln in (line, "")]
    inside = article.english_abstract_after_entry is not None
    if article.english_abstract_first:
        out += english
    if article.references and article.reference_heading:
        out += [article.reference_heading, ""]
    k = 0  # the list's line index
    for n, ref in enumerate(article.references, 1):
        for line in wrap(f"{article.entry_label.format(n=n, glyph=article.note_glyphs[n - 1])} {ref}", article.width + 5):
            out += [line, ""]
            if k == article.references_break_after:
                out += [HEADER, "", str(page_no), ""]
            k += 1
        if n == article.english_abstract_after_entry:
            out += english
    if not article.english_abstract_first and not inside:
        out += english
    return "\n".join(out)
