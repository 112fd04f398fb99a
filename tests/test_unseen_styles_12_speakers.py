"""A twelfth round of invented minutes, for speakers (issue 12, a family read off the
odd-numbered supplement documents): an office that opens a line or a sentence without
"The" and speaks ("Clerk presented the claims list", "... circulated. Treasurer reported ...") is a
role-only speaker, named after its holder where the meeting names one, as "The Clerk"
is; an office in a commitment in the minutes' own voice ("Clerk to chase ...") is no
speaker. Every passage is invented (bodies, people and dates; none of the names occurs
in corpus/raw); expected values were read off the passage by hand.
"""

from __future__ import annotations

from invented import item as _item, meeting as _meeting

BARE_OFFICES = """\
MINUTES OF THE REGULAR MEETING OF THE BRAXTON TOWN BOARD
March 4, 2021

Present: Supervisor Tom Quillby, Councilman Ed Marchetti, Councilman Ray Dunwoody
Also present: Ilse Parrow (Town Clerk)

1. TOWN CLERK'S REPORT
Town Clerk presented the claims list for November.

2. TREASURER'S REPORT
The accounts were circulated. Treasurer reported that they were in order.

3. HIGHWAY
The snow plan was discussed. Clerk to chase the contractor about the salt delivery.
"""


def test_an_office_opening_a_sentence_and_speaking_is_a_speaker(nlp):
    m = _meeting(nlp, BARE_OFFICES)
    assert [(s.name, s.role) for s in _item(m, "1").speakers] == [("Ilse Parrow", "Town Clerk")]
    assert [(s.name, s.role) for s in _item(m, "2").speakers] == [(None, "Treasurer")]  # no treasurer is named


def test_an_office_in_a_commitment_is_no_speaker(nlp):
    m = _meeting(nlp, BARE_OFFICES)
    assert _item(m, "3").speakers == []
