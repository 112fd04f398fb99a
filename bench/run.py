"""The archive-processing benchmark: ``python -m bench`` or ``python bench/run.py``.

Builds a synthetic archive from ``corpus/raw`` (>= 2,000 distinct documents, >= 10 MB),
PDFs made with reportlab, and short documents for the memory runs, all in ``bench/_work``;
then measures, each against a baseline taken in the same run:

1. extraction words/s vs bare ``spacy.blank("en")`` tokenisation (plus time per component);
2. PDF-to-JSON pages/s vs the PDF library alone, for pdfminer.six and pypdfium2;
3. ``minutes extract --jobs 2`` vs ``--jobs 1`` on a subset lasting >= 20 s at one job;
4. peak resident memory of a 10,000-document run vs a 1,000-document run.

It ends with one table: measurement, baseline, ratio, target, PASS/MISS.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import time
from dataclasses import asdict, dataclass
from pathlib import Path

if __package__ in (None, ""):  # run as a script: python bench/run.py
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench import archive, measure, pdfs  # noqa: E402
from bench.report import HEADERS, markdown_table, text_table  # noqa: E402
from bench.steps import BREAKDOWN_HEADERS, WORK, Report, jobs_step, memory_step, pdf_step, say, text_step  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]


@dataclass
class Sizes:
    """How big each part of a run is: the full sizes the issue asks for, or --quick ones."""

    docs: int
    min_bytes: int
    sample_words: int
    pdf_pages: int
    jobs_seconds: float
    mem_small: int
    mem_large: int
    jobs_repeats: int

    @classmethod
    def from_args(cls, args: argparse.Namespace) -> "Sizes":
        if args.quick:
            sizes = cls(200, 1_000_000, 15_000, 20, 3.0, 100, 500, 1)
        else:
            sizes = cls(2000, 10_000_000, 150_000, 200, 20.0, 1000, 10_000, 2)
        if args.docs is not None:
            sizes.min_bytes = int(sizes.min_bytes * args.docs / sizes.docs)
            sizes.docs = args.docs
        return sizes


def parse(argv: list[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="python -m bench", description=__doc__.split("\n\n")[0])
    p.add_argument("--quick", action="store_true", help="small sizes: a smoke run in under a minute")
    p.add_argument("--skip-memory", action="store_true", help="skip the two peak-memory runs (the longest part)")
    p.add_argument("--docs", type=int, default=None, metavar="N", help="archive documents (default 2000; 10 MB per 2000)")
    p.add_argument("--mem-jobs", type=int, default=2, metavar="N", help="--jobs for the memory runs (default 2)")
    p.add_argument("--seed", type=int, default=6, help="random seed for the synthetic archive")
    args = p.parse_args(argv)
    if args.docs is not None and args.docs < 1:
        p.error("--docs must be at least 1")
    if args.mem_jobs < 1:
        p.error("--mem-jobs must be at least 1")
    return args


def _build(args: argparse.Namespace, sizes: Sizes) -> tuple[archive.Built, pdfs.PdfSet, archive.Built | None]:
    """The synthetic archive, the PDFs and (unless skipped) the short documents."""
    t = time.perf_counter()
    corpus = archive.load_corpus()
    arc = archive.build_archive(WORK / "archive", corpus, args.seed, sizes.docs, sizes.min_bytes)
    say(f"archive: {len(arc.files):,} documents ({arc.distinct:,} distinct), {arc.bytes / 1e6:.1f} MB of text "
        f"from {len(corpus.texts)} corpus pieces, in {arc.folder.relative_to(ROOT)} ({time.perf_counter() - t:.1f}s)")
    t = time.perf_counter()
    pdf_texts = [p.read_text(encoding="utf-8") for p in arc.files[-400:]]
    pdfset = pdfs.build_pdfs(WORK / "pdf", pdf_texts, sizes.pdf_pages)
    say(f"PDFs: {len(pdfset.files)} files, {pdfset.pages} pages, made with reportlab via {pdfset.maker} "
        f"({time.perf_counter() - t:.1f}s)")
    small = None
    if not args.skip_memory:
        t = time.perf_counter()
        small = archive.build_small(WORK / "small", corpus, args.seed + 1, sizes.mem_large)
        say(f"short documents for the memory runs: {len(small.files):,} ({small.distinct:,} distinct), "
            f"{small.bytes / 1e6:.1f} MB ({time.perf_counter() - t:.1f}s)")
    return arc, pdfset, small


def _finish(rep: Report, started: float, load_start: float | None) -> None:
    """The final table and notes; the same in results.md / results.json."""
    elapsed = time.perf_counter() - started
    load_end = measure.load_average()
    table = [r.cells() for r in rep.rows]
    say(f"\nResults ({'quick' if rep.quick else 'full'} run, {elapsed:.0f}s, load average {load_start} -> {load_end}, "
        f"CPU pressure now {measure.cpu_pressure()}):")
    say(text_table(HEADERS, table))
    if rep.notes:
        say("\nNotes:")
        for note in rep.notes:
            say(f"- {note}")
    rep.results.update({"rows": [dict(zip(HEADERS, c)) for c in table], "notes": rep.notes, "elapsed_s": elapsed,
                        "breakdown": rep.breakdown, "load_average": [load_start, load_end]})
    (WORK / "results.json").write_text(json.dumps(rep.results, indent=2, default=str), encoding="utf-8")
    (WORK / "results.md").write_text(markdown_table(HEADERS, table) + "\n\n" +
                                     markdown_table(BREAKDOWN_HEADERS, rep.breakdown) + "\n", encoding="utf-8")
    say(f"\n(also written to {(WORK / 'results.md').relative_to(ROOT)} and results.json)")


def main(argv: list[str] | None = None) -> int:
    args = parse(argv)
    sizes = Sizes.from_args(args)
    started = time.perf_counter()
    WORK.mkdir(parents=True, exist_ok=True)
    try:
        import spacy

        import extractor

        extractor.load()
    except Exception as exc:  # noqa: BLE001 - a half-edited component: say so, no traceback
        print(f"bench: the minutes pipeline does not load, so nothing can be measured: "
              f"{type(exc).__name__}: {exc}", file=sys.stderr)
        return 2
    load_start = measure.load_average()
    say(f"minutes-extractor {extractor.__version__}, spaCy {spacy.__version__}, Python {platform.python_version()}, "
        f"{os.cpu_count()} CPUs, load average {load_start if load_start is not None else '?'}, "
        f"CPU pressure {measure.cpu_pressure()}")
    arc, pdfset, small = _build(args, sizes)
    rep = Report(args.quick, results={
        "sizes": asdict(sizes), "quick": args.quick,
        "archive": {"documents": len(arc.files), "distinct": arc.distinct, "bytes": arc.bytes},
        "pdfs": {"files": len(pdfset.files), "pages": pdfset.pages, "maker": pdfset.maker},
    })
    tr = text_step(rep, arc, sizes.sample_words)
    pdf_step(rep, pdfset)
    jobs_step(rep, arc, tr, sizes.jobs_seconds, sizes.jobs_repeats)
    if small is not None:
        memory_step(rep, small, sizes.mem_small, args.mem_jobs)
    _finish(rep, started, load_start)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
