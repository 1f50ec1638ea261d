"""Benchmark: throughput, start-up, memory and scaling, measured side by side in one run.

    .venv/bin/python tests/benchmark.py [--docs 1000]

Prints end-to-end chars/s (1 and 2 workers), chars/s of each stage, the NER model alone,
start-up time and peak memory, pages/s of PDF input (text layer, and OCR of a scan), of OCR
text (.txt) and of web pages, the layout stage with its line-role model beside the rules
alone, with the ratios the targets are stated in: end-to-end ≥ 0.5× NER alone; start-up
≤ 2 s; peak memory ≤ 1 GiB; 2 workers ≥ 1.7× one; an OCR worker ≤ 1.5 GiB.
Every chars/s rate counts characters of the raw text, so they compare directly. "NER
model alone" is the statistical model (`recognizer.backend()`, LAC by default) over every body
sentence; the pipeline runs it only on the sentences that hold claims. Nothing is cached
across documents, so the replicated copies cost what distinct articles of their size do.
Not a test: machines are noisy, so the numbers are printed, not asserted.
"""

from __future__ import annotations

import argparse
import json
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline import build  # noqa: E402
from pipeline.document import Document  # noqa: E402
from pipeline.stages.actors import Actors  # noqa: E402
from pipeline.stages.actors.recognizer import backend  # noqa: E402
from pipeline.stages.events import Events  # noqa: E402
from pipeline.stages.ingest import read_raw  # noqa: E402
from pipeline.stages.layout import Layout  # noqa: E402
from pipeline.stages.layout.train import HELD_OUT, PENDING  # noqa: E402
from pipeline.stages.sentences import clean_sentence  # noqa: E402

CORPUS = ROOT / "corpus"
CLAIMS = Path(sys.executable).parent / "claims"


def replicate(folder: Path, count: int) -> int:
    """`count` copies of the corpus articles; returns their total characters."""
    sources = sorted(CORPUS.glob("*.txt"))
    chars = 0
    for i in range(count):
        src = sources[i % len(sources)]
        shutil.copyfile(src, folder / f"{i:05d}_{src.name}")
        chars += len(src.read_text(encoding="utf-8"))
    return chars


def timed(fn: Callable[[], object], repeat: int = 1) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - start)
    return best


def stage_rates(rounds: int) -> dict[str, float]:
    """chars/s of each stage of the default pipeline over the corpus, run `rounds` times, each
    stage over documents the stages before it filled; plus the rules-only layout, the NER model
    alone, the actors of every sentence and the optional events stage."""
    paths = sorted(CORPUS.glob("*.txt"))
    raws = [read_raw(p)[0] for p in paths]
    chars = sum(map(len, raws)) * rounds
    pipeline = build()

    def fresh() -> list[Document]:
        return [Document(p.stem, p, raw) for p, raw in zip(paths, raws)]

    def each(stage: Callable[[Document], Document], docs: Callable[[], list[Document]]) -> Callable[[], None]:
        return lambda: [stage(doc) for _ in range(rounds) for doc in docs()]

    rates = {"read": chars / timed(lambda: [read_raw(p) for _ in range(rounds) for p in paths])}
    rates["layout: rules alone + normalize"] = chars / timed(each(Layout(line_model=""), fresh))
    docs = fresh()
    for stage in pipeline.stages:
        rates[stage.name if stage.name != "layout" else "layout + normalize"] = chars / timed(
            each(stage, fresh if stage.name == "layout" else lambda: docs))
        for doc in docs:
            stage(doc)
        if stage.name == "sentences":
            model = backend()
            rates["NER model alone (every sentence)"] = chars / timed(
                lambda: [model(clean_sentence(d, k).text) for _ in range(rounds) for d in docs for k in range(len(d.sentences))])
            rates["actors: rules + model (every sentence)"] = chars / timed(each(Actors(sentences="all"), lambda: docs))
    rates["events (optional, after the default stages)"] = chars / timed(each(Events(), lambda: docs))
    return rates


def pdf_rates(folder: Path, rounds: int) -> dict[str, float]:
    """Pages/s of `claims run` on one worker for a factory PDF of the held-out f02 (text layer)
    and for a scan of its first two pages (OCR), with the PDF's chars/s of raw text and the
    peak memory of the OCR run (MiB, largest process: Tesseract is a child of the worker)."""
    import random

    import pypdfium2 as pdfium

    from tools.factory.measure_scan import scanned
    from tools.factory.source import all_sources
    from tools.factory.typeset import Style, render

    source = next(s for s in all_sources() if s["id"] == "f02")
    texts, scans = folder / "pdf", folder / "scan"
    texts.mkdir()
    scans.mkdir()
    pdf = render(source, Style.draw(random.Random(7))).pdf
    for k in range(rounds):
        (texts / f"f02_{k}.pdf").write_bytes(pdf)
    pages = len(pdfium.PdfDocument(pdf)) * rounds
    two = pdfium.PdfDocument.new()
    two.import_pages(pdfium.PdfDocument(pdf), [0, 1])
    two.save(folder / "two.pdf")
    scanned(folder / "two.pdf", scans / "f02_scan.pdf")
    text_seconds, _ = run_cli(texts, 1, folder / "pdf.jsonl")
    ocr_seconds, ocr_memory = run_cli(scans, 1, folder / "scan.jsonl")
    chars = sum(len(read_raw(p)[0]) for p in (folder / "texts").glob("f02_*.txt"))
    return {"PDF text layer (pages/s)": pages / text_seconds, "PDF text layer (chars/s)": chars / text_seconds,
            "PDF scan, OCR (pages/s)": 2 / ocr_seconds, "PDF scan, OCR peak memory (MiB)": ocr_memory / 1024}


def html_rates(folder: Path) -> dict[str, float]:
    """Pages/s and chars/s (of the text read) of `claims run` on one worker for the factory's
    journal web pages as sites print them (tools/factory/data/web_pages.jsonl.gz)."""
    import gzip

    pages, texts = folder / "web", folder / "web_texts"
    pages.mkdir()
    with gzip.open(ROOT / "tools" / "factory" / "data" / "web_pages.jsonl.gz", "rt", encoding="utf-8") as stored:
        for page in map(json.loads, stored):
            (pages / f"{page['page']}.html").write_text(page["html"], encoding="utf-8")
    seconds, _ = run_cli(pages, 1, folder / "web.jsonl", "--text-dir", str(texts))
    chars = sum(len(read_raw(p)[0]) for p in texts.glob("*.txt"))
    return {"web pages (pages/s)": len(list(pages.iterdir())) / seconds,
            "web pages (chars/s of the text read)": chars / seconds}


def ocr_text_rates(folder: Path) -> dict[str, float]:
    """Documents/s and chars/s of `claims run` on one worker for OCR text someone else's OCR
    made (.txt, no page image): the factory's Tesseract readings of the held-out and pending
    sources (tools/factory/data/ocr_readings.jsonl.gz, pending_ocr.jsonl.gz), where the calls
    are looked for among OCR's debris (pipeline/stages/layout/debris.py)."""
    import gzip

    texts = folder / "ocr_texts"
    texts.mkdir()
    chars = 0
    for name in ("ocr_readings.jsonl.gz", "pending_ocr.jsonl.gz"):
        with gzip.open(ROOT / "tools" / "factory" / "data" / name, "rt", encoding="utf-8") as stored:
            for k, item in enumerate(map(json.loads, stored)):
                if item["extractor"] == "tesseract" and item["source"] in HELD_OUT + PENDING:
                    (texts / f"{item['source']}_{k}.txt").write_text(item["text"], encoding="utf-8")
                    chars += len(item["text"])
    seconds, _ = run_cli(texts, 1, folder / "ocr_texts.jsonl")
    return {"OCR text (documents/s)": len(list(texts.iterdir())) / seconds, "OCR text (chars/s)": chars / seconds}


def export_rates(claims: Path, folder: Path) -> dict[str, float]:
    """Records/s of exporting the end-to-end run's output, and the exporting process's own peak
    memory for that output and for ten copies of it (bounded: the two should be close)."""
    records = sum(1 for _ in claims.open(encoding="utf-8"))
    code = ("import resource, sys; from pathlib import Path; from pipeline.app.export import export; "
            "to, _, events = sys.argv[1].partition('+'); "
            "export([Path(p) for p in sys.argv[3:]], to, Path(sys.argv[2]), events=events == 'events'); "
            "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)")
    tenfold = folder / "tenfold.jsonl"
    with tenfold.open("w", encoding="utf-8") as out:
        for k in range(10):  # the same records under other ids: keys stay unique
            for line in claims.open(encoding="utf-8"):
                record = json.loads(line)
                record["doc_id"] += f"~{k}"
                record["path"] = record.get("path", "") + f"~{k}"
                if "claim_id" in record:
                    record["claim_id"] = record["claim_id"].replace("#", f"~{k}#")
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
    rates = {}
    for to in ("sqlite", "parquet", "parquet+events"):  # the events across articles keep each claim's key: linear
        for copies, source in ((1, claims), (10, tenfold)):
            start = time.perf_counter()
            done = subprocess.run([sys.executable, "-c", code, to, str(folder / f"export{copies}.{to}"), str(source)],
                                  check=True, capture_output=True, text=True, cwd=ROOT)
            if copies == 1:
                rates[f"export to {to} (records/s)"] = records / (time.perf_counter() - start)
            rates[f"export to {to}, {copies}× the records: peak memory (MiB)"] = int(done.stdout) / 1024
    return rates


def run_cli(folder: Path, workers: int, out: Path, *extra: str) -> tuple[float, int]:
    """Wall seconds and peak resident memory (KiB, largest process) of `claims run`."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    start = time.perf_counter()
    subprocess.run([str(CLAIMS), "run", str(folder), "--out", str(out), "--workers", str(workers), "--no-progress", *extra],
                   check=False, capture_output=True)
    seconds = time.perf_counter() - start
    return seconds, max(before, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=5, help="repetitions of the corpus for the per-stage rates")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "docs"
        folder.mkdir()
        total = replicate(folder, args.docs)
        one = Path(tmp) / "one"
        one.mkdir()
        replicate(one, 1)
        startup, _ = run_cli(one, 1, Path(tmp) / "one.jsonl")
        t1, mem1 = run_cli(folder, 1, Path(tmp) / "w1.jsonl")
        t2, mem2 = run_cli(folder, 2, Path(tmp) / "w2.jsonl")
        same = (Path(tmp) / "w1.jsonl").read_bytes() == (Path(tmp) / "w2.jsonl").read_bytes()
        d1, _ = run_cli(folder, 1, Path(tmp) / "d1.jsonl", "--engine", "dask")
        d2, _ = run_cli(folder, 2, Path(tmp) / "d2.jsonl", "--engine", "dask")
        same_dask = all((Path(tmp) / f"d{k}.jsonl").read_bytes() == (Path(tmp) / "w1.jsonl").read_bytes() for k in (1, 2))
        pdf = pdf_rates(Path(tmp), args.rounds)
        web = html_rates(Path(tmp))
        ocr_text = ocr_text_rates(Path(tmp))
        exported = export_rates(Path(tmp) / "w1.jsonl", Path(tmp))
    rates = stage_rates(args.rounds)
    e2e1, e2e2 = total / t1, total / t2
    ner = rates["NER model alone (every sentence)"]
    print(f"corpus replicated to {args.docs} documents, {total:,} chars")
    print(f"{'measure':<58}{'value':>16}")
    print(f"{'end-to-end, 1 worker (chars/s)':<58}{e2e1:>16,.0f}")
    print(f"{'end-to-end, 2 workers (chars/s)':<58}{e2e2:>16,.0f}")
    for name, rate in rates.items():
        print(f"{'stage: ' + name + ' (chars/s)':<58}{rate:>16,.0f}")
    print(f"{'start-up, one-file run (s)':<58}{startup:>16.2f}")
    print(f"{'peak memory, largest process (MiB)':<58}{max(mem1, mem2) / 1024:>16.0f}")
    print(f"{'output identical, 1 vs 2 workers':<58}{str(same):>16}")
    print(f"{'documents/s, local pool, 1 and 2 workers':<58}{args.docs / t1:>8.1f}{args.docs / t2:>8.1f}")
    print(f"{'documents/s, Dask local cluster, 1 and 2 workers':<58}{args.docs / d1:>8.1f}{args.docs / d2:>8.1f}")
    print(f"{'Dask output identical to the local pool':<58}{str(same_dask):>16}")
    tasks = -(-args.docs // max(1, min(16, args.docs // 8)))  # batches of one worker's run (pipeline.app.batch)
    print(f"{'Dask cost per task, cluster start-up included (ms)':<58}{1000 * (d1 - t1) / tasks:>16.1f}")
    for name, value in {**pdf, **web, **ocr_text, **exported}.items():
        print(f"{name:<58}{value:>16,.2f}")
    rules_only = rates["layout: rules alone + normalize"]
    print(f"{'layout with the line-role model / rules alone':<58}{rates['layout + normalize'] / rules_only:>16.2f}")
    print()
    print("targets (ratio: measured / target, ≥ 1 meets it)")
    print(f"  end-to-end ≥ 0.5× NER alone: {e2e1 / ner:.2f}× NER → {e2e1 / ner / 0.5:.2f}")
    print(f"  start-up ≤ 2 s: {startup:.2f} s → {2 / startup:.2f}")
    print(f"  peak memory ≤ 1 GiB: {max(mem1, mem2) / 1024:.0f} MiB → {1024 * 1024 / max(mem1, mem2):.2f}")
    print(f"  2 workers ≥ 1.7× one: {t1 / t2:.2f}× → {t1 / t2 / 1.7:.2f}")
    ocr_memory = pdf["PDF scan, OCR peak memory (MiB)"]
    print(f"  OCR worker peak memory ≤ 1.5 GiB: {ocr_memory:.0f} MiB → {1536 / ocr_memory:.2f}")


if __name__ == "__main__":
    main()
