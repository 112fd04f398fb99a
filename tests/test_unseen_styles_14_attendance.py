"""A fourteenth round of invented minutes (issue 12, attendees and speakers on unfamiliar
layouts): a full stop typed for a comma inside a list of names does not end the list; a
mover named by a given name alone is the listed member whose list form opens with a
member title ("Commissioner"); movers printed without a title take the member title of a
"Councillors:" / "Trustees:" heading over one name a line, and so do the other speakers
under such a heading. A board's list line in columns run together ("Name  AL  Title")
is the name, its initials tag and the title, so "AL reported" names that person. Every passage is invented (bodies, people and dates; none of the names occurs
in corpus/raw); expected values were read off the passage by hand.
"""

from __future__ import annotations

from invented import meeting as _meeting, people

STOP_IN_LIST = """\
ZORVALE BOWLS CLUB
Minutes of the Annual General Meeting held on 3 March 2021

ATTENDEES: P Quillford, V Rattlebane, A Tessaly. M Umbrage, S Ombrine, D Vanterpool
APOLOGIES: T Farrowby. J Kestrelle, R Drummage, K Pellinore

1. MINUTES OF PREVIOUS AGM
Moved P Quillford seconded V Rattlebane that the minutes be accepted. Carried
"""

NEXT_LINE_APOLOGIES = """\
Zorvale Croquet Club
Minutes of the Annual General Meeting held on 3 March 2021

1. Apologies for Absence
Mark Farrowby. Ian Kestrelle, John Drummage, Fiona Pellinore
2. Treasurer's report
The accounts were accepted.
"""

GIVEN_NAME_MOVERS = """\
ZORVALE FIRE DISTRICT
Minutes of the regular meeting, March 3, 2021

Ann Wistock called the meeting to order. Those present were Commissioners Gordon Orrindale, Dallin Brackwell and Ann Wistock.

Approval of Agenda: Gordon moved to approve the agenda. Dallin 2nd. All commissioners were in favor.
"""

COUNCILLORS_HEADING = """\
Zorvale Regional Council Minutes
Meeting held on Tuesday 3 March 2021
Present:
Chairman, Bill Tullimore
Councillors:
John Yarrowby
Justin Ashgarth
Paul Quenby
In Attendance:
Chief Executive Officer

1. Apologies
Moved (Yarrowby/Ashgarth)
That the apologies be received.
Carried

2. Rates review
Paul Quenby reported that the rates review was on schedule.
"""

TRUSTEES_HEADING = COUNCILLORS_HEADING.replace("Regional Council", "Library Board").replace("Councillors:", "Trustees:")

CODED_LINES = """\
Zorvale Clinical Commissioning Group
Minutes of the Governing Body meeting held on 3 March 2021
Present:
Dr Ann Quillford AQ Clinical Chair
Bo Rattlebane BR Governing Body GP
Dee Umbrage DU Lay Member for Governance
Apologies:
Dr Ed Ombrine EO Governing Body GP

1. Finance report
The year-end position was balanced. BR asked about the reserves.
"""


def _speakers(m, number: str) -> list[tuple[str | None, str | None]]:
    item = next(i for i in m.items if i.number == number)
    return [(s.name, s.role) for s in item.speakers]


def test_a_full_stop_between_two_names_does_not_end_the_list(nlp):
    m = _meeting(nlp, STOP_IN_LIST)
    assert [n for n, _ in people(m.present)] == [
        "P Quillford", "V Rattlebane", "A Tessaly", "M Umbrage", "S Ombrine", "D Vanterpool"]
    assert [n for n, _ in people(m.apologies)] == ["T Farrowby", "J Kestrelle", "R Drummage", "K Pellinore"]


def test_a_full_stop_in_an_apologies_list_under_an_item_heading(nlp):
    m = _meeting(nlp, NEXT_LINE_APOLOGIES)
    assert [n for n, _ in people(m.apologies)] == ["Mark Farrowby", "Ian Kestrelle", "John Drummage", "Fiona Pellinore"]


def test_a_given_name_mover_is_the_listed_commissioner(nlp):
    m = _meeting(nlp, GIVEN_NAME_MOVERS)
    said = [s for it in m.items for s in it.speakers]
    assert ("Commissioner Gordon Orrindale", "Commissioner") in [(s.name, s.role) for s in said]
    assert ("Commissioner Dallin Brackwell", "Commissioner") in [(s.name, s.role) for s in said]
    assert not any(s.name in ("Gordon", "Dallin") for s in said)


def test_movers_and_speakers_under_a_councillors_heading_are_councillors(nlp):
    m = _meeting(nlp, COUNCILLORS_HEADING)
    assert set(_speakers(m, "1")) == {("John Yarrowby", "Councillor"), ("Justin Ashgarth", "Councillor")}
    assert _speakers(m, "2") == [("Paul Quenby", "Councillor")]


def test_movers_under_a_trustees_heading_are_trustees(nlp):
    m = _meeting(nlp, TRUSTEES_HEADING)
    assert {r for _, r in _speakers(m, "1")} == {"Trustee"}
    assert {n for n, _ in _speakers(m, "1")} == {"John Yarrowby", "Justin Ashgarth"}


def test_a_name_its_initials_tag_and_its_title_on_one_list_line(nlp):
    m = _meeting(nlp, CODED_LINES)
    assert people(m.present) == [("Dr Ann Quillford", "Clinical Chair"), ("Bo Rattlebane", "Governing Body GP"),
                                 ("Dee Umbrage", "Lay Member for Governance")]
    assert people(m.apologies) == [("Dr Ed Ombrine", "Governing Body GP")]
    assert [s.name for s in m.items[0].speakers] == ["Bo Rattlebane"]
