"""What every record must satisfy whatever the input, and hypothesis strategies for
inputs: arbitrary text (odd white space, control characters, long lines, mixed scripts)
and text built from the structure of minutes (headers, attendance lists, numbered
items, RESOLVED, money and dates) in random spacing and case.

Shared by tests/test_properties.py and the fuzzing harness (fuzz/)."""

from __future__ import annotations

import functools
from typing import Any

from hypothesis import strategies as st

from extractor.schema import Document

# -- the properties ---------------------------------------------------------------------------


@functools.lru_cache(maxsize=1)
def _schema() -> dict[str, Any]:
    return Document.model_json_schema(by_alias=True)


@functools.lru_cache(maxsize=1)
def _validator():  # type: ignore[no-untyped-def]
    from jsonschema import Draft202012Validator

    return Draft202012Validator(_schema())


def _collapse(text: str) -> str:
    return " ".join(text.split())


def _words_in_order(value: str, source: str) -> bool:
    """Whether each word of ``value`` occurs in ``source``, in order (punctuation at word
    edges ignored): ``value`` is ``source`` with some words left out."""
    words = iter(w.strip(".,;:!?()[]\"'’“”") for w in source.split())
    return all(any(word == w for w in words) for word in (v.strip(".,;:!?()[]\"'’“”") for v in value.split()))


def _resolve(node: dict[str, Any]) -> dict[str, Any]:
    ref = node.get("$ref")
    if ref:
        return _schema()["$defs"][ref.rsplit("/", 1)[-1]]
    return node


def _span_text_problems(node: dict[str, Any], value: Any, text: str, where: str) -> list[str]:
    """Fields marked ``x-span-text`` whose value is not (part of) the text at their record's span."""
    node = _resolve(node)
    problems: list[str] = []
    if "anyOf" in node:
        for option in node["anyOf"]:
            if _resolve(option).get("type") != "null" and value is not None:
                problems += _span_text_problems(option, value, text, where)
                break
        return problems
    if isinstance(value, list) and "items" in node:
        for i, element in enumerate(value):
            problems += _span_text_problems(node["items"], element, text, f"{where}[{i}]")
        return problems
    if isinstance(value, dict) and "properties" in node:
        span = value.get("span")
        for name, prop in node["properties"].items():
            field = value.get(name)
            mode = prop.get("x-span-text")
            if mode and field is not None and span is not None:
                at_span = _collapse(text[span[0]:span[1]])
                if mode == "equal":
                    ok = _collapse(field) == at_span
                elif mode == "within":
                    ok = _collapse(field) in at_span
                else:
                    ok = _words_in_order(field, at_span)
                if not ok:
                    problems.append(f"{where}.{name} {field!r} is not {mode} the text at its span {at_span!r}")
            elif field is not None:
                problems += _span_text_problems(prop, field, text, f"{where}.{name}")
    return problems


def _spans(value: Any, where: str = "record") -> list[tuple[str, Any]]:
    found: list[tuple[str, Any]] = []
    if isinstance(value, dict):
        for key, inner in value.items():
            if key == "span" and inner is not None:
                found.append((where, inner))
            else:
                found += _spans(inner, f"{where}.{key}")
    elif isinstance(value, list):
        for i, inner in enumerate(value):
            found += _spans(inner, f"{where}[{i}]")
    return found


def record_problems(record: Document) -> list[str]:
    """Everything wrong with a record made with ``include_text``: a component that
    failed, spans outside the canonical text, JSON Schema violations, and verbatim fields
    that differ from the text at their span. Empty for a good record."""
    import json

    text = record.text or ""
    data = json.loads(record.to_json())
    problems = [w for w in record.warnings if w.startswith("component failed")]
    for where, (start, end) in _spans(data):
        if not (0 <= start <= end <= len(text)):
            problems.append(f"{where}.span [{start}, {end}] is outside the text of {len(text)} characters")
    problems += [f"schema: {e.message} at {'/'.join(map(str, e.path))}" for e in _validator().iter_errors(data)]
    problems += _span_text_problems(_schema(), data, text, "record")
    return problems


# -- arbitrary text ---------------------------------------------------------------------------

ODD_SPACES = " \t\n\r\f\v\x85\xa0\u1680\u2000\u2007\u200a\u200b\u2028\u2029\u202f\u3000\ufeff\u00ad"
CONTROLS = "".join(map(chr, [*range(0, 9), *range(14, 32), 127, *range(0x80, 0xA0)])) + "\ufffd\ufffe\uf0b7"
MIXED = "aZ9£$€%.,;:()-–—'’\"“”/&#•·ﬁéßøçñ中文字日本語한국어العربيةעבריתкириллицаΕλληνικά𝔘😀"

arbitrary_text = st.one_of(
    st.text(max_size=400),
    st.text(alphabet=st.sampled_from(ODD_SPACES + CONTROLS + MIXED), max_size=400),
    # very long lines: a short piece repeated with no line break
    st.builds(lambda piece, n: piece * n, st.text(alphabet=st.sampled_from(MIXED + " "), min_size=1, max_size=12),
              st.integers(200, 3000)),
)

# -- text built from the structure of minutes ---------------------------------------------------

NAMES = ["Smith", "Jane Doe", "A. Patel", "O'Brien", "de Souza", "Ní Bhriain", "Zhang Wei", "Müller", "Jean-Paul Roux"]
HONORIFICS = ["Councillor", "Cllr", "Cllr.", "Mr", "Mrs", "Ms", "Dr", "County Councillor", "Alderman"]
ROLES = ["Chair", "Vice-Chair", "Head of Finance", "Director of Children's Services", "Clerk", "Section 151 Officer"]
BODIES = ["Finance Committee", "Planning Sub-Committee", "Parish Council", "Cabinet", "Overview and Scrutiny Board"]
TITLES = ["Apologies for Absence", "Declarations of Interest", "Minutes of the Previous Meeting", "Budget Monitoring",
          "Public Questions", "Work Programme", "Any Other Business", "Date of Next Meeting"]
MONTHS = ["January", "March", "May", "September", "December", "Sept", "Feb"]
VERBS = ["asked", "queried", "noted", "reported", "undertook to circulate a briefing note", "agreed", "moved",
         "seconded", "advised", "requested information about"]

space = st.sampled_from([" ", " ", " ", "  ", "   ", "\t", " \u00a0"])
case = st.sampled_from([str, str, str.upper, str.lower, str.title])


def _spaced(words: list[str], gaps: list[str]) -> str:
    return "".join(w + (gaps[i % len(gaps)] if i < len(words) - 1 else "") for i, w in enumerate(words))


@st.composite
def phrase(draw: st.DrawFn, text: str) -> str:
    """``text`` in a random case with random gaps between its words."""
    gaps = draw(st.lists(space, min_size=1, max_size=4))
    return draw(case)(_spaced(text.split(" "), gaps))


@st.composite
def date(draw: st.DrawFn) -> str:
    day, month, year = draw(st.integers(1, 31)), draw(st.sampled_from(MONTHS)), draw(st.integers(1990, 2035))
    form = draw(st.integers(0, 4))
    return [f"{day} {month} {year}", f"{day}/{draw(st.integers(1, 12))}/{year}", f"{month} {day}, {year}",
            f"{year}-{draw(st.integers(1, 12)):02d}-{day:02d}", f"Thursday {day}th {month}"][form]


@st.composite
def money(draw: st.DrawFn) -> str:
    number = draw(st.one_of(st.integers(0, 10**9).map(str), st.integers(0, 10**6).map(lambda n: f"{n:,}"),
                            st.floats(0, 1e4, allow_nan=False).map(lambda f: f"{f:.2f}")))
    unit = draw(st.sampled_from(["", " million", "m", " billion", "k", "bn", "%", " per cent", " per week",
                                 " a year", " pounds", " square metres", " hours"]))
    sign = draw(st.sampled_from(["£", "$", "€", "", "", "GBP "]))
    return sign + number + unit


@st.composite
def person(draw: st.DrawFn) -> str:
    name = draw(st.sampled_from(HONORIFICS)) + " " + draw(st.sampled_from(NAMES))
    if draw(st.booleans()):
        name += f" ({draw(st.sampled_from(ROLES))})"
    return name


@st.composite
def sentence(draw: st.DrawFn) -> str:
    who = draw(st.one_of(person(), st.sampled_from(["The Chair", "Members", "The Head of Finance", "It"])))
    verb = draw(st.sampled_from(VERBS))
    what = draw(st.sampled_from(["the budget of", "whether", "that", "the cost of", "a report on", "by"]))
    return draw(phrase(f"{who} {verb} {what}")) + " " + draw(money()) + draw(
        st.sampled_from([".", " by " + draw(date()) + ".", " at the next meeting.", "", "?"]))


@st.composite
def item(draw: st.DrawFn, number: int) -> str:
    label = draw(st.sampled_from([f"{number}.", f"{number}", f"Item {number}", f"{number}(a)", f"{number}.1", ""]))
    lines = [draw(phrase(f"{label} {draw(st.sampled_from(TITLES))}".strip()))]
    lines += draw(st.lists(sentence(), max_size=4))
    if draw(st.booleans()):
        trigger = draw(st.sampled_from(["RESOLVED:", "RESOLVED that", "Resolved -", "AGREED:", "Decision:", "It was agreed that"]))
        clauses = draw(st.lists(sentence(), min_size=1, max_size=3))
        labels = draw(st.sampled_from([["(1)", "(2)", "(3)"], ["(a)", "(b)", "(c)"], ["1.", "2.", "3."], ["", "", ""]]))
        lines.append(trigger)
        lines += [f"{labels[i]} {c}".strip() for i, c in enumerate(clauses)]
    if draw(st.booleans()):
        lines.append(draw(phrase(f"Proposed by {draw(person())}, seconded by {draw(person())}")))
        lines.append(draw(st.sampled_from(["Carried.", "For 8, Against 2, Abstentions 1", "Lost", "unanimous"])))
    return "\n".join(lines)


@st.composite
def minutes(draw: st.DrawFn) -> str:
    """A minutes document: header, attendance, items, in random order of blank lines."""
    parts = [draw(phrase(f"Minutes of the {draw(st.sampled_from(BODIES))} held on")) + " " + draw(date())]
    if draw(st.booleans()):
        parts.append(draw(phrase("at 7.00 pm in the Council Chamber")))
    attendance = draw(st.lists(person(), max_size=6))
    if attendance:
        joiner = draw(st.sampled_from([", ", "\n", "; ", "\t"]))
        parts.append(draw(st.sampled_from(["Present:", "PRESENT", "Members present:", "Attendees"])) + joiner
                     + joiner.join(attendance))
    if draw(st.booleans()):
        parts.append("Apologies: " + ", ".join(draw(st.lists(person(), min_size=1, max_size=3))))
    parts += [draw(item(n)) for n in range(1, draw(st.integers(0, 5)) + 1)]
    gap = draw(st.sampled_from(["\n", "\n\n", "\r\n", "\n\n\n", "\n \n"]))
    return gap.join(parts)
