"""The output record: field names follow EXTRACTION_SPEC.md, which is binding.

Gold records in ``corpus/gold`` use the same models, so spans are optional
everywhere: the extractor always fills them, annotators may leave them out.
"""

from __future__ import annotations

from typing import Literal, Optional

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = "1.0"

Span = Optional[tuple[int, int]]
"""``[start, end]`` character offsets into the document's canonical text."""

# Fields copied from the text their record's span points at, marked in the JSON Schema as
# ``"x-span-text"``: "equal" (the span's text, runs of white space written as one space),
# "within" (a part of it, likewise) or "words" (its words, in order, with some left out:
# a decision without its label, mover, seconder and vote words). The property tests
# (tests/test_properties.py) hold the extractor to these marks.
SPAN_EQUAL = {"x-span-text": "equal"}
SPAN_WITHIN = {"x-span-text": "within"}
SPAN_WORDS = {"x-span-text": "words"}

ActionKind = Literal["report", "briefing", "work_programme", "information", "meeting", "other"]
Outcome = Literal["carried", "lost", "unanimous", "withdrawn", "deferred"]
PartKind = Literal["agenda", "minutes", "report", "work_programme"]


class Record(BaseModel):
    """Base for every record: unknown keys are errors, so typos in gold files show up."""

    model_config = ConfigDict(extra="forbid")


class Attendee(Record):
    name: Optional[str] = None
    role: Optional[str] = None
    span: Span = None


class Person(Record):
    name: str
    aliases: list[str] = Field(default_factory=list)
    roles: list[str] = Field(default_factory=list)


class Speaker(Record):
    name: Optional[str] = None
    role: Optional[str] = None
    span: Span = None


class Question(Record):
    asker: Optional[str] = None
    addressee: Optional[str] = None
    answered_by: list[str] = Field(default_factory=list)
    text: str = Field(json_schema_extra=SPAN_EQUAL)
    span: Span = None


class Votes(Record):
    for_: Optional[int] = Field(default=None, alias="for")
    against: Optional[int] = None
    abstain: Optional[int] = None

    model_config = ConfigDict(extra="forbid", populate_by_name=True)


class Resolution(Record):
    label: Optional[str] = None
    text: str = Field(json_schema_extra=SPAN_WORDS)
    mover: Optional[str] = None
    seconder: Optional[str] = None
    outcome: Optional[Outcome] = None
    votes: Optional[Votes] = None
    span: Span = None


class Figure(Record):
    text: str = Field(json_schema_extra=SPAN_EQUAL)
    value: float
    unit: str
    measure: Optional[str] = None
    span: Span = None


class Action(Record):
    text: str = Field(json_schema_extra=SPAN_WITHIN)
    owner: Optional[str] = None
    due: Optional[str] = Field(default=None, description="YYYY-MM-DD")
    due_text: Optional[str] = None
    kind: ActionKind = "other"
    span: Span = None


class Item(Record):
    number: Optional[str] = None
    title: Optional[str] = None
    span: Span = None
    speakers: list[Speaker] = Field(default_factory=list)
    questions: list[Question] = Field(default_factory=list)
    resolutions: list[Resolution] = Field(default_factory=list)
    figures: list[Figure] = Field(default_factory=list)
    actions: list[Action] = Field(default_factory=list)


class Meeting(Record):
    body: Optional[str] = None
    date: Optional[str] = Field(default=None, description="YYYY-MM-DD")
    time: Optional[str] = Field(default=None, description="HH:MM")
    venue: Optional[str] = None
    present: list[Attendee] = Field(default_factory=list)
    apologies: list[Attendee] = Field(default_factory=list)
    officers: list[Attendee] = Field(default_factory=list)
    people: list[Person] = Field(default_factory=list)
    items: list[Item] = Field(default_factory=list)
    span: Span = None


class AgendaEntry(Record):
    number: Optional[str] = None
    title: Optional[str] = None
    pages: Optional[str] = None
    span: Span = None


class WorkProgrammeEntry(Record):
    meeting_date: Optional[str] = Field(default=None, description="YYYY-MM-DD")
    topic: str = Field(json_schema_extra=SPAN_WITHIN)
    owner: Optional[str] = None
    status: Optional[str] = None
    span: Span = None


class Source(Record):
    path: Optional[str] = None
    format: Literal["text", "html", "pdf", "docx", "odt", "rtf"] = Field(
        default="text", description="the reader used: text, html, pdf, docx (Word), odt (OpenDocument) or rtf")
    sha256: Optional[str] = None
    pages: Optional[int] = None
    ocr_pages: list[int] = Field(default_factory=list, description="PDF pages (1-based) read by OCR, not from a text layer")


class Part(Record):
    """A top-level part of an agenda pack, so users can see how the pack was split."""

    kind: PartKind
    title: Optional[str] = None
    span: Span = None


class Document(Record):
    schema_version: str = SCHEMA_VERSION
    extractor_version: Optional[str] = None
    source: Source = Field(default_factory=Source)
    parts: list[Part] = Field(default_factory=list)
    meetings: list[Meeting] = Field(default_factory=list)
    agenda: list[AgendaEntry] = Field(default_factory=list)
    work_programme: list[WorkProgrammeEntry] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)
    text: Optional[str] = Field(default=None, description="canonical text, with --include-text")

    def to_json(self, pretty: bool = False) -> str:
        return self.model_dump_json(by_alias=True, indent=2 if pretty else None)
