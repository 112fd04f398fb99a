"""The same work on a dask.distributed cluster, for archives beyond one machine.

Each dask worker loads the pipeline once (module-level cache in ``work``) and
returns plain JSON strings; the caller's resumable writer stores them.

``--timeout``: dask cannot stop a running task, so the task runs the extraction in a
thread of its own and stops waiting for it after the timeout, which makes the file a
recorded failure. The wait can overrun by the longest single call that holds the
interpreter (tokenising or one regex over a huge text), unlike the local engine, which
kills its worker process on time. The stuck thread would go on holding the worker, so
the client then asks the cluster to restart that worker (its nanny starts a fresh
process); where a worker cannot be restarted (no nanny), the thread finishes alone.
"""

from __future__ import annotations

import logging
import threading
from typing import Any, Iterator, Optional

from . import work
from .work import Options, failure

Outcome = tuple[int, dict[str, Any], Optional[str]]  # index, result, address of a worker to restart


def _task(index: int, path: str, source: str, options: Options, timeout: Optional[float]) -> Outcome:
    if not timeout:
        return index, work.process(path, source, options), None
    work.pipeline()  # loading the pipeline on a fresh worker is not the file's time
    box: dict[str, dict[str, Any]] = {}
    worker = threading.Thread(target=lambda: box.setdefault("result", work.process(path, source, options)), daemon=True)
    worker.start()
    worker.join(timeout)
    if "result" in box:
        return index, box["result"], None
    return index, failure("timeout", f"took longer than {timeout:g} s; stopped"), _worker_address()


def _worker_address() -> Optional[str]:
    try:
        from dask.distributed import get_worker

        return get_worker().address
    except Exception:  # noqa: BLE001 - not on a dask worker
        return None


def _restart(client: Any, address: str) -> None:
    """Free a worker held by a timed-out file; a cluster without nannies cannot, and
    then the run goes on with that worker busy until the file's thread ends."""
    try:
        client.restart_workers([address], raise_for_error=False)
    except Exception:  # noqa: BLE001 - best effort: the failure is already recorded
        pass


def run_dask(
    tasks: list[tuple[int, str, str]], options: Options, jobs: int, scheduler: Optional[str] = None,
    timeout: Optional[float] = None,
) -> Iterator[tuple[int, dict[str, Any]]]:
    try:
        from dask.distributed import Client, LocalCluster, as_completed
    except ImportError as exc:  # pragma: no cover - declared dependency
        raise RuntimeError("dask[distributed] is not installed") from exc

    cluster = None
    if scheduler:
        client = Client(scheduler)
    else:
        # --max-memory: the nanny restarts a worker past it (the file's text is also
        # checked against it before the pipeline, in work.process).
        memory = f"{int(options.max_memory_mb)}MiB" if options.max_memory_mb else "auto"
        cluster = LocalCluster(n_workers=max(1, jobs), threads_per_worker=1, processes=True,
                               dashboard_address=None, silence_logs=logging.CRITICAL, memory_limit=memory)
        client = Client(cluster)
    try:
        futures = [client.submit(_task, i, p, s, options, timeout, pure=False) for i, p, s in tasks]
        index_of = {f.key: t[0] for f, t in zip(futures, tasks)}
        remaining = len(futures)
        for future in as_completed(futures):
            remaining -= 1
            try:
                index, result, stuck = future.result()
            except Exception as exc:  # noqa: BLE001 - a lost worker is one file's failure
                yield index_of[future.key], failure("dask_error", str(exc) or type(exc).__name__)
                continue
            yield index, result
            if stuck and remaining:  # a restart takes seconds: only worth it for work still to do
                _restart(client, stuck)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
