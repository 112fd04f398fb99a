"""Spans for hand-made gold records, and the check that they agree with the text.

Annotators copy verbatim texts and names from a document's canonical text; models are
trained from where those records sit. Writing character offsets by hand is slow and
error-prone, so this module finds them: it locates every record's text in the
canonical text (the text ``minutes extract --include-text`` reads), item by item, and
writes ``span`` fields back into the gold file. ``check_spans`` is the converse, used by
the tests: the text at each span must agree with its record.

Run ``python -m extractor.evaluation.gold_spans --help``. None of this runs the
extractor: annotating blind stays possible.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from bisect import bisect_left
from pathlib import Path
from typing import Iterable, Optional, Sequence

from ..readers import ReadError, read_path
from ..schema import Document, Item, Meeting

HEADING_PREFIX = re.compile(r"^[\s\W\dA-Za-z]{0,12}$")
"""What may precede an item title on its line: a number, letter or roman numeral and punctuation."""
_HONORIFIC = re.compile(
    r"^(?:(?:councillor|cllr|cr|mr|mrs|ms|miss|dr|rev|revd|professor|prof|mayor|deputy mayor|"
    r"councilmember|council member|councilman|councilwoman|alderman|alderperson|trustee|director|"
    r"commissioner|supervisor|chair|chairman|chairperson|vice[- ]chair|president|sir|dame|lord|lady)\.?\s+)+",
    re.I,
)
_SPAN_LIST = re.compile(r'"span": \[\s*(\d+),\s*(\d+)\s*\]')
HEADING_CONTEXT = 400
"""An item span's title must occur within this many characters of its start."""


def squash(text: str) -> str:
    """Whitespace runs collapsed to one space: line breaks inside a sentence do not matter."""
    return " ".join(text.split())


_QUOTES = str.maketrans("‘’‛“”„", "\'\'\'\"\"\"")


def fold_case(text: str) -> str:
    """Lower case with curly quotes made straight; keeps the length, so offsets still map."""
    return text.lower().translate(_QUOTES)


class Locator:
    """Finds texts in the canonical text while ignoring differences in whitespace."""

    def __init__(self, text: str) -> None:
        self.text = text
        chars: list[str] = []
        origin: list[int] = []
        gap = True
        for i, ch in enumerate(text):
            if ch.isspace():
                if not gap:
                    chars.append(" ")
                    origin.append(i)
                gap = True
            else:
                chars.append(ch)
                origin.append(i)
                gap = False
        self.squashed = "".join(chars)
        self.folded = fold_case(self.squashed)
        self.origin = origin
        self.line_starts = [0] + [m.end() for m in re.finditer(r"\n", text)]

    def find_all(self, needle: str, lo: int = 0, hi: Optional[int] = None, fold: bool = False) -> list[tuple[int, int]]:
        """Every ``[start, end)`` of ``needle`` inside ``text[lo:hi]``, in order."""
        target = squash(needle)
        if not target:
            return []
        hay = self.folded if fold else self.squashed
        if fold:
            target = fold_case(target)
        hi = len(self.text) if hi is None else hi
        k = bisect_left(self.origin, lo)
        found: list[tuple[int, int]] = []
        while True:
            k = hay.find(target, k)
            if k < 0:
                return found
            start, end = self.origin[k], self.origin[k + len(target) - 1] + 1
            if end > hi:
                return found
            found.append((start, end))
            k += 1

    def line_start(self, offset: int) -> int:
        return self.line_starts[max(0, bisect_left(self.line_starts, offset + 1) - 1)]


def _is_heading(loc: Locator, start: int) -> bool:
    """True when only a number or label precedes ``start`` on its line."""
    return bool(HEADING_PREFIX.match(loc.text[loc.line_start(start) : start]))


def _surname(name: str) -> str:
    words = re.findall(r"[\w'’-]+", _HONORIFIC.sub("", name))
    return words[-1] if words else ""


def _name_forms(name: Optional[str], role: Optional[str]) -> list[str]:
    """How a person may be printed: as given, without honorific, by surname, by role."""
    forms: list[str] = []
    if name:
        bare = _HONORIFIC.sub("", name).strip()
        forms += [name, bare]
        surname = _surname(name)
        if len(surname) > 1:
            forms.append(surname)
    if role:
        forms.append(role)
    return [f for f in dict.fromkeys(forms) if f]


class _Filler:
    """Locates every record of one gold Document and sets its span."""

    def __init__(self, doc: Document, text: str) -> None:
        self.doc = doc
        self.loc = Locator(text)
        self.problems: list[str] = []
        self.taken: set[tuple[int, int]] = set()
        self.taken_by_kind: dict[str, list[tuple[int, int]]] = {}

    def _first(self, needles: Sequence[str], regions: Iterable[tuple[int, int]], fold: bool,
               kind: Optional[str] = None) -> Optional[tuple[int, int]]:
        """The first occurrence not yet given to a record, preferring one that lies inside
        no earlier record of the same ``kind`` (a short decision text printed again inside a
        longer one belongs to its own sentence, not to the longer record's)."""
        same = self.taken_by_kind.setdefault(kind, []) if kind else []
        for lo, hi in regions:
            for needle in needles:
                hits = self.loc.find_all(needle, lo, hi, fold)
                free = [h for h in hits if h not in self.taken]
                apart = [h for h in free if not any(s < h[1] and h[0] < e for s, e in same)]
                if apart or free or hits:
                    hit = (apart or free or hits)[0]
                    self.taken.add(hit)
                    same.append(hit)
                    return hit
        return None

    def _keep(self, given: Optional[tuple[int, int]], ok: bool) -> bool:
        return given is not None and ok

    # -- items and meetings -------------------------------------------------------------

    def _locate_heading(self, item: Item, lo: int, hi: int, banned: list[tuple[int, int]]) -> Optional[int]:
        """Start of the item's heading line at or after ``lo``: its title, else its number at a line start."""
        def allowed(start: int) -> bool:
            return not any(a <= start < b for a, b in banned)

        if item.title:
            hits = [h for h in self.loc.find_all(item.title, lo, hi) if allowed(h[0])]
            if not hits:
                hits = [h for h in self.loc.find_all(item.title, lo, hi, fold=True) if allowed(h[0])]
            headed = [h for h in hits if _is_heading(self.loc, h[0])]
            if headed or hits:
                start = (headed or hits)[0][0]
                return self.loc.line_start(start) if headed else start
        if item.number:
            pattern = re.compile(r"(?m)^[ \t]*[\(\[]?(?:item\s+)?" + re.escape(item.number) + r"(?![\w/])")
            for m in pattern.finditer(self.loc.text, lo, hi):
                if allowed(m.start()):
                    return self.loc.line_start(m.start())
        return None

    def fill(self) -> list[str]:
        text = self.loc.text
        banned: list[tuple[int, int]] = []
        cursor = 0
        for e, entry in enumerate(self.doc.agenda):
            if entry.span and entry.title and squash(entry.title) in squash(text[entry.span[0] : entry.span[1]]):
                cursor = entry.span[1]
                banned.append(tuple(entry.span))
                continue
            needle = entry.title or entry.number
            hits = self.loc.find_all(needle, cursor) if needle else []
            if hits:
                entry.span = (self.loc.line_start(hits[0][0]), hits[0][1])
                cursor = hits[0][1]
                banned.append(entry.span)
            else:
                self.problems.append(f"agenda entry {e} ({needle!r}) not found")
        banned = [(banned[0][0], banned[-1][1])] if banned else []

        # Pass 1: item heading starts, in order across all meetings.
        starts: list[list[Optional[int]]] = []
        cursor = 0
        for m, meeting in enumerate(self.doc.meetings):
            row: list[Optional[int]] = []
            lo_m = meeting.span[0] if meeting.span else cursor
            hi_m = meeting.span[1] if meeting.span else len(text)
            cursor = max(cursor, lo_m)
            for item in meeting.items:
                given = item.span
                if given and self._item_span_ok(item, given):
                    start = given[0]
                else:
                    start = self._locate_heading(item, cursor, hi_m, banned)
                row.append(start)
                if start is not None:
                    cursor = start + 1
            starts.append(row)

        # Pass 2: meeting spans, then item spans.
        bounds: list[tuple[int, int]] = []
        prev_end = banned[-1][1] if banned else 0
        first_items = [next((s for s in row if s is not None), None) for row in starts]
        for m, meeting in enumerate(self.doc.meetings):
            if meeting.span:
                bounds.append(tuple(meeting.span))
                prev_end = meeting.span[1]
                continue
            first = first_items[m]
            start = self._meeting_start(meeting, prev_end, first)
            bounds.append((start, -1))
            later = [s for s in starts[m] if s is not None]
            prev_end = later[-1] if later else (first or start)
        for m in range(len(bounds)):
            start, end = bounds[m]
            if end < 0:
                end = bounds[m + 1][0] if m + 1 < len(bounds) else len(text)
                end = max(end, start)
            bounds[m] = (start, end)
            self.doc.meetings[m].span = bounds[m]

        for m, meeting in enumerate(self.doc.meetings):
            ms, me = bounds[m]
            row = starts[m]
            for i, item in enumerate(meeting.items):
                start = row[i]
                prev = next((s for s in reversed(row[:i]) if s is not None), ms)
                nxt = next((s for s in row[i + 1 :] if s is not None), me)
                if start is not None:
                    item.span = (start, max(nxt, start + 1))
                self._fill_item(m, item, item.span or (prev, nxt), (ms, me))
                if start is None:
                    item.span = self._span_from_records(item, nxt)
                    if item.span is None and (item.title or item.number):
                        self.problems.append(f"meeting {m} item {item.number!r} heading {item.title!r} not found")
            self._fill_attendees(m, meeting, (ms, me))
        return self.problems

    def _span_from_records(self, item: Item, end: int) -> Optional[tuple[int, int]]:
        """An item whose heading was lost in the export starts at the line of its first record."""
        spans = [r.span for group in (item.speakers, item.questions, item.resolutions, item.figures, item.actions)
                 for r in group if r.span]
        if not spans:
            return None
        start = self.loc.line_start(min(s[0] for s in spans))
        return (start, max(end, max(s[1] for s in spans)))

    def _item_span_ok(self, item: Item, span: tuple[int, int]) -> bool:
        head = squash(self.loc.text[span[0] : span[0] + HEADING_CONTEXT + len(item.title or "")])
        return 0 <= span[0] < span[1] <= len(self.loc.text) and (not item.title or squash(item.title) in head)

    def _meeting_start(self, meeting: Meeting, lo: int, first_item: Optional[int]) -> int:
        """Start of the line where the meeting's header or attendance begins, before its first item."""
        hi = first_item if first_item is not None else len(self.loc.text)
        needles = [meeting.body, meeting.venue] + [a.name for a in meeting.present + meeting.officers + meeting.apologies]
        found = [h[0] for n in needles if n for h in self.loc.find_all(n, lo, hi, fold=True)[:1]]
        if found:
            return self.loc.line_start(min(found))
        return first_item if first_item is not None else lo

    # -- records ---------------------------------------------------------------------------

    def _fill_item(self, m: int, item: Item, region: tuple[int, int], meeting: tuple[int, int]) -> None:
        regions = [region, meeting, (0, len(self.loc.text))]
        where = f"meeting {m} item {item.number!r}"
        for kind, records in (("question", item.questions), ("resolution", item.resolutions),
                              ("figure", item.figures), ("action", item.actions)):
            for r in records:
                if r.span and squash(self.loc.text[r.span[0] : r.span[1]]) == squash(r.text):
                    continue
                hit = self._first([r.text], regions, fold=False, kind=kind)
                if hit is None:
                    self.problems.append(f"{where} {kind} text not found verbatim: {r.text!r}")
                r.span = hit
        for s in item.speakers:
            if s.span and _person_span_ok(self.loc.text, s.span, s.name, s.role):
                continue
            hit = self._first(_name_forms(s.name, s.role), [region, meeting], fold=True)
            if hit is None:
                self.problems.append(f"{where} speaker {s.name or s.role!r} not found")
            s.span = hit

    def _fill_attendees(self, m: int, meeting: Meeting, region: tuple[int, int]) -> None:
        for group in ("present", "apologies", "officers"):
            for a in getattr(meeting, group):
                if a.span and _person_span_ok(self.loc.text, a.span, a.name, a.role):
                    continue
                hit = self._first(_name_forms(a.name, a.role), [region, (0, len(self.loc.text))], fold=True)
                if hit is None:
                    self.problems.append(f"meeting {m} {group} {a.name!r} not found")
                a.span = hit


def _person_span_ok(text: str, span: Sequence[int], name: Optional[str], role: Optional[str]) -> bool:
    got = fold_case(squash(text[span[0] : span[1]]))
    if len(got) < 2:
        return False
    forms = [fold_case(f) for f in _name_forms(name, role)]
    return any(got == f or (len(f) > 1 and f in got) for f in forms) or (bool(name) and got in fold_case(name or ""))


def check_spans(doc: Document, text: str) -> list[str]:
    """Every span disagreeing with its record, as ``where: problem`` (empty when all agree)."""
    problems: list[str] = []

    def inside(span: Sequence[int]) -> bool:
        return 0 <= span[0] < span[1] <= len(text)

    for e, entry in enumerate(doc.agenda):
        if entry.span and (not inside(entry.span) or (entry.title and squash(entry.title) not in squash(text[entry.span[0] : entry.span[1]]))):
            problems.append(f"agenda entry {e}: span {entry.span} does not hold {entry.title!r}")
    for m, meeting in enumerate(doc.meetings):
        if meeting.span and not inside(meeting.span):
            problems.append(f"meeting {m}: span {meeting.span} outside the text")
        for item in meeting.items:
            where = f"meeting {m} item {item.number!r}"
            if item.span:
                head = squash(text[item.span[0] : item.span[0] + HEADING_CONTEXT + len(item.title or "")])
                if not inside(item.span) or (item.title and squash(item.title) not in head):
                    problems.append(f"{where}: span {item.span} does not start at its heading {item.title!r}")
                if meeting.span and not (meeting.span[0] <= item.span[0] and item.span[1] <= meeting.span[1]):
                    problems.append(f"{where}: span {item.span} outside its meeting's span {meeting.span}")
            for kind, records in (("question", item.questions), ("resolution", item.resolutions),
                                  ("figure", item.figures), ("action", item.actions)):
                for r in records:
                    if r.span and (not inside(r.span) or squash(text[r.span[0] : r.span[1]]) != squash(r.text)):
                        problems.append(f"{where} {kind}: span {r.span} holds {text[r.span[0]:r.span[1]][:60]!r}, not {r.text[:60]!r}")
            for s in item.speakers:
                if s.span and not (inside(s.span) and _person_span_ok(text, s.span, s.name, s.role)):
                    problems.append(f"{where} speaker {s.name!r}: span {s.span} holds {text[s.span[0]:s.span[1]]!r}")
        for group in ("present", "apologies", "officers"):
            for a in getattr(meeting, group):
                if a.span and not (inside(a.span) and _person_span_ok(text, a.span, a.name, a.role)):
                    problems.append(f"meeting {m} {group} {a.name!r}: span {a.span} holds {text[a.span[0]:a.span[1]]!r}")
    return problems


def fill_spans(doc: Document, text: str) -> list[str]:
    """Set the span of every record of ``doc`` it can locate in ``text``; returns what it could not."""
    return _Filler(doc, text).fill() + check_spans(doc, text)


def canonical_text(gold_path: Path, doc: Document) -> str:
    """The canonical text of the input a gold record describes (``source.path`` from the repository root)."""
    root = gold_path.resolve().parent.parent.parent
    raw = Path(doc.source.path or "")
    return read_path(raw if raw.is_absolute() else root / raw).text


def dump_gold(doc: Document) -> str:
    """The gold record as annotators write it: no extractor-only fields, spans as lists."""
    data = doc.model_dump(mode="json", by_alias=True)
    for key in ("extractor_version", "text"):
        if data.get(key) is None:
            data.pop(key, None)
    if not data.get("parts"):
        data.pop("parts", None)
    data["source"] = {k: v for k, v in data["source"].items() if v is not None and v != []}
    return _SPAN_LIST.sub(r'"span": [\1, \2]', json.dumps(data, ensure_ascii=False, indent=2)) + "\n"


def _cmd_text(args: argparse.Namespace) -> int:
    text = read_path(args.file).text
    if not args.offsets:
        sys.stdout.write(text)
        return 0
    offset = 0
    for line in text.split("\n"):
        sys.stdout.write(f"{offset:>7}: {line}\n")
        offset += len(line) + 1
    return 0


def _cmd_find(args: argparse.Namespace) -> int:
    loc = Locator(read_path(args.file).text)
    hits = loc.find_all(args.needle, fold=args.ignore_case)
    for start, end in hits:
        line = loc.text[loc.line_start(start) :].split("\n", 1)[0]
        print(f"[{start}, {end}]  line: {line[:120]}")
    if not hits:
        print("not found", file=sys.stderr)
    return 0 if hits else 1


def _cmd_fill(args: argparse.Namespace) -> int:
    status = 0
    for name in args.gold:
        path = Path(name)
        try:
            doc = Document.model_validate_json(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            print(f"{path}: not a valid gold record: {exc}", file=sys.stderr)
            status = 1
            continue
        try:
            text = canonical_text(path, doc)
        except ReadError as exc:
            print(f"{path}: cannot read {doc.source.path}: {exc}", file=sys.stderr)
            status = 1
            continue
        problems = fill_spans(doc, text)
        if not args.check:
            path.write_text(dump_gold(doc), encoding="utf-8")
        for p in problems:
            print(f"{path}: {p}")
        status = status or (1 if problems else 0)
        if not problems:
            print(f"{path}: ok")
    return status


def main(argv: Optional[list[str]] = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m extractor.evaluation.gold_spans", description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="cmd", required=True)
    p = sub.add_parser("text", help="print a document's canonical text (no extraction)")
    p.add_argument("file")
    p.add_argument("--offsets", action="store_true", help="prefix each line with its character offset")
    p.set_defaults(run=_cmd_text)
    p = sub.add_parser("find", help="every occurrence of a text in a document's canonical text")
    p.add_argument("file")
    p.add_argument("needle")
    p.add_argument("-i", "--ignore-case", action="store_true")
    p.set_defaults(run=_cmd_find)
    p = sub.add_parser("fill", help="validate gold files and write the span of every record")
    p.add_argument("gold", nargs="+")
    p.add_argument("--check", action="store_true", help="report only; do not rewrite the files")
    p.set_defaults(run=_cmd_fill)
    args = parser.parse_args(argv)
    try:
        return args.run(args)
    except ReadError as exc:
        print(f"{getattr(args, 'file', '')}: {exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
