"""Turn a processed Doc into the pydantic output record.

Components only annotate the Doc; this module is the single place that knows how
the spans nest (meeting > item > speakers, questions, ...), so components stay
independent of the output shape.
"""

from __future__ import annotations

from typing import Any, Optional, Type, TypeVar

from pydantic import BaseModel
from spacy.tokens import Doc, Span

from . import schema
from .pipeline import spans as S

M = TypeVar("M", bound=BaseModel)


def _record(model: Type[M], span: Span, key: str) -> M:
    d = S.data(span, key)
    fields = {k: v for k, v in d.items() if k in model.model_fields or k == "for"}
    if "span" in model.model_fields:
        fields["span"] = S.char_range(span, key)
    return model.model_validate(fields)


def _in(doc: Doc, key: str, model: Type[M], start: int, end: int) -> list[M]:
    found = S.within(doc, key, start, end)
    found.sort(key=lambda sp: S.char_range(sp, key))
    return [_record(model, sp, key) for sp in found]


def _item(doc: Doc, span: Span) -> schema.Item:
    start, end = S.char_range(span, S.ITEMS)
    d = S.data(span, S.ITEMS)
    return schema.Item(
        number=d.get("number"),
        title=d.get("title"),
        span=(start, end),
        speakers=_in(doc, S.SPEAKERS, schema.Speaker, start, end),
        questions=_in(doc, S.QUESTIONS, schema.Question, start, end),
        resolutions=_in(doc, S.RESOLUTIONS, schema.Resolution, start, end),
        figures=_in(doc, S.FIGURES, schema.Figure, start, end),
        actions=_in(doc, S.ACTIONS, schema.Action, start, end),
    )


def _meeting(doc: Doc, span: Span, registry: Optional[list[dict[str, Any]]]) -> schema.Meeting:
    start, end = S.char_range(span, S.MEETINGS)
    d = S.data(span, S.MEETINGS)
    attendees: dict[str, list[schema.Attendee]] = {"present": [], "apologies": [], "officers": []}
    for sp in sorted(S.within(doc, S.ATTENDEES, start, end), key=lambda s: S.char_range(s, S.ATTENDEES)):
        if sp.label_ in attendees:
            attendees[sp.label_].append(_record(schema.Attendee, sp, S.ATTENDEES))
    items = sorted(S.within(doc, S.ITEMS, start, end), key=lambda s: S.char_range(s, S.ITEMS))
    return schema.Meeting(
        body=d.get("body"),
        date=d.get("date"),
        time=d.get("time"),
        venue=d.get("venue"),
        present=attendees["present"],
        apologies=attendees["apologies"],
        officers=attendees["officers"],
        people=[schema.Person.model_validate(p) for p in (registry or [])],
        items=[_item(doc, sp) for sp in items],
        span=(start, end),
    )


def assemble(doc: Doc) -> schema.Document:
    registries = doc._.minutes_registry or []
    meetings = sorted(S.spans(doc, S.MEETINGS), key=lambda s: S.char_range(s, S.MEETINGS))
    end = len(S.doc_text(doc))
    parts = [
        schema.Part(kind=sp.label_, title=S.data(sp, S.PARTS).get("title"), span=S.char_range(sp, S.PARTS))
        for sp in sorted(S.spans(doc, S.PARTS), key=lambda s: S.char_range(s, S.PARTS))
    ]
    return schema.Document(
        parts=parts,
        meetings=[
            _meeting(doc, sp, registries[i] if i < len(registries) else None) for i, sp in enumerate(meetings)
        ],
        agenda=_in(doc, S.AGENDA, schema.AgendaEntry, 0, end),
        work_programme=_in(doc, S.WORK_PROGRAMME, schema.WorkProgrammeEntry, 0, end),
    )
