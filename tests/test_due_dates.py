"""Deadlines resolved against the meeting date: one test per shape of phrase."""

from __future__ import annotations

from datetime import date

import pytest

from extractor.pipeline.due_dates import DueDates
from extractor.pipeline.patterns import default_patterns

MEETING = date(2021, 7, 20)
NEXT = date(2021, 10, 19)


@pytest.fixture(scope="module")
def dd() -> DueDates:
    return DueDates(default_patterns("minutes_actions")["due"])


def _due(dd, sentence, meeting=MEETING, next_meeting=NEXT):
    found = dd.find(sentence, 0, len(sentence), meeting, next_meeting)
    return (found.text, found.due) if found else None


@pytest.mark.parametrize(
    "sentence, text, due",
    [
        # a day already past in the meeting's year rolls to the next year
        ("A report would be provided by the 31st March.", "by the 31st March", "2022-03-31"),
        ("Officers would respond by 15 August.", "by 15 August", "2021-08-15"),
        ("An answer was promised by the 31st March 2021.", "by the 31st March 2021", "2021-03-31"),
        ("The figures would be circulated by October 3rd.", "by October 3rd", "2021-10-03"),
    ],
)
def test_day_given(dd, sentence, text, due):
    assert _due(dd, sentence) == (text, due)


@pytest.mark.parametrize(
    "sentence, text, due",
    [
        ("An update would be brought by January 2022.", "by January 2022", "2022-01-31"),
        ("A briefing would be circulated in June.", "in June", "2022-06-30"),  # June 2021 is past
        ("A report would come back in September.", "in September", "2021-09-30"),
        ("Details would be shared by the end of September.", "by the end of September", "2021-09-30"),
        ("A review would be done before the end of December 2021.", "before the end of December 2021", "2021-12-31"),
    ],
)
def test_month_alone_is_its_last_day(dd, sentence, text, due):
    assert _due(dd, sentence) == (text, due)


@pytest.mark.parametrize(
    "sentence, due",
    [
        ("A further report would be brought within six months.", "2022-01-20"),
        ("Officers would reply within 3 weeks.", "2021-08-10"),
        ("The data would be circulated within 10 days.", "2021-07-30"),
        ("The Panel would receive a further update in six months' time.", "2022-01-20"),
    ],
)
def test_within_a_period_counts_from_the_meeting(dd, sentence, due):
    assert _due(dd, sentence)[1] == due


def test_next_meeting_uses_the_printed_date(dd):
    assert _due(dd, "The item would be brought to the next meeting of the Committee.")[1] == "2021-10-19"
    # no printed date: the words are kept, the date is unknown
    assert _due(dd, "The item would be brought to the next meeting.", next_meeting=None) == ("the next meeting", None)


@pytest.mark.parametrize("phrase", ["in due course", "in the autumn", "after the meeting", "for a future meeting"])
def test_vague_phrases_give_no_date(dd, phrase):
    assert _due(dd, f"Details would be circulated {phrase}.") == (phrase, None)


def test_unknown_meeting_date_gives_no_date_for_relative_phrases(dd):
    assert _due(dd, "A report by the 31st March.", meeting=None)[1] is None
    assert _due(dd, "A report within six months.", meeting=None)[1] is None
    # a full date needs no meeting date
    assert _due(dd, "A report by 31 March 2022.", meeting=None)[1] == "2022-03-31"


def test_no_deadline_phrase(dd):
    assert _due(dd, "Details of the bid would be circulated to members.") is None


def test_next_meeting_date_is_read_from_the_document(dd):
    text = "8. Date of the next meeting\n\nThe next meeting has been scheduled for 19th October 2021 at 10am."
    assert dd.next_meeting(text, 0, len(text), MEETING) == date(2021, 10, 19)
    heading = "9. Date of next meeting\n\n14 December 2021"
    assert dd.next_meeting(heading, 0, len(heading), MEETING) == date(2021, 12, 14)
    # a date before the meeting is not its next meeting
    assert dd.next_meeting(text, 0, len(text), date(2021, 11, 1)) is None
