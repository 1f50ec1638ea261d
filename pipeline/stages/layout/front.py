"""What the front matter and running headers say about the article: its title, authors, journal,
issue and DOI, read from the lines the layout gave those roles (patterns.json `metadata`).

The layout marks a title block, author lines and labelled front lines; here they are read as
values for the documents table. Web copies put menus and publishing lines in the title block
(`site`), and typesetters space out authors' names (`刘　洋　孙　立`): a run of single characters is
read as names of two or three characters, which a reader of the original may want to check.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass
from functools import cache
from typing import Any

from pipeline.document import Document, Line
from pipeline.resources import resource
from pipeline.stages.normalize import expand_classes


@dataclass(frozen=True)
class MetadataPatterns:
    site: re.Pattern[str]
    author_label: re.Pattern[str]
    author_marks: re.Pattern[str]
    issue: re.Pattern[str]
    doi: re.Pattern[str]


@cache
def _patterns() -> MetadataPatterns:
    spec = json.loads(resource("layout/patterns.json").read_text(encoding="utf-8"))
    rows = {k: expand_classes(v, spec.get("classes", {})) for k, v in spec["metadata"].items() if not k.startswith("_")}
    return MetadataPatterns(**{k: re.compile(v) for k, v in rows.items()})


def article_metadata(doc: Document) -> dict[str, Any]:
    """`title`, `authors` (a list), `journal`, `issue` (`2024年第5期`) and `doi`, those found."""
    pat = _patterns()
    title_block = [ln for ln in doc.lines if ln.kind == "title" and not pat.site.search(ln.stripped)]
    author_lines = [ln for ln in doc.lines if ln.kind == "author"] or [
        ln for ln in title_block[1:] if pat.author_label.match(ln.stripped) or _spaced_names(ln.stripped, pat)]
    title = "".join(ln.stripped for ln in title_block if not author_lines or ln.no < author_lines[0].no)
    authors = [name for ln in author_lines for name in _names(ln.stripped, pat)]
    found: dict[str, Any] = {"title": title or None, "authors": authors or None}
    found.update(_issue(doc.lines, pat))
    doi = next((m.group(0) for ln in doc.lines if ln.kind == "doi" and (m := pat.doi.search(ln.stripped))), None)
    found["doi"] = doi.rstrip(".") if doi else None
    return {k: v for k, v in found.items() if v}


def _spaced_names(text: str, pat: MetadataPatterns) -> bool:
    """A line of short CJK groups set apart by spaces (周　明1，2　陈思远1, 宋雨岚  韦 宁)."""
    groups = pat.author_marks.sub(" ", text).split()
    return 1 < len(groups) <= 12 and all(1 <= len(g) <= 4 and all("\u4e00" <= c <= "\u9fff" for c in g) for g in groups)


def _names(text: str, pat: MetadataPatterns) -> list[str]:
    """The names of an author line: groups set apart by spaces, affiliation marks dropped; a run of
    single characters (刘　洋　孙　立, 许 明 远) joined into names of two or three characters."""
    text = pat.author_label.sub("", text)
    groups = [g for g in (pat.author_marks.sub("", g) for g in text.split()) if g]
    names: list[str] = []
    singles: list[str] = []
    for group in [*groups, ""]:
        if len(group) == 1:
            singles.append(group)
            continue
        if singles:
            names += _join_singles(singles)
            singles = []
        if group:
            names.append(group)
    return names


def _join_singles(chars: list[str]) -> list[str]:
    """Spaced single characters as names: three or fewer are one name, an even count pairs."""
    if len(chars) <= 3:
        return ["".join(chars)]
    if len(chars) % 2 == 0:
        return ["".join(chars[k : k + 2]) for k in range(0, len(chars), 2)]
    return ["".join(chars)]


def _issue(lines: list[Line], pat: MetadataPatterns) -> dict[str, str]:
    """The journal and issue most running headers (else a front line) print."""
    seen = Counter()
    for ln in lines:
        if ln.kind in ("header", "title", "front", "back", "clc", "article_number"):
            for m in pat.issue.finditer(ln.stripped):
                journal = m.group("quoted") or m.group("plain")
                seen[(journal.strip(), f"{m.group('year')}年第{int(m.group('number'))}期")] += 1 + (ln.kind == "header")
    if not seen:
        return {}
    (journal, issue), _ = seen.most_common(1)[0]
    return {"journal": journal if not pat.site.search(journal) else None, "issue": issue}
