"""The corpus manifest: one row per document, with the split it belongs to.

``corpus/manifest.csv`` says where each document came from and which split it is in.
Splits are by body (every document of a body in one split), so a score on dev or test is
a score on bodies the rules were not written against. Assigning the splits is a
deterministic, stratified draw: body by body (rare groups first), each goes to the split
furthest below its share summed over the body's kind, country and length, so each split
sees every kind, country and length as far as the counts allow.

``python -m extractor.evaluation.manifest build`` merges annotators' incoming rows into
the manifest and assigns a split to every row that has none; rows that have a split keep
it, so a split never changes once fixed.
"""

from __future__ import annotations

import csv
import hashlib
import sys
from collections import Counter, defaultdict
from dataclasses import asdict, dataclass, fields
from pathlib import Path
from typing import Iterable, Optional

SPLITS = ("train", "dev", "test")
SHARES = {"train": 0.5, "dev": 0.25, "test": 0.25}
GROUPINGS = ("kind", "country", "length")
KINDS = (
    "england_parish",
    "england_principal",
    "scotland_wales_ni",
    "ireland",
    "us",
    "canada",
    "australia_nz",
    "other_board",
)
FORMATS = ("txt", "html", "pdf")
LENGTHS = ("full", "excerpt")


class ManifestError(Exception):
    """A manifest that cannot be used; the message names the file and the row."""


@dataclass
class Row:
    id: str
    file: str
    body: str
    kind: str
    country: str
    format: str
    length: str
    split: str
    source: str

    @property
    def body_key(self) -> str:
        """Bodies are compared case- and space-insensitively, so spelling variants group together."""
        return " ".join(self.body.lower().split())


COLUMNS = tuple(f.name for f in fields(Row))


def read_manifest(path: Path) -> list[Row]:
    """Rows of a manifest CSV; a missing column or an unknown value is a ``ManifestError``."""
    try:
        with path.open(newline="", encoding="utf-8") as fh:
            reader = csv.DictReader(fh)
            missing = [c for c in COLUMNS if c not in (reader.fieldnames or [])]
            if missing:
                raise ManifestError(f"{path}: missing column(s) {', '.join(missing)}")
            rows = [Row(**{c: (r.get(c) or "").strip() for c in COLUMNS}) for r in map(_join_overflow, reader)]
    except OSError as exc:
        raise ManifestError(f"{path}: cannot read ({exc.strerror or exc})") from None
    for n, row in enumerate(rows, start=2):
        problem = _row_problem(row)
        if problem:
            raise ManifestError(f"{path}: line {n} ({row.id or 'no id'}): {problem}")
    return rows


def _join_overflow(r: dict) -> dict:
    """A source address with unquoted commas ("…/minutes-for-august-13,-2019", typed by hand)
    spills into extra fields; the source is the last column, so they are its rest."""
    extra = r.get(None)
    if extra:
        r["source"] = ",".join([r.get("source") or ""] + list(extra))
    return r


def _row_problem(row: Row) -> Optional[str]:
    if not row.id or not row.file or not row.body or not row.source:
        return "id, file, body and source are required"
    if row.kind not in KINDS:
        return f"kind {row.kind!r} is not one of {', '.join(KINDS)}"
    if row.format not in FORMATS:
        return f"format {row.format!r} is not one of {', '.join(FORMATS)}"
    if row.length not in LENGTHS:
        return f"length {row.length!r} is not full or excerpt"
    if row.split and row.split not in SPLITS:
        return f"split {row.split!r} is not one of {', '.join(SPLITS)}"
    return None


def write_manifest(path: Path, rows: Iterable[Row]) -> None:
    with path.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=COLUMNS, lineterminator="\n")
        writer.writeheader()
        for row in rows:
            writer.writerow(asdict(row))


def _draw_order(key: str, seed: int) -> str:
    return hashlib.sha256(f"{seed}:{key}".encode()).hexdigest()


def assign_splits(rows: list[Row], seed: int = 13) -> None:
    """Give every row without a split one, by body, stratified by kind, country and length together.

    Rows that already have a split keep it, and their bodies' other documents join them.
    """
    fixed = {r.body_key: r.split for r in rows if r.split}
    for r in rows:
        if not r.split and r.body_key in fixed:
            r.split = fixed[r.body_key]
    bodies: dict[str, list[Row]] = defaultdict(list)
    for r in rows:
        if not r.split:
            bodies[r.body_key].append(r)
    def groups(docs: list[Row]) -> tuple[str, str, str]:
        length = Counter(d.length for d in docs).most_common(1)[0][0]
        return (f"kind:{docs[0].kind}", f"country:{docs[0].country}", f"length:{length}")

    # Bodies of rare groups first, so a country with five bodies is spread before the big ones fill the splits.
    size: Counter = Counter(g for docs in bodies.values() for g in groups(docs) for _ in docs)
    order = sorted(bodies, key=lambda k: (min(size[g] for g in groups(bodies[k])), _draw_order(k, seed)))

    # Counts of the new documents only: the fixed ones (the old corpus, all train) must not skew the draw.
    placed: dict[str, Counter] = defaultdict(Counter)
    for key in order:
        docs = bodies[key]
        mine = groups(docs)

        def need(split: str) -> tuple[float, int]:
            # the share of each group's quota for this split still unfilled
            room = sum((SHARES[split] * size[g] - placed[g][split]) / (SHARES[split] * size[g]) for g in mine)
            return (room, -SPLITS.index(split))

        split = max(SPLITS, key=need)
        for d in docs:
            d.split = split
        for g in mine:
            placed[g][split] += len(docs)


def merge_incoming(rows: list[Row], incoming: Iterable[Path]) -> list[Row]:
    """Rows of the incoming CSVs not yet in the manifest, appended in file order."""
    known = {r.id for r in rows}
    merged = list(rows)
    for path in incoming:
        for row in read_manifest(path):
            if row.id not in known:
                merged.append(row)
                known.add(row.id)
    return merged


def main(argv: Optional[list[str]] = None) -> int:
    import argparse

    parser = argparse.ArgumentParser(prog="python -m extractor.evaluation.manifest", description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="cmd", required=True)
    build = sub.add_parser("build", help="merge incoming rows and assign splits")
    build.add_argument("--manifest", type=Path, default=Path("corpus/manifest.csv"))
    build.add_argument("--incoming", type=Path, nargs="*", default=sorted(Path("corpus/incoming").glob("*.csv")))
    build.add_argument("--seed", type=int, default=13)
    args = parser.parse_args(argv)
    try:
        rows = read_manifest(args.manifest) if args.manifest.exists() else []
        rows = merge_incoming(rows, args.incoming)
    except ManifestError as exc:
        print(exc, file=sys.stderr)
        return 1
    assign_splits(rows, args.seed)
    write_manifest(args.manifest, rows)
    counts = Counter(r.split for r in rows)
    print(f"{args.manifest}: {len(rows)} documents, {len({r.body_key for r in rows})} bodies; "
          + ", ".join(f"{s} {counts[s]}" for s in SPLITS))
    return 0


if __name__ == "__main__":
    sys.exit(main())
