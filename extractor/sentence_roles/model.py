"""The sentence-role model: spaCy ``textcat_multilabel`` over units of a document.

The model is a small spaCy pipeline of its own (``spacy.blank("en")`` plus one
``textcat_multilabel``), saved with ``nlp.to_disk`` in the component's folder and loaded
with ``spacy.load``. Architectures measured (README, "Sentence roles"):

- ``unit_cbow`` (shipped): ``minutes.UnitCBOW.v1`` (``features``), a bag of hashed word
  embeddings pooled per unit; scores every unit of a Doc in one vectorised pass;
- ``unit_bow``: ``minutes.UnitBOW.v1``, a bag of n-grams over words shared by several
  training documents (other words as their shape), with the tokens around the unit;
- ``bow``: spaCy's TextCatBOW.v3 over unigrams and bigrams of the words as printed;
- ``ensemble``: spaCy's TextCatEnsemble.v2 (BOW stacked with a tok2vec CNN).

The two spaCy baselines see each unit as a Doc of its own (``span.as_doc()``) and train
with ``nlp.update``; ``unit_bow`` sees units in place (``features.Units``, which gives it
the tokens around each unit) and trains with the same Adam optimiser in a plain thinc
loop. Training is deterministic: a fixed seed, a fixed example order shuffled by a
seeded generator, a fixed number of epochs.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Optional, Sequence

import numpy
import spacy
from spacy.attrs import IDS
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.training import Example
from thinc.api import Adam, fix_random_seed

from .features import Units, set_vocab
from .labels import LABELS

COMPONENT = "textcat_multilabel"

_BOW = {"@architectures": "spacy.TextCatBOW.v3", "exclusive_classes": False, "ngram_size": 2,
        "no_output_layer": False, "length": 65536}
ARCHITECTURES: dict[str, dict[str, Any]] = {
    "unit_bow": {"@architectures": "minutes.UnitBOW.v1", "ngram_size": 2, "context": 2, "length": 262144},
    "unit_cbow": {"@architectures": "minutes.UnitCBOW.v1"},
    "bow": _BOW,
    "ensemble": {
        "@architectures": "spacy.TextCatEnsemble.v2",
        "tok2vec": {
            "@architectures": "spacy.Tok2Vec.v2",
            "embed": {"@architectures": "spacy.MultiHashEmbed.v2", "width": 64, "rows": [2000, 2000, 500, 1000, 500],
                      "attrs": ["NORM", "LOWER", "PREFIX", "SUFFIX", "SHAPE"], "include_static_vectors": False},
            "encode": {"@architectures": "spacy.MaxoutWindowEncoder.v2", "width": 64, "window_size": 1,
                       "maxout_pieces": 3, "depth": 2},
        },
        "linear_model": _BOW,
    },
}


@dataclass(frozen=True)
class TrainSettings:
    architecture: str = "unit_cbow"
    epochs: int = 10
    batch_size: int = 32
    dropout: float = 0.1
    seed: int = 0
    learn_rate: float = 0.001
    oversample: int = 4  # each unit with a label is seen this many times per epoch
    balance: int = 1  # up to this many times more for a unit of a rarer label (see ``repeats``)
    averages: bool = False  # keep the running average of the weights over the updates (unit models)
    l2: float = 0.0
    min_docs: int = 3  # unit_bow: a word is a feature if it occurs in this many training documents
    model_options: tuple[tuple[str, Any], ...] = ()  # architecture settings over ARCHITECTURES


@dataclass
class TrainingDoc:
    """One tokenised document, its units as token ranges, and their labels."""

    id: str
    doc: Doc
    bounds: list[tuple[int, int]]
    labels: list[set[str]]


def new_model(architecture: str, options: Sequence[tuple[str, Any]] = ()) -> Language:
    """An untrained model pipeline with the given architecture and our labels."""
    if architecture not in ARCHITECTURES:
        raise ValueError(f"unknown architecture {architecture!r} (choose from {', '.join(ARCHITECTURES)})")
    nlp = spacy.blank("en")
    config = {**ARCHITECTURES[architecture], **dict(options)}
    textcat = nlp.add_pipe(COMPONENT, config={"model": config, "threshold": 0.5})
    for lab in LABELS:
        textcat.add_label(lab)
    return nlp


def train(docs: Sequence[TrainingDoc], settings: TrainSettings = TrainSettings(),
          progress: Optional[Callable[[int, float], None]] = None) -> Language:
    """A model trained on the units of ``docs``; the same input and settings give the
    same weights."""
    fix_random_seed(settings.seed)
    nlp = new_model(settings.architecture, settings.model_options)
    refs = [(d.doc, s, e) for d in docs for s, e in d.bounds]
    gold = numpy.asarray([[float(lab in labs) for lab in LABELS] for d in docs for labs in d.labels], dtype="f")
    rng = random.Random(settings.seed)
    order = [i for i, n in enumerate(repeats(gold, settings.oversample, settings.balance)) for _ in range(n)]
    if settings.architecture.startswith("unit_"):
        _train_units(nlp, docs, refs, gold, order, rng, settings, progress)
    else:
        _train_docs(nlp, refs, gold, order, rng, settings, progress)
    return nlp


def repeats(gold: numpy.ndarray, oversample: int, balance: int) -> list[int]:
    """How many times each unit is seen per epoch: once without a label; ``oversample``
    times with one, times up to ``balance`` more for a label rarer than the commonest
    (its count over the label's, rounded, capped). Actions, questions and answers are a
    few dozen units against hundreds of resolutions; without this the model barely sees
    them (class weighting by repetition, which keeps the loss and the batches plain)."""
    counts = gold.sum(axis=0)
    top = float(counts.max()) if len(counts) and counts.max() > 0 else 1.0
    factor = numpy.where(counts > 0, numpy.minimum(balance, numpy.rint(top / numpy.maximum(counts, 1))), 1)
    factor = numpy.maximum(factor, 1)
    out = []
    for row in gold:
        out.append(int(oversample * factor[row > 0].max()) if row.any() else 1)
    return out


def _train_units(nlp: Language, docs: Sequence[TrainingDoc], refs: list, gold: numpy.ndarray, order: list[int],
                 rng: random.Random, settings: TrainSettings, progress: Optional[Callable[[int, float], None]]) -> None:
    model = nlp.get_pipe(COMPONENT).model
    if any(node.name == "minutes_unit_ngrams" for node in model.walk()):
        set_vocab(model, [(d.doc, d.id) for d in docs], settings.min_docs)
    sample = order[:64] or [0]
    # the output width is set here, not inferred from Y, which thinc's ``add`` would pass down to the embeddings
    for node in (model, model.get_ref("output_layer")):
        if node.has_dim("nO") is None:
            node.set_dim("nO", len(LABELS))
    model.initialize(X=Units([refs[i] for i in sample]))
    optimizer = Adam(settings.learn_rate, L2=settings.l2, use_averages=settings.averages)
    nlp._optimizer = optimizer  # what nlp.initialize would have made
    for epoch in range(settings.epochs):
        rng.shuffle(order)
        loss = 0.0
        for b in range(0, len(order), settings.batch_size):
            idx = order[b:b + settings.batch_size]
            probs, backprop = model.begin_update(Units([refs[i] for i in idx]))
            d_probs = probs - gold[idx]
            loss += float((d_probs ** 2).sum())
            backprop(d_probs)
            model.finish_update(optimizer)
        if progress:
            progress(epoch + 1, loss)
    if settings.averages:  # the averaged weights vary less with the seed and the order than the last ones
        for node in model.walk():
            for name in node.param_names:
                if node.has_param(name) and (node.id, name) in optimizer.averages:
                    node.set_param(name, optimizer.averages[(node.id, name)].copy())


def _train_docs(nlp: Language, refs: list, gold: numpy.ndarray, order: list[int], rng: random.Random,
                settings: TrainSettings, progress: Optional[Callable[[int, float], None]]) -> None:
    egs = [Example.from_dict(doc[s:e].as_doc(), {"cats": dict(zip(LABELS, map(float, row)))})
           for (doc, s, e), row in zip(refs, gold)]
    optimizer = nlp.initialize(lambda: egs[:200] or egs)
    optimizer.learn_rate = settings.learn_rate
    for epoch in range(settings.epochs):
        rng.shuffle(order)
        losses: dict[str, float] = {}
        for b in range(0, len(order), settings.batch_size):
            nlp.update([egs[i] for i in order[b:b + settings.batch_size]], drop=settings.dropout, sgd=optimizer,
                       losses=losses)
        if progress:
            progress(epoch + 1, losses.get(COMPONENT, 0.0))


def labels_of(nlp: Language) -> tuple[str, ...]:
    return tuple(nlp.get_pipe(COMPONENT).labels)


def is_unit_model(nlp: Language) -> bool:
    return any(node.name in ("minutes_unit_ngrams", "minutes_unit_tokens")
               for node in nlp.get_pipe(COMPONENT).model.walk())


class _SpanView:
    """A Span that answers ``to_array`` as a Doc does (names or ids; one attribute: a
    flat array), so spaCy's own textcat models read a unit without copying it."""

    __slots__ = ("span",)

    def __init__(self, span: Span) -> None:
        self.span = span

    def to_array(self, attrs: Any) -> numpy.ndarray:
        if isinstance(attrs, (list, tuple)):
            attrs = [IDS[a.upper()] if isinstance(a, str) else a for a in attrs]
        elif isinstance(attrs, str):
            attrs = IDS[attrs.upper()]
        arr = self.span.to_array(attrs)
        return arr.ravel() if arr.ndim == 2 and arr.shape[1] == 1 else arr

    def __len__(self) -> int:
        return len(self.span)

    def __iter__(self):
        return iter(self.span)

    @property
    def doc(self) -> Doc:
        return self.span.doc


def score_units(nlp: Language, doc: Doc, bounds: Sequence[tuple[int, int]]) -> numpy.ndarray:
    """Probabilities, one row per unit (token range of ``doc``) and one column per label
    (``labels_of``)."""
    if not bounds:
        return numpy.zeros((0, len(labels_of(nlp))), dtype="f")
    model = nlp.get_pipe(COMPONENT).model
    if is_unit_model(nlp):
        return numpy.asarray(model.predict(Units.of_doc(doc, bounds)))
    return numpy.asarray(model.predict([_SpanView(doc[s:e]) for s, e in bounds]))


def save(nlp: Language, path: Path) -> None:
    nlp.to_disk(path)


def load(path: Path) -> Language:
    from . import features  # noqa: F401  (registers minutes.UnitBOW.v1 before the config is read)

    return spacy.load(path)
