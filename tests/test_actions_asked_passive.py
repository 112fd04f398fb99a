"""Requests put in the passive: "X was asked to <verb>" with a note-form verb ("buy",
"book", "repair") owned by X, and "X to be asked to ..." / "X to be asked again about
..." (a request still to be put, by nobody named: no owner); and a note-form task
after a comma that opens with "the" ("..., the Treasurer to pay the deposit").

Invented passages (names checked absent from corpus/raw)."""

from __future__ import annotations

from invented import action_data
from extractor.readers import read_text

_HEAD = """Minutes of the meeting of Kilverstone Village Hall Committee held on 12 May 2023

Present: Ann Fennimore (Chair), Ray Orrinsby (Treasurer), Jo Ashgrove (Secretary)

"""


def _actions(nlp, body: str) -> list[tuple]:
    return [(a["owner"], a["text"]) for a in action_data(nlp(read_text(_HEAD + body).text))]


def test_someone_asked_to_do_a_note_form_task_owns_it(nlp):
    assert _actions(nlp, "4. Kitchen\nThe oven door is broken. Ray Orrinsby was asked to book a repair before the fete.\n") == [
        ("Ray Orrinsby", "Ray Orrinsby was asked to book a repair before the fete")]


def test_a_request_still_to_be_put_has_no_owner(nlp):
    acts = _actions(nlp, "5. Grounds\nThe hedge on Mill Lane is overgrown. T Orrinsby to be asked to trim it.\n"
                         "Seat by the pond overgrown by nettles J Ashgrove to be asked to cut back.\n"
                         "Car park rutted, Farmer Kilverstone to be asked again about the tractors.\n")
    assert acts == [(None, "T Orrinsby to be asked to trim it"),
                    (None, "J Ashgrove to be asked to cut back"),  # not the note of the seat before the name
                    (None, "Farmer Kilverstone to be asked again about the tractors")]


def test_a_note_form_task_after_a_comma_may_open_with_the(nlp):
    acts = _actions(nlp, "6. Fence\nQuotes were received for the new fence, the Treasurer to pay the deposit.\n")
    assert [text for _, text in acts] == ["the Treasurer to pay the deposit"]
