"""Running the pipeline over files and folders, writing JSONL, and never losing a document.

Every input yields records: its claims and a document record, or one error record that
says why it could not be processed. A bad file never stops the batch.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from .api import process
from .claims import explain_lines, extract_claims
from .ingest import InputError
from .records import document_record, dumps, error_record

SUFFIXES = (".txt",)


@dataclass
class Summary:
    documents: int = 0
    claims: int = 0
    failures: list[tuple[str, str]] = field(default_factory=list)
    chars: int = 0
    seconds: float = 0.0

    def line(self) -> str:
        rate = self.chars / self.seconds if self.seconds else 0.0
        return (
            f"{self.documents} documents, {self.claims} claims, {len(self.failures)} failed, "
            f"{self.chars} chars in {self.seconds:.2f}s ({rate:,.0f} chars/s)"
        )


def discover(inputs: list[Path]) -> Iterator[tuple[Path, str | None]]:
    """Files to process, sorted, each with None or the reason it cannot be read.

    Folders are walked without following symlinked folders (no loops); a missing path or a
    broken link is reported rather than skipped.
    """
    for item in inputs:
        if item.is_dir():
            found: list[Path] = []
            for root, dirs, files in os.walk(item, followlinks=False):
                dirs.sort()
                found += [Path(root) / f for f in files if f.endswith(SUFFIXES)]
            for path in sorted(found):
                yield path, None if path.exists() else "broken symlink"
        elif item.exists():
            yield item, None
        else:
            yield item, "broken symlink" if item.is_symlink() else "no such file or folder"


def process_file(path: Path) -> tuple[list[dict[str, Any]], list[str], str | None]:
    """Records and explain lines for one file, or the error message."""
    try:
        doc = process(path)
    except InputError as exc:
        return [], [], str(exc)
    claims = extract_claims(doc)
    return claims + [document_record(doc, claims)], explain_lines(doc), None


def run(inputs: list[Path], out: TextIO, explain: TextIO | None = None, log: TextIO | None = None) -> Summary:
    """Process every input in order, streaming records to `out`."""
    summary = Summary()
    started = time.perf_counter()
    for path, problem in discover(inputs):
        summary.documents += 1
        records, explained, error = ([], [], problem) if problem else process_file(path)
        if error:
            summary.failures.append((str(path), error))
            out.write(dumps(error_record(path.stem, str(path), error)) + "\n")
            if log:
                log.write(f"error: {path}: {error}\n")
            continue
        for record in records:
            out.write(dumps(record) + "\n")
        summary.claims += sum(1 for r in records if "date" in r)
        summary.chars += next(r["chars"] for r in records if r.get("kind") == "document")
        if explain:
            explain.writelines(line + "\n" for line in explained)
    summary.seconds = time.perf_counter() - started
    return summary
