"""Per-record-type precision/recall/F1 and attribute accuracy (EXTRACTION_SPEC "Scoring").

Records are flattened per document (items across meetings, per-item records with
the index of their item), paired one-to-one best first, and counted. Every miss,
false positive and attribute disagreement is kept as a ``Problem`` so a developer
can see why a score is what it is.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable, Optional

from ..schema import Document, Meeting
from .matching import (
    LENIENT,
    ROLE_THRESHOLD,
    STRICT,
    TITLE_THRESHOLD,
    pair_best_first,
    token_f1,
    units_equal,
    values_agree,
)
from .names import name_score, names_match, name_tokens

RECORD_TYPES = ("items", "attendees", "speakers", "questions", "resolutions", "figures", "actions")
PER_ITEM_TYPES = ("speakers", "questions", "resolutions", "figures", "actions")
ATTENDEE_LISTS = ("present", "apologies", "officers")
ATTRIBUTES = (
    "meeting.body",
    "meeting.date",
    "speaker.role",
    "question.asker",
    "question.answered_by",
    "action.owner",
    "action.due",
    "action.kind",
    "resolution.mover",
    "resolution.seconder",
    "resolution.outcome",
)
SAME_PARENT_BONUS = 0.1
"""Ranking bonus for candidates whose items (or, for items and attendees, meetings) are
paired: a person speaking in two items pairs with the prediction in the same item. It only
ranks candidates that already pass their threshold."""


@dataclass
class Entry:
    """One record flattened out of a Document, with where it sits."""

    record: Any
    parent: Optional[int] = None  # index of its meeting (items, attendees) or flattened item (the rest)
    item_number: Optional[str] = None
    group: str = ""  # attendee list: present / apologies / officers


@dataclass
class Counts:
    gold: int = 0
    pred: int = 0
    matched: int = 0

    def add(self, other: "Counts") -> None:
        self.gold += other.gold
        self.pred += other.pred
        self.matched += other.matched

    @property
    def precision(self) -> Optional[float]:
        return self.matched / self.pred if self.pred else None

    @property
    def recall(self) -> Optional[float]:
        return self.matched / self.gold if self.gold else None

    @property
    def f1(self) -> Optional[float]:
        total = self.gold + self.pred
        return 2 * self.matched / total if total else None

    def as_dict(self) -> dict[str, Any]:
        return {
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
            "gold": self.gold,
            "pred": self.pred,
            "matched": self.matched,
        }


@dataclass
class Accuracy:
    stated: int = 0
    correct: int = 0

    def add(self, other: "Accuracy") -> None:
        self.stated += other.stated
        self.correct += other.correct

    @property
    def accuracy(self) -> Optional[float]:
        return self.correct / self.stated if self.stated else None

    def as_dict(self) -> dict[str, Any]:
        return {"accuracy": self.accuracy, "stated": self.stated, "correct": self.correct}


@dataclass
class Problem:
    """A miss, a false positive or an attribute disagreement, described for a developer."""

    doc: str
    kind: str  # "missed" | "false positive" | "attribute"
    record_type: str
    item: Optional[str]
    text: str
    attribute: Optional[str] = None
    gold: Any = None
    pred: Any = None
    closest: Optional[str] = None  # for a miss: the most similar prediction, to show why it failed

    def as_dict(self) -> dict[str, Any]:
        keep = ("item", "gold", "pred") if self.kind == "attribute" else ("item",)
        return {k: v for k, v in self.__dict__.items() if v is not None or k in keep}


@dataclass
class DocScore:
    name: str
    counts: dict[str, Counts] = field(default_factory=lambda: {t: Counts() for t in RECORD_TYPES})
    attributes: dict[str, Accuracy] = field(default_factory=lambda: {a: Accuracy() for a in ATTRIBUTES})
    problems: list[Problem] = field(default_factory=list)
    pairs: dict[str, list[tuple[int, int, float]]] = field(default_factory=dict)
    """Per record type, the ``(gold index, pred index, score)`` pairs into ``flatten``'s lists:
    the review page marks each record matched, missed or false positive from these."""


@dataclass
class Result:
    """The corpus-level score: micro-averaged counts, macro F1, attribute accuracy."""

    docs: list[DocScore]
    strict: bool = False
    warnings: list[str] = field(default_factory=list)

    @property
    def counts(self) -> dict[str, Counts]:
        total = {t: Counts() for t in RECORD_TYPES}
        for doc in self.docs:
            for t in RECORD_TYPES:
                total[t].add(doc.counts[t])
        return total

    @property
    def attributes(self) -> dict[str, Accuracy]:
        total = {a: Accuracy() for a in ATTRIBUTES}
        for doc in self.docs:
            for a in ATTRIBUTES:
                total[a].add(doc.attributes[a])
        return total

    @property
    def macro_f1(self) -> float:
        """Mean F1 over the record types that have gold records (0.0 when none do)."""
        f1s = [c.f1 or 0.0 for c in self.counts.values() if c.gold]
        return sum(f1s) / len(f1s) if f1s else 0.0

    @property
    def problems(self) -> list[Problem]:
        return [p for doc in self.docs for p in doc.problems]

    def as_dict(self, errors: bool = False) -> dict[str, Any]:
        out: dict[str, Any] = {
            "mode": "strict" if self.strict else "lenient",
            "documents": len(self.docs),
            "macro_f1": self.macro_f1,
            "types": {t: c.as_dict() for t, c in self.counts.items()},
            "attributes": {a: acc.as_dict() for a, acc in self.attributes.items()},
            "per_document": {d.name: {t: d.counts[t].as_dict() for t in RECORD_TYPES} for d in self.docs},
            "warnings": self.warnings,
        }
        if errors:
            out["errors"] = [p.as_dict() for p in self.problems]
        return out


# ---------------------------------------------------------------- flattening


def _items(doc: Document) -> list[Entry]:
    return [Entry(item, m, _where(item)) for m, meeting in enumerate(doc.meetings) for item in meeting.items]


def _per_item(doc: Document, field_name: str) -> list[Entry]:
    items = [it for m in doc.meetings for it in m.items]
    return [Entry(rec, i, _where(item)) for i, item in enumerate(items) for rec in getattr(item, field_name)]


def _attendees(doc: Document) -> list[Entry]:
    return [
        Entry(a, m, group=kind)
        for m, meeting in enumerate(doc.meetings)
        for kind in ATTENDEE_LISTS
        for a in getattr(meeting, kind)
    ]


def flatten(doc: Document, record_type: str) -> list[Entry]:
    """A document's records of one type in the order the scorer pairs them (``DocScore.pairs``)."""
    if record_type == "items":
        return _items(doc)
    if record_type == "attendees":
        return _attendees(doc)
    return _per_item(doc, record_type)


def describe(record_type: str, entry: Entry) -> str:
    """A one-line human description of a record for error listings."""
    r = entry.record
    if record_type == "items":
        return " ".join(x for x in (r.number, r.title) if x) or "(untitled, unnumbered)"
    if record_type == "attendees":
        return f"[{entry.group}] {r.name or '(no name)'}" + (f" ({r.role})" if r.role else "")
    if record_type == "speakers":
        return (r.name or "(no name)") + (f" ({r.role})" if r.role else "")
    if record_type == "figures":
        return f"{r.text!r} = {_number(r.value)} {r.unit}" + (f" [{r.measure}]" if r.measure else "")
    return _clip(r.text)


def _number(value: float) -> str:
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,}"


def _where(item: Any) -> Optional[str]:
    """How an error listing names an item: its number, else the start of its title."""
    return item.number or (_clip(item.title, 30) if item.title else None)


def _clip(text: Optional[str], limit: int = 160) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


# ---------------------------------------------------------------- match functions


def _number_key(number: Optional[str]) -> str:
    return "".join((number or "").split()).rstrip(".").casefold()


def _item_score(g: Entry, p: Entry) -> Optional[float]:
    gt, pt = g.record.title, p.record.title
    same_number = _number_key(g.record.number) == _number_key(p.record.number)
    if gt is None and pt is None:
        return 1.0 if same_number else None
    if gt is None or pt is None:
        return None
    f1 = token_f1(gt, pt)
    if f1 < TITLE_THRESHOLD:
        return None
    return f1 + (0.01 if same_number else 0.0)


def _person_score(g: Any, p: Any) -> Optional[float]:
    """Name match; a gold record without a name matches on its role text."""
    if g.name is None or not name_tokens(g.name):
        if g.role is None:
            return None
        f1 = token_f1(g.role, p.role)
        return f1 if f1 >= ROLE_THRESHOLD else None
    s = name_score(g.name, p.name)
    return s or None


def _attendee_score(g: Entry, p: Entry) -> Optional[float]:
    return _person_score(g.record, p.record) if g.group == p.group else None


def _text_scorer(threshold: float) -> Callable[[Entry, Entry], Optional[float]]:
    def score(g: Entry, p: Entry) -> Optional[float]:
        f1 = token_f1(g.record.text, p.record.text)
        return f1 if f1 >= threshold else None

    return score


def _figure_score(g: Entry, p: Entry) -> Optional[float]:
    if not units_equal(g.record.unit, p.record.unit) or not values_agree(g.record.value, p.record.value):
        return None
    rel = abs(g.record.value - p.record.value) / abs(g.record.value) if g.record.value else 0.0
    # Exact values rank first; among equal values, the one whose printed text is closer.
    return 1.0 - rel + 0.05 * token_f1(g.record.text, p.record.text)


def _similarity(record_type: str, g: Entry, p: Entry) -> float:
    """How alike two records look, ignoring thresholds: only to point at the near miss."""
    a, b = g.record, p.record
    if record_type == "items":
        return token_f1(a.title, b.title)
    if record_type in ("attendees", "speakers"):
        if not name_tokens(a.name):
            return token_f1(a.role, b.role) if b.role else 0.0
        return token_f1(" ".join(name_tokens(a.name)), " ".join(name_tokens(b.name))) if b.name else 0.0
    if record_type == "figures":
        return 1.0 if values_agree(a.value, b.value) else 0.5 * token_f1(a.text, b.text)
    return token_f1(a.text, b.text)


def _closest(record_type: str, g: Entry, pred: list[Entry]) -> Optional[str]:
    best = max(pred, key=lambda p: _similarity(record_type, g, p), default=None)
    if best is None:
        return None
    sim = _similarity(record_type, g, best)
    if sim <= 0:
        return None
    where = f", item {best.item_number}" if record_type != "items" and best.item_number != g.item_number else ""
    return f"{describe(record_type, best)} (similarity {sim:.2f}{where})"


# ---------------------------------------------------------------- attributes


def _names_set_equal(gold: list[str], pred: list[str]) -> bool:
    if len(gold) != len(pred):
        return False
    pairs = pair_best_first(len(gold), len(pred), lambda i, j: name_score(gold[i], pred[j]) or None)
    return len(pairs) == len(gold)


def _owner_match(g: Optional[str], p: Optional[str]) -> bool:
    return p is not None and (names_match(g, p) or token_f1(g, p) >= ROLE_THRESHOLD)


def _role_match(g: Optional[str], p: Optional[str]) -> bool:
    return p is not None and token_f1(g, p) >= ROLE_THRESHOLD


def _name_attr(g: Optional[str], p: Optional[str]) -> bool:
    return names_match(g, p)


def _equal(g: Any, p: Any) -> bool:
    return g == p


# (attribute name, record field, is it stated in gold?, does the prediction agree?)
AttrRule = tuple[str, str, Callable[[Any], bool], Callable[[Any, Any], bool]]
_ATTRIBUTE_RULES: dict[str, list[AttrRule]] = {
    "speakers": [("speaker.role", "role", lambda v: v is not None, _role_match)],
    "questions": [
        ("question.asker", "asker", lambda v: v is not None, _name_attr),
        ("question.answered_by", "answered_by", lambda v: True, _names_set_equal),
    ],
    "actions": [
        ("action.owner", "owner", lambda v: v is not None, _owner_match),
        ("action.due", "due", lambda v: v is not None, _equal),
        ("action.kind", "kind", lambda v: v is not None, _equal),
    ],
    "resolutions": [
        ("resolution.mover", "mover", lambda v: v is not None, _name_attr),
        ("resolution.seconder", "seconder", lambda v: v is not None, _name_attr),
        ("resolution.outcome", "outcome", lambda v: v is not None, _equal),
    ],
}


def _attribute_checks(record_type: str, g: Entry, p: Entry) -> list[tuple[str, Any, Any, bool]]:
    """``(attribute, gold value, predicted value, agree?)`` for each attribute gold states."""
    checks = []
    for attr, fname, stated, correct in _ATTRIBUTE_RULES.get(record_type, []):
        gv, pv = getattr(g.record, fname), getattr(p.record, fname)
        if stated(gv):
            checks.append((attr, gv, pv, correct(gv, pv)))
    return checks


def attribute_disagreements(record_type: str, g: Entry, p: Entry) -> list[tuple[str, Any, Any]]:
    """The attributes of a matched pair that ``minutes evaluate`` counts as wrong."""
    return [(attr, gv, pv) for attr, gv, pv, ok in _attribute_checks(record_type, g, p) if not ok]


def _check_attributes(score: DocScore, record_type: str, g: Entry, p: Entry) -> None:
    for attr, gv, pv, ok in _attribute_checks(record_type, g, p):
        acc = score.attributes[attr]
        acc.stated += 1
        if ok:
            acc.correct += 1
        else:
            score.problems.append(
                Problem(score.name, "attribute", record_type, g.item_number, describe(record_type, g), attr, gv, pv)
            )


# ---------------------------------------------------------------- documents


def _meeting_label(meeting: Meeting, index: int) -> str:
    return " ".join(x for x in (meeting.body, meeting.date) if x) or f"meeting {index + 1}"


def _pair_meetings(score: DocScore, gold: list[Meeting], pred: list[Meeting]) -> dict[int, int]:
    """Pair meetings by date, then body, and check both attributes on each pair."""

    def rank(i: int, j: int) -> float:
        g, p = gold[i], pred[j]
        same_date = 1.0 if g.date is not None and g.date == p.date else 0.0
        return same_date + 0.5 * token_f1(g.body, p.body)

    paired = {i: j for i, j, _ in pair_best_first(len(gold), len(pred), rank)}
    # Meetings are not a scored record type, but a missing or extra one explains other misses.
    for j in set(range(len(pred))) - set(paired.values()):
        score.problems.append(Problem(score.name, "false positive", "meetings", None, _meeting_label(pred[j], j)))
    for i, g in enumerate(gold):
        p = pred[paired[i]] if i in paired else None
        label = _meeting_label(g, i)
        if p is None:
            score.problems.append(Problem(score.name, "missed", "meetings", None, label))
        for attr, gv, pv, ok in (
            ("meeting.body", g.body, p.body if p else None, lambda a, b: b is not None and token_f1(a, b) >= TITLE_THRESHOLD),
            ("meeting.date", g.date, p.date if p else None, _equal),
        ):
            if gv is None or p is None:
                continue
            acc = score.attributes[attr]
            acc.stated += 1
            if ok(gv, pv):
                acc.correct += 1
            else:
                score.problems.append(Problem(score.name, "attribute", "meetings", None, label, attr, gv, pv))
    return paired


def _score_type(
    score: DocScore,
    record_type: str,
    gold: list[Entry],
    pred: list[Entry],
    match: Callable[[Entry, Entry], Optional[float]],
    parent_map: dict[int, int],
) -> list[tuple[int, int, float]]:
    """Pair, count, and record problems; candidates within paired parents rank higher."""

    def bonus(i: int, j: int) -> float:
        gp = gold[i].parent
        return SAME_PARENT_BONUS if gp is not None and parent_map.get(gp) == pred[j].parent else 0.0

    pairs = pair_best_first(len(gold), len(pred), lambda i, j: match(gold[i], pred[j]), bonus)
    score.pairs[record_type] = pairs
    counts = score.counts[record_type]
    counts.gold += len(gold)
    counts.pred += len(pred)
    counts.matched += len(pairs)
    matched_gold = {i for i, _, _ in pairs}
    matched_pred = {j for _, j, _ in pairs}
    for i, g in enumerate(gold):
        if i not in matched_gold:
            score.problems.append(
                Problem(
                    score.name,
                    "missed",
                    record_type,
                    g.item_number,
                    describe(record_type, g),
                    closest=_closest(record_type, g, pred),
                )
            )
    for j, p in enumerate(pred):
        if j not in matched_pred:
            score.problems.append(
                Problem(score.name, "false positive", record_type, p.item_number, describe(record_type, p))
            )
    for i, j, _ in pairs:
        _check_attributes(score, record_type, gold[i], pred[j])
    return pairs


def score_document(name: str, gold: Document, pred: Optional[Document], strict: bool = False) -> DocScore:
    """Score one predicted record against its gold record (``pred`` None: all missed)."""
    pred = pred or Document()
    score = DocScore(name)
    meeting_map = _pair_meetings(score, gold.meetings, pred.meetings)
    item_pairs = _score_type(score, "items", _items(gold), _items(pred), _item_score, meeting_map)
    item_map = {i: j for i, j, _ in item_pairs}
    _score_type(score, "attendees", _attendees(gold), _attendees(pred), _attendee_score, meeting_map)
    text_match = _text_scorer(STRICT if strict else LENIENT)
    matchers: dict[str, Callable[[Entry, Entry], Optional[float]]] = {
        "speakers": lambda g, p: _person_score(g.record, p.record),
        "questions": text_match,
        "resolutions": text_match,
        "figures": _figure_score,
        "actions": text_match,
    }
    for record_type in PER_ITEM_TYPES:
        _score_type(
            score,
            record_type,
            _per_item(gold, record_type),
            _per_item(pred, record_type),
            matchers[record_type],
            item_map,
        )
    return score
