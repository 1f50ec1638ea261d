"""Parsed references as formatted citations: the review page showed each note's reference (the
CSL-JSON item of pipeline/stages/citations/references.py) as a JSON dump; readers want it cited.

Two styles, plain text, made from the item's fields only (the note is not read again):
`gbt7714`, GB/T 7714-2015, an entry of a 顺序编码制 reference list, in the 2015 form: the
separators `. `, `: `, `, ` in Chinese entries as in Western ones, as the 2015 edition's examples
have them (`陈登原. 国史旧闻: 第1卷[M]. 北京: 中华书局, 2000: 29.`), not the 2005 edition's
full-width `．：，`; and `chicago`, the Chicago Manual of Style 17th ed. notes-bibliography
bibliography entry, in which book and periodical titles, italic in print, stay plain. Fields
that are absent are left out with their punctuation; an explanatory note (type `note`) cites
nothing and is given as its text.
"""

from __future__ import annotations

import re
from typing import Any

STYLES = ("gbt7714", "chicago")

Item = dict[str, Any]
CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]")
GBT_CODES = {  # the parser's CSL types → GB/T 7714-2015 document type codes; `document` (and any other) is Z
    "article-journal": "J", "article-newspaper": "N", "book": "M", "chapter": "M", "paper-conference": "C",
    "thesis": "D", "report": "R", "standard": "S", "patent": "P", "webpage": "EB", "dataset": "DS", "software": "CP",
}
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")
INITIAL = re.compile(r"[A-Z]\.?")
GBT_NAME = re.compile(r"(?P<family>[A-Z][A-Z'’-]+(?: [A-Z][A-Z'’-]+)*)(?P<initials>(?: [A-Z])+)")  # ZENGLEIN M J
PARTICLES = {"von", "van", "der", "den", "de", "del", "della", "di", "da", "du", "la", "le", "ter", "zu"}
ARTICLES = {"The", "Die", "Der", "Das", "La", "Le", "Les", "El", "Il"}
ORG_WORDS = {  # a capitalized word that makes a name an organization's ("Press Information Bureau")
    "Aerospace", "Agency", "Association", "Bureau", "Center", "Centre", "Commission", "Committee", "Company",
    "Corporation", "Council", "Department", "Foundation", "Government", "Group", "House", "Institute", "Ministry",
    "Office", "Organization", "Organisation", "Party", "Press", "Secretariat", "Service", "Trade", "Union",
    "University",
}
TERMINAL = re.compile(r"[.?!。？！][”’\"']?$")


def format_reference(item: Item, style: str) -> str:
    """The reference as an entry in `style` (one of STYLES), plain text; ValueError for another style."""
    if style not in STYLES:
        raise ValueError(f"unknown citation style {style!r}; expected one of {', '.join(STYLES)}")
    if item.get("type") == "note":
        return item["note"].strip()
    return _gbt7714(item) if style == "gbt7714" else _chicago(item)


def _gbt7714(item: Item) -> str:
    """Authors: Chinese and Japanese names as written, Western personal names `FAMILY Initials`,
    organizations as written; over three, three and `, 等` (Chinese or Japanese entry) or `, et al`.
    The type code is the note's own when it was written in GB/T 7714, else the CSL type's; `/OL`
    with a URL. Journal `刊名, 年, 卷(期): 页码`; newspaper `报纸名, YYYY-MM-DD(版次)`; part of a
    book `[M]//编者. 书名. 出版地: 出版者, 年: 页码`; untyped document `[Z]. 出处, YYYY-MM-DD: 页码`;
    web page `(发布日期)[引用日期]. URL`, under its site when it has no author (as the corpus's own
    GB/T lists put 新华社, 外交部), else with the site as 出版者; others `出版地: 出版者, 出版年: 页码`."""
    kind = item.get("type", "document")
    url = _url(item)
    cjk = item.get("language") in ("zh", "ja")
    head = f"{_title(item)}[{item.get('type_code') or GBT_CODES.get(kind, 'Z')}{'/OL' if url else ''}]"
    authors = _gbt_names(item.get("author") or [], cjk)
    container = _unbracket(item.get("container-title"))
    accessed = f"[{_iso(_date(item, 'accessed'))}]" if item.get("accessed") else ""
    issued = _date(item, "issued")
    if kind == "article-journal":
        issue = f"({item['issue']})" if item.get("issue") else ""
        source = ": ".join(_some(", ".join(_some(container, _year(issued), item.get("volume"))) + issue,
                                 item.get("page"))) + accessed
    elif kind == "article-newspaper":
        number = item.get("section") or item.get("page")
        source = ", ".join(_some(container, _iso(issued))) + (f"({number})" if number else "") + accessed
    elif kind == "document":  # a statement, a press release, a news item: dated by its day, where it appeared
        published = ": ".join(_some(item.get("publisher-place"), item.get("publisher")))
        source = ": ".join(_some(", ".join(_some(container, published, _iso(issued))), item.get("page"))) + accessed
    else:
        publisher = item.get("publisher")
        if kind == "webpage":
            sites = _some(container, publisher)
            if not authors and sites:
                authors, sites = sites[0], sites[1:]
            publisher = ", ".join(sites)
        elif container:
            head += "//" + ". ".join(_some(_gbt_names(item.get("editor") or [], cjk), container))
        source = _gbt_imprint(item, publisher, issued, bool(url)) + accessed
    return _sentences(authors, head, source, url)


def _gbt_imprint(item: Item, publisher: str | None, issued: list[int], online: bool) -> str:
    """`出版地: 出版者, 出版年: 页码`, online `出版年(更新或修改日期)` when the date has a month;
    without publisher and page, the date alone: `2013-11-16`, online `(2019-03-12)`."""
    published = ": ".join(_some(item.get("publisher-place"), publisher))
    if published or item.get("page"):
        year = _year(issued) + (f"({_iso(issued)})" if online and len(issued) > 1 else "")
        return ": ".join(_some(", ".join(_some(published, year)), item.get("page")))
    if not issued:
        return ""
    return f"({_iso(issued)})" if online else _iso(issued)


def _chicago(item: Item) -> str:
    """Short works' titles quoted: “…” when Chinese or Japanese, "…" otherwise, period inside, inner
    quotes single. Names: the first Western personal name `Family, Given`, the others `Given
    Family`; Chinese, Japanese and organizations' names as written. Journal `Journal Vol, no. N
    (Date): pages`, or a magazine's `Magazine, Date, pages`; newspaper `Newspaper, Month D, YYYY`,
    no page, an unsigned article under the newspaper (without "The"); books and reports no page.
    A web page's access date always, another online item's when it has no date."""
    kind = item.get("type", "document")
    url = _url(item)
    container = _unbracket(item.get("container-title"))
    issued = _date(item, "issued")
    page = (item.get("page") or "").replace("-", "–")
    authors = _chicago_names(item.get("author") or [])
    title = _title(item)
    quoted = _quote(title) if title else ""
    if kind == "article-journal":
        if item.get("volume") or item.get("issue"):
            issue = f"no. {item['issue']}" if item.get("issue") else ""
            numbered = ", ".join(_some(" ".join(_some(container, item.get("volume"))), issue))
            source = ": ".join(_some(numbered + (f" ({_chicago_date(issued)})" if issued else ""), page))
        else:  # a magazine, known by its date
            source = ", ".join(_some(container, _chicago_date(issued), page))
        parts = [authors, quoted, source]
    elif kind == "article-newspaper":
        paper = re.sub(r"^The\s+", "", container or "")
        if authors or not paper:
            parts = [authors, quoted, ", ".join(_some(paper, _chicago_date(issued)))]
        else:
            parts = [paper, quoted, _chicago_date(issued)]
    elif kind == "webpage":
        parts = [authors, quoted, ", ".join(_some(container, item.get("publisher"), _chicago_date(issued)))]
    elif kind == "document":
        parts = [authors, quoted, ", ".join(_some(container, _chicago_imprint(item, issued, full=True), page))]
    elif container:  # a chapter, or a paper in proceedings
        editors = _chicago_names(item.get("editor") or [], invert=False)
        within = ", ".join(_some(f"In {container}", f"edited by {editors}" if editors else "", page))
        parts = [authors, quoted, within, _chicago_imprint(item, issued)]
    elif kind == "thesis":
        parts = [authors, quoted, ", ".join(_some("Thesis", _chicago_imprint(item, issued)))]
    else:
        parts = [authors, title, _chicago_imprint(item, issued)]
    if item.get("accessed") and (kind == "webpage" or (url and not issued)):
        parts.append(f"Accessed {_chicago_date(_date(item, 'accessed'))}")
    return _sentences(*parts, url)


def _chicago_imprint(item: Item, issued: list[int], full: bool = False) -> str:
    """`Place: Publisher, Year`, with what there is of it; the whole date when `full` or unpublished."""
    published = ": ".join(_some(item.get("publisher-place"), item.get("publisher")))
    return ", ".join(_some(published, _chicago_date(issued) if full or not published else _year(issued)))


def _person(author: dict[str, str]) -> tuple[str, str] | None:
    """(family, given) of a Western personal name; None for a Chinese or Japanese name, an organization
    or anything else that is written as it is."""
    if "literal" not in author:
        family, given = author.get("family", ""), author.get("given", "")
        return None if CJK.search(family + given) else (family, given)
    name = author["literal"].strip()
    if m := GBT_NAME.fullmatch(name):  # already as GB/T 7714 writes it
        family = " ".join(w.lower() if w.lower() in PARTICLES else _capitalize(w) for w in m["family"].split())
        return family, " ".join(f"{i}." for i in m["initials"].split())
    words = name.split()
    if not 1 <= len(words) <= 4 or words[0] in ARTICLES:
        return None
    last = len(words) - 1
    for i, word in enumerate(words):
        particle = i < last and word in PARTICLES
        if not (INITIAL.fullmatch(word) or particle or (_name_word(word) and word not in ORG_WORDS)):
            return None
    start = last
    while start > 0 and words[start - 1] in PARTICLES:
        start -= 1
    return " ".join(words[start:]), " ".join(words[:start])


def _name_word(word: str) -> bool:
    """Capitalized as a name is: Rüland, Lien-Hang, O'Brien, McDonald (not BrahMos, not SIPRI)."""
    parts = [p for p in re.split(r"[-'’]", re.sub(r"^Ma?c(?=[A-Z])", "", word)) if p]
    return bool(parts) and all(p[0].isupper() and p[1:] == p[1:].lower() and p.isalpha() for p in parts)


def _capitalize(word: str) -> str:
    return re.sub(r"[^\W\d_]+", lambda m: m.group(0).capitalize(), word.lower())


def _gbt_names(names: list[dict[str, str]], cjk: bool) -> str:
    shown = [_gbt_name(n) for n in names[:3]]
    return ", ".join(shown + ([("等" if cjk else "et al")] if len(names) > 3 else []))


def _gbt_name(author: dict[str, str]) -> str:
    person = _person(author)
    if person is None:
        return author.get("literal") or author.get("family", "") + author.get("given", "")
    family, given = person
    initials = [w[0] for w in re.split(r"[\s.-]+", given) if w]
    return " ".join([family.upper(), *initials])


def _chicago_names(names: list[dict[str, str]], invert: bool = True) -> str:
    """`Family, Given, Given Family, and Given Family` (`invert` the first); over ten: seven, et al."""
    forms = [_chicago_name(n, invert and i == 0) for i, n in enumerate(names[:7] if len(names) > 10 else names)]
    if len(names) > 10:
        return ", ".join(forms) + ", et al."
    if len(forms) < 3:
        return (", and " if len(forms) == 2 and ", " in forms[0] else " and ").join(forms)
    return ", ".join(forms[:-1]) + ", and " + forms[-1]


def _chicago_name(author: dict[str, str], invert: bool) -> str:
    person = _person(author)
    if person is None:
        return author.get("literal") or author.get("family", "") + author.get("given", "")
    family, given = person
    if not given:
        return family
    return f"{family}, {given}" if invert else f"{given} {family}"


def _title(item: Item) -> str:
    return _unbracket(item.get("title")) or ""


def _unbracket(text: str | None) -> str | None:
    """A Chinese title without the 《》 around it."""
    return text[1:-1] if text and text.startswith("《") and text.endswith("》") else text


def _quote(title: str) -> str:
    """The title in quotation marks, closed with a period inside unless it ends with its own mark."""
    title = title if TERMINAL.search(title) else title + "."
    if CJK.search(title):
        return "“" + title.replace("“", "‘").replace("”", "’") + "”"
    return '"' + title.replace('"', "'") + '"'


def _url(item: Item) -> str:
    """The URL without the comma the parser leaves on one followed by `, 2021年10月5日访问`."""
    return (item.get("URL") or "").rstrip(",，;；")


def _date(item: Item, field: str) -> list[int]:
    parts = (item.get(field) or {}).get("date-parts") or [[]]
    return [int(p) for p in parts[0]]


def _iso(parts: list[int]) -> str:
    return "-".join([f"{parts[0]:04d}", *(f"{p:02d}" for p in parts[1:])]) if parts else ""


def _year(parts: list[int]) -> str:
    return str(parts[0]) if parts else ""


def _chicago_date(parts: list[int]) -> str:
    if len(parts) < 2:
        return _year(parts)
    month = MONTHS[parts[1] - 1]
    return f"{month} {parts[2]}, {parts[0]}" if len(parts) > 2 else f"{month} {parts[0]}"


def _some(*values: str | None) -> list[str]:
    return [v for v in values if v]


def _sentences(*parts: str | None) -> str:
    """The parts, each closed with a period unless it ends with one (or ?, !) already."""
    return " ".join(p if TERMINAL.search(p) else p + "." for p in parts if p)
