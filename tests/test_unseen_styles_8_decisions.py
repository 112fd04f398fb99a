"""An eighth round of invented minutes, for resolutions and actions (issue 12, unseen bodies).

Motion records printed under the motion, one line each ("Motion: To adopt the agenda." /
"Proposer: A (id)" / "Seconder: B" / "The motion was carried.", or "MOTION: That ..." /
"Moved by:" / "Seconded by:" / "VOTE: All in favour"), as non-governmental boards print
them: the motion line was not read by the rules, and the lines under it became records of
their own ("The motion was carried", "VOTE: All in favour") holding the mover and seconder.
Two such motions alike in words ("the January minutes", "the February minutes") were
merged into one. A decision followed by "Proposed by A, seconded by B, all in favour."
made a second record "all in favour"; club minutes ending a motion's line with a slash
pair ("– Ana/Ben, carried.", ". Ana Lobo/Ben Rudd") lost the mover and seconder; a given
name alone ("Ana") now becomes the one person of the list with that first name.

US township motions: "A moved to approve the agenda. B supported." (a seconding in
Michigan), "Second by B." as its own sentence, "Motion to pay the bills, by A. second by
B.", "A motioned to approve ...", "Motion was made and seconded to postpone ..." were
missed by the rules, or kept the seconder's words in the text.

"RESOLVED [12/25] (Wrenfield/Dunsmere) that ..." (a code in square brackets before the
mover/seconder pair, as New South Wales councils print them) kept the code and the pair in
the text and named nobody.

"Voice vote taken. Motion carried." after a motion, and "Ayes: A, B, and C.  Nays: None.
Absent: D.  Motion carried." on one line, left the outcome empty (and the second counted
every name to the end of the line as a yes).

Minutes approved in the minutes' own words after an item number or a run-in topic, or
after a reading verb ("1955  Minutes of the meeting ... were approved and signed by the
Chair", "Minutes: Minutes of the AGM were read, approved, and signed off", "The minutes from
the March meeting were reviewed and accepted without dissent") were not read as decisions.

Orders to pay or move money ("Motion to pay the bills as presented made by A",
"it was motioned by A, seconded by B to transfer $4,000 ...") are resolutions that are also
actions (the spec: a resolution that requests an action is also one); they were not.

Action owners: a commitment whose owner is the subject of its own clause ("it was agreed
the Clerk would talk to the contractor", "the Library Director will draft a policy",
"Hall booking / TB to confirm the date") came out without an owner whenever the reader
that found it (often the classifier) named none. A club's bullet list of follow-ups with the doer's given name after a gap at the line's
end ("•  Order new club vests  Casimir") gave actions without owners.

Every passage is invented (bodies,
people, places and dates); expected values were read off the passages by hand, following
the extraction spec and the annotation guidelines.
"""

from __future__ import annotations

import pytest

from invented import item as _item, meeting as _meeting, rules_only

_RETRAINED_7 = ("the models retrained in the seventh session on 535 train documents (the 210-document seventh-session supplement added) misread this invented passage; the models trained before read it. Strict: passes again when a rule or feature makes the shape exact whatever the model says")



@pytest.fixture(scope="module")
def rules_nlp():
    return rules_only("minutes_resolutions")


RADIO = """\
Harbourline Community Radio Society
Minutes of the Board of Directors meeting held on 14 March 2024

Present: Marguerite Ashcombe (President), Tobias Wrenfield, Casimir Dunsmere, Tamsin Brackley

3. Review of the Agenda
Motion: To adopt the agenda as circulated.
Proposer: Tobias Wrenfield (tw114)
Seconder: Casimir Dunsmere (cd207)
The motion was carried.

4. Minutes of the Previous Meetings
MOTION: That the January 2024 minutes be adopted as
amended.
Moved by: Casimir Dunsmere (cd207)
Seconded by: Tamsin Brackley (tb311)
VOTE: Tobias Wrenfield abstained (not at that meeting),
otherwise all were in favour
MOTION: That the February 2024 minutes be
adopted.
Moved by: Tobias Wrenfield
Seconded by: Tamsin Brackley (tb311)
VOTE: All in favour
"""

CLUB = """\
Elmsworth Harriers Running Club
Minutes of the committee meeting held on 2 October 2024

Present: Ingrid Halvorsen (Chair), Orrin Pellbrook, Tamsin Brackley, Casimir Dunsmere

5. Finance
Moved that the payments listed in the treasurer's report be approved – Orrin/Tamsin, carried.
It was moved that the quarterly statement be accepted as a true record. Casimir Dunsmere/Orrin Pellbrook

6. Minutes
The minutes of the meeting held on 4 September were approved and signed by the Chair. Proposed by Tamsin Brackley, seconded by Casimir Dunsmere, all in favour.
"""


TOWNSHIP = """\
Brackley Township Board
Minutes of the regular meeting held on May 4, 2021

Present: Supervisor Halvorsen, Clerk Pellbrook, Treasurer Dunsmere, Trustees Wrenfield and Ashcombe

1. Agenda
Wrenfield moved to approve the agenda as presented. Ashcombe supported. Motion Carried.

2. Bills
Motion to pay the bills as presented, by Dunsmere. second by Wrenfield. Motion carried.

3. Old Business
Supervisor Halvorsen made a motion to table the fence quote until the June meeting. Second by Trustee Ashcombe. Motion Carried.
Trustee Wrenfield motioned to approve the cemetery mowing contract. Trustee Ashcombe seconded the motion.

4. Election of Officers
Motion was made and seconded to postpone this item until the next meeting. Motion passed unanimously.
"""


def _decisions(m, number: str) -> list[tuple[str, str | None, str | None, str | None]]:
    return [(r.text, r.mover, r.seconder, r.outcome) for r in _item(m, number).resolutions]


@pytest.mark.parametrize("mode", ["shipped", "rules"])
def test_motion_line_with_its_record_below(nlp, rules_nlp, mode) -> None:
    m = _meeting(nlp if mode == "shipped" else rules_nlp, RADIO)
    assert _decisions(m, "3") == [
        ("To adopt the agenda as circulated", "Tobias Wrenfield", "Casimir Dunsmere", "carried")], _decisions(m, "3")


@pytest.mark.parametrize("mode", ["shipped", "rules"])
def test_wrapped_motions_alike_in_words_stay_two_with_their_own_movers(nlp, rules_nlp, mode) -> None:
    m = _meeting(nlp if mode == "shipped" else rules_nlp, RADIO)
    assert _decisions(m, "4") == [
        ("the January 2024 minutes be adopted as amended", "Casimir Dunsmere", "Tamsin Brackley", "unanimous"),
        ("the February 2024 minutes be adopted", "Tobias Wrenfield", "Tamsin Brackley", "unanimous"),
    ], _decisions(m, "4")


@pytest.mark.parametrize("mode", ["shipped", "rules"])
def test_proposed_and_seconded_sentence_after_a_decision_is_how_it_was_made(nlp, rules_nlp, mode) -> None:
    m = _meeting(nlp if mode == "shipped" else rules_nlp, CLUB)
    assert _decisions(m, "6") == [
        ("The minutes of the meeting held on 4 September were approved and signed by the Chair",
         "Tamsin Brackley", "Casimir Dunsmere", "unanimous")], _decisions(m, "6")


@pytest.mark.parametrize("mode", ["shipped", "rules"])
def test_slash_pair_ending_a_motion_line_names_mover_and_seconder(nlp, rules_nlp, mode) -> None:
    m = _meeting(nlp if mode == "shipped" else rules_nlp, CLUB)
    got = {text: (mover, seconder, outcome) for text, mover, seconder, outcome in _decisions(m, "5")}
    payments = got.get("the payments listed in the treasurer's report be approved")
    # given names alone become the attendance list's full names (guidelines, "Titles used as honorifics")
    assert payments == ("Orrin Pellbrook", "Tamsin Brackley", "carried"), got
    assert got.get("the quarterly statement be accepted as a true record") == (
        "Casimir Dunsmere", "Orrin Pellbrook", None), got

def _surnames(decisions) -> list[tuple[str, str | None, str | None, str | None]]:
    """(text, mover's surname, seconder's surname, outcome): titles and given names vary
    with how the attendance list is read, the surname is what the minutes print."""
    return [(t, mv.split()[-1] if mv else None, sc.split()[-1] if sc else None, o) for t, mv, sc, o in decisions]


@pytest.mark.parametrize("mode", ["shipped", "rules"])
def test_township_motions_seconded_by_support_or_a_second_sentence(nlp, rules_nlp, mode) -> None:
    m = _meeting(nlp if mode == "shipped" else rules_nlp, TOWNSHIP)
    assert _surnames(_decisions(m, "1")) == [
        ("to approve the agenda as presented", "Wrenfield", "Ashcombe", "carried")], _decisions(m, "1")
    assert _surnames(_decisions(m, "2")) == [
        ("to pay the bills as presented", "Dunsmere", "Wrenfield", "carried")], _decisions(m, "2")
    assert _surnames(_decisions(m, "3")) == [
        ("to table the fence quote until the June meeting", "Halvorsen", "Ashcombe", "carried"),
        ("to approve the cemetery mowing contract", "Wrenfield", "Ashcombe", None),
    ], _decisions(m, "3")


@pytest.mark.parametrize("mode", ["shipped", "rules"])
def test_motion_made_and_seconded_names_nobody(nlp, rules_nlp, mode) -> None:
    m = _meeting(nlp if mode == "shipped" else rules_nlp, TOWNSHIP)
    assert _decisions(m, "4") == [
        ("to postpone this item until the next meeting", None, None, "unanimous")], _decisions(m, "4")


BILLS = """\
Brackley Township Board
Minutes of the regular meeting held on May 4, 2021

Present: Supervisor Halvorsen, Clerk Pellbrook, Treasurer Dunsmere, Trustees Wrenfield and Ashcombe

2. Bills
Treasurer Dunsmere presented the list of bills. Motion to pay the bills as presented made by Wrenfield, seconded by Ashcombe. Motion carried.
After a short discussion it was motioned by Dunsmere, seconded by Wrenfield to transfer $4,000 to the General account. Motion carried.
"""


@pytest.mark.parametrize("mode", ["shipped", "rules"])
def test_orders_to_pay_or_transfer_money_are_resolutions_and_actions(nlp, mode) -> None:
    """Both motions are resolutions; the transfer is also an action, but paying the bills
    as presented is the payment run, a resolution only (GUIDELINES Hard cases "Approving
    payments", decided in the seventh session)."""
    m = _meeting(nlp if mode == "shipped" else rules_only("minutes_resolutions", "minutes_actions"), BILLS)
    assert _surnames(_decisions(m, "2")) == [
        ("to pay the bills as presented", "Wrenfield", "Ashcombe", "carried"),
        ("to transfer $4,000 to the General account", "Dunsmere", "Wrenfield", "carried"),
    ], _decisions(m, "2")
    assert [a.text for a in _item(m, "2").actions] == [
        "to transfer $4,000 to the General account"], _item(m, "2").actions


CODED = """\
Brindlecombe County Council
Minutes of the Ordinary Meeting held 12 March 2025

Present: Cr Halvorsen (Chair), Cr Wrenfield, Cr Dunsmere, Cr Ashcombe

1. Confirmation of Minutes
RESOLVED [12/25] (Wrenfield/Dunsmere) that the Minutes of the meeting held 12 February 2025 be confirmed as presented.
"""


@pytest.mark.parametrize("mode", ["shipped", "rules"])
def test_bracketed_code_then_mover_seconder_pair_after_resolved(nlp, rules_nlp, mode) -> None:
    m = _meeting(nlp if mode == "shipped" else rules_nlp, CODED)
    got = [(r.label, r.text, r.mover, r.seconder) for r in _item(m, "1").resolutions]
    assert [(lab, t, mv.split()[-1] if mv else None, sc.split()[-1] if sc else None) for lab, t, mv, sc in got] == [
        ("12/25", "the Minutes of the meeting held 12 February 2025 be confirmed as presented", "Wrenfield", "Dunsmere")
    ], got


SPECIAL = """\
Brackley Township Board
Minutes of the special meeting held on June 1, 2021

Present: Supervisor Halvorsen, Clerk Pellbrook, Treasurer Dunsmere, Trustees Wrenfield and Ashcombe

1. Call to Order
Motion by Wrenfield supported by Ashcombe to open the special meeting.

Voice vote taken. Motion carried.

2. Agenda
Motion made by Dunsmere and second by Wrenfield to approve the agenda. Ayes: Wrenfield, Dunsmere, and Halvorsen.  Nays: None.  Absent: Ashcombe and Pellbrook.  Motion carried.
"""


@pytest.mark.parametrize("mode", ["shipped", "rules"])
def test_outcome_after_a_voice_vote_or_an_inline_roll_call(nlp, rules_nlp, mode) -> None:
    m = _meeting(nlp if mode == "shipped" else rules_nlp, SPECIAL)
    opened = [(r.text, r.outcome) for r in _item(m, "1").resolutions]
    assert opened == [("to open the special meeting", "carried")], opened
    agenda = [(r.text, r.outcome, r.votes.model_dump(by_alias=True) if r.votes else None) for r in _item(m, "2").resolutions]
    assert agenda == [("to approve the agenda", "carried", {"for": 3, "against": 0, "abstain": None})], agenda


PARISH = """\
Quillfeather Parish Council
Minutes of the meeting held on 3 December 2024

Present: Cllr Ingrid Halvorsen (Chair), Cllr Tobias Wrenfield, Cllr Casimir Dunsmere

412       Minutes of the meeting held on the 5th November were approved and signed by the Chair.
413       Minutes: Minutes of the 2024 AGM were read, approved, and signed off.
414       Finance: The minutes from the finance working group were reviewed and accepted without dissent.
"""


def test_minutes_approved_after_a_minute_number_topic_or_reading_verb(nlp) -> None:
    m = _meeting(nlp, PARISH)
    texts = [r.text for r in _all_resolutions(m)]
    assert "Minutes of the meeting held on the 5th November were approved and signed by the Chair" in texts, texts
    assert "Minutes of the 2024 AGM were read, approved, and signed off" in texts, texts
    assert any(t.startswith("The minutes from the finance working group were reviewed and accepted") for t in texts), texts


def _all_resolutions(m):
    return [r for it in m.items for r in it.resolutions]


BULLETS = """\
Elmsworth Harriers Running Club
Minutes of the committee meeting held on 2 October 2024

Present: Ingrid Halvorsen (Chair), Orrin Pellbrook, Tamsin Brackley, Casimir Dunsmere

3. Matters arising
  • Sponsorship letter to the bakery  Tamsin
  • It was agreed to order new club vests for the relay team  Casimir
"""


def test_a_given_name_in_a_column_at_the_line_end_owns_the_bullet(nlp) -> None:
    acts = _owners(_meeting(nlp, BULLETS), "3")
    vests = [owner for text, owner in acts if "new club vests" in text]
    assert vests and vests[0] in ("Casimir", "Casimir Dunsmere"), acts
    assert not any(text.rstrip().endswith("Casimir") for text, _ in acts), acts
    letter = [owner for text, owner in acts if "Sponsorship letter" in text]
    assert letter in ([], ["Tamsin"], ["Tamsin Brackley"]), acts


VERGES = """\
Wexcombe Parish Council
Minutes of the meeting held on 6 May 2025

Present: Cllr Ingrid Halvorsen (Chairman), Cllr Tobias Wrenfield, Cllr Casimir Dunsmere

4. Verges
Grass cutting: it was agreed the Clerk would talk to the contractor about the spring cut.

5. Library
It was agreed that the Library Director will draft a lending policy for the next meeting.
Hall booking / TB to confirm the date with the caretaker.
"""


def _owners(m, number: str) -> list[tuple[str, str | None]]:
    return [(a.text, a.owner) for a in _item(m, number).actions]


def test_an_office_named_as_the_clause_subject_owns_the_action(nlp) -> None:
    acts = _owners(_meeting(nlp, VERGES), "4")
    talk = [owner for text, owner in acts if "talk to the contractor" in text]
    assert talk == ["Clerk"], acts


def test_an_office_or_initials_opening_the_commitment_own_it(nlp) -> None:
    acts = dict(_owners(_meeting(nlp, VERGES), "5"))
    policy = [owner for text, owner in acts.items() if "draft a lending policy" in text]
    hall = [owner for text, owner in acts.items() if "confirm the date with the caretaker" in text]
    assert policy == ["Library Director"], acts
    assert hall == ["TB"], acts
