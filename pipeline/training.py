"""What every trainer shares: solvers that give the same model on any machine."""

from __future__ import annotations

from contextlib import contextmanager
from typing import Iterator


@contextmanager
def one_blas_thread() -> Iterator[None]:
    """Run scikit-learn's solvers on one BLAS thread (also as a decorator): the thread count
    changes the order of their sums, and so the rounded weights, and a shipped model must
    rebuild byte for byte on any machine (a Dask cluster started in the same process had left
    one thread, and one weight of the events model changed)."""
    import sklearn.linear_model  # noqa: F401  (its BLAS loaded first: a library loaded later is not limited)
    from threadpoolctl import threadpool_limits

    with threadpool_limits(limits=1):
        yield
