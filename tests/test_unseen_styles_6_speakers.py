"""Speakers in shapes the extractor was not written against (issue 12): movers and
seconders printed in a slash pair or after a cue with no space, offices before a
seconder's name, a mover and a seconder run together on one line, and club minutes
that list members by one name only. All passages and names are invented."""

from __future__ import annotations

from invented import item as _item, meeting as _meeting


def _speakers(item) -> list[tuple[str | None, str | None]]:
    return [(s.name, s.role) for s in item.speakers]


def _names(item) -> list[str | None]:
    return [s.name for s in item.speakers]


def test_movers_and_seconders_in_slash_pairs_and_cues_without_a_space(nlp):
    """"RESOLVED (Cr A/Cr B)", "Crs A/B Carried" and "Moved by:Councillor A" put the
    members in the mover's and seconder's places: both are speakers in that item."""
    m = _meeting(nlp, """\
Ellmoor Shire Council
Minutes of the Ordinary Meeting held on 4 March 2024

Present: Cr Quillon Varsk (Mayor), Cr Odile Prenthaw, Cr Bexley Marrowind, Cr Tamsin Growle

1. Minutes
Moved by:Councillor O. Prenthaw
Seconded by:Councillor B. Marrowind
THAT the minutes be adopted.
Carried

2. Accounts
RESOLVED (Cr Prenthaw/Cr Growle)
That the accounts be paid.

3. Roads
Crs Marrowind/Growle Carried
That the roads report be received.
""")
    assert [n.split()[-1] for n in _names(_item(m, "1"))] == ["Prenthaw", "Marrowind"]
    assert _speakers(_item(m, "2")) == [("Cr Odile Prenthaw", "Councillor"), ("Cr Tamsin Growle", "Councillor")]
    assert _speakers(_item(m, "3")) == [("Cr Bexley Marrowind", "Councillor"), ("Cr Tamsin Growle", "Councillor")]


def test_mover_and_seconder_run_together_on_one_line(nlp):
    """"Moved Cr A Seconder Cr B": "Seconder" ends the mover's name and cues the
    seconder, so there are two speakers and neither name carries the word."""
    m = _meeting(nlp, """\
Minutes of the Ordinary Meeting of Tarrowby Council held on 5 May 2024

Present: Crs J Wendlecott, P Ostrava, K Dunmarrow

2. Confirmation of minutes
2.1 Moved Cr Wendlecott Seconder Cr Ostrava "that the minutes be confirmed." CARRIED
""")
    names = _names(_item(m, "2.1"))
    assert len(names) == 2
    assert names[0].endswith("Wendlecott") and names[1].endswith("Ostrava")


def test_a_seconder_printed_with_her_office(nlp):
    """The list gives "Deputy Mayor Helen Quarrington"; the attendance record keeps the
    office out of the name, and "Seconded by Deputy Mayor Helen Quarrington" is still
    her, with the office as her role."""
    m = _meeting(nlp, """\
TOWN OF BRISWELL
Minutes of the Regular Council Meeting held on May 12, 2025

Present: Mayor Rosa Tillane, Deputy Mayor Helen Quarrington, Council Members Pruet, Vossberg

2. Treasurer's Report
Moved by Council Member Vossberg
Seconded by Deputy Mayor Helen Quarrington
That Council receive the Treasurer's report.
CARRIED
""")
    assert ("Helen Quarrington", "Deputy Mayor") in _speakers(_item(m, "2"))
    assert len(_item(m, "2").speakers) == 2


def test_the_candidate_of_a_bare_proposal_is_no_speaker(nlp):
    """"Cllr A proposed Cllr B for Chairman": A proposes and speaks; B is only the
    candidate (the guidelines' elections rule), though the position looks like a mover's."""
    m = _meeting(nlp, """\
Minutes of Pellingford Parish Council held on 2 May 2024

Present: Cllr Ashworthy, Cllr Brindlecombe, Cllr Dunnage

1. Election of Chairman
Cllr Dunnage proposed Cllr Ashworthy for Chairman, this was seconded by Cllr Brindlecombe. Cllr Ashworthy accepted.
""")
    assert sorted(_names(_item(m, "1"))) == ["Cllr Brindlecombe", "Cllr Dunnage"]


def test_club_members_listed_by_first_name_only(nlp):
    """A club lists its committee as "Present: Odell, Priya, …" and writes "Odell
    advised …": each listed one-word name followed by a speech verb is a speaker."""
    m = _meeting(nlp, """\
Harwick Model Railway Club

Committee Meeting (14/02/2024)

Present: Odell, Prunella, Vaughn, Brisco
Apologies: Lark

1. Track repairs

- Odell advised that the branch line needs new sleepers.
- Prunella noted that the budget allows for it.

2. Open day

Brisco suggested a date in May. Vaughn said he would book the hall. Lark was missed.
""")
    assert _names(_item(m, "1")) == ["Odell", "Prunella"]
    assert _names(_item(m, "2")) == ["Brisco", "Vaughn"]


def test_trustee_abbreviated_tr(nlp):
    """"A motion was made by Tr. A Seconded by Tr. B": "Tr." is the trustee's title,
    written out in the name and the role; a vote word after a name is no part of it."""
    m = _meeting(nlp, """\
Minutes of the Regular Meeting of the Brackwater Village Board held on March 4, 2024

Present: President Idony Castlereagh, Trustees Parrimore, Bolgrave, Merriweather

2. Zoning
A motion was made by Tr. Parrimore Seconded by Tr. Bolgrave to recommend a hearing. Carried.

3. Fences
A motion was made by Tr. Merriweather and seconded by Tr. Bolgrave Yeas Parrimore, Bolgrave. Carried.
""")
    assert _speakers(_item(m, "2")) == [("Trustee Parrimore", "Trustee"), ("Trustee Bolgrave", "Trustee")]
    assert _speakers(_item(m, "3")) == [("Trustee Merriweather", "Trustee"), ("Trustee Bolgrave", "Trustee")]


def test_rural_municipality_movers_in_capitals_and_initialled_pairs(nlp):
    """Prairie municipalities print the mover's surname in capitals before the motion
    ("19/086 VASKO: That …") and mover and seconder as "B. Vasko – W. Pelloquin" over
    "RESOLVED THAT …": they are the listed councillors. A capitalised word that names
    nobody ("MINUTES: That …") gives no speaker."""
    m = _meeting(nlp, """\
Rural Municipality of Quillbrook No. 517
Minutes of the Regular Meeting of Council held April 4, 2019

Present: Reeve Ansel Thorncliff, Councillors Brennick Vasko, Dorian Quennell, Wystan Pelloquin

1. Minutes
The minutes were read. 19/086 VASKO: That the minutes of the meeting of March 7, 2019 be adopted.
CARRIED

2. Accounts
The accounts were reviewed. 19/087 QUENNELL – That the accounts be authorized for payment.
CARRIED

3. Agenda
B. Vasko – W. Pelloquin
RESOLVED THAT the Agenda be adopted as amended.
Carried.

4. Correspondence
The letters were read. MINUTES: That the letters be filed.
""")
    assert _speakers(_item(m, "1")) == [("Councillor Brennick Vasko", "Councillor")]
    assert _speakers(_item(m, "2")) == [("Councillor Dorian Quennell", "Councillor")]
    assert _speakers(_item(m, "3")) == [("Councillor Brennick Vasko", "Councillor"),
                                        ("Councillor Wystan Pelloquin", "Councillor")]
    assert _item(m, "4").speakers == []


def test_a_member_title_in_capitals_gives_the_full_name(nlp):
    """A header table prints "COMMISSIONER Nerys Valcourt"; the minutes write
    "Commissioner Valcourt moved …": the speaker is the fullest form, with the title."""
    m = _meeting(nlp, """\
LOWER FENWAY FIRE DISTRICT
Regular Meeting Minutes, January 20, 2016

BOARD OF COMMISSIONERS DISTRICT OFFICERS COMMISSIONER Tobin Ashgrave, Chairman CHIEF P. L. Dorrance COMMISSIONER Nerys Valcourt

1. Approval of Agenda
Commissioner Valcourt moved to approve the Agenda. Motion seconded. Motion carried.
""")
    assert _speakers(_item(m, "1")) == [("Commissioner Nerys Valcourt", "Commissioner")]


def test_cr_with_a_stop_and_bare_or_glued_initials(nlp):
    """Australian lists print "Cr. W S Wandsley" and "Cr FM Quayle"; "Moved Cr
    Wandsley … Seconded Cr Quayle" names them, so the speakers carry the list's full
    forms (the scorer keeps "Cr", so "Cr Wandsley" would not be the same name)."""
    m = _meeting(nlp, """\
Minutes of the General Meeting of the Corrabee Shire Council held on 14 June 2011

Attendance: Cr. R S Ludgrove (Mayor), Cr. J P Barthelmess, Cr. W S Wandsley, Cr FM Quayle

1. Roads
Resolution No. GM.101.11
Moved Cr Wandsley                       Seconded Cr Quayle
That the report be received.
Carried 5-0
""")
    assert _speakers(_item(m, "1")) == [("Cr. W S Wandsley", "Councillor"), ("Cr FM Quayle", "Councillor")]


def test_a_shortened_role_is_its_named_holder(nlp):
    """"Maris Quintrell, Assistant Director – Housing Services, presented …" and then
    "The Assistant Director advised …": one speaker, the named holder, not a second
    role-only record."""
    m = _meeting(nlp, """\
Minutes of the Pellbridge Scrutiny Committee held on 3 June 2024

Present: Councillor Ysolde Farrowgate (Chair), Councillor Dunstan Pellowe

1. Housing Update
Maris Quintrell, Assistant Director – Housing Services, presented the report. The Assistant Director advised that 40 homes were empty.
""")
    assert _names(_item(m, "1")) == ["Maris Quintrell"]


def test_movers_printed_in_capitals(nlp):
    """"MOVED BY COUNCILLOR KELBY RANWORTH AND SECONDED BY …": the capitals name the
    listed councillors, written as the list writes them. A name glued to the next word
    by the PDF ("DASKELLTHAT") fits nobody and gives no speaker."""
    m = _meeting(nlp, """\
TOWN OF MERRIVALE
Minutes of the Regular Council Meeting held on August 8, 2016

Present: Mayor Osric Thale, Councillors Kelby Ranworth, Imogen Daskell, Perrin Hollowell

2. Approval of Agenda
#16-137 MOVED BY COUNCILLOR KELBY RANWORTH AND SECONDED BY COUNCILLOR IMOGEN DASKELLTHAT COUNCIL APPROVE THE AGENDA AS CIRCULATED.
MOTION CARRIED.

3. Bylaws
C-85/16 MOVED BY COUNCILLOR PERRIN HOLLOWELL that the bylaw be given first reading.
MOTION CARRIED
""")
    assert _speakers(_item(m, "2")) == [("Councillor Kelby Ranworth", "Councillor")]
    assert _speakers(_item(m, "3")) == [("Councillor Perrin Hollowell", "Councillor")]


def test_a_mover_in_capitals_before_moved(nlp):
    """"BRINKLEY MOVED to approve …" (a board that prints movers in capitals) is the
    listed councillor; "MOTION MOVED" names nobody."""
    m = _meeting(nlp, """\
Minutes of the Ordinary Meeting of Tawhiri Vale District Council held on 3 February 2021

Present: Mayor Kirsty Wyndale, Councillors Tapsell, Marwood, Brinkley, Orchard

1. Apologies
Councillors Tapsell / Marwood
That the apology from Councillor Orchard be accepted.
Carried

3. Roads
BRINKLEY MOVED to approve the roads programme. VOICE VOTE ON MOTION CARRIED UNANIMOUSLY.

4. Parks
MOTION MOVED to approve the parks plan. CARRIED.
""")
    assert _speakers(_item(m, "1")) == [("Councillor Tapsell", "Councillor"), ("Councillor Marwood", "Councillor")]
    assert _speakers(_item(m, "3")) == [("Councillor Brinkley", "Councillor")]
    assert _item(m, "4").speakers == []
