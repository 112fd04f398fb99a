"""Shared fixtures: the pipeline is loaded once per test session (loading costs ~0.3 s)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
RAW = ROOT / "corpus" / "raw"
GOLD = ROOT / "corpus" / "gold"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--runslow", action="store_true", default=False, help="run tests marked slow")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if config.getoption("--runslow"):
        return
    skip = pytest.mark.skip(reason="slow: run with --runslow")
    for item in items:
        if "slow" in item.keywords:
            item.add_marker(skip)


@pytest.fixture(scope="session")
def nlp():
    import extractor

    return extractor.load()


@pytest.fixture(scope="session")
def raw_dir() -> Path:
    return RAW


def raw_path(prefix: str) -> Path:
    """The corpus input whose file name starts with ``prefix`` (e.g. "seed_001", "dev_037")."""
    matches = sorted(RAW.glob(prefix + "*"))
    assert matches, f"no corpus/raw file starts with {prefix}"
    return matches[0]


SEEDS = sorted(RAW.glob("seed_*.txt"))
DEV_PAGES = sorted(RAW.glob("dev_*.txt"))


@lru_cache(maxsize=None)
def canonical_text(path: Path) -> str:
    """The canonical text of a corpus input, read once per test session (PDFs take a while)."""
    from extractor.readers import read_path

    return read_path(path).text
