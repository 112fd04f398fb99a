"""Run the extractor over an archive: skip what is done, record what fails, go on."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterator, Optional, Union

from ..readers.ocr import INSTALL_HINT, NO_TESSERACT
from .discover import Input
from .progress import Progress
from .work import Options, process
from .writer import DirWriter, JsonlWriter, StdoutWriter

Writer = Union[DirWriter, JsonlWriter, StdoutWriter]


@dataclass
class Summary:
    files: int = 0
    done: int = 0
    skipped: int = 0
    failed: int = 0
    meetings: int = 0
    items: int = 0
    actions: int = 0
    ocr_files: int = 0  # PDFs with pages read by OCR
    unread_scans: int = 0  # PDFs with scanned pages left unread: Tesseract is not installed
    elapsed: float = 0.0
    failures: list[tuple[str, str]] = field(default_factory=list)

    def line(self) -> str:
        ocr = f"{self.ocr_files} read by OCR; " if self.ocr_files else ""
        if self.unread_scans:
            ocr += f"{self.unread_scans} scanned PDFs not read (install tesseract-ocr); "
        return (f"{self.files} files: {self.done} extracted, {self.skipped} skipped (already done), "
                f"{self.failed} failed; {self.meetings} meetings, {self.items} items, {self.actions} actions; "
                f"{ocr}{self.elapsed:.1f}s")


def run(
    inputs: list[Input],
    writer: Writer,
    options: Options,
    jobs: int = 1,
    timeout: Optional[float] = None,
    max_size_mb: Optional[float] = None,
    quiet: bool = False,
    engine: str = "local",
    scheduler: Optional[str] = None,
    on_failure: Optional[Callable[[str, str], None]] = None,
) -> Summary:
    start = time.monotonic()
    summary = Summary(files=len(inputs))
    tasks: list[tuple[int, str, str]] = []
    progress = Progress(len(inputs), quiet=quiet)

    def fail(inp: Input, kind: str, message: str) -> None:
        summary.failed += 1
        summary.failures.append((str(inp.path), message))
        writer.errors.record(str(inp.path), kind, message)
        if on_failure:
            on_failure(str(inp.path), message)
        progress.advance(failed=True)

    for index, inp in enumerate(inputs):
        try:
            size = inp.path.stat().st_size
            if max_size_mb is not None and size > max_size_mb * 1024 * 1024:
                fail(inp, "too_large", f"{size / 1048576:.1f} MB is over --max-size {max_size_mb:g} MB")
                continue
            if writer.is_done(inp.rel, str(inp.path), inp.path):
                summary.skipped += 1
                progress.advance()
                continue
        except OSError as exc:
            fail(inp, "read_error", f"cannot read file: {exc.strerror or exc}")
            continue
        tasks.append((index, str(inp.path), str(inp.path)))

    try:
        for index, outcome in _outcomes(tasks, options, jobs, timeout, engine, scheduler):
            inp = inputs[index]
            if outcome["ok"]:
                writer.write(inp.rel, str(inp.path), outcome["json"])
                summary.done += 1
                for key, value in outcome["counts"].items():
                    setattr(summary, key, getattr(summary, key) + value)
                if outcome["counts"].get("unread_scans") and summary.unread_scans == 1 and not quiet:
                    progress.message(f"warning: {NO_TESSERACT} ({INSTALL_HINT}); "
                                     "such files are extracted without their scanned pages and counted at the end")
                progress.advance()
            else:
                fail(inp, outcome["kind"], outcome["message"])
    finally:
        progress.close()
        writer.close()
    summary.elapsed = time.monotonic() - start
    return summary


def _outcomes(
    tasks: list[tuple[int, str, str]], options: Options, jobs: int, timeout: Optional[float],
    engine: str, scheduler: Optional[str],
) -> Iterator[tuple[int, dict[str, Any]]]:
    if not tasks:
        return iter(())
    if engine == "dask":
        from .dask_runner import run_dask

        return run_dask(tasks, options, jobs, scheduler, timeout)
    if jobs <= 1 and timeout is None and not options.max_memory_mb:
        return ((index, process(path, source, options)) for index, path, source in tasks)
    from .pool import run_pool

    return run_pool(tasks, min(jobs, len(tasks)), options, timeout)
