"""A fourteenth round of invented minutes: a "That ..." clause whose verb is in no list
(issue 12, resolutions on unseen bodies).

Councils print their decisions as subjunctive clauses ("That the library open on
Saturdays", "THAT Council grant the hall to the club"): the verb is bare (no -s), which
is what makes the line a decision, whatever the verb. A clause reporting what happened
("That the group met the architect ...") is narration and stays out. Every passage is
invented (names checked absent from corpus/raw); expected values read off by hand.
"""

from __future__ import annotations

import pytest

from invented import meeting as _meeting, rules_only


@pytest.fixture(scope="module")
def rules_nlp():
    return rules_only("minutes_resolutions")


COUNCIL = """\
QUILLHAVEN TOWN COUNCIL
Minutes of the meeting held on 3 June 2021
Present: Cllr Ysolde Penhallow (Chair), Cllr Orrin Brannock, Cllr Tessaly Dunmere

1. Library hours
Cllr Brannock proposed, Cllr Dunmere seconded:
That the library open on Saturdays from September.
Carried.

2. Community hall
That the Council grant the community hall to the youth club free of charge.

3. Footpaths
That the Clerk should contact the county about the footpath at Carvell Lane.

4. Visit
That the working group met the architect on site last week and reported back.
"""


def _texts(m) -> list[str]:
    return [r.text for i in m.items for r in i.resolutions]


def test_bare_verb_clause_is_a_decision(rules_nlp):
    texts = _texts(_meeting(rules_nlp, COUNCIL))
    assert any("library open on Saturdays" in t for t in texts)
    assert any("grant the community hall to the youth club" in t for t in texts)


def test_modal_clause_is_a_decision(rules_nlp):
    assert any("Clerk should contact the county" in t for t in _texts(_meeting(rules_nlp, COUNCIL)))


def test_past_tense_clause_is_no_decision(rules_nlp):
    assert not any("met the architect" in t for t in _texts(_meeting(rules_nlp, COUNCIL)))


SHIRE = """\
DUNMERE SHIRE COUNCIL
Minutes of the General Meeting held on 9 March 2010
Present: Councillors Y Penhallow (Mayor), O Brannock, T Carvell

1. CONFIRMATION OF MINUTES
RESOLUTION: 2010.3.1 That the minutes of the General Meeting held on 9 February 2010 be confirmed.

Moved: Cr Brannock Seconded: Cr Carvell CARRIED: 3/0
"""


def test_outcome_in_capitals_is_not_part_of_the_seconder(rules_nlp):
    """"Seconded: Cr Carvell CARRIED: 3/0": the seconder is Councillor T Carvell (the full name from the list), the motion carried."""
    m = _meeting(rules_nlp, SHIRE)
    res = [r for i in m.items for r in i.resolutions]
    assert len(res) == 1
    assert (res[0].mover, res[0].seconder, res[0].outcome) == ("Councillor O Brannock", "Councillor T Carvell", "carried")


OFFICERS = """\
QUILLHAVEN ROWING CLUB
Minutes of the annual general meeting, 4 May 2022
Present: Ysolde Penhallow, Orrin Brannock, Tessaly Dunmere

4. Election of officers
Chair
Y Penhallow: proposed O Brannock seconded T Dunmere
Secretary
O Brannock: proposed T Dunmere, seconded Y Penhallow. Elected unanimously.
"""


def test_candidate_before_colon_keeps_the_election_record(rules_nlp):
    """"Y Penhallow: proposed O Brannock seconded T Dunmere": the candidate is all the text
    left, yet the line is an election result (GUIDELINES "Elections")."""
    res = [r for i in _meeting(rules_nlp, OFFICERS).items for r in i.resolutions]
    got = [(r.text, r.mover, r.seconder, r.outcome) for r in res]
    assert got == [("Y Penhallow", "Orrin Brannock", "Tessaly Dunmere", None),
                   ("O Brannock", "Tessaly Dunmere", "Ysolde Penhallow", "unanimous")]


BOATS = """\
QUILLHAVEN ROWING CLUB
Minutes of the committee meeting, 4 May 2022
Present: Ysolde Penhallow (Chair), Orrin Brannock, Tessaly Dunmere

1. New boat
Purchase of a new coxed four for the junior squad.
Proposed by: Orrin Brannock
Seconded by: Tessaly Dunmere
Unanimously approved.

2. Grants
Proposed by: Tessaly Dunmere
Seconded by: Ysolde Penhallow
Carried.
"""


def test_bare_decision_line_above_its_record(rules_nlp):
    """The line over "Proposed by:" / "Seconded by:" / "Unanimously approved." is what was
    decided; an item heading over the record lines is not taken for it."""
    m = _meeting(rules_nlp, BOATS)
    boat = [r for i in m.items if i.number == "1" for r in i.resolutions]
    assert [(r.text, r.mover, r.seconder, r.outcome) for r in boat] == [
        ("Purchase of a new coxed four for the junior squad", "Orrin Brannock", "Tessaly Dunmere", "unanimous")]
    grants = [r.text for i in m.items if i.number == "2" for r in i.resolutions]
    assert not any("Grants" in t for t in grants)
