"""Build the factory's labelled renderings: `python -m tools.factory.build --out FILE`.

Each source is typeset in several drawn styles, each PDF read back by every text-layer
extractor (and OCR with `--ocr`) and by the pipeline's own PDF reader (`pdf`: the text with
each line's printed box, type size and rules, `geometry`), and some readings damaged the way
publishers' fonts and users' copies damage them. Every line keeps its role. The corpus and
constructed articles are added as they are, their lines labelled by the layout their gold
verifies. Fixed seeds: the same command writes the same file.
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import re
import sys
from dataclasses import replace
from itertools import chain
from pathlib import Path
from typing import Any, Iterator

from pipeline.stages.ingest.pdf import read_pdf
from pipeline.stages.layout.geometry import LineBox, measure_reading
from pipeline.stages.layout.notes import roles_from_rules

from .extract import OCR_DPI, TEXT_LAYER, extract
from .label import label_lines
from .source import GOLD_SOURCES, ROOT, all_sources, pending_sources, verified_reading
from .typeset import CIRCLED, Style, render
from .web import web_page

STYLES_PER_SOURCE = 3
DAMAGES = ("none", "none", "numbers_lost", "no_furniture", "numbers_lost+no_furniture", "double_spacing",
           "paragraph_lines", "paragraph_lines+numbers_lost")
PDF_DAMAGES = ("none", "none", "numbers_lost", "no_furniture", "numbers_lost+no_furniture")  # a PDF's own: fonts, print
SENTENCE_END = re.compile(f"[。！？!?][”’」』）)]?(\\^?[{CIRCLED}]|[⁰¹²³⁴⁵⁶⁷⁸⁹0-9]{{1,2}})?\\s*$")
NOTE_NUMBER = re.compile(f"^\\s*(?:[{CIRCLED}]|[0-9]{{1,2}}(?=\\s)|\\[[0-9]{{1,3}}\\])\\s*")


def renderings(ocr: bool = False, sources: list[dict[str, Any]] | None = None,
               ocr_styles: int = 1, notes: str | None = None, dpi: int = 200,
               call_size: int = 60) -> Iterator[dict[str, Any]]:
    """Every labelled rendering, in a fixed order; with `ocr`, the first `ocr_styles` styles of
    each source read by OCR too, scanned at `dpi` (200 or 300); `notes`: every style prints its
    notes so (else as drawn); `call_size`: raised calls' type size, % of the body's."""
    ocr_extractors = tuple(how for how, scanned_at in OCR_DPI.items() if scanned_at == dpi)
    for source in all_sources() if sources is None else sources:
        for k in range(STYLES_PER_SOURCE):
            seed = _seed(source["id"], k)
            rng = random.Random(seed)
            style = Style.draw(rng)
            style = replace(style, notes=notes or style.notes, call_size=call_size)
            rendering = render(source, style)
            for how in TEXT_LAYER + (ocr_extractors if ocr and k < ocr_styles else ()):
                text = extract(rendering.pdf, how)
                lines, roles = text.split("\n"), label_lines(text, rendering.segments)
                damage = rng.choice(DAMAGES)
                lines, roles, _ = damaged(lines, roles, damage, rng)
                yield {"source": source["id"], "style": seed, "extractor": how, "damage": damage,
                       "notes": style.notes, "text": "\n".join(lines), "roles": roles}
            yield _pdf_rendering(source["id"], seed, style.notes, rendering.pdf, rendering.segments, rng)
        lines, roles = web_page(source, random.Random(_seed(source["id"], STYLES_PER_SOURCE)))
        yield {"source": source["id"], "style": 0, "extractor": "web", "damage": "none", "notes": "circled",
               "text": "\n".join(lines), "roles": roles}


def _pdf_rendering(source: str, seed: int, notes: str, pdf: bytes, segments: list[Any],
                   rng: random.Random) -> dict[str, Any]:
    """The PDF as `claims run` reads it, each line with its printed box (`geometry`: a
    `LineBox` as a list, or null), under a PDF's own damage (note numbers the font did not map,
    no running headers)."""
    read = read_pdf(pdf)
    measured = measure_reading(read)
    damage = rng.choice(PDF_DAMAGES)
    lines, roles, geometry = damaged(read.raw.split("\n"), label_lines(read.raw, segments), damage, rng, measured)
    return {"source": source, "style": seed, "extractor": "pdf", "damage": damage, "notes": notes,
            "text": "\n".join(lines), "roles": roles, "geometry": [b.as_list() if b else None for b in geometry]}


def originals() -> Iterator[dict[str, Any]]:
    """The gold articles as they are, each line labelled with the role its verified layout gives it."""
    for path in GOLD_SOURCES:
        doc = verified_reading(ROOT / path)
        ruled = roles_from_rules(doc)
        roles = [ruled.get(ln.no, "blank") for ln in doc.lines]
        yield {"source": Path(path).stem.split("_")[0], "style": 0, "extractor": "original", "damage": "none",
               "notes": doc.marker_style, "text": doc.raw, "roles": roles}


def damaged(lines: list[str], roles: list[str], damage: str, rng: random.Random,
            measured: list[LineBox | None] | None = None) -> tuple[list[str], list[str], list[LineBox | None]]:
    """Publisher and copy damage on labelled lines: note numbers lost (the note font had no
    Unicode map), running headers and folios lost, blank lines after every line on some pages.
    The lines' printed boxes (`measured`) go with the lines kept; a copy joined into a line per
    paragraph has none."""
    out = list(zip(lines, roles, measured or [None] * len(lines)))
    if "numbers_lost" in damage:
        kept = []
        opening = False  # a number that stood alone was dropped: the next text line opens its note
        for line, role, box in out:
            if role == "note_start":
                line = NOTE_NUMBER.sub("", line, count=1)
                if not line.strip():
                    opening = True
                    continue
            elif role == "note_cont" and opening:
                role = "note_start"
            opening = opening and role == "blank"
            kept.append((line, role, box))
        out = kept
    if "no_furniture" in damage:
        out = [(line, role, box) for line, role, box in out if role not in ("header", "page_number")]
    if "paragraph_lines" in damage:
        out = [(line, role, None) for line, role in _paragraph_lines([(ln, r) for ln, r, _ in out],
                                                                     caret=rng.random() < 0.5)]
    if damage == "double_spacing":
        spaced, page_spaced = [], rng.random() < 0.5
        for line, role, box in out:
            if role in ("header", "page_number"):
                page_spaced = rng.random() < 0.5
            spaced.append((line, role, box))
            if page_spaced and role != "blank":
                spaced.append(("", "blank", None))
        out = spaced
    return [line for line, _, _ in out], [role for _, role, _ in out], [box for _, _, box in out]


def _paragraph_lines(pairs: list[tuple[str, str]], caret: bool) -> list[tuple[str, str]]:
    """Text copied out of a PDF viewer: a paragraph's or a note's lines joined into one line (a
    paragraph ends at a sentence's end on a short line), blank lines dropped; the body's markers
    sometimes as `^①`, as the corpus has them."""
    content = [(line.strip(), role) for line, role in pairs if role != "blank"]
    full = sorted(len(line) for line, role in content if role == "body")
    full_length = full[int(0.8 * (len(full) - 1))] if full else 0
    joined: list[tuple[str, str]] = []
    open_paragraph = False
    for line, role in content:
        if role == "body" and caret:
            line = re.sub(f"([{CIRCLED}])", r"^\1", line)
        if joined and (role == "body" and joined[-1][1] == "body" and open_paragraph or role == "note_cont"
                       and joined[-1][1] in ("note_start", "note_cont")):
            joined[-1] = (joined[-1][0] + line, joined[-1][1])
        else:
            joined.append((line, "note_start" if role == "note_cont" and (not joined or joined[-1][1] not in
                                                                           ("note_start", "note_cont")) else role))
        open_paragraph = not (SENTENCE_END.search(line) and len(line) < 0.9 * full_length)
    return [pair for line, role in joined for pair in ((line, role), ("", "blank"))]


def _seed(source: str, k: int) -> int:
    return sum(ord(ch) * 31**i for i, ch in enumerate(source)) % 100_000 * 10 + k


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--ocr", action="store_true", help="add Tesseract readings of each source's first style "
                        "(its first --ocr-styles styles)")
    parser.add_argument("--pending", action="store_true", help="only the sources of sources/pending (held out of "
                        "training: their renderings are a held-out measure, tools/factory/data/pending.jsonl.gz)")
    parser.add_argument("--ocr-styles", type=int, default=1, help="how many styles of each source OCR reads")
    parser.add_argument("--dpi", type=int, choices=(200, 300), default=200,
                        help="the scans' resolution for OCR (300: extractor `tesseract-300`)")
    parser.add_argument("--call-size", type=int, default=60, help="raised calls' type size, %% of the body's")
    parser.add_argument("--only", help="keep only these extractors (comma-separated: tesseract,web for the OCR "
                        "readings and their clean copies, tools/factory/data/ocr_readings.jsonl.gz)")
    parser.add_argument("--sources", help="only these sources (comma-separated ids; the gold articles' originals "
                        "are then left out)")
    parser.add_argument("--notes", choices=("circled", "superscript", "bracketed"),
                        help="print every style's notes so (tools/factory/data/bracketed.jsonl.gz: bracketed)")
    args = parser.parse_args(argv)
    chosen = [s for s in (pending_sources() if args.pending else all_sources())
              if not args.sources or s["id"] in args.sources.split(",")]
    if not chosen:
        parser.error(f"no source named {args.sources}")
    items = renderings(args.ocr, chosen, args.ocr_styles, args.notes, args.dpi, args.call_size)
    if not (args.pending or args.only or args.sources):
        items = chain(originals(), items)
    if args.only:
        items = (item for item in items if item["extractor"] in args.only.split(","))
    with gzip.open(args.out, "wt", encoding="utf-8", compresslevel=9) as out:
        for n, item in enumerate(items, 1):
            out.write(json.dumps(item, ensure_ascii=False) + "\n")
            print(f"{n:4} {item['source']:5} {item['extractor']:18} {item['damage']}", file=sys.stderr)


if __name__ == "__main__":
    main()
