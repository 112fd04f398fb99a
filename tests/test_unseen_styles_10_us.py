"""A tenth round of invented minutes: US boards (issue 12, the weakest group on the blind test).

US special districts, townships and councils print motions as one sentence wrapped at the
page width ("Motion by A, second by B, to approve the minutes of the February 14, 2023" /
"regular meeting as presented. Motion carried 4-0."). The own-words reader cut at every
line break, so the motion's text stopped mid-phrase ("... of the February 14, 2023"), or a
line naming the mover and seconder ("It was moved by A and seconded by B to award the")
became a record line over a "clause" that began mid-sentence ("pipeline contract to ...").
Double-spaced PDF text puts a blank line between the wrapped halves; the continuation then
opens in lower case ("opposition, approving ...").

How the motion was carried, printed between the seconder and the motion's words ("A motion
was made by A, seconded by B, and passed without opposition, approving ..."), became the
decision's text ("and passed without") with no mover; "carried with the following vote:"
then a roll-call block and then the motion's words ("to approve the agenda.") lost the mover,
seconder, outcome and counts. "A moved, seconded by B, to ..." kept "seconded by B," in the
text, and "Roll call vote: Ayes: A, B. Nays: C. Absent: D. Motion carried." after a motion
gave no outcome.

Every passage is invented (bodies, people, places and dates); expected values were read
off the passages by hand, following the extraction spec and the annotation guidelines.
"""

from __future__ import annotations

import pytest

import extractor
from invented import item as _item, meeting as _meeting


@pytest.fixture(scope="module")
def nlp():
    return extractor.load()


WATER_DISTRICT = """\
Quillmont Valley Water District
Minutes of the Regular Board Meeting
March 14, 2023

1. CALL TO ORDER
President Thornbury called the meeting to order at 6:02 p.m.

2. ROLL CALL
Directors Present: Thornbury, Valdessa, Okonkwo-Reyes, Pemberton
Directors Absent: Lindqvist

3. APPROVAL OF AGENDA
A motion was made by Director Valdessa, seconded by Director Pemberton and
carried with the following vote:
Ayes: Directors Thornbury, Valdessa, Okonkwo-Reyes and Pemberton
Noes: None
Abstain: None
Absent: Lindqvist
to approve the agenda.

4. FINANCIAL REPORT
a. A motion was made by Director Okonkwo-Reyes, seconded by Director Valdessa, and passed without
opposition, approving the January 2023 Financial Report as presented.
b. A motion was made by Director Pemberton, seconded by Director Thornbury, and passed without opposition accepting the warrant register.

5. MINUTES
Motion by Valdessa, second by Pemberton, to approve the minutes of the February 14, 2023
regular meeting as presented. Motion carried 4-0.

6. PIPELINE CONTRACT
It was moved by Director Pemberton and seconded by Director Valdessa to award the
pipeline contract to Hollisand Excavating in the amount of $212,000. Motion carried.

7. ORDINANCE 412
Director Okonkwo-Reyes moved, seconded by Director Thornbury, to introduce Ordinance 412 for first reading. Roll call vote: Ayes: Thornbury, Okonkwo-Reyes, Pemberton. Nays: Valdessa. Absent: Lindqvist. Motion carried.
"""


def _one_resolution(nlp, text: str, number: str):
    it = _item(_meeting(nlp, text), number)
    assert len(it.resolutions) == 1, [r.text for r in it.resolutions]
    return it.resolutions[0]


def test_motion_words_after_a_roll_call_block_keep_mover_seconder_and_counts(nlp):
    r = _one_resolution(nlp, WATER_DISTRICT, "3")
    assert r.text == "to approve the agenda"
    assert (r.mover, r.seconder, r.outcome) == ("Director Valdessa", "Director Pemberton", "carried")
    assert r.votes is not None and (r.votes.for_, r.votes.against, r.votes.abstain) == (4, 0, 0)


def test_passed_without_opposition_between_seconder_and_motion_words(nlp):
    it = _item(_meeting(nlp, WATER_DISTRICT), "4")
    got = {r.text: (r.mover, r.seconder, r.outcome) for r in it.resolutions}
    assert got == {
        "approving the January 2023 Financial Report as presented":
            ("Director Okonkwo-Reyes", "Director Valdessa", "unanimous"),
        "accepting the warrant register": ("Director Pemberton", "Director Thornbury", "unanimous"),
    }


def test_motion_wrapped_at_the_page_width_keeps_its_end(nlp):
    r = _one_resolution(nlp, WATER_DISTRICT, "5")
    assert r.text == "to approve the minutes of the February 14, 2023 regular meeting as presented"
    assert (r.mover, r.seconder, r.outcome) == ("Valdessa", "Pemberton", "carried")
    assert r.votes is not None and (r.votes.for_, r.votes.against) == (4, 0)


def test_mover_and_seconder_line_running_on_into_the_motion(nlp):
    r = _one_resolution(nlp, WATER_DISTRICT, "6")
    assert r.text == "to award the pipeline contract to Hollisand Excavating in the amount of $212,000"
    assert (r.mover, r.seconder, r.outcome) == ("Director Pemberton", "Director Valdessa", "carried")


def test_moved_comma_seconded_by_and_roll_call_after_its_lead_in(nlp):
    r = _one_resolution(nlp, WATER_DISTRICT, "7")
    assert r.text == "to introduce Ordinance 412 for first reading"
    assert (r.mover, r.seconder, r.outcome) == ("Director Okonkwo-Reyes", "Director Thornbury", "carried")
    assert r.votes is not None and (r.votes.for_, r.votes.against, r.votes.abstain) == (3, 1, None)


DOUBLE_SPACED = """\
Brindlewood Resource Conservation District
Minutes of the Board of Directors Meeting
January 9, 2024

1. Call to Order: 1:30 PM

2. Financial Report

a. A motion was made by Corliss Ambervale, seconded by Tobiah Quenneville, and passed without

opposition, approving the December 2023 Financial Report as presented.

3. Budget Committee

The Committee considered the reports submitted by the Treasurer. It was unanimously agreed to

a. Hold the grant reserve at its present level

b. Ask the Treasurer to price the new signage
"""


def test_double_spaced_wrap_joins_a_lower_case_continuation(nlp):
    r = _one_resolution(nlp, DOUBLE_SPACED, "2")
    assert r.text == "approving the December 2023 Financial Report as presented"
    assert (r.mover, r.seconder, r.outcome) == ("Corliss Ambervale", "Tobiah Quenneville", "unanimous")


def test_list_label_after_a_blank_line_is_not_a_continuation(nlp):
    it = _item(_meeting(nlp, DOUBLE_SPACED), "3")
    texts = [r.text for r in it.resolutions]
    assert not any(t.endswith("agreed to a") or "to a Hold" in t for t in texts), texts


HEADING_AFTER_MOTION = """\
Fenwright Township Board
Regular Meeting Minutes
June 3, 2024

4. CONSENT AGENDA
Motion by Trustee Calloway, second by Trustee Ostrava, to approve the consent agenda as presented
New Business was then taken up by the Board.
"""


def test_capitalised_line_after_a_content_word_is_not_joined(nlp):
    r = _one_resolution(nlp, HEADING_AFTER_MOTION, "4")
    assert r.text == "to approve the consent agenda as presented"
    assert (r.mover, r.seconder) == ("Trustee Calloway", "Trustee Ostrava")


# Roll calls: "Roll call: Ayes – A, B. Nays – none." under a motion is a vote, and gave
# attendees ("Ayes Calloway" present); "... responding to roll call: Present: A, B. Absent:
# C." lost the second name, the roll call being read as a list of its own.

CONSENT_ROLL_CALL = """\
Fenwright Township Board of Trustees
Regular Meeting Minutes
April 22, 2024

Present: Supervisor Calloway, Trustees Brindle, Ostrava and Quenneville

5. CONSENT AGENDA
Motion by Trustee Brindle, second by Trustee Ostrava, to approve the bills as presented. Roll call: Ayes – Calloway, Ostrava, Brindle, Quenneville. Nays – none. Motion carried.
"""


def _present(m) -> list[str]:
    return [a.name for a in m.present]


def test_roll_call_vote_under_a_motion_gives_no_attendees(nlp):
    m = _meeting(nlp, CONSENT_ROLL_CALL)
    assert sorted(_present(m)) == ["Supervisor Calloway", "Trustee Brindle", "Trustee Ostrava", "Trustee Quenneville"]
    assert m.apologies == [] and m.officers == []
    r = _one_resolution(nlp, CONSENT_ROLL_CALL, "5")
    assert r.outcome == "carried"
    assert r.votes is not None and (r.votes.for_, r.votes.against) == (4, 0)


RESPONDING_TO_ROLL_CALL = """\
Minutes of the Fenwright Township Trustees
June 3, 2024
The regular meeting of the Fenwright Township Trustees was called to order by Chairman Calloway with the following members responding to roll call: Present: Calloway, Ostrava. Absent: Brindle.
It was moved by Ostrava seconded by Calloway to approve the minutes of the regular meeting of May 6, 2024 as presented. Motion carried.
"""


def test_lists_after_a_roll_call_lead_in_are_read_whole(nlp):
    m = _meeting(nlp, RESPONDING_TO_ROLL_CALL)
    assert sorted(_present(m)) == ["Calloway", "Ostrava"]
    assert [a.name for a in m.apologies] == ["Brindle"]


# Public comment: US minutes print each speaker with a street address ("Wendell Asquith,
# 412 Juniper Street, asked ..."): the address became the speaker ("Juniper Street") and
# the person was lost, the verb no longer following the name.

PUBLIC_COMMENT = """\
Fenwright City Council
Minutes of the Regular Meeting
June 3, 2024

Present: Mayor Calloway, Council Members Ostrava, Brindle and Quenneville

6. PUBLIC COMMENT
Wendell Asquith, 412 Juniper Street, asked when the city would grade the alley behind his home. Mayor Calloway said staff would look at it.
Rosalind Quarrendon, 88 Copperfield Drive, spoke against the proposed parking changes.
Horatio Pingree, 17 Mossbank Lane, spoke in favor of the changes.
"""


def test_public_speakers_with_street_addresses(nlp):
    it = _item(_meeting(nlp, PUBLIC_COMMENT), "6")
    got = {(s.name, s.role) for s in it.speakers}
    assert got == {("Wendell Asquith", None), ("Calloway", "Mayor"), ("Rosalind Quarrendon", None),
                   ("Horatio Pingree", None)}
    assert [q.asker for q in it.questions] == ["Wendell Asquith"]
