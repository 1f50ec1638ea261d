"""Footnote texts as structured references (CSL-JSON items), beside the raw note.

Each note becomes one or more references — authors, title, container, publisher, date
issued, volume/issue/page, URL, date accessed, language — or an explanatory note when it
cites nothing. `同上`/`Ibid.` resolve to the previous reference. Entries of a reference list
(and footnotes written the same way) follow GB/T 7714: `作者. 题名[J]. 期刊, 2020, 36(3): 1-10.`
Citation styles are patterns in models/references/patterns.json.
"""

from __future__ import annotations

import json
import re
from functools import cache
from typing import Any

from pipeline.resources import MODELS

PATTERNS_FILE = MODELS / "references" / "patterns.json"
KANA = re.compile(r"[\u3040-\u30ff]")
CJK = re.compile(r"[\u4e00-\u9fff]")
ERA_YEAR = re.compile(r"(令和|平成|昭和|大正|明治)\s*(元|\d{1,2}|[一二三四五六七八九十]{1,3})\s*年")
YMD = re.compile(r"(\d{4})\s*年(?:\s*(\d{1,2})\s*月)?(?:\s*(\d{1,2})\s*日)?")
CHINESE_DIGITS = {c: i for i, c in enumerate("〇一二三四五六七八九")}


@cache
def _spec() -> dict[str, Any]:
    spec = json.loads(PATTERNS_FILE.read_text(encoding="utf-8"))
    spec["ibid_re"] = re.compile(spec["ibid"])
    spec["split_re"] = re.compile(spec["split"])
    spec["page_re"] = re.compile(spec["page"])
    spec["accessed_re"] = re.compile(spec["accessed"])
    spec["url_re"] = re.compile(spec["url"])
    spec["style_res"] = [(s["name"], s["language"], re.compile(s["pattern"])) for s in spec["styles"]]
    spec["publisher_re"] = re.compile(spec["publisher"])
    spec["author_prefix_re"] = re.compile(spec["author_clean"]["prefix"])
    spec["author_suffix_re"] = re.compile(spec["author_clean"]["suffix"])
    spec["type_res"] = [(c["type"], re.compile(c["pattern"])) for c in spec["type_cues"]]
    spec["iso_date_re"] = re.compile(spec["iso_date"])
    spec["zh_date_re"] = re.compile(spec["zh_date"])
    gbt = spec["gbt7714"]
    gbt["entry_re"] = re.compile(gbt["entry"])
    gbt["rest_res"] = [(set(r["codes"]), r.get("part_of", False), re.compile(r["pattern"])) for r in gbt["rest"]]
    return spec


def language(text: str) -> str:
    """ja when kana or Japanese quotation brackets appear, zh for other Chinese text, else en."""
    if KANA.search(text) or re.search(r"[「『]", text):
        return "ja"
    if len(CJK.findall(text)) >= 4:
        return "zh"
    return "en"


def _era_number(token: str) -> int:
    if token == "元":
        return 1
    if token.isdigit():
        return int(token)
    if token.startswith("十"):
        return 10 + (CHINESE_DIGITS.get(token[1:], 0) if len(token) > 1 else 0)
    if "十" in token:
        tens, _, units = token.partition("十")
        return CHINESE_DIGITS[tens] * 10 + (CHINESE_DIGITS[units] if units else 0)
    return CHINESE_DIGITS.get(token, 0)


def date_parts(text: str | None) -> list[int] | None:
    """[year, month?, day?] from `2022年6月29日`, `令和4年12月16日`, `June 5, 2022`, `March, 2021`, `2022`."""
    if not text:
        return None
    spec = _spec()
    era = ERA_YEAR.search(text)
    if era:
        text = text.replace(era.group(0), f"{spec['eras'][era.group(1)] + _era_number(era.group(2))}年")
    iso = spec["iso_date_re"].search(text)
    if iso:
        return [int(g) for g in iso.groups() if g]
    m = YMD.search(text)
    if m:
        return [int(g) for g in m.groups() if g]
    m = re.search(r"(%s)(?:\s+(\d{1,2}))?,?\s*(\d{4})" % "|".join(spec["months"]), text)
    if m:
        parts = [int(m.group(3)), spec["months"][m.group(1)]]
        return parts + [int(m.group(2))] if m.group(2) else parts
    m = re.search(r"\b(1[89]\d\d|20\d\d)\b", text)
    return [int(m.group(1))] if m else None


def _page(text: str) -> str | None:
    m = _spec()["page_re"].search(text)
    if not m:
        return None
    first = m.group("a") or m.group("c") or m.group("e")
    last = m.group("b") or m.group("d") or m.group("f")
    return f"{first}-{last}" if last else first


def _authors(text: str) -> list[dict[str, str]]:
    spec = _spec()
    author = spec["author_suffix_re"].sub("", spec["author_prefix_re"].sub("", text))
    return [{"literal": a.strip()} for a in re.split(r"[、,，]|\band\b|・", author) if a.strip()]


def _clean(value: str | None) -> str | None:
    value = (value or "").strip(" ，,、。.．")
    return value or None


def parse_gbt7714(text: str) -> dict[str, Any] | None:
    """A GB/T 7714 reference (`作者. 题名[M]. 北京: 出版社, 2020: 35.`) as CSL-JSON fields, or
    None when the text has no type code. URL and access date are read by `parse_one`."""
    gbt = _spec()["gbt7714"]
    entry = gbt["entry_re"].match(text)
    if not entry:
        return None
    code = entry.group("code")
    item: dict[str, Any] = {"style": "gbt7714", "type_code": code, "type": gbt["types"].get(code, "document"), "title": _clean(entry.group("title"))}
    authors = _authors(entry.group("author") or "")
    if authors:
        item["author"] = authors
    rest = entry.group("rest")
    for codes, part_of, pattern in gbt["rest_res"]:
        m = pattern.match(rest) if code in codes and part_of == bool(entry.group("part_of")) else None
        if not m:
            continue
        fields = {k: v for k, v in ((k, _clean(v)) for k, v in m.groupdict().items()) if v}
        for field, csl in (("container", "container-title"), ("publisher", "publisher"), ("place", "publisher-place"),
                           ("volume", "volume"), ("issue", "issue"), ("page", "page"), ("section", "section")):
            if field in fields:
                item[csl] = re.sub(r"\s*[-–—~]\s*", "-", fields[field]) if field == "page" else fields[field]
        if "editor" in fields:
            item["editor"] = _authors(fields["editor"])
        issued = date_parts(fields.get("date") or fields.get("year"))
        if issued:
            item["issued"] = {"date-parts": [issued]}
        break
    return item


def parse_one(text: str) -> dict[str, Any]:
    """One reference as a CSL-JSON item (with `language`), or an explanatory note."""
    spec = _spec()
    item: dict[str, Any] = {}
    url = spec["url_re"].search(text)
    if url:
        item["URL"] = url.group(1).rstrip(".")
    accessed = spec["accessed_re"].search(text)
    if accessed:
        item["accessed"] = {"date-parts": [[int(g) for g in accessed.groups()]]}
    head = text[: url.start()] if url else text
    item["language"] = language(head)
    gbt = parse_gbt7714(head)
    if gbt:
        return {**item, **gbt}
    for name, lang, pattern in spec["style_res"]:
        m = pattern.search(head) if lang in ("any", item["language"]) else None
        if not m or not m.group("title"):
            continue
        fields = {k: v.strip(" ，,、。.") for k, v in m.groupdict().items() if v and v.strip(" ，,、。.")}
        item["style"] = name
        item["title"] = fields["title"]
        authors = _authors(fields.get("author", ""))
        if authors:
            item["author"] = authors
        if "container" in fields:
            item["container-title"] = fields["container"].strip("『』「」《》")
        publisher = spec["publisher_re"].search(head, m.end("title"))
        if publisher:
            item["publisher"] = publisher.group("publisher")
        issued = date_parts(fields.get("date"))
        if not issued and (later := spec["zh_date_re"].match(head, m.end("title"))):
            issued = date_parts(later.group("date"))
        if issued:
            item["issued"] = {"date-parts": [issued]}
        if "issue" in fields:
            item["issue"] = fields["issue"]
        break
    page = _page(head)
    if page:
        item["page"] = page
    if "title" not in item and "URL" not in item:
        return {"type": "note", "language": item["language"], "note": text}
    item["type"] = next((t for t, cue in spec["type_res"] if cue.search(text)), "document")
    return item


def parse_note(text: str, previous: list[dict[str, Any]] | None = None) -> list[dict[str, Any]]:
    """The references of one note; `同上`/`Ibid.` copy the previous note's last reference (new page kept)."""
    spec = _spec()
    ibid = spec["ibid_re"].match(text.strip())
    if ibid:
        if not previous:
            return [{"type": "note", "language": language(text), "note": text, "ibid": "unresolved"}]
        item = {k: v for k, v in previous[-1].items() if k != "page"}
        page = _page(ibid.group("page") or "")
        if page:
            item["page"] = page
        item["ibid"] = True
        return [item]
    parts = [p.strip() for p in spec["split_re"].split(text) if p and p.strip()]
    items = [parse_one(p) for p in parts]
    cited = [i for i in items if i.get("type") != "note"]
    if len(items) > 1 and len(cited) == 1 and items[0].get("type") == "note":
        return [{**cited[0], "comment": items[0]["note"]}]  # a sentence of explanation, then its source
    return items


def document_references(notes: list) -> dict[tuple[int, int], list[dict[str, Any]]]:
    """References of every note of a document, by (page, position); `同上` looks back across pages."""
    out: dict[tuple[int, int], list[dict[str, Any]]] = {}
    previous: list[dict[str, Any]] | None = None
    for note in notes:
        previous = out[(note.page, note.position)] = parse_note(note.text.text, previous)
    return out


def reference_list_items(entries: list) -> dict[str, dict[str, Any]]:
    """The reference list parsed, by entry number (an entry is one reference; no `同上` there)."""
    return {entry.number: parse_one(entry.text.text) for entry in entries if entry.number}
