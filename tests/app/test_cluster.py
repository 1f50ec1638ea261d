"""The Dask engine: a local cluster of two worker processes started here, its output byte for
byte the local engine's, nothing lost or doubled when a worker is killed mid-run; a crashing
document, a resumed run and an unreachable scheduler."""

from __future__ import annotations

import io
import os
import signal
from pathlib import Path

import pytest

from pipeline.app import batch
from pipeline.app.cluster import SchedulerError
from tests.conftest import CORPUS, ROOT

INPUTS = [CORPUS, ROOT / "tests" / "data" / "constructed"]


def local_run() -> str:
    out = io.StringIO()
    batch.run(INPUTS, out, workers=1)
    return out.getvalue()


def test_dask_output_is_the_local_output_even_when_a_worker_dies() -> None:
    pytest.importorskip("distributed")
    from distributed import Client, LocalCluster

    expected = local_run()
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \
            Client(cluster) as client:
        out = io.StringIO()
        batch.run(INPUTS, out, workers=2, engine="dask", scheduler=cluster.scheduler_address)
        assert out.getvalue() == expected

        killed: list[int] = []
        pids = client.run(os.getpid)

        def kill_one(done: int, total: int) -> None:
            if done == 1:  # the first document is in; the others are queued or running
                pid = pids[sorted(pids)[0]]
                os.kill(pid, signal.SIGKILL)  # its nanny starts another; its tasks run again elsewhere
                killed.append(pid)

        out = io.StringIO()
        summary = batch.run(INPUTS, out, workers=2, engine="dask", scheduler=cluster.scheduler_address, progress=kill_one)
        assert killed and summary.failures == [] and out.getvalue() == expected


def test_a_resumed_dask_run_skips_what_is_written_and_ends_as_the_local_run(tmp_path: Path) -> None:
    pytest.importorskip("distributed")
    expected = local_run()
    lines = expected.splitlines(keepends=True)
    first_doc_end = next(i for i, line in enumerate(lines) if '"kind":"document"' in line)
    out_path = tmp_path / "claims.jsonl"
    # stopped inside the second document: one of its claims and half a line written
    out_path.write_text("".join(lines[: first_doc_end + 2]) + '{"doc_id": "cut sh', encoding="utf-8")
    done = batch.prepare_resume(out_path)
    with out_path.open("a", encoding="utf-8") as out:
        summary = batch.run(INPUTS, out, workers=2, engine="dask", skip=done)
    assert summary.skipped == 1 and out_path.read_text(encoding="utf-8") == expected


def test_a_crashing_document_is_an_error_record_and_the_run_goes_on(monkeypatch: pytest.MonkeyPatch) -> None:
    real = batch.process_file

    def crash_on_001(path: Path, *args: object) -> batch.Result:
        if path.name.startswith("001_"):
            raise ZeroDivisionError("division by zero")
        return real(path, *args)

    monkeypatch.setattr(batch, "process_file", crash_on_001)
    out = io.StringIO()
    summary = batch.run([CORPUS], out, workers=1)
    assert [error for _, error in summary.failures] == ["internal error: ZeroDivisionError: division by zero"]
    assert summary.documents == 4 and '"kind":"error"' in out.getvalue()


def test_an_unreachable_scheduler_says_so() -> None:
    pytest.importorskip("distributed")
    with pytest.raises(SchedulerError, match="cannot reach the Dask scheduler tcp://127.0.0.1:9"):
        batch.run([CORPUS], io.StringIO(), engine="dask", scheduler="tcp://127.0.0.1:9")
