"""Claims JSONL as tables that analysis tools read: Parquet, CSV, SQLite or DuckDB.

The records are read line by line and written in batches, so memory stays bounded whatever
the number of documents; with `events`, each claim's comparable form (pipeline/same_event) is
kept too and the claims are grouped into events at the end, so memory grows with the claims
(the benchmark measures it). Every table has a stable key (`doc_id`; `claim_id`; `claim_id` and
`position` for a claim's actors and references) and the schema of `SCHEMA`: dates are real
dates (`earliest`/`latest`, `pipeline.app.dates`), flags booleans, spans two integer columns.
Text keeps no raw line breaks in `date_text` (the date as written, its breaks removed).
"""

from __future__ import annotations

import csv
import json
import sqlite3
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

from pipeline.same_event.features import ClaimKey, claim_keys
from pipeline.same_event.model import Event, group_keys

from .dates import bounds

FORMATS = ("parquet", "csv", "sqlite", "duckdb")
BATCH = 5000  # rows per table held before they are written
SCHEMA: dict[str, list[tuple[str, str]]] = {  # table → columns (name, type: text | int | float | bool | date | list of text)
    "documents": [("doc_id", "text"), ("path", "text"), ("title", "text"), ("authors", "list"), ("journal", "text"),
                  ("issue", "text"), ("doi", "text"), ("source", "text"), ("encoding", "text"),
                  ("text_path", "text"), ("chars", "int"), ("layout_mode", "text"), ("pages", "int"),
                  ("page_labels", "list"), ("paragraphs", "int"), ("sentences", "int"), ("notes", "int"),
                  ("reference_entries", "int"), ("claims", "int"), ("cited_claims", "int")],
    "claims": [("claim_id", "text"), ("doc_id", "text"), ("date_text", "text"), ("value", "text"), ("mod", "text"),
               ("earliest", "date"), ("latest", "date"), ("precision", "text"), ("anchor", "text"),
               ("raw_start", "int"), ("raw_end", "int"), ("page_index", "int"), ("page_label", "text"), ("pdf_page", "int"),
               ("sentence", "text"),
               ("optional", "bool"), ("optional_reason", "text"), ("event_type", "text"), ("event_code", "text"),
               ("event_trigger", "text"), ("event_confidence", "float")],
    "actors": [("claim_id", "text"), ("position", "int"), ("text", "text"), ("type", "text"),
               ("canonical", "text"), ("label_en", "text"), ("iso", "text"), ("raw_start", "int"), ("raw_end", "int")],
    "citations": [("claim_id", "text"), ("marker", "text"), ("raw_start", "int"), ("raw_end", "int"),
                  ("page_index", "int"), ("page_label", "text"), ("note_id", "text"), ("note", "text"),
                  ("pairing", "text"), ("truncated", "bool")],
    "references": [("claim_id", "text"), ("position", "int"), ("note_id", "text"), ("type", "text"),
                   ("author", "text"), ("title", "text"), ("container_title", "text"), ("publisher", "text"),
                   ("issued", "text"), ("url", "text"), ("accessed", "text")],
    "errors": [("doc_id", "text"), ("path", "text"), ("error", "text")],
    "events": [("event_id", "text"), ("value", "text"), ("earliest", "date"), ("latest", "date"), ("precision", "text"),
               ("event_type", "text"), ("actors", "list"), ("claims", "int"), ("documents", "int"),
               ("doc_ids", "list"), ("claim_ids", "list"), ("note_ids", "list")],
    "event_claims": [("event_id", "text"), ("claim_id", "text"), ("doc_id", "text")],
}
KEYS = {"documents": ("doc_id",), "claims": ("claim_id",), "actors": ("claim_id", "position"),
        "citations": ("claim_id",), "references": ("claim_id", "position"), "errors": ("path",),
        "events": ("event_id",), "event_claims": ("claim_id",)}
EVENT_TABLES = ("events", "event_claims")  # written with `events` only
TABLES = tuple(t for t in SCHEMA if t not in EVENT_TABLES)


def rows(records: Iterable[dict[str, Any]]) -> Iterator[tuple[str, dict[str, Any]]]:
    """(table, row) for every record: a document, an error, or a claim with its actors,
    citation and references."""
    for record in records:
        kind = record.get("kind")
        if kind in ("document", "error"):
            yield ("documents" if kind == "document" else "errors"), record
            continue
        if "date" not in record:
            continue
        date_ = record["date"]
        earliest, latest, precision = bounds(date_["value"], date_["mod"])
        claim_id = record["claim_id"]
        yield "claims", {
            "claim_id": claim_id, "doc_id": record["doc_id"], "date_text": "".join(date_["text"].split()),
            "value": date_["value"], "mod": date_["mod"], "earliest": earliest, "latest": latest,
            "precision": precision, "anchor": date_["anchor"], "raw_start": date_["source_span"][0],
            "raw_end": date_["source_span"][1], "page_index": date_.get("page_index"),
            "page_label": date_.get("page_label"), "pdf_page": date_.get("pdf_page"), "sentence": record["sentence"],
            "optional": bool(record.get("optional")), "optional_reason": record.get("optional_reason"),
            **_event_columns(record.get("event"))}
        for k, actor in enumerate(record["actors"], 1):
            span = actor.get("source_span") or [None, None]
            yield "actors", {"claim_id": claim_id, "position": k, **actor, "raw_start": span[0], "raw_end": span[1]}
        citation = record.get("citation")
        if citation:
            yield "citations", {"claim_id": claim_id, **citation, "raw_start": citation["source_span"][0],
                                "raw_end": citation["source_span"][1], "truncated": bool(citation.get("truncated"))}
            references = citation.get("references") or ([citation["reference"]] if citation.get("reference") else [])
            for k, ref in enumerate(references, 1):
                yield "references", {"claim_id": claim_id, "position": k, "note_id": citation["note_id"],
                                     "type": ref.get("type"), "author": _names(ref.get("author")),
                                     "title": ref.get("title"), "container_title": ref.get("container-title"),
                                     "publisher": ref.get("publisher"), "issued": _csl_date(ref.get("issued")),
                                     "url": ref.get("URL"), "accessed": _csl_date(ref.get("accessed"))}


def _event_columns(event: dict[str, Any] | None) -> dict[str, Any]:
    """The event's type, code, trigger text and confidence (none where the run had no events stage)."""
    if not event:
        return {}
    trigger = event.get("trigger")
    return {"event_type": event["type"], "event_code": event["code"], "event_confidence": event.get("confidence"),
            "event_trigger": "".join(trigger["text"].split()) if trigger else None}


def _names(authors: list[dict[str, Any]] | None) -> str | None:
    """CSL names as one text: `family given; …` (literal names as they are)."""
    if not authors:
        return None
    return "; ".join(a.get("literal") or " ".join(p for p in (a.get("family"), a.get("given")) if p) for a in authors)


def _csl_date(value: dict[str, Any] | None) -> str | None:
    """A CSL date as ISO text of its precision (2020, 2020-03, 2020-03-05)."""
    parts = (value or {}).get("date-parts") or [[]]
    return "-".join(f"{p:04d}" if k == 0 else f"{p:02d}" for k, p in enumerate(parts[0])) or None


def read_records(paths: Iterable[Path]) -> Iterator[dict[str, Any]]:
    """The records of JSONL files, one at a time."""
    for path in paths:
        with path.open(encoding="utf-8") as handle:
            for line in handle:
                if line.strip():
                    yield json.loads(line)


def export(paths: Iterable[Path], to: str, out: Path, excel: bool = False, events: bool = False) -> dict[str, int]:
    """Write the tables of the claims in `paths` to `out` (a folder for parquet and csv, a
    database file for sqlite and duckdb), with the events across them when asked; returns the
    rows written per table."""
    if to not in FORMATS:
        raise ValueError(f"unknown format {to!r}: choose one of {', '.join(FORMATS)}")
    tables = [*TABLES, *(EVENT_TABLES if events else ())]
    writer = {"parquet": _Parquet, "csv": _Csv, "sqlite": _Sqlite, "duckdb": _DuckDb}[to](out, excel, tables)
    counts = dict.fromkeys(tables, 0)
    pending: dict[str, list[dict[str, Any]]] = {table: [] for table in tables}
    keys: list[ClaimKey] = []

    def put(table: str, row: dict[str, Any]) -> None:
        pending[table].append(row)
        counts[table] += 1
        if len(pending[table]) >= BATCH:
            writer.write(table, pending[table])
            pending[table] = []

    try:
        records = read_records(paths)
        for table, row in rows(_keeping_keys(records, keys) if events else records):
            put(table, row)
        if events:
            for table, row in event_rows(group_keys(keys)):
                put(table, row)
        for table, batch in pending.items():
            writer.write(table, batch)
    finally:
        writer.close()
    return counts


def _keeping_keys(records: Iterable[dict[str, Any]], keys: list[ClaimKey]) -> Iterator[dict[str, Any]]:
    """The records, passed on as they come; each document's claims' comparable forms are added to
    `keys` once its last claim has passed (a document's claims are consecutive in a run's output)."""
    claims: list[dict[str, Any]] = []
    for record in records:
        if claims and record.get("doc_id") != claims[-1]["doc_id"]:
            keys += claim_keys(claims)
            claims = []
        if "date" in record and "claim_id" in record:
            claims.append(record)
        yield record
    keys += claim_keys(claims)


def event_rows(events: list[Event]) -> Iterator[tuple[str, dict[str, Any]]]:
    """(table, row) for every event of two or more claims and for each of its claims."""
    for event in events:
        date_ = event.date
        _, _, precision = bounds(date_.value)
        yield "events", {
            "event_id": event.event_id, "value": date_.value, "earliest": date_.earliest, "latest": date_.latest,
            "precision": precision, "event_type": event.event_type, "actors": event.actors,
            "claims": len(event.members), "documents": len(event.documents), "doc_ids": event.documents,
            "claim_ids": [k.claim_id for k in event.members],
            "note_ids": sorted({k.note_id for k in event.members if k.note_id})}
        for key in event.members:
            yield "event_claims", {"event_id": event.event_id, "claim_id": key.claim_id, "doc_id": key.doc_id}


def _values(table: str, batch: list[dict[str, Any]]) -> list[tuple[Any, ...]]:
    return [tuple(row.get(name) for name, _ in SCHEMA[table]) for row in batch]


def _flat(value: Any) -> Any:
    """A value for a format without lists or dates: a list as JSON text, a date as ISO text."""
    if isinstance(value, list):
        return json.dumps(value, ensure_ascii=False)
    return value.isoformat() if isinstance(value, date) else value


class _Csv:
    """A UTF-8 CSV file per table (with a byte-order mark for Excel when asked); dates as ISO,
    lists as JSON."""

    def __init__(self, out: Path, excel: bool, tables: list[str]) -> None:
        out.mkdir(parents=True, exist_ok=True)
        self.files = {t: (out / f"{t}.csv").open("w", encoding="utf-8-sig" if excel else "utf-8", newline="")
                      for t in tables}
        self.writers = {t: csv.writer(handle) for t, handle in self.files.items()}
        for table, writer in self.writers.items():
            writer.writerow([name for name, _ in SCHEMA[table]])

    def write(self, table: str, batch: list[dict[str, Any]]) -> None:
        self.writers[table].writerows(tuple(map(_flat, row)) for row in _values(table, batch))

    def close(self) -> None:
        for handle in self.files.values():
            handle.close()


SQL_TYPES = {"text": "TEXT", "int": "INTEGER", "float": "REAL", "bool": "BOOLEAN", "date": "DATE", "list": "TEXT"}  # a list as JSON


def _create(table: str, types: dict[str, str]) -> str:
    columns = ", ".join(f'"{name}" {types[kind]}' for name, kind in SCHEMA[table])
    return f'CREATE TABLE "{table}" ({columns}, PRIMARY KEY ({", ".join(KEYS[table])}))'


class _Sqlite:
    """One SQLite database; dates as ISO text (SQLite's date functions read them), booleans 0/1,
    lists as JSON text (its json functions read them)."""

    def __init__(self, out: Path, excel: bool, tables: list[str]) -> None:
        out.parent.mkdir(parents=True, exist_ok=True)
        out.unlink(missing_ok=True)
        self.db = sqlite3.connect(out)
        for table in tables:
            self.db.execute(_create(table, SQL_TYPES))

    def write(self, table: str, batch: list[dict[str, Any]]) -> None:
        marks = ", ".join("?" * len(SCHEMA[table]))
        values = [tuple(map(_flat, row)) for row in _values(table, batch)]
        self.db.executemany(f'INSERT INTO "{table}" VALUES ({marks})', values)

    def close(self) -> None:
        self.db.commit()
        self.db.close()


def _arrow_schema(table: str) -> Any:
    import pyarrow as pa

    types = {"text": pa.string(), "int": pa.int64(), "float": pa.float64(), "bool": pa.bool_(), "date": pa.date32(),
             "list": pa.list_(pa.string())}
    return pa.schema([(name, types[kind]) for name, kind in SCHEMA[table]])


def _arrow(table: str, batch: list[dict[str, Any]]) -> Any:
    import pyarrow as pa

    schema = _arrow_schema(table)
    return pa.Table.from_pylist([{name: row.get(name) for name in schema.names} for row in batch], schema=schema)


class _Parquet:
    """A Parquet file per table (pyarrow), written batch by batch: dates as date32."""

    def __init__(self, out: Path, excel: bool, tables: list[str]) -> None:
        import pyarrow.parquet as pq

        out.mkdir(parents=True, exist_ok=True)
        self.writers = {t: pq.ParquetWriter(out / f"{t}.parquet", _arrow_schema(t)) for t in tables}

    def write(self, table: str, batch: list[dict[str, Any]]) -> None:
        if batch:
            self.writers[table].write_table(_arrow(table, batch))

    def close(self) -> None:
        for writer in self.writers.values():
            writer.close()


class _DuckDb:
    """One DuckDB database with the same tables and keys; batches go in through Arrow."""

    def __init__(self, out: Path, excel: bool, tables: list[str]) -> None:
        import duckdb

        out.parent.mkdir(parents=True, exist_ok=True)
        out.unlink(missing_ok=True)
        self.db = duckdb.connect(str(out))
        for table in tables:
            self.db.execute(_create(table, {**SQL_TYPES, "int": "BIGINT", "float": "DOUBLE", "list": "VARCHAR[]"}))

    def write(self, table: str, batch: list[dict[str, Any]]) -> None:
        if batch:
            self.db.register("batch", _arrow(table, batch))
            self.db.execute(f'INSERT INTO "{table}" SELECT * FROM batch')
            self.db.unregister("batch")

    def close(self) -> None:
        self.db.close()
