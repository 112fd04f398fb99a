"""The installed ``minutes`` command as a user meets it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import raw_path

MINUTES = str(Path(sys.executable).with_name("minutes"))


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([MINUTES, *args], capture_output=True, text=True, cwd=cwd)


def test_one_file_prints_its_record_from_any_directory(tmp_path: Path) -> None:
    seed = raw_path("seed_000")
    result = run("extract", str(seed), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    record = json.loads(result.stdout)
    meeting = record["meetings"][0]
    assert meeting["date"] == "2021-09-30"
    assert meeting["items"][0]["number"] == "5"
    assert record["source"]["sha256"] and record["source"]["format"] == "text"


def test_include_text_lets_spans_be_checked(tmp_path: Path) -> None:
    result = run("extract", str(raw_path("seed_003")), "--include-text")
    record = json.loads(result.stdout)
    item = record["meetings"][0]["items"][0]
    start, end = item["span"]
    assert record["text"][start:end].startswith(item["title"])


def test_missing_file_is_a_usage_error_without_traceback() -> None:
    result = run("extract", "no/such/minutes.txt")
    assert result.returncode == 2
    assert "no/such/minutes.txt" in result.stderr and "Traceback" not in result.stderr


def test_unreadable_file_names_the_file_and_exits_1(tmp_path: Path) -> None:
    bad = tmp_path / "pack.pdf"
    bad.write_bytes(b"%PDF-1.4 this is not really a pdf")
    result = run("extract", str(bad))
    assert result.returncode == 1
    assert result.stderr.startswith(f"{bad}: ") and "Traceback" not in result.stderr


def test_several_inputs_without_a_destination_is_a_usage_error() -> None:
    result = run("extract", str(raw_path("seed_000")), str(raw_path("seed_002")))
    assert result.returncode == 2 and "-o" in result.stderr


@pytest.mark.parametrize("command", ["extract", "evaluate", "actions", "workprogramme", "schema"])
def test_every_command_explains_itself(command: str) -> None:
    result = run(command, "--help")
    assert result.returncode == 0
    assert "Usage" in result.stdout and len(result.stdout.splitlines()) > 5


def test_schema_is_a_json_schema_with_the_spec_fields() -> None:
    schema = json.loads(run("schema").stdout)
    meeting = schema["$defs"]["Meeting"]["properties"]
    assert {"body", "date", "time", "venue", "present", "apologies", "officers", "people", "items"} <= set(meeting)
    assert {"label", "text", "mover", "seconder", "outcome", "votes", "span"} <= set(schema["$defs"]["Resolution"]["properties"])
