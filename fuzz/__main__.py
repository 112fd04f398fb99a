"""Fuzz the readers: ``python -m fuzz [--seconds 120] [--format pdf|html|all] [--backend ...]``.

Opt-in and time-bounded (not part of the test suite). Starting from the corpus's own PDF
and HTML files (train split and seeds only: the test split is never read) and the hand-
made hostile PDFs of tests/hostile.py, hypothesis mutates bytes (flips, truncations,
insertions, spliced and repeated ranges, edited numbers, keywords swapped in) and feeds
them to the readers and then the pipeline. A finding is anything but a clean record or
a ReadError with a kind: another exception, a read slower than --slow seconds, or a
record that breaks the properties of tests/properties.py. Each is written to
fuzz/findings/ (the bytes, and a .txt with the error) to become a named regression test.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import signal
import sys
import time
import traceback
from pathlib import Path
from typing import Optional

ROOT = Path(__file__).resolve().parents[1]
FINDINGS = ROOT / "fuzz" / "findings"
sys.path.insert(0, str(ROOT / "tests"))


class Slow(BaseException):
    """Raised by the alarm: a BaseException, so that no ``except Exception`` on the way
    (such as the components' error guard) turns a hang into another kind of failure."""


def seeds(fmt: str) -> list[tuple[str, bytes]]:
    """The corpus files of ``fmt`` outside the test split, and the hostile PDFs."""
    out: list[tuple[str, bytes]] = []
    with open(ROOT / "corpus" / "manifest.csv", newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            if row["split"] != "test" and row["format"] == fmt:
                out.append((row["file"], (ROOT / "corpus" / row["file"]).read_bytes()))
    if fmt == "pdf":
        import hostile

        out += [("hostile:text", hostile.text_pdf(["Minutes of the Finance Committee held on 3 May 2023", "",
                                                   "1. Budget", "RESOLVED: that £2 million be approved."])),
                ("hostile:unmapped", hostile.unmapped_font_pdf(5)), ("hostile:cyclic", hostile.cyclic_pdf()),
                ("hostile:scan", hostile.scanned_pdf())]
    return out


def mutate(data, raw: bytes, donors: list[bytes]) -> bytes:  # type: ignore[no-untyped-def]
    """One to four random edits of ``raw``, drawn by hypothesis."""
    from hypothesis import strategies as st

    keywords = [b"obj", b"endobj", b"stream", b"endstream", b"/Length", b"/Filter", b"/FlateDecode", b"/Kids",
                b"/Parent", b"/Type /Pages", b"xref", b"trailer", b"startxref", b"<<", b">>", b"[", b"]", b"R",
                b"<div>", b"</div>", b"<table>", b"<td>", b"<script>", b"<!--", b"&#", b"<p>", b"\x00", b"\xff\xfe"]
    for _ in range(data.draw(st.integers(1, 4))):
        n = len(raw)
        at = data.draw(st.integers(0, max(0, n - 1)))
        op = data.draw(st.sampled_from(["flip", "truncate", "insert", "splice", "repeat", "number", "keyword", "delete"]))
        if op == "flip" and n:
            raw = raw[:at] + bytes([raw[at] ^ data.draw(st.integers(1, 255))]) + raw[at + 1:]
        elif op == "truncate":
            raw = raw[:at]
        elif op == "insert":
            raw = raw[:at] + data.draw(st.binary(min_size=1, max_size=64)) + raw[at:]
        elif op == "splice" and donors:
            donor = data.draw(st.sampled_from(donors))
            start = data.draw(st.integers(0, max(0, len(donor) - 1)))
            raw = raw[:at] + donor[start:start + data.draw(st.integers(1, 4096))] + raw[at:]
        elif op == "repeat":
            length = data.draw(st.integers(1, 2048))
            raw = raw[:at] + raw[at:at + length] * data.draw(st.integers(2, 50)) + raw[at:]
        elif op == "number":
            digits = raw.find(b" ", at)
            if digits > 0:
                raw = raw[:digits] + b" " + str(data.draw(st.integers(-10, 10**9))).encode() + raw[digits:]
        elif op == "keyword":
            raw = raw[:at] + data.draw(st.sampled_from(keywords)) + raw[at:]
        elif op == "delete":
            raw = raw[:at] + raw[at + data.draw(st.integers(1, 512)):]
    return raw


def check(raw: bytes, fmt: str, backend: str, nlp, slow: float) -> Optional[str]:  # type: ignore[no-untyped-def]
    """None when the bytes are read (and extracted) cleanly or refused with a ReadError."""
    from extractor.api import build_record, extract_doc
    from extractor.readers import ReadError, read_bytes
    from extractor.readers.normalise import normalise
    from properties import record_problems

    def too_slow(signum, frame):  # type: ignore[no-untyped-def]
        raise Slow(f"took over {slow:g} s")

    signal.signal(signal.SIGALRM, too_slow)
    signal.setitimer(signal.ITIMER_REAL, slow)
    try:
        read = read_bytes(raw, fmt, pdf_backend=backend)  # type: ignore[arg-type]
        if normalise(read.text) != read.text:
            return "the canonical text is not normalised"
        record = build_record(extract_doc(read, nlp), read, None, include_text=True)
        problems = record_problems(record)
        return "; ".join(problems) if problems else None
    except ReadError as exc:
        return None if exc.kind and str(exc) else f"ReadError without kind or message: {exc!r}"
    except Slow as exc:
        return str(exc)
    except Exception:  # noqa: BLE001 - a finding
        return traceback.format_exc(limit=6)
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)


def save(raw: bytes, fmt: str, backend: str, problem: str) -> Path:
    FINDINGS.mkdir(parents=True, exist_ok=True)
    name = hashlib.sha256(raw).hexdigest()[:16]
    path = FINDINGS / f"{name}.{'pdf' if fmt == 'pdf' else 'html'}"
    path.write_bytes(raw)
    path.with_suffix(".txt").write_text(f"format {fmt}, backend {backend}\n\n{problem}\n", encoding="utf-8")
    return path


def main(argv: Optional[list[str]] = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m fuzz", description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=120.0, help="stop after this long (default 120)")
    parser.add_argument("--format", choices=["pdf", "html", "all"], default="all")
    parser.add_argument("--backend", choices=["pdfminer", "pdfium", "both"], default="both")
    parser.add_argument("--slow", type=float, default=60.0, help="a read and extraction slower than this is a finding")
    parser.add_argument("--seed", type=int, default=0, help="first hypothesis seed (each round takes the next)")
    args = parser.parse_args(argv)

    from hypothesis import HealthCheck, given, seed, settings
    from hypothesis import strategies as st

    import extractor

    nlp = extractor.load()
    formats = ["pdf", "html"] if args.format == "all" else [args.format]
    backends = ["pdfminer", "pdfium"] if args.backend == "both" else [args.backend]
    pools = {fmt: seeds(fmt) for fmt in formats}
    deadline = time.monotonic() + args.seconds
    stats = {"examples": 0, "findings": 0}
    found: list[Path] = []

    @settings(max_examples=25, deadline=None, database=None,
              suppress_health_check=list(HealthCheck), phases=["generate"])
    @given(data=st.data())
    def one_round(data) -> None:  # type: ignore[no-untyped-def]
        fmt = data.draw(st.sampled_from(formats))
        backend = data.draw(st.sampled_from(backends)) if fmt == "pdf" else "pdfminer"
        _, raw = data.draw(st.sampled_from(pools[fmt]))
        raw = mutate(data, raw, [r for _, r in pools[fmt]])
        if time.monotonic() > deadline:  # after the draws: hypothesis wants the same draws each time
            return
        stats["examples"] += 1
        problem = check(raw, fmt, backend, nlp, args.slow)
        if problem:
            stats["findings"] += 1
            found.append(save(raw, fmt, backend, problem))
            print(f"finding: {found[-1]}: {problem.strip().splitlines()[-1][:200]}", flush=True)

    round_number = args.seed
    while time.monotonic() < deadline:
        seed(round_number)(one_round)()
        round_number += 1
        print(f"{stats['examples']} inputs, {stats['findings']} findings, "
              f"{max(0.0, deadline - time.monotonic()):.0f} s left", file=sys.stderr, flush=True)
    print(f"done: {stats['examples']} inputs in {args.seconds:g} s, {stats['findings']} findings"
          + (f" (in {FINDINGS})" if found else ""))
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
