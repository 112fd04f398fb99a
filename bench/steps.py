"""The four measurements as steps: each runs one, prints what it saw, and adds its
table rows, its notes on any miss and its raw figures to the shared ``Report``."""

from __future__ import annotations

import os
import shutil
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from bench import measure
from bench.archive import Built
from bench.pdfs import PdfSet
from bench.report import Row, mb, rate, text_table

ROOT = Path(__file__).resolve().parents[1]
WORK = ROOT / "bench" / "_work"
BREAKDOWN_HEADERS = ["component", "seconds", "share", "words/s of this step"]
DOC_TEXT_WORTH_NOTING = 0.2  # share of profiled time above which Doc.text rebuilds are named in the notes


@dataclass
class Report:
    quick: bool
    rows: list[Row] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    results: dict[str, Any] = field(default_factory=dict)
    breakdown: list[list[str]] = field(default_factory=list)


def say(text: str) -> None:
    print(text, flush=True)


def choose(paths: list[Path], words: int) -> list[Path]:
    """The first files that together hold at least ``words`` words."""
    chosen, total = [], 0
    for path in paths:
        if total >= words:
            break
        chosen.append(path)
        total += measure.word_count(path.read_text(encoding="utf-8"))
    return chosen


def copy_subset(files: list[Path], folder: Path) -> Path:
    """A folder holding just ``files`` (so ``minutes extract FOLDER`` takes exactly them)."""
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    for f in files:
        target = folder / f.parent.name / f.name
        target.parent.mkdir(exist_ok=True)
        shutil.copyfile(f, target)
    return folder


def text_step(rep: Report, arc: Built, sample_words: int) -> measure.TextResult:
    """1. Extraction words/s vs bare tokenisation, time per component, cProfile hot spots."""
    sample = choose(arc.files, sample_words)
    say(f"\n[1/4] extraction vs bare tokenisation: {len(sample)} archive documents, single process ...")
    tr = measure.measure_text(sample)
    blank = rate(tr.words, tr.blank_s, "words") + ' blank("en")'
    total = tr.pipeline_s + tr.assemble_s
    main = Row("extraction words/s (pipeline)", rate(tr.words, tr.pipeline_s, "words"), blank,
               tr.blank_s / tr.pipeline_s, (">=", 0.25))
    rep.rows += [main, Row("  incl. assemble to JSON", rate(tr.words, total, "words"), blank, tr.blank_s / total)]
    parts = sorted({**tr.components, "assemble + to_json": tr.assemble_s}.items(), key=lambda kv: -kv[1])
    rep.breakdown = [[name, f"{s:.2f}", f"{100 * s / total:.1f}%", rate(tr.words, s, "words") if s else "-"]
                     for name, s in parts]
    say(f"{tr.words:,} words in {tr.docs} documents; time per component (% of pipeline + assemble, {total:.1f}s):")
    say(text_table(BREAKDOWN_HEADERS, rep.breakdown))

    profiled = sample[: 3 if rep.quick else 8]
    hot = measure.profile_text(profiled)
    text_share = hot.doc_text_s / hot.total_s if hot.total_s else 0.0
    say(f"hot spots under cProfile ({len(profiled)} documents, {hot.total_s:.1f}s profiled; shares only, "
        f"cProfile inflates per-call costs):")
    if hot.doc_text_calls:
        say(f"  spaCy Doc.text rebuilt from all tokens {hot.doc_text_calls} times: {100 * text_share:.0f}% of the time; "
            f"read by " + ", ".join(f"{name} ({n}x)" for name, n, _ in hot.doc_text_callers[:4]))
    else:
        say("  spaCy Doc.text never rebuilt from the tokens (the tokenizer keeps the text)")
    for name, calls, cum in hot.functions[:6]:
        say(f"  {100 * cum / hot.total_s:4.0f}%  {name} ({calls} calls)")
    if main.status == "MISS":
        note = ("extraction/tokenisation missed: slowest steps " +
                ", ".join(f"{n} {100 * s / total:.0f}%" for n, s in parts[:3]) +
                f" (the tokenizer, which costs about what blank(\"en\") does, is "
                f"{100 * tr.components['tokenizer'] / total:.1f}%); top function under cProfile: "
                f"{hot.functions[0][0] if hot.functions else '?'}")
        if text_share >= DOC_TEXT_WORTH_NOTING and hot.doc_text_callers:
            note += (f"; {100 * text_share:.0f}% of pipeline time is spaCy rebuilding Doc.text, mostly for "
                     f"{hot.doc_text_callers[0][0]}")
        rep.notes.append(note)
    rep.results["text"] = asdict(tr)
    rep.results["hotspots"] = asdict(hot)
    return tr


def pdf_step(rep: Report, pdfset: PdfSet) -> None:
    """2. PDF to JSON pages/s vs each PDF library alone; the reader alone; the tokenisation floor."""
    say(f"\n[2/4] PDF to JSON vs the PDF library alone: {pdfset.pages} pages in {len(pdfset.files)} PDFs ...")
    pr = measure.measure_pdf(pdfset.files, pdfset.pages)
    tm, n = pr.times, pr.pages
    say(f"  {pr.words / n:.0f} words a page; bare spacy.blank tokenisation of that text alone: "
        f"{rate(n, tm['blank_tokenise_text'], 'pages')}")
    for lib, label in (("pdfminer", "pdfminer.six extract_text"), ("pdfium", "pypdfium2 get_text_range")):
        alone, read, route = tm[f"{lib}_alone"], tm[f"{lib}_read"], tm[f"{lib}_route"]
        route_row = Row(f"PDF->JSON pages/s, {lib}", rate(n, route, "pages"), rate(n, alone, "pages") + f" {label}",
                        alone / route, (">=", 0.8))
        rep.rows += [route_row, Row(f"  reader only (PDF->canonical text), {lib}", rate(n, read, "pages"),
                                    rate(n, alone, "pages") + " library alone", alone / read, (">=", 0.8))]
        split = (f"{lib} route {route:.1f}s = library {100 * min(alone, read) / route:.0f}%, "
                 f"reader clean-up {100 * max(0.0, read - alone) / route:.0f}%, "
                 f"pipeline + assemble {100 * max(0.0, route - read) / route:.0f}%")
        say("  " + split)
        if route_row.status == "MISS":
            ceiling = alone / (alone + tm["blank_tokenise_text"])
            rep.notes.append(f"PDF {split}; even the library plus bare spacy.blank tokenisation of the same text "
                             f"would reach only {ceiling:.2f} of the library alone")
    rep.rows += [
        Row("pdfium vs pdfminer, PDF->JSON", rate(n, tm["pdfium_route"], "pages"),
            rate(n, tm["pdfminer_route"], "pages") + " pdfminer route", tm["pdfminer_route"] / tm["pdfium_route"]),
        Row("pdfium vs pdfminer, library alone", rate(n, tm["pdfium_alone"], "pages"),
            rate(n, tm["pdfminer_alone"], "pages") + " pdfminer alone", tm["pdfminer_alone"] / tm["pdfium_alone"]),
    ]
    rep.results["pdf"] = asdict(pr)


def _jobs_pair(subset: Path, out: str, files: int, repeats: int, one: measure.RunResult | None = None) -> tuple[measure.RunResult, measure.RunResult, list[str]]:
    """--jobs 1 then --jobs 2 (A B), ``repeats`` times; the fastest of each counts (least
    interference from other processes). ``one`` is a --jobs 1 run already made."""
    problems: list[str] = []
    best: dict[int, measure.RunResult] = {}
    for i in range(repeats):
        for j in (1, 2):
            r = one if (i == 0 and j == 1 and one is not None) else measure.run_extract(subset, WORK / out.format(j=j), j)
            if not (i == 0 and j == 1 and one is not None):
                say(f"  --jobs {j} {'--jsonl' if out.endswith('.jsonl') else '-o DIR'}: {r.seconds:.1f}s, "
                    f"{r.records} records, exit {r.returncode}, {r.cpu_text(j)}")
            if r.returncode != 0 or r.records != files:
                problems.append(f"a --jobs {j} run did not extract every file (exit {r.returncode}, {r.records}/{files}): "
                                f"{r.stderr[-300:]}")
            if j not in best or r.seconds < best[j].seconds:
                best[j] = r
    return best[1], best[2], problems


def jobs_step(rep: Report, arc: Built, tr: measure.TextResult, seconds: float, repeats: int) -> None:
    """3. ``minutes extract -o DIR --jobs 2`` vs ``--jobs 1`` (the way users run it), on a
    subset lasting >= ``seconds`` at one job; then the same with ``--jsonl``. Each pair is
    timed ``repeats`` times and the fastest run of each kept (one busy moment on a shared
    machine otherwise decides the ratio).

    The subset is sized from CPU time (a busy machine only makes the run longer); if the
    --jobs 1 run still ends too soon, the subset grows once and that run is redone.
    """
    words_per_cpu_s = tr.words / tr.cpu_s if tr.cpu_s else tr.words / (tr.pipeline_s + tr.assemble_s)
    want_words = int(seconds * 1.2 * words_per_cpu_s)
    for attempt in (1, 2):
        files = choose(arc.files, want_words)
        subset = copy_subset(files, WORK / "jobs_subset")
        say(f"\n[3/4] minutes extract --jobs 2 vs --jobs 1: {len(files)} documents "
            f"(about {want_words:,} words, sized to last >= {seconds:g}s at one job) ...")
        first = measure.run_extract(subset, WORK / "jobs1_out", 1)
        say(f"  --jobs 1 -o DIR: {first.seconds:.1f}s, {first.records} records, exit {first.returncode}, "
            f"{first.cpu_text(1)}")
        if first.seconds >= seconds or attempt == 2 or len(files) == len(arc.files):
            break
        want_words = int(want_words * 1.25 * seconds / max(first.seconds, 0.1))
        say(f"  (under {seconds:g}s: growing the subset)")
    one, two, problems = _jobs_pair(subset, "jobs{j}_out", len(files), repeats, first)
    one_j, two_j, problems_j = _jobs_pair(subset, "jobs{j}.jsonl", len(files), repeats)
    # The fixed part no number of workers shortens: start-up (imports, loading the
    # pipeline in each worker) and shut-down, timed on a run over a single short file.
    tiny = copy_subset(files[:1], WORK / "jobs_tiny")
    fixed = {j: measure.run_extract(tiny, WORK / f"jobs{j}_tiny", j).seconds for j in (1, 2)}
    say(f"  start-up and shut-down alone (one short file): --jobs 1 {fixed[1]:.1f}s, --jobs 2 {fixed[2]:.1f}s")
    rep.notes += problems + problems_j
    best = f" (fastest of {repeats} each)" if repeats > 1 else ""
    net = one.uncontended_seconds / two.uncontended_seconds
    speedup = Row(f"minutes extract -o DIR --jobs 2 speed-up{best}",
                  f"{two.seconds:.1f}s ({rate(len(files), two.seconds, 'files')})",
                  f"{one.seconds:.1f}s --jobs 1", one.seconds / two.seconds, (">=", 1.7))
    rep.rows += [
        speedup,
        Row("  CPU-s of --jobs 2 vs --jobs 1", f"{two.cpu_seconds:.1f} CPU-s", f"{one.cpu_seconds:.1f} CPU-s",
            two.cpu_seconds / one.cpu_seconds if one.cpu_seconds else None),
        Row("  speed-up less waits for a CPU (est.)", f"{two.uncontended_seconds:.1f}s",
            f"{one.uncontended_seconds:.1f}s --jobs 1", net),
        Row("  speed-up less start-up and shut-down", f"{two.seconds - fixed[2]:.1f}s",
            f"{one.seconds - fixed[1]:.1f}s --jobs 1", (one.seconds - fixed[1]) / max(0.01, two.seconds - fixed[2])),
        Row(f"  the same with --jsonl{best}", f"{two_j.seconds:.1f}s", f"{one_j.seconds:.1f}s --jobs 1",
            one_j.seconds / two_j.seconds, (">=", 1.7)),
    ]
    if one.seconds < seconds:
        rep.notes.append(f"the --jobs 1 run lasted {one.seconds:.1f}s, under the {seconds:g}s asked for")
    if speedup.status == "MISS":
        rep.notes.append(f"--jobs 2 missed: {one.seconds / two.seconds:.2f}x on {os.cpu_count()} CPUs; --jobs 1 "
                         f"{one.cpu_text(1)}, --jobs 2 {two.cpu_text(2)}; time waiting for a CPU is time other "
                         f"processes held the cores (net of it: {net:.2f}x); start-up and shut-down take "
                         f"{fixed[1]:.1f}s / {fixed[2]:.1f}s whatever the size (net of them: "
                         f"{(one.seconds - fixed[1]) / max(0.01, two.seconds - fixed[2]):.2f}x)")
    rep.results["jobs"] = {"files": len(files), "best1": asdict(one), "best2": asdict(two), "fixed_s": fixed,
                           "jsonl1": asdict(one_j), "jsonl2": asdict(two_j)}


def memory_step(rep: Report, small: Built, count_small: int, jobs: int) -> None:
    """4. Peak resident memory of a run over all of ``small`` vs over its first ``count_small``."""
    say(f"\n[4/4] peak memory, minutes extract --jsonl --jobs {jobs}: "
        f"{count_small:,} vs {len(small.files):,} short documents (each run under a fresh probe) ...")
    first = small.folder / "part_000"  # build_small puts 1,000 documents in each folder
    if count_small != 1000:
        first = copy_subset(small.files[:count_small], WORK / "small_first")
    lo = measure.run_memory(first, WORK / "mem_small.jsonl", jobs)
    hi = measure.run_memory(small.folder, WORK / "mem_large.jsonl", jobs)
    for r, want in ((lo, count_small), (hi, len(small.files))):
        say(f"  {r['records']:,} docs: {r['seconds']:.1f}s, all processes {mb(r['peak_total_kb'])}, "
            f"largest process {mb(r['max_process_kb'])}")
        if r["returncode"] != 0 or r["records"] != want:
            rep.notes.append(f"a memory run did not extract every file ({r['records']}/{want}): {r['stderr_tail'][-300:]}")
    sizes = f"{hi['records']:,} vs {lo['records']:,} docs"
    new = [Row(f"peak RSS {sizes}, all processes", mb(hi["peak_total_kb"]), mb(lo["peak_total_kb"]),
               hi["peak_total_kb"] / lo["peak_total_kb"], ("<=", 1.2)),
           Row(f"peak RSS {sizes}, largest process", mb(hi["max_process_kb"]), mb(lo["max_process_kb"]),
               hi["max_process_kb"] / lo["max_process_kb"], ("<=", 1.2))]
    rep.rows += new
    if any(r.status == "MISS" for r in new):
        growth = (hi["max_process_kb"] - lo["max_process_kb"]) / 1024 / max(1, (hi["records"] - lo["records"]) / 1000)
        rep.notes.append(f"memory grows about {growth:.1f} MB per 1,000 documents in the largest process")
    rep.results["memory"] = {"small": lo, "large": hi}
