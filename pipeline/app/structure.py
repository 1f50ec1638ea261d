"""What the cleaner did to one file, for a person (`claims inspect`) or a machine (`--json`)."""

from __future__ import annotations

from itertools import groupby
from typing import Any

from pipeline.document import FURNITURE, Document

FRONT_KINDS = ("title", "author", "affiliation", "abstract", "keywords", "author_note", "clc", "doi", "article_number")


def _ranges(numbers: list[int]) -> list[tuple[int, int]]:
    """Consecutive runs of line numbers, ignoring blank lines between them."""
    out: list[tuple[int, int]] = []
    for n in numbers:
        if out and n - out[-1][1] <= 2:
            out[-1] = (out[-1][0], n)
        else:
            out.append((n, n))
    return out


def _fmt(ranges: list[tuple[int, int]]) -> str:
    return ", ".join(f"L{a}" if a == b else f"L{a}-{b}" for a, b in ranges)


def structure(doc: Document) -> dict[str, Any]:
    """The recovered structure with raw line numbers."""
    by_kind: dict[str, list[int]] = {}
    for ln in doc.lines:
        by_kind.setdefault(ln.kind, []).append(ln.no)
    sentences_per_paragraph = {k: len(list(g)) for k, g in groupby(s.paragraph for s in doc.sentences)}
    return {
        "doc_id": doc.doc_id,
        "encoding": doc.encoding,
        "source": doc.source,
        **({"ocr": doc.ocr} if doc.ocr else {}),
        "layout_mode": doc.layout_mode,
        "chars": len(doc.raw),
        "lines": len(doc.lines),
        "front_matter": {k: _ranges(by_kind[k]) for k in FRONT_KINDS if k in by_kind},
        "pages": [
            {
                "page": p.number,
                "lines": [p.lines[0], p.lines[-1]] if p.lines else [],
                "notes": [
                    {"number": n.number, "position": n.position, "lines": [n.lines[0], n.lines[-1]], "raw_span": list(n.raw_span), "text": n.text.text}
                    for n in p.notes
                ],
            }
            for p in doc.pages
        ],
        "paragraphs": [
            {
                "index": i,
                "lines": [p.lines[0], p.lines[-1]],
                "heading": p.heading,
                "sentences": sentences_per_paragraph.get(i, 0),
                "raw_span": list(doc.raw_span(p.start, p.end)),
                "text": doc.body.text[p.start : p.end],
            }
            for i, p in enumerate(doc.paragraphs)
        ],
        "reference_list": [
            {"number": e.number, "lines": [e.lines[0], e.lines[-1]], "raw_span": list(e.raw_span), "text": e.text.text}
            for e in doc.reference_list
        ],
        "furniture": [{"line": ln.no, "kind": ln.kind, "text": ln.stripped} for ln in doc.lines if ln.kind in FURNITURE],
        "back_matter": _ranges(by_kind.get("back", [])) + _ranges(by_kind.get("editor_note", [])),
        "normalizations": dict(sorted(doc.normalizations.items())),
    }


def _short(text: str, n: int = 24) -> str:
    return text if len(text) <= 2 * n else f"{text[:n]}…{text[-n // 2:]}"


def render(doc: Document) -> str:
    """A plain-text report of `structure(doc)`."""
    s = structure(doc)
    out = [
        f"{s['doc_id']}  {s['chars']} chars, {s['lines']} lines, "
        + (f"{s['encoding']}" if s["source"] == "text" else f"text read from {s['source']}")
        + (f" (OCR, {s['ocr']['engine']}: pages {', '.join(map(str, s['ocr']['pages']))}, "
           f"mean confidence {s['ocr']['confidence']})" if "ocr" in s else "")
        + f", layout: {s['layout_mode']}",
        f"{len(s['pages'])} pages, {len(s['paragraphs'])} paragraphs, {len(doc.sentences)} sentences, {len(doc.notes)} notes, {len(doc.reference_list)} reference-list entries",
        "",
    ]
    if s.get("ocr", {}).get("low_confidence"):
        out.append("OCR lines to check against the page (mean word confidence below the threshold):")
        out += [f"  p{line['page']:<3} mean {line['confidence']:5.1f}, lowest {line['lowest']:5.1f}  {_short(line['text'])}"
                for line in s["ocr"]["low_confidence"]]
        out.append("")
    out.append("front matter:")
    out += [f"  {kind:<15} {_fmt(r)}" for kind, r in s["front_matter"].items()] or ["  (none)"]
    out.append("")
    out.append("pages (notes: number, raw lines):")
    for page in s["pages"]:
        notes = "  ".join(f"{n['number'] or '?' + str(n['position'])} {_fmt([tuple(n['lines'])])}" for n in page["notes"])
        lines = _fmt([tuple(page["lines"])]) if page["lines"] else "-"
        out.append(f"  p{page['page']:<3} {lines:<12} {len(page['notes'])} notes  {notes}")
    out.append("")
    out.append("paragraphs (raw lines, sentences):")
    for p in s["paragraphs"]:
        tag = "H" if p["heading"] else " "
        out.append(f"  {p['index']:>3} {tag} {_fmt([tuple(p['lines'])]):<12} {p['sentences']:>2}  {_short(p['text'])}")
    out.append("")
    out.append("dropped furniture:" if s["furniture"] else "dropped furniture: none")
    out += [f"  L{f['line']} {f['kind']}: {f['text']}" for f in s["furniture"]]
    out.append(f"back matter (English abstract, neighbouring text): {_fmt(s['back_matter']) or 'none'}")
    out.append("")
    out.append("normalizations applied:" if s["normalizations"] else "normalizations applied: none")
    out += [f"  {k:<45} {v}" for k, v in s["normalizations"].items()]
    return "\n".join(out)


def line_kinds(doc: Document) -> dict[int, str]:
    """Line number → role, for tests and tools."""
    return {ln.no: ln.kind for ln in doc.lines}

