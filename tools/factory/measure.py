"""End-to-end scores on factory renderings of articles kept out of the model's training.

`python -m tools.factory.measure [--data FILE]`: for each source, a line-role model is trained
without it; every rendering of the source is run through the layout (rules alone, and rules
with that model), sentences, dates and the citation walk; its claims are compared with the
clean source's. Claims are the same when their EDTF value and date text (whitespace aside)
agree, in order; note pairing counts the clean claims with a note whose rendering gives the
same note text (similarity 0.9 or more: extraction drops a hyphen at a line break). The clean source is the article file itself for the gold articles (whose
claims and pairing score 1.000 against gold), the web-page rendering for written sources.
"""

from __future__ import annotations

import argparse
import re
import unicodedata
from collections import Counter, defaultdict
from difflib import SequenceMatcher
from pathlib import Path
from typing import Sequence

from pipeline.document import Document
from pipeline.stages.citations.markers import cite, find_markers, pair_note
from pipeline.stages.dates import place_mentions
from pipeline.stages.layout import analyze, rules
from pipeline.stages.layout.geometry import LineBox
from pipeline.stages.layout.model import LineRoleModel
from pipeline.stages.layout.train import (
    TRAINING_DATA,
    cross_validation_table,
    examples,
    leave_one_source_out,
    printed_lines,
    read_items,
)
from pipeline.stages.sentences import segment

Key = tuple[str, str, int]
SAME_NOTE = 0.9  # similarity from which two note texts are the same note


def claim_notes(text: str, model: LineRoleModel | None,
                measured: list[LineBox | None] | None = None) -> dict[Key, str | None]:
    """Each claim of the text (value, date text, occurrence) → its note's text, or None; with
    `measured`, the lines' printed boxes (a PDF's reading) go to the model."""
    return read(text, model, measured)[1]


def read(text: str, model: LineRoleModel | None,
         measured: list[LineBox | None] | None = None) -> tuple[Document, dict[Key, str | None]]:
    """The document read, and its claims' notes (`claim_notes`)."""
    doc = Document(doc_id="x", path=Path("x.txt"), raw=text)
    analyze(doc, model, measured) if model else rules.analyze(doc)
    segment(doc)
    placed = [p for p in place_mentions(doc) if p.is_claim]
    markers = find_markers(doc)
    sentences = {p.sentence for p in placed}
    seen: Counter[tuple[str, str]] = Counter()
    out: dict[Key, str | None] = {}
    for p in placed:
        pair = (p.mention.value, "".join(doc.body.text[p.start : p.end].split()))
        key = (*pair, seen[pair])
        seen[pair] += 1
        marker = cite(doc, p.start, p.sentence, sentences, markers)
        note = pair_note(doc, marker, markers)[0] if marker else None
        out[key] = _norm(note.text.text) if note else None
    return doc, out


def character_error_rate(read: str, reference: str) -> float:
    """Levenshtein distance over the reference's length, whitespace aside (OCR and a text layer
    break lines differently): the usual measure of an OCR reading, by rapidfuzz's C code."""
    from rapidfuzz.distance import Levenshtein

    read, reference = re.sub(r"\s", "", read), re.sub(r"\s", "", reference)
    return Levenshtein.distance(read, reference) / max(len(reference), 1)


def _norm(text: str) -> str:
    return "".join(unicodedata.normalize("NFKC", text).split())


def compare(clean: dict[Key, str | None], got: dict[Key, str | None]) -> tuple[int, int, int, int, int]:
    """(clean claims, got claims, same claims, clean claims with a note, of them paired alike)."""
    same = clean.keys() & got.keys()
    noted = [k for k in clean if clean[k]]
    return len(clean), len(got), len(same), len(noted), sum(_same_note(clean[k], got.get(k)) for k in noted)


def _same_note(clean: str, got: str | None) -> bool:
    """The same note, up to what extraction changes inside it (a hyphen lost at a line break)."""
    return got is not None and SequenceMatcher(None, clean, got, autojunk=False).ratio() >= SAME_NOTE


def measure(data_paths: Sequence[Path]) -> tuple[str, dict[tuple[str, str], Counter[str]]]:
    """The leave-one-source-out line-role table, and the end-to-end counts per extractor, note
    style, damage and source, each for the rules alone and with the model trained without the
    source."""
    items = list(read_items(data_paths))
    data = examples(data_paths)
    models = leave_one_source_out(data)
    clean = {i["source"]: claim_notes(i["text"], None) for i in items if i["extractor"] == "original"}
    for i in items:
        if i["extractor"] == "web" and i["source"] not in clean:
            clean[i["source"]] = claim_notes(i["text"], None)
    totals: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for source in sorted(clean):
        model = models[source]
        for item in (i for i in items if i["source"] == source and i["extractor"] != "original"):
            for name, used in (("rules", None), ("model", model)):
                got = claim_notes(item["text"], used, printed_lines(item))
                n, g, s, noted, paired = compare(clean[source], got)
                counts = Counter(clean=n, got=g, same=s, noted=noted, paired=paired, renderings=1)
                totals[item["extractor"], name].update(counts)
                totals[f"notes: {item['notes']}", name].update(counts)
                totals[f"damage: {item['damage']}", name].update(counts)
                totals[f"source: {source}", name].update(counts)
    return cross_validation_table(data, models), totals


def table(totals: dict[tuple[str, str], Counter[str]]) -> str:
    rows = [f"{'renderings':24} {'layout':6} {'docs':>5} {'P':>6} {'R':>6} {'F1':>6} {'notes':>6}"]
    for (extractor, layout), c in sorted(totals.items()):
        p = c["same"] / c["got"] if c["got"] else 0.0
        r = c["same"] / c["clean"] if c["clean"] else 0.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        notes = c["paired"] / c["noted"] if c["noted"] else float("nan")
        rows.append(f"{extractor:24} {layout:6} {c['renderings']:5} {p:6.3f} {r:6.3f} {f1:6.3f} {notes:6.3f}")
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, nargs="+", default=list(TRAINING_DATA))
    roles, totals = measure(parser.parse_args(argv).data)
    print("Line roles, leave one source out (lines of renderings of a source the model never saw):")
    print(roles)
    print("\nEnd to end, leave one source out: claims against the clean source's, and note pairing:")
    print(table(totals))


if __name__ == "__main__":
    main()
