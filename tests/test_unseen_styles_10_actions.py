"""A tenth round of invented minutes, for actions (issue 12, seventh session).

The families come from the held-out errors of the actions component on train bodies
(``sentence_roles.crossval``'s folds: each document scored by a classifier that never saw
its body). An action is a commitment made or asked for at this meeting to do something
after it (GUIDELINES "Actions"): a doer and a task ("X will ...", "X is going to ...",
"Action (X): ..."), however the minutes print it. Not actions: a task's status ("ACTION:
Confirmed.", "... - Done"), an empty heading answer ("Nothing to report."), a
recommendation that is itself the decision ("agreed to recommend approval"). Every
passage is invented (bodies, people, places and dates); expected values were read off
the passages by hand, following the extraction spec.
"""

from __future__ import annotations

import pytest

from invented import item as _item, meeting as _meeting

GARDEN = """\
Minutes of the meeting of the Tarrowby Garden Club held on 3 March 2025

Present: Lettice Quennell (Chair), Oswin Pennick, Ysolde Marchetti, Hepzibah Fairlamb

1. Seed store
The store room is damp again this winter.
- Action (Ysolde): Ask the caretaker about a dehumidifier.
Action (Committee): Make the stock list match the shelves.

2. Network
- The hall wifi drops during talks.
  - 👷 Oswin is going to follow up with the caretaker about the router.
She is going to suggest a new provider at some point.

3. Accounts
To keep the printing costs down, Hepzibah will prepare the letter on club letterhead.
The county will review its grant scheme, and the club will wait for the outcome.

4. Hedge policy
Member Quennell moved to approve the hedge policy. Member Pennick seconded. Upon voice vote, the motion carried 3-0. Member Pennick will submit the policy to the county archive.
"""

STATUS = """\
Minutes of the meeting of Wendlebury Parish Council held on 14 May 2025

Present: Cllr Tamsin Orrick (Chair), Cllr Mabyn Penhallow, Cllr Corvinus Saffery

1. Matters arising from the last meeting
Clerk to write to the auditor about the internal audit - Done
Letter to be sent to the county about the footway - Done
Clerk to obtain a quote for the bench repairs.

2. Talks programme
   * June: Cllr Penhallow on the village archive.
   ACTION: Confirmed.
   * July: a walk along the old railway.
   ACTION: Not confirmed.

3. Correspondence
Nothing to report.

4. Planning
Application for a garden room at Bellweather Cottage. Members agreed to recommend approval.
Members agreed to recommend the addition of the footpath survey to the work programme.
"""


@pytest.fixture(scope="module")
def garden(nlp):
    return _meeting(nlp, GARDEN)


@pytest.fixture(scope="module")
def status(nlp):
    return _meeting(nlp, STATUS)


def _acts(m, number: str) -> dict[str, str | None]:
    return {a.text: a.owner for a in _item(m, number).actions}


def test_action_with_the_owner_in_brackets(garden) -> None:
    """"Action (Name): task", on a list line or not: the task is the action, the name in
    brackets its owner."""
    acts = _acts(garden, "1")
    assert acts == {"Ask the caretaker about a dehumidifier": "Ysolde",
                    "Make the stock list match the shelves": "Committee"}, acts


def test_is_going_to_after_a_marker_symbol(garden) -> None:
    """"Oswin is going to follow up ..." after a bullet and a marker symbol is a promise;
    "She is going to suggest ... at some point" (a pronoun's vague intention) is not."""
    acts = _acts(garden, "2")
    assert acts == {"Oswin is going to follow up with the caretaker about the router": "Oswin"}, acts


def test_doer_after_a_fronted_clause(garden) -> None:
    """"To keep the printing costs down, Hepzibah will prepare the letter": the doer opens
    the clause after the comma. A body's plan ("The county will review ...") is no action."""
    acts = _acts(garden, "3")
    assert list(acts) == ["Hepzibah will prepare the letter on club letterhead"], acts
    assert acts["Hepzibah will prepare the letter on club letterhead"] in ("Hepzibah", "Hepzibah Fairlamb"), acts


def test_promise_after_a_vote_tally(garden) -> None:
    """"... the motion carried 3-0. Member Pennick will submit ...": the tally's stop ends the
    sentence, so the promise after it is read (and the tally is no list number "0.")."""
    acts = _acts(garden, "4")
    assert list(acts) == ["Member Pennick will submit the policy to the county archive"], acts
    assert acts["Member Pennick will submit the policy to the county archive"] in (
        "Member Pennick", "Oswin Pennick"), acts
    decisions = [r.text for r in _item(garden, "4").resolutions]
    assert decisions == ["to approve the hedge policy"], decisions


def test_tasks_reported_done_are_not_actions(status) -> None:
    acts = _acts(status, "1")
    assert list(acts) == ["Clerk to obtain a quote for the bench repairs"], acts
    assert acts["Clerk to obtain a quote for the bench repairs"] == "Clerk", acts


def test_status_notes_after_action_are_not_actions(status) -> None:
    """"ACTION: Confirmed." names no owner and sets no task: the talk above it is no action,
    and neither is "ACTION: Not confirmed."."""
    assert _acts(status, "2") == {}, _acts(status, "2")


def test_nothing_to_report_is_not_an_action(status) -> None:
    assert _acts(status, "3") == {}, _acts(status, "3")


def test_recommending_approval_is_the_decision_not_an_action(status) -> None:
    """A consultee's "agreed to recommend approval" settles the matter at the meeting; a
    recommendation to add something to the work programme leaves work to do."""
    acts = _acts(status, "4")
    assert list(acts) == ["Members agreed to recommend the addition of the footpath survey to the work programme"], acts


NOTES = """\
Minutes of the meeting of the Saffery Lane Residents Group held on 2 June 2025

Present: Corvinus Bellweather (Chair), Tamsin Orrick, Mabyn Penhallow

1. Summer fair
No agreement was reached on the date; Tamsin will put out a poll to the residents.
Mabyn will contact the brass band about the afternoon slot.
The district council will publish its events calendar in July.

2. Street lighting
- Lamp by the bus stop – MP would contact the county about the broken column.
"""


@pytest.fixture(scope="module")
def notes(nlp):
    return _meeting(nlp, NOTES)


def test_given_name_opening_a_promise_with_a_promise_verb(notes) -> None:
    """"Mabyn will contact ...": a given name and "will" with one of the promise verbs is a
    doer's promise (it was read only when the people component knew the name); after a
    semicolon too. The district council's calendar is its own plan."""
    acts = _acts(notes, "1")
    assert set(acts) == {"Tamsin will put out a poll to the residents",
                         "Mabyn will contact the brass band about the afternoon slot"}, acts
    assert acts["Tamsin will put out a poll to the residents"] in ("Tamsin", "Tamsin Orrick"), acts


def test_initials_after_a_topic_dash(notes) -> None:
    acts = _acts(notes, "2")
    assert acts == {"MP would contact the county about the broken column": "MP"}, acts


KINDS = """\
Minutes of the meeting of the Orrick Green Allotment Society held on 8 July 2025

Present: Hepzibah Fairlamb (Chair), Oswin Pennick, Lettice Quennell

1. Gates and visits
Oswin will notify the plot holders of the new gate code.
Lettice will attend the district allotments forum in September.
Hepzibah to buy a new padlock for the top gate.
"""


def test_action_kind_follows_what_is_delivered(nlp) -> None:
    """Kinds as the guidelines define them: telling people is ``information``, attending a
    meeting is ``meeting``, a purchase is ``other``."""
    kinds = {a.text: a.kind for a in _item(_meeting(nlp, KINDS), "1").actions}
    assert kinds == {"Oswin will notify the plot holders of the new gate code": "information",
                     "Lettice will attend the district allotments forum in September": "meeting",
                     "Hepzibah to buy a new padlock for the top gate": "other"}, kinds


VOLUNTEERS = """\
Minutes of the meeting of the Penhallow Road Community Garden held on 9 August 2025

Present: Mabyn Saffery (Chair), Corvinus Orrick, Tamsin Bellweather

1. Shed
Corvinus volunteered to repaint the shed before the autumn.
Tamsin agreed to the proposal for a second water butt.
"""


def test_a_named_volunteer_is_an_action(nlp) -> None:
    """"Corvinus volunteered to repaint the shed": a doer and any verb after "volunteered
    to" is an undertaking; agreeing to a proposal is not."""
    acts = _acts(_meeting(nlp, VOLUNTEERS), "1")
    assert list(acts) == ["Corvinus volunteered to repaint the shed before the autumn"], acts
    assert acts["Corvinus volunteered to repaint the shed before the autumn"] in ("Corvinus", "Corvinus Orrick"), acts


PAYMENTS = """\
Minutes of the regular meeting of the Brackenholt Township Board held on March 4, 2025

Present: Supervisor Ilse Wendimere, Clerk Amos Quenby, Treasurer Dagny Ivarsdottir

1. Treasurer's report
Motion by Quenby, second by Ivarsdottir, to pay the bills as presented. Motion carried 3-0.
Motion by Ivarsdottir, second by Quenby, to transfer $4,000 to the road fund. Motion carried 3-0.

2. Hall roof
Motion by Wendimere, second by Quenby, to purchase a new furnace for the hall at a cost of $6,200. Motion carried 3-0.
"""


@pytest.fixture(scope="module")
def payments(nlp):
    return _meeting(nlp, PAYMENTS)


def test_approving_the_bills_is_no_action_but_a_transfer_is(payments) -> None:
    """GUIDELINES "Approving payments": the motion to pay the bills is a resolution only;
    the transfer of money to a fund is a resolution and an action."""
    item = _item(payments, "1")
    decisions = [r.text for r in item.resolutions]
    assert any("pay the bills" in t for t in decisions), decisions
    acts = [a.text for a in item.actions]
    assert not any("bills" in t for t in acts), acts
    assert any("transfer $4,000 to the road fund" in t for t in acts), acts


def test_a_purchase_stays_an_action(payments) -> None:
    acts = [a.text for a in _item(payments, "2").actions]
    assert any("purchase a new furnace" in t for t in acts), acts
