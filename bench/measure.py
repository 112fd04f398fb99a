"""The timed measurements. Each pairs our figure with its baseline on the same inputs,
interleaved file by file where possible, so load from other processes hits both alike."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Optional

ROOT = Path(__file__).resolve().parents[1]


def word_count(text: str) -> int:
    return len(text.split())


# -- extraction vs bare tokenisation ---------------------------------------------------------


@dataclass
class TextResult:
    docs: int
    words: int
    blank_s: float
    pipeline_s: float
    assemble_s: float
    components: dict[str, float] = field(default_factory=dict)  # tokenizer + each pipe
    cpu_s: float = 0.0  # CPU time of the pipeline + assemble pass (robust to a busy machine)


def measure_text(paths: list[Path], warmup: int = 3) -> TextResult:
    """Canonical texts (as the readers make them) through bare ``spacy.blank("en")`` and
    through the pipeline component by component, then assembled to JSON, per document."""
    import spacy

    import extractor
    from extractor.api import build_record
    from extractor.readers import read_path

    nlp = extractor.load()
    blank = spacy.blank("en")
    reads = [read_path(p) for p in paths]
    for read in reads[:warmup]:  # first-call costs (lazy imports, caches) are not throughput
        blank(read.text)
        build_record(nlp(read.text), read, "warmup").to_json()
    comps: dict[str, float] = {"tokenizer": 0.0, **{name: 0.0 for name in nlp.pipe_names}}
    blank_s = assemble_s = 0.0
    clock = time.perf_counter
    cpu_s = 0.0
    for path, read in zip(paths, reads):
        t0 = clock()
        blank(read.text)
        t1 = clock()
        cpu = time.process_time()
        doc = nlp.make_doc(read.text)
        t2 = clock()
        blank_s += t1 - t0
        comps["tokenizer"] += t2 - t1
        for name, proc in nlp.pipeline:
            t = clock()
            doc = proc(doc)
            comps[name] += clock() - t
        t = clock()
        build_record(doc, read, str(path)).to_json()
        assemble_s += clock() - t
        cpu_s += time.process_time() - cpu
    return TextResult(len(reads), sum(word_count(r.text) for r in reads), blank_s, sum(comps.values()),
                      assemble_s, comps, cpu_s)


# -- PDF route vs the PDF library alone -------------------------------------------------------


@dataclass
class PdfResult:
    pages: int
    files: int
    times: dict[str, float] = field(default_factory=dict)
    words: int = 0


def _pdfminer_alone(path: Path) -> str:
    from pdfminer.high_level import extract_text

    return extract_text(str(path))


def _pdfium_alone(path: Path) -> str:
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(str(path))
    try:
        out = []
        for i in range(len(doc)):
            page = doc[i]
            textpage = page.get_textpage()
            out.append(textpage.get_text_range())
            textpage.close()
            page.close()
        return "".join(out)
    finally:
        doc.close()


def measure_pdf(files: list[Path], pages: int) -> PdfResult:
    """Per file, in turn: each library alone, our reader (library + clean-up + normalise),
    and the whole route ``extractor.extract(pdf)`` to JSON, for both backends."""
    import extractor
    from extractor.readers import read_path

    nlp = extractor.load()
    steps = {
        "pdfminer_alone": _pdfminer_alone,
        "pdfminer_read": lambda p: read_path(p, pdf_backend="pdfminer"),
        "pdfminer_route": lambda p: extractor.extract(p, nlp=nlp, pdf_backend="pdfminer").to_json(),
        "pdfium_alone": _pdfium_alone,
        "pdfium_read": lambda p: read_path(p, pdf_backend="pdfium"),
        "pdfium_route": lambda p: extractor.extract(p, nlp=nlp, pdf_backend="pdfium").to_json(),
    }
    import spacy

    blank = spacy.blank("en")
    texts = {p: read_path(p, pdf_backend="pdfium").text for p in files}
    # The floor under any route: bare tokenisation of the text the PDF holds.
    steps["blank_tokenise_text"] = lambda p: blank(texts[p])
    for fn in steps.values():  # warm-up: imports and first-call costs
        fn(files[0])
    # Steps of a few milliseconds a file are timed three times and the fastest kept, so one
    # scheduling hiccup on a busy machine does not swing a ratio built on them.
    cheap = {"pdfium_alone", "pdfium_read", "blank_tokenise_text"}
    times = {name: 0.0 for name in steps}
    for path in files:
        for name, fn in steps.items():
            best = float("inf")
            for _ in range(3 if name in cheap else 1):
                t = time.perf_counter()
                fn(path)
                best = min(best, time.perf_counter() - t)
            times[name] += best
    return PdfResult(pages, len(files), times, sum(word_count(t) for t in texts.values()))


# -- whole CLI runs ---------------------------------------------------------------------------


def minutes_command() -> list[str]:
    """The installed ``minutes`` script next to this Python (the one users run)."""
    script = Path(sys.executable).parent / "minutes"
    if script.exists():
        return [str(script)]
    return [sys.executable, "-c", "import sys; from extractor.cli import app; sys.argv[0] = 'minutes'; app()"]


@dataclass
class RunResult:
    seconds: float
    records: int
    returncode: int
    stderr: str
    cpu_seconds: float = 0.0  # user + system time of the run and all its workers
    cpu_wait_seconds: float = 0.0  # time the working process(es) sat runnable, waiting for a CPU

    def cpu_text(self, jobs: int) -> str:
        share = self.cpu_seconds / (self.seconds * jobs) if self.seconds else 0.0
        return (f"{self.cpu_seconds:.1f} CPU-s = {100 * share:.0f}% of {jobs} core{'s' if jobs > 1 else ''}, "
                f"{self.cpu_wait_seconds:.1f}s waiting for a CPU")

    @property
    def uncontended_seconds(self) -> float:
        """Wall clock less the time the work sat waiting for a CPU another process held."""
        return max(0.01, self.seconds - self.cpu_wait_seconds)


def _probe(cmd: list[str]) -> dict[str, Any]:
    """Run ``cmd`` under a fresh ``bench.memprobe`` process (so its rusage is this run's)."""
    proc = subprocess.run([sys.executable, "-m", "bench.memprobe", *cmd], cwd=ROOT, capture_output=True, text=True,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})
    if proc.returncode != 0 or not proc.stdout.strip():
        raise RuntimeError(f"probe failed: {proc.stderr[-1000:]}")
    result: dict[str, Any] = json.loads(proc.stdout.strip().splitlines()[-1])
    return result


def _records(jsonl: Path) -> int:
    return sum(1 for _ in open(jsonl, encoding="utf-8")) if jsonl.exists() else 0


def run_extract(inputs: Path, out: Path, jobs: int) -> RunResult:
    """One ``minutes extract INPUTS --jsonl OUT`` (OUT ending .jsonl) or ``-o OUT`` (a
    folder) with ``--jobs N``, from a clean output, wall clock.

    With one job the command's own process does the work; with more, its pool workers
    do, and the wait counted is their mean (they run side by side)."""
    jsonl = out.suffix == ".jsonl"
    if jsonl:
        for stale in (out, out.with_name(out.stem + ".errors.jsonl")):
            stale.unlink(missing_ok=True)
    elif out.exists():
        shutil.rmtree(out)
    target = ["--jsonl", str(out)] if jsonl else ["-o", str(out)]
    r = _probe(minutes_command() + ["extract", str(inputs), *target, "--jobs", str(jobs), "--quiet"])
    waits = [w for _, w in r["worker_sched"]] if jobs > 1 and r["worker_sched"] else [r["root_sched"][1]]
    records = _records(out) if jsonl else sum(1 for _ in out.rglob("*.json"))
    return RunResult(r["seconds"], records, r["returncode"], r["stderr_tail"], r["cpu_seconds"],
                     sum(waits) / len(waits))


def run_memory(inputs: Path, jsonl: Path, jobs: int) -> dict[str, Any]:
    """Peak memory of one ``minutes extract`` run, measured by a fresh probe process."""
    for stale in (jsonl, jsonl.with_name(jsonl.stem + ".errors.jsonl")):
        stale.unlink(missing_ok=True)
    result = _probe(minutes_command() + ["extract", str(inputs), "--jsonl", str(jsonl), "--jobs", str(jobs), "--quiet"])
    result["records"] = _records(jsonl)
    return result


def load_average() -> Optional[float]:
    try:
        return round(os.getloadavg()[0], 2)
    except OSError:
        return None


def cpu_pressure() -> str:
    """Linux PSI: the share of the last 10 s in which some runnable task waited for a CPU."""
    try:
        line = Path("/proc/pressure/cpu").read_text().splitlines()[0]
        return line.split()[1].split("=")[1] + "%"
    except (OSError, IndexError):
        return "?"


# -- where the pipeline's time goes (cProfile) ------------------------------------------------


@dataclass
class Hotspots:
    total_s: float
    functions: list[tuple[str, int, float]]  # (extractor function, calls, cumulative seconds)
    doc_text_calls: int
    doc_text_s: float
    doc_text_callers: list[tuple[str, int, float]]


def _label(key: tuple[str, int, str]) -> str:
    filename, line, func = key
    path = Path(filename)
    try:
        path = path.relative_to(ROOT)
    except ValueError:
        pass
    return f"{path}:{line} {func}"


def profile_text(paths: list[Path]) -> Hotspots:
    """cProfile over the pipeline on a few documents: which of our functions cost most, and
    how often spaCy's ``Doc.text`` (rebuilt from every token on each access) is read."""
    import cProfile
    import pstats

    import extractor
    from extractor.readers import read_path

    nlp = extractor.load()
    texts = [read_path(p).text for p in paths]
    nlp(texts[0])
    profiler = cProfile.Profile()
    profiler.enable()
    for text in texts:
        nlp(text)
    profiler.disable()
    stats = pstats.Stats(profiler).stats  # type: ignore[attr-defined]
    total = sum(tt for _, _, tt, _, _ in stats.values())
    ours = [(_label(k), nc, ct) for k, (_, nc, _, ct, _) in stats.items()
            if k[0].startswith(str(ROOT / "extractor")) and k[2] != "__call__"]
    ours.sort(key=lambda x: -x[2])
    # Doc.text is a property whose generator joins every token's text; find it as the
    # doc.pyx __get__ that calls a doc.pyx genexpr, whatever line spaCy's version puts it on.
    walkers = {c for k, v in stats.items() if k[0].endswith("doc.pyx") and k[2] == "genexpr"
               for c in v[4] if c[0].endswith("doc.pyx") and c[2] == "__get__"}
    text_calls, text_s, callers = 0, 0.0, []
    for key in walkers:
        _, nc, _, ct, who = stats[key]
        text_calls += nc
        text_s += ct
        callers += [(_label(c), v[1], v[3]) for c, v in who.items()]
    callers.sort(key=lambda x: -x[2])
    return Hotspots(total, ours[:10], text_calls, text_s, callers[:6])
