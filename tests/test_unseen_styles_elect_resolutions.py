"""Invented club and society AGM minutes (issue 12, elections and minutes approvals):
office-headed result lines ("Treasurer: A re-elected unopposed", "Club Captain. OB
(proposed DQ, seconded FG)", "Acclaimed: A"), results with the verb left out ("MT
re-elected as chair uncontested") and minutes "passed as distributed".

Every passage is invented (names checked absent from corpus/raw); expected values read
off by hand against GUIDELINES "Elections" (text: the result line up to the nomination
details; mover the proposer, seconder the seconder; "unopposed" gives no outcome).
"""

from __future__ import annotations

import pytest

from invented import meeting as _meeting


HEAD = """\
HOLLYMERE ANGLING SOCIETY
Minutes of the Annual General Meeting held 12 April 2024
Present: Dorrit Quaile, Fennick Grimsditch, Marisol Trevane, Ottilie Brackwater

"""

AGM = HEAD + """\
1. Apologies
None.

2. Election of Officers
Treasurer: Fennick Grimsditch re-elected unopposed.
Club Captain. OB (proposed DQ, seconded FG)
Acclaimed: Dorrit Quaile
MT re-elected as chair uncontested.

3. Minutes
The minutes of the 2023 AGM were passed as distributed.
"""


@pytest.fixture(scope="module")
def agm(nlp):
    return _meeting(nlp, AGM)


def _by_text(m) -> dict[str, object]:
    return {r.text: r for i in m.items for r in i.resolutions}


def test_office_headed_result_line_is_a_resolution(agm):
    res = _by_text(agm)
    assert "Treasurer: Fennick Grimsditch" in res, list(res)
    r = res["Treasurer: Fennick Grimsditch"]
    assert r.outcome is None  # "re-elected unopposed": no vote word
    assert r.mover is None and r.seconder is None


def test_office_line_with_initialled_proposer_and_seconder(agm):
    res = _by_text(agm)
    assert "Club Captain. OB" in res, list(res)
    r = res["Club Captain. OB"]
    assert r.mover == "Dorrit Quaile"  # "proposed DQ"
    assert r.seconder == "Fennick Grimsditch"  # "seconded FG"


def test_result_word_heading_the_line(agm):
    assert "Acclaimed: Dorrit Quaile" in _by_text(agm)


def test_re_elected_without_a_verb_before_it(agm):
    res = _by_text(agm)
    assert "MT re-elected as chair uncontested" in res, list(res)
    assert res["MT re-elected as chair uncontested"].outcome is None


def test_minutes_passed_as_distributed(agm):
    assert "The minutes of the 2023 AGM were passed as distributed" in _by_text(agm)


def test_passed_to_someone_is_no_decision(nlp):
    m = _meeting(nlp, HEAD + "1. Correspondence\nThe letter from the angling trust was passed to the Secretary.\n")
    assert not any("passed to the Secretary" in t for t in _by_text(m))


LISTED = HEAD + """\
4. Election of Officers
After a secret ballot the following were elected to the
officer roles:

Chair – Dorrit Quaile
Vice-Chair – Marisol Trevane
Honorary Secretary – Ottilie Brackwater

5. Fixtures
Chair – Dorrit Quaile
"""


def test_list_under_following_were_elected_gives_one_record_per_line(nlp):
    texts = [r.text for i in _meeting(nlp, LISTED).items for r in i.resolutions]
    assert "Vice-Chair – Marisol Trevane" in texts, texts
    assert "Honorary Secretary – Ottilie Brackwater" in texts, texts
    assert texts.count("Chair – Dorrit Quaile") == 1, texts  # the bare line under "Fixtures" is no result


RUN_IN = HEAD + """\
1. Apologies. none
2. Minutes of last meeting. agreed
3. Treasurer's report. Accepted as presented.
4. Correspondence. Letters received.
5. Bank accounts. The Treasurer passed on the statements.
"""


def test_result_run_in_after_the_heading(nlp):
    texts = [r.text for i in _meeting(nlp, RUN_IN).items for r in i.resolutions]
    assert "Minutes of last meeting. agreed" in texts, texts
    assert "Treasurer's report. Accepted as presented" in texts, texts
    assert not any("received" in t or "passed on" in t for t in texts), texts  # no decision recorded


def test_proposer_and_seconder_of_an_office_line_are_speakers(agm):
    item2 = next(i for i in agm.items if i.number == "2")
    names = {sp.name for sp in item2.speakers}
    assert {"Dorrit Quaile", "Fennick Grimsditch"} <= names, names  # "proposed DQ, seconded FG"


NAMED_FIRST = HEAD + """\
3. Board elections
The following members were elected:
Marisol Trevane: president (term ends 2027)
Ottilie Brackwater: treasurer
"""


def test_member_first_lines_under_an_election_intro(nlp):
    texts = [r.text for i in _meeting(nlp, NAMED_FIRST).items for r in i.resolutions]
    assert "Marisol Trevane: president" in texts, texts
    assert "Ottilie Brackwater: treasurer" in texts, texts


SELF = HEAD + """\
6. Election of new committee
- Treasurer: Ottilie Brackwater went forward for this position. She was elected unopposed.
"""


def test_candidate_who_went_forward_is_their_own_mover(nlp):
    res = {r.text: r for i in _meeting(nlp, SELF).items for r in i.resolutions}
    assert "Treasurer: Ottilie Brackwater" in res, list(res)
    assert res["Treasurer: Ottilie Brackwater"].mover == "Ottilie Brackwater", res["Treasurer: Ottilie Brackwater"].mover
