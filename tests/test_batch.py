"""Archive runs: nothing lost, nothing half-written, resumable after a kill."""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import RAW

MINUTES = [str(Path(sys.executable).with_name("minutes"))]


def make_archive(root: Path, copies: int) -> list[Path]:
    """``copies`` distinct inputs (each copy differs by a trailing line, so by sha256)."""
    sources = sorted(RAW.glob("*.txt"))
    made = []
    for i in range(copies):
        src = sources[i % len(sources)]
        dest = root / f"council_{i % 7}" / f"{i:04d}_{src.name}"
        dest.parent.mkdir(parents=True, exist_ok=True)
        dest.write_text(src.read_text(encoding="utf-8") + f"\n\nCopy {i}\n", encoding="utf-8")
        made.append(dest)
    return made


def summary_counts(stderr: str) -> dict[str, int]:
    m = re.search(r"(\d+) files: (\d+) extracted, (\d+) skipped \(already done\), (\d+) failed", stderr)
    assert m, f"no summary line in: {stderr[-500:]}"
    return dict(zip(("files", "extracted", "skipped", "failed"), map(int, m.groups())))


def test_output_mirrors_the_input_tree(tmp_path: Path) -> None:
    archive = tmp_path / "archive"
    inputs = make_archive(archive, 9)
    out = tmp_path / "out"
    run = subprocess.run(MINUTES + ["extract", str(archive), "-o", str(out), "--jobs", "2"], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    for src in inputs:
        target = out / src.relative_to(archive).with_suffix(".json")
        record = json.loads(target.read_text(encoding="utf-8"))
        assert record["source"]["path"] == str(src)
    assert summary_counts(run.stderr)["extracted"] == 9


def test_broken_pdf_is_recorded_and_the_rest_is_written(tmp_path: Path) -> None:
    archive = tmp_path / "archive"
    good = make_archive(archive, 4)
    bad = archive / "council_0" / "broken.pdf"
    bad.write_bytes(os.urandom(2048))
    out = tmp_path / "out"
    run = subprocess.run(MINUTES + ["extract", str(archive), "-o", str(out), "--jobs", "2"], capture_output=True, text=True)
    assert run.returncode == 1
    assert f"{bad}:" in run.stderr and "Traceback" not in run.stderr
    for src in good:
        assert (out / src.relative_to(archive).with_suffix(".json")).exists()
    errors = [json.loads(line) for line in (out / "errors.jsonl").read_text().splitlines()]
    assert [e["path"] for e in errors] == [str(bad)]
    assert errors[0]["kind"] and errors[0]["message"]


def test_rerun_skips_done_files_and_redoes_changed_ones(tmp_path: Path) -> None:
    archive = tmp_path / "archive"
    inputs = make_archive(archive, 5)
    out = tmp_path / "out"
    first = subprocess.run(MINUTES + ["extract", str(archive), "-o", str(out), "--jobs", "1"], capture_output=True, text=True)
    assert summary_counts(first.stderr)["extracted"] == 5
    inputs[0].write_text(inputs[0].read_text(encoding="utf-8") + "\nAmended.\n", encoding="utf-8")
    second = subprocess.run(MINUTES + ["extract", str(archive), "-o", str(out), "--jobs", "1"], capture_output=True, text=True)
    assert summary_counts(second.stderr) == {"files": 5, "extracted": 1, "skipped": 4, "failed": 0}
    forced = subprocess.run(MINUTES + ["extract", str(archive), "-o", str(out), "--force"], capture_output=True, text=True)
    assert summary_counts(forced.stderr)["extracted"] == 5


def test_killed_run_resumes_without_redoing_work(tmp_path: Path) -> None:
    archive = tmp_path / "archive"
    make_archive(archive, 400)
    out = tmp_path / "out"
    proc = subprocess.Popen(MINUTES + ["extract", str(archive), "-o", str(out), "--jobs", "2", "--quiet"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and len(list(out.rglob("*.json"))) < 30:
        time.sleep(0.05)
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    before = list(out.rglob("*.json"))
    assert 30 <= len(before) < 400, "the run must be interrupted part-way"
    rerun = subprocess.run(MINUTES + ["extract", str(archive), "-o", str(out), "--jobs", "2"], capture_output=True, text=True)
    assert rerun.returncode == 0, rerun.stderr[-2000:]
    counts = summary_counts(rerun.stderr)
    assert counts["skipped"] == len(before)
    assert counts["extracted"] == 400 - len(before)
    outputs = list(out.rglob("*.json"))
    assert len(outputs) == 400
    for path in outputs:
        json.loads(path.read_text(encoding="utf-8"))  # every output is whole


def test_timeout_and_max_size_are_recorded_failures(tmp_path: Path, monkeypatch) -> None:
    from extractor.batch import work
    from extractor.batch.discover import discover
    from extractor.batch.runner import run
    from extractor.batch.writer import DirWriter

    archive = tmp_path / "archive"
    make_archive(archive, 3)
    big = archive / "big.txt"
    big.write_text("x" * (2 * 1024 * 1024), encoding="utf-8")
    slow = archive / "slow.txt"
    slow.write_text("SLEEP", encoding="utf-8")
    real = work.process

    def sometimes_hangs(path: str, source: str, options):
        if path.endswith("slow.txt"):
            time.sleep(60)
        return real(path, source, options)

    monkeypatch.setattr(work, "process", sometimes_hangs)  # inherited by forked workers
    out = tmp_path / "out"
    started = time.monotonic()
    summary = run(discover([str(archive)]), DirWriter(out, "test"), work.Options(), jobs=2, timeout=3, max_size_mb=1, quiet=True)
    assert time.monotonic() - started < 40
    kinds = {json.loads(l)["path"].rsplit("/", 1)[-1]: json.loads(l)["kind"] for l in (out / "errors.jsonl").read_text().splitlines()}
    assert kinds == {"big.txt": "too_large", "slow.txt": "timeout"}
    assert summary.done == 3 and summary.failed == 2


def test_jsonl_stream_resumes_after_a_partial_line(tmp_path: Path) -> None:
    archive = tmp_path / "archive"
    make_archive(archive, 4)
    target = tmp_path / "all.jsonl"
    subprocess.run(MINUTES + ["extract", str(archive), "--jsonl", str(target), "-q"], check=True)
    lines = target.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 4
    target.write_text("\n".join(lines[:2]) + "\n" + lines[2][:100], encoding="utf-8")  # killed mid-line
    rerun = subprocess.run(MINUTES + ["extract", str(archive), "--jsonl", str(target)], capture_output=True, text=True)
    assert summary_counts(rerun.stderr)["skipped"] == 2
    records = [json.loads(l) for l in target.read_text(encoding="utf-8").splitlines()]
    assert len(records) == 4 and len({r["source"]["path"] for r in records}) == 4


@pytest.mark.parametrize("trouble", ["hang", "crash"])
def test_files_after_a_stuck_or_dying_worker_are_still_extracted(tmp_path: Path, monkeypatch, trouble) -> None:
    """With one worker, a file that hangs past the timeout or kills the worker is a
    recorded failure and the replacement worker extracts every file after it."""
    from extractor.batch import work
    from extractor.batch.pool import run_pool

    good = sorted(RAW.glob("seed_00[0-2]*.txt"))
    bad = tmp_path / "a_bad.txt"
    bad.write_text("x", encoding="utf-8")
    real = work.process

    def troubled(path: str, source: str, options):
        if path.endswith("a_bad.txt"):
            if trouble == "hang":
                time.sleep(60)
            os._exit(1)
        return real(path, source, options)

    monkeypatch.setattr(work, "process", troubled)  # inherited by forked workers
    tasks = [(0, str(bad), str(bad))] + [(i + 1, str(p), str(p)) for i, p in enumerate(good)]
    started = time.monotonic()
    outcomes = dict(run_pool(tasks, 1, work.Options(), timeout=3))
    assert time.monotonic() - started < 40
    assert outcomes[0]["kind"] == ("timeout" if trouble == "hang" else "crash")
    assert all(outcomes[i]["ok"] for i in range(1, len(tasks))), outcomes
