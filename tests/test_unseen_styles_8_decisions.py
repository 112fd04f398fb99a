"""An eighth round of invented minutes, for resolutions and actions (issue 12, unseen bodies).

Action owners: a commitment whose owner is the subject of its own clause ("it was agreed
the Clerk would talk to the contractor", "the Library Director will draft a policy",
"Hall booking / TB to confirm the date") came out without an owner whenever the reader
that found it (often the classifier) named none. Every passage is invented (bodies,
people, places and dates); expected values were read off the passages by hand, following
the extraction spec and the annotation guidelines.
"""

from __future__ import annotations

from invented import item as _item, meeting as _meeting

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
