"""Checks on the hand-annotated gold corpus (``corpus/gold``).

The accuracy figures are only as good as the gold files, so these tests catch the
mistakes annotators make by hand: a raw input without a gold record, a file the
schema rejects, a ``source.path`` that points nowhere, a date that is not ISO, and a
"verbatim" text (item title, question, resolution, figure, action) that does not
actually occur in the source, which is almost always a typo or a paraphrase.
"""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pytest

from extractor.schema import Document

from conftest import GOLD, RAW, ROOT, canonical_text

RAW_FILES = sorted(p for p in RAW.iterdir() if p.suffix in {".txt", ".html", ".htm", ".pdf"})
GOLD_FILES = sorted(GOLD.glob("*.json"))

_SPACE = re.compile(r"\s+")
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_HH_MM = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")


def _squash(text: str) -> str:
    """Collapse whitespace runs, so line breaks inside a sentence do not matter."""
    return _SPACE.sub(" ", text).strip()


def _load(path: Path) -> Document:
    return Document.model_validate_json(path.read_text(encoding="utf-8"))


def _raw_for(doc: Document) -> Path:
    assert doc.source.path, "gold record has no source.path"
    return ROOT / doc.source.path


def _verbatim_fields(doc: Document) -> list[tuple[str, str]]:
    """(where, text) for every gold field that must be copied from the source."""
    fields: list[tuple[str, str]] = []
    for m, meeting in enumerate(doc.meetings):
        for item in meeting.items:
            where = f"meeting {m} item {item.number!r}"
            if item.title:
                fields.append((f"{where} title", item.title))
            fields += [(f"{where} question", q.text) for q in item.questions]
            fields += [(f"{where} resolution", r.text) for r in item.resolutions]
            fields += [(f"{where} figure", f.text) for f in item.figures]
            fields += [(f"{where} action", a.text) for a in item.actions]
    fields += [(f"agenda {e.number!r} title", e.title) for e in doc.agenda if e.title]
    return fields


def test_corpus_is_not_empty() -> None:
    assert RAW_FILES, "corpus/raw holds no inputs"
    assert GOLD_FILES, "corpus/gold holds no gold records"


@pytest.mark.parametrize("raw", RAW_FILES, ids=lambda p: p.stem)
def test_every_raw_input_has_a_gold_record(raw: Path) -> None:
    gold = GOLD / f"{raw.stem}.json"
    assert gold.is_file(), f"{raw.name} has no gold record: expected corpus/gold/{gold.name}"


@pytest.mark.parametrize("gold", GOLD_FILES, ids=lambda p: p.stem)
def test_gold_record_validates_against_the_schema(gold: Path) -> None:
    json.loads(gold.read_text(encoding="utf-8"))  # plain JSON first: clearer error on a stray comma
    _load(gold)


@pytest.mark.parametrize("gold", GOLD_FILES, ids=lambda p: p.stem)
def test_gold_source_path_names_its_raw_file(gold: Path) -> None:
    doc = _load(gold)
    raw = _raw_for(doc)
    assert raw.is_file(), f"{gold.name}: source.path {doc.source.path!r} does not exist"
    assert raw.stem == gold.stem, f"{gold.name}: source.path {doc.source.path!r} is another file's input"


@pytest.mark.parametrize("gold", GOLD_FILES, ids=lambda p: p.stem)
def test_gold_verbatim_texts_occur_in_the_source(gold: Path) -> None:
    doc = _load(gold)
    raw = _raw_for(doc)
    if not raw.is_file():
        pytest.skip(f"{doc.source.path} missing (reported by the source.path test)")
    source = _squash(canonical_text(raw))  # the canonical text, which spans also point into
    missing = [f"{where}: {text!r}" for where, text in _verbatim_fields(doc) if _squash(text) not in source]
    assert not missing, f"{gold.name}: texts not found verbatim in {raw.name}:\n" + "\n".join(missing)


@pytest.mark.parametrize("gold", GOLD_FILES, ids=lambda p: p.stem)
def test_gold_dates_and_times_are_iso(gold: Path) -> None:
    doc = _load(gold)
    dates = [(f"meeting {m} date", mt.date) for m, mt in enumerate(doc.meetings)]
    dates += [
        (f"meeting {m} item {it.number!r} action due", a.due)
        for m, mt in enumerate(doc.meetings)
        for it in mt.items
        for a in it.actions
    ]
    dates += [(f"work programme {w.topic[:30]!r} meeting_date", w.meeting_date) for w in doc.work_programme]
    bad = []
    for where, value in dates:
        if value is None:
            continue
        try:
            ok = bool(_ISO_DATE.match(value)) and date.fromisoformat(value) is not None
        except ValueError:
            ok = False
        if not ok:
            bad.append(f"{where}: {value!r}")
    bad += [
        f"meeting {m} time: {mt.time!r}"
        for m, mt in enumerate(doc.meetings)
        if mt.time is not None and not _HH_MM.match(mt.time)
    ]
    assert not bad, f"{gold.name}: not YYYY-MM-DD / HH:MM:\n" + "\n".join(bad)


@pytest.mark.parametrize("gold", GOLD_FILES, ids=lambda p: p.stem)
def test_gold_item_numbers_and_labels_are_bare(gold: Path) -> None:
    """Numbers are printed forms without the trailing dot; labels without brackets."""
    doc = _load(gold)
    bad = [
        f"item number {it.number!r}"
        for mt in doc.meetings
        for it in mt.items
        if it.number is not None and (it.number.endswith(".") or not it.number.strip())
    ]
    bad += [
        f"resolution label {r.label!r}"
        for mt in doc.meetings
        for it in mt.items
        for r in it.resolutions
        if r.label is not None and re.search(r"^[(\[]|[.)\]]$", r.label)
    ]
    assert not bad, f"{gold.name}: " + "; ".join(bad)


def test_seed_001_gold_holds_the_july_minutes_agenda_and_work_programme() -> None:
    """The agenda pack's gold: checked by hand against corpus/raw/seed_001_*.txt."""
    doc = _load(GOLD / "seed_001_c00688e8abc9e593.json")
    assert [m.date for m in doc.meetings] == ["2021-07-20"]
    numbers = [it.number for it in doc.meetings[0].items]
    assert numbers == ["1(1)", "1(2)", "1(3)", "2", "3(1)", "3(2)", "4", "5", "6", "7", "8", "9", "10"]
    assert [e.number for e in doc.agenda][-1] == "11"
    assert any(w.meeting_date == "2022-04-11" for w in doc.work_programme)
