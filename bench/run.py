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
import shutil
import sys
import time
from dataclasses import asdict, dataclass
from pathlib import Path

if __package__ in (None, ""):  # run as a script: python bench/run.py
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench import archive, measure, pdfs  # noqa: E402
from bench.report import HEADERS, Row, markdown_table, mb, rate, text_table  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
WORK = ROOT / "bench" / "_work"


@dataclass
class Sizes:
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
    return p.parse_args(argv)


def say(text: str) -> None:
    print(text, flush=True)


def _choose(paths: list[Path], words: int) -> list[Path]:
    """The first archive files that together hold at least ``words`` words."""
    chosen, total = [], 0
    for path in paths:
        if total >= words:
            break
        chosen.append(path)
        total += measure.word_count(path.read_text(encoding="utf-8"))
    return chosen


def _copy_subset(files: list[Path], folder: Path) -> Path:
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    for f in files:
        target = folder / f.parent.name / f.name
        target.parent.mkdir(exist_ok=True)
        shutil.copyfile(f, target)
    return folder


def main(argv: list[str] | None = None) -> int:
    args = parse(argv)
    sizes = Sizes.from_args(args)
    started = time.perf_counter()
    WORK.mkdir(parents=True, exist_ok=True)
    rows: list[Row] = []
    notes: list[str] = []
    results: dict[str, object] = {"sizes": asdict(sizes), "quick": args.quick}

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

    # -- data ------------------------------------------------------------------------------
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
    results["archive"] = {"documents": len(arc.files), "distinct": arc.distinct, "bytes": arc.bytes}
    results["pdfs"] = {"files": len(pdfset.files), "pages": pdfset.pages, "maker": pdfset.maker}

    # -- 1. extraction vs tokenisation -----------------------------------------------------
    sample = _choose(arc.files, sizes.sample_words)
    say(f"\n[1/4] extraction vs bare tokenisation: {len(sample)} archive documents, single process ...")
    tr = measure.measure_text(sample)
    rows.append(Row("extraction words/s (pipeline)", rate(tr.words, tr.pipeline_s, "words"),
                    rate(tr.words, tr.blank_s, "words") + " blank(\"en\")", tr.blank_s / tr.pipeline_s, (">=", 0.25)))
    rows.append(Row("  incl. assemble to JSON", rate(tr.words, tr.pipeline_s + tr.assemble_s, "words"),
                    rate(tr.words, tr.blank_s, "words") + " blank(\"en\")", tr.blank_s / (tr.pipeline_s + tr.assemble_s)))
    total = tr.pipeline_s + tr.assemble_s
    parts = {**tr.components, "assemble + to_json": tr.assemble_s}
    breakdown = [[name, f"{s:.2f}", f"{100 * s / total:.1f}%", rate(tr.words, s, "words") if s else "-"]
                 for name, s in sorted(parts.items(), key=lambda kv: -kv[1])]
    say(f"{tr.words:,} words in {tr.docs} documents; time per component (% of pipeline + assemble, {total:.1f}s):")
    say(text_table(["component", "seconds", "share", "words/s of this step"], breakdown))
    results["text"] = asdict(tr)
    hot = measure.profile_text(sample[: 3 if args.quick else 8])
    say(f"hot spots under cProfile ({min(len(sample), 3 if args.quick else 8)} documents, {hot.total_s:.1f}s profiled; "
        f"shares only, cProfile inflates per-call costs):")
    say(f"  spaCy Doc.text rebuilt from all tokens {hot.doc_text_calls} times: {100 * hot.doc_text_s / hot.total_s:.0f}% "
        f"of the time; read by " + ", ".join(f"{name} ({n}x)" for name, n, _ in hot.doc_text_callers[:4]))
    for name, calls, cum in hot.functions[:6]:
        say(f"  {100 * cum / hot.total_s:4.0f}%  {name} ({calls} calls)")
    results["hotspots"] = asdict(hot)
    top = sorted(parts.items(), key=lambda kv: -kv[1])[:3]
    if rows[0].status == "MISS":
        notes.append("extraction/tokenisation missed: slowest steps " +
                     ", ".join(f"{n} {100 * s / total:.0f}%" for n, s in top) +
                     f" (the bare tokenizer alone is {100 * tr.components['tokenizer'] / total:.1f}%); under cProfile "
                     f"{100 * hot.doc_text_s / hot.total_s:.0f}% of pipeline time is spaCy rebuilding Doc.text, "
                     f"read {hot.doc_text_calls} times in {min(len(sample), 3 if args.quick else 8)} documents, mostly by "
                     f"{hot.doc_text_callers[0][0] if hot.doc_text_callers else '?'}")

    # -- 2. PDF route vs the PDF library alone ----------------------------------------------
    say(f"\n[2/4] PDF to JSON vs the PDF library alone: {pdfset.pages} pages in {len(pdfset.files)} PDFs ...")
    pr = measure.measure_pdf(pdfset.files, pdfset.pages)
    tm, n = pr.times, pr.pages
    say(f"  {pr.words / n:.0f} words a page; bare spacy.blank tokenisation of that text alone: "
        f"{rate(n, tm['blank_tokenise_text'], 'pages')}")
    for lib in ("pdfminer", "pdfium"):
        label = "pdfminer.six extract_text" if lib == "pdfminer" else "pypdfium2 get_text_range"
        rows.append(Row(f"PDF->JSON pages/s, {lib}", rate(n, tm[f"{lib}_route"], "pages"),
                        rate(n, tm[f"{lib}_alone"], "pages") + f" {label}",
                        tm[f"{lib}_alone"] / tm[f"{lib}_route"], (">=", 0.8)))
        route = tm[f"{lib}_route"]
        split = (f"{lib} route {route:.1f}s = library {100 * min(tm[f'{lib}_alone'], tm[f'{lib}_read']) / route:.0f}%, "
                 f"reader clean-up {100 * max(0.0, tm[f'{lib}_read'] - tm[f'{lib}_alone']) / route:.0f}%, "
                 f"pipeline + assemble {100 * max(0.0, route - tm[f'{lib}_read']) / route:.0f}%")
        say("  " + split)
        route_row = rows[-1]
        rows.append(Row(f"  reader only (PDF->canonical text), {lib}", rate(n, tm[f"{lib}_read"], "pages"),
                        rate(n, tm[f"{lib}_alone"], "pages") + " library alone",
                        tm[f"{lib}_alone"] / tm[f"{lib}_read"], (">=", 0.8)))
        if route_row.status == "MISS":
            ceiling = tm[f"{lib}_alone"] / (tm[f"{lib}_alone"] + tm["blank_tokenise_text"])
            notes.append(f"PDF {split}; even the library plus bare spacy.blank tokenisation of the same text "
                         f"would reach only {ceiling:.2f} of the library alone")
    rows.append(Row("pdfium vs pdfminer, PDF->JSON", rate(n, tm["pdfium_route"], "pages"),
                    rate(n, tm["pdfminer_route"], "pages") + " pdfminer route", tm["pdfminer_route"] / tm["pdfium_route"]))
    rows.append(Row("pdfium vs pdfminer, library alone", rate(n, tm["pdfium_alone"], "pages"),
                    rate(n, tm["pdfminer_alone"], "pages") + " pdfminer alone", tm["pdfminer_alone"] / tm["pdfium_alone"]))
    results["pdf"] = asdict(pr)

    # -- 3. --jobs 2 vs --jobs 1 -------------------------------------------------------------
    # Sized by CPU time (a busy machine only makes the run longer); if the --jobs 1 run
    # still ends too soon, the subset grows once and it is redone before the --jobs 2 run.
    words_per_cpu_s = tr.words / tr.cpu_s if tr.cpu_s else tr.words / total
    want_words = int(sizes.jobs_seconds * 1.2 * words_per_cpu_s)
    for attempt in (1, 2):
        subset_files = _choose(arc.files, want_words)
        subset = _copy_subset(subset_files, WORK / "jobs_subset")
        say(f"\n[3/4] minutes extract --jobs 2 vs --jobs 1: {len(subset_files)} documents "
            f"(about {want_words:,} words, sized to last >= {sizes.jobs_seconds:g}s at one job) ...")
        one = measure.run_extract(subset, WORK / "jobs1.jsonl", 1)
        say(f"  --jobs 1: {one.seconds:.1f}s, {one.records} records, exit {one.returncode}, {one.cpu_text(1)}")
        if one.seconds >= sizes.jobs_seconds or attempt == 2 or len(subset_files) == len(arc.files):
            break
        want_words = int(want_words * 1.25 * sizes.jobs_seconds / max(one.seconds, 0.1))
        say(f"  (under {sizes.jobs_seconds:g}s: growing the subset)")
    two = measure.run_extract(subset, WORK / "jobs2.jsonl", 2)
    say(f"  --jobs 2: {two.seconds:.1f}s, {two.records} records, exit {two.returncode}, {two.cpu_text(2)}")
    runs = [one, two]
    for _ in range(sizes.jobs_repeats - 1):  # A B A B: the fastest of each met the least interference
        again = [measure.run_extract(subset, WORK / f"jobs{j}.jsonl", j) for j in (1, 2)]
        for j, r in zip((1, 2), again):
            say(f"  --jobs {j}: {r.seconds:.1f}s, {r.records} records, exit {r.returncode}, {r.cpu_text(j)} (repeat)")
        runs += again
        one, two = min((one, again[0]), key=lambda r: r.seconds), min((two, again[1]), key=lambda r: r.seconds)
    for r in runs:
        if r.returncode != 0 or r.records != len(subset_files):
            notes.append(f"a jobs run did not extract every file (exit {r.returncode}, {r.records}/{len(subset_files)}): {r.stderr[-300:]}")
    best = " (fastest of 2 each)" if sizes.jobs_repeats > 1 else ""
    speedup = Row(f"minutes extract --jobs 2 speed-up{best}", f"{two.seconds:.1f}s ({rate(len(subset_files), two.seconds, 'files')})",
                  f"{one.seconds:.1f}s --jobs 1", one.seconds / two.seconds, (">=", 1.7))
    rows.append(speedup)
    rows.append(Row("  CPU-s of --jobs 2 vs --jobs 1", f"{two.cpu_seconds:.1f} CPU-s", f"{one.cpu_seconds:.1f} CPU-s",
                    two.cpu_seconds / one.cpu_seconds if one.cpu_seconds else None))
    rows.append(Row("  speed-up less waits for a CPU (est.)", f"{two.uncontended_seconds:.1f}s",
                    f"{one.uncontended_seconds:.1f}s --jobs 1", one.uncontended_seconds / two.uncontended_seconds))
    if one.seconds < sizes.jobs_seconds:  # the fastest of the --jobs 1 runs
        notes.append(f"the --jobs 1 run lasted {one.seconds:.1f}s, under the {sizes.jobs_seconds:g}s asked for")
    if speedup.status == "MISS":
        notes.append(f"--jobs 2 missed: {one.seconds / two.seconds:.2f}x on {os.cpu_count()} CPUs; --jobs 1 {one.cpu_text(1)}, "
                     f"--jobs 2 {two.cpu_text(2)} (time waiting for a CPU is time other processes on the machine held the "
                     f"cores; net of it the speed-up is about {one.uncontended_seconds / two.uncontended_seconds:.2f}x)")
    results["jobs"] = {"files": len(subset_files), "runs": [asdict(r) for r in runs], "best1": asdict(one), "best2": asdict(two)}

    # -- 4. peak memory ----------------------------------------------------------------------
    if small is not None:
        say(f"\n[4/4] peak memory, minutes extract --jsonl --jobs {args.mem_jobs}: "
            f"{sizes.mem_small:,} vs {sizes.mem_large:,} short documents (each run under a fresh probe) ...")
        first = small.folder / "part_000"
        if sizes.mem_small != 1000:
            first = _copy_subset(small.files[: sizes.mem_small], WORK / "small_first")
        lo = measure.run_memory(first, WORK / "mem_small.jsonl", args.mem_jobs)
        say(f"  {lo['records']:,} docs: {lo['seconds']:.1f}s, all processes {mb(lo['peak_total_kb'])}, "
            f"largest process {mb(lo['max_process_kb'])}")
        hi = measure.run_memory(small.folder, WORK / "mem_large.jsonl", args.mem_jobs)
        say(f"  {hi['records']:,} docs: {hi['seconds']:.1f}s, all processes {mb(hi['peak_total_kb'])}, "
            f"largest process {mb(hi['max_process_kb'])}")
        for r, want in ((lo, sizes.mem_small), (hi, len(small.files))):
            if r["returncode"] != 0 or r["records"] != want:
                notes.append(f"a memory run did not extract every file ({r['records']}/{want}): {r['stderr_tail'][-300:]}")
        rows.append(Row(f"peak RSS {hi['records']:,} vs {lo['records']:,} docs, all processes",
                        mb(hi["peak_total_kb"]), mb(lo["peak_total_kb"]), hi["peak_total_kb"] / lo["peak_total_kb"], ("<=", 1.2)))
        rows.append(Row(f"peak RSS {hi['records']:,} vs {lo['records']:,} docs, largest process",
                        mb(hi["max_process_kb"]), mb(lo["max_process_kb"]), hi["max_process_kb"] / lo["max_process_kb"], ("<=", 1.2)))
        if rows[-2].status == "MISS" or rows[-1].status == "MISS":
            growth = (hi["max_process_kb"] - lo["max_process_kb"]) / 1024 / max(1, (hi["records"] - lo["records"]) / 1000)
            notes.append(f"memory grows about {growth:.1f} MB per 1,000 documents in the largest process")
        results["memory"] = {"small": lo, "large": hi}

    # -- the table -----------------------------------------------------------------------------
    load_end = measure.load_average()
    elapsed = time.perf_counter() - started
    table = [r.cells() for r in rows]
    say(f"\nResults ({'quick' if args.quick else 'full'} run, {elapsed:.0f}s, load average {load_start} -> {load_end}, "
        f"CPU pressure now {measure.cpu_pressure()}):")
    say(text_table(HEADERS, table))
    if notes:
        say("\nNotes:")
        for note in notes:
            say(f"- {note}")
    results.update({"rows": [dict(zip(HEADERS, c)) for c in table], "notes": notes, "elapsed_s": elapsed,
                    "breakdown": breakdown, "load_average": [load_start, load_end]})
    (WORK / "results.json").write_text(json.dumps(results, indent=2, default=str), encoding="utf-8")
    (WORK / "results.md").write_text(markdown_table(HEADERS, table) + "\n\n" +
                                     markdown_table(["component", "seconds", "share", "words/s of this step"], breakdown) + "\n",
                                     encoding="utf-8")
    say(f"\n(also written to {(WORK / 'results.md').relative_to(ROOT)} and results.json)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
