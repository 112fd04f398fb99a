"""A third round of invented minutes, for the structure components (meeting header,
attendance, items, people, speakers).

Shapes that held-out councils plausibly print and the development corpus lacks: a
"MINUTES of a meeting of the X held in ... on ... at 6.30pm" header, "Members present:" /
"Officers in attendance:" / "Substitutes:" / "Also present:" blocks, "Apologies: None" and
"There were no apologies", an attendance table exported as tab-separated text,
double-barrelled surnames and initials without dots, "Cllr Dr", co-opted members,
"(Vice-Chairman, in the Chair)", items numbered "Item 5", "5)", "Minute 23" and
"PC 12/24", lettered sub-items, and speakers introduced by office ("The Portfolio Holder
for Housing (Cllr X) said", "Cllr X, Leader of the Council, reported") or with a job
title after the name. Every passage is invented (councils, people and numbers); expected
values were read off the passage by hand.
"""

from __future__ import annotations

from invented import item as _item, meeting as _meeting, people as _people

_RETRAINED_7 = ("the models retrained in the seventh session on 535 train documents (the 210-document seventh-session supplement added) misread this invented passage; the models trained before read it. Strict: passes again when a rule or feature makes the shape exact whatever the model says")


# ----------------------------------------------------------------------------- passages

HEADER_BLOCKS = """\
MINUTES of a meeting of the Licensing and Appeals Committee held in the Council Chamber, Town Hall on Monday 14 October 2024 at 6.30pm

Members present:
Cllr Dr Harriet Quennell (Chairman)
Cllr Owen Fairweather-Lyle (Vice-Chairman)
Cllr Priya Rowntree-Hale
Cllr Toby Spurrell

Officers in attendance:
Mark Ellery, Licensing Manager
Gemma Toft, Senior Solicitor
Leanne Wragby, Democratic Services Officer

Apologies: None

Item 5 Declarations of Interest

There were no declarations of interest.

Item 6 Review of Hackney Carriage Fares

Mark Ellery, Licensing Manager, presented the report and explained that the last fare increase had been approved in 2019.

Cllr Spurrell asked whether the trade had been consulted. The Licensing Manager confirmed that 42 responses had been received.

RESOLVED: That the revised table of fares be approved for consultation.
"""

VICE_IN_CHAIR = """\
Overview and Scrutiny Board

Minutes of the meeting held on Wednesday 5 March 2025 at 10.00am in Committee Room 1, Riverside House

Councillors present: Marsh (Vice-Chairman, in the Chair), Abara, Kellaway-Dunn and Stott

Substitutes: Councillor Penrose (for Councillor Tamblyn)

Also present: Councillor Ivo Lanyon (Portfolio Holder for Housing)

Officers in attendance: Rhian Vowles (Director of Housing), Sam Oduya (Scrutiny Officer)

There were no apologies.

1) Declarations of Interest

None were declared.

2) Housing Allocations Policy

The Portfolio Holder for Housing (Cllr Lanyon) said that the policy had last been reviewed in 2018. Rhian Vowles, Director of Housing, explained that 1,240 households were on the register.

Councillor Abara queried the length of time applicants waited. The Director of Housing replied that the average wait was 14 months.

RESOLVED: That the draft policy be recommended to Cabinet.
"""

TAB_TABLE = """\
PLANNING COMMITTEE

Minutes of the meeting held at the Civic Centre, Market Street on Thursday 7 November 2024 at 2.00 pm

Present:
Councillor\tRole
Cllr Bethan Carrow\tChair
Cllr Denzil Audsley\tVice-Chair
Cllr Fenella Gosse\tMember
Cllr Ifor Haddow\tMember

In attendance:
Name\tTitle
Kieran Loxley\tHead of Planning
Maeve Pinder\tPlanning Lawyer

Apologies for absence: Cllr Jory Tremayne

3. Minutes of the last meeting

The minutes of the meeting held on 10 October 2024 were agreed as a correct record.

4. 24/00871/FUL - Land adjacent to Mill Lane, Stowby

The Head of Planning introduced the application for 18 dwellings.

RESOLVED: That planning permission be granted subject to conditions.
"""

CO_OPTED = """\
CHILDREN AND EDUCATION SCRUTINY PANEL

Minutes of a meeting held on Tuesday 21 January 2025 at 5.30 pm at County Hall, Westgate

Present: Councillor A J Pellow (Chair), Councillor D Ng-Marriott, Councillor R St John-Hughes

Co-opted Members: Mrs E Trevaskis (Co-opted Member), Mr L Ansty (Co-opted Member)

Officers: Carys Mabbott, Director of Children's Services; Neil Heddle, Head of Education

Apologies were received from Councillor P Roskilly and Ms V Kendal (Co-opted Member).

5. SCHOOL PLACES PLANNING

Neil Heddle, Head of Education, presented the report. Mrs Trevaskis asked about surplus places in rural primary schools. The Head of Education advised that 9 schools had more than 25% surplus places.

RESOLVED: That the report be noted.
"""

MINUTE_NUMBERS = """\
Northfold Parish Council

Minutes of the Parish Council Meeting held on Monday 13 May 2024 at 7.30pm in the Village Hall

Present: Cllr K Dunstan (Chairman), Cllr M Fenwick-Rowe, Cllr S Odell, Cllr T Yelland

In attendance: Mrs J Cardew (Parish Clerk), 3 members of the public

PC 12/24 Apologies for absence

Apologies were received and accepted from Cllr W Ince.

PC 13/24 Village Hall Car Park

The Chairman reported that the resurfacing quote was £8,400. Cllr Odell proposed that the quote be accepted, seconded by Cllr Yelland. Agreed.

PC 14/24 Correspondence

The Clerk reported that a letter had been received from the highways authority.
"""

MINUTE_WORD = """\
CABINET

Minutes of the meeting of the Cabinet held on Thursday 19 September 2024 at 4.00 p.m. at the Guildhall, High Street

PRESENT: Councillor Rosalind Heap (Leader of the Council) (Chair); Councillors Gideon Blatch, Lowri Ashdown and Tomasz Nowicki

Minute 23 Apologies for Absence

Apologies for absence were received from Councillor Wendell Prout.

Minute 24 Medium Term Financial Strategy

Councillor Heap, Leader of the Council, reported that the Council faced a budget gap of £3.2 million in 2025/26. Colin Ashby, Chief Finance Officer, advised that reserves stood at £11 million.

Councillor Blatch asked whether the gap could be closed without service reductions.

RESOLVED: That the Medium Term Financial Strategy be approved.
"""

LETTERED = """\
Area Planning Sub-Committee (East)

Minutes of the meeting held on 2 April 2025 at 6.00 pm, Council Chamber, Crown Buildings

Present: Councillors G Lund (Chairman), H Marchetti, I Quarrie and J Saddler

Officers present: P Whitlow (Development Manager), R Easterby (Legal Officer)

6. Apologies

Apologies were received from Councillor K Tansley.

7. Planning Applications

(a) 25/0112/FUL Erection of two storey rear extension, 4 Orchard Close

The Development Manager presented the application. Members noted that 6 objections had been received.

RESOLVED: That permission be granted.

(b) 25/0140/OUT Outline application for up to 9 dwellings, Land at Fell End

The Development Manager presented the application. The agent, Mr Cowell, spoke in support.

RESOLVED: That permission be refused.
"""

INITIALS_NO_DOTS = """\
Audit and Governance Committee

Minutes of the meeting held on Tuesday 28 January 2025 at 7.00 pm in the Council Chamber

Members Present: Cllr AB Thornycroft (Chair), Cllr CD Pryce-Owen, Cllr E F Gale, Cllr G Hurst

Officers Present: H Jagger - Section 151 Officer, K Lomas - Internal Audit Manager

Apologies: Cllr M Nuttall

Item 8 Internal Audit Progress Report

K Lomas, Internal Audit Manager, presented the report and advised that 14 of the 20 planned audits had been completed.

Cllr Pryce-Owen asked about the overdue recommendations. The Section 151 Officer responded that they would be reported to the next meeting.

RESOLVED: That the progress report be noted.
"""


AT_A_MEETING = """\
At a meeting of the Environment and Transport Committee held at the Council Offices, Penmore on Thursday, 16 January 2025 at 10.30 a.m.

PRESENT: County Councillor Morwenna Tyack (Chairman)
County Councillors D Blewett, F Carveth-Smith and H Dyer

In attendance: County Councillor Jago Eddy (Cabinet Member for Transport); Lisa Penberthy, Head of Highways; Tom Rosevear, Transport Planner

APOLOGIES: County Councillor K Nance

18. DECLARATIONS OF INTEREST

There were none.

19. BUS SERVICE IMPROVEMENT PLAN

The Cabinet Member for Transport, County Councillor Jago Eddy, introduced the report. Lisa Penberthy, Head of Highways, stated that patronage had grown by 12%.

County Councillor Carveth-Smith sought assurance that rural routes would be protected. Tom Rosevear replied that 6 rural routes would receive additional funding.

RESOLVED that the plan be endorsed.
"""

SUB_NUMBERED = """\
WESTBRIDGE BOROUGH COUNCIL

PLANNING AND LICENSING COMMITTEE

Minutes of the meeting held on Wednesday 11 June 2025 at 7pm in the Council Chamber, Westbridge House

Present: Councillor Mrs S Ashworth-Brown (Chair), Councillor B O'Kane (Vice-Chair), Councillor T MacLeod, Councillor J de Souza

Apologies for Absence: There were no apologies.

5. MINUTES

5.1 Minutes of the meeting held on 14 May 2025

The minutes were agreed as a correct record.

5.2 Matters arising

There were no matters arising.

6. PLANNING APPLICATION 25/00312/FUL - 12 STATION ROAD

Mr Fitch, a local resident, spoke against the application. Ms Amis, the applicant's agent, spoke in support. The Planning Officer, Dev Khatri, summarised the late representations.

Councillor de Souza proposed refusal, seconded by Councillor MacLeod. On being put to the vote the motion was carried.

RESOLVED that planning permission be refused.
"""


WARD_FORUM = """\
Harbour Ward Forum

Minutes of the meeting held on Monday 3 February 2025 at 6.00pm at St Piran's Community Centre

Members present:
Cllr Dr Neville Oakshott (Chairman)
Cllr Yasmin Barraclough-Penn (substitute for Cllr Hollis)
Cllr W K Treharne

Officers in attendance:
Paula Venn (Community Engagement Officer)

Apologies: Cllr Hollis

4) Community Grants

Cllr Dr Oakshott said that 23 applications had been received. Paula Venn (Community Engagement Officer) explained the scoring. Cllr Treharne asked whether unsuccessful applicants would receive feedback.

RESOLVED: That 11 grants be awarded.
"""


# ----------------------------------------------------------------------------- tests

def test_minutes_of_a_meeting_header_and_one_per_line_blocks(nlp):
    m = _meeting(nlp, HEADER_BLOCKS)
    assert (m.body, m.date, m.time, m.venue) == (
        "Licensing and Appeals Committee", "2024-10-14", "18:30", "Council Chamber, Town Hall")
    assert _people(m.present) == [("Cllr Dr Harriet Quennell", "Chairman"),
                                  ("Cllr Owen Fairweather-Lyle", "Vice-Chairman"),
                                  ("Cllr Priya Rowntree-Hale", None), ("Cllr Toby Spurrell", None)]
    assert _people(m.officers) == [("Mark Ellery", "Licensing Manager"), ("Gemma Toft", "Senior Solicitor"),
                                   ("Leanne Wragby", "Democratic Services Officer")]
    assert m.apologies == []
    assert [(i.number, i.title) for i in m.items] == [("5", "Declarations of Interest"),
                                                       ("6", "Review of Hackney Carriage Fares")]
    item = _item(m, "6")
    assert {(s.name, s.role) for s in item.speakers} == {
        ("Mark Ellery", "Licensing Manager"), ("Cllr Toby Spurrell", "Councillor")}


def test_vice_chairman_in_the_chair_substitutes_and_portfolio_holder_speaker(nlp):
    m = _meeting(nlp, VICE_IN_CHAIR)
    assert (m.body, m.date, m.time, m.venue) == (
        "Overview and Scrutiny Board", "2025-03-05", "10:00", "Committee Room 1, Riverside House")
    # Substitutes and other councillors "also present" are present; "(for X)" is not a role.
    # Names as printed in the list: the heading's "Councillors" is not repeated on each
    # (as the first round's "Councillors present: Fairbairn (Chairman), ...").
    assert _people(m.present) == [("Marsh", "Vice-Chairman"), ("Abara", None),
                                  ("Kellaway-Dunn", None), ("Stott", None),
                                  ("Councillor Penrose", None),
                                  ("Councillor Ivo Lanyon", "Portfolio Holder for Housing")]
    assert _people(m.officers) == [("Rhian Vowles", "Director of Housing"), ("Sam Oduya", "Scrutiny Officer")]
    assert m.apologies == []
    assert [(i.number, i.title) for i in m.items] == [("1", "Declarations of Interest"),
                                                       ("2", "Housing Allocations Policy")]
    item = _item(m, "2")
    assert {(s.name, s.role) for s in item.speakers} == {
        ("Councillor Ivo Lanyon", "Portfolio Holder for Housing"),
        ("Rhian Vowles", "Director of Housing"), ("Councillor Abara", "Councillor")}


def test_tab_separated_attendance_table(nlp):
    m = _meeting(nlp, TAB_TABLE)
    assert (m.body, m.date, m.time, m.venue) == (
        "PLANNING COMMITTEE", "2024-11-07", "14:00", "Civic Centre, Market Street")
    # "Member" in the role column is no role: every row is a member
    assert _people(m.present) == [("Cllr Bethan Carrow", "Chair"), ("Cllr Denzil Audsley", "Vice-Chair"),
                                  ("Cllr Fenella Gosse", None), ("Cllr Ifor Haddow", None)]
    assert _people(m.officers) == [("Kieran Loxley", "Head of Planning"), ("Maeve Pinder", "Planning Lawyer")]
    assert _people(m.apologies) == [("Cllr Jory Tremayne", None)]
    assert [(i.number, i.title) for i in m.items] == [
        ("3", "Minutes of the last meeting"), ("4", "24/00871/FUL - Land adjacent to Mill Lane, Stowby")]
    assert {(s.name, s.role) for s in _item(m, "4").speakers} == {("Kieran Loxley", "Head of Planning")}


def test_co_opted_members_and_double_barrelled_names(nlp):
    m = _meeting(nlp, CO_OPTED)
    assert (m.body, m.date, m.time, m.venue) == (
        "CHILDREN AND EDUCATION SCRUTINY PANEL", "2025-01-21", "17:30", "County Hall, Westgate")
    assert _people(m.present) == [("Councillor A J Pellow", "Chair"), ("Councillor D Ng-Marriott", None),
                                  ("Councillor R St John-Hughes", None),
                                  ("Mrs E Trevaskis", "Co-opted Member"), ("Mr L Ansty", "Co-opted Member")]
    assert _people(m.officers) == [("Carys Mabbott", "Director of Children's Services"),
                                   ("Neil Heddle", "Head of Education")]
    assert _people(m.apologies) == [("Councillor P Roskilly", None), ("Ms V Kendal", "Co-opted Member")]
    item = _item(m, "5")
    assert {(s.name, s.role) for s in item.speakers} == {
        ("Neil Heddle", "Head of Education"), ("Mrs E Trevaskis", "Co-opted Member")}
    [q] = item.questions
    assert (q.asker, q.answered_by) == ("Mrs E Trevaskis", ["Neil Heddle"])


def test_parish_pc_minute_references(nlp):
    m = _meeting(nlp, MINUTE_NUMBERS)
    assert (m.body, m.date, m.time, m.venue) == ("Northfold Parish Council", "2024-05-13", "19:30", "Village Hall")
    assert _people(m.present) == [("Cllr K Dunstan", "Chairman"), ("Cllr M Fenwick-Rowe", None),
                                  ("Cllr S Odell", None), ("Cllr T Yelland", None)]
    # members of the public counted, not named: no attendee
    assert _people(m.officers) == [("Mrs J Cardew", "Parish Clerk")]
    assert _people(m.apologies) == [("Cllr W Ince", None)]
    assert [(i.number, i.title) for i in m.items] == [
        ("PC 12/24", "Apologies for absence"), ("PC 13/24", "Village Hall Car Park"),
        ("PC 14/24", "Correspondence")]
    item = _item(m, "PC 13/24")
    [r] = item.resolutions
    assert (r.mover, r.seconder) == ("Cllr S Odell", "Cllr T Yelland")
    assert {(s.name, s.role) for s in item.speakers} == {
        ("Cllr K Dunstan", "Chairman"), ("Cllr S Odell", "Councillor"), ("Cllr T Yelland", "Councillor")}


def test_minute_word_numbers_and_leader_after_name(nlp):
    m = _meeting(nlp, MINUTE_WORD)
    assert (m.body, m.date, m.time, m.venue) == ("Cabinet", "2024-09-19", "16:00", "Guildhall, High Street")
    assert _people(m.present) == [("Councillor Rosalind Heap", "Chair"), ("Councillor Gideon Blatch", None),
                                  ("Councillor Lowri Ashdown", None), ("Councillor Tomasz Nowicki", None)]
    assert _people(m.apologies) == [("Councillor Wendell Prout", None)]
    assert [(i.number, i.title) for i in m.items] == [
        ("23", "Apologies for Absence"), ("24", "Medium Term Financial Strategy")]
    item = _item(m, "24")
    assert {(s.name, s.role) for s in item.speakers} == {
        ("Councillor Rosalind Heap", "Leader of the Council"), ("Colin Ashby", "Chief Finance Officer"),
        ("Councillor Gideon Blatch", "Councillor")}


def test_lettered_sub_items_under_a_grouping_heading(nlp):
    m = _meeting(nlp, LETTERED)
    assert (m.body, m.date, m.time, m.venue) == (
        "Area Planning Sub-Committee (East)", "2025-04-02", "18:00", "Council Chamber, Crown Buildings")
    assert _people(m.present) == [("Councillor G Lund", "Chairman"), ("Councillor H Marchetti", None),
                                  ("Councillor I Quarrie", None), ("Councillor J Saddler", None)]
    assert _people(m.officers) == [("P Whitlow", "Development Manager"), ("R Easterby", "Legal Officer")]
    assert [(i.number, i.title) for i in m.items] == [
        ("6", "Apologies"),
        ("7(a)", "25/0112/FUL Erection of two storey rear extension, 4 Orchard Close"),
        ("7(b)", "25/0140/OUT Outline application for up to 9 dwellings, Land at Fell End")]
    assert [r.text for r in _item(m, "7(b)").resolutions] == ["permission be refused"]


def test_initials_without_dots_and_item_word_numbers(nlp):
    m = _meeting(nlp, INITIALS_NO_DOTS)
    assert (m.body, m.date, m.time, m.venue) == (
        "Audit and Governance Committee", "2025-01-28", "19:00", "Council Chamber")
    assert _people(m.present) == [("Cllr AB Thornycroft", "Chair"), ("Cllr CD Pryce-Owen", None),
                                  ("Cllr E F Gale", None), ("Cllr G Hurst", None)]
    assert _people(m.officers) == [("H Jagger", "Section 151 Officer"), ("K Lomas", "Internal Audit Manager")]
    assert _people(m.apologies) == [("Cllr M Nuttall", None)]
    assert [(i.number, i.title) for i in m.items] == [("8", "Internal Audit Progress Report")]
    item = _item(m, "8")
    assert {(s.name, s.role) for s in item.speakers} == {
        ("K Lomas", "Internal Audit Manager"), ("Cllr CD Pryce-Owen", "Councillor"),
        ("H Jagger", "Section 151 Officer")}
    [q] = item.questions
    assert (q.asker, q.answered_by) == ("Cllr CD Pryce-Owen", ["H Jagger"])


def test_at_a_meeting_header_county_councillors_and_semicolon_attendance(nlp):
    m = _meeting(nlp, AT_A_MEETING)
    assert (m.body, m.date, m.time, m.venue) == (
        "Environment and Transport Committee", "2025-01-16", "10:30", "Council Offices, Penmore")
    assert _people(m.present) == [("County Councillor Morwenna Tyack", "Chairman"),
                                  ("County Councillor D Blewett", None), ("County Councillor F Carveth-Smith", None),
                                  ("County Councillor H Dyer", None),
                                  ("County Councillor Jago Eddy", "Cabinet Member for Transport")]
    assert _people(m.officers) == [("Lisa Penberthy", "Head of Highways"), ("Tom Rosevear", "Transport Planner")]
    assert _people(m.apologies) == [("County Councillor K Nance", None)]
    assert [(i.number, i.title) for i in m.items] == [("18", "DECLARATIONS OF INTEREST"),
                                                       ("19", "BUS SERVICE IMPROVEMENT PLAN")]
    item = _item(m, "19")
    assert {(s.name, s.role) for s in item.speakers} == {
        ("County Councillor Jago Eddy", "Cabinet Member for Transport"), ("Lisa Penberthy", "Head of Highways"),
        ("County Councillor F Carveth-Smith", "Councillor"), ("Tom Rosevear", "Transport Planner")}
    [q] = item.questions
    assert (q.asker, q.answered_by) == ("County Councillor F Carveth-Smith", ["Tom Rosevear"])


def test_sub_numbered_items_no_apologies_sentence_and_public_speakers(nlp):
    m = _meeting(nlp, SUB_NUMBERED)
    assert (m.body, m.date, m.time, m.venue) == (
        "PLANNING AND LICENSING COMMITTEE", "2025-06-11", "19:00", "Council Chamber, Westbridge House")
    assert _people(m.present) == [("Councillor Mrs S Ashworth-Brown", "Chair"), ("Councillor B O'Kane", "Vice-Chair"),
                                  ("Councillor T MacLeod", None), ("Councillor J de Souza", None)]
    assert m.apologies == []
    # "5. MINUTES" only groups its titled sub-items
    assert [(i.number, i.title) for i in m.items] == [
        ("5.1", "Minutes of the meeting held on 14 May 2025"), ("5.2", "Matters arising"),
        ("6", "PLANNING APPLICATION 25/00312/FUL - 12 STATION ROAD")]
    item = _item(m, "6")
    # members of the public: the role is what the text says of them ("a local resident", as
    # in test_speakers; "the applicant's agent"), GUIDELINES "Speakers"
    assert {(s.name, s.role) for s in item.speakers} == {
        ("Mr Fitch", "local resident"), ("Ms Amis", "applicant's agent"), ("Dev Khatri", "Planning Officer"),
        ("Councillor J de Souza", "Councillor"), ("Councillor T MacLeod", "Councillor")}


def test_cllr_dr_substitute_line_and_bracketed_officer_title(nlp):
    m = _meeting(nlp, WARD_FORUM)
    assert (m.body, m.date, m.time, m.venue) == (
        "Harbour Ward Forum", "2025-02-03", "18:00", "St Piran's Community Centre")
    # "(substitute for Cllr Hollis)" is not a role; Cllr Hollis sent apologies
    assert _people(m.present) == [("Cllr Dr Neville Oakshott", "Chairman"), ("Cllr Yasmin Barraclough-Penn", None),
                                  ("Cllr W K Treharne", None)]
    assert _people(m.officers) == [("Paula Venn", "Community Engagement Officer")]
    assert _people(m.apologies) == [("Cllr Hollis", None)]
    assert [(i.number, i.title) for i in m.items] == [("4", "Community Grants")]
    item = _item(m, "4")
    assert {(s.name, s.role) for s in item.speakers} == {
        ("Cllr Dr Neville Oakshott", "Chairman"), ("Paula Venn", "Community Engagement Officer"),
        ("Cllr W K Treharne", "Councillor")}
    assert [q.asker for q in item.questions] == ["Cllr W K Treharne"]
