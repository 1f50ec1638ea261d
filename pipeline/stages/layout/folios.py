"""The printed page number (folio) of each page, from the furniture the layout found.

The layout opens a page at the furniture that follows a page's text, so a page break's run of
furniture stands at the top of the page after it; but that run may be the foot of the page it
closes (its folio, `— 47 —`), the top of the next (a running header, `47 印俄…`), or both. A
document whose last page ends with a folio after its text prints its folios at the foot: each
break's folio then names the page before it. A break that shows two numbers, n then n + 1,
names both pages. Elsewhere a break's number names the page it opens, as the layout put it.
A running header's number is read by patterns.json `header_page_number`. A page whose number
is not printed, or is printed twice over, gets it from its neighbours only where both agree
(46 before, 48 after: 47); else none.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from pipeline.document import FURNITURE, Line, Page

if TYPE_CHECKING:
    from .rules import Patterns

AFTER_THE_TEXT = (*FURNITURE, "back", "editor_note")  # what may follow an article's last text line


def label_pages(lines: list[Line], pages: list[Page], pat: Patterns) -> None:
    """Set each page's `label`: its printed number as ASCII digits, or None."""
    by_no = {ln.no: ln for ln in lines}
    foot = _foot_number(pages[-1], lines, by_no, pat) if pages else None
    found: list[set[int]] = [set() for _ in pages]
    if foot is not None:
        found[-1].add(foot)
    for k, page in enumerate(pages):
        top = [by_no[no] for no in page.lines[: _top_length(page, by_no)]]
        rest = [by_no[no] for no in page.lines[len(top) :]]
        found[k] |= {n for ln in rest if (n := _number(ln, pat)) is not None}
        at_top = list(dict.fromkeys(n for ln in top if (n := _number(ln, pat)) is not None))
        if k and len(at_top) == 2 and at_top[1] == at_top[0] + 1:  # the foot of the page before, then this one's top
            found[k - 1].add(at_top[0])
            found[k].add(at_top[1])
        elif len(at_top) == 1:  # a foot folio names the page the break closes
            found[k - 1 if foot is not None and k else k].add(at_top[0])
    printed = [next(iter(numbers)) if len(numbers) == 1 else None for numbers in found]
    for k, page in enumerate(pages):
        page.label = str(printed[k]) if printed[k] is not None else _between(printed, k)


def _top_length(page: Page, by_no: dict[int, Line]) -> int:
    """How many furniture lines the page starts with."""
    return next((k for k, no in enumerate(page.lines) if by_no[no].kind not in FURNITURE), len(page.lines))


def _foot_number(last: Page, lines: list[Line], by_no: dict[int, Line], pat: Patterns) -> int | None:
    """The folio after the article's last text line: a page-number line, or the file's last line
    reading as one (the back matter before it took it in)."""
    text = [no for no in last.lines if by_no[no].kind not in AFTER_THE_TEXT]
    after = [no for no in last.lines if not text or no > text[-1]]
    folios = [by_no[no] for no in after if by_no[no].kind == "page_number"]
    final = next((ln for ln in reversed(lines) if ln.stripped), None)
    if final is not None and final.no in after and any(p.fullmatch(final.stripped) for p in pat.page_number):
        folios.append(final)
    return _digits(folios[-1].stripped) if folios else None


def _number(ln: Line, pat: Patterns) -> int | None:
    """The page number a furniture line prints: a folio's, or one a running header carries."""
    if ln.kind == "page_number":
        return _digits(ln.stripped)
    if ln.kind == "header":
        found = next((m for p in pat.header_page_number if (m := p.search(ln.stripped))), None)
        return int(found.group(1)) if found else None
    return None


def _digits(text: str) -> int | None:
    """The number a folio prints (`— 47 —`, `第 47 页`: 47)."""
    found = re.search(r"\d+", text)
    return int(found.group(0)) if found else None


def _between(printed: list[int | None], k: int) -> str | None:
    """A page's number from the printed numbers of the pages on either side, where they agree."""
    before, after = printed[k - 1] if k else None, printed[k + 1] if k + 1 < len(printed) else None
    return str(before + 1) if before is not None and after is not None and before + 2 == after else None
