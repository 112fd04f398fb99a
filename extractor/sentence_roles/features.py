"""``minutes.UnitBOW.v1``: a bag-of-words unit classifier that generalises across bodies.

spaCy's TextCatBOW hashes every word as printed, so on a small corpus it learns the
names, places and phrasing of the bodies it was trained on (unit F1 0.99 on train, under
0.2 on dev, measured). Here a word counts as itself only if it occurs in the units of
several training documents (``min_docs``; the list is learned at training time and
saved with the weights); any other word counts as its shape ("Xxxxx", "dd", "XXXX"). So
"seconded", "carried", "RESOLVED", "to", "asked" are features, while "Guelph" and
"Kessler" become "Xxxxx". Unigrams and bigrams of those keys, with start and end
markers (a unit opening with "That" or ending with ":"), feed a sparse linear layer and
a logistic output per label: the same model family as TextCatBOW, and as cheap.

At run time ``UnitBatch`` scores all units of a document in one vectorised pass over the
Doc's token arrays (no Doc per unit, no Python loop per token); in training the units
come as Docs. Both paths give the same keys for the same tokens.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable, Optional, Sequence

import numpy
from spacy.attrs import LOWER, SHAPE
from spacy.strings import hash_string
from spacy.tokens import Doc
from spacy.util import registry
from thinc.api import (HashEmbed, add, Linear, Logistic, Maxout, Model, Ragged, SparseLinear_v2, chain, concatenate,
                       reduce_max, reduce_mean, with_array, with_cpu)

BOS = numpy.uint64(hash_string("<unit>"))
EOS = numpy.uint64(hash_string("</unit>"))
_EXTRACT = "minutes_unit_ngrams"


CONTEXT = 2  # tokens before and after a unit whose keys are features too ("\n\n", "Seconded")
_PREV = numpy.uint64(hash_string("<prev>"))
_NEXT = numpy.uint64(hash_string("<next>"))


@dataclass
class Units:
    """Units as token ranges of their Docs: the model's input in training and at run time."""

    refs: Sequence[tuple[Doc, int, int]]  # (doc, start token, end token)

    def __len__(self) -> int:
        return len(self.refs)

    @classmethod
    def of_doc(cls, doc: Doc, bounds: Sequence[tuple[int, int]]) -> "Units":
        return cls([(doc, s, e) for s, e in bounds])


_VOCAB_CACHE: dict[int, tuple[Any, numpy.ndarray]] = {}


def _vocab_array(model: Model) -> numpy.ndarray:
    """The vocabulary as a sorted array, built once per list (not kept in ``attrs``,
    which are saved with the model)."""
    vocab = model.attrs["vocab"]
    cached = _VOCAB_CACHE.get(model.id)
    if cached is None or cached[0] is not vocab:
        cached = _VOCAB_CACHE[model.id] = (vocab, numpy.asarray(sorted(vocab), dtype="uint64"))
    return cached[1]


def token_keys(model: Model, arr: numpy.ndarray) -> numpy.ndarray:
    """One key per token (rows of [LOWER, SHAPE]): the word if it is in the shared
    vocabulary, else its shape."""
    lower = arr[:, 0].astype("uint64")
    shape = arr[:, 1].astype("uint64")
    vocab = _vocab_array(model)
    if not len(vocab):
        return shape
    idx = numpy.searchsorted(vocab, lower)
    idx[idx == len(vocab)] = 0
    known = vocab[idx] == lower
    return numpy.where(known, lower, shape)


def _ngrams(keys: numpy.ndarray, n: int) -> list[numpy.ndarray]:
    seq = numpy.concatenate([numpy.asarray([BOS], dtype="uint64"), keys, numpy.asarray([EOS], dtype="uint64")])
    out = [seq]
    for k in range(2, n + 1):
        if len(seq) >= k:
            h = seq[: len(seq) - k + 1].copy()
            for j in range(1, k):
                h = h * numpy.uint64(1000003) ^ seq[j: len(seq) - k + 1 + j]
            out.append(h)
    return out


def _doc_keys(model: Model, doc: Doc) -> numpy.ndarray:
    arr = doc.to_array([LOWER, SHAPE]) if len(doc) else numpy.zeros((0, 2), dtype="uint64")
    return token_keys(model, arr)


def _extract_forward(model: Model, X: Any, is_train: bool) -> tuple[tuple[Any, Any, Any], Callable]:
    """(keys, counts, lengths) per unit for the sparse layer. ``X``: ``Units``, or Docs
    (each taken whole as one unit, without context)."""
    n = model.attrs["ngram_size"]
    ctx = model.attrs.get("context", 0)
    drop = model.attrs.get("dropout", 0.0)
    pieces: list[list[numpy.ndarray]] = []
    if isinstance(X, Units):
        by_doc: dict[int, numpy.ndarray] = {}
        for doc, s, e in X.refs:
            keys = by_doc.get(id(doc))
            if keys is None:
                keys = by_doc[id(doc)] = _doc_keys(model, doc)
            extra = [keys[max(0, s - ctx):s] ^ _PREV, keys[e:e + ctx] ^ _NEXT] if ctx else []
            pieces.append([keys[s:e]] + extra)
    else:
        pieces = [[_doc_keys(model, doc)] for doc in X]
    all_keys, all_vals, lengths = [], [], []
    with numpy.errstate(over="ignore"):
        for own, *extra in pieces:
            grams = numpy.concatenate(_ngrams(own, n) + extra)
            if is_train and drop:  # feature dropout: no unit is learnt from a few words alone
                grams = grams[numpy.random.random_sample(len(grams)) >= drop]
            uniq, counts = numpy.unique(grams, return_counts=True)
            all_keys.append(uniq)
            all_vals.append(counts)
            lengths.append(len(uniq))
    keys_out = numpy.concatenate(all_keys) if all_keys else numpy.zeros(0, dtype="uint64")
    vals_out = numpy.concatenate(all_vals).astype("float32") if all_vals else numpy.zeros(0, dtype="float32")
    return (keys_out, vals_out, numpy.asarray(lengths, dtype="int32")), lambda dY: []


def unit_ngrams(ngram_size: int, context: int, dropout: float) -> Model:
    return Model(_EXTRACT, _extract_forward,
                 attrs={"ngram_size": ngram_size, "context": context, "dropout": dropout, "vocab": []})


@registry.architectures("minutes.UnitBOW.v1")
def build_unit_bow(ngram_size: int = 2, context: int = CONTEXT, length: int = 262144, dropout: float = 0.0,
                   nO: Optional[int] = None) -> Model:
    """Shared-vocabulary unigrams and bigrams (and ``context`` tokens either side)
    >> sparse linear >> logistic (multi-label)."""
    length = 2 ** (length - 1).bit_length()
    sparse = SparseLinear_v2(nO=nO, length=length)
    model = chain(unit_ngrams(ngram_size, context, dropout), sparse)
    model = chain(with_cpu(model, model.ops), with_cpu(Logistic(), model.ops))
    if nO is not None:
        model.set_dim("nO", nO)
    model.set_ref("output_layer", sparse)
    model.attrs["multi_label"] = True
    return model


def extract_node(model: Model) -> Model:
    for node in model.walk():
        if node.name == _EXTRACT:
            return node
    raise ValueError("not a minutes.UnitBOW model")


def set_vocab(model: Model, docs: Sequence[tuple[Doc, str]], min_docs: int) -> int:
    """Learn the shared vocabulary: lower-cased words found in at least ``min_docs``
    different training documents (``docs``: a Doc and its document id)."""
    seen: dict[int, set[str]] = {}
    for doc, doc_id in docs:
        if len(doc):
            for key in set(doc.to_array([LOWER]).ravel().tolist()):
                seen.setdefault(int(key), set()).add(doc_id)
    vocab = sorted(k for k, ids in seen.items() if len(ids) >= min_docs)
    extract_node(model).attrs["vocab"] = vocab
    return len(vocab)


# ------------------------------------------------------------------ bag of embeddings

_EMBED_ATTRS = ("LOWER", "PREFIX", "SUFFIX", "SHAPE")
_RAGGED = "minutes_unit_tokens"


_SALT_FIRST = numpy.uint64(hash_string("<first>"))
_SALT_PREV = numpy.uint64(hash_string("<before>"))
_SALT_HEAD = numpy.uint64(hash_string("<heading>"))
_SALT_BIGRAM = numpy.uint64(hash_string("<bigram>"))
_SALT_MID = numpy.uint64(hash_string("<first-mid-line>"))
_AFTER_HEADING = numpy.asarray([[hash_string(f"<after-heading>{i}") for i in range(4)]], dtype="uint64")
HEADING_TOKENS = 10  # a line of at most this many words, not ending in "." or ",", reads as a heading
PREV_TOKENS = 2  # tokens just before a unit ("\n\n", "Seconded", ":")


class _DocContext:
    """Per document, what the context rows of its units need: the attribute rows of all
    tokens, and for each token the line it is on and the last heading-like line before
    that line. Computed with array operations over the whole Doc (no loop per token)."""

    __slots__ = ("arr", "line_of", "line_start", "line_end", "heading_before")

    def __init__(self, doc: Doc, cols: list[int]) -> None:
        from spacy.attrs import IDX, IS_SPACE

        self.arr = doc.to_array(cols).astype("uint64")
        meta = doc.to_array([IDX, IS_SPACE]).astype("int64")
        idx, space = meta[:, 0], meta[:, 1].astype(bool)
        points = numpy.frombuffer(doc.text.encode("utf-32-le"), dtype="uint32")
        breaks = numpy.flatnonzero(points == 10)
        # a whitespace token holding a line break ends its line; its words are on none
        line_of = numpy.searchsorted(breaks, idx, "right")
        n_lines = len(breaks) + 1
        words = ~space
        count = numpy.bincount(line_of[words], minlength=n_lines)
        first = numpy.full(n_lines, -1, dtype="int64")
        last = numpy.full(n_lines, -1, dtype="int64")
        pos = numpy.flatnonzero(words)
        first[line_of[pos][::-1]] = pos[::-1]
        last[line_of[pos]] = pos
        # a heading-like line: a few words, the last not a full stop, comma or semicolon
        tail_stop = numpy.zeros(n_lines, dtype=bool)
        has = last >= 0
        lower = self.arr[:, 0]
        stops = numpy.isin(lower[last[has]], _STOP_KEYS)
        tail_stop[numpy.flatnonzero(has)] = stops
        heading = (count > 0) & (count <= HEADING_TOKENS) & ~tail_stop
        marks = numpy.where(heading, numpy.arange(n_lines), -1)
        upto = numpy.maximum.accumulate(marks)  # last heading line at or before each line
        before = numpy.concatenate([[-1], upto[:-1]])  # strictly before
        self.line_of = line_of
        self.line_start = first
        self.line_end = last + 1
        self.heading_before = before


_TRAIN_CACHE: dict[int, tuple[Doc, _DocContext]] = {}
_TRAIN_CACHE_SIZE = 2048


def _doc_context(doc: Doc, cols: list[int], is_train: bool) -> _DocContext:
    """``_DocContext`` of ``doc``; in training (where every batch draws units from many
    documents) kept for the next batches, the Doc held so its id stays its own."""
    if not is_train:
        return _DocContext(doc, cols)
    hit = _TRAIN_CACHE.get(id(doc))
    if hit is not None and hit[0] is doc:
        return hit[1]
    if len(_TRAIN_CACHE) >= _TRAIN_CACHE_SIZE:
        _TRAIN_CACHE.clear()
    ctx = _DocContext(doc, cols)
    _TRAIN_CACHE[id(doc)] = (doc, ctx)
    return ctx


_STOP_KEYS = numpy.asarray(sorted(hash_string(t) for t in (".", ",", ";")), dtype="uint64")


def _salted(rows: numpy.ndarray, salt: numpy.uint64) -> numpy.ndarray:
    return rows ^ salt


def _bigram_rows(rows: numpy.ndarray) -> numpy.ndarray:
    """One row per pair of adjacent tokens: the pair's lower cases hashed together, once
    per column with a different salt (so each table gives the pair its own row)."""
    if len(rows) < 2:
        return rows[:0]
    with numpy.errstate(over="ignore"):
        pair = (rows[:-1, 0] * numpy.uint64(1000003)) ^ rows[1:, 0] ^ _SALT_BIGRAM
        shapes = (rows[:-1, 3] * numpy.uint64(1000003)) ^ rows[1:, 3] ^ _SALT_BIGRAM
    return numpy.stack([pair, pair ^ numpy.uint64(1), shapes, shapes ^ numpy.uint64(2)], axis=1)


def _unit_rows(ctx: _DocContext, s: int, e: int, context: bool, bigrams: bool, blank: numpy.ndarray) -> numpy.ndarray:
    """The rows of one unit: its tokens', then (``bigrams``) its adjacent pairs', then
    (``context``) its first token, the tokens before it and the words of the last
    heading-like line above it, each salted so they are features of their own."""
    own = ctx.arr[s:e]
    if not len(own):
        return blank
    parts = [own]
    if bigrams:
        parts.append(_bigram_rows(own))
    if context:
        line = ctx.line_of[s]
        at_start = ctx.line_start[line] == s  # the unit opens its line ("RESOLVED", "Q:", "ACTION")
        parts.append(_salted(own[:1], _SALT_FIRST if at_start else _SALT_MID))
        parts.append(_salted(ctx.arr[max(0, s - PREV_TOKENS):s], _SALT_PREV))
        head = ctx.heading_before[line]
        if head >= 0:
            parts.append(_salted(ctx.arr[ctx.line_start[head]:ctx.line_end[head]], _SALT_HEAD))
            if at_start and head == line - 1:  # the first line under a heading
                parts.append(_AFTER_HEADING)
    return numpy.concatenate(parts) if len(parts) > 1 else own


def _ragged_forward(model: Model, X: Any, is_train: bool) -> tuple[Ragged, Callable]:
    """The attribute ids of every unit's tokens (rows: LOWER, PREFIX, SUFFIX, SHAPE),
    as one Ragged array (one segment per unit; an empty unit gets one blank row); with
    the ``context`` and ``bigrams`` options, extra rows per unit (``_unit_rows``)."""
    from spacy.attrs import IDS

    cols = [IDS[a] for a in _EMBED_ATTRS]
    context = bool(model.attrs.get("context", False))
    bigrams = bool(model.attrs.get("bigrams", False))
    parts: list[numpy.ndarray] = []
    lengths: list[int] = []
    blank = numpy.zeros((1, len(cols)), dtype="uint64")
    if isinstance(X, Units) and (context or bigrams):
        by_doc_ctx: dict[int, _DocContext] = {}
        for doc, s, e in X.refs:
            ctx = by_doc_ctx.get(id(doc))
            if ctx is None:
                ctx = by_doc_ctx[id(doc)] = _doc_context(doc, cols, is_train)
            piece = _unit_rows(ctx, s, e, context, bigrams, blank) if e > s else blank
            parts.append(piece)
            lengths.append(len(piece))
    elif isinstance(X, Units):
        by_doc: dict[int, numpy.ndarray] = {}
        for doc, s, e in X.refs:
            arr = by_doc.get(id(doc))
            if arr is None:
                arr = by_doc[id(doc)] = doc.to_array(cols).astype("uint64") if len(doc) else blank[:0]
            piece = arr[s:e] if e > s else blank
            parts.append(piece)
            lengths.append(len(piece))
    else:
        for doc in X:
            piece = doc.to_array(cols).astype("uint64") if len(doc) else blank
            parts.append(piece)
            lengths.append(len(piece))
    data = numpy.concatenate(parts) if parts else blank[:0]
    return Ragged(model.ops.asarray(data, dtype="uint64"), model.ops.asarray1i(lengths)), lambda dY: []


def _unique_column(column: int, embed: Model) -> Model:
    """``embed`` applied to one column of the id array, each distinct id once: a document
    repeats its words, so embedding the distinct ones and indexing costs a fraction."""

    def forward(model: Model, X: numpy.ndarray, is_train: bool) -> tuple[numpy.ndarray, Callable]:
        uniq, inverse = numpy.unique(X[:, column], return_inverse=True)
        Y, backprop = embed(uniq, is_train)

        def backward(dY: numpy.ndarray) -> list:
            d_uniq = model.ops.alloc2f(len(uniq), dY.shape[1])
            numpy.add.at(d_uniq, inverse, dY)
            backprop(d_uniq)
            return numpy.zeros((len(X), 0), dtype="f")  # ids have no gradient

        return Y[inverse], backward

    def init(model: Model, X: Any = None, Y: Any = None) -> None:
        embed.initialize()

    return Model(f"minutes_unique_column_{column}", forward, init=init, layers=[embed],
                 dims={"nO": embed.get_dim("nO")})


@registry.architectures("minutes.UnitCBOW.v1")
def build_unit_cbow(width: int = 32, rows: int = 2000, hidden: int = 64, dropout: float = 0.2,
                    context: bool = False, bigrams: bool = False, nO: Optional[int] = None) -> Model:
    """A bag of hashed word embeddings: lower case, prefix, suffix and shape, each in a
    small table (rare words share rows, so names and places cannot be memorised),
    added up per token, pooled per unit by mean and max, through a maxout layer and a
    logistic output per label (multi-label). No CNN over tokens: every step is a few
    array operations per document, so a whole document costs about half its
    tokenisation (measured in the README)."""
    embed = add(*[_unique_column(i, HashEmbed(width, rows, seed=11 + i, dropout=dropout))
                  for i in range(len(_EMBED_ATTRS))])
    hidden_layer = Maxout(hidden, width * 2, nP=2, dropout=dropout, normalize=True)
    output = Linear(nO=nO)
    tokens = Model(_RAGGED, _ragged_forward, attrs={"context": context, "bigrams": bigrams})
    model = chain(tokens, with_array(embed), concatenate(reduce_mean(), reduce_max()),
                  hidden_layer, output, Logistic())
    if nO is not None:
        model.set_dim("nO", nO)
    model.set_ref("output_layer", output)
    model.attrs["multi_label"] = True
    return model
