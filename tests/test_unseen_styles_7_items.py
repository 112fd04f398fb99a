"""Item titles that run past their end on the heading line, or stop short of it, in shapes
the train split's newest documents showed (issue 12, second pass), on invented passages.

Every passage is invented (bodies, people, places); the expected titles were read off the
passage by hand: the words a reader would call the item's title, without a bracketed
cross-reference or chair note and without the first sentence of the minute, but with the
dated meeting an UPPER-CASE heading names after its dash.
"""

from __future__ import annotations

from extractor.structure.headings import title_of
from extractor.structure.title_tails import compile_notes, cut_run_on_sentence, cut_tail_note
from invented import meeting as _meeting


def numbered_titles(nlp, text: str) -> list[tuple]:
    """(number, title) of each item of the passage's one meeting, in order."""
    return [(i.number, i.title) for i in _meeting(nlp, text).items]

# headings closed by a cross-reference to the papers or by who took the chair
BRACKET_NOTES = """\
Fernwick Valley Drainage Board

Minutes of the meeting held on Tuesday, 14 May 2024 at 7.00 pm

Present: Members Orla Quennby, Piet Haverdam and Selwyn Tarrow

1. Leave of Absence (Item B.02)

Member Tarrow was granted leave of absence for the June meeting.

2. Minutes of Meetings 4/24 (Items B.1[b])

The minutes of the April meeting were confirmed as a true record.

3. Election of Office Bearers (Member Quennby presided)

Member Haverdam was elected chair for the coming year.
"""


def test_a_bracketed_cross_reference_or_chair_note_is_not_part_of_the_title(nlp):
    titles = [i.title for i in _meeting(nlp, BRACKET_NOTES).items]
    assert titles == ["Leave of Absence", "Minutes of Meetings 4/24", "Election of Office Bearers"]


# an annual general meeting's items, each heading running on into its minute
RUN_ON = """\
Thimbleford Allotment Society

Minutes of the Annual General Meeting held on Wednesday 12th June 2024 in the Ledgerwood Hall.

Present: Ilse Vardakis (chair), Tomas Oskelund, Nuala Brannagh and nine members.

Item 1. Welcome and apologies. The chair welcomed everyone and read two apologies.

Item 2. Minutes of last AGM, 14th June 2023. The Minutes from the last AGM were read by the secretary and adopted.

Item 3. Treasurer's report. The treasurer presented the accounts for the year and they were accepted.
"""


def test_the_first_sentence_of_a_minute_on_its_heading_line_is_not_the_title(nlp):
    assert numbered_titles(nlp, RUN_ON) == [
        ("1", "Welcome and apologies"),
        ("2", "Minutes of last AGM, 14th June 2023"),
        ("3", "Treasurer's report"),
    ]


# UPPER-CASE headings whose dash introduces the dated meeting the item is about
DATED_MEETINGS = """\
Town of Corravin

Minutes of the regular council meeting held Monday, March 11, 2024 at 7:00 p.m. in the council chambers.

Present: Mayor Ilse Vardakis, Councillors Tomas Oskelund and Nuala Brannagh

1. CALL MEETING TO ORDER

Mayor Ilse Vardakis called the meeting to order.

2. APPROVAL OF AGENDA – Regular Council Meeting March 11, 2024

Moved by Councillor Oskelund and seconded by Councillor Brannagh that the agenda be approved. Carried.

3. CORRESPONDENCE – The clerk read a letter dated March 1, 2024 from the library board.
"""


def test_a_dated_meeting_after_an_upper_case_headings_dash_stays_in_the_title(nlp):
    assert numbered_titles(nlp, DATED_MEETINGS) == [
        ("1", "CALL MEETING TO ORDER"),
        ("2", "APPROVAL OF AGENDA – Regular Council Meeting March 11, 2024"),
        ("3", "CORRESPONDENCE"),  # the dash opens a sentence that only mentions a date
    ]


def test_title_of_keeps_a_dated_meeting_but_not_a_sentence_or_a_start_time():
    assert title_of("MINUTES – Special Meeting of Council, February 26, 2024") == \
        "MINUTES – Special Meeting of Council, February 26, 2024"
    assert title_of("MINUTES – Resolved that the minutes of 5 May 2024 be approved.") == "MINUTES"
    assert title_of("PUBLIC HEARING – Mr Oskelund spoke on the rezoning of March 4, 2024 at length") == "PUBLIC HEARING"


def test_abbreviations_and_short_titles_are_not_cut_as_sentences():
    openers = frozenset({"the", "it", "members"})
    assert cut_run_on_sentence("Repairs to St. Brendan Hall roof", openers) == "Repairs to St. Brendan Hall roof"
    assert cut_run_on_sentence("Minutes. The minutes were adopted.", openers) == "Minutes. The minutes were adopted."
    assert cut_run_on_sentence("Hall lettings. The hall", openers) == "Hall lettings. The hall"


def test_a_numbered_item_reference_or_a_note_alone_is_kept():
    notes = compile_notes([r"\(\s*Items?\s+[A-Z]{1,3}\.?\s?\d[\w.\[\]]*\s*\)",
                           r"\([^()\n]{1,60}?\b(?:presided|presiding|in\s+the\s+chair)\s*\)"])
    # a plain "(Item 6)" gives the item its number elsewhere: not this cut's business
    assert cut_tail_note("Premises Licence (Item 6)", notes) == "Premises Licence (Item 6)"
    assert cut_tail_note("Budget 2024 (Councillor Vardakis in the Chair)", notes) == "Budget 2024"
    assert cut_tail_note("(Item C.4)", notes) == "(Item C.4)"


# a library board's bulleted minutes, two headings answered on their own line
EMPTY_ANSWERS = """\
Mossgiel Free Public Library Board of Trustees

Minutes of the meeting held on Tuesday, April 9, 2024 at 6:00 pm

Present: Ilse Vardakis, Tomas Oskelund, Nuala Brannagh

- Treasurer's Report
- Building Repairs – the roof over the reading room will be patched in May
- Correspondence – None
- Other Business – N/A
"""


def test_an_empty_answer_after_a_headings_dash_is_not_part_of_the_title(nlp):
    titles = [i.title for i in _meeting(nlp, EMPTY_ANSWERS).items]
    assert "Correspondence" in titles and "Other Business" in titles
    assert not any(t and ("None" in t or "N/A" in t) for t in titles)


# the council's name first printed inside item 1's text, right under the dated title line
BODY_IN_ITEM_ONE = """\
Council Minutes – March 11, 2024

1.CALL TO ORDER – 7:00 P.M.

The Village of Harlowmere Council met in a regular session on Monday, March 11, 2024 with Mayor Vardakis presiding.

2.RECORD OF ATTENDANCE

Mayor Ilse Vardakis, Councillors Tomas Oskelund and Nuala Brannagh.

3.APPROVAL OF THE AGENDA

Moved by Councillor Oskelund and seconded by Councillor Brannagh that the agenda be approved. Carried.
"""


def test_item_one_is_kept_when_the_bodys_name_is_first_printed_in_its_text(nlp):
    assert numbered_titles(nlp, BODY_IN_ITEM_ONE) == [
        ("1", "CALL TO ORDER"),
        ("2", "RECORD OF ATTENDANCE"),
        ("3", "APPROVAL OF THE AGENDA"),
    ]


# a street address beginning with "1" in the header is no item
ADDRESS_HEADER = """\
MINUTES OF A MEETING OF THE Quillfield District Council
HELD IN THE Council Chamber,
1 Brisendale Street, Quillfield
ON Wednesday, 8 May 2024 AT 10.00 am

1 Apologies

There were no apologies.

2 Public Forum

There was no public forum.
"""


def test_a_header_address_starting_with_1_is_not_item_one(nlp):
    assert numbered_titles(nlp, ADDRESS_HEADER) == [("1", "Apologies"), ("2", "Public Forum")]


# a community council's unnumbered headings, each decision recorded on its own short line
RECORDED_DECISIONS = """\
Ardvarne Community Council

Minutes of the meeting held on Tuesday 9th April 2024 in the Pellisandre Hall.

Present: Wenna Tarrow (chair), Carys Haverdam, Piet Quennby

Minutes of the March meeting

Adopted as proposed by Carys and seconded by Piet

Treasurer's Report

The balance at the end of March was reported.

Approved as proposed by Piet and seconded by Wenna

Hall Lettings

The hall will be let to the youth club on Fridays.
"""


def test_a_recorded_decision_with_its_proposer_and_seconder_is_not_an_item(nlp):
    titles = [i.title for i in _meeting(nlp, RECORDED_DECISIONS).items]
    assert not any(t and "seconded by" in t for t in titles)
    assert "Minutes of the March meeting" in titles and "Treasurer's Report" in titles


# numbered items stacked under the attendance list, item 1 naming the absent councillors
APOLOGIES_ON_ITEM_ONE = """\
Minutes of the Council Meeting,
14th May 2024 Venue, Ardvarne Village Hall

In Attendance
Councillors W Tarrow (WT) Chair, C Haverdam (CH) vice-chair, P Quennby (PQ), T Oskelund (TO)
1) Apologies – Councillors N Brannagh, I Vardakis and S Corravin.
2) Declarations of Interest – CH in relation to the playing field
3) Minutes of previous meeting
The minutes of the full council meeting on 9th April 2024 were unanimously approved.
4) Website update
The work on the website is still progressing.
"""


def test_item_one_stacked_under_the_attendance_list_is_still_an_item(nlp):
    items = numbered_titles(nlp, APOLOGIES_ON_ITEM_ONE)
    assert items[0] == ("1", "Apologies")
    assert [n for n, _ in items] == ["1", "2", "3", "4"]


def test_a_resolution_number_after_an_upper_case_title_is_not_the_title_but_a_year_is():
    from extractor.structure.item_titles import refine_title

    assert refine_title("MINUTES 162/17", None, "") == "MINUTES"
    assert refine_title("BUSINESS ARISING 48/24", None, "") == "BUSINESS ARISING"
    assert refine_title("OPERATIONAL PLAN 2024/25", None, "") == "OPERATIONAL PLAN 2024/25"
    assert refine_title("Minutes of Meetings 4/24", None, "") == "Minutes of Meetings 4/24"
