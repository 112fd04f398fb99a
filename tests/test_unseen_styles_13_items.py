"""Item headings numbered by minute references that carry their committee or year
(issue 12, the eleventh session's read errors): "07/24/P&T Apologies", "041/24K Finance",
"2.5/24C To receive apologies". The rules read them as numbered headings that count on
("07/24" then "08/24"), so a committee's minutes do not collapse into one item.

Every passage is invented (bodies, people, places); the expected items were read off the
passage by hand.
"""

from __future__ import annotations

from invented import meeting as _meeting, rules_only

COMMITTEE_CODE = """\
QUILLINGTON PARISH COUNCIL

Minutes of the Planning and Transport Committee held on 14 May 2024 at 7pm

Present: Cllrs Ottoline Brackwater (Chair), Peregrine Soddy, Wilmot Haskard

07/24/P&T Apologies
Apologies were received from Cllr Ysolde Trenchmore.

08/24/P&T Declarations of Interest
None were declared.

09/24/P&T Bus Shelter Repairs
The clerk reported that the glass in the shelter on Gorse Lane had been replaced.
"""

LETTER_CODE = COMMITTEE_CODE.replace("/24/P&T", "/24K")

DOTTED = (COMMITTEE_CODE.replace("07/24/P&T", "2.5/24C").replace("08/24/P&T", "3.5/24C")
          .replace("09/24/P&T", "4.5/24C"))


def titles(nlp, text: str) -> list[tuple]:
    return [(i.number, i.title) for i in _meeting(nlp, text).items]


def test_references_with_a_committee_code_after_a_slash_are_item_numbers():
    assert titles(rules_only("minutes_items"), COMMITTEE_CODE) == [
        ("07/24/P&T", "Apologies"), ("08/24/P&T", "Declarations of Interest"), ("09/24/P&T", "Bus Shelter Repairs")]


def test_references_with_a_committee_letter_are_item_numbers():
    assert titles(rules_only("minutes_items"), LETTER_CODE) == [
        ("07/24K", "Apologies"), ("08/24K", "Declarations of Interest"), ("09/24K", "Bus Shelter Repairs")]


def test_dotted_references_count_on_by_their_whole_part():
    assert titles(rules_only("minutes_items"), DOTTED) == [
        ("2.5/24C", "Apologies"), ("3.5/24C", "Declarations of Interest"), ("4.5/24C", "Bus Shelter Repairs")]


def test_the_shipped_pipeline_reads_them_too(nlp):
    assert [n for n, _ in titles(nlp, COMMITTEE_CODE)] == ["07/24/P&T", "08/24/P&T", "09/24/P&T"]


# the agenda printed over its own minutes: the entries again under "Minutes draft", numbered from 1
AGENDA_OVER_MINUTES = """\
Orlestone Annual Parish Meeting

14 May 2025, 7:00pm
Pillowell Village Hall

Agenda

1. Welcome

2. Apologies

3. Chairman's report

4. Open Forum

Minutes draft

1. Welcome

The chairman, Halberd Thornberry, opened the meeting and welcomed the eleven residents present.

2. Apologies

Apologies were received from Wistow Venables.

3. Chairman's report

The chairman described the work on the Brimscombe footpath over the year.

4. Open Forum

Residents asked about parking near the school. The clerk will write to the county council.
"""


def test_minutes_printed_under_their_agenda_are_read_as_minutes(nlp):
    from extractor import api

    rec = api.extract(text=AGENDA_OVER_MINUTES, nlp=nlp)
    assert [p.kind for p in rec.parts] == ["agenda", "minutes"]
    assert [(i.number, i.title) for m in rec.meetings for i in m.items] == [
        ("1", "Welcome"), ("2", "Apologies"), ("3", "Chairman's report"), ("4", "Open Forum")]
    # the agenda's four entries stay agenda entries, not items
    assert [a.title for a in rec.agenda] == ["Welcome", "Apologies", "Chairman's report", "Open Forum"]


# the agenda printed at the top of the minutes with no "Agenda" heading, then the minutes
# numbered again from 1, each heading with its text
CONTENTS_FIRST = """\
Yarrowby School Governing Body

Minutes of the Full Governing Body meeting held on 21 January 2025 at 6pm

Present: Fenella Gullick (Chair), Cassandre Mottram, Lucastre Ingleby

1. Apologies
2. Declarations of interest
3. Minutes of the previous meeting
4. Headteacher's report
5. Any other business

1. Apologies
Apologies were received from Stapleforth Quarrendon.

2. Declarations of interest
None were declared.

3. Minutes of the previous meeting
The minutes of the meeting held on 12 November 2024 were approved.

4. Headteacher's report
The headteacher reported that the new library had opened in December.

5. Any other business
There was none, and the meeting closed at 7.40pm.
"""


def test_a_contents_list_above_the_minutes_gives_no_items(nlp):
    assert titles(nlp, CONTENTS_FIRST) == [
        ("1", "Apologies"), ("2", "Declarations of interest"), ("3", "Minutes of the previous meeting"),
        ("4", "Headteacher's report"), ("5", "Any other business")]


def test_numbered_headings_stacked_without_a_restart_stay_items(nlp):
    # the same stacked headings with nothing after them are the meeting's items
    stacked_only = CONTENTS_FIRST.split("\n\n1. Apologies\nApologies")[0] + "\n"
    assert [n for n, _ in titles(nlp, stacked_only)] == ["1", "2", "3", "4", "5"]


# a long capitals heading wrapped over three lines at the margin, the middle line long (15 words)
# and ending mid-phrase, so it runs on
THREE_LINE_CAPS = """\
MARLCOMBE WATER DISTRICT

Minutes of the Regular Meeting of the Board of Directors held on 9 April 2025 at 6:00 p.m.

Present: Directors Ouseley Tressider, Pennocke Ashdown

1. CALL TO ORDER
The meeting was called to order at 6:02 p.m.

2. CONSENT CALENDAR ITEMS TO BE APPROVED WITHOUT DISCUSSION, UNLESS A DIRECTOR
OR A MEMBER OF THE PUBLIC ASKS THAT ONE OF THEM BE TAKEN UP SEPARATELY FOR A
FULL DISCUSSION
Director Tressider moved to approve the consent calendar. The motion carried.

3. ADJOURNMENT
The meeting adjourned at 6:40 p.m.
"""


def test_a_capitals_title_wrapped_over_three_lines_is_read_whole(nlp):
    got = dict(titles(nlp, THREE_LINE_CAPS))
    assert got["2"] == ("CONSENT CALENDAR ITEMS TO BE APPROVED WITHOUT DISCUSSION, UNLESS A DIRECTOR OR A "
                        "MEMBER OF THE PUBLIC ASKS THAT ONE OF THEM BE TAKEN UP SEPARATELY FOR A FULL DISCUSSION")
