"""The command line on real files: run, inspect, eval, and hostile input in a batch."""

from __future__ import annotations

import codecs
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pipeline.app.cli import app
from pipeline.stages.ingest import InputError, read_raw
from tests.conftest import CORPUS, DOC_IDS

runner = CliRunner()
GB_TEXT = "日本与北约的战略合作。2022年3月，岸田文雄赴比利时出席七国集团首脑会议。\n"


def records(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


@pytest.fixture()
def hostile_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "batch"
    folder.mkdir()
    (folder / "a_empty.txt").write_bytes(b"")
    (folder / "b_binary.txt").write_bytes(bytes(range(256)) * 8)
    (folder / "c_gb18030.txt").write_bytes(GB_TEXT.encode("gb18030"))
    (folder / "d_utf16.txt").write_bytes(codecs.BOM_UTF16_LE + GB_TEXT.encode("utf-16-le"))
    (folder / "e_good.txt").write_text((CORPUS / f"{DOC_IDS['001']}.txt").read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "f_windows.txt").write_bytes(GB_TEXT.replace("\n", "\r\n").encode("utf-8"))
    (folder / "g_broken_link.txt").symlink_to(folder / "nowhere.txt")
    (folder / "h_unreadable.txt").symlink_to("/proc/self/mem")  # reading fails even as root
    (folder / "i_loop").symlink_to(folder)  # a folder that contains itself
    (folder / "j_huge.txt").write_bytes(("日本与北约。" * 10 + "\n").encode("utf-8") * 300_000)  # 52 MB
    (folder / "k_english_only.txt").write_text((CORPUS / f"{DOC_IDS['003']}.txt").read_text(encoding="utf-8"))
    return folder


def test_bad_inputs_get_clear_messages(hostile_folder: Path) -> None:
    with pytest.raises(InputError, match="empty file"):
        read_raw(hostile_folder / "a_empty.txt")
    with pytest.raises(InputError, match="binary data"):
        read_raw(hostile_folder / "b_binary.txt")
    assert read_raw(hostile_folder / "c_gb18030.txt") == (GB_TEXT, "gb18030")
    assert read_raw(hostile_folder / "d_utf16.txt") == (GB_TEXT, "utf-16")
    assert read_raw(hostile_folder / "f_windows.txt") == (GB_TEXT, "utf-8")


def test_batch_goes_on_and_records_errors(hostile_folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["run", str(hostile_folder), "--out", str(out)])
    assert result.exit_code == 1
    by_doc = {}
    for record in records(out):
        if "date" not in record:
            by_doc[record["doc_id"]] = record
    assert {d: r["kind"] for d, r in by_doc.items()} == {
        "a_empty": "error", "b_binary": "error", "c_gb18030": "document", "d_utf16": "document",
        "e_good": "document", "f_windows": "document", "g_broken_link": "error", "h_unreadable": "error",
        "j_huge": "error", "k_english_only": "document",
    }
    assert by_doc["a_empty"]["error"] == "empty file"
    assert by_doc["g_broken_link"]["error"] == "broken symlink"
    assert by_doc["h_unreadable"]["error"] == "unreadable: Input/output error"
    assert by_doc["j_huge"]["error"] == "too large for one article: 51.8 MB (limit 20 MB)"
    assert (by_doc["k_english_only"]["paragraphs"], by_doc["k_english_only"]["claims"]) == (0, 0)
    assert by_doc["e_good"]["notes"] == 33
    assert "5 failed" in result.output
    assert "failed: " + str(hostile_folder / "b_binary.txt") in result.output


def test_run_writes_document_records_for_the_corpus(tmp_path: Path) -> None:
    out = tmp_path / "claims.jsonl"
    result = runner.invoke(app, ["run", str(CORPUS), "--out", str(out)])
    assert result.exit_code == 0, result.output
    docs = [r for r in records(out) if r.get("kind") == "document"]
    assert [(d["doc_id"], d["pages"], d["notes"]) for d in docs] == [
        (DOC_IDS["000"], 7, 0), (DOC_IDS["001"], 11, 33), (DOC_IDS["002"], 16, 48), (DOC_IDS["003"], 1, 0),
    ]
    raw = {d: (CORPUS / f"{d}.txt").read_text(encoding="utf-8") for d in DOC_IDS.values()}
    claims = [r for r in records(out) if "date" in r]
    for claim in claims:
        s, e = claim["date"]["source_span"]
        assert raw[claim["doc_id"]][s:e] == claim["date"]["text"]


def test_inspect_shows_structure() -> None:
    result = runner.invoke(app, ["inspect", str(CORPUS / f"{DOC_IDS['002']}.txt")])
    assert result.exit_code == 0
    assert "16 pages, 45 paragraphs, 167 sentences, 48 notes" in result.output
    assert "L217 header: 东北亚学刊 2023年第4期" in result.output
    assert "L219 page_number: 56" in result.output
    data = json.loads(runner.invoke(app, ["inspect", "--json", str(CORPUS / f"{DOC_IDS['001']}.txt")]).output)
    assert [len(p["notes"]) for p in data["pages"]][:3] == [5, 5, 6]
    assert data["front_matter"]["doi"] == [[15, 15]]


def test_inspect_bad_file_is_a_clear_error(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    result = runner.invoke(app, ["inspect", str(empty)])
    assert result.exit_code == 1
    assert "empty file" in result.output


def _copies(tmp_path: Path, n: int) -> Path:
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(n):
        short = sorted(DOC_IDS)[i % len(DOC_IDS)]
        (folder / f"{i:03d}_{short}.txt").write_text((CORPUS / f"{DOC_IDS[short]}.txt").read_text(encoding="utf-8"))
    (folder / "zz_empty.txt").write_text("")
    return folder


def test_output_is_byte_identical_whatever_the_workers(tmp_path: Path) -> None:
    folder = _copies(tmp_path, 6)
    outputs = []
    for workers in (1, 2):
        out = tmp_path / f"out{workers}.jsonl"
        result = runner.invoke(app, ["run", str(folder), "--out", str(out), "--workers", str(workers), "--ordered"])
        assert result.exit_code == 1  # the empty file
        outputs.append(out.read_bytes())
    assert outputs[0] == outputs[1]
    assert outputs[0].count(b'"kind":"document"') == 6 and outputs[0].count(b'"kind":"error"') == 1


def test_resume_skips_documents_already_written(tmp_path: Path) -> None:
    folder = _copies(tmp_path, 3)
    full, out = tmp_path / "full.jsonl", tmp_path / "out.jsonl"
    runner.invoke(app, ["run", str(folder), "--out", str(full), "--workers", "1"])
    lines = full.read_text(encoding="utf-8").splitlines(keepends=True)
    first_doc_end = next(i for i, line in enumerate(lines) if '"kind":"document"' in line)
    # a run stopped in the middle of the second document: one of its claims and half a line written
    out.write_text("".join(lines[: first_doc_end + 2]) + '{"doc_id": "cut sh', encoding="utf-8")
    result = runner.invoke(app, ["run", str(folder), "--out", str(out), "--workers", "1", "--resume"])
    assert "3 documents (1 already done, skipped)" in result.output
    assert out.read_text(encoding="utf-8") == full.read_text(encoding="utf-8")
