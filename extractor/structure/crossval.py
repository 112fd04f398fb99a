"""Line-role F1 on bodies the model has not seen: k-fold cross-validation by body over train.

Dev has been tuned on for several sessions, so a feature or setting chosen on dev may fit
dev rather than minutes in general. Here the train documents are cut into ``k`` folds by
body (every document of a body in one fold: ``sentence_roles.crossval.body_folds``), a model
is trained on the other folds exactly as ``minutes train`` trains (cropped packs, bound pairs, same
parameters) and each held-out fold is tagged whole, as dev is. Line counts are summed over
the folds, so each label gets one precision, recall and F1 over all of train.

Each document's features are computed once per run and reused by every fold (and by every
CRF setting tried with ``--param``), so a sweep costs only the training.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path
from typing import Any, Callable, Iterable, Optional

import pycrfsuite

from ..evaluation.manifest import read_manifest
from ..sentence_roles.crossval import body_folds
from .line_features import LineFeaturizer
from .line_model import train_crf
from .training import CROP_MARGIN, CROP_SHARE, TRAIN_PAIRS, LabelledDoc, LineScores, load_split, minutes_window, scores_from_counts, with_pairs


def line_cv(corpus: Path, featurizer: LineFeaturizer, k: int = 3,
            settings: Iterable[Optional[dict[str, Any]]] = (None,),
            progress: Callable[[str], None] = lambda _: None,
            crop: tuple[float, int] = (CROP_SHARE, CROP_MARGIN), pairs: int = TRAIN_PAIRS,
            on_fold: Optional[Callable[[list[str], bytes], None]] = None) -> list[LineScores]:
    """Per CRF setting (None: the shipped one), the held-out line scores summed over ``k``
    body folds of the train split; training documents are cropped as ``minutes_window``
    does with ``crop`` = (share, margin); with ``pairs``, every ``pairs``-th training document
    is also bound to the next (``training.with_pairs``) as ``fit`` does. ``on_fold`` gets
    each fold's held-out ids and the model trained without them (first setting only)."""
    bodies = {r.id: r.body for r in read_manifest(corpus / "manifest.csv") if r.split == "train"}
    docs = {d.id: d for d in load_split(corpus, "train", featurizer) if d.lines}
    folds = body_folds({i: b for i, b in bodies.items() if i in docs}, k)
    full = {i: featurizer.document(d.lines, d.text_length) for i, d in docs.items()}
    cropped: dict[str, tuple[LabelledDoc, list[list[str]]]] = {}
    for i, d in docs.items():
        c = minutes_window(d, None, *crop)
        cropped[i] = (c, full[i] if c is d else featurizer.document(c.lines, c.text_length))
    out = []
    settings_list = list(settings) or [None]
    for params in settings_list:
        tp: Counter = Counter()
        fp: Counter = Counter()
        fn: Counter = Counter()
        support: Counter = Counter()
        lines = 0
        for n, held in enumerate(folds):
            held_set = set(held)
            progress(f"setting {params or 'shipped'}: fold {n + 1}/{k} ({len(held)} documents held out)")
            seqs = [(cropped[i][1], cropped[i][0].labels) for i in sorted(docs) if i not in held_set]
            if pairs:
                bound = with_pairs([cropped[i][0] for i in sorted(docs) if i not in held_set], pairs)
                seqs += [(featurizer.document(d.lines, d.text_length), d.labels) for d in bound if "+" in d.id]
            model = train_crf(seqs, params)  # held while tagging: the tagger reads these bytes in place
            tagger = pycrfsuite.Tagger()
            tagger.open_inmemory(model)
            if on_fold is not None and params is settings_list[0]:
                on_fold(held, model)
            for i in held:
                for gold, got in zip(docs[i].labels, tagger.tag(full[i])):
                    lines += 1
                    support[gold] += 1
                    if gold == got:
                        tp[gold] += 1
                    else:
                        fp[got] += 1
                        fn[gold] += 1
        out.append(scores_from_counts(tp, fp, fn, support, lines))
    return out


def table(scores: LineScores, name: str = "") -> list[str]:
    """The held-out scores as text lines, one per label, then the macro F1."""
    rows = [f"{name} held-out lines {scores.lines}, macro F1 {scores.macro_f1:.3f}",
            f"  {'label':20} {'precision':>9} {'recall':>7} {'F1':>6} {'lines':>6}"]
    for label, v in scores.per_label.items():
        rows.append(f"  {label:20} {v['precision']:9.3f} {v['recall']:7.3f} {v['f1']:6.3f} {v['support']:6d}")
    return rows


def heldout_records(corpus: Path, out_dir: Path) -> Callable[[list[str], bytes], None]:
    """An ``on_fold`` that extracts each held-out document with the pipeline whose line-role
    model was trained without its body and writes ``out_dir/<id>.json``: score them with
    ``minutes evaluate --pred out_dir --split train`` to see the items (and every other
    record) the rules make of the model's output on unseen bodies."""
    from .. import api

    nlp = api.load()
    files = {r.id: corpus / r.file for r in read_manifest(corpus / "manifest.csv")}
    out_dir.mkdir(parents=True, exist_ok=True)

    def run(held: list[str], model: bytes) -> None:
        nlp.get_pipe("minutes_line_roles").set_model(model)
        for i in held:
            try:
                record = api.extract(files[i], nlp=nlp)
            except Exception as exc:  # noqa: BLE001  (one broken document costs that document)
                print(f"{i}: {exc.__class__.__name__}: {exc}", file=sys.stderr)
                continue
            (out_dir / f"{i}.json").write_text(record.model_dump_json(), encoding="utf-8")

    return run


def _param(text: str) -> dict[str, Any]:
    """``c1=0.1,c2=0.5`` -> {"c1": 0.1, "c2": 0.5} (numbers, true/false, or strings)."""
    out: dict[str, Any] = {}
    for part in filter(None, text.split(",")):
        key, _, value = part.partition("=")
        low = value.lower()
        if low in ("true", "false"):
            out[key] = low == "true"
        else:
            try:
                out[key] = int(value)
            except ValueError:
                try:
                    out[key] = float(value)
                except ValueError:
                    out[key] = value
    return out


def main(argv: Optional[Iterable[str]] = None) -> None:
    """``python -m extractor.structure.crossval [--corpus DIR] [--k K] [--crop SHARE,MARGIN] [--param c1=0.1,c2=0.5 ...]``:
    print the held-out table for the shipped setting and each ``--param`` setting."""
    import argparse

    from ..pipeline.patterns import pipeline_dir, read_patterns

    ap = argparse.ArgumentParser(prog="python -m extractor.structure.crossval")
    ap.add_argument("--corpus", type=Path, default=Path("corpus"))
    ap.add_argument("--k", type=int, default=3)
    ap.add_argument("--param", action="append", default=[], help="CRF parameters to try, e.g. c1=0.1,c2=0.5")
    ap.add_argument("--crop", default=f"{CROP_SHARE},{CROP_MARGIN}",
                    help="Crop training packs as SHARE,MARGIN (default: the shipped crop).")
    ap.add_argument("--pairs", type=int, default=TRAIN_PAIRS,
                    help="Also train on every N-th document bound to the next (0: not; default: as minutes train).")
    ap.add_argument("--no-shipped", action="store_true", help="Skip the shipped setting.")
    ap.add_argument("--pred", type=Path, default=None,
                    help="Also write each held-out document's record, extracted with its fold's model, to PRED/<id>.json "
                         "(first setting; score with `minutes evaluate --pred PRED --split train`).")
    args = ap.parse_args(list(argv) if argv is not None else None)
    settings: list[Optional[dict[str, Any]]] = [] if args.no_shipped else [None]
    settings += [_param(p) for p in args.param]
    featurizer = LineFeaturizer(read_patterns(pipeline_dir() / "minutes_line_roles" / "patterns.json"))
    share, margin = args.crop.split(",")
    results = line_cv(args.corpus, featurizer, args.k, settings, progress=lambda s: print(s, file=sys.stderr),
                      crop=(float(share), int(margin)), pairs=args.pairs,
                      on_fold=heldout_records(args.corpus, args.pred) if args.pred else None)
    for params, scores in zip(settings, results):
        print("\n".join(table(scores, str(params or "shipped"))))


if __name__ == "__main__":
    main()
