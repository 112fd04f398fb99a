"""A batch of hostile files through the real command: every failure recorded with its
kind, every good file written, no traceback, and the whole run within 1.5 GB; the
single-file form holds --timeout, --max-size and --max-memory like the batch form."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import RAW, raw_path
from hostile import MB, bomb_pdf, peak_rss_of_tree, text_pdf, write_hostile_files

MINUTES = str(Path(sys.executable).with_name("minutes"))

# What each hostile file must come to: a failure of this kind in errors.jsonl, or a record
# (None) whose warnings hold this text ("" for no particular warning).
EXPECTED_FAILURES = {
    "junk.txt": "not_text",
    "junk.pdf": "damaged",
    "html_named.pdf": "not_pdf",
    "truncated.pdf": "damaged",
    "encrypted.pdf": "encrypted",
    "bomb.pdf": "inflate_limit",
    "big.txt": "too_long",
}
EXPECTED_RECORDS = {
    "empty.txt": "no text: the file is empty or holds only white space",
    "whitespace.txt": "no text: the file is empty or holds only white space",
    "invalid_utf8.txt": "file is not valid UTF-8",
    "utf16.txt": "",
    "nested.html": "",
    "scripts.html": "",
    "scanned.pdf": "scanned",  # "no text layer (scanned?)"; "scanned PDF: install tesseract-ocr" without it
    "cyclic.pdf": "no text layer (scanned?)",
    "unmapped_fonts.pdf": "text layer unreadable: fonts have no text mapping",
}
GOOD = ["seed_000", "seed_002", "seed_003", "sw_04"]  # .txt seeds and a train-split HTML page


def _run_watched(args: list[str], timeout: float = 300) -> tuple[subprocess.CompletedProcess, int, float]:
    """Run ``minutes`` with ``args``; its result, the peak memory of its whole process tree
    (sampled every 20 ms) and the wall time."""
    started = time.monotonic()
    proc = subprocess.Popen([MINUTES, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    peak = 0
    while proc.poll() is None:
        peak = max(peak, peak_rss_of_tree(proc.pid))
        if time.monotonic() - started > timeout:
            proc.kill()
            break
        time.sleep(0.02)
    out, err = proc.communicate()
    return subprocess.CompletedProcess(proc.args, proc.returncode, out, err), peak, time.monotonic() - started


def test_a_batch_of_hostile_files_fails_each_cleanly_and_writes_every_good_file(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    good_pdf = text_pdf(["Minutes of the Allotments Committee held on 4 May 2023", "",
                         "1. Rents", "", "RESOLVED: that the rent of GBP 40 per plot be approved."])
    write_hostile_files(folder, good_pdf=good_pdf)
    (folder / "good.pdf").write_bytes(good_pdf)
    for prefix in GOOD:
        source = raw_path(prefix)
        shutil.copy(source, folder / source.name)
    out = tmp_path / "out"

    result, peak, _ = _run_watched(["extract", str(folder), "-o", str(out), "--jobs", "2"])

    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr and "Traceback" not in result.stdout
    errors = {Path(e["path"]).name: e for e in map(json.loads, (out / "errors.jsonl").read_text().splitlines())}
    assert {name: e["kind"] for name, e in errors.items()} == EXPECTED_FAILURES
    for name, error in errors.items():  # each failure named on stderr with its reason
        assert f"{folder / name}: {error['message']}" in result.stderr
    assert "inflates to over 64 MB" in errors["bomb.pdf"]["message"]
    assert "would need about" in errors["big.txt"]["message"]
    for name, warning in EXPECTED_RECORDS.items():
        record = json.loads((out / name).with_suffix(".json").read_text())
        assert any(warning in w for w in record["warnings"]) if warning else record["warnings"] == [], (name, record)
    good = json.loads((out / "good.json").read_text())
    assert good["meetings"][0]["date"] == "2023-05-04"
    assert [r["text"] for r in good["meetings"][0]["items"][0]["resolutions"]] == ["the rent of GBP 40 per plot be approved"]
    for prefix in GOOD:
        record = json.loads((out / raw_path(prefix).name).with_suffix(".json").read_text())
        assert record["meetings"], prefix
    assert peak < 1.5 * 1024 * MB, f"the run's processes took {peak / MB:.0f} MB together"


def test_the_single_file_form_stops_a_bomb_within_30_seconds(tmp_path: Path) -> None:
    """(The cap is checked before either PDF backend sees the file: one run shows both.)"""
    bomb = tmp_path / "bomb.pdf"
    bomb.write_bytes(bomb_pdf(2048))
    result, peak, elapsed = _run_watched(["extract", str(bomb), "--timeout", "10"])
    assert result.returncode == 1 and result.stdout == ""
    assert result.stderr.startswith(f"{bomb}: refused: a compressed stream inflates to over 64 MB")
    assert elapsed < 30 and peak < 1024 * MB


def test_the_single_file_form_honours_timeout(tmp_path: Path) -> None:
    """About 3 MB of minutes takes far longer than a second: stopped, named, exit 1."""
    text = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted(RAW.glob("seed_*.txt")))
    slow = tmp_path / "slow.txt"
    slow.write_text(text * (3 * MB // len(text) + 1), encoding="utf-8")
    result, _, elapsed = _run_watched(["extract", str(slow), "--timeout", "1"])
    assert result.returncode == 1 and result.stdout == ""
    assert result.stderr.strip() == f"{slow}: took longer than 1 s; stopped"
    assert elapsed < 30


def test_the_single_file_form_honours_max_size_and_max_memory(tmp_path: Path) -> None:
    text = raw_path("seed_001").read_text(encoding="utf-8")
    big = tmp_path / "pack.txt"
    big.write_text(text * (3 * MB // len(text) + 1), encoding="utf-8")
    result = subprocess.run([MINUTES, "extract", str(big), "--max-size", "1"], capture_output=True, text=True)
    assert result.returncode == 1 and result.stdout == ""
    assert re.fullmatch(rf"{re.escape(str(big))}: 3\.\d MB is over --max-size 1 MB", result.stderr.strip())
    result = subprocess.run([MINUTES, "extract", str(big), "--max-memory", "300"], capture_output=True, text=True)
    assert result.returncode == 1 and result.stdout == ""
    assert re.match(rf"{re.escape(str(big))}: too long to extract within --max-memory 300 MB: its 3,\d{{3}},\d{{3}} "
                    r"characters of text would need about \d{3} MB \(split the file, or raise --max-memory\)$", result.stderr)
    assert "Traceback" not in result.stderr


def test_a_memory_cap_too_small_for_the_pipeline_is_a_usage_error() -> None:
    result = subprocess.run([MINUTES, "extract", str(raw_path("seed_000")), "--max-memory", "100"],
                            capture_output=True, text=True)
    assert result.returncode == 2 and "--max-memory" in result.stderr and "Traceback" not in result.stderr


@pytest.mark.slow
@pytest.mark.parametrize("backend", ["pdfminer", "pdfium"])
def test_a_worker_that_runs_out_of_memory_is_a_recorded_failure_and_the_next_file_comes_out(
        tmp_path: Path, monkeypatch, backend: str) -> None:
    """With the inflate cap out of the way, the bomb meets the worker's memory cap: a
    'memory' failure (pdfminer, zlib cannot allocate) or a worker PDFium aborted
    ('crash'); the replacement worker extracts the next file."""
    from extractor.batch.pool import run_pool
    from extractor.batch.work import Options
    from extractor.readers import pdf

    monkeypatch.setattr(pdf, "check_inflation", lambda raw: None)  # inherited by forked workers
    bomb = tmp_path / "bomb.pdf"
    bomb.write_bytes(bomb_pdf(2048))
    seed = raw_path("seed_002")
    tasks = [(0, str(bomb), "bomb"), (1, str(seed), "seed")]
    outcomes = dict(run_pool(tasks, 1, Options(pdf_backend=backend, max_memory_mb=600)))
    assert outcomes[0]["ok"] is False
    assert (outcomes[0]["kind"], outcomes[0]["message"][:40]) in {
        ("memory", "not a readable PDF: ran out of memory wh"),
        ("memory", "ran out of memory (over --max-memory 600"),
        ("crash", "the worker process died on this file (SI"),
    }
    assert outcomes[1]["ok"] is True
