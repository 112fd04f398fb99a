"""Checks for speed work that must not change behaviour (issue 12, "Speed stays").

    python -m bench.identity dump DIR        # every train+dev raw document extracted to DIR/<id>.json
    python -m bench.identity diff DIR_A DIR_B  # "N records differ" (and which)
    python -m bench.identity features [REF]  # line features of the working tree vs git REF (default HEAD)
    python -m bench.identity ratio [--rounds N]  # pipeline vs bare blank("en") on train+dev texts, per component

Why: a faster line featurizer must give the shipped CRF exactly the features it was trained
on, and a faster component exactly the same records, so speed work is checked against the
code before it rather than against gold scores (which could hide a changed record).
Only train and dev documents are read, never the test split. Canonical texts are cached in
``bench/_work/identity/texts.json`` (PDFs take long to read).
"""

from __future__ import annotations

import argparse
import ast
import csv
import importlib.util
import json
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"
CACHE = ROOT / "bench" / "_work" / "identity" / "texts.json"
SPLITS = ("train", "dev")  # never the test split


def corpus_texts() -> dict[str, tuple[str, str]]:
    """id -> (raw file path, canonical text) for every train and dev document."""
    if CACHE.exists():
        return {k: (v[0], v[1]) for k, v in json.loads(CACHE.read_text(encoding="utf-8")).items()}
    from extractor.readers import read_path

    out: dict[str, tuple[str, str]] = {}
    with open(CORPUS / "manifest.csv", newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            if row["split"] in SPLITS:
                path = CORPUS / row["file"]
                out[row["id"]] = (str(path), read_path(path).text)
    CACHE.parent.mkdir(parents=True, exist_ok=True)
    CACHE.write_text(json.dumps(out), encoding="utf-8")
    return out


def test_passages() -> list[str]:
    """Multi-line string literals of the test suite (invented passages)."""
    out: list[str] = []
    for file in sorted((ROOT / "tests").glob("*.py")):
        for node in ast.walk(ast.parse(file.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and node.value.count("\n") >= 2:
                out.append(node.value)
    return out


def mutations(texts: list[str], n: int, seed: int = 7) -> list[str]:
    """Texts cut and shuffled line-wise, with tabs, indents, blank runs and odd characters:
    shapes the corpus may lack, to test the featurizer's edge cases."""
    rng = random.Random(seed)
    lines = [l for t in texts for l in t.split("\n")]
    extra = ["", " ", "\t", "   \t  ", "IV.", "(ii)", "3.0", "12-345", "•", "- x", "a)", "Item 6", "MIN 4",
             "x" * 250, "A" * 170 + ": b", "1", "(", "…", "é", "Ⅳ. ROMAN", "1.2.3. DEEP", "’s", "۱۲ digits",
             "Page 12", "page 3 of 10", "- 4 -", "12 / 40", "This page is intentionally left blank",
             "Page | 7", "see page 4 of 5 here", "PAGE 2"]
    out = []
    for _ in range(n):
        picked = [rng.choice(lines) if rng.random() < 0.85 else rng.choice(extra) for _ in range(rng.randint(1, 60))]
        picked = [("\t" * rng.randint(0, 2) + " " * rng.randint(0, 5) + l) if rng.random() < 0.2 else l for l in picked]
        out.append("\n".join(picked) + ("\n" if rng.random() < 0.5 else ""))
    return out


def ref_module(ref: str) -> ModuleType:
    """``extractor.structure.line_features`` as it is at git ``ref``."""
    source = subprocess.run(["git", "-C", str(ROOT), "show", f"{ref}:extractor/structure/line_features.py"],
                            check=True, capture_output=True, text=True).stdout
    path = Path(tempfile.mkdtemp()) / "line_features_ref.py"
    path.write_text(source, encoding="utf-8")
    spec = importlib.util.spec_from_file_location("extractor.structure._line_features_ref", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def features(ref: str) -> int:
    """Compares every line's features (names, values and order) of the working tree with ``ref``."""
    import extractor
    from extractor.structure import line_features as new

    old = ref_module(ref)
    patterns = extractor.load().get_pipe("minutes_line_roles").patterns  # as the pipeline reads them
    f_old, f_new = old.LineFeaturizer(patterns), new.LineFeaturizer(patterns)
    corpus = [t for _, t in corpus_texts().values()]
    passages = test_passages()
    groups = {"corpus train+dev": corpus, "test passages": passages, "mutations": mutations(corpus + passages, 3000)}
    bad = 0
    for name, texts in groups.items():
        lines_n = differ = 0
        t_old = t_new = 0.0
        for text in texts:
            lo, ln = old.text_lines(text), new.text_lines(text)
            if [tuple(vars(x).values()) for x in lo] != [tuple(vars(x).values()) for x in ln]:
                differ += 1
                continue
            if not lo:
                continue
            t = time.perf_counter()
            a = f_old.document(lo, len(text))
            t_old += time.perf_counter() - t
            t = time.perf_counter()
            b = f_new.document(ln, len(text))
            t_new += time.perf_counter() - t
            b = [list(x) for x in b]
            lines_n += len(lo)
            if a != b:
                differ += 1
                if differ <= 3:
                    k = next(i for i, (x, y) in enumerate(zip(a, b)) if x != y) if len(a) == len(b) else -1
                    print(f"  differs at line {k}: {lo[k].text[:60]!r}\n   old {a[k]}\n   new {b[k]}" if k >= 0
                          else "  differs in length")
            for line in lo:
                for fn in ("numbering", "strip_number"):
                    if getattr(old, fn)(line.text) != getattr(new, fn)(line.text):
                        differ += 1
        bad += differ
        print(f"{name}: {len(texts)} texts, {lines_n} lines, {differ} differ "
              f"(features {t_old:.2f}s at {ref} -> {t_new:.2f}s now)")
    return 1 if bad else 0


def dump(out: Path) -> int:
    """Each train+dev document's record as JSON (as ``minutes extract`` writes it)."""
    from extractor.api import build_record, extract_doc
    from extractor.readers import read_text

    out.mkdir(parents=True, exist_ok=True)
    start = time.perf_counter()
    for doc_id, (path, text) in sorted(corpus_texts().items()):
        read = read_text(text)
        (out / f"{doc_id}.json").write_text(build_record(extract_doc(read), read, path).to_json(), encoding="utf-8")
    print(f"{len(corpus_texts())} records in {out} ({time.perf_counter() - start:.1f}s)")
    return 0


def diff(a: Path, b: Path) -> int:
    names = sorted({p.name for p in a.glob("*.json")} | {p.name for p in b.glob("*.json")})
    differ = [n for n in names if not (a / n).exists() or not (b / n).exists()
              or (a / n).read_bytes() != (b / n).read_bytes()]
    print(f"{len(names)} records, {len(differ)} records differ" + (": " + ", ".join(differ[:20]) if differ else ""))
    return 1 if differ else 0


def ratio(rounds: int) -> int:
    """Pipeline time against bare ``spacy.blank("en")`` on the same texts, interleaved
    document by document (the bench's figure 1 on the train+dev texts, in CPU seconds,
    without assembling), best of ``rounds``."""
    import spacy

    import extractor

    texts = [t for _, t in corpus_texts().values()]
    nlp, blank = extractor.load(), spacy.blank("en")
    for t in texts[:3]:
        blank(t), nlp(t)
    best: dict[str, Any] = {}
    for _ in range(rounds):
        comps = {"tokenizer": 0.0, **{n: 0.0 for n in nlp.pipe_names}}
        blank_s = 0.0
        clock = time.process_time  # CPU time: steadier than the wall clock on a shared machine
        for t in texts:
            t0 = clock()
            blank(t)
            t1 = clock()
            doc = nlp.make_doc(t)
            comps["tokenizer"] += clock() - t1
            blank_s += t1 - t0
            for name, proc in nlp.pipeline:
                c = clock()
                doc = proc(doc)
                comps[name] += clock() - c
        r = blank_s / sum(comps.values())
        print(f"  ratio {r:.3f} (blank {blank_s:.2f}s, pipeline {sum(comps.values()):.2f}s)")
        if not best or r > best["ratio"]:
            best = {"ratio": r, "comps": comps}
    total = sum(best["comps"].values())
    for name, s in sorted(best["comps"].items(), key=lambda kv: -kv[1]):
        print(f"  {name:24s} {s:6.2f}s {100 * s / total:5.1f}%")
    print(f"best ratio {best['ratio']:.3f}")
    return 0


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m bench.identity", description=__doc__.split("\n\n")[0])
    sub = p.add_subparsers(dest="cmd", required=True)
    sub.add_parser("dump").add_argument("out", type=Path)
    d = sub.add_parser("diff")
    d.add_argument("a", type=Path)
    d.add_argument("b", type=Path)
    sub.add_parser("features").add_argument("ref", nargs="?", default="HEAD")
    sub.add_parser("ratio").add_argument("--rounds", type=int, default=2)
    args = p.parse_args(argv)
    if args.cmd == "dump":
        return dump(args.out)
    if args.cmd == "diff":
        return diff(args.a, args.b)
    if args.cmd == "features":
        return features(args.ref)
    return ratio(args.rounds)


if __name__ == "__main__":
    raise SystemExit(main())
