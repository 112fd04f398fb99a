"""A third round of invented minutes: decisions, actions, figures and questions.

Shapes held-out councils plausibly print and the development corpus lacks: "RESOLVED –"
with an en dash, "It was RESOLVED that:" over lettered clauses, "Members NOTED" and
"The Committee AGREED" in capitals, a ModernGov "Decision:" under a one-line
"Proposed: ...; Seconded: ...; Vote: ..." record, a recorded vote with the counts in
brackets, "Action:" lines and "ACTION – <owner>" tags, deadlines with a weekday or a
quarter, money with k/m/million, and "Q1: ... / A: ..." public questions. Every passage
is invented (councils, people and numbers); expected values were read off the passage
by hand, following the extraction spec.
"""

from __future__ import annotations

from invented import item as _item, meeting as _meeting


# ----------------------------------------------------------------------------- passages

ASSETS = """\
Bramcote Vale District Council

Minutes of the Policy and Resources Committee held on Tuesday 12 November 2024 at 6.30 pm in the Council Chamber, Vale House

Present: Councillors P Harrowby (Chair), Q Lindfield, R Mosscrop, S Nettleford and T Orrell

Officers: U Pembury (Head of Finance), V Quarrington (Estates Manager)

51. MINUTES

RESOLVED – That the minutes of the meeting held on 8 October 2024 be approved as a correct record.

52. ASSET DISPOSALS

The Estates Manager presented the report.

It was RESOLVED that:
(a) the disposal of the former depot at Kiln Street be approved;
(b) the Estates Manager be authorised to agree the final terms of the sale; and
(c) a report on the use of the capital receipt be brought to the Committee in March 2025.
"""

FEES_DECISION = """\
Agenda item

Minute No. 73 Fees and Charges 2025/26

Minutes:

The Head of Finance introduced the report, which proposed increases raising an additional £350k in 2025/26. Discretionary charges would rise by 4.9%.

Proposed: Cllr Wendell Ashgrove; Seconded: Cllr Yvette Brackley; Vote: For 7, Against 2, Abstain 1 – CARRIED

Decision:

To approve the fees and charges for 2025/26 as set out in Appendix A.
"""

CALL_IN = """\
CORPORATE SCRUTINY COMMITTEE

Minutes of the meeting held on Wednesday 4 December 2024 at 10.00 am in Committee Room 3, Fenwick House

Present: Councillor Alys Corrigan (Chair), Councillor Bryn Dolwen, Councillor Cerys Elphin, Councillor Dafydd Ffrancon, Councillor Eirlys Gwenallt

7. QUARTER 2 PERFORMANCE REPORT

The Performance Manager presented the report. Members NOTED the report.

8. CALL-IN: CLOSURE OF HILLTOP DAY CENTRE

Councillor Dolwen moved that the decision be referred back to Cabinet for reconsideration. This was seconded by Councillor Elphin. A recorded vote was taken:

For (2): Councillors Dolwen and Elphin
Against (3): Councillors Corrigan, Ffrancon and Gwenallt
Abstentions (0): None

The motion was LOST.

The Committee AGREED to take no further action on the call-in.
"""

PARISH_ACTIONS = """\
Oakhurst Parish Council

Minutes of the meeting of Oakhurst Parish Council held on Monday 18 November 2024 at 7.30 pm in the Memorial Hall

Present: Cllr G Hetherington (Chair), Cllr H Ibbotson, Cllr J Kersey, Cllr L Mallender
In attendance: Mrs M Northcott (Clerk)

24/88 Highways and Footpaths
The footway on Station Road remained in poor condition.
Action: Clerk to write to the County Highways Officer by 31 January.
Cllr Kersey agreed to inspect the bus shelter before the next meeting.
ACTION – Cllr Kersey

24/89 Finance
The Clerk reported that the balance at 31 October was £41,250. It was agreed that the Clerk would obtain quotes for the churchyard wall and report back within 28 days.

24/90 Date of next meeting
Monday 20 January 2025 at 7.30 pm.
"""

AUDIT_DEADLINES = """\
Minutes of the Audit and Standards Committee held on Thursday 14 November 2024 at 2.00 pm

Present: Councillor Rhoda Templeby (Chair), Councillor Silas Upfield, Councillor Tamsin Verrall

Also present: Nadia Wexcombe, Chief Internal Auditor; Owain Yelland, Head of Finance

6. Internal Audit Progress

The Chief Internal Auditor reported that 14 of 31 planned audits had been completed.
The Chair asked officers to circulate the updated audit plan before the next meeting.
The Head of Finance undertook to provide a breakdown of the overspend by Friday 6 December.
The Chief Internal Auditor agreed to complete the follow-up review by the end of Q3.

Date of next meeting: 23 January 2025
"""

BUDGET_FIGURES = """\
Finance and Performance Scrutiny Panel

Minutes - 21 November 2024

5. Revenue Budget Monitoring

The Director of Resources reported an overspend of £640,000 against a budget of £12.3m, mainly in adult social care. Capital spending of £2.5 million had been reprofiled and a further £1.2m was held in contingency. Savings of £350k had been identified for next year.

Members heard that 3,200 households now received council tax support, a 4.9% increase on last year, and that 12 FTE posts remained vacant.
"""

CABINET_QA = """\
CABINET

Minutes of the meeting held on Wednesday 27 November 2024 at 10.00 am

Present: Councillor Ingrid Halloran (Leader of the Council), Councillor Jasper Keble (Cabinet Member for Environment), Councillor Kezia Lumb

Also present: Councillor Lorcan Mabry

4. Questions from Members of the Public

Q1: Ms Nerys Osgood asked when the Ferry Lane recycling site would reopen.
A: The Cabinet Member for Environment replied that the site would reopen following resurfacing works.

Q2: Mr Piran Quick asked how many trees had been planted in the borough this year.
A: The Leader replied that 1,450 trees had been planted.

5. Waste Strategy

In response to a question from Councillor Mabry, the Director of Environment said that food waste collections would begin in April. Councillor Lumb queried whether the new vehicles had been ordered; officers confirmed that they had.

6. Written Questions

Question from Mr Vernon Oakes to the Cabinet Member for Environment:
Will the Council reinstate the Sunday collection of garden waste?

Response from Councillor Keble:
The service is being reviewed and no decision has yet been taken.
"""

AGREED_BULLETS = """\
Minutes of the Children's Services Scrutiny Panel held on Monday 9 December 2024

Present: Councillor Wilf Ashbury (Chair), Councillor Xenia Bellerby, Councillor Yorick Carne

3. Foster Carer Recruitment

The Head of Fostering presented the report.

Agreed:
• to note the report;
• to ask the Head of Fostering to bring a progress report to the March meeting.
"""

RESOLVED_UNANIMOUSLY_BRACKETS = """\
Minutes of the Licensing Committee held on Thursday 5 December 2024

Present: Councillor Zara Denholme (Chair), Councillor Abel Eskdale, Councillor Bea Fellgate

2. Taxi Licensing Policy

The Licensing Manager presented the revised policy. Councillor Eskdale moved, and Councillor Fellgate seconded, that the policy be adopted.

RESOLVED (unanimously) – That the revised Taxi Licensing Policy be adopted with effect from 1 April 2025.
"""


RESOURCES_TAGS = """\
Minutes of the Resources Committee held on Tuesday 10 December 2024 at 7.00 pm

Present: Councillor Hal Brinscombe (Chair), Councillor Ida Corrow, Councillor Jem Dunsop

Officers: Kit Elmsworth (Head of Finance), Lou Farrowby (Democratic Services Officer)

4. Treasury Management Mid-Year Review

The Head of Finance presented the report. A breakdown of investment returns by fund would be circulated to members.
ACTION – Head of Finance

Decision: To note the mid-year review.

5. Member Questions

Councillor Corrow asked the Chair whether the committee could visit the new depot. The Chair agreed to arrange a visit in the new year.

A question was received from Mr Noel Gatcombe regarding parking charges at the leisure centre. The Head of Finance responded that charges were under review.

6. Treasury Strategy

It was proposed by Councillor Dunsop, seconded by Councillor Corrow, and RESOLVED by 5 votes to 2 that the Treasury Management Strategy be recommended to Council for approval.

The Committee also considered the Capital Strategy and AGREED:
1. to recommend the Capital Strategy to Council; and
2. that the Head of Finance report quarterly on capital spend.
"""


PLANNING_RECORD_LINES = """\
Minutes of the Planning Committee held on Wednesday 11 December 2024 at 6.00 pm

Present: Councillor Mabel Gorrick (Chair), Councillor Ned Hallam, Councillor Olive Ingram, Councillor Pip Jessop

Officers: Quentin Kell (Planning Manager)

3. 24/01234/FUL - Land off Orchard Way

The Planning Manager presented the application for 65 dwellings, including 22 affordable homes.

Proposed: Councillor Hallam
Seconded: Councillor Ingram
For: 5  Against: 1  Abstentions: 0

RESOLVED – that planning permission be granted subject to a Section 106 agreement.

4. Enforcement Update

Members NOTED the update. The Planning Manager was asked to provide a list of outstanding enforcement cases to all members within 14 days.

The Chair requested that the Planning Manager bring a report on appeal performance to the February 2025 meeting.

5. Public Question Time

Mrs Rowena Lister asked why the consultation period had been only 21 days. The Planning Manager explained that this was the statutory minimum.
"""


# -------------------------------------------------------------------------------- tests


def test_en_dash_resolved_and_it_was_resolved_over_lettered_clauses(nlp):
    m = _meeting(nlp, ASSETS)
    assert [i.number for i in m.items] == ["51", "52"]
    assert [(r.label, r.text) for r in _item(m, "51").resolutions] == [
        (None, "the minutes of the meeting held on 8 October 2024 be approved as a correct record")]
    assets = _item(m, "52")
    assert [(r.label, r.text) for r in assets.resolutions] == [
        ("a", "the disposal of the former depot at Kiln Street be approved"),
        ("b", "the Estates Manager be authorised to agree the final terms of the sale"),
        ("c", "a report on the use of the capital receipt be brought to the Committee in March 2025"),
    ]
    # (b) delegates to the Estates Manager (named in the officers' list); (c) asks for a report
    acts = {(a.owner, a.due, a.kind) for a in assets.actions}
    assert acts == {("V Quarrington", None, "other"), (None, "2025-03-31", "report")}
    assert assets.figures == []


def test_proposed_seconded_vote_line_over_moderngov_decision(nlp):
    [item] = _meeting(nlp, FEES_DECISION).items
    assert (item.number, item.title) == ("73", "Fees and Charges 2025/26")
    [r] = item.resolutions
    assert r.text == "To approve the fees and charges for 2025/26 as set out in Appendix A"
    assert (r.mover, r.seconder, r.outcome) == ("Cllr Wendell Ashgrove", "Cllr Yvette Brackley", "carried")
    assert r.votes is not None and (r.votes.for_, r.votes.against, r.votes.abstain) == (7, 2, 1)
    # the vote counts are not figures
    assert {(f.value, f.unit) for f in item.figures} == {(350_000, "GBP"), (4.9, "percent")}


def test_members_noted_and_committee_agreed_in_capitals(nlp):
    m = _meeting(nlp, CALL_IN)
    assert [r.text for r in _item(m, "7").resolutions] == ["Members NOTED the report"]
    assert [r.text for r in _item(m, "8").resolutions][-1] == \
        "The Committee AGREED to take no further action on the call-in"


def test_recorded_vote_with_bracketed_counts_and_seconder_in_next_sentence(nlp):
    call_in = _item(_meeting(nlp, CALL_IN), "8")
    motion = call_in.resolutions[0]
    assert motion.text == "the decision be referred back to Cabinet for reconsideration"
    assert (motion.mover, motion.seconder, motion.outcome) == (
        "Councillor Bryn Dolwen", "Councillor Cerys Elphin", "lost")
    assert motion.votes is not None and (motion.votes.for_, motion.votes.against, motion.votes.abstain) == (2, 3, 0)
    assert len(call_in.resolutions) == 2
    assert call_in.figures == []  # "(2)", "(3)", "(0)" are vote counts
    assert call_in.actions == []  # "take no further action" asks nobody to do anything


def test_action_lines_owner_tags_and_deadlines_without_year(nlp):
    m = _meeting(nlp, PARISH_ACTIONS)
    assert [i.number for i in m.items] == ["24/88", "24/89", "24/90"]
    clerk = {"Clerk", "the Clerk", "Mrs M Northcott"}
    highways = _item(m, "24/88").actions
    # "ACTION – Cllr Kersey" tags the sentence above it: no second action
    assert len(highways) == 2
    write, inspect = highways
    assert write.text == "Clerk to write to the County Highways Officer by 31 January"
    assert write.owner in clerk
    # 31 January after a November meeting is next year's
    assert (write.due, write.due_text) == ("2025-01-31", "by 31 January")
    assert inspect.text.startswith("Cllr Kersey agreed to inspect the bus shelter")
    assert inspect.owner == "Cllr J Kersey"
    assert inspect.due == "2025-01-20"  # "the next meeting", whose date item 24/90 prints
    finance = _item(m, "24/89")
    [quotes] = finance.actions
    assert quotes.owner in clerk and quotes.kind == "report"
    assert quotes.due == "2024-12-16"  # 18 November + 28 days
    assert (41_250, "GBP") in {(f.value, f.unit) for f in finance.figures}
    assert 31 not in {f.value for f in finance.figures}  # "31 October" is a date


def test_requests_and_undertakings_with_weekday_and_quarter_deadlines(nlp):
    m = _meeting(nlp, AUDIT_DEADLINES)
    item = _item(m, "6")
    acts = item.actions
    assert len(acts) == 3
    circulate, breakdown, review = acts
    assert (circulate.owner, circulate.due, circulate.kind) == ("officers", "2025-01-23", "information")
    assert breakdown.owner == "Owain Yelland"  # the Head of Finance, named in the attendance list
    assert (breakdown.due, breakdown.due_text) == ("2024-12-06", "by Friday 6 December")
    assert breakdown.kind == "information"
    assert review.owner == "Nadia Wexcombe"
    assert review.due is None  # "by the end of Q3": a quarter, not a printed day or month
    assert {(f.value, f.unit) for f in item.figures} == {(14, "count"), (31, "count")}


def test_money_with_multipliers_percentages_and_counts(nlp):
    item = _item(_meeting(nlp, BUDGET_FIGURES), "5")
    assert {(f.value, f.unit) for f in item.figures} == {
        (640_000, "GBP"), (12_300_000, "GBP"), (2_500_000, "GBP"), (1_200_000, "GBP"), (350_000, "GBP"),
        (3_200, "count"), (4.9, "percent"), (12, "count")}
    measures = {f.value: f.measure for f in item.figures}
    assert measures[3_200] == "households" and measures[12] == "FTE posts"


def test_q_colon_public_questions_and_named_and_anonymous_answers(nlp):
    m = _meeting(nlp, CABINET_QA)
    public = _item(m, "4")
    assert [(q.asker, q.answered_by) for q in public.questions] == [
        ("Ms Nerys Osgood", ["Councillor Jasper Keble"]),
        ("Mr Piran Quick", ["Councillor Ingrid Halloran"]),
    ]
    # "Q1:" numbers the question; it is not part of it
    assert public.questions[0].text == "Ms Nerys Osgood asked when the Ferry Lane recycling site would reopen."
    assert [(f.value, f.unit) for f in public.figures] == [(1_450, "count")]
    waste = _item(m, "5")
    assert [(q.asker, q.answered_by) for q in waste.questions] == [
        ("Councillor Lorcan Mabry", ["Director of Environment"]),
        ("Councillor Kezia Lumb", []),  # "officers confirmed": nobody named answers
    ]
    assert waste.questions[1].text.startswith("Councillor Lumb queried whether the new vehicles had been ordered")
    # a question announced on its own line: the text is the question printed under it
    [written] = _item(m, "6").questions
    assert written.text == "Will the Council reinstate the Sunday collection of garden waste?"
    assert written.asker == "Mr Vernon Oakes" and written.answered_by == ["Councillor Jasper Keble"]
    assert written.addressee in {"Cabinet Member for Environment", "Councillor Jasper Keble"}


def test_agreed_over_bulleted_clauses(nlp):
    item = _item(_meeting(nlp, AGREED_BULLETS), "3")
    assert [(r.label, r.text) for r in item.resolutions] == [
        (None, "to note the report"),
        (None, "to ask the Head of Fostering to bring a progress report to the March meeting"),
    ]
    [a] = item.actions
    assert (a.owner, a.kind) == ("the Head of Fostering", "report")
    assert a.due is None  # "the March meeting": its date is not printed


def test_resolved_with_bracketed_unanimously_and_proposed_seconded_before(nlp):
    item = _item(_meeting(nlp, RESOLVED_UNANIMOUSLY_BRACKETS), "2")
    [r] = item.resolutions
    assert r.text == "the revised Taxi Licensing Policy be adopted with effect from 1 April 2025"
    assert r.outcome == "unanimous"
    assert (r.mover, r.seconder) == ("Councillor Abel Eskdale", "Councillor Bea Fellgate")


def test_owner_tag_by_office_received_question_and_mid_line_agreed_list(nlp):
    m = _meeting(nlp, RESOURCES_TAGS)
    treasury = _item(m, "4")
    assert [r.text for r in treasury.resolutions] == ["To note the mid-year review"]
    # "ACTION – Head of Finance" names the owner of the sentence above; it is no action itself
    [a] = treasury.actions
    assert a.text == "A breakdown of investment returns by fund would be circulated to members"
    assert a.owner in {"Head of Finance", "Kit Elmsworth"} and a.kind == "information"
    questions = _item(m, "5").questions
    assert [(q.asker, q.answered_by) for q in questions] == [
        ("Councillor Ida Corrow", ["Councillor Hal Brinscombe"]),
        ("Mr Noel Gatcombe", ["Kit Elmsworth"]),  # "A question was received from ..."
    ]
    strategy = _item(m, "6")
    res = strategy.resolutions
    assert [(r.label, r.text) for r in res] == [
        (None, "the Treasury Management Strategy be recommended to Council for approval"),
        ("1", "to recommend the Capital Strategy to Council"),
        ("2", "the Head of Finance report quarterly on capital spend"),
    ]
    assert (res[0].mover, res[0].seconder, res[0].outcome) == ("Councillor Jem Dunsop", "Councillor Ida Corrow", "carried")
    assert res[0].votes is not None and (res[0].votes.for_, res[0].votes.against) == (5, 2)
    # the motion two lines up belongs to the first decision, not to the list agreed after it
    assert (res[1].mover, res[1].votes) == (None, None)
    assert [(a.owner, a.kind) for a in strategy.actions] == [("Kit Elmsworth", "report")]
    assert strategy.figures == []


def test_proposer_seconder_and_counts_on_three_lines_before_resolved(nlp):
    m = _meeting(nlp, PLANNING_RECORD_LINES)
    app = _item(m, "3")
    [r] = app.resolutions
    assert r.text == "planning permission be granted subject to a Section 106 agreement"
    assert (r.mover, r.seconder) == ("Councillor Ned Hallam", "Councillor Olive Ingram")
    assert r.votes is not None and (r.votes.for_, r.votes.against, r.votes.abstain) == (5, 1, 0)
    assert {(f.value, f.unit) for f in app.figures} == {(65, "count"), (22, "count")}
    enforcement = _item(m, "4")
    assert [r.text for r in enforcement.resolutions] == ["Members NOTED the update"]
    # the Planning Manager is named in the officers' list; "the February 2025 meeting" has no printed date
    assert [(a.owner, a.due, a.kind) for a in enforcement.actions] == [
        ("Quentin Kell", "2024-12-25", "information"), ("Quentin Kell", None, "report")]
    [q] = _item(m, "5").questions
    assert (q.asker, q.answered_by) == ("Mrs Rowena Lister", ["Quentin Kell"])


def test_unseconded_motion_after_a_decision_is_neither_a_decision_nor_its_outcome(nlp):
    m = _meeting(nlp, "Minutes of the Housing Panel held on Monday 2 December 2024\n\n3. Damp and Mould\n\n"
                      "The Panel thanked officers for the report and AGREED that it should be shared with tenants' groups.\n"
                      "Councillor Rowse moved that the item be deferred. There was no seconder and the motion fell.\n")
    [r] = _item(m, "3").resolutions
    assert r.text == "it should be shared with tenants' groups"
    assert r.outcome is None  # "be deferred" belongs to the motion that fell
