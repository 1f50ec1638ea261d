"""Typeset a source article into a journal-like PDF with WeasyPrint, and say what it printed.

Footnotes are CSS paged-media footnotes (`float: footnote`). WeasyPrint numbers them through
the document (its issue #2553), while Chinese journals restart on each page, so the article
is laid out, each note's page read off the layout, the notes renumbered by page and the
article laid out again until the pages hold still. A note WeasyPrint defers to a later page
than its call (it does, when the note does not fit) is one no journal prints: the line
holding the call is moved to the next page, as a typesetter would. Every printed piece of
text is returned as a `Segment` with its role: the truth the extracted lines are labelled from.
"""

from __future__ import annotations

import html
import random
import re
from dataclasses import dataclass, field
from typing import Any, Iterator

from .source import MARK

CIRCLED = "".join(chr(c) for span in ((0x2460, 0x2474), (0x3251, 0x3260), (0x32B1, 0x32C0)) for c in range(*span))
SUPERSCRIPT_DIGITS = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
JOURNALS = ("国际政治研究", "当代亚太", "世界经济与政治", "日本学刊", "国际问题研究", "外交评论", "欧洲研究", "南亚研究")
PAGE_SIZES = {"B5": (176, 250), "16K": (185, 260), "L16K": (203, 280)}  # A4 height sends WeasyPrint 70 into deferring footnotes page after page
FONTS = ("Noto Serif CJK SC", "Noto Sans CJK SC", "WenQuanYi Micro Hei")
FOLIO_FORMATS = ("{}", "{}", "·{}·", "— {} —", "- {} -")
MAX_LAYOUTS = 6  # renumbering rounds before the layout is taken as it is
MAX_PAGES = 80  # pages given their own running header and folio


@dataclass(frozen=True)
class Style:
    """How one journal prints: drawn from a seed, so a rendering can be made again."""

    page: str
    font: str
    size: float  # body pt
    leading: float
    margin_mm: int
    notes: str  # circled | superscript | bracketed (`[n]` raised, numbered through the article)
    journal: str
    issue: str
    first_folio: int
    folio_at: str  # top-outside | bottom-center
    folio_format: str  # how a page number is printed: one of FOLIO_FORMATS
    header_rule: bool
    abstract_label: str
    english_label: str  # "Abstract: ", "[Abstract] "…
    english_first: bool  # the English title and abstract printed before the reference list
    front_brackets: bool
    call_size: int = 60  # a raised call's type size, % of the body's (not drawn: `build --call-size`)

    @classmethod
    def draw(cls, rng: random.Random) -> Style:
        year = rng.randint(2008, 2024)
        return cls(
            page=rng.choice(list(PAGE_SIZES)), font=rng.choice(FONTS), size=rng.choice((9.5, 10, 10.5, 11)),
            leading=rng.choice((1.5, 1.65, 1.8)), margin_mm=rng.choice((18, 22, 25)),
            notes=rng.choice(("circled", "circled", "superscript")), journal=rng.choice(JOURNALS),
            issue=f"{year}年第{rng.randint(1, 6)}期", first_folio=rng.randint(1, 140),
            folio_at=rng.choice(("top-outside", "bottom-center")), folio_format=rng.choice(FOLIO_FORMATS),
            header_rule=rng.random() < 0.5,
            abstract_label=rng.choice(("内容提要", "摘要", "内容摘要")),
            english_label=rng.choice(("Abstract: ", "[Abstract] ", "ABSTRACT: ", "")), english_first=rng.random() < 0.3, front_brackets=rng.random() < 0.5,
        )


@dataclass
class Segment:
    """A piece of printed text and its role; `page` where the layout tells it (0: unknown)."""

    role: str  # front | heading | body | note | header | page_number | reference | back
    text: str
    page: int = 0
    prefix: int = 0  # characters of a printed number that open the text (a note's ①)


@dataclass
class Rendering:
    pdf: bytes
    pages: int
    segments: list[Segment] = field(default_factory=list)


def render(source: dict[str, Any], style: Style) -> Rendering:
    """Lay the article out until its per-page note numbers hold still; the PDF and its segments."""
    from weasyprint import (
        HTML,  # here: the factory's only use of it, and it needs Pango from the system
    )

    note_pages: list[int] = []
    breaks: dict[int, str] = {}  # note → the start of the line holding its call, which starts a page
    count = sum(len(b["notes"]) for b in source["blocks"])
    for _ in range(MAX_LAYOUTS):
        labels = _labels(note_pages, style, count)
        document = HTML(string=_html(source, style, labels, breaks)).render()
        found, calls = _note_pages(document, count)
        deferred = {k: line for k, (page, (call, line)) in enumerate(zip(found, calls))
                    if page != call and k not in breaks}
        if found == note_pages and not deferred:
            break
        note_pages, breaks = found, breaks | deferred
    pages = len(document.pages)  # the last layout, as printed: its numbers, its notes' pages
    return Rendering(document.write_pdf(), pages, _segments(source, style, labels, found, pages))


def _labels(note_pages: list[int], style: Style, notes: int) -> list[str]:
    """Each of the `notes` notes' printed number, restarting on each page (all ① before the first
    layout); bracketed notes are numbered through the article, as the journals printing `[n]`
    calls do."""
    if style.notes == "bracketed":
        return [f"[{k}]" for k in range(1, notes + 1)]
    labels, count, last = [], 0, None
    for page in note_pages:
        count = count + 1 if page == last else 1
        last = page
        labels.append(CIRCLED[count - 1] if style.notes == "circled" else str(count))
    return labels


def _note_pages(document: Any, count: int) -> tuple[list[int], list[tuple[int, str]]]:
    """The page each footnote was printed on, and its call's page and line text, in note order;
    a note the layout lost (WeasyPrint drops a rare footnote it cannot place) is given its
    neighbour's page."""
    pages: dict[int, int] = {}
    calls: dict[int, tuple[int, str]] = {}
    for number, page in enumerate(document.pages, 1):
        for box, line in _boxes(page._page_box):
            if type(box).__name__ == "FootnoteAreaBox":
                for inner, _ in _boxes(box):
                    ident = getattr(inner, "element", None) is not None and inner.element.get("id", "")
                    if ident and ident.startswith("fn"):
                        pages.setdefault(int(ident[2:]), number)
            elif (getattr(box, "element_tag", None) or "").endswith("::footnote-call"):
                calls.setdefault(int(box.element.get("id")[2:]), (number, _text(line).strip()))
    found: list[int] = []
    for k in range(count):
        found.append(pages.get(k, found[-1] if found else 1))
    return found, [calls.get(k, (page, "")) for k, page in enumerate(found)]


def _boxes(box: Any, line: Any = None) -> Iterator[tuple[Any, Any]]:
    """Every box under `box`, with the line box it is in."""
    line = box if type(box).__name__ == "LineBox" else line
    yield box, line
    for child in getattr(box, "children", None) or []:
        yield from _boxes(child, line)


def _text(box: Any) -> str:
    """The text a box prints, footnote calls aside."""
    if box is None or "footnote" in (getattr(box, "element_tag", None) or ""):
        return ""
    return getattr(box, "text", None) or "".join(_text(child) for child in getattr(box, "children", None) or [])


def _front(source: dict[str, Any], style: Style) -> list[tuple[str, str]]:
    """The front matter as (css class, text) in print order."""
    def label(name: str) -> str:
        return f"【{name}】" if style.front_brackets else f"{name}："

    items = [("title", source["title"])]
    if source.get("subtitle"):
        items.append(("subtitle", source["subtitle"]))
    if source.get("authors"):
        items.append(("authors", "　".join(source["authors"])))
    if source.get("affiliation"):
        items.append(("affiliation", source["affiliation"]))
    if source.get("abstract"):
        items.append(("abstract", label(style.abstract_label) + source["abstract"]))
    if [k for k in source.get("keywords", []) if k]:
        items.append(("keywords", label("关键词") + "；".join(k for k in source["keywords"] if k)))
    clc = source.get("clc") or "D8"
    items.append(("ids", f"{label('中图分类号')}{clc}　{label('文献标识码')}{source.get('doc_code') or 'A'}"))
    if source.get("doi"):
        items.append(("ids", f"DOI：{source['doi']}"))
    for key in ("author_note", "fund"):
        if source.get(key):
            items.append(("author-note", source[key]))
    return items


def _html(source: dict[str, Any], style: Style, labels: list[str], breaks: dict[int, str]) -> str:
    width, height = PAGE_SIZES[style.page]
    rule = "border-bottom: 0.4pt solid black;" if style.header_rule else ""
    raised = "" if style.notes == "circled" else f"vertical-align: super; font-size: {style.call_size}%"
    per_page = []
    for page in range(1, MAX_PAGES + 1):
        header = "" if page == 1 else f'@top-center {{ content: "{_header(source, style, page)}"; font-size: 8pt; {rule} }}'
        box = ("top-left" if page % 2 == 0 else "top-right") if style.folio_at == "top-outside" else "bottom-center"
        folio = f'@{box} {{ content: "{style.folio_format.format(style.first_folio + page - 1)}"; font-size: 8pt }}'
        per_page.append(f"@page :nth({page}) {{ {header} {folio} }}")
    css = f"""
    @page {{ size: {width}mm {height}mm; margin: {style.margin_mm}mm {style.margin_mm - 3}mm;
      @footnote {{ border-top: 0.5pt solid black; padding-top: 2pt; }} }}
    {" ".join(per_page)}
    body {{ font-family: "{style.font}"; font-size: {style.size}pt; line-height: {style.leading}; text-align: justify }}
    p {{ text-indent: 2em; margin: 0 }}
    p.cont {{ text-indent: 0; break-before: page }}
    h1 {{ font-size: {style.size + 6}pt; text-align: center; margin: 0 0 6pt }}
    .subtitle, .authors, .affiliation {{ text-align: center; text-indent: 0; margin: 2pt 0 }}
    .abstract, .keywords, .ids, .author-note {{ font-size: {style.size - 1}pt; text-indent: 0; margin: 3pt 1em }}
    h2 {{ font-size: {style.size + 1}pt; font-weight: bold; margin: 8pt 0 4pt; text-indent: 0 }}
    .fn {{ float: footnote; footnote-policy: line; font-size: {style.size - 2}pt; line-height: 1.35; text-indent: 0 }}
    .fn::footnote-call {{ content: attr(data-mark); {raised} }}
    .fn::footnote-marker {{ content: attr(data-mark) " "; }}
    .refs h2 {{ text-align: center }} .refs p {{ text-indent: -2em; padding-left: 2em; font-size: {style.size - 1}pt }}
    .back {{ text-indent: 0; font-family: serif; margin-top: 6pt }}
    """
    out = [f"<html><head><meta charset='utf-8'><style>{css}</style></head><body>"]
    for cls, text in _front(source, style):
        tag = "h1" if cls == "title" else "p"
        out.append(f"<{tag} class='{cls}'>{html.escape(text)}</{tag}>")
    note_no = 0
    for block in source["blocks"]:
        if block["type"] == "heading":
            out.append(f"<h2>{html.escape(block['text'])}</h2>")
            continue
        pieces = block["text"].split(MARK)
        parts = [html.escape(pieces[0])]
        for note, rest in zip(block["notes"], pieces[1:], strict=True):
            if note_no in breaks:
                parts = _break_line(parts, breaks[note_no])
            mark = labels[note_no] if note_no < len(labels) else CIRCLED[0]
            parts.append(f"<span class='fn' id='fn{note_no}' data-mark='{mark}'>{html.escape(note)}</span>{html.escape(rest)}")
            note_no += 1
        out.append(f"<p>{''.join(parts)}</p>")
    english = [f"<p class='back'>{html.escape(text)}</p>" for text in _english(source, style)]
    out += english if style.english_first else []
    if source.get("references"):
        out.append("<div class='refs'><h2>参考文献</h2>")
        out += [f"<p>[{k}] {html.escape(entry)}</p>" for k, entry in enumerate(source["references"], 1)]
        out.append("</div>")
    out += [] if style.english_first else english
    out.append("</body></html>")
    return "\n".join(out)


def _break_line(parts: list[str], line: str) -> list[str]:
    """The paragraph's html so far, the printed line that starts with `line` moved to the top of
    the next page (where it is not found, the sentence it is in)."""
    text = "".join(parts)
    cut = text.rfind(html.escape(line[:8])) if line else -1
    if cut < 0:  # the sentence, ended by the punctuation the call follows
        after_note = text.rfind("</span>") + 1 and text.rfind("</span>") + len("</span>")  # not inside a note's text
        sentence_end = len(text.rstrip("。！？”’」』）"))
        cut = max(after_note, *[text.rfind(end, after_note, sentence_end) + 1 for end in "。！？"])
    indent = "" if cut else " style='text-indent: 2em'"
    return [text[:cut], f"</p><p class='cont'{indent}>", text[cut:]]


def _english(source: dict[str, Any], style: Style) -> list[str]:
    """The English title and abstract printed after the article, the abstract labelled in the journal's way."""
    texts = [source["english_title"]] if source.get("english_title") else []
    abstract = source.get("english_abstract")
    if abstract and not re.match(r"\W*abstract", abstract, re.I):
        abstract = f"{style.english_label}{abstract}"
    return texts + ([abstract] if abstract else [])


def _header(source: dict[str, Any], style: Style, page: int) -> str:
    """The running header: the journal and issue on even pages, the running title on odd ones."""
    return f"{style.journal}　{style.issue}" if page % 2 == 0 else _short(source["title"])


def _short(title: str) -> str:
    """The running title: the article's title up to its colon or dash."""
    return re.split(r"[：:—]", title)[0][:24]


def _segments(source: dict[str, Any], style: Style, labels: list[str], note_pages: list[int], pages: int) -> list[Segment]:
    """What was printed, with its role, for labelling the extracted lines."""
    segs = [Segment("front", text) for _, text in _front(source, style)]
    note_no = 0
    for block in source["blocks"]:
        if block["type"] == "heading":
            segs.append(Segment("heading", block["text"]))
            continue
        pieces = block["text"].split(MARK)
        text = pieces[0]
        for note, rest in zip(block["notes"], pieces[1:]):
            label = labels[note_no]
            call = label.translate(SUPERSCRIPT_DIGITS) if style.notes == "superscript" else label
            text += call + rest
            segs.append(Segment("note", f"{label} {note}", note_pages[note_no], prefix=len(label)))
            note_no += 1
        segs.append(Segment("body", text))
    if source.get("references"):
        segs.append(Segment("reference", "参考文献"))
        segs += [Segment("reference", f"[{k}] {e}", prefix=len(str(k)) + 2) for k, e in enumerate(source["references"], 1)]
    segs += [Segment("back", text) for text in _english(source, style)]  # before the list or after it
    for page in range(1, pages + 1):
        folio = style.folio_format.format(style.first_folio + page - 1)
        if page > 1:
            segs.append(Segment("header", _header(source, style, page), page))
        segs.append(Segment("page_number", folio, page))
    return segs
