"""Running the pipeline over files and folders, writing JSONL, and never losing a document.

Every input yields records: its claims and a document record, or one error record that
says why it could not be processed. A bad file never stops the batch; files of a kind the
pipeline does not read are counted in the summary. The text extracted from a PDF or a web
page is written to the text folder, named by `doc_id` (unique within the run), since every
offset of its records points into it. Documents run in
parallel worker processes; output is streamed as documents finish, in input order when
asked (then byte-identical whatever the number of workers), and a resumed run skips the
documents whose records are already in the output.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from pipeline.api import process
from pipeline.engine import Config, pipeline_for
from pipeline.records import dumps, error_record
from pipeline.stages.dates import explain_lines
from pipeline.stages.ingest import SUFFIXES, InputError

Result = tuple[str, list[dict[str, Any]], list[str], str | None]  # path, records, explain lines, error
Job = tuple[Path, str | None, bool, Config | None, str, Path | None]  # path, problem, explain, config, doc_id, text folder


@dataclass
class Summary:
    documents: int = 0
    skipped: int = 0
    unread: int = 0  # files in the folders given whose kind the pipeline does not read
    claims: int = 0
    failures: list[tuple[str, str]] = field(default_factory=list)
    chars: int = 0
    seconds: float = 0.0

    def line(self) -> str:
        rate = self.chars / self.seconds if self.seconds else 0.0
        skipped = f" ({self.skipped} already done, skipped)" if self.skipped else ""
        unread = f", {self.unread} other files not read (not {'/'.join(SUFFIXES)})" if self.unread else ""
        return (
            f"{self.documents} documents{skipped}{unread}, {self.claims} claims, {len(self.failures)} failed, "
            f"{self.chars:,} chars in {self.seconds:.2f}s ({rate:,.0f} chars/s)"
        )


def discover(inputs: list[Path], unread: list[Path] | None = None) -> Iterator[tuple[Path, str | None]]:
    """Files to process, sorted, each with None or the reason it cannot be read; files of other
    kinds in the folders go to `unread`.

    Folders are walked without following symlinked folders (no loops); a missing path or a
    broken link is reported rather than skipped.
    """
    for item in inputs:
        if item.is_dir():
            found: list[Path] = []
            for root, dirs, files in os.walk(item, followlinks=False):
                dirs.sort()
                found += [Path(root) / f for f in files if f.lower().endswith(SUFFIXES)]
                if unread is not None:
                    unread += sorted(Path(root) / f for f in files if not f.lower().endswith(SUFFIXES))
            for path in sorted(found):
                yield path, None if path.exists() else "broken symlink"
        elif item.exists():
            yield item, None
        else:
            yield item, "broken symlink" if item.is_symlink() else "no such file or folder"


def process_file(path: Path, problem: str | None = None, explain: bool = False, config: Config | None = None,
                 doc_id: str | None = None, text_dir: Path | None = None) -> Result:
    """Records (and explain lines when asked) for one file, or the error message. Never raises for
    bad input. The text read from a PDF or web page is written to `text_dir` (default: beside the
    file) as `<doc_id>.txt`, and the document record names it (`text_path`)."""
    if problem:
        return str(path), [], [], problem
    try:
        doc = process(path, config, doc_id)
    except InputError as exc:
        return str(path), [], [], str(exc)
    records = doc.records()
    if doc.source != "text":
        folder = text_dir or path.parent
        folder.mkdir(parents=True, exist_ok=True)
        text_path = folder / f"{doc.doc_id}.txt"
        text_path.write_text(doc.raw, encoding="utf-8", newline="\n")
        records[-1]["text_path"] = str(text_path)
    return str(path), records, explain_lines(doc) if explain else [], None


def doc_ids(paths: list[Path]) -> list[str]:
    """Each file's `doc_id`: its name without extension, and `<name>~2`, `~3`… for later files
    of the same name (a.pdf beside a.txt), so that ids are unique within a run."""
    seen: dict[str, int] = {}
    ids = []
    for path in paths:
        seen[path.stem] = seen.get(path.stem, 0) + 1
        ids.append(path.stem if seen[path.stem] == 1 else f"{path.stem}~{seen[path.stem]}")
    return ids


def _process_item(item: Job) -> Result:
    """One document; a crash inside the pipeline is its error record, and the batch goes on."""
    try:
        return process_file(*item)
    except Exception as exc:  # noqa: BLE001  (any bug in a stage: recorded, not fatal to the run)
        return str(item[0]), [], [], f"internal error: {type(exc).__name__}: {exc}"


def _process_batch(items: list[Job]) -> list[Result]:
    return [_process_item(item) for item in items]


def _failed(item: Job, reason: str) -> Result:
    return str(item[0]), [], [], reason


def prepare_resume(out_path: Path) -> set[str]:
    """Paths already done in an output file; cuts off whatever follows the last complete document.

    A run stopped mid-document leaves that document's first claims (or half a line) after
    its last document or error record: they are removed, and the document runs again.
    """
    done: set[str] = set()
    if not out_path.exists():
        return done
    keep = 0
    with out_path.open("rb") as handle:
        offset = 0
        for line in handle:
            offset += len(line)
            if not line.endswith(b"\n"):
                break
            try:
                record = json.loads(line)
            except json.JSONDecodeError:
                break
            if record.get("kind") in ("document", "error") and "path" in record:
                done.add(record["path"])
                keep = offset
    with out_path.open("r+b") as handle:
        handle.truncate(keep)
    return done


def results(items: list[Job], workers: int, ordered: bool, engine: str = "local", scheduler: str | None = None) -> Iterator[Result]:
    """Process items, in worker processes when `workers` > 1 (or on a Dask cluster: `engine`
    "dask"), yielding results as they come."""
    chunk = max(1, min(16, len(items) // (workers * 8)))
    if engine == "dask":
        from .cluster import cluster_results

        yield from cluster_results(items, _process_batch, _failed, workers, ordered, scheduler, chunk)
        return
    if workers <= 1 or len(items) <= 1:
        yield from map(_process_item, items)
        return
    with multiprocessing.get_context("fork").Pool(workers) as pool:
        mapper = pool.imap if ordered else pool.imap_unordered
        yield from mapper(_process_item, items, chunksize=chunk)


def run(
    inputs: list[Path],
    out: TextIO,
    explain: TextIO | None = None,
    log: TextIO | None = None,
    workers: int = 1,
    ordered: bool = True,
    skip: set[str] | None = None,
    progress: Callable[[int, int], None] | None = None,
    config: Config | None = None,
    text_dir: Path | None = None,
    engine: str = "local",
    scheduler: str | None = None,
) -> Summary:
    """Process every input with the pipeline of `config`, streaming records to `out`; `skip`
    holds paths already done. The pipeline is built before the workers start: a bad
    configuration fails here (`ConfigError`), and the workers share its loaded resources."""
    summary = Summary()
    started = time.perf_counter()
    pipeline_for(config)
    unread: list[Path] = []
    found = list(discover(inputs, unread))
    summary.unread = len(unread)
    items = [(path, problem, doc_id) for (path, problem), doc_id in zip(found, doc_ids([p for p, _ in found]))]
    if skip:
        summary.skipped = sum(1 for path, _, _ in items if str(path) in skip)
        items = [item for item in items if str(item[0]) not in skip]
    jobs = [(path, problem, explain is not None, config, doc_id, text_dir) for path, problem, doc_id in items]
    id_of = {str(path): doc_id for path, _, doc_id in items}
    for done, (path, records, explained, error) in enumerate(results(jobs, workers, ordered, engine, scheduler), 1):
        summary.documents += 1
        if error:
            summary.failures.append((path, error))
            out.write(dumps(error_record(id_of[path], path, error)) + "\n")
            if log:
                log.write(f"error: {path}: {error}\n")
        else:
            out.writelines(dumps(record) + "\n" for record in records)
            summary.claims += sum(1 for r in records if "date" in r)
            summary.chars += next(r["chars"] for r in records if r.get("kind") == "document")
            if explain:
                explain.writelines(line + "\n" for line in explained)
        out.flush()
        if progress:
            progress(done, len(items))
    summary.seconds = time.perf_counter() - started
    return summary
