"""The same work on a dask.distributed cluster, for archives beyond one machine.

Each dask worker loads the pipeline once (module-level cache in ``work``) and
returns plain JSON strings; the caller's resumable writer stores them. ``--timeout``
is not applied here: dask cannot stop a task that is running.
"""

from __future__ import annotations

from typing import Any, Iterator, Optional

from .work import Options, failure, process


def _task(index: int, path: str, source: str, options: Options) -> tuple[int, dict[str, Any]]:
    return index, process(path, source, options)


def run_dask(
    tasks: list[tuple[int, str, str]], options: Options, jobs: int, scheduler: Optional[str] = None
) -> Iterator[tuple[int, dict[str, Any]]]:
    try:
        from dask.distributed import Client, LocalCluster, as_completed
    except ImportError as exc:  # pragma: no cover - declared dependency
        raise RuntimeError("dask[distributed] is not installed") from exc

    cluster = None
    if scheduler:
        client = Client(scheduler)
    else:
        cluster = LocalCluster(n_workers=max(1, jobs), threads_per_worker=1, processes=True,
                               dashboard_address=None, silence_logs=40)
        client = Client(cluster)
    try:
        futures = [client.submit(_task, i, p, s, options, pure=False) for i, p, s in tasks]
        index_of = {f.key: t[0] for f, t in zip(futures, tasks)}
        for future in as_completed(futures):
            try:
                yield future.result()
            except Exception as exc:  # noqa: BLE001 - a lost worker is one file's failure
                yield index_of[future.key], failure("dask_error", str(exc) or type(exc).__name__)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
