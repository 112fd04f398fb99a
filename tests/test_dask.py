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
