"""Speakers in the minutes of boards that are not councils (issue 12): clubs and
societies that name members by first name only and print no attendance list, notes
written in the present tense ("Marisol says ..."), notes that put the speaker before a
colon ("- Ottilie: Suggested ..."), and the words such notes open clauses with that name
nobody ("Members noted", "Evidence suggests", "Closing Remarks"). All passages and
names are invented; expected values were read off each passage by hand."""

from __future__ import annotations

from invented import item as _item, meeting as _meeting


def _names(item) -> list[str | None]:
    return [s.name for s in item.speakers]


CLUB_WITHOUT_LIST = """\
Minutes of the Annual General Meeting of the Harrowgate Lane Chess Circle - 6 October 2023

  1. Apologies for absence - None
  2. Chairman's report (Orsolya) - Orsolya reported a good season with two new teams. Members noted the report.
  3. Treasurer's report (Lysander) - Lysander thanked everyone for paying subs on time. He presented the accounts, which show a small surplus.
  4. Any other business - Evidence suggests that Thursday evenings suit most players.
"""


def test_club_members_named_by_first_name_only_are_speakers_as_printed(nlp):
    """No attendance list: "Orsolya reported", "Lysander thanked" make them speakers
    under the name as printed (the guidelines keep a name found in no list as
    printed); "Members noted" names nobody."""
    m = _meeting(nlp, CLUB_WITHOUT_LIST)
    assert _names(_item(m, "2")) == ["Orsolya"]
    assert _names(_item(m, "3")) == ["Lysander"]


def test_a_thing_that_suggests_is_no_speaker(nlp):
    """"Evidence suggests ..." opens a clause with a capitalised word and a speech verb,
    but evidence is not a person: item 4 has no speaker."""
    m = _meeting(nlp, CLUB_WITHOUT_LIST)
    assert _item(m, "4").speakers == []


PRESENT_TENSE_NOTES = """\
Riverside Makers Collective - Board Meeting 2024-03-12

Attendees:
- Thaddeus Quimby
- Marisol Venkat
- Ottilie Brannagh

1. Grants
Marisol says the lottery grant came through and the money arrives next month.
Thaddeus asks whether the grant can pay for the laser cutter.

2. Meetup night
- Ottilie: Suggested moving the meetup to Thursdays.
- Thaddeus: to book the back room for the first Thursday.

3. Closing Remarks
The next meeting is on 9 April.
"""


def test_present_tense_notes_give_speakers_under_the_listed_names(nlp):
    """"Marisol says", "Thaddeus asks": the present tense reports speech as the past
    does, and the first names become the list's full names."""
    m = _meeting(nlp, PRESENT_TENSE_NOTES)
    assert sorted(_names(_item(m, "1"))) == ["Marisol Venkat", "Thaddeus Quimby"]


def test_a_name_before_a_colon_and_a_speech_verb_is_a_speaker(nlp):
    """"- Ottilie: Suggested ..." is Ottilie speaking; "- Thaddeus: to book ..." is a
    task given to him (an action in the minutes' own voice), which makes no speaker."""
    m = _meeting(nlp, PRESENT_TENSE_NOTES)
    assert _names(_item(m, "2")) == ["Ottilie Brannagh"]


def test_a_heading_with_a_capitalised_present_verb_is_no_speech(nlp):
    """"Closing Remarks" is a heading, not someone called Closing remarking."""
    m = _meeting(nlp, PRESENT_TENSE_NOTES)
    assert _item(m, "3").speakers == []


def test_an_unlisted_single_word_beside_a_list_of_full_names_is_no_speaker(nlp):
    """When the attendance list prints full names, a lone capitalised word it does not
    hold ("Zebedee reported", nobody of that name attended) is not named as a speaker,
    while a listed first name still is."""
    m = _meeting(nlp, """\
Kestrel Valley Hospice Trust - Board of Trustees

Minutes of the meeting held on 14 May 2024

Present: Perpetua Fenwright (Chair), Wilhelmina Dorrance, Caddow Tregunna

4. Fundraising
Zebedee reported that the fun run had raised more than last year.
Wilhelmina said the shop takings were also up.
""")
    assert _names(_item(m, "4")) == ["Wilhelmina Dorrance"]


def test_a_case_summary_in_the_present_tense_gives_no_speaker(nlp):
    """"Caddow Tregunna, owner, requests a variance" describes an application: the
    applicant is not recorded as speaking at the meeting."""
    m = _meeting(nlp, """\
Kestrel Valley Zoning Board of Appeals
Minutes of the Regular Meeting held on June 3, 2024

Present: Perpetua Fenwright (Chair), Wilhelmina Dorrance

5. Case 24-07
Caddow Tregunna, owner, requests a variance to build a fence higher than six feet.
""")
    assert "Caddow Tregunna" not in _names(_item(m, "5"))


def test_a_member_title_before_a_surname_is_the_listed_member(nlp):
    """"Trustees present: ... Tamsin Growle", later "Trustee Growle asked": the
    speaker is the listed trustee under the list's own form of her name (the heading
    gives the title, which becomes her role), not a second person "Growle"."""
    m = _meeting(nlp, """\
Briswell Free Library Board of Trustees
Minutes of the Regular Meeting held on May 12, 2025

Trustees present: Odile Prenthaw, Bexley Marrowind, Quillon Varsk, and Tamsin Growle.

1. Budget
Trustee Growle asked whether the roof repair was in the budget.
""")
    assert [(s.name, s.role) for s in _item(m, "1").speakers] == [("Tamsin Growle", "Trustee")]


def test_a_title_opening_a_clause_is_no_one_word_name(nlp):
    """Without an attendance list, "Senator thanked ..." and "Applicants asked ..."
    open clauses with a capitalised word and a speech verb, but a title or a group is
    no one's name: no speaker is named "Senator" or "Applicants"; "Quenby asked" is."""
    m = _meeting(nlp, """\
Minutes of the Committee Meeting of the Oakhollow Bowls Club - 2 July 2024

  1. Visitors - Senator thanked the club for the invitation. Applicants asked about the joining fee. Quenby asked about parking.
""")
    assert _names(_item(m, "1")) == ["Quenby"]
