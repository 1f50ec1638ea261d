"""End-to-end scores of the scan route on sources no model of the OCR route or the layout saw.

`python -m tools.factory.measure_scan [--sources f02,f06,…]`: each source is typeset in two
looks (7: circled notes, 2: superscript calls), every page rasterized at 150 dpi into an
image-only PDF (a scan), read as `claims run` reads it (OCR, the page marks of
`ingest.raised`, the shipped line-role model), and its claims and note pairing compared with
the clean source's (`measure.compare`), and, as OCR garbles much of the notes' text, whether
each claim is paired with the reading of its own note (`right_notes`). Minutes per source: each
page goes through Tesseract.
"""

from __future__ import annotations

import argparse
import random
import tempfile
from collections import Counter
from difflib import SequenceMatcher
from pathlib import Path

from pipeline.stages.ingest import read_source
from pipeline.stages.ingest.raised_train import HELD_OUT
from pipeline.stages.layout.model import load

from .measure import Key, _norm, claim_notes, compare, read
from .source import all_sources, pending_sources
from .typeset import Style, render
from .web import web_page

LOOKS = (7, 2)
SCAN_DPI = 150
RIGHT_NOTE = 0.5  # least likeness of the clean note and the reading taken for it


def scanned(pdf: Path | bytes, out: Path, dpi: int = SCAN_DPI) -> Path:
    """The PDF (a file or its bytes) as a scan: each page an image, no text layer."""
    import pypdfium2 as pdfium

    source, scan = pdfium.PdfDocument(pdf), pdfium.PdfDocument.new()
    for page in source:
        width, height = page.get_size()
        image = pdfium.PdfImage.new(scan)
        image.set_bitmap(page.render(scale=dpi / 72, grayscale=True))
        image.set_matrix(pdfium.PdfMatrix().scale(width, height))
        new = scan.new_page(width, height)
        new.insert_obj(image)
        new.gen_content()
    scan.save(out)
    return out


def measure(ids: list[str]) -> dict[tuple[str, int], Counter[str]]:
    sources = {s["id"]: s for s in all_sources() + pending_sources()}
    model, counts = load(), {}
    with tempfile.TemporaryDirectory() as tmp:
        for sid in ids:
            clean = claim_notes("\n".join(web_page(sources[sid], random.Random(0))[0]), None)
            for look in LOOKS:
                pdf = render(sources[sid], Style.draw(random.Random(look))).pdf
                path = scanned(pdf, Path(tmp, f"{sid}_{look}.pdf"))
                doc, got_notes = read(read_source(path).raw, model)
                n, got, same, noted, paired = compare(clean, got_notes)
                right = right_notes(clean, got_notes, [_norm(note.text.text) for note in doc.notes])
                counts[sid, look] = Counter(clean=n, got=got, same=same, noted=noted, paired=paired, right=right)
                print(_row(f"{sid} look {look}", counts[sid, look]), flush=True)
    return counts


def right_notes(clean: dict[Key, str | None], got: dict[Key, str | None], notes: list[str]) -> int:
    """The clean claims with a note whose reading is paired with the OCR reading of that note:
    of the document's notes as read, the one most like the clean note's text (OCR garbles
    Japanese, Russian and much English: the same-text measure of `compare` cannot see the
    right note through it)."""
    right = 0
    for key, note in clean.items():
        if note and got.get(key) and notes:
            best = max(notes, key=lambda n: SequenceMatcher(None, note, n, autojunk=False).ratio())
            right += got[key] == best and SequenceMatcher(None, note, best, autojunk=False).ratio() >= RIGHT_NOTE
    return right


def _row(name: str, c: Counter[str]) -> str:
    f1 = 2 * c["same"] / (c["clean"] + c["got"]) if c["clean"] + c["got"] else 0.0
    pairing, right = c["paired"] / max(c["noted"], 1), c["right"] / max(c["noted"], 1)
    return (f"{name:14} claims F1 {f1:.3f}  note pairing {c['paired']:3}/{c['noted']:3} = {pairing:.3f}"
            f"  the right note {c['right']:3} = {right:.3f}")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sources", default=",".join(HELD_OUT))
    counts = measure(parser.parse_args(argv).sources.split(","))
    print(_row("all", sum(counts.values(), Counter())))


if __name__ == "__main__":
    main()
