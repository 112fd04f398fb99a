"""Assigning splits: by body, stratified, deterministic, and never moving a fixed row."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from extractor.evaluation.manifest import ManifestError, Row, assign_splits, read_manifest, write_manifest


def _rows() -> list[Row]:
    rows = []
    for kind in ("england_parish", "us", "canada"):
        for b in range(8):
            for d in range(2 if b % 3 == 0 else 1):
                length = "full" if (b + d) % 2 else "excerpt"
                rows.append(Row(f"{kind}_{b}_{d}", f"raw/{kind}_{b}_{d}.txt", f"{kind} body {b}", kind, "X", "txt", length, "", "s"))
    return rows


def test_every_body_lands_in_one_split() -> None:
    rows = _rows()
    assign_splits(rows)
    by_body = {}
    for r in rows:
        by_body.setdefault(r.body_key, set()).add(r.split)
    assert all(len(s) == 1 for s in by_body.values())


def test_each_kind_is_split_about_half_quarter_quarter() -> None:
    rows = _rows()
    assign_splits(rows)
    for kind in ("england_parish", "us", "canada"):
        counts = Counter(r.split for r in rows if r.kind == kind)  # 11 documents of 8 bodies each
        assert 4 <= counts["train"] <= 7 and 2 <= counts["dev"] <= 4 and 2 <= counts["test"] <= 4, (kind, counts)


def test_the_draw_is_deterministic_and_depends_on_the_seed() -> None:
    a, b, c = _rows(), _rows(), _rows()
    assign_splits(a, seed=1)
    assign_splits(b, seed=1)
    assign_splits(c, seed=2)
    assert [r.split for r in a] == [r.split for r in b]
    assert [r.split for r in a] != [r.split for r in c]


def test_fixed_splits_stay_and_pull_their_body_along() -> None:
    rows = _rows()
    rows[0].split = "test"
    same_body = [r for r in rows if r.body_key == rows[0].body_key]
    assert len(same_body) == 2
    assign_splits(rows)
    assert {r.split for r in same_body} == {"test"}


def test_round_trip_and_a_bad_kind_named_with_its_line(tmp_path: Path) -> None:
    rows = _rows()[:3]
    path = tmp_path / "manifest.csv"
    write_manifest(path, rows)
    assert read_manifest(path) == rows
    text = path.read_text(encoding="utf-8").replace(",england_parish,", ",parish,", 1)
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ManifestError, match=r"line 2 .*kind 'parish'"):
        read_manifest(path)


def test_a_source_with_unquoted_commas_is_read_whole_and_written_quoted(tmp_path: Path) -> None:
    """A hand-typed row whose address holds commas keeps the whole address, and writing the
    manifest back quotes it, so the next build does not cut it at its first comma."""
    path = tmp_path / "manifest.csv"
    path.write_text(
        "id,file,body,kind,country,format,length,split,source\n"
        "a_1,raw/a_1.txt,Body A,us,United States,txt,full,train,https://example.org/minutes-for-may-4,-2019\n",
        encoding="utf-8")
    rows = read_manifest(path)
    assert rows[0].source == "https://example.org/minutes-for-may-4,-2019"
    write_manifest(path, rows)
    assert read_manifest(path)[0].source == "https://example.org/minutes-for-may-4,-2019"
    assert '"https://example.org/minutes-for-may-4,-2019"' in path.read_text(encoding="utf-8")
