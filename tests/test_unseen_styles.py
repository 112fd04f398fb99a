"""Minutes written in styles the development corpus lacks but UK councils use.

Every passage is invented (councils, people and numbers); the expected values were
read off the passage by hand. They guard the rules' generality: a change tuned to the
corpus that breaks one of these shapes has memorised the corpus.
"""

from __future__ import annotations

import pytest

from invented import item as _item, meeting as _meeting, people as _people, record as _record


# ----------------------------------------------------------------------------- passages

LICENSING = """\
MINUTES OF A MEETING OF THE LICENSING COMMITTEE HELD AT THE COUNCIL OFFICES, MARKET STREET ON TUESDAY 14 NOVEMBER 2023 AT 7.00 PM

PRESENT: Councillor R Penrose (Chairman); Councillors K Ashdown, M Treloar and P Quennell.

APOLOGIES: Councillors S Varley and T Okafor.

IN ATTENDANCE: Kim Hallam (Licensing Manager), PC Imogen Ellory (Police Licensing Officer) and Dev Ramsay (Democratic Services Officer).

1. DECLARATIONS OF INTEREST

There were no declarations of interest.

2. STREET TRADING POLICY REVIEW

The Licensing Manager presented the report on the draft Street Trading Policy. In answer to a question from Councillor Ashdown, the Licensing Manager explained that the consultation had received 48 responses.

PC Ellory stated that the police supported the proposed restrictions.

RESOLVED: That the draft Street Trading Policy be approved for public consultation.
"""

CABINET_REFS = """\
CABINET

Minutes of the meeting held on Wednesday 6 December 2023 at 10.00 am in the Council Chamber, Town Hall

Present: Councillor A Fairbairn (Leader of the Council), Councillor B Lindqvist and Councillor C Moyo

CAB 45/23 MINUTES OF THE PREVIOUS MEETING

RESOLVED UNANIMOUSLY: That the minutes of the meeting held on 8 November 2023 be approved as a correct record.

CAB 46/23 HOUSING ALLOCATIONS POLICY

Councillor Lindqvist introduced the report. Members noted that 1,250 households were in temporary accommodation, a rise of 12% on last year.

RESOLVED: (i) That the revised Housing Allocations Policy be adopted. (ii) That the Director of Housing be authorised to make minor amendments to the policy.

CAB 47/23 CAPITAL PROGRAMME MONITORING

The Finance Manager reported a forecast underspend of £2.4 million on the capital programme.

Upon a vote being taken, the recommendation was agreed with 6 votes for, 2 against and 1 abstention.
"""

PLANNING_MINUTE_NO = """\
PLANNING COMMITTEE
Thursday 11 January 2024

Members present: Councillors J Brannigan (Chair), L Oduya (Vice-Chair), F Castellan, G Merrow

Apologies for absence were received from Councillor H Wren.

Minute 12 – Land at Mill Lane, erection of 24 dwellings

The Planning Officer presented the application. It was moved by Councillor Castellan, seconded by Councillor Merrow, and on being put to the vote the motion was CARRIED (For: 7, Against: 3, Abstain: 1).

RESOLVED: That planning permission be granted subject to conditions.

Minute 13 – Enforcement Update

ACTION: Head of Planning to circulate the revised figures to members by 31 January 2024.

The Director undertook to provide a written response within 14 days.
"""

MODERNGOV_TABLE = """\
<html><head><title>Agenda for Overview and Scrutiny Committee on Monday 4 March 2024, 6.00 pm</title></head>
<body>
<h1>Minutes:</h1>
<p>Overview and Scrutiny Committee</p>
<p>Monday 4 March 2024, 6.00 pm</p>
<h2>Attendance</h2>
<p>Present: Councillor N Ashworth-Lyle (Chair), Councillor P Quennell, Councillor R Vantongeren</p>
<table>
<tr><th>No.</th><th>Item</th></tr>
<tr><td>1.</td><td>Apologies for Absence</td></tr>
<tr><td colspan="2">No apologies were received.</td></tr>
<tr><td>2.</td><td>Waste Collection Performance</td></tr>
<tr><td colspan="2">The Head of Environmental Services reported that missed collections had fallen by 15% since October. In response to a question from Councillor Quennell, the Head of Environmental Services confirmed that the new routes would be reviewed in the summer. RESOLVED: That the report be noted.</td></tr>
</table>
</body></html>
"""

PARISH = """\
Anyvale Parish Council

Minutes of the Parish Council meeting held on 2nd October 2023 at 7.30pm in the Village Hall

Present: Cllr D Merrow (Chair), Cllr E Varley, Cllr F Okafor, Cllr G Quennell
In attendance: Mrs J Wren (Clerk) and 3 members of the public

23/101 Apologies
Apologies were received from Cllr H Castellan.

23/102 Finance
The Clerk reported that the bank balance stood at £18,450 at the end of September. Cllr Varley proposed that the precept for 2024/25 be set at £32,000, seconded by Cllr Okafor. All in favour.

23/103 Highways
Cllr Quennell asked whether the County Council had replied about the damaged footpath. The Clerk said she would chase the County Council and report back at the next meeting.
The Clerk to write to the landowner about the overgrown hedge on Church Lane.
Members requested a site visit to the footpath before the next meeting.
"""

WELLBEING_BOARD = """\
HEALTH AND WELLBEING BOARD

Thursday, 18 January 2024

Present:
Councillor Sam Ashdown (Chair)
Councillor Priya Lindqvist
Dr Tomasz Brannigan, Clinical Commissioning Lead
Rachel Fairbairn, Director of Public Health

Also Present:
Owen Moyo, Head of Democratic Services

Apologies:
Councillor Ian Treloar

5. JOINT HEALTH AND WELLBEING STRATEGY

The Director of Public Health introduced the strategy. She stated that life expectancy in the most deprived wards was 9.2 years lower than in the least deprived.

Councillor Lindqvist sought assurance that the strategy would be adequately resourced. The Director of Public Health responded that £1.2m had been allocated for 2024/25.

RESOLVED:
(a) That the Joint Health and Wellbeing Strategy be endorsed.
(b) That a progress report be brought to the Board in six months.
"""

AUDIT_TITLE_FIRST = """\
Minutes of the Audit and Governance Committee held on 21 February 2024

Councillors present: Fairbairn (Chairman), Ashdown, Castellan, Okafor and Varley.

Officers present: Chief Finance Officer (M Quennell), Internal Audit Manager (S Brannigan).

8 INTERNAL AUDIT PROGRESS REPORT

The Internal Audit Manager presented the report, which showed that 18 of the 24 planned audits had been completed. Councillor Castellan asked why two audits had been deferred. The Internal Audit Manager explained that both services were being restructured.

It was proposed by Councillor Okafor and seconded by Councillor Varley that the report be noted. Upon being put to the vote, there voted For: 5; Against: 0; Abstentions: 0. The motion was declared CARRIED.

The Chief Finance Officer agreed to circulate a briefing note on the restructuring to all members of the Committee.
"""

SCOTTISH = """\
MINUTES of MEETING of the EDUCATION COMMITTEE held in the COUNCIL CHAMBERS, KILBRAE on THURSDAY, 7 MARCH 2024 at 10:30 AM

Present: Provost Isla Merrow (Chair)
Councillor Fraser Okafor
Councillor Morag Varley
Councillor Hamish Quennell

Attending: Ewan Castellan, Executive Director of Education
Catriona Treloar, Head of Legal Services

1. APOLOGIES FOR ABSENCE

Apologies for absence were intimated on behalf of Councillor Alasdair Ramsay.

2. SCHOOL ESTATE REVIEW

The Committee considered a report by the Executive Director of Education which advised that 14 of the 52 primary schools were operating below 60% capacity.

Councillor Varley, seconded by Councillor Quennell, moved that the Committee agree the recommendations. Councillor Okafor, seconded by Provost Merrow, moved as an amendment that consideration be deferred to the next meeting. On a vote being taken, 3 members voted for the amendment and 5 for the motion. The motion was therefore carried.

Decision

The Committee agreed the recommendations in the report.
"""

SCRUTINY_PANEL = """\
Environment Scrutiny Panel

Minutes - 15 May 2024

Attendance

Members of the Panel
Cllr Anya Lindqvist (Chair)
Cllr Ben Fairbairn
Cllr Carys Moyo

Employees
Daniel Brannigan - Head of Waste Services
Efa Castellan - Scrutiny Officer

Apologies
Cllr Gareth Wren

Part 1 - items open to the press and public

3 Fly-tipping Enforcement

Daniel Brannigan, Head of Waste Services, presented the report. He advised that 2,340 fly-tipping incidents had been reported in 2023/24 and that 45 fixed penalty notices had been issued.

Cllr Fairbairn asked how many prosecutions had followed. Daniel Brannigan replied that there had been 6 successful prosecutions.

The Panel asked that an update on enforcement be provided at its meeting in September 2024.

Resolved:
1. That the report be noted.
2. That the Panel's comments be forwarded to the Cabinet Member for Environment.
"""

DECISION_RECORD = """\
Record of Decisions - Executive Member for Transport

Date of Decision: 12 June 2024

Present: Councillor Hugo Varley (Executive Member for Transport)
Officers: Nadia Quennell (Head of Highways), Tariq Ashdown (Traffic Engineer)

1 Residents' Parking Scheme, Elm Grove

1.1 The Traffic Engineer reported that 212 responses had been received to the consultation, of which 64% supported the scheme.

1.2 The Executive Member asked whether the scheme could be extended to the neighbouring streets. The Head of Highways replied that a further consultation would be needed.

Decision:
That the Residents' Parking Scheme for Elm Grove be implemented as advertised.

Action: Head of Highways to report on the neighbouring streets by the end of September 2024.
"""

FULL_COUNCIL = """\
COUNCIL

Minutes of the meeting of the Council held on Monday 25 September 2023 at 7.00pm

Present: The Mayor (Councillor Lena Castellan) in the Chair; Councillors Ashdown, Fairbairn, Lindqvist, Moyo, Okafor and Treloar.

45. NOTICE OF MOTION - SPEED LIMITS

45.1 Councillor Okafor moved, and Councillor Treloar seconded, the following motion: "This Council calls on the Cabinet to introduce 20 mph limits in all residential streets."

45.2 Following debate, the motion was put to the vote and was LOST by 3 votes to 4.

46. QUESTIONS FROM MEMBERS OF THE PUBLIC

46.1 Mr Roland Pike asked the Leader of the Council what steps were being taken to reduce queues at the recycling centre. Councillor Ashdown, the Leader of the Council, replied that an online booking system would be introduced in the spring.
"""

SCRUTINY_ITEM_COLONS = """\
Corporate Resources Overview and Scrutiny Committee

Minutes of the meeting held on 3rd July 2024

Councillors: A. Penrose (Chair), B. Hallam, C. Treloar, D. Ashdown

Item 5: Budget Monitoring Quarter 1

Cllr. Hallam queried the overspend in children's services. The Director of Finance advised that the overspend of £1.5m was largely due to placement costs, which had risen by 10 per cent, and that a recovery plan would be brought to the next meeting on 12 September 2024.

Officers were asked to circulate the recovery plan to members before the next meeting.

It was agreed that the Chair would write to the Cabinet Member for Children's Services about the committee's concerns.

Item 6: Work Programme

The committee noted the work programme. Members requested that an item on agency staff costs be added to the work programme for November.
"""


# -------------------------------------------------------------------------------- tests

def test_upper_case_header_present_apologies_in_attendance(nlp):
    m = _meeting(nlp, LICENSING)
    assert (m.body, m.date, m.time) == ("LICENSING COMMITTEE", "2023-11-14", "19:00")
    assert _people(m.present) == [("Councillor R Penrose", "Chairman"), ("Councillor K Ashdown", None),
                                  ("Councillor M Treloar", None), ("Councillor P Quennell", None)]
    assert _people(m.apologies) == [("Councillor S Varley", None), ("Councillor T Okafor", None)]
    assert _people(m.officers) == [("Kim Hallam", "Licensing Manager"), ("PC Imogen Ellory", "Police Licensing Officer"),
                                   ("Dev Ramsay", "Democratic Services Officer")]
    assert [(i.number, i.title) for i in m.items] == [("1", "DECLARATIONS OF INTEREST"), ("2", "STREET TRADING POLICY REVIEW")]
    item = _item(m, "2")
    # "In answer to a question from Councillor Ashdown, the Licensing Manager explained":
    # the councillor asked, the officer named in the attendance list answered
    q = item.questions[0]
    assert q.asker == "Councillor K Ashdown" and q.answered_by == ["Kim Hallam"]
    # a police rank is an honorific: "PC Ellory stated" is the officer listed in attendance
    assert {(s.name, s.role) for s in item.speakers} == {("Kim Hallam", "Licensing Manager"),
                                                          ("Councillor K Ashdown", "Councillor"),
                                                          ("PC Imogen Ellory", "Police Licensing Officer")}
    assert [r.text for r in item.resolutions] == ["the draft Street Trading Policy be approved for public consultation"]


def test_committee_coded_minute_references_and_roman_resolutions(nlp):
    m = _meeting(nlp, CABINET_REFS)
    assert (m.body, m.date, m.venue) == ("CABINET", "2023-12-06", "Council Chamber, Town Hall")
    assert [(i.number, i.title) for i in m.items] == [
        ("CAB 45/23", "MINUTES OF THE PREVIOUS MEETING"),
        ("CAB 46/23", "HOUSING ALLOCATIONS POLICY"),
        ("CAB 47/23", "CAPITAL PROGRAMME MONITORING"),
    ]
    housing = _item(m, "CAB 46/23")
    assert [(r.label, r.text) for r in housing.resolutions] == [
        ("i", "the revised Housing Allocations Policy be adopted"),
        ("ii", "the Director of Housing be authorised to make minor amendments to the policy"),
    ]
    assert {(f.value, f.unit) for f in housing.figures} == {(1250, "count"), (12, "percent")}
    assert [a.owner for a in housing.actions] == ["the Director of Housing"]
    minutes = _item(m, "CAB 45/23").resolutions
    assert [(r.text, r.outcome) for r in minutes] == [
        ("the minutes of the meeting held on 8 November 2023 be approved as a correct record", "unanimous")]
    capital = _item(m, "CAB 47/23")
    # vote counts are not figures
    assert [(f.text, f.value, f.unit) for f in capital.figures] == [("£2.4 million", 2400000, "GBP")]
    # a decision in the minutes' own words, after a lead-in clause
    [r] = capital.resolutions
    assert r.text == "the recommendation was agreed"
    assert r.votes is not None and (r.votes.for_, r.votes.against, r.votes.abstain) == (6, 2, 1)


def test_minute_number_headings_votes_action_lines_and_undertakings(nlp):
    m = _meeting(nlp, PLANNING_MINUTE_NO)
    assert (m.body, m.date) == ("PLANNING COMMITTEE", "2024-01-11")
    assert _people(m.present)[:2] == [("Councillor J Brannigan", "Chair"), ("Councillor L Oduya", "Vice-Chair")]
    assert _people(m.apologies) == [("Councillor H Wren", None)]
    assert [(i.number, i.title) for i in m.items] == [
        ("12", "Land at Mill Lane, erection of 24 dwellings"), ("13", "Enforcement Update")]
    res = _item(m, "12").resolutions
    assert len(res) == 1
    r = res[0]
    assert r.text == "planning permission be granted subject to conditions"
    assert (r.mover, r.seconder, r.outcome) == ("Councillor F Castellan", "Councillor G Merrow", "carried")
    assert r.votes is not None and (r.votes.for_, r.votes.against, r.votes.abstain) == (7, 3, 1)
    actions = _item(m, "13").actions
    assert [(a.owner, a.due, a.due_text) for a in actions] == [
        ("Head of Planning", "2024-01-31", "by 31 January 2024"),
        ("the Director", "2024-01-25", "within 14 days"),  # 11 January + 14 days
    ]


def test_moderngov_html_items_table(nlp):
    m = _meeting(nlp, MODERNGOV_TABLE, fmt="html")
    assert (m.body, m.date, m.time) == ("Overview and Scrutiny Committee", "2024-03-04", "18:00")
    assert _people(m.present)[0] == ("Councillor N Ashworth-Lyle", "Chair")
    assert [(i.number, i.title) for i in m.items] == [("1", "Apologies for Absence"), ("2", "Waste Collection Performance")]
    item = _item(m, "2")
    assert [(f.value, f.unit) for f in item.figures] == [(15, "percent")]
    q = item.questions[0]
    assert q.asker == "Councillor P Quennell" and q.answered_by == ["Head of Environmental Services"]
    assert ("Councillor P Quennell", "Councillor") in {(s.name, s.role) for s in item.speakers}
    # a table cell runs the decision into the narrative: "... summer. RESOLVED: That ..."
    assert [r.text for r in item.resolutions] == ["the report be noted"]


def test_parish_year_first_minute_numbers(nlp):
    m = _meeting(nlp, PARISH)
    assert (m.body, m.date, m.time, m.venue) == ("Anyvale Parish Council", "2023-10-02", "19:30", "Village Hall")
    assert _people(m.officers) == [("Mrs J Wren", "Clerk")]
    assert _people(m.apologies) == [("Cllr H Castellan", None)]
    assert [(i.number, i.title) for i in m.items] == [("23/101", "Apologies"), ("23/102", "Finance"), ("23/103", "Highways")]
    finance = _item(m, "23/102")
    assert {(f.value, f.unit) for f in finance.figures} == {(18450, "GBP"), (32000, "GBP")}
    r = finance.resolutions[0]
    assert r.text == "the precept for 2024/25 be set at £32,000"
    assert (r.mover, r.seconder) == ("Cllr E Varley", "Cllr F Okafor")
    highways = _item(m, "23/103")
    assert [q.asker for q in highways.questions] == ["Cllr G Quennell"]
    # a promise reported in speech, an instruction in note form, and a members' request
    # (the Clerk is named in the attendance list, so either form identifies her)
    clerk = {"the Clerk", "Mrs J Wren"}
    acts = highways.actions
    assert [a.kind for a in acts] == ["report", "other", "meeting"]
    assert acts[0].owner in clerk and acts[1].owner in clerk and acts[2].owner is None
    assert acts[1].text == "The Clerk to write to the landowner about the overgrown hedge on Church Lane"


def test_one_member_per_line_with_titles_after_commas(nlp):
    m = _meeting(nlp, WELLBEING_BOARD)
    assert (m.body, m.date) == ("HEALTH AND WELLBEING BOARD", "2024-01-18")
    # the council's staff go into officers under any heading (guidelines, "Attendance as a sentence or a table")
    assert _people(m.officers) == [("Rachel Fairbairn", "Director of Public Health"), ("Owen Moyo", "Head of Democratic Services")]
    assert _people(m.apologies) == [("Councillor Ian Treloar", None)]
    item = _item(m, "5")
    q = item.questions[0]
    assert q.asker == "Councillor Priya Lindqvist" and q.answered_by == ["Rachel Fairbairn"]
    assert [(r.label, r.text) for r in item.resolutions] == [
        ("a", "the Joint Health and Wellbeing Strategy be endorsed"),
        ("b", "a progress report be brought to the Board in six months"),
    ]
    assert (1200000, "GBP") in {(f.value, f.unit) for f in item.figures}
    assert [(a.due, a.kind) for a in item.actions] == [("2024-07-18", "report")]


def test_surname_lists_and_title_first_officers_inline(nlp):
    m = _meeting(nlp, AUDIT_TITLE_FIRST)
    assert (m.body, m.date) == ("Audit and Governance Committee", "2024-02-21")
    assert [a.name for a in m.present] == ["Fairbairn", "Ashdown", "Castellan", "Okafor", "Varley"]
    assert _people(m.officers) == [("M Quennell", "Chief Finance Officer"), ("S Brannigan", "Internal Audit Manager")]
    item = _item(m, "8")
    assert [(q.asker, q.answered_by) for q in item.questions] == [("Councillor Castellan", ["S Brannigan"])]
    r = item.resolutions[0]
    assert r.text == "the report be noted" and r.outcome == "carried"
    assert r.votes is not None and (r.votes.for_, r.votes.against, r.votes.abstain) == (5, 0, 0)
    # the Chief Finance Officer is named in the officers' list
    assert [(a.owner, a.kind) for a in item.actions] == [("M Quennell", "briefing")]


def test_scottish_layout_attending_and_intimated_apologies(nlp):
    m = _meeting(nlp, SCOTTISH)
    assert (m.body, m.date, m.time) == ("EDUCATION COMMITTEE", "2024-03-07", "10:30")
    assert _people(m.present) == [("Isla Merrow", "Provost"), ("Councillor Fraser Okafor", None),  # office out of the name
                                  ("Councillor Morag Varley", None), ("Councillor Hamish Quennell", None)]
    assert _people(m.officers) == [("Ewan Castellan", "Executive Director of Education"),
                                   ("Catriona Treloar", "Head of Legal Services")]
    assert _people(m.apologies) == [("Councillor Alasdair Ramsay", None)]
    item = _item(m, "2")
    # "3 members voted for the amendment and 5 for the motion": vote counts, not figures
    assert {(f.value, f.unit) for f in item.figures} == {(14, "count"), (52, "count"), (60, "percent")}


@pytest.mark.xfail(strict=True, reason="a motion and an amendment in one paragraph: the decision takes the "
                   "amendment's 'be deferred' as its outcome and the motion's mover is not read from "
                   "'X, seconded by Y, moved that'; needs motion/amendment pairing in motions.py")
def test_scottish_motion_and_amendment(nlp):
    item = _item(_meeting(nlp, SCOTTISH), "2")
    decision = next(r for r in item.resolutions if "agreed the recommendations" in r.text)
    assert decision.outcome == "carried"
    assert (decision.mover, decision.seconder) == ("Councillor Morag Varley", "Councillor Hamish Quennell")


def test_welsh_style_panel_employees_and_requests(nlp):
    m = _meeting(nlp, SCRUTINY_PANEL)
    assert (m.body, m.date) == ("Environment Scrutiny Panel", "2024-05-15")
    assert _people(m.present) == [("Cllr Anya Lindqvist", "Chair"), ("Cllr Ben Fairbairn", None), ("Cllr Carys Moyo", None)]
    assert _people(m.officers) == [("Daniel Brannigan", "Head of Waste Services"), ("Efa Castellan", "Scrutiny Officer")]
    assert _people(m.apologies) == [("Cllr Gareth Wren", None)]
    item = _item(m, "3")
    assert [(q.asker, q.answered_by) for q in item.questions] == [("Cllr Ben Fairbairn", ["Daniel Brannigan"])]
    assert {(f.value, f.measure) for f in item.figures} == {
        (2340, "fly-tipping incidents"), (45, "fixed penalty notices"), (6, "successful prosecutions")}
    assert [(r.label, r.text) for r in item.resolutions] == [
        ("1", "the report be noted"),
        ("2", "the Panel's comments be forwarded to the Cabinet Member for Environment"),
    ]
    # "The Panel asked that an update ... be provided": a request for action, due end of month
    assert ("2024-09-30", "in September 2024") in {(a.due, a.due_text) for a in item.actions}


def test_decision_record_role_only_mentions_resolve_to_named_holders(nlp):
    m = _meeting(nlp, DECISION_RECORD)
    assert _people(m.present) == [("Councillor Hugo Varley", "Executive Member for Transport")]
    item = _item(m, "1")
    assert item.title == "Residents' Parking Scheme, Elm Grove"
    # "The Executive Member asked ... The Head of Highways replied"
    assert [(q.asker, q.answered_by) for q in item.questions] == [("Councillor Hugo Varley", ["Nadia Quennell"])]
    assert {(f.value, f.unit) for f in item.figures} == {(212, "count"), (64, "percent")}
    assert [r.text for r in item.resolutions] == ["the Residents' Parking Scheme for Elm Grove be implemented as advertised"]
    assert [(a.owner, a.due, a.kind) for a in item.actions] == [("Head of Highways", "2024-09-30", "report")]


def test_decision_record_date_label(nlp):
    assert _meeting(nlp, DECISION_RECORD).date == "2024-06-12"


def test_action_deadlines_are_not_figures(nlp):
    """The deadline of a commitment ("undertook to ... within 14 days", "a report be
    brought ... in six months") is the action's due date, not a reported duration."""
    planning = _item(_meeting(nlp, PLANNING_MINUTE_NO), "13")
    board = _item(_meeting(nlp, WELLBEING_BOARD), "5")
    assert planning.figures == []
    assert (6, "months") not in {(f.value, f.unit) for f in board.figures}


def test_full_council_mayor_notice_of_motion_and_public_questions(nlp):
    m = _meeting(nlp, FULL_COUNCIL)
    assert (m.body, m.date, m.time) == ("Council", "2023-09-25", "19:00")
    assert _people(m.present)[0] == ("Councillor Lena Castellan", "Mayor")
    assert len(m.present) == 7
    # "45.1" and "45.2" number paragraphs of item 45; they are not items
    assert [(i.number, i.title) for i in m.items] == [
        ("45", "NOTICE OF MOTION - SPEED LIMITS"), ("46", "QUESTIONS FROM MEMBERS OF THE PUBLIC")]
    motion = _item(m, "45").resolutions
    assert len(motion) == 1
    r = motion[0]
    assert r.text == "This Council calls on the Cabinet to introduce 20 mph limits in all residential streets"
    assert (r.mover, r.seconder, r.outcome) == ("Councillor Okafor", "Councillor Treloar", "lost")
    assert r.votes is not None and (r.votes.for_, r.votes.against) == (3, 4)
    public = _item(m, "46")
    q = public.questions[0]
    assert q.text.startswith("Mr Roland Pike asked the Leader of the Council what steps")
    assert (q.asker, q.answered_by) == ("Mr Roland Pike", ["Councillor Ashdown"])
    assert ("Councillor Ashdown", "Leader of the Council") in {(s.name, s.role) for s in public.speakers}


def test_item_colon_headings_dotted_initials_and_next_meeting_printed_in_passing(nlp):
    m = _meeting(nlp, SCRUTINY_ITEM_COLONS)
    assert (m.body, m.date) == ("Corporate Resources Overview and Scrutiny Committee", "2024-07-03")
    assert _people(m.present)[0] == ("A. Penrose", "Chair")
    assert [(i.number, i.title) for i in m.items] == [("5", "Budget Monitoring Quarter 1"), ("6", "Work Programme")]
    budget = _item(m, "5")
    assert [q.text for q in budget.questions] == ["Cllr. Hallam queried the overspend in children's services."]
    assert {(f.value, f.unit) for f in budget.figures} == {(1500000, "GBP"), (10, "percent")}
    actions = {a.text: a for a in budget.actions}
    # "the next meeting on 12 September 2024" dates every "next meeting" in the minutes
    circulate = actions["Officers were asked to circulate the recovery plan to members before the next meeting"]
    assert (circulate.owner, circulate.due) == ("Officers", "2024-09-12")
    write = next(a for a in budget.actions if a.text.startswith("the Chair would write"))
    assert write.owner == "A. Penrose"  # the Chair, named in the attendance list
    wp = _item(m, "6").actions
    assert [(a.due, a.due_text, a.kind) for a in wp] == [("2024-11-30", "for November", "work_programme")]
