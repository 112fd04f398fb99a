"""Item titles and meeting dates in shapes the training supplement's new bodies showed
(issue 12, fourth pass), on invented passages: what small bodies run on after a title on
its line (a lower-case remark after a full stop, a table cell after a bar, a motion record,
a sentence after a comma, a bracketed remark or a bracket the line cut open), a minute
reference printed with the title rather than before it, and header dates as exports print
them (a two-digit year, a month-day with no comma, a glued or spaced ordinal or year).

Every passage is invented (bodies, people, places); the expected items and dates were read
off the passage by hand.
"""

from __future__ import annotations

from invented import meeting as _meeting


def numbered_titles(nlp, text: str) -> list[tuple]:
    """(number, title) of each item of the passage's one meeting, in order."""
    return [(i.number, i.title) for i in _meeting(nlp, text).items]


# a walking club's committee minutes: a two-digit-year date, each title running on into
# its minute after a full stop in lower case, or into a bracketed remark
CLUB_REMARKS = """\
Brackenholt Walking Club

minutes of the COMMITTEE MEETING 14.03.19

1. Apologies. none received this month
2. Minutes of last meeting. agreed and signed
3. Spring walk. agreed for 6th April, Tamsin Vorley to lead the walk.
4. Treasurer's Report (full accounts are attached to these minutes)
5. New applications (there were none)
6. Bylaw 4 (second reading)
The committee agreed the wording.
"""


def test_a_lower_case_remark_or_bracketed_remark_is_not_part_of_the_title(nlp):
    assert numbered_titles(nlp, CLUB_REMARKS) == [
        ("1", "Apologies"),
        ("2", "Minutes of last meeting"),
        ("3", "Spring walk"),
        ("4", "Treasurer's Report"),
        ("5", "New applications"),
        ("6", "Bylaw 4 (second reading)"),  # a bracket that names, not a remark
    ]


def test_a_two_digit_year_dates_the_meeting(nlp):
    assert _meeting(nlp, CLUB_REMARKS).date == "2019-03-14"


# a community council's minutes exported from a table: the cells after a bar, a motion
# record run on after the title, a sentence after a comma, a cross-reference
TABLE_CELLS = """\
Corravale Community Council

Minutes of the meeting held on June 4th 2019 at 7.00pm in the Village Hall

Present: Ewan Tarlow (Chair), Morag Quill, Ines Dreelan

1. Approve minutes | Proposed by Ewan Tarlow, seconded by Morag Quill
2. Roads and paths | Ines Dreelan told the meeting
that the footpath by the school is open again.
3. Verify Minutes of the open day Proposed by Morag Quill Seconded by Ines Dreelan
4. Grass Cutting, It was agreed to ask for quotes.
5. Secretary's Report see # 6 Chair's Report
6. Chair's Report
The Chair thanked the volunteers.
"""


def test_cells_motion_records_and_sentences_run_on_after_a_title_are_cut(nlp):
    assert numbered_titles(nlp, TABLE_CELLS) == [
        ("1", "Approve minutes"),
        ("2", "Roads and paths"),
        ("3", "Verify Minutes of the open day"),
        ("4", "Grass Cutting"),
        ("5", "Secretary's Report"),
        ("6", "Chair's Report"),
    ]


def test_a_month_day_date_without_a_comma_dates_the_meeting(nlp):
    assert _meeting(nlp, TABLE_CELLS).date == "2019-06-04"


# a parish council printing its minute references in brackets after the agenda titles
BRACKET_REFS = """\
Haskerby Parish Council

Minutes of the meeting held on 9 May 2019 at 7.30 pm in the Church Room.

1. Welcome
The Chairman welcomed members.
2. Apologies
None.
3. Minutes of the Annual Parish Meeting 2019 (19/21)
The minutes were approved.
4. Footpaths (19/22)
Members noted the repairs.
"""


def test_a_minute_reference_in_brackets_after_the_title_is_the_item_number(nlp):
    assert numbered_titles(nlp, BRACKET_REFS) == [
        ("1", "Welcome"),
        ("2", "Apologies"),
        ("19/21", "Minutes of the Annual Parish Meeting 2019"),
        ("19/22", "Footpaths"),
    ]


# a town council's PDF export gluing the minute number to the UPPER-CASE title, with a
# date whose ordinal and year are glued to the month
GLUED_REFS = """\
MINUTES OF A COUNCIL MEETING HELD AT THE TOWN HALL ON TUESDAY 12th MARCH2019 AT 7.00 PM

PRESENT: Cllr R. Orrinford (Chair), Cllr T. Pellow, Cllr J. Fenwarden

412/01APOLOGIES
Apologies were received from Cllr Stallibrass.
412/02MINUTES
The minutes of the February meeting were approved.
412/03PLANNING
No applications were received.
"""


def test_a_minute_number_glued_to_its_title_is_split_off(nlp):
    assert numbered_titles(nlp, GLUED_REFS) == [
        ("412/01", "APOLOGIES"),
        ("412/02", "MINUTES"),
        ("412/03", "PLANNING"),
    ]


def test_a_date_with_a_glued_year_dates_the_meeting(nlp):
    assert _meeting(nlp, GLUED_REFS).date == "2019-03-12"


SPACED_ORDINAL = """\
MINUTES OF ORDINARY MEETING HELD ON 21 ST MARCH, 2018

1. DECLARATION OF OPENING
The President declared the meeting open at 1.00 pm.

2. APOLOGIES
Cr Pellow.
"""


def test_a_spaced_ordinal_dates_the_meeting(nlp):
    assert _meeting(nlp, SPACED_ORDINAL).date == "2018-03-21"


# a board's minutes whose header and a later sentence print dashed numeric dates: the
# sentence's date is not a second header
DASHED_DATES = """\
Minutes 4-15-2021 Special Board Meeting

Chair Ines Dreelan called the Special Meeting of the Town Board to order at 6:00 PM.

Morag Quill made a motion to approve the minutes from the regular board meeting 4-8-2021, the motion was seconded and carried.
"""


def test_a_dashed_numeric_date_dates_the_meeting_but_not_from_a_sentence(nlp):
    assert _meeting(nlp, DASHED_DATES).date == "2021-04-15"


# a borough council's UPPER-CASE run-in headings whose title itself holds a dash
CAPS_DASHES = """\
BOROUGH OF QUENMOOR
Council Meeting Minutes
Monday, March 11, 2024

CALL TO ORDER – President Dallowby called the meeting to order at 7:00 PM.

PUBLIC COMMENT – AGENDA ITEMS ONLY – There was no public comment.

PROMOTION TO CORPORAL – OFFICER FERRISTON – Mayor Harthwick swore in Officer Ferriston as Corporal.

ADJOURNMENT – The meeting adjourned at 8:10 PM.
"""


def test_upper_case_segments_between_dashes_stay_in_the_run_in_title(nlp):
    titles = [t for _, t in numbered_titles(nlp, CAPS_DASHES)]
    assert "PUBLIC COMMENT – AGENDA ITEMS ONLY" in titles
    assert "PROMOTION TO CORPORAL – OFFICER FERRISTON" in titles
    assert "CALL TO ORDER" in titles


# a commission's web page flattened onto one line, its file title opening with a date
FILE_TITLE = """\
02-19-2024 Park & Recreation Commission Minutes Park & Recreation Commission Minutes of the Meeting Dallowby Hall – Room 2, 12 Mill St February 21, 2024 Call to Order Chair Dallowby called the meeting to order at 6:02 pm. Adjournment The meeting adjourned at 7:15 pm.
"""


def test_a_date_opening_a_file_title_is_not_part_of_the_body(nlp):
    assert _meeting(nlp, FILE_TITLE).body == "Park & Recreation Commission"


def test_a_list_after_a_comma_stays_in_the_title():
    from extractor.structure.title_tails import cut_run_on_remark

    openers = frozenset({"it", "officers", "members"})
    assert cut_run_on_remark("Reports of Boards, Officers and Standing Committees", openers) == \
        "Reports of Boards, Officers and Standing Committees"
    assert cut_run_on_remark("Grass Cutting, It was agreed to ask for quotes", openers) == "Grass Cutting"


# a parish council numbering its minutes with a running number that looks like a year: the
# titles as a reader takes them off the lines, the number still in front
RUNNING_TITLES = [
    "2141 The Chairman welcomed the members of the public",
    "2143 Grass Cutting",
    "2144 Finance",
    "2145 Planning",
]


def test_running_minute_numbers_read_into_titles_are_the_item_numbers():
    from extractor.structure.title_tails import running_numbers

    assert running_numbers(RUNNING_TITLES) == {
        0: ("2141", "The Chairman welcomed the members of the public"),
        1: ("2143", "Grass Cutting"),
        2: ("2144", "Finance"),
        3: ("2145", "Planning"),
    }


def test_a_wrapped_sentence_after_a_number_is_no_title():
    from extractor.structure.headings import Wording, title_of

    wording = Wording(openers=frozenset({"the", "it"}))
    assert title_of("The Chairman welcomed the members of the public", wording) is None
    assert title_of("The minutes of the meeting held on 14 May 2002 were approved subject to", wording) is None
    assert title_of("The Future of the Village Hall", wording) == "The Future of the Village Hall"


def test_a_lone_leading_year_stays_in_its_title():
    from extractor.structure.title_tails import running_numbers

    assert running_numbers(["2024 Budget", "Planning", None]) == {}


def test_a_long_member_item_without_a_full_stop_keeps_its_title():
    from extractor.structure.headings import Wording, title_of

    wording = Wording(openers=frozenset({"the", "cr"}))
    title = "Cr Pellow • New footbridge handrail repairs at the river crossing"
    assert title_of(title, wording) is not None
