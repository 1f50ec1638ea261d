"""The same per-document function on a Dask distributed cluster (`claims run --engine dask`).

Documents are cut into batches, one task each; a worker builds the pipeline once (it is
cached per process) and returns each document's records, and the driver yields them in input
order (byte-identical to the local engine) or as tasks finish. A worker that dies mid-task has
its batch run again on another worker, up to Dask's `distributed.scheduler.allowed-failures`
times (`RETRIES` here); after that the batch's documents become error records and the run goes
on. Without an address a local cluster of `workers` processes is started; with one
(`--scheduler tcp://host:8786`, a `dask scheduler` with `dask worker`s, or dask-jobqueue's
`SLURMCluster`) the run uses it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

RETRIES = 3  # a batch whose worker died this many times is recorded as failed
CONNECT_TIMEOUT = "10s"


class SchedulerError(RuntimeError):
    """The scheduler named cannot be reached."""


def cluster_results(items: list[Any], process: Callable[[list[Any]], list[Any]], failed: Callable[[Any, str], Any],
                    workers: int, ordered: bool, scheduler: str | None, batch: int) -> Iterator[Any]:
    """`process(batch)` for each batch of `items` on the cluster; a batch lost `RETRIES` times
    gives `failed(item, reason)` for each of its items."""
    import dask
    from distributed import Client, LocalCluster, as_completed
    from distributed.scheduler import KilledWorker

    with dask.config.set({"distributed.scheduler.allowed-failures": RETRIES}):
        cluster = None
        try:
            if scheduler:
                client = Client(scheduler, timeout=CONNECT_TIMEOUT)
            else:
                cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None)
                client = Client(cluster)
        except OSError as exc:
            raise SchedulerError(f"cannot reach the Dask scheduler {scheduler}: {exc}") from None
        try:
            batches = [items[k : k + batch] for k in range(0, len(items), batch)]
            futures = [client.submit(process, part, key=f"claims-batch-{k}", pure=False) for k, part in enumerate(batches)]
            parts = dict(zip(futures, batches))
            for future in (futures if ordered else as_completed(futures)):
                try:
                    yield from future.result()
                except KilledWorker as exc:
                    yield from (failed(item, f"lost: its worker died {RETRIES} times ({exc})") for item in parts[future])
        finally:
            client.close()
            if cluster is not None:
                cluster.close()
