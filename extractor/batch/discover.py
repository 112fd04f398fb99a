"""Expand the user's inputs (files, folders, globs) into the files to process."""

from __future__ import annotations

import glob
import os
from dataclasses import dataclass
from pathlib import Path

from ..readers import SUFFIX_FORMATS


@dataclass(frozen=True)
class Input:
    path: Path  # as given / found
    rel: Path  # relative path used to mirror the tree under -o


class InputError(Exception):
    """An input that names nothing to process (a usage error)."""


def _is_minutes_file(path: Path) -> bool:
    return path.suffix.lower() in SUFFIX_FORMATS and not path.name.startswith(".")


def _walk(folder: Path) -> list[Path]:
    found = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        found.extend(Path(root) / f for f in sorted(files) if _is_minutes_file(Path(f)))
    return found


def discover(args: list[str]) -> list[Input]:
    """Files keep their name; a folder's files keep their path below the folder."""
    inputs: list[Input] = []
    seen: set[Path] = set()

    def add(path: Path, rel: Path) -> None:
        key = path.resolve()
        if key not in seen:
            seen.add(key)
            inputs.append(Input(path, rel))

    for arg in args:
        path = Path(arg)
        if path.is_dir():
            for f in _walk(path):
                add(f, f.relative_to(path))
        elif path.exists():
            add(path, Path(path.name))
        elif glob.has_magic(arg):
            matches = sorted(glob.glob(arg, recursive=True))
            if not matches:
                raise InputError(f"{arg}: no file matches this pattern")
            base = Path(arg.split("*")[0].split("?")[0].split("[")[0])
            base = base if base.is_dir() else base.parent
            for m in map(Path, matches):
                if m.is_dir():
                    for f in _walk(m):
                        add(f, f.relative_to(base))
                elif _is_minutes_file(m):
                    add(m, m.relative_to(base) if m.is_relative_to(base) else Path(m.name))
        else:
            raise InputError(f"{arg}: no such file or folder")
    return inputs
