"""Labelled ink clusters for the raised-marker model (pipeline/stages/ingest/raised.py).

`python -m tools.factory.raised --out tools/factory/data/raised_markers.jsonl.gz`: each source
is typeset in the build's looks; each page is scanned (rasterized at 150, 200 or 300 dpi, drawn
at random) and drawn again at the OCR resolution, as `claims run` draws a scanned page; every
cluster of ink that may be a marker is described, and labelled a marker where its box meets the
box of a note marker of the page's text layer (a circled number, or digits set small: a
superscript), not the one opening a line; and every cluster opening a line, labelled a note's
number where it meets the number opening a note in the text layer (its lines labelled as the
build labels them).
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import re
import sys
from pathlib import Path
from typing import Any, Iterator

import numpy as np

from pipeline.stages.ingest.pdf import OCR_DPI, read_pdf
from pipeline.stages.ingest.raised import FEATURES_VERSION, clusters

from .build import STYLES_PER_SOURCE, _seed
from .label import label_lines
from .source import all_sources, pending_sources
from .typeset import CIRCLED, Style, render

SCAN_DPI = (150, 200, 300)
MARKER_GLYPHS = CIRCLED + "⁰¹²³⁴⁵⁶⁷⁸⁹"
Box = tuple[float, float, float, float]
NOTE_HEAD = re.compile(f"\\s*([{CIRCLED}]|[0-9⁰¹²³⁴⁵⁶⁷⁸⁹]{{1,2}}(?=\\s))")  # a note line's own number


def labelled(sources: list[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    """One row per candidate cluster: source, look, page, scan dpi, features, marker or not."""
    import pypdfium2 as pdfium
    from PIL import Image

    for source in sources:
        for k in range(STYLES_PER_SOURCE):
            seed = _seed(source["id"], k)
            rng = random.Random(seed)
            style = Style.draw(rng)
            rendering = render(source, style)
            read = read_pdf(rendering.pdf)
            printed = text_layer_marks(read.raw, read.boxes, label_lines(read.raw, rendering.segments))
            document = pdfium.PdfDocument(rendering.pdf)
            for number, page in enumerate(document, 1):
                dpi = rng.choice(SCAN_DPI)
                scan = page.render(scale=dpi / 72, grayscale=True).to_pil().convert("L")
                width, height = page.get_size()
                drawn = scan.resize((round(width * OCR_DPI / 72), round(height * OCR_DPI / 72)), Image.BILINEAR)
                calls, opening = clusters(np.asarray(drawn))
                for kind, found in (("call", calls), ("note_number", opening)):
                    truth = _pixels(printed[kind].get(number, []), height)
                    for cluster in found:
                        hit = any(cluster.left < r and l < cluster.right and cluster.top < b and t < cluster.bottom
                                  for l, t, r, b in truth)
                        yield {"source": source["id"], "look": seed, "notes": style.notes, "page": number, "dpi": dpi,
                               "kind": kind, "features": {n: round(v, 4) for n, v in cluster.features.items()},
                               "marker": hit}


def text_layer_marks(raw: str, boxes: list[Any], roles: list[str]) -> dict[str, dict[int, list[Box]]]:
    """What the text layer prints where, page by page (boxes in PDF points: left, bottom, right,
    top): `call`, the markers inside a line (a circled number, or digits set small: a
    superscript), and `note_number`, the number opening a note line (`roles`, as the build
    labels lines)."""
    found: dict[str, dict[int, list[Box]]] = {"call": {}, "note_number": {}}
    start = 0
    for line, role in zip(raw.split("\n"), roles):
        opened = len(line) - len(line.lstrip())
        spans = [[k] for k in range(opened + 1, len(line)) if line[k] in MARKER_GLYPHS]
        head = NOTE_HEAD.match(line)
        numbers = [list(range(*head.span(1)))] if role == "note_start" and head else []
        for kind, places in (("call", spans), ("note_number", numbers)):
            for place in places:
                printed = [boxes[start + k] for k in place]
                if all(printed):
                    found[kind].setdefault(printed[0][0], []).append(
                        (min(b[1] for b in printed), min(b[2] for b in printed),
                         max(b[3] for b in printed), max(b[4] for b in printed)))
        start += len(line) + 1
    return found


def _pixels(boxes: list[Box], height: float) -> list[Box]:
    """PDF-point boxes (left, bottom, right, top) as pixel boxes at OCR_DPI (left, top, right, bottom)."""
    scale = OCR_DPI / 72
    return [(left * scale, (height - top) * scale, right * scale, (height - bottom) * scale)
            for left, bottom, right, top in boxes]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args(argv)
    rows = 0
    with gzip.open(args.out, "wt", encoding="utf-8", compresslevel=9) as out:
        out.write(json.dumps({"features_version": FEATURES_VERSION}) + "\n")
        for row in labelled(all_sources() + pending_sources()):
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
            rows += 1
            if rows % 1000 == 0:
                print(f"{rows} clusters, at {row['source']}", file=sys.stderr)


if __name__ == "__main__":
    main()
