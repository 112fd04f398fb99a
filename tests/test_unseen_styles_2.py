"""A second round of invented minutes in shapes the development corpus lacks.

Shapes likely on held-out pages of the kinds in corpus/raw (ModernGov text exports and
full minutes documents): titles wrapped over two lines, month-first dates, semicolon
lists with "also in attendance", "Name – Title" officer lists, year/minute references,
"Decision:" over "RESOLVED:", counted votes in brackets, Q./A. questions. Every passage
is invented (councils, people and numbers); expected values were read off the passage
by hand.
"""

from __future__ import annotations

import pytest

from invented import item as _item, meeting as _meeting, people as _people, record as _record


# ----------------------------------------------------------------------------- passages

WRAPPED = """\
DEVELOPMENT CONTROL COMMITTEE

Minutes of the meeting held on Tuesday, 3rd March, 2020 7.00 pm at the Civic Offices, Bridge Road

Present: Councillors A Holloway (Chairman), B Stainforth, C Dunmore; also in attendance: Councillor D Kettering (Ward Member)

In attendance: J Pellow – Head of Planning; K Marrable – Legal Advisor

Apologies for absence were received from Councillor E Farrant (substituted by Councillor F Gillow).

45/23 MINUTES OF THE PREVIOUS MEETING

RESOLVED: That the minutes of the meeting held on 4 February 2020 be approved as a correct record.

46/23 APPLICATION FOR 32 DWELLINGS AT LAND SOUTH OF
HOLLOW LANE, UPPER MARSTON

The Head of Planning presented the application for 32 new homes. Over 1,000 responses had been received.

On being put to the vote the motion was declared CARRIED (9 for, 2 against, 1 abstention).

RESOLVED: That planning permission be granted subject to a legal agreement.
"""

MONTH_FIRST = """\
Finance and Resources Committee

Minutes of the meeting held on July 20, 2021 at 6.30 pm, Committee Room 2, Guildhall

Present: Councillor G Ashcombe (Chair), Councillor H Trevelyan, Councillor I Mossop

1. BUDGET OUTTURN 2020/21

The Treasurer reported a total spend of £1.2bn, with reserves of £450,000 held for contingencies. Council tax collection had fallen by 2.5 per cent, while business rates showed a 15% increase.

Members queried whether the reserves were sufficient. The Treasurer advised that they were within the recommended range.

RESOLVED:
1. That the outturn be noted.
2. That the Treasurer report back on reserves at the next meeting.
"""

ISSUE_MEETINGS = """\
Issue - meetings

Meeting: 14/09/2022 - Cabinet (Item 62)

62 Local Cycling and Walking Infrastructure Plan

Minutes:

The Cabinet Member for Transport introduced the report, noting that 18 miles of new cycle routes were proposed.

Decision:

RESOLVED: That the Local Cycling and Walking Infrastructure Plan be adopted.
"""

AGENDA_ITEM = """\
Agenda item

Minute No. 12 Review of Leisure Centre Charges

Minutes:

The Leisure Services Manager presented the report. Councillor P Ormerod asked whether concessions would continue for pensioners. The Leisure Services Manager confirmed that they would.

The recommendations were agreed unanimously.
"""

QA = """\
COUNCIL

Minutes of the Meeting of the Council held on Wednesday 8 May 2024 at 7.30 pm in the Council Chamber

Present: The Mayor, Councillor N Quigley (in the Chair); Councillors O Rathbone, P Saltmarsh, R Tennant and S Underhill

10. QUESTIONS FROM MEMBERS

Q. Councillor Rathbone asked the Leader of the Council when the new bus shelters would be installed.

A. The Leader replied that installation would begin in June.

Q. Councillor Saltmarsh asked what progress had been made on the town centre car park.

A. Councillor Tennant, the Cabinet Member for Regeneration, replied that the designs would be published shortly.
"""

SEMICOLONS = """\
Licensing Sub-Committee

Minutes - Friday, 9th February, 2024 10.00 am

Present: Councillors T Vickery (Chairman), U Wragg, V Yeadon; also present: Councillor W Ashby

Officers: X Beddoes – Licensing Officer; Y Catterall – Solicitor; Z Dimmock – Democratic Services Officer

3. APPLICATION FOR A PREMISES LICENCE - THE CORNER STORE

The Licensing Officer introduced the application. The Chair agreed to write to the Minister about the licensing fees.

Officers to report back to the next meeting.
"""


AGENDA_AND_MINUTES = """\
Agenda and minutes

Audit Committee
Thursday, 23rd June, 2022 2.00 pm

Venue: Council Chamber, County Hall

Items
No. Item

1.

Apologies for absence

Minutes:

Apologies were received from Councillor A Bellingham.

2.

Treasury Management Annual Report
2021/22

Minutes:

The Head of Finance reported that investment income had reached £3.4 million.

RESOLVED: That the report be noted.
"""


TOWN_COUNCIL = """\
Westerby Town Council

MINUTES OF THE TOWN COUNCIL MEETING HELD ON MONDAY 12TH FEBRUARY 2024 AT 7PM IN THE TOWN HALL

Present: Cllrs E Fenwick (Mayor), F Garside, G Hartley, H Ingleby

Also present: Mrs K Jowett (Town Clerk)

24/15 Apologies
Apologies were received from Cllr L Kirkby.

24/16 Precept
Cllr Garside proposed that the precept be increased by 3.5 per cent. This was seconded by Cllr Hartley and carried unanimously.

24/17 Allotments
The Town Clerk to obtain quotes for new fencing.
"""

COMMENCING = """\
Minutes of a meeting of the Overview and Scrutiny Board held at the Guildhall, Kingsbury on Thursday 5 October 2023 commencing at 10.00 am

Chairman: Councillor M Pendleton
Vice-Chairman: Councillor N Rowntree

Present:- Councillors O Sheldrake, P Thackeray and R Underwood

Officers in attendance: Chief Executive (S Vasey), Monitoring Officer (T Waddington)

12 PERFORMANCE REPORT QUARTER 1

Councillor Sheldrake raised concerns about sickness absence, which had risen to 11.2 days per employee. In response, the Chief Executive said that a new wellbeing programme had been launched.

The Board noted the report.
"""

PRESENT_LINES = """\
STANDARDS COMMITTEE

Wednesday 12th June 2024 at 2pm

PRESENT

Councillor Amelia Ormsby (Chair)
Councillor Bernard Quayle (Vice-Chair)
Councillor Cecily Royce
Independent Person: Dominic Sallow

OFFICERS

Edith Tolley, Monitoring Officer
Felix Upton, Democratic Services Officer

1 APOLOGIES FOR ABSENCE

None.

2 COMPLAINTS UPDATE

The Monitoring Officer reported that 27 complaints had been received in the year, compared with 19 the previous year.

AGREED that the annual report be submitted to Council.
"""

PLACE_SCRUTINY = """\
PLACE SCRUTINY COMMITTEE

Minutes of the meeting held on Monday, 9 September 2024 at 19:00 hrs in the Council Chamber

Present: Councillors Jasper Kell (Chair), Lorna Mabey, Nia Oakes and Rufus Pim

Also present: Councillor Tessa Quill (Cabinet Member for Housing)

Officers: Una Rigby (Director of Place), Vic Sorrel (Scrutiny Officer)

5. Housing Delivery Update

The Director of Place presented the update. A member asked how many affordable homes had been completed. The Director of Place confirmed that 146 affordable homes had been completed, against a target of 200.

Councillor Oakes requested that officers circulate the delivery trajectory to all members.

The Committee RESOLVED to note the update and to receive a further report in March 2025.

6. Work Programme

It was noted that the item on damp and mould would be moved to the November meeting.
"""

DISTRICT_EXTRAORDINARY = """\
Minutes of the Extraordinary Meeting of Harbourside District Council held at the Civic Centre on 27th November 2023 at 6.00 p.m.

Present: Councillor Mrs W Abbey (Chairman); Councillors X Birtles, Y Crane, Z Dalby, Dr A Eames and Mrs B Frome

Apologies for absence were received from Councillors C Gale and D Hume.

Officers present: Chief Executive, Section 151 Officer, Democratic Services Manager

Minute No. 34 - Council Tax Support Scheme 2024/25

The Section 151 Officer presented the report and advised that the scheme would cost approximately £2.75 million, an increase of £180,000 on the current year.

Councillor Birtles moved, seconded by Councillor Crane, that the recommendations in the report be approved.

Upon a recorded vote, the motion was carried with 15 votes for, 4 against and 2 abstentions.

RESOLVED that the Council Tax Support Scheme for 2024/25 be adopted.

Minute No. 35 - Motion on Coastal Erosion

Councillor Eames asked whether the Council had made representations to the Environment Agency. The Leader responded that she had written to the Chief Executive of the Environment Agency in October and would share the reply with all Members.
"""

LIBRARY_AGENDA_AND_MINUTES = """\
Agenda and minutes

Venue: Committee Room 1, Shire Hall. View directions

Contact: Gwen Lathom, Committee Clerk

Items
No. Item

56.

Public Participation

Minutes:

Mr H Marlow spoke in objection to the proposed closure of the library. Mrs I Nuttall addressed the Committee in support.

57.

Library Service Review PDF 412 KB

Minutes:

The Head of Libraries introduced the review, which proposed savings of £640k over three years. Councillor J Pryce asked what proportion of visits were made by children. The Head of Libraries replied that 38 per cent of visits were by under-16s.

Decision:

That the Library Service Review be approved for consultation, subject to the inclusion of an equality impact assessment.

Q1. Councillor K Quarmby asked whether the mobile library would continue. In reply, the Cabinet Member for Communities said that it would be retained.
"""

LABELLED_HEADER_CODED_MINUTES = """\
SOUTHMOOR BOROUGH COUNCIL

PLANNING APPLICATIONS COMMITTEE

DATE: Tuesday 5th December 2023
TIME: 6.30pm
VENUE: Council Chamber, Southmoor House

PRESENT
Councillor L Ravenhill (Chair)
Councillor M Sowerby (Vice-Chair)
Councillors N Tiplady, O Uttley and P Vause

OFFICERS PRESENT
Q Wardle - Development Manager
R Yarrow - Senior Planning Officer

PL.101 DECLARATIONS OF INTEREST

Councillor Tiplady declared a personal interest in application 23/0456/FUL as she lived nearby.

PL.102 23/0456/FUL - Former Depot, Quarry Road

The Senior Planning Officer presented the application for 48 apartments, of which 30% would be affordable.

RESOLVED:
(1) That planning permission be granted.
(2) That the Development Manager be authorised to agree the final wording of the conditions.
"""


# -------------------------------------------------------------------------------- tests


def test_wrapped_title_semicolon_lists_and_bracketed_vote(nlp):
    m = _meeting(nlp, WRAPPED)
    # "Tuesday, 3rd March, 2020 7.00 pm": ordinal day, commas, time without "at"
    assert (m.body, m.date, m.time, m.venue) == (
        "DEVELOPMENT CONTROL COMMITTEE", "2020-03-03", "19:00", "Civic Offices, Bridge Road")
    # "; also in attendance: Councillor D Kettering (Ward Member)" is a second list, not a name;
    # the substitute named in the apologies ("substituted by Councillor F Gillow") is present
    assert _people(m.present) == [("Councillor A Holloway", "Chairman"), ("Councillor B Stainforth", None),
                                  ("Councillor C Dunmore", None), ("Councillor D Kettering", "Ward Member"),
                                  ("Councillor F Gillow", None)]
    assert _people(m.officers) == [("J Pellow", "Head of Planning"), ("K Marrable", "Legal Advisor")]
    # "(substituted by Councillor F Gillow)" is not the absent member's role
    assert _people(m.apologies) == [("Councillor E Farrant", None)]
    assert [(i.number, i.title) for i in m.items] == [
        ("45/23", "MINUTES OF THE PREVIOUS MEETING"),
        ("46/23", "APPLICATION FOR 32 DWELLINGS AT LAND SOUTH OF HOLLOW LANE, UPPER MARSTON"),
    ]
    app = _item(m, "46/23")
    [r] = app.resolutions
    assert r.text == "planning permission be granted subject to a legal agreement"
    assert r.outcome == "carried"
    assert r.votes is not None and (r.votes.for_, r.votes.against, r.votes.abstain) == (9, 2, 1)
    figures = {(f.text, f.value, f.unit) for f in app.figures}
    assert ("32 new homes", 32, "count") in figures and ("1,000 responses", 1000, "count") in figures
    assert 9 not in {f.value for f in app.figures}  # "(9 for, ...)" is a vote count


def test_month_first_date_venue_after_comma_and_money_forms(nlp):
    m = _meeting(nlp, MONTH_FIRST)
    assert (m.body, m.date, m.time, m.venue) == (
        "Finance and Resources Committee", "2021-07-20", "18:30", "Committee Room 2, Guildhall")
    assert [(i.number, i.title) for i in m.items] == [("1", "BUDGET OUTTURN 2020/21")]
    item = _item(m, "1")
    assert {(f.text, f.value, f.unit) for f in item.figures} == {
        ("£1.2bn", 1_200_000_000, "GBP"), ("£450,000", 450_000, "GBP"),
        ("2.5 per cent", 2.5, "percent"), ("15%", 15, "percent")}
    # "Members queried whether ...": a question from members, answered by the Treasurer
    [q] = item.questions
    assert q.text == "Members queried whether the reserves were sufficient." and q.answered_by == ["Treasurer"]
    assert [(r.label, r.text) for r in item.resolutions] == [
        ("1", "the outturn be noted"), ("2", "the Treasurer report back on reserves at the next meeting")]
    assert [(a.owner, a.kind) for a in item.actions] == [("the Treasurer", "report")]


def test_issue_page_decision_heading_over_resolved(nlp):
    m = _meeting(nlp, ISSUE_MEETINGS)
    assert (m.body, m.date) == ("Cabinet", "2022-09-14")
    assert [(i.number, i.title) for i in m.items] == [("62", "Local Cycling and Walking Infrastructure Plan")]
    item = _item(m, "62")
    # "Decision:" then "RESOLVED: That ...": one decision, without either label
    assert [r.text for r in item.resolutions] == ["the Local Cycling and Walking Infrastructure Plan be adopted"]
    assert [(f.value, f.unit) for f in item.figures] == [(18, "miles")]


def test_agenda_item_page_minute_number_and_agreed_unanimously(nlp):
    [item] = _meeting(nlp, AGENDA_ITEM).items
    assert (item.number, item.title) == ("12", "Review of Leisure Centre Charges")
    [q] = item.questions
    assert q.asker == "Councillor P Ormerod" and q.answered_by == ["Leisure Services Manager"]
    [r] = item.resolutions
    assert (r.text, r.outcome) == ("The recommendations were agreed", "unanimous")


def test_q_and_a_lines_and_mayor_before_name(nlp):
    m = _meeting(nlp, QA)
    assert (m.body, m.date, m.time, m.venue) == ("Council", "2024-05-08", "19:30", "Council Chamber")
    # "The Mayor, Councillor N Quigley (in the Chair)": one member, whose office is Mayor
    assert _people(m.present) == [("Councillor N Quigley", "Mayor"), ("Councillor O Rathbone", None),
                                  ("Councillor P Saltmarsh", None), ("Councillor R Tennant", None),
                                  ("Councillor S Underhill", None)]
    item = _item(m, "10")
    assert [(q.asker, q.addressee) for q in item.questions] == [
        ("Councillor O Rathbone", "Leader of the Council"), ("Councillor P Saltmarsh", None)]
    assert item.questions[1].answered_by == ["Councillor R Tennant"]
    assert ("Councillor R Tennant", "Cabinet Member for Regeneration") in {(s.name, s.role) for s in item.speakers}


def test_officers_dash_titles_and_chair_undertakings(nlp):
    m = _meeting(nlp, SEMICOLONS)
    assert (m.body, m.date, m.time) == ("Licensing Sub-Committee", "2024-02-09", "10:00")
    assert _people(m.present) == [("Councillor T Vickery", "Chairman"), ("Councillor U Wragg", None),
                                  ("Councillor V Yeadon", None), ("Councillor W Ashby", None)]
    assert _people(m.officers) == [("X Beddoes", "Licensing Officer"), ("Y Catterall", "Solicitor"),
                                   ("Z Dimmock", "Democratic Services Officer")]
    item = _item(m, "3")
    assert item.title == "APPLICATION FOR A PREMISES LICENCE - THE CORNER STORE"
    acts = {a.text: a for a in item.actions}
    write = next(a for a in item.actions if a.text.startswith("The Chair agreed to write to the Minister"))
    assert write.owner == "Councillor T Vickery"  # the Chairman, named in the attendance list
    report = acts["Officers to report back to the next meeting"]
    assert (report.owner, report.kind) == ("Officers", "report")


def test_agenda_and_minutes_page_number_lines(nlp):
    m = _meeting(nlp, AGENDA_AND_MINUTES)
    assert (m.body, m.date, m.time, m.venue) == ("Audit Committee", "2022-06-23", "14:00", "Council Chamber, County Hall")
    assert _people(m.apologies) == [("Councillor A Bellingham", None)]
    assert [i.number for i in m.items] == ["1", "2"]
    item = _item(m, "2")
    assert [r.text for r in item.resolutions] == ["the report be noted"]
    assert [(f.value, f.unit) for f in item.figures] == [(3_400_000, "GBP")]


def test_agenda_and_minutes_title_wrapped_before_year(nlp):
    # "Treasury Management Annual Report" / "2021/22": a year line ends the title, it is no item number
    item = _item(_meeting(nlp, AGENDA_AND_MINUTES), "2")
    assert item.title == "Treasury Management Annual Report 2021/22"


def test_town_council_year_minute_references_and_seconded_in_next_sentence(nlp):
    m = _meeting(nlp, TOWN_COUNCIL)
    assert (m.body, m.date, m.time, m.venue) == ("Westerby Town Council", "2024-02-12", "19:00", "TOWN HALL")
    assert _people(m.present)[0] == ("Cllr E Fenwick", "Mayor")
    assert _people(m.officers) == [("Mrs K Jowett", "Town Clerk")]
    assert _people(m.apologies) == [("Cllr L Kirkby", None)]
    # "24/15", "24/16", "24/17": year/minute, the minute below the year
    assert [(i.number, i.title) for i in m.items] == [("24/15", "Apologies"), ("24/16", "Precept"), ("24/17", "Allotments")]
    [r] = _item(m, "24/16").resolutions
    assert r.text == "the precept be increased by 3.5 per cent"
    assert (r.mover, r.seconder, r.outcome) == ("Cllr F Garside", "Cllr G Hartley", "unanimous")
    assert [(a.text, a.owner) for a in _item(m, "24/17").actions] == [
        ("The Town Clerk to obtain quotes for new fencing", "Mrs K Jowett")]


def test_commencing_time_chair_label_lines_and_present_colon_dash(nlp):
    m = _meeting(nlp, COMMENCING)
    assert (m.body, m.date, m.time, m.venue) == (
        "Overview and Scrutiny Board", "2023-10-05", "10:00", "Guildhall, Kingsbury")
    assert _people(m.present) == [("Councillor M Pendleton", "Chairman"), ("Councillor N Rowntree", "Vice-Chairman"),
                                  ("Councillor O Sheldrake", None), ("Councillor P Thackeray", None),
                                  ("Councillor R Underwood", None)]
    assert _people(m.officers) == [("S Vasey", "Chief Executive"), ("T Waddington", "Monitoring Officer")]
    item = _item(m, "12")
    assert item.title == "PERFORMANCE REPORT QUARTER 1"
    assert [(f.value, f.unit) for f in item.figures] == [(11.2, "days")]
    assert {(s.name, s.role) for s in item.speakers} == {("Councillor O Sheldrake", "Councillor"),
                                                          ("S Vasey", "Chief Executive")}


def test_one_per_line_blocks_with_a_role_first_line(nlp):
    m = _meeting(nlp, PRESENT_LINES)
    assert (m.body, m.date, m.time) == ("STANDARDS COMMITTEE", "2024-06-12", "14:00")
    # "Independent Person: Dominic Sallow" is a member of the block, not its end
    assert _people(m.present) == [("Councillor Amelia Ormsby", "Chair"), ("Councillor Bernard Quayle", "Vice-Chair"),
                                  ("Councillor Cecily Royce", None), ("Dominic Sallow", "Independent Person")]
    assert _people(m.officers) == [("Edith Tolley", "Monitoring Officer"), ("Felix Upton", "Democratic Services Officer")]
    assert [(i.number, i.title) for i in m.items] == [("1", "APOLOGIES FOR ABSENCE"), ("2", "COMPLAINTS UPDATE")]
    item = _item(m, "2")
    assert [r.text for r in item.resolutions] == ["the annual report be submitted to Council"]
    assert {f.value for f in item.figures} == {27, 19}


def test_hrs_time_capitalised_body_resolved_and_requested_that_officers(nlp):
    m = _meeting(nlp, PLACE_SCRUTINY)
    # "at 19:00 hrs in the Council Chamber": "hrs" belongs to the time, not the venue
    assert (m.body, m.date, m.time, m.venue) == ("PLACE SCRUTINY COMMITTEE", "2024-09-09", "19:00", "Council Chamber")
    assert ("Councillor Tessa Quill", "Cabinet Member for Housing") in _people(m.present)
    assert _people(m.officers) == [("Una Rigby", "Director of Place"), ("Vic Sorrel", "Scrutiny Officer")]
    item = _item(m, "5")
    # "A member asked ...": nobody named asks; the Director of Place (Una Rigby) answers
    assert [(q.asker, q.answered_by) for q in item.questions] == [(None, ["Una Rigby"])]
    assert {f.value for f in item.figures} == {146, 200}
    assert [r.text for r in item.resolutions] == [
        "The Committee RESOLVED to note the update and to receive a further report in March 2025"]
    acts = {(a.owner, a.due) for a in item.actions}
    assert ("officers", None) in acts  # "requested that officers circulate the delivery trajectory"
    assert (None, "2025-03-31") in acts  # a further report in March 2025


def test_minute_no_dash_titles_moved_comma_seconded_and_coordinated_promise(nlp):
    m = _meeting(nlp, DISTRICT_EXTRAORDINARY)
    assert (m.body, m.date, m.time, m.venue) == ("Harbourside District Council", "2023-11-27", "18:00", "Civic Centre")
    assert _people(m.present)[:2] == [("Councillor Mrs W Abbey", "Chairman"), ("Councillor X Birtles", None)]
    assert len(m.present) == 6
    assert _people(m.apologies) == [("Councillor C Gale", None), ("Councillor D Hume", None)]
    assert [(i.number, i.title) for i in m.items] == [
        ("34", "Council Tax Support Scheme 2024/25"), ("35", "Motion on Coastal Erosion")]
    scheme = _item(m, "34")
    [r] = scheme.resolutions
    assert r.text == "the Council Tax Support Scheme for 2024/25 be adopted"
    # "Councillor Birtles moved, seconded by Councillor Crane, that ..." on the lines before RESOLVED
    assert (r.mover, r.seconder, r.outcome) == ("Councillor X Birtles", "Councillor Y Crane", "carried")
    assert r.votes is not None and (r.votes.for_, r.votes.against, r.votes.abstain) == (15, 4, 2)
    assert {(f.value, f.unit) for f in scheme.figures} == {(2_750_000, "GBP"), (180_000, "GBP")}
    motion = _item(m, "35")
    assert [(q.asker, q.answered_by) for q in motion.questions] == [("Councillor Dr A Eames", ["Leader"])]
    # "she had written ... in October and would share the reply": the promise is the second verb,
    # and October (already past) is not its deadline
    assert [(a.text, a.owner, a.due) for a in motion.actions] == [
        ("would share the reply with all Members", "the Leader", None)]


@pytest.mark.xfail(strict=True, reason="an officers' list of titles only ('Officers present: Chief Executive, "
                   "Section 151 Officer, ...') gives no attendees; the guidelines want one record per person "
                   "and do not yet say how a role without a name is recorded")
def test_officers_listed_by_title_only(nlp):
    m = _meeting(nlp, DISTRICT_EXTRAORDINARY)
    assert [a.role for a in m.officers] == ["Chief Executive", "Section 151 Officer", "Democratic Services Manager"]


def test_moderngov_export_public_speakers_decision_and_numbered_question(nlp):
    m = _meeting(nlp, LIBRARY_AGENDA_AND_MINUTES)
    assert m.venue == "Committee Room 1, Shire Hall"
    assert [(i.number, i.title) for i in m.items] == [("56", "Public Participation"), ("57", "Library Service Review")]
    assert [s.name for s in _item(m, "56").speakers] == ["Mr H Marlow", "Mrs I Nuttall"]
    review = _item(m, "57")
    assert [(q.asker, q.answered_by) for q in review.questions] == [
        ("Councillor J Pryce", ["Head of Libraries"]),
        ("Councillor K Quarmby", ["Cabinet Member for Communities"]),
    ]
    # "Q1. Councillor K Quarmby asked ...": the question number is not part of the question
    assert review.questions[1].text.startswith("Councillor K Quarmby asked whether the mobile library")
    assert [r.text for r in review.resolutions] == [
        "the Library Service Review be approved for consultation, subject to the inclusion of an equality impact assessment"]
    figures = {(f.value, f.unit) for f in review.figures}
    assert (640_000, "GBP") in figures and (38, "percent") in figures


def test_labelled_header_dash_officers_and_dotted_committee_codes(nlp):
    m = _meeting(nlp, LABELLED_HEADER_CODED_MINUTES)
    assert (m.body, m.date, m.time, m.venue) == (
        "PLANNING APPLICATIONS COMMITTEE", "2023-12-05", "18:30", "Council Chamber, Southmoor House")
    assert _people(m.present)[:2] == [("Councillor L Ravenhill", "Chair"), ("Councillor M Sowerby", "Vice-Chair")]
    assert len(m.present) == 5
    assert _people(m.officers) == [("Q Wardle", "Development Manager"), ("R Yarrow", "Senior Planning Officer")]
    # "PL.101", "PL.102": a committee code and a dot before the minute number
    assert [(i.number, i.title) for i in m.items] == [
        ("PL.101", "DECLARATIONS OF INTEREST"), ("PL.102", "23/0456/FUL - Former Depot, Quarry Road")]
    app = _item(m, "PL.102")
    assert [(r.label, r.text) for r in app.resolutions] == [
        ("1", "planning permission be granted"),
        ("2", "the Development Manager be authorised to agree the final wording of the conditions"),
    ]
    assert {(f.value, f.unit) for f in app.figures} == {(48, "count"), (30, "percent")}
    assert [a.owner for a in app.actions] == ["Q Wardle"]  # the Development Manager, named in the officers' list


@pytest.mark.parametrize("line", [
    "In attendance: J Pellow - Head of Planning, K Marrable - Legal Advisor",
    "Officers: J Pellow – Head of Planning and K Marrable – Legal Advisor",
    "In attendance: J Pellow – Head of Planning; K Marrable – Legal Advisor",
])
def test_dash_titled_officer_lists_with_any_separator(nlp, line):
    m = _meeting(nlp, f"Minutes of the Licensing Committee held on 5 October 2023\n\n{line}\n\n1. Report\n\nNoted.\n")
    assert _people(m.officers) == [("J Pellow", "Head of Planning"), ("K Marrable", "Legal Advisor")]


@pytest.mark.parametrize("block", [
    "RESOLVED: 1. That the report be noted. 2. That the plan be approved.",
    "RESOLVED:\n\n1. That the report be noted.\n\n2. That the plan be approved.",
    "RESOLVED – That\n(a) the report be noted; and\n(b) the plan be approved.",
])
def test_numbered_decisions_in_common_layouts(nlp, block):
    m = _meeting(nlp, "Minutes of the Audit Committee held on 5 October 2023\n\n4. Internal Audit Plan\n\n"
                      f"The Audit Manager presented the plan.\n\n{block}\n\n5. Any Other Business\n\nNone.\n")
    texts = [r.text for r in _item(m, "4").resolutions]
    assert texts == ["the report be noted", "the plan be approved"]


@pytest.mark.parametrize("header, time", [
    ("Minutes of the Planning Committee held remotely on 6 March 2024 from 7.00 pm to 9.12 pm", "19:00"),
    ("Minutes of the Planning Committee held on 6 March 2024, 19:00 - 21:12, in the Council Chamber", "19:00"),
    # the start's half of the day is not printed: no time rather than a wrong one
    ("Minutes of the Planning Committee held on 6 March 2024, 7.00 - 9.12 pm, in the Council Chamber", None),
])
def test_header_with_start_and_end_times(nlp, header, time):
    m = _meeting(nlp, f"{header}\n\nPresent: Councillor A Holloway (Chair)\n\n1. Minutes\n\nAgreed.\n")
    assert (m.body, m.date, m.time) == ("Planning Committee", "2024-03-06", time)
