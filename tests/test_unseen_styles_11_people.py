"""An eleventh round of invented minutes, for attendees and speakers (issue 12, families read
off the odd-numbered supplement documents and the older train documents).

Shapes: an attendance list whose names are parted by spaces only (one line under a
"PRESENT: Councillors ..." heading, and an apologies line after a plural honorific), where
a given name printed twice opens a name rather than ends one; a run with a tag repeated
after each name, which is no run of names; and speakers named by a surname alone or after
a title the people reader does not know ("Manager Zintler stated", "Member Quorvell
explained", "supported by Braskin"), resolved to the one listed person with that surname.
Every passage is invented (bodies, people and dates; none of the names occurs in
corpus/raw); expected values were read off the passage by hand.
"""

from __future__ import annotations

from invented import item as _item, meeting as _meeting

SPACE_PARTED = """\
MINUTES OF THE NOVEMBER MEETING OF GLENBARRA COUNTY COUNCIL HELD ON 3 NOVEMBER 2025

PRESENT: Councillors Tess Marrow In the Chair

Ned Yarborrow Ada Quillfeather Gil Ostrander Ivo Plaskett Lise Tornquist Hugo Fellwick

APOLOGIES: Councillors Brendan Quennock Padraig Joe Varrow Padraig Tillane

1. MINUTES
Councillor Yarborrow proposed the adoption of the minutes.
"""

TAGGED_RUN = """\
Minutes of the Dunlow Residents Group, 4 November 2025

Present: Ada Quillfeather Resident Gil Ostrander Resident Ivo Plaskett Resident

1. Minutes
The minutes were approved.
"""

TITLED_SURNAMES = """\
MINUTES OF THE REGULAR MEETING OF THE VELDMORE TOWN COUNCIL
March 3, 2025

Present: Mayor Bob Hensby, Council Members Dan Quorvell, Ann Pitterly and Lou Braskin.
Staff: Town Manager Tilda Zintler.

1. PUBLIC HEARING
Motion by Pitterly supported by Braskin to open the public hearing. Motion carried.
Manager Zintler stated the hearing had been advertised.

2. BUDGET
Mayor Hensby asked about the reserves. Member Quorvell explained the figures.
"""


def _names(people) -> list[str]:
    return [p.name for p in people]


def test_names_parted_by_spaces_only_are_several_people(nlp):
    m = _meeting(nlp, SPACE_PARTED)
    present = _names(m.present)
    for name in ("Ned Yarborrow", "Ada Quillfeather", "Gil Ostrander", "Ivo Plaskett", "Lise Tornquist",
                 "Hugo Fellwick"):
        assert any(n.endswith(name) for n in present), (name, present)
    # never one "name" holding two people
    assert not any("Yarborrow Ada" in n or "Tornquist Hugo" in n for n in present)


def test_a_given_name_printed_twice_opens_a_name(nlp):
    m = _meeting(nlp, SPACE_PARTED)
    assert _names(m.apologies) == [
        "Councillor Brendan Quennock", "Councillor Padraig Joe Varrow", "Councillor Padraig Tillane"]


def test_a_tag_repeated_after_each_name_is_no_run_of_names(nlp):
    m = _meeting(nlp, TAGGED_RUN)
    assert not any("Resident" in (n or "").split()[:1] or (n or "").startswith("Quillfeather")
                   for n in _names(m.present))
    assert "Resident Gil" not in " ".join(n or "" for n in _names(m.present))


def test_surnames_after_unknown_titles_are_the_listed_speakers(nlp):
    m = _meeting(nlp, TITLED_SURNAMES)
    hearing = {(s.name, s.role) for s in _item(m, "1").speakers}
    assert ("Council Member Ann Pitterly", "Council Member") in hearing
    assert ("Council Member Lou Braskin", "Council Member") in hearing  # "supported by Braskin"
    assert ("Tilda Zintler", "Town Manager") in hearing  # "Manager Zintler stated"
    budget = {(s.name, s.role) for s in _item(m, "2").speakers}
    assert ("Bob Hensby", "Mayor") in budget
    assert ("Council Member Dan Quorvell", "Council Member") in budget  # "Member Quorvell explained"


QUORUM_SENTENCE = """\
MINUTES OF THE CITY COMMISSION OF HARLOWAY
May 6, 2024

The meeting was called to order at 4:00 p.m. Those present and comprising a quorum: Mayor Gil Ostrander (presiding), Commissioners Tess Marrow, Abe Quillfeather, and Ned Yarborrow. Also present: Ivo Plaskett, City Manager.

1. CONSENT AGENDA
Commissioner Marrow moved to approve the consent agenda. Commissioner Yarborrow seconded.
"""

ANSWERED_TO_NAMES = """\
At a Regular Meeting of the Board of Commissioners of Fennick, held on Tuesday, June 4, 2024, at 5:30 p.m., upon call of the roll by the City Clerk, the following answered to their names: Commissioners Tess Marrow, Abe Quillfeather and Ned Yarborrow.

APPROVE MINUTES
Commissioner Marrow offered motion, seconded by Commissioner Yarborrow, that the minutes be approved.
"""


def test_a_sentence_that_says_its_list_follows_opens_the_attendance(nlp):
    m = _meeting(nlp, QUORUM_SENTENCE)
    assert [(p.name, p.role) for p in m.present] == [
        ("Gil Ostrander", "Mayor"), ("Commissioner Tess Marrow", None), ("Commissioner Abe Quillfeather", None),
        ("Commissioner Ned Yarborrow", None)]
    assert [(p.name, p.role) for p in m.officers] == [("Ivo Plaskett", "City Manager")]


def test_the_members_who_answered_to_their_names_are_present(nlp):
    m = _meeting(nlp, ANSWERED_TO_NAMES)
    assert [p.name for p in m.present] == [
        "Commissioner Tess Marrow", "Commissioner Abe Quillfeather", "Commissioner Ned Yarborrow"]


SLASH_AND_MID_LINE_MOVER = """\
MINUTES OF THE REGULAR MEETING OF THE DUNLOW VILLAGE COUNCIL
Present: Mayor Bob Hensby, Councillors Dan Quorvell, Ann Pitterly and Lou Braskin.

1. Adoption of Agenda
Quorvell/Pitterly Resolved to adopt the agenda as circulated.

2. Minutes
The minutes were reviewed. Moved Braskin, seconded Quorvell, to approve the minutes. Carried.

3. Correspondence
A letter from the hall committee was read. Braskin and Pitterly were thanked for their help.
"""


def test_a_slash_pair_and_a_mover_opening_a_sentence_are_speakers(nlp):
    m = _meeting(nlp, SLASH_AND_MID_LINE_MOVER)
    assert {s.name for s in _item(m, "1").speakers} == {"Councillor Dan Quorvell", "Councillor Ann Pitterly"}
    assert {s.name for s in _item(m, "2").speakers} == {"Councillor Lou Braskin", "Councillor Dan Quorvell"}
    assert _item(m, "3").speakers == []  # only thanked: no speaker


PROPOSITION = """\
MINUTES OF THE MEETING OF CORRABEG MUNICIPAL DISTRICT
PRESENT: Councillors Dan Quorvell, Ann Pitterly and Lou Braskin.

1. VOTES OF SYMPATHY
On the proposition of Councillor Ann Pitterly and unanimously agreed a vote of sympathy was extended to the family of the late Mr Haskett.
"""


def test_the_member_on_whose_proposition_a_vote_passed_is_a_speaker(nlp):
    m = _meeting(nlp, PROPOSITION)
    assert [(s.name, s.role) for s in _item(m, "1").speakers] == [("Councillor Ann Pitterly", "Councillor")]
