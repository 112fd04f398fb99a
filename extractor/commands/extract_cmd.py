"""``minutes extract``: files, folders or globs in; one JSON record per input out."""

from __future__ import annotations

import os
from enum import Enum
from pathlib import Path
from typing import List, Optional, Union

import typer

from ..cli import app


MIN_MEMORY_MB = 256.0  # the loaded pipeline alone takes about 160 MB


class Engine(str, Enum):
    local = "local"
    dask = "dask"


class Ocr(str, Enum):
    auto = "auto"
    always = "always"
    never = "never"


class PdfBackend(str, Enum):
    pdfminer = "pdfminer"
    pdfium = "pdfium"


@app.command("extract")
def extract_command(
    inputs: List[str] = typer.Argument(..., help="Minutes files (.txt, .html, .htm, .pdf, .docx, .odt, .rtf), folders (searched recursively) or globs.", show_default=False),
    out: Optional[Path] = typer.Option(None, "-o", "--out", help="Write one JSON per input into this folder, mirroring the input tree; failures go to OUT/errors.jsonl."),
    jsonl: Optional[Path] = typer.Option(None, "--jsonl", help="Stream one record per line into this file instead."),
    include_text: bool = typer.Option(False, "--include-text", help="Put the canonical text (what spans point into) into each record."),
    pretty: bool = typer.Option(False, "--pretty", help="Indent the JSON (not with --jsonl)."),
    jobs: int = typer.Option(os.cpu_count() or 1, "--jobs", "-j", min=1, help="Worker processes; each loads the pipeline once."),
    force: bool = typer.Option(False, "--force", help="Redo inputs whose output is already up to date."),
    timeout: Optional[float] = typer.Option(None, "--timeout", min=0.1, help="Give up on a file after this many seconds (recorded as a failure; with --engine dask the worker is restarted where the cluster allows)."),
    max_size: Optional[float] = typer.Option(None, "--max-size", min=0.0, help="Skip files larger than this many MB (recorded as a failure)."),
    max_memory: Optional[float] = typer.Option(None, "--max-memory", min=MIN_MEMORY_MB, show_default=False, help="Memory cap per worker process in MB; a file that needs more is a recorded failure. Default: 60% of this machine's memory split over --jobs, between 512 and 2048 MB."),
    pdf_backend: PdfBackend = typer.Option(PdfBackend.pdfminer, "--pdf-backend", help="PDF text extraction library: pdfminer (pdfminer.six) or pdfium (pypdfium2, much faster)."),
    ocr: Ocr = typer.Option(Ocr.auto, "--ocr", help="OCR PDF pages with Tesseract: auto (pages without a text layer), always (every page) or never."),
    engine: Engine = typer.Option(Engine.local, "--engine", help="local: processes on this machine; dask: a dask.distributed cluster."),
    scheduler: Optional[str] = typer.Option(None, "--scheduler", help="Dask scheduler address (tcp://host:8786); default: a LocalCluster with --jobs workers."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress or summary on stderr."),
) -> None:
    """Extract meetings, items, attendance, decisions, figures and actions from minutes.

    One input without -o/--jsonl prints its record on stdout. A re-run with the same
    -o or --jsonl skips inputs already extracted from the same bytes by the same
    extractor version, so an interrupted archive run resumes where it stopped.
    Exit status: 0 all succeeded, 1 some failed (each named on stderr), 2 usage error.
    """
    from .. import __version__
    from ..batch.discover import InputError, discover
    from ..batch.runner import run
    from ..batch.limits import default_max_memory_mb
    from ..batch.pool import WorkerStartError
    from ..batch.work import Options
    from ..batch.writer import DirWriter, JsonlWriter, StdoutWriter
    from ..readers import SUFFIXES_TEXT
    from ..readers.ocr import INSTALL_HINT, NO_TESSERACT

    if out is not None and jsonl is not None:
        raise typer.BadParameter("give either -o DIR or --jsonl FILE, not both", param_hint="--jsonl")
    try:
        found = discover(inputs)
    except InputError as exc:
        raise typer.BadParameter(str(exc), param_hint="INPUTS")
    if not found:
        raise typer.BadParameter(f"no {SUFFIXES_TEXT} files found in the inputs", param_hint="INPUTS")
    single = out is None and jsonl is None
    if single and len(found) > 1:
        raise typer.BadParameter(f"{len(found)} inputs need -o DIR or --jsonl FILE", param_hint="-o")
    jobs = 1 if single else jobs
    memory = max_memory if max_memory is not None else default_max_memory_mb(min(jobs, len(found)))
    options = Options(include_text=include_text, pretty=pretty and jsonl is None, pdf_backend=pdf_backend.value,
                      max_memory_mb=memory, ocr=ocr.value)

    # One file without -o/--jsonl goes through the same runner as an archive, in one
    # worker process, so --timeout, --max-size and --max-memory hold for it (and its OCR) too.
    if single:
        writer: Union[StdoutWriter, DirWriter, JsonlWriter] = StdoutWriter()
    elif out is not None:
        writer = DirWriter(out, __version__, force)
    else:
        writer = JsonlWriter(jsonl, __version__, force)
    try:
        summary = run(
            found, writer, options, jobs=jobs, timeout=timeout, max_size_mb=max_size, quiet=quiet or single,
            engine=engine.value, scheduler=scheduler,
            on_failure=lambda path, message: typer.echo(f"{path}: {message}", err=True),
        )
    except WorkerStartError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2)
    if single and summary.unread_scans:
        typer.echo(f"warning: {found[0].path}: {NO_TESSERACT} ({INSTALL_HINT})", err=True)
    if not quiet and not single:
        typer.echo(summary.line(), err=True)
    raise typer.Exit(1 if summary.failed else 0)
