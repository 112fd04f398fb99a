"""Meeting headers: body, date, time and venue as a user reads them off the page.

Expected values were read by hand from the corpus files named in each test.
"""

from __future__ import annotations

import pytest

from extractor.pipeline import spans as S
from structure_util import file_text, record, structure_doc


def meetings(nlp, prefix: str):
    return record(nlp, prefix).meetings


def header(m) -> tuple:
    return (m.body, m.date, m.time, m.venue)


def test_seed_001_minutes_part_is_one_meeting_of_20_july(nlp):
    ms = meetings(nlp, "seed_001")
    assert len(ms) == 1
    assert ms[0].body == "Children & Young People Overview and Scrutiny Committee"
    assert ms[0].date == "2021-07-20"


def test_seed_000_meeting_line_gives_body_and_date(nlp):
    (m,) = meetings(nlp, "seed_000")
    assert m.body == "Children & Young People Overview and Scrutiny Committee"
    assert m.date == "2021-09-30"


@pytest.mark.parametrize("prefix", ["seed_002", "seed_003", "seed_004"])
def test_item_pages_without_header_leave_body_and_date_null(nlp, prefix):
    (m,) = meetings(nlp, prefix)
    assert (m.body, m.date) == (None, None)


@pytest.mark.parametrize(
    "prefix, expected",
    [
        ("dev_001", ("Corporate Scrutiny Panel", "2014-01-30", None, "Civic Centre, Scunthorpe")),
        ("dev_012", ("Planning & Regulatory Committee", "2016-05-11", "14:30", "Town Hall, Weston-super-Mare, Somerset")),
        ("dev_037", ("Parish Council", "2015-12-07", "19:30", "Goods Yard House")),
        ("dev_060", ("Adult Social Care Scrutiny Committee", "2012-01-18", "10:00",
                     "Committee Suite 2/3 - Westfields, Middlewich Road, Sandbach, CW11 1HZ")),
        ("dev_063", ("LICENSING SUB-COMMITTEE", "2015-01-09", None, None)),
        ("dev_069", ("Magherafelt District Council", "2007-10-09", "19:30", "Council Chamber, 50 Road, Magherafelt")),
        ("dev_051", ("Cabinet", "2009-06-02", None, None)),
        ("dev_079", (None, "2013-10-09", None, None)),
        ("dev_014", ("Planning Regulatory Committee", "2019-02-04", "10:30", "Lancaster Town Hall")),
    ],
)
def test_dev_page_headers(nlp, prefix, expected):
    ms = meetings(nlp, prefix)
    assert len(ms) == 1
    assert header(ms[0]) == expected


def test_item_titled_with_another_committee_and_date_does_not_start_a_meeting(nlp):
    # dev_074 has items "Community Services Committee - 10 December 2015" under "Minutes of Committees"
    ms = meetings(nlp, "dev_074")
    assert len(ms) == 1
    assert ms[0].date == "2016-01-21"


def test_agenda_line_about_previous_minutes_is_not_a_header(nlp):
    # dev_060 item 42: "To approve the minutes of the meeting held on 22 November 2011."
    (m,) = meetings(nlp, "dev_060")
    assert m.date == "2012-01-18"


def test_second_full_header_starts_a_new_meeting(nlp):
    text = (
        "Licensing Panel\n\nMonday 3 March 2025\n\nMinutes\n\n1. Apologies\n\nNone.\n\n"
        "Licensing Panel\n\nMonday 10 March 2025\n\nMinutes\n\n1. Apologies\n\nNone received.\n"
    )
    ms = record(nlp, text=text).meetings
    assert [m.date for m in ms] == ["2025-03-03", "2025-03-10"]
    assert all(m.body == "Licensing Panel" for m in ms)
    assert [len(m.items) for m in ms] == [1, 1]


def test_commenced_line_gives_time(nlp):
    text = "Minutes of the meeting of the Audit Board held on 4th June 2019\n\nMeeting Commenced: 6.15pm\n\n1. Apologies\n\nNone.\n"
    (m,) = record(nlp, text=text).meetings
    assert (m.body, m.date, m.time) == ("Audit Board", "2019-06-04", "18:15")


def test_field_spans_point_at_the_printed_values(nlp):
    text = file_text("dev_012")
    doc = structure_doc(nlp, text)
    got = {sp.label_: text[slice(*S.char_range(sp, S.MEETING_FIELDS))] for sp in S.spans(doc, S.MEETING_FIELDS)}
    assert got["body"] == "Planning & Regulatory Committee"
    assert got["date"] == "Wednesday, 11th May 2016"
    assert got["time"] == "2.30pm"
    assert got["venue"].startswith("the Town Hall")


def test_minutes_of_the_meeting_held_on_with_time_and_venue(nlp):
    text = (
        "LICENSING BOARD\n\nMinutes of the meeting held on Tuesday, 14 March 2023 at 6.00 pm in the Council Chamber, "
        "Civic Centre\n\n1. Apologies\n\nNone.\n"
    )
    (m,) = record(nlp, text=text).meetings
    assert (m.body, m.date, m.time, m.venue) == ("LICENSING BOARD", "2023-03-14", "18:00", "Council Chamber, Civic Centre")


def test_labelled_date_time_and_venue_lines(nlp):
    text = (
        "NORTH AREA PLANNING COMMITTEE\n\nDate: Thursday, 5th May 2022\nTime: 7.00 pm\nVenue: Council Chamber, Town Hall\n\n"
        "1. Minutes\n\nApproved.\n"
    )
    (m,) = record(nlp, text=text).meetings
    assert (m.body, m.date, m.time, m.venue) == ("NORTH AREA PLANNING COMMITTEE", "2022-05-05", "19:00", "Council Chamber, Town Hall")


def test_item_about_another_bodys_minutes_does_not_start_a_meeting(nlp):
    text = (
        "Council - 7 June 2023\n\nPresent: Councillors Amy Fox and Ben Hart.\n\n1. Apologies\n\nNone.\n\n"
        "2. Minutes of the Cabinet held on 12 May 2023\n\nThe minutes were noted.\n\n"
        "Minutes of the Scrutiny Board held on 20 May 2023\n\nThe minutes were noted.\n"
    )
    ms = record(nlp, text=text).meetings
    assert [(m.body, m.date) for m in ms] == [("Council", "2023-06-07")]
    assert [it.number for it in ms[0].items] == ["1", "2"]


@pytest.mark.parametrize(
    "phrase, iso",
    [("Tuesday 20 July 2021", "2021-07-20"), ("9th January, 2015", "2015-01-09"), ("02/06/2009", "2009-06-02"), ("31/02/2021", None)],
)
def test_header_dates_are_day_first(phrase, iso):
    from extractor.pipeline.dates import parse_date

    assert parse_date(phrase) == iso


@pytest.mark.parametrize("phrase, hhmm", [("2.30pm", "14:30"), ("10.00 am", "10:00"), ("7:30pm", "19:30"), ("10.30 a.m.", "10:30")])
def test_header_times_are_24_hour(phrase, hhmm):
    from extractor.pipeline.dates import parse_time

    assert parse_time(phrase) == hhmm
