"""A tenth round of invented minutes: decisions the rules did not know (issue 12, resolutions recall).

Read from the held-out misses of the sentence-role cross-validation on train
(``python -m extractor.sentence_roles.crossval corpus 3 --errors FILE``): decisions that
the model found only on bodies it had seen. Apologies and leaves of absence accepted or
granted, a consent agenda "was approved", decisions printed without their body ("Received
and accepted the ...", "Voted to ...", "ADOPTED ordinance ..."), officers "declared"
or "is elected as", and "It was the consensus of the Board to ...". The rules read them
alone (the model is switched off), so the tests hold whatever a retrain makes of them.
Every passage is invented (bodies, people, places and sums); the expected values were
read off the passages by hand, following the guidelines (the text of a decision in the
minutes' own words is the whole sentence, without its final stop).
"""

from __future__ import annotations

import pytest

from invented import item as _item, meeting as _meeting, rules_only


@pytest.fixture(scope="module")
def rules_nlp():
    return rules_only("minutes_resolutions")


def _texts(item) -> list[str]:
    return [r.text for r in item.resolutions]


COMMUNITY_COUNCIL = """\
GLENMORROW COMMUNITY COUNCIL
Minutes of the meeting held on 9 October 2024

Present: Cllrs Ottoline Vesey, Bram Hallowell and Juniper Askwith

1. Apologies
Apologies were accepted from Cllr Perrin Tamberlin.
Leave of absence for the November meeting was granted to Cllr Fenella Drummock.

2. Annual General Meeting
Received and accepted the financial statement for 2023.
With one nomination Bram Hallowell was declared President of the council.
Juniper Askwith is elected as Treasurer.

3. Hall roof
It was the consensus of the Council to obtain three quotes for the roof repair.
Voted to accept the quotation from Corriwen Roofing.

4. Any other business
Approved minutes are posted on the notice board within a week.
The hall was declared open by the Chair in 1998.
Consensus building sessions for the new plan will be held in the spring.
"""


def test_apologies_and_leave_of_absence_are_decisions(rules_nlp) -> None:
    apologies = _item(_meeting(rules_nlp, COMMUNITY_COUNCIL), "1")
    assert _texts(apologies) == [
        "Apologies were accepted from Cllr Perrin Tamberlin",
        "Leave of absence for the November meeting was granted to Cllr Fenella Drummock",
    ]


def test_decision_without_its_body_and_officers_declared_or_elected(rules_nlp) -> None:
    agm = _item(_meeting(rules_nlp, COMMUNITY_COUNCIL), "2")
    assert _texts(agm) == [
        "Received and accepted the financial statement for 2023",
        "With one nomination Bram Hallowell was declared President of the council",
        "Juniper Askwith is elected as Treasurer",
    ]


def test_consensus_and_voted_to(rules_nlp) -> None:
    roof = _item(_meeting(rules_nlp, COMMUNITY_COUNCIL), "3")
    texts = _texts(roof)
    assert len(texts) == 2
    # the consensus sentence is the decision (with or without its "It was")
    assert texts[0].endswith("consensus of the Council to obtain three quotes for the roof repair")
    assert texts[1] == "Voted to accept the quotation from Corriwen Roofing"


def test_same_words_that_decide_nothing(rules_nlp) -> None:
    # "Approved minutes are posted", "was declared open", "Consensus building sessions":
    # no verb of a decision opens them the way a decision is recorded
    aob = _item(_meeting(rules_nlp, COMMUNITY_COUNCIL), "4")
    assert _texts(aob) == []


ACTION_MINUTES = """\
PELLINGHAM COUNTY BOARD OF SUPERVISORS
Minutes of the Regular Meeting
March 11, 2025

Present: Supervisors Wendell Oakhurst, Marisol Fenwick and Quentin Ardvale

1. Consent Agenda
The Consent Agenda was approved.
Bills were approved for payment.

2. Determination Items
ADOPTED ordinance establishing a tree protection zone in the north valley.
AUTHORIZED the County Administrator to apply for funding of a pilot recycling scheme.
"""


def test_consent_agenda_and_bills_approved(rules_nlp) -> None:
    consent = _item(_meeting(rules_nlp, ACTION_MINUTES), "1")
    assert _texts(consent) == ["The Consent Agenda was approved", "Bills were approved for payment"]


def test_verb_in_capitals_opens_an_action_minute(rules_nlp) -> None:
    items = _item(_meeting(rules_nlp, ACTION_MINUTES), "2")
    assert _texts(items) == [
        "ADOPTED ordinance establishing a tree protection zone in the north valley",
        "AUTHORIZED the County Administrator to apply for funding of a pilot recycling scheme",
    ]


PARISH = """\
ARDVALE PARISH COUNCIL
Minutes of the meeting held on 2 May 2024

Present: Cllrs Ottoline Vesey, Bram Hallowell and Juniper Askwith

1. Finance
Council agreed to extend the Saturday opening hours of the hall to 5 pm.
Trustees agreed to renew the insurance with the current broker.
Councillors agreed with the Clerk that the budget was tight.

2. Correspondence
The Clerk read a letter from the school asking to use the field, which was agreed.
The Treasurer tabled the quarterly management report, which was accepted.
The Chair read a note from the police, which was noted.
He said the county council agreed to repair the verge last year.

3. Apologies
That the apologies and requests for
leave of absence from Cllr Vesey be granted.
"""


def test_body_opening_the_sentence_without_an_article(rules_nlp) -> None:
    finance = _item(_meeting(rules_nlp, PARISH), "1")
    # "agreed with" someone is an opinion, not a decision
    assert _texts(finance) == [
        "Council agreed to extend the Saturday opening hours of the hall to 5 pm",
        "Trustees agreed to renew the insurance with the current broker",
    ]


def test_which_was_agreed_decides_the_whole_sentence(rules_nlp) -> None:
    correspondence = _item(_meeting(rules_nlp, PARISH), "2")
    # "which was noted" notes in passing; what the county council agreed is no decision of this meeting
    assert _texts(correspondence) == [
        "The Clerk read a letter from the school asking to use the field, which was agreed",
        "The Treasurer tabled the quarterly management report, which was accepted",
    ]


def test_a_wrapped_line_is_no_decision_of_its_own(rules_nlp) -> None:
    apologies = _item(_meeting(rules_nlp, PARISH), "3")
    # the clause runs over two lines: never "leave of absence from Cllr Vesey be granted" alone
    assert not [t for t in _texts(apologies) if t.startswith("leave of absence")]


TOWN = """\
TOWN OF CORRIWEN
Minutes of the Ordinary Council Meeting held on 5 June 2024

Present: Mayor Hamish Tamberlin, Councillors Ottoline Vesey, Bram Hallowell and Juniper Askwith

1. Confirmation of Minutes
Moved: Mayor
Seconded: Cr Vesey
That the minutes of the meeting held on 1 May 2024 be confirmed.
CARRIED
"""


def test_mover_named_by_office_is_the_listed_holder(rules_nlp) -> None:
    # the guidelines: the holder's name when the document names them, the office only when it never does
    minutes = _item(_meeting(rules_nlp, TOWN), "1").resolutions[0]
    assert minutes.text == "the minutes of the meeting held on 1 May 2024 be confirmed"
    assert minutes.mover is not None and minutes.mover.endswith("Hamish Tamberlin")
    assert minutes.seconder is not None and minutes.seconder.endswith("Vesey")
    nameless = _item(_meeting(rules_nlp, TOWN.replace("Mayor Hamish Tamberlin, ", "")), "1").resolutions[0]
    assert nameless.mover == "Mayor"


LIBRARY_BOARD = """\
CORRIWEN LIBRARY BOARD
Minutes of the Regular Meeting
April 8, 2025

Present: Trustees Ottoline Vesey, Bram Hallowell and Juniper Askwith

1. Minutes
To approve the minutes of the March 11, 2025 meeting as presented.
Motion carried.

2. Director's Report
The Director's report was received and filed.

3. Programme
To consider the summer reading programme for 2025.
The Director outlined the themes chosen by the children's librarian.
"""


def test_motion_text_over_its_record_line(rules_nlp) -> None:
    minutes = _item(_meeting(rules_nlp, LIBRARY_BOARD), "1").resolutions
    # "to" is never dropped (GUIDELINES, a leading "to"); the record line under it gives the outcome
    assert [(r.text, r.outcome) for r in minutes] == [
        ("To approve the minutes of the March 11, 2025 meeting as presented", "carried")]


def test_received_and_filed_is_the_reports_disposition(rules_nlp) -> None:
    report = _item(_meeting(rules_nlp, LIBRARY_BOARD), "2")
    assert _texts(report) == ["The Director's report was received and filed"]


def test_agenda_wording_without_a_record_under_it_decides_nothing(rules_nlp) -> None:
    assert _texts(_item(_meeting(rules_nlp, LIBRARY_BOARD), "3")) == []
