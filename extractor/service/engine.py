"""Extraction processes behind the service, each with a deadline per request.

Why processes and not threads: a thread running a pathological PDF cannot be stopped,
so it would hold its slot (and a core) for ever; a worker process past its deadline is
killed and replaced, exactly as the batch pool does with ``--timeout``. A worker that
dies (out of memory, a crash in a native library) costs one request, not the service.
Workers come from a fork server (a clean process that has imported the extractor once)
rather than a fork of the server, which has threads by then; a replacement is then ready
in the time it takes to load the pipeline, not to import spaCy again.
"""

from __future__ import annotations

import asyncio
import logging
import multiprocessing as mp
import signal
import time
from dataclasses import dataclass
from multiprocessing.connection import Connection
from typing import Any, Optional

import anyio

from ..batch import work
from ..batch.limits import apply_memory_limit
from ..batch.pool import receive_tasks
from ..batch.work import Options, failure

log = logging.getLogger("minutes.serve")
START_TIMEOUT = 300.0  # seconds for a new worker to import spaCy and load the pipeline


@dataclass(frozen=True)
class Task:
    """One extraction: a file in the request's temporary folder, and the name to record."""

    path: str
    source: Optional[str]
    include_text: bool = False


def _serve(conn: Connection, pdf_backend: str, max_memory_mb: Optional[float]) -> None:
    """The worker's loop: load the pipeline once, then extract one task at a time, within
    the batch runner's memory cap (a document that needs more fails alone)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C reaches the whole group; the server stops us
    apply_memory_limit(max_memory_mb)
    _warm_up()
    conn.send("ready")
    for task in receive_tasks(conn):
        options = Options(include_text=task.include_text, pdf_backend=pdf_backend, max_memory_mb=max_memory_mb)
        conn.send(work.process(task.path, task.source, options))


def _warm_up() -> None:
    """Load the pipeline and run it once on the documented example, so that the first
    request does not pay for what loads lazily on first use (date parsing, PDF fonts)."""
    import json
    from importlib import resources

    from ..api import extract

    examples = json.loads((resources.files("extractor.service") / "static" / "examples.json").read_text("utf-8"))
    extract(text=examples["extract"]["text"]["value"]["text"], nlp=work.pipeline())


class Worker:
    def __init__(self, ctx: Any, pdf_backend: str, max_memory_mb: Optional[float]) -> None:
        self.conn, child = ctx.Pipe()
        self.proc = ctx.Process(target=_serve, args=(child, pdf_backend, max_memory_mb), daemon=True,
                                name="minutes-serve-worker")
        self.proc.start()
        child.close()

    def wait_ready(self, timeout: float = START_TIMEOUT) -> bool:
        try:
            return self.conn.poll(timeout) and self.conn.recv() == "ready"
        except (EOFError, OSError):
            return False

    def call(self, task: Task, timeout: float) -> tuple[dict[str, Any], bool]:
        """The outcome, and whether this worker is still usable."""
        try:
            self.conn.send(task)
            if not self.conn.poll(timeout):
                return failure("timeout", f"extraction took longer than the {timeout:g} s limit; stopped"), False
            outcome = self.conn.recv()
            return outcome, not outcome.get("restart")  # after a MemoryError, a fresh worker
        except (EOFError, OSError, BrokenPipeError):
            return failure("crash", "the extraction process died on this file"), False

    def stop(self, kill: bool = False) -> None:
        if not kill:
            try:
                self.conn.send(None)
            except (OSError, ValueError):
                pass
            self.proc.join(timeout=2)
        if self.proc.is_alive():
            self.proc.kill()
            self.proc.join(timeout=5)
        self.conn.close()


def _context() -> Any:
    if "forkserver" not in mp.get_all_start_methods():
        return mp.get_context("spawn")  # Windows
    ctx = mp.get_context("forkserver")
    ctx.set_forkserver_preload([__name__])  # takes effect when the fork server first starts
    return ctx


class Engine:
    """``workers`` extraction processes; ``extract`` waits for a free one (callers bound the wait)."""

    def __init__(self, workers: int, timeout: float, pdf_backend: str = "pdfminer",
                 max_memory_mb: Optional[float] = None) -> None:
        self.size, self.timeout, self.pdf_backend = workers, timeout, pdf_backend
        self.max_memory_mb = max_memory_mb
        self._ctx = _context()
        self._idle: Optional[asyncio.Queue[Worker]] = None
        self._all: set[Worker] = set()
        self._replacing: set[asyncio.Task[None]] = set()  # held so the loop cannot drop them
        self._mean = 0.5  # running mean of seconds per extraction, for Retry-After
        self.restarts = 0

    async def start(self) -> None:
        """Start every worker and wait until each has loaded the pipeline."""
        self._idle = asyncio.Queue()
        workers = [Worker(self._ctx, self.pdf_backend, self.max_memory_mb) for _ in range(self.size)]
        self._all.update(workers)
        for w in workers:
            if not await anyio.to_thread.run_sync(w.wait_ready):
                raise RuntimeError("an extraction worker failed to start (see the messages above)")
            self._idle.put_nowait(w)

    def close(self) -> None:
        for w in list(self._all):
            w.stop()
        self._all.clear()

    @property
    def ready(self) -> int:
        return self._idle.qsize() if self._idle else 0

    @property
    def mean_seconds(self) -> float:
        return self._mean

    async def extract(self, task: Task) -> dict[str, Any]:
        """Run one task on the next free worker; a worker that timed out or died is replaced."""
        assert self._idle is not None, "Engine.start() first"
        worker = await self._idle.get()
        started = time.monotonic()
        try:
            outcome, usable = await anyio.to_thread.run_sync(worker.call, task, self.timeout)
        except BaseException:  # cancelled while the worker ran: its answer would be stale
            usable = False
            raise
        finally:
            if usable:
                self._idle.put_nowait(worker)
            else:
                job = asyncio.get_running_loop().create_task(self._replace(worker))
                self._replacing.add(job)
                job.add_done_callback(self._replacing.discard)
        self._mean = 0.8 * self._mean + 0.2 * (time.monotonic() - started)
        return outcome

    async def _replace(self, worker: Worker) -> None:
        self._all.discard(worker)
        self.restarts += 1
        await anyio.to_thread.run_sync(lambda: worker.stop(kill=True))
        fresh = Worker(self._ctx, self.pdf_backend, self.max_memory_mb)
        self._all.add(fresh)
        if await anyio.to_thread.run_sync(fresh.wait_ready):
            assert self._idle is not None
            self._idle.put_nowait(fresh)
        else:  # pragma: no cover - only if the machine cannot start a process
            log.error("a replacement extraction worker failed to start; %d fewer workers", 1)
            self._all.discard(fresh)
