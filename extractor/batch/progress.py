"""Progress on long runs: a rich bar on a terminal, plain periodic lines otherwise."""

from __future__ import annotations

import sys
import time
from typing import Optional, TextIO


class Progress:
    def __init__(self, total: int, quiet: bool = False, stream: Optional[TextIO] = None, every: float = 5.0) -> None:
        self.total, self.quiet = total, quiet
        self.stream = stream or sys.stderr
        self.every = every
        self.done = self.failed = 0
        self.start = self.last = time.monotonic()
        self._bar = None
        if not quiet and self.stream.isatty():
            from rich.progress import BarColumn, MofNCompleteColumn, Progress as Bar, TextColumn, TimeRemainingColumn
            from rich.console import Console

            self._bar = Bar(
                TextColumn("extracting"), BarColumn(), MofNCompleteColumn(),
                TextColumn("{task.fields[rate]:.1f} files/s"), TextColumn("{task.fields[failed]} failed"),
                TimeRemainingColumn(), console=Console(file=self.stream), transient=False,
            )
            self._task = self._bar.add_task("extract", total=total, rate=0.0, failed=0)
            self._bar.start()

    def rate(self) -> float:
        elapsed = time.monotonic() - self.start
        return self.done / elapsed if elapsed > 0 else 0.0

    def advance(self, failed: bool = False) -> None:
        self.done += 1
        self.failed += int(failed)
        if self.quiet:
            return
        if self._bar is not None:
            self._bar.update(self._task, advance=1, rate=self.rate(), failed=self.failed)
            return
        now = time.monotonic()
        if now - self.last >= self.every or self.done == self.total:
            self.last = now
            rate = self.rate()
            eta = (self.total - self.done) / rate if rate > 0 else 0.0
            print(f"{self.done}/{self.total} files, {rate:.1f} files/s, {self.failed} failed, ETA {eta:.0f}s",
                  file=self.stream, flush=True)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.stop()

    def message(self, text: str) -> None:
        if self._bar is not None:
            self._bar.console.print(text, markup=False, highlight=False)
        else:
            print(text, file=self.stream, flush=True)
