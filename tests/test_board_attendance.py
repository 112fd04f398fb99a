"""Attendance in the minutes of boards that are not councils (issue 12): governing bodies,
trusts, church councils and clubs word their apologies as sentences after a heading
("Apologies: The following apologies were received and accepted: ..."), and tag each
name with its initials, sometimes with no comma between two people ("Rhea Tolliver RT
Owen Pask OP"), initials that may count the capital after an apostrophe ("Orlagh
O’Brennock OOB"). All passages and names are invented (checked absent from corpus/raw);
expected values were read off each passage by hand."""

from __future__ import annotations

from invented import meeting, people

_MEMBERS = "Present: Alma Quisling (Chair), Derwent Haycock, Priya Okonjo\n\n"
_ITEM = "\n\n1. Minutes\n\nThe minutes of the last meeting were approved.\n"


def _apologies(nlp, line: str, head: str = "Minutes of the Trustees meeting held on 4 March 2024\n\n") -> list:
    return people(meeting(nlp, head + _MEMBERS + line + _ITEM).apologies)


def test_a_heading_then_the_following_apologies_sentence_lists_the_apologies(nlp):
    got = _apologies(nlp, "Apologies : The following apologies were received and accepted : "
                          "Tamsin Vrell, Oskar Pelleworth, Isolde Haskamp")
    assert got == [("Tamsin Vrell", None), ("Oskar Pelleworth", None), ("Isolde Haskamp", None)]


def test_apologies_received_from_as_a_heading(nlp):
    got = _apologies(nlp, "Apologies received from: Tamsin Vrell, Oskar Pelleworth (Observer), Isolde Haskamp")
    assert got == [("Tamsin Vrell", None), ("Oskar Pelleworth", "Observer"), ("Isolde Haskamp", None)]


def test_approved_apologies_heading_of_a_governing_body(nlp):
    got = _apologies(nlp, "Approved apologies: Tamsin Vrell (Parent Governor), Oskar Pelleworth (Staff Governor)",
                     head="Minutes of the Full Governing Body held on 4 March 2024\n\n")
    assert got == [("Tamsin Vrell", "Parent Governor"), ("Oskar Pelleworth", "Staff Governor")]


def test_apologies_noted_as_having_been_received_from(nlp):
    got = _apologies(nlp, "Apologies for absence were noted as having been received from Tamsin Vrell, "
                          "Oskar Pelleworth and Isolde Haskamp.",
                     head="Minutes of the University Court held on 4 March 2024\n\n")
    assert [name for name, _ in got] == ["Tamsin Vrell", "Oskar Pelleworth", "Isolde Haskamp"]


_TAGGED = """\
Minutes of the Parochial Church Council held on 4 March 2024

Present: Rhea Tolliver RT (chair), Owen Pask OP Wenna Drace WD, Orlagh O’Brennock OOB (Churchwarden)
Apologies received from: Tamsin Vrell TV, Oskar Pelleworth OP Isolde Haskamp IH (Methodist Observer), Jane Wolde JW.

1. Minutes

The minutes of the last meeting were approved.
"""


def test_people_tagged_with_initials_and_no_comma_between_are_two_people(nlp):
    m = meeting(nlp, _TAGGED)
    assert people(m.present) == [
        ("Rhea Tolliver", "chair"), ("Owen Pask", None), ("Wenna Drace", None), ("Orlagh O’Brennock", "Churchwarden"),
    ]
    assert people(m.apologies) == [
        ("Tamsin Vrell", None), ("Oskar Pelleworth", None), ("Isolde Haskamp", "Methodist Observer"), ("Jane Wolde", None),
    ]


_BOARD = """\
Thornbury Vale Community Health Trust
Minutes of the Board of Directors meeting held on 14 March 2024

Board members present:
Alma Quisling (Chair)
Derwent Haycock (Non-Executive Director)
Priya Okonjo (Chief Executive)
Solveig Farrant (Director of Finance)

In attendance:
Hesper Ravensby (Company Secretary)

1. Minutes

The minutes of the last meeting were approved.
"""


def test_a_board_members_heading_keeps_its_directors_as_members(nlp):
    """The guidelines put a board's voting directors, executive or not, in present; the
    company secretary in attendance is staff."""
    m = meeting(nlp, _BOARD)
    assert people(m.present) == [
        ("Alma Quisling", "Chair"), ("Derwent Haycock", "Non-Executive Director"),
        ("Priya Okonjo", "Chief Executive"), ("Solveig Farrant", "Director of Finance"),
    ]
    assert people(m.officers) == [("Hesper Ravensby", "Company Secretary")]


def test_executive_directors_under_present_are_members_when_staff_attend_apart(nlp):
    """"Present:" names the board, executives included; its staff are listed under "In
    attendance", so the medical director is a member and the minute-taker an officer."""
    text = _BOARD.replace("Board members present:", "Present:").replace(
        "Hesper Ravensby (Company Secretary)", "Hesper Ravensby (Company Secretary)\nTobias Wren (Head of Estates)").replace(
        "Solveig Farrant (Director of Finance)", "Solveig Farrant (Medical Director)\nOssian Lintel (Minute Taker)")
    m = meeting(nlp, text)
    assert ("Solveig Farrant", "Medical Director") in people(m.present)
    assert people(m.officers) == [
        ("Ossian Lintel", "Minute Taker"), ("Hesper Ravensby", "Company Secretary"), ("Tobias Wren", "Head of Estates"),
    ]


def test_a_manager_among_the_members_with_no_staff_list_stays_an_officer(nlp):
    """Without a board heading or a separate staff list nothing changes: the body's
    manager printed among the members is an officer."""
    text = ("Minutes of the Brackwater Bowls Club committee held on 4 March 2024\n\n"
            "Present: Alma Quisling (Chair), Derwent Haycock, Priya Okonjo (Club Manager)\n" + _ITEM)
    m = meeting(nlp, text)
    assert people(m.present) == [("Alma Quisling", "Chair"), ("Derwent Haycock", None)]
    assert people(m.officers) == [("Priya Okonjo", "Club Manager")]


def test_an_executive_team_heading_lists_staff(nlp):
    """A charity's "Executive team:" is its staff: officers, while the trustees and the
    governors listed around it are members."""
    text = ("Minutes of the Board of Trustees meeting held on 4 March 2024\n\n"
            "Trustees: Tamsin Vrell (Chair), Oskar Pelleworth, Isolde Haskamp\n"
            "Executive team: Solveig Farrant (Chief Executive), Tobias Wren (Director of Finance)\n"
            "Governors: Hesper Ravensby, Caius Emberly\n" + _ITEM)
    m = meeting(nlp, text)
    assert people(m.officers) == [("Solveig Farrant", "Chief Executive"), ("Tobias Wren", "Director of Finance")]
    assert [name for name, _ in people(m.present)] == [
        "Tamsin Vrell", "Oskar Pelleworth", "Isolde Haskamp", "Hesper Ravensby", "Caius Emberly"]


def test_two_names_on_a_line_under_a_heading_are_two_people(nlp):
    """"Directors:" then "Tamsin Vrell, Oskar Pelleworth": the second name is no title of
    the first; "Isolde Haskamp, Sandford Ward" (a ward) still is a name and a role."""
    text = ("Minutes of the Board of Directors meeting held on 4 March 2024\n\n"
            "Directors:\nTamsin Vrell, Oskar Pelleworth\nIsolde Haskamp, Sandford Ward\n" + _ITEM)
    m = meeting(nlp, text)
    assert people(m.present) == [("Tamsin Vrell", None), ("Oskar Pelleworth", None), ("Isolde Haskamp", "Sandford Ward")]


def test_present_voting_heading_opens_the_board_members_list(nlp):
    """An NHS-style board heads its voting members "Present voting:": the non-executive
    director and the chief executive under it are members, the company secretary in
    attendance an officer."""
    text = ("Minutes of the Board of Directors meeting held on 14 March 2024\n\n"
            "Present voting:\nTamsin Vrell, Chair\nOskar Pelleworth, Non-Executive Director\nIsolde Haskamp, Chief Executive\n\n"
            "In attendance:\nHesper Ravensby, Company Secretary\n" + _ITEM)
    m = meeting(nlp, text)
    assert people(m.present) == [
        ("Tamsin Vrell", "Chair"), ("Oskar Pelleworth", "Non-Executive Director"), ("Isolde Haskamp", "Chief Executive"),
    ]
    assert people(m.officers) == [("Hesper Ravensby", "Company Secretary")]
