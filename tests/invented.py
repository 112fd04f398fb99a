"""Helpers for the tests on invented minutes passages (tests/test_unseen_styles*.py)."""

from __future__ import annotations

from extractor import api
from extractor.api import build_record, extract_doc
from extractor.readers import read_bytes, read_text
from extractor.schema import Document, Item, Meeting


def record(nlp, text: str, fmt: str = "text") -> Document:
    read = read_text(text) if fmt == "text" else read_bytes(text.encode("utf-8"), fmt)
    return build_record(extract_doc(read, nlp), read, None)


def meeting(nlp, text: str, fmt: str = "text") -> Meeting:
    rec = record(nlp, text, fmt)
    assert len(rec.meetings) == 1
    return rec.meetings[0]


def item_records(nlp, text: str, field: str) -> list:
    """Every record of one kind ("actions", "questions", ...) under any item of any meeting,
    as `minutes extract` gives them."""
    rec = api.extract(text=text, nlp=nlp)
    return [r for m in rec.meetings for it in m.items for r in getattr(it, field)]


def people(attendees) -> list[tuple[str, str | None]]:
    return [(a.name, a.role) for a in attendees]


def item(meeting: Meeting, number: str) -> Item:
    return next(i for i in meeting.items if i.number == number)


def rules_only(*components: str):
    """The shipped pipeline with the named decision components on their rules alone, so
    what the rules read is tested whatever the classifier makes of a passage."""
    import extractor

    nlp = extractor.load()
    for name in components:
        nlp.get_pipe(name).mode = "rules"
    return nlp


def figures_pipeline():
    """A blank English pipeline with only the figures component: its rules alone."""
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("minutes_figures")
    return nlp


def figure_values(nlp, text: str) -> list[tuple[float, str]]:
    """(value, unit) of each figure found in ``text``, in reading order."""
    from extractor.pipeline import spans as S

    doc = nlp(text)
    found = sorted(S.spans(doc, S.FIGURES), key=lambda sp: S.char_range(sp, S.FIGURES))
    return [(S.data(sp, S.FIGURES)["value"], S.data(sp, S.FIGURES)["unit"]) for sp in found]


def one_resolution(meeting: Meeting, number: str):
    """The one resolution of item ``number`` (fails, listing them, when there are more)."""
    res = item(meeting, number).resolutions
    assert len(res) == 1, [r.text for r in res]
    return res[0]


def resolution_fields(res) -> tuple:
    """What a reader of the record sees first: text, mover, seconder, outcome."""
    return res.text, res.mover, res.seconder, res.outcome


def action_data(doc) -> list[dict]:
    """The actions component's records on ``doc``, in reading order."""
    from extractor.pipeline import spans as S

    found = sorted(S.spans(doc, S.ACTIONS), key=lambda sp: S.char_range(sp, S.ACTIONS))
    return [S.data(sp, S.ACTIONS) for sp in found]
