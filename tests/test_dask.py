"""The dask engine gives the same records as local processes."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import RAW


def test_dask_local_cluster_matches_local_run(tmp_path: Path) -> None:
    from extractor.batch.discover import discover
    from extractor.batch.runner import run
    from extractor.batch.work import Options
    from extractor.batch.writer import DirWriter

    inputs = discover([str(p) for p in sorted(RAW.glob("seed_00[0-4]*.txt"))])
    local, dask = tmp_path / "local", tmp_path / "dask"
    run(inputs, DirWriter(local, "test"), Options(), jobs=1, quiet=True)
    summary = run(inputs, DirWriter(dask, "test"), Options(), jobs=2, quiet=True, engine="dask")
    assert summary.done == len(inputs) == 5 and summary.failed == 0
    for path in sorted(local.glob("*.json")):
        assert json.loads((dask / path.name).read_text()) == json.loads(path.read_text())


def test_dask_timeout_records_the_slow_file_and_finishes_the_rest(tmp_path: Path) -> None:
    """A file that takes far longer than --timeout is a recorded failure under dask too,
    and the worker it held is restarted so the other files still complete."""
    import time

    from extractor.batch.discover import discover
    from extractor.batch.runner import run
    from extractor.batch.work import Options
    from extractor.batch.writer import DirWriter

    archive = tmp_path / "in"
    archive.mkdir()
    seeds = sorted(RAW.glob("seed_00[0-4]*.txt"))
    for p in seeds:
        (archive / p.name).write_text(p.read_text(encoding="utf-8"), encoding="utf-8")
    # ~6 MB of minutes: tens of seconds of extraction, far over a 5 s timeout (a seed takes well under 1 s)
    big = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted(RAW.glob("*.txt")))
    (archive / "huge.txt").write_text(big * (6_000_000 // len(big) + 1), encoding="utf-8")
    out = tmp_path / "out"
    started = time.monotonic()
    summary = run(discover([str(archive)]), DirWriter(out, "test"), Options(), jobs=2, timeout=5.0,
                  quiet=True, engine="dask")
    elapsed = time.monotonic() - started
    errors = [json.loads(line) for line in (out / "errors.jsonl").read_text().splitlines()]
    assert [(Path(e["path"]).name, e["kind"]) for e in errors] == [("huge.txt", "timeout")]
    assert summary.done == len(seeds) and summary.failed == 1
    assert sorted(p.name for p in out.glob("*.json")) == sorted(p.with_suffix(".json").name for p in seeds)
    assert elapsed < 60, f"the run took {elapsed:.0f} s: the timeout did not free the run"
