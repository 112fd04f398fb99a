"""Decisions to buy or contract something new are also actions; the minutes, the bills
and the budget stay resolutions only (GUIDELINES Hard cases "Approving payments").

Invented passage (names checked absent from corpus/raw)."""

from __future__ import annotations

import pytest

from invented import item_records

MINUTES = """MINUTES OF THE REGULAR MEETING OF THE HALVERTON LIBRARY BOARD held on May 12, 2025

Present: Trustee Amber Pellingham, Trustee Rufus Ferrand, Trustee Odile Marsk

1. Building
Trustee Ferrand presented two quotes for the roof. It was moved by Trustee Pellingham and seconded by Trustee Marsk to approve the proposal from Brackwold Roofing for the roof repair in the amount of $4,900. Motion carried.
2. Minutes
It was moved by Trustee Marsk and seconded by Trustee Ferrand to approve the minutes of the April meeting. Motion carried.
3. Bills
It was moved by Trustee Ferrand and seconded by Trustee Marsk to approve the bills as presented in the amount of $3,210.44. Motion carried.
4. Budget
It was moved by Trustee Pellingham and seconded by Trustee Ferrand to approve the 2026 budget of $310,000. Motion carried.
5. Radios
Motion by Trustee Marsk, seconded by Trustee Pellingham, to accept the quote of $1,850 for new radios. Motion carried.
"""


@pytest.fixture(scope="module")
def actions(nlp):
    return item_records(nlp, MINUTES, "actions")


def test_approving_a_contractors_proposal_is_an_action(actions):
    roof = [a for a in actions if "Brackwold Roofing" in a.text]
    assert len(roof) == 1
    assert roof[0].text.startswith("to approve the proposal")
    assert "$4,900" in roof[0].text
    assert "Motion carried" not in roof[0].text
    assert roof[0].kind == "other"


def test_accepting_a_quote_is_an_action(actions):
    radios = [a for a in actions if "radios" in a.text]
    assert len(radios) == 1
    assert radios[0].text.startswith("to accept the quote of $1,850")


def test_minutes_bills_and_budget_are_not_actions(actions):
    assert not any("minutes of the April meeting" in a.text for a in actions)
    assert not any("bills as presented" in a.text for a in actions)
    assert not any("2026 budget" in a.text for a in actions)


SETTLED = """MINUTES OF THE REGULAR MEETING OF THE HALVERTON LIBRARY BOARD held on June 9, 2025

Present: Trustee Amber Pellingham, Trustee Rufus Ferrand, Trustee Odile Marsk

1. Consent Agenda
It was moved by Trustee Ferrand and seconded by Trustee Marsk to approve items on the consent agenda. Unanimously approved.
2. Website
Trustee Ferrand to update the website with the new opening hours.
3. Next meeting
The Clerk to add the parking survey to the agenda of the next meeting.
4. Adjournment
Trustee Marsk to adjourn. Unanimously approved.
"""


@pytest.fixture(scope="module")
def settled(nlp):
    return item_records(nlp, SETTLED, "actions")


def test_motions_that_settle_business_are_not_actions(settled):
    assert not any("consent agenda" in a.text for a in settled)
    assert not any("adjourn" in a.text for a in settled)
    assert not any(a.text.strip(". ").lower() == "unanimously approved" for a in settled)


def test_tasks_beside_settled_motions_stay(settled):
    assert len([a for a in settled if "opening hours" in a.text]) == 1
    survey = [a for a in settled if "parking survey" in a.text]
    assert len(survey) == 1
    assert survey[0].kind == "work_programme"
