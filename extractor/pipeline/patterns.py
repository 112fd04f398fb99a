"""Pattern data: every component keeps its lexicons and trigger phrases in
``models/minutes/<component>/patterns.json`` and can save and reload them with
the pipeline (``to_disk``/``from_disk``)."""

from __future__ import annotations

import copy
import json
import re
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Iterable

from spacy.util import registry

PATTERN_FILE = "patterns.json"


def pipeline_dir() -> Path:
    """The shipped pipeline directory: the top-level ``models/`` when the package is imported
    from a source checkout, else ``extractor.models`` (installed).

    The checkout's own folder comes first: an editable install maps ``extractor.models`` to
    the folder it was installed from, so code imported from another checkout (a git
    worktree) would read, and ``minutes train`` overwrite, that other checkout's models."""
    local = Path(__file__).resolve().parents[2] / "models" / "minutes"
    if local.is_dir():
        return local
    try:
        return Path(str(resources.files("extractor.models"))) / "minutes"
    except ModuleNotFoundError:
        return local


@lru_cache(maxsize=None)
def _read(path: str) -> dict[str, Any]:
    with open(path, encoding="utf-8") as fh:
        return json.load(fh)


def read_patterns(path: Path) -> dict[str, Any]:
    """A private deep copy, so no component can mutate another's patterns."""
    return copy.deepcopy(_read(str(path)))


@registry.misc("minutes.default_patterns.v1")
def default_patterns(component: str) -> dict[str, Any]:
    """Config hook: the patterns shipped for ``component``."""
    path = pipeline_dir() / component / PATTERN_FILE
    return read_patterns(path) if path.exists() else {}


def write_patterns(path: Path, patterns: dict[str, Any]) -> None:
    path.mkdir(parents=True, exist_ok=True)
    with open(path / PATTERN_FILE, "w", encoding="utf-8") as fh:
        json.dump(patterns, fh, indent=2, ensure_ascii=False)


def phrase_key(text: str) -> str:
    """The key a phrase matched by ``alternation`` is looked up by: lower case, single spaces.

    ``alternation`` lets any run of whitespace stand for a space, so the matched text of
    "a year" may be "a  year" (justified PDF text); tables of phrases must not care."""
    return " ".join(text.lower().split())


class PhraseMap(dict):
    """A table of phrases found with ``alternation``, looked up by ``phrase_key``."""

    def __init__(self, items: Any = ()) -> None:
        super().__init__((phrase_key(k), v) for k, v in dict(items).items())

    def __getitem__(self, key: str) -> Any:
        return super().__getitem__(phrase_key(key))

    def get(self, key: str, default: Any = None) -> Any:
        return super().get(phrase_key(key), default)

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and super().__contains__(phrase_key(key))


_GROUP_FROM = 12  # phrases from which an alternation is grouped by first character


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of literal phrases, longest first, spaces flexible.

    It opens with a look-ahead for the phrases' possible first characters: Python's
    regex engine otherwise enters every phrase at every position it tries (it has no
    quick first-character test for case-insensitive phrases), which made cue scans
    several times slower. The look-ahead only states what any phrase needs, so the
    matches are the same.

    A long list is also grouped by first character, keeping the phrases' order within
    each group (behind a look-ahead for both cases when a letter opens phrases in both):
    at a position the engine then tries one group's phrases instead of all of them. A phrase of another group
    fails at that position on its first character anyway, so the first phrase that
    matches is the same one. Only lists whose phrases all open with an ASCII character
    are grouped (outside ASCII, case folding could let two groups meet one character)."""
    parts = sorted({w for w in words if w}, key=len, reverse=True)
    if not parts:
        return ""
    firsts = sorted({r"\s" if p[0].isspace() else re.escape(p[0]) for p in parts})
    alts = [re.escape(p).replace(r"\ ", r"\s+") for p in parts]
    if len(parts) < _GROUP_FROM or not all(p[0].isascii() and not p[0].isspace() for p in parts):
        return f"(?=[{''.join(firsts)}])(?:{'|'.join(alts)})"
    groups: dict[str, list[str]] = {}
    if len({p[0].lower() for p in parts}) == len({p[0] for p in parts}):
        # no letter opens phrases in both cases: each group is its first character, then the rests
        for p in parts:
            groups.setdefault(p[0], []).append(re.escape(p[1:]).replace(r"\ ", r"\s+"))
        alt = "|".join(f"{re.escape(c)}(?:{'|'.join(g)})" for c, g in groups.items())
    else:
        for p, a in zip(parts, alts):
            groups.setdefault(p[0].lower(), []).append(a)
        alt = "|".join(f"(?=[{re.escape(c)}{re.escape(c.upper()) if c.upper() != c else ''}])(?:{'|'.join(g)})"
                       for c, g in groups.items())
    return f"(?=[{''.join(firsts)}])(?:{alt})"


class PatternComponent:
    """Base for our components: holds its pattern data and round-trips it to disk."""

    name: str

    def __init_subclass__(cls, **kwargs: Any) -> None:
        """Each component's ``__call__`` reports its failures as ``ComponentError``
        (component and real cause), never as spaCy's misleading E109 (see ``errors``)."""
        super().__init_subclass__(**kwargs)
        call = cls.__dict__.get("__call__")
        if call is not None and not getattr(call, "__minutes_guarded__", False):
            from .errors import guard

            cls.__call__ = guard(lambda self: self.name, call)  # type: ignore[method-assign]

    def __init__(self, nlp, name: str, patterns: dict[str, Any]) -> None:
        self.nlp = nlp
        self.name = name
        self.patterns = patterns
        self.compile()

    def compile(self) -> None:
        """Build regexes/matchers from ``self.patterns``; override in subclasses."""

    def to_disk(self, path, exclude=tuple()) -> None:
        write_patterns(Path(path), self.patterns)

    def from_disk(self, path, exclude=tuple()):
        file = Path(path) / PATTERN_FILE
        if file.exists():
            self.patterns = read_patterns(file)
            self.compile()
        return self
