"""A synthetic archive built from the corpus texts.

Real archives hold thousands of distinct minutes, so each synthetic document mixes one
to several corpus texts and varies what differs between real meetings: people's names
(after a title, recombined into new surnames so the vocabulary keeps growing as it would),
years, days of the month, minute numbers and sums of money. Nothing here names a council
or person: the names are harvested from the corpus at run time, the titles come from the
people component's pattern file.
"""

from __future__ import annotations

import calendar
import hashlib
import csv
import json
import random
import re
import shutil
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RAW = ROOT / "corpus" / "raw"
PEOPLE_PATTERNS = ROOT / "models" / "minutes" / "minutes_people" / "patterns.json"

_YEAR = re.compile(r"\b(19[89]\d|20[0-3]\d)(?:/(\d\d)\b)?\b")
PIECE_CHARS = 6000  # longer corpus texts are cut into pieces about this size
_MONTHS = "|".join(calendar.month_name[1:])
_DAY = re.compile(rf"\b([12]?\d|3[01])(st|nd|rd|th)?(\s+(?:{_MONTHS})\b)")
_MONEY = re.compile(r"£(\d{1,3}(?:,\d{3})+|\d+)(?:\.\d\d)?")
_MINUTE_NO = re.compile(r"^(\d{1,3})(?=[.\s])", re.M)


@dataclass
class Corpus:
    """The corpus texts plus the pieces the variation works with, compiled once."""

    texts: list[str]
    names: list[str]
    name_re: re.Pattern[str]


def _test_files(raw: Path) -> set[str]:
    """The test split's raw file names: the benchmark never reads them (the test split is
    kept for the final figure of a piece of work, not for timing runs)."""
    manifest = raw.parent / "manifest.csv"
    if not manifest.exists():
        return set()
    with manifest.open(newline="", encoding="utf-8") as fh:
        return {Path(r["file"]).name for r in csv.DictReader(fh) if r.get("split") == "test"}


def load_corpus(raw: Path = RAW) -> Corpus:
    held = _test_files(raw)
    texts = [piece for p in sorted(raw.glob("*.txt")) if p.name not in held
             for piece in _pieces(p.read_text(encoding="utf-8"))]
    if not texts:
        raise SystemExit(f"{raw}: no corpus .txt files to build the archive from")
    people = json.loads(PEOPLE_PATTERNS.read_text(encoding="utf-8"))
    titles = people.get("honorifics", [])
    not_names = {w for key in ("honorifics", "chair_words", "vice_chair_words", "role_heads") for w in people.get(key, [])}
    title_re = re.compile(r"\b(?:" + "|".join(map(re.escape, titles)) + r")\.?\s+([A-Z][a-z]{2,})\b")
    names = sorted({m.group(1) for t in texts for m in title_re.finditer(t)} - not_names)
    name_re = re.compile(r"\b(" + "|".join(map(re.escape, names)) + r")\b") if names else re.compile(r"(?!)")
    return Corpus(texts, names, name_re)


def _shift_year(m: re.Match[str], shift: int) -> str:
    """A year, or a financial year such as 2019/20, moved by ``shift`` years (kept consistent)."""
    year = min(2026, max(1995, int(m.group(1)) + shift))
    return f"{year}/{(year + 1) % 100:02d}" if m.group(2) else str(year)


def _pieces(text: str, size: int = PIECE_CHARS) -> list[str]:
    """A long text cut at blank lines into pieces of about ``size`` characters."""
    if len(text) <= size * 1.5:
        return [text]
    pieces, current = [], ""
    for para in re.split(r"\n\s*\n", text):
        if current and len(current) + len(para) > size:
            pieces.append(current)
            current = ""
        current += para + "\n\n"
    return pieces + ([current] if current.strip() else [])


def _new_surname(rng: random.Random, names: list[str]) -> str:
    """Head of one harvested name + tail of another: new strings, plausible shapes."""
    a, b = rng.choice(names), rng.choice(names)
    return (a[: max(2, len(a) // 2)] + b[len(b) // 2:].lower()).capitalize()


def vary(text: str, corpus: Corpus, rng: random.Random) -> str:
    """One corpus text as another meeting: other people, another year, other numbers."""
    if corpus.names:
        mapping = {n: (_new_surname(rng, corpus.names) if rng.random() < 0.5 else rng.choice(corpus.names))
                   for n in corpus.names}
        text = corpus.name_re.sub(lambda m: mapping[m.group(1)], text)
    shift = rng.randint(-12, 2)
    text = _YEAR.sub(lambda m: _shift_year(m, shift), text)
    text = _DAY.sub(lambda m: f"{rng.randint(1, 28)}{m.group(2) or ''}{m.group(3)}", text)
    factor = rng.uniform(0.3, 3.0)
    text = _MONEY.sub(lambda m: f"£{int(float(m.group(1).replace(',', '')) * factor):,}", text)
    offset = rng.randint(0, 400)
    return _MINUTE_NO.sub(lambda m: str(int(m.group(1)) + offset), text)


def document(corpus: Corpus, rng: random.Random, target_chars: int) -> str:
    """Varied corpus texts joined until ``target_chars``: a pack of several meetings' minutes."""
    parts: list[str] = []
    size = 0
    while size < target_chars:
        part = vary(rng.choice(corpus.texts), corpus, rng)
        parts.append(part)
        size += len(part) + 2
    return "\n\n".join(p.strip("\n") for p in parts) + "\n"


def excerpt(corpus: Corpus, rng: random.Random, low: int, high: int) -> str:
    """A short document: whole lines of one varied text, ``low``..``high`` characters."""
    text = vary(rng.choice(corpus.texts), corpus, rng)
    lines = text.splitlines()
    start = rng.randrange(max(1, len(lines) // 2))
    want = rng.randint(low, high)
    out: list[str] = []
    for line in lines[start:] + lines[:start]:
        out.append(line)
        if sum(len(x) + 1 for x in out) >= want:
            break
    return "\n".join(out) + "\n"


@dataclass
class Built:
    folder: Path
    files: list[Path]
    chars: int
    bytes: int
    distinct: int


def _write(folder: Path, docs: list[str], per_folder: int = 100) -> Built:
    if folder.exists():
        shutil.rmtree(folder)
    files: list[Path] = []
    digests: set[str] = set()
    total_bytes = 0
    for i, text in enumerate(docs):
        path = folder / f"part_{i // per_folder:03d}" / f"minutes_{i:05d}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        data = text.encode("utf-8")
        path.write_bytes(data)
        total_bytes += len(data)
        digests.add(hashlib.sha256(data).hexdigest())
        files.append(path)
    return Built(folder, files, sum(map(len, docs)), total_bytes, len(digests))


def build_archive(folder: Path, corpus: Corpus, seed: int, min_docs: int, min_bytes: int) -> Built:
    """At least ``min_docs`` documents and ``min_bytes`` of text, sized 2.5-8.5 k characters."""
    rng = random.Random(seed)
    docs: list[str] = []
    seen: set[str] = set()
    size = 0
    while len(docs) < min_docs or size < min_bytes:
        text = document(corpus, rng, rng.randint(2000, 7500))
        if text not in seen:  # distinct documents, as in a real archive
            seen.add(text)
            docs.append(text)
            size += len(text.encode("utf-8"))
    return _write(folder, docs)


def build_small(folder: Path, corpus: Corpus, seed: int, count: int, low: int = 400, high: int = 1000) -> Built:
    """``count`` distinct short documents in folders of 1,000 (the first folder is a 1,000-document run)."""
    rng = random.Random(seed)
    docs: list[str] = []
    seen: set[str] = set()
    attempts = 0
    while len(docs) < count and attempts < count * 20:
        attempts += 1
        text = excerpt(corpus, rng, low, high)
        if text not in seen:
            seen.add(text)
            docs.append(text)
    return _write(folder, docs, per_folder=1000)
