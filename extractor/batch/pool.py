"""A small process pool with a deadline per file.

``concurrent.futures`` cannot stop one running task, so one pathological PDF
would stall the run; here each worker takes one file at a time over a pipe, and a
worker past its deadline is killed and replaced. Workers load the pipeline once.
"""

from __future__ import annotations

import multiprocessing as mp
import time
from multiprocessing.connection import Connection, wait
from typing import Any, Iterable, Iterator, Optional

from . import work
from .limits import apply_memory_limit
from .work import Options, failure, pipeline

Task = tuple[int, str, str]  # (index, path, source)


def receive_tasks(conn: Connection) -> Iterator[Any]:
    """A worker's tasks from its parent, until the parent sends None or goes away."""
    while True:
        try:
            task = conn.recv()
        except (EOFError, OSError):
            return
        if task is None:
            return
        yield task


class WorkerStartError(RuntimeError):
    """A worker could not load the pipeline (e.g. under too small a --max-memory)."""


def _worker(conn: Connection, options: Options) -> None:
    apply_memory_limit(options.max_memory_mb)
    try:
        pipeline()
    except Exception as exc:  # noqa: BLE001 - MemoryError too: reported to the parent, which stops
        limit = f" within --max-memory {options.max_memory_mb:,.0f} MB" if options.max_memory_mb else ""
        conn.send(("failed", f"a worker could not load the pipeline{limit}: {type(exc).__name__} {exc}".rstrip()))
        return
    conn.send(("ready", None))
    for index, path, source in receive_tasks(conn):
        conn.send((index, work.process(path, source, options)))


class _Slot:
    def __init__(self, ctx, options: Options) -> None:
        self.conn, child = ctx.Pipe()
        self.proc = ctx.Process(target=_worker, args=(child, options), daemon=True)
        self.proc.start()
        child.close()
        self.task: Optional[Task] = None
        self.started = 0.0
        self.ready = False
        self.last_exit: Optional[int] = None  # exit status of the worker this slot replaced

    def give(self, task: Task) -> None:
        self.task, self.started = task, time.monotonic()
        self.conn.send(task)

    def kill(self) -> None:
        self.proc.kill()
        self.proc.join(timeout=5)
        self.conn.close()


def run_pool(
    tasks: Iterable[Task], jobs: int, options: Options, timeout: Optional[float] = None
) -> Iterator[tuple[int, dict[str, Any]]]:
    """Yield ``(index, outcome)`` as files finish (in completion order)."""
    ctx = mp.get_context("fork") if "fork" in mp.get_all_start_methods() else mp.get_context()
    pending = iter(tasks)
    slots = [_Slot(ctx, options) for _ in range(max(1, jobs))]
    exhausted = False

    def feed(slot: _Slot) -> None:
        nonlocal exhausted
        if exhausted:
            return
        task = next(pending, None)
        if task is None:
            exhausted = True
        else:
            slot.give(task)

    try:
        while True:
            busy = [s for s in slots if s.task is not None or not s.ready]
            if exhausted and not any(s.task for s in slots):
                return
            if not busy:
                for s in slots:
                    feed(s)
                if exhausted and not any(s.task for s in slots):
                    return
                continue
            wait_for = None
            if timeout:
                now = time.monotonic()
                deadlines = [s.started + timeout - now for s in slots if s.task]
                wait_for = max(0.0, min(deadlines)) if deadlines else None
            ready = wait([s.conn for s in slots if s.task is not None or not s.ready], timeout=wait_for)
            for slot in list(slots):
                if slot.conn not in ready:
                    continue
                try:
                    index, outcome = slot.conn.recv()
                except (EOFError, OSError):  # the worker died (crash, OOM kill)
                    task = slot.task
                    if not slot.ready:
                        raise WorkerStartError("a worker process died while loading the pipeline")
                    at = slots.index(slot)
                    slot = slots[at] = _replace(slot, ctx, options)
                    if task:
                        yield task[0], failure("crash", _death(slot.last_exit, options))
                    continue
                if index == "ready":
                    slot.ready = True
                    feed(slot)
                    continue
                if index == "failed":
                    raise WorkerStartError(outcome)
                slot.task = None
                if outcome.pop("restart", False):  # e.g. after a MemoryError: start afresh
                    at = slots.index(slot)
                    slots[at] = _replace(slot, ctx, options)
                    yield index, outcome
                    continue
                # The next file goes out before the caller writes this one's output
                # (fsync, rename): a worker never idles while the parent does I/O.
                feed(slot)
                yield index, outcome
            if timeout:
                now = time.monotonic()
                for slot in list(slots):
                    if slot.task and now - slot.started > timeout:
                        task = slot.task
                        slots[slots.index(slot)] = _replace(slot, ctx, options)
                        yield task[0], failure("timeout", f"took longer than {timeout:g} s; stopped")
    finally:
        for slot in slots:
            try:
                slot.conn.send(None)
            except (OSError, ValueError):
                pass
        for slot in slots:
            slot.proc.join(timeout=2)
            if slot.proc.is_alive():
                slot.proc.kill()


def _replace(slot: _Slot, ctx, options: Options) -> _Slot:
    slot.kill()
    fresh = _Slot(ctx, options)
    fresh.last_exit = slot.proc.exitcode
    return fresh


def _death(exitcode: Optional[int], options: Options) -> str:
    """Why a worker died on a file, as far as its exit status tells."""
    message = "the worker process died on this file"
    if exitcode is not None and exitcode < 0:
        import signal

        try:
            message += f" ({signal.Signals(-exitcode).name})"
        except ValueError:
            message += f" (signal {-exitcode})"
    if options.max_memory_mb:
        message += f"; a library may have run out of memory under --max-memory {options.max_memory_mb:,.0f} MB"
    return message
