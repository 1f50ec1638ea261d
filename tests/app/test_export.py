"""`claims export`: the stored runs' claims as tables in each format, read back with the
format's own reader, row counts and types against the JSONL."""

from __future__ import annotations

import csv
import json
import sqlite3
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pipeline.app.cli import app
from pipeline.app.export import EVENT_TABLES, SCHEMA, TABLES, rows
from tests.conftest import ROOT

RUNS = [ROOT / "tests" / "data" / "stored_run" / f"{name}.jsonl" for name in ("corpus", "constructed")]


def expected_counts() -> dict[str, int]:
    records = [json.loads(line) for path in RUNS for line in path.read_text(encoding="utf-8").splitlines()]
    claims = [r for r in records if "date" in r]
    cited = [c["citation"] for c in claims if c["citation"]]
    return {"documents": sum(1 for r in records if r.get("kind") == "document"), "claims": len(claims),
            "actors": sum(len(c["actors"]) for c in claims), "citations": len(cited),
            "references": sum(len(c.get("references") or ([c["reference"]] if c.get("reference") else [])) for c in cited),
            "errors": 0}


def run_export(to: str, out: Path, *extra: str) -> None:
    result = CliRunner().invoke(app, ["export", *map(str, RUNS), "--to", to, "--out", str(out), *extra])
    assert result.exit_code == 0, result.output


FIRST_CLAIM = ("000_6bcb866657ab047f#0001",)


def readme_query() -> str:
    return (ROOT / "README.md").read_text(encoding="utf-8").split("```sql\n", 1)[1].split("```", 1)[0]


# the README's query on the stored runs: events of Japan and NATO, 2014-2023, in two or more articles
README_ANSWER = [("2014", 3, 4), ("2022", 2, 2), ("2022-03", 2, 2), ("2022-04", 2, 2), ("2022-06", 2, 2),
                 ("2022-06", 2, 2), ("2022-06-08", 2, 2), ("2023-01", 3, 3), ("2023-03", 2, 2), ("2023-07", 2, 2)]


def test_sqlite(tmp_path: Path) -> None:
    run_export("sqlite", tmp_path / "claims.db", "--events")
    db = sqlite3.connect(tmp_path / "claims.db")
    assert {t: db.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in TABLES} == expected_counts()
    authors = db.execute("SELECT json_extract(authors, '$[1]') FROM documents WHERE doc_id LIKE 'c01%'").fetchone()
    assert authors == ("李静怡",)
    # a citation's page by position and by printed number; the documents' printed numbers as a JSON list
    page = db.execute("SELECT page_index, page_label FROM citations WHERE claim_id = 'c04_ca8a53a4#0114'").fetchone()
    assert page == (11, "90")
    labels = "SELECT pages, json_extract(page_labels, '$[0]') FROM documents WHERE doc_id LIKE 'c04%'"
    assert db.execute(labels).fetchone() == (11, "80")
    row = db.execute("SELECT value, earliest, latest, precision, optional FROM claims WHERE claim_id = ?", FIRST_CLAIM).fetchone()
    assert row[1] <= row[2] and row[4] in (0, 1)
    # dates as ISO text sort and compare as dates do: the README's query runs here too
    assert db.execute("SELECT count(*) FROM claims WHERE earliest > latest").fetchone()[0] == 0
    assert db.execute(readme_query()).fetchall() == README_ANSWER
    # an event's claim ids: a JSON list, its members' rows in event_claims
    ids = db.execute("SELECT claim_ids FROM events WHERE value = '2023-01' AND documents = 3").fetchone()[0]
    assert sorted(json.loads(ids)) == sorted(r[0] for r in db.execute(
        "SELECT claim_id FROM event_claims WHERE event_id = (SELECT event_id FROM events WHERE value = '2023-01')"))


def test_parquet(tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    import pyarrow as pa

    run_export("parquet", tmp_path / "tables")
    tables = {t: pq.read_table(tmp_path / "tables" / f"{t}.parquet") for t in TABLES}
    assert {t: table.num_rows for t, table in tables.items()} == expected_counts()
    assert not any((tmp_path / "tables" / f"{t}.parquet").exists() for t in EVENT_TABLES)  # only with --events
    claims = tables["claims"]
    assert claims.schema.field("earliest").type == pa.date32() and claims.schema.field("optional").type == pa.bool_()
    assert claims.schema.field("raw_start").type == pa.int64()
    assert not any("\n" in text for text in claims.column("date_text").to_pylist())
    documents = tables["documents"].to_pylist()
    assert tables["documents"].schema.field("authors").type == pa.list_(pa.string())
    assert {d["doc_id"][:3]: d["authors"] for d in documents}["002"] == ["吴怀中", "从伊宁"]


def test_duckdb_answers_the_readme_query(tmp_path: Path) -> None:
    duckdb = pytest.importorskip("duckdb")
    run_export("duckdb", tmp_path / "claims.duckdb", "--events")
    db = duckdb.connect(str(tmp_path / "claims.duckdb"), read_only=True)
    assert {t: db.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in TABLES} == expected_counts()
    types = dict(db.execute("SELECT column_name, data_type FROM information_schema.columns WHERE table_name = 'claims'").fetchall())
    assert (types["earliest"], types["optional"], types["raw_start"]) == ("DATE", "BOOLEAN", "BIGINT")
    journal = db.execute("SELECT journal, issue, authors FROM documents WHERE doc_id LIKE 'c02%'").fetchone()
    assert journal == ("国际问题研究", "2024年第5期", ["周明", "陈思远"])
    assert db.execute(readme_query()).fetchall() == README_ANSWER
    types = dict(db.execute("SELECT column_name, data_type FROM information_schema.columns WHERE table_name = 'events'").fetchall())
    assert (types["earliest"], types["actors"], types["claims"]) == ("DATE", "VARCHAR[]", "BIGINT")
    # every member is a claim of the claims table, counted once, in an event of its documents
    assert db.execute("SELECT sum(claims) FROM events").fetchone() == db.execute("SELECT count(*) FROM event_claims").fetchone()
    assert db.execute("SELECT count(*) FROM event_claims LEFT JOIN claims USING (claim_id) "
                      "WHERE claims.doc_id IS NULL OR claims.doc_id <> event_claims.doc_id").fetchone() == (0,)
    visit = db.execute("SELECT earliest, latest, precision, actors[1], doc_ids FROM events "
                       "WHERE value = '2013-04'").fetchone()
    assert visit == (date(2013, 4, 1), date(2013, 4, 30), "month", "北约",
                     ["000_6bcb866657ab047f", "001_47aa3352bd7784b9", "002_03b414d8b1f13807"])


def test_csv_with_a_byte_order_mark_for_excel(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["export", *map(str, RUNS), "--to", "csv", "--out", str(tmp_path), "--excel"])
    assert result.exit_code == 0, result.output
    counts = {}
    for table in TABLES:
        data = (tmp_path / f"{table}.csv").read_bytes()
        assert data.startswith(b"\xef\xbb\xbf")
        parsed = list(csv.reader(data.decode("utf-8-sig").splitlines()))
        assert parsed[0] == [name for name, _ in SCHEMA[table]]
        counts[table] = len(list(csv.reader((tmp_path / f"{table}.csv").open(encoding="utf-8-sig", newline="")))) - 1
    assert counts == expected_counts()


def test_rows_of_one_claim() -> None:
    record = {"doc_id": "d", "claim_id": "d#0001", "date": {"text": "2023年\n初", "value": "2023", "mod": "START",
              "anchor": None, "source_span": [5, 11]}, "sentence": "…", "actors": [
              {"text": "日本", "type": "GPE", "canonical": "日本", "label_en": "Japan", "iso": "JP", "source_span": [12, 14]}],
              "citation": None}
    produced = list(rows([record]))
    assert [t for t, _ in produced] == ["claims", "actors"]
    claim = produced[0][1]
    assert (claim["date_text"], claim["earliest"], claim["latest"], claim["precision"]) == ("2023年初", date(2023, 1, 1), date(2023, 4, 30), "year")
    assert produced[1][1] == {"claim_id": "d#0001", "position": 1, "text": "日本", "type": "GPE", "canonical": "日本",
                              "label_en": "Japan", "iso": "JP", "source_span": [12, 14], "raw_start": 12, "raw_end": 14}


def test_a_missing_file_is_an_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["export", str(tmp_path / "none.jsonl"), "--to", "csv", "--out", str(tmp_path)])
    assert result.exit_code == 2 and "no such file" in result.output


def test_run_exports_in_one_go(tmp_path: Path) -> None:
    """`claims run … --export sqlite`: the JSONL and, beside it and named after it, the tables of
    the same records."""
    out = tmp_path / "run" / "claims.jsonl"
    result = CliRunner().invoke(app, ["run", str(ROOT / "corpus"), "--out", str(out), "--export", "sqlite", "--events",
                                      "--workers", "1"])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    db = sqlite3.connect(tmp_path / "run" / "claims.sqlite")
    assert db.execute("SELECT count(*) FROM claims").fetchone()[0] == sum(1 for r in records if "date" in r)
    assert db.execute("SELECT count(*) FROM documents").fetchone()[0] == sum(1 for r in records if r.get("kind") == "document")
    assert db.execute("SELECT count(*), sum(claims) FROM events").fetchone() == (17, 41)


@pytest.mark.parametrize(("args", "message"), [
    (["--export", "xlsx"], "--export xlsx: choose one of parquet, csv, sqlite, duckdb"),
    (["--export", "csv", "--out", "-"], "--export csv: it reads --out, which cannot be '-'"),
])
def test_run_refuses_an_export_it_cannot_write(args: list[str], message: str) -> None:
    result = CliRunner().invoke(app, ["run", str(ROOT / "corpus"), *args])
    assert result.exit_code == 2 and message in result.output
