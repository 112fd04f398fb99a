"""Resumable, atomic output: nothing half-written, nothing done twice.

An output counts as done when it exists and its header records the same input
sha256 and extractor version; a re-run skips such inputs unless forced.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import tempfile
import time
from pathlib import Path
from typing import Optional

_HEAD = 8192
FSYNC_EVERY = 1.0  # seconds between fsyncs of a JSONL output (see JsonlWriter.write)
_SHA = re.compile(r'"sha256"\s*:\s*"([0-9a-f]{64})"')
_VERSION = re.compile(r'"extractor_version"\s*:\s*"([^"]*)"')


def file_sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def atomic_write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix="." + path.name, suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def _header(text: str) -> tuple[Optional[str], Optional[str]]:
    sha, version = _SHA.search(text), _VERSION.search(text)
    return (sha.group(1) if sha else None, version.group(1) if version else None)


class ErrorLog:
    """``errors.jsonl``: one line per failed input, appended as failures happen."""

    def __init__(self, path: Optional[Path]) -> None:
        self.path = path

    def record(self, source: str, kind: str, message: str) -> None:
        if self.path is None:
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with open(self.path, "a", encoding="utf-8") as fh:
            fh.write(json.dumps({"path": source, "kind": kind, "message": message}) + "\n")
            fh.flush()


class DirWriter:
    """One JSON file per input, mirroring the input tree under ``out``."""

    def __init__(self, out: Path, version: str, force: bool = False) -> None:
        self.out = out
        self.version = version
        self.force = force
        self.errors = ErrorLog(out / "errors.jsonl")
        self._targets: dict[Path, str] = {}

    def target(self, rel: Path, source: str) -> Path:
        path = self.out / rel.with_suffix(".json")
        owner = self._targets.setdefault(path, source)
        if owner != source:  # a.txt and a.pdf in one folder: keep both
            path = self.out / rel.parent / (rel.name + ".json")
            self._targets[path] = source
        return path

    def is_done(self, rel: Path, source: str, input_path: Path) -> bool:
        """Hashes the input only when an output exists, so a first run over a large
        archive does not read every file twice."""
        if self.force:
            return False
        path = self.target(rel, source)
        try:
            with open(path, encoding="utf-8") as fh:
                head = fh.read(_HEAD)
        except OSError:
            return False
        sha, version = _header(head)
        return version == self.version and sha == file_sha256(input_path)

    def write(self, rel: Path, source: str, record_json: str) -> None:
        atomic_write(self.target(rel, source), record_json + "\n")

    def close(self) -> None:
        pass


class JsonlWriter:
    """All records as lines of one file; a re-run appends only what is missing."""

    def __init__(self, path: Path, version: str, force: bool = False) -> None:
        self.path = path
        self.version = version
        self.errors = ErrorLog(path.with_name(path.stem + ".errors.jsonl"))
        self._done: set[tuple[str, str]] = set()
        if force and path.exists():
            path.unlink()
        if path.exists():
            self._done = self._scan()
        path.parent.mkdir(parents=True, exist_ok=True)
        self._fh = open(path, "a", encoding="utf-8")
        self._synced = time.monotonic()

    def _scan(self) -> set[tuple[str, str]]:
        done: set[tuple[str, str]] = set()
        good_bytes = 0
        with open(self.path, "rb") as fh:
            for line in fh:
                if not line.endswith(b"\n"):
                    break  # a killed run's last, partial line
                good_bytes += len(line)
                sha, version = _header(line[:_HEAD].decode("utf-8", "replace"))
                path = re.search(r'"path"\s*:\s*("(?:[^"\\]|\\.)*")', line.decode("utf-8", "replace"))
                if sha and version == self.version and path:
                    done.add((json.loads(path.group(1)), sha))
        if good_bytes != self.path.stat().st_size:
            with open(self.path, "r+b") as fh:
                fh.truncate(good_bytes)
        return done

    def is_done(self, rel: Path, source: str, input_path: Path) -> bool:
        return bool(self._done) and (source, file_sha256(input_path)) in self._done

    def write(self, rel: Path, source: str, record_json: str) -> None:
        # flush() hands the whole line to the OS, so a killed run keeps it. fsync (only
        # needed against power loss) per record kept the parent, which feeds the workers,
        # blocked for 12-17% of a run over short documents (bench/), so it runs at most
        # once a second and at close; a power cut costs at most the last second, and the
        # resume scan drops a partial last line and redoes it.
        self._fh.write(record_json + "\n")
        self._fh.flush()
        now = time.monotonic()
        if now - self._synced >= FSYNC_EVERY:
            os.fsync(self._fh.fileno())
            self._synced = now

    def close(self) -> None:
        self._fh.flush()
        os.fsync(self._fh.fileno())
        self._fh.close()


class StdoutWriter:
    """The single-file form: the record goes to stdout, nothing is kept on disk, so the
    one file runs through the same runner (and limits) as an archive."""

    def __init__(self) -> None:
        self.errors = ErrorLog(None)

    def is_done(self, rel: Path, source: str, input_path: Path) -> bool:
        return False

    def write(self, rel: Path, source: str, record_json: str) -> None:
        import sys

        sys.stdout.write(record_json + "\n")
        sys.stdout.flush()

    def close(self) -> None:
        pass
