"""Model thresholds of the decision components chosen by cross-validation on train.

The resolutions and actions components keep a sentence the classifier calls theirs when
its probability reaches ``model_threshold``. Choosing that number on dev tunes on dev;
here it is chosen on the train split instead: the train documents are cut into ``k``
folds by body (every document of a body in one fold, so a fold's bodies are unseen by
the model scoring them), a model is trained on the other folds, and each fold's
documents are scored with the components at every candidate threshold. The counts of
all folds are summed, so each threshold gets one F1 per record type over all of train.

``--errors FILE`` also writes the held-out misses, false positives and attribute
disagreements of every train document (scored by the model of the folds that did not see
its body, at the shipped thresholds) as JSON lines: the failures a rule-writer should read,
since in-sample errors hide what the rules and model miss on unseen bodies.

The pipeline before the classifier runs once per document (``ablation.prepare``); each
fold and threshold reruns only the components from the classifier on.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path
from typing import Any, Callable, Iterable, Optional, Sequence

from ..evaluation.manifest import read_manifest
from ..evaluation.scorer import Result, score_document
from ..api import build_record
from .ablation import Prepared, prepare, run_tail
from .model import TrainSettings
from .training import fit, load_split

COMPONENTS = {"resolutions": "minutes_resolutions", "actions": "minutes_actions", "questions": "minutes_questions"}
SWEPT_MODE = "combined"
"""Every component runs in this mode while its threshold is swept (questions ship in
``rules`` mode; the sweep says whether the model's questions would help held-out)."""


def body_folds(bodies: dict[str, str], k: int) -> list[list[str]]:
    """Document ids in ``k`` folds, whole bodies at a time, each body to the fold with the
    fewest documents so far (bodies with most documents first, then by name: the same
    folds on every run)."""
    by_body: dict[str, list[str]] = defaultdict(list)
    for doc_id, body in bodies.items():
        by_body[body].append(doc_id)
    folds: list[list[str]] = [[] for _ in range(k)]
    for body in sorted(by_body, key=lambda b: (-len(by_body[b]), b)):
        min(folds, key=len).extend(sorted(by_body[body]))
    return folds


def threshold_cv(corpus: Path, thresholds: Sequence[float], k: int = 3,
                 settings: Optional[TrainSettings] = None,
                 progress: Callable[[str], None] = lambda _: None,
                 errors: Optional[list[Any]] = None,
                 shipped: Optional[dict[str, dict[str, float]]] = None) -> dict[str, dict[float, dict[str, float]]]:
    """Per record type and threshold: precision, recall and F1 summed over the ``k``
    held-out folds of the train split (see the module docstring), each component in
    ``SWEPT_MODE``. When ``errors`` is a list, the held-out problems with the shipped
    modes and thresholds are appended to it; when ``shipped`` is a dict, it gets their
    scores per record type."""
    from .. import api
    from .cli import COMPONENT, SHIPPED

    settings = settings or SHIPPED
    bodies = {r.id: r.body for r in read_manifest(corpus / "manifest.csv") if r.split == "train"}
    labelled = {d.id: d for d in load_split(corpus, "train")}
    nlp = api.load()
    prepared = {p.name: p for p in prepare(nlp, corpus, "train")}
    folds = body_folds({i: b for i, b in bodies.items() if i in labelled and i in prepared}, k)
    scored: dict[float, list[Any]] = {t: [] for t in thresholds}
    pipes = {t: nlp.get_pipe(c) for t, c in COMPONENTS.items()}
    saved = {t: (p.model_threshold, p.mode) for t, p in pipes.items()}
    as_shipped: list[Any] = []
    try:
        for n, held in enumerate(folds):
            held_set = set(held)
            progress(f"fold {n + 1}/{k}: training on {len(labelled) - len(held)} documents")
            model = fit([d for i, d in labelled.items() if i not in held_set], settings)
            nlp.get_pipe(COMPONENT).set_model(model)
            for t in thresholds:
                for p in pipes.values():
                    p.model_threshold, p.mode = t, SWEPT_MODE
                scored[t] += [_score(nlp, prepared[i]) for i in held]
            if errors is not None or shipped is not None:
                for t, p in pipes.items():
                    p.model_threshold, p.mode = saved[t]
                docs = [_score(nlp, prepared[i]) for i in held]
                as_shipped += docs
                if errors is not None:
                    errors += [pr for d in docs for pr in d.problems]
    finally:
        for t, p in pipes.items():
            p.model_threshold, p.mode = saved[t]
    if shipped is not None:
        counts = Result(as_shipped, strict=False, warnings=[]).counts
        for t in COMPONENTS:
            c = counts[t]
            shipped[t] = {"precision": c.precision or 0.0, "recall": c.recall or 0.0, "f1": c.f1 or 0.0}
    out: dict[str, dict[float, dict[str, float]]] = {t: {} for t in COMPONENTS}
    for thr, docs in scored.items():
        counts = Result(docs, strict=False, warnings=[]).counts
        for t in COMPONENTS:
            c = counts[t]
            out[t][thr] = {"precision": c.precision or 0.0, "recall": c.recall or 0.0, "f1": c.f1 or 0.0}
    return out


def _score(nlp: Any, p: Prepared) -> Any:
    return score_document(p.name, p.gold, build_record(run_tail(nlp, p.doc), p.read, None))


def table(result: dict[str, dict[float, dict[str, float]]],
          shipped: Optional[dict[str, dict[str, float]]] = None) -> list[str]:
    """The cross-validated scores as text lines, one per threshold (and one for the
    shipped modes and thresholds when ``shipped`` is given)."""
    types = list(result)
    thresholds = sorted({t for v in result.values() for t in v})

    def cells(row: Callable[[str], dict[str, float]]) -> str:
        return "".join(f"   {row(t)['precision']:.3f} {row(t)['recall']:.3f} {row(t)['f1']:.3f}" for t in types)

    lines = ["  threshold" + "".join(f" {t:>20}" for t in types), "           " + "".join(f" {'P     R     F1':>20}" for _ in types)]
    for thr in thresholds:
        lines.append(f"  {thr:9.2f}" + cells(lambda t: result[t][thr]))
    if shipped:
        lines.append(f"  {'shipped':>9}" + cells(lambda t: shipped[t]))
    return lines


def parse_settings(pairs: Sequence[str], base: TrainSettings) -> TrainSettings:
    """``base`` with ``name=value`` pairs applied: a ``TrainSettings`` field (``epochs=8``)
    or, prefixed ``model.``, an architecture option (``model.context=true``)."""
    import dataclasses
    import json

    fields = {f.name for f in dataclasses.fields(TrainSettings)}
    changes: dict[str, Any] = {}
    options = dict(base.model_options)
    for pair in pairs:
        name, _, raw = pair.partition("=")
        try:
            value = json.loads(raw)
        except ValueError:
            value = raw
        if name.startswith("model."):
            options[name[len("model."):]] = value
        elif name in fields and name != "model_options":
            changes[name] = value
        else:
            raise ValueError(f"unknown setting {name!r} (a TrainSettings field or model.OPTION)")
    return dataclasses.replace(base, model_options=tuple(sorted(options.items())), **changes)


def main(argv: Optional[Iterable[str]] = None) -> None:
    """``python -m extractor.sentence_roles.crossval [CORPUS] [K] [--errors FILE]
    [--set NAME=VALUE ...]``: print the table (and write the held-out problems as JSON
    lines to FILE); ``--set`` trains with other settings than the shipped ones."""
    import json
    import sys

    from .cli import SHIPPED

    args = list(argv if argv is not None else sys.argv[1:])
    pairs: list[str] = []
    while "--set" in args:
        at = args.index("--set")
        pairs.append(args[at + 1])
        del args[at:at + 2]
    errors_path: Optional[Path] = None
    if "--errors" in args:
        at = args.index("--errors")
        errors_path = Path(args[at + 1])
        del args[at:at + 2]
    corpus = Path(args[0]) if args else Path("corpus")
    k = int(args[1]) if len(args) > 1 else 3
    problems: Optional[list[Any]] = [] if errors_path else None
    shipped: dict[str, dict[str, float]] = {}
    result = threshold_cv(corpus, (0.5, 0.6, 0.7, 0.8, 0.85, 0.9), k, parse_settings(pairs, SHIPPED),
                          progress=lambda s: print(s, file=sys.stderr), errors=problems, shipped=shipped)
    print("\n".join(table(result, shipped)))
    if errors_path is not None and problems is not None:
        errors_path.write_text("".join(json.dumps(p.as_dict(), default=str) + "\n" for p in problems))


if __name__ == "__main__":
    main()
