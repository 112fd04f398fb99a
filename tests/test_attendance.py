"""Attendance: present members with roles, officers with titles, apologies.

Expected values were read by hand from the corpus files named in each test.
"""

from __future__ import annotations

from structure_util import record


def people(att) -> list[tuple]:
    return [(a.name, a.role) for a in att]


def meeting(nlp, prefix=None, text=None):
    (m,) = record(nlp, prefix, text).meetings
    return m


def test_seed_001_members_officers_and_apologies(nlp):
    m = meeting(nlp, "seed_001")
    assert people(m.present) == [
        ("Councillor Jerry Roodhouse", "Vice-Chair"),
        ("Councillor Jo Barker", None),
        ("Councillor Brett Beetham", None),
        ("Councillor Brian Hammersley", None),
        ("Councillor Marian Humphreys", None),
        ("Councillor Jill Simpson-Vince", None),
    ]
    assert people(m.officers) == [
        ("Helen Barnsley", "Democratic Services Officer"),
        ("John Coleman", "Assistant Director - Children and Families"),
        ("Sally Nash", "Service Manager (Youth Justice)"),
        ("Nichola Vine", "Strategy and Commissioning Manager, Legal and Democratic"),
    ]
    # recorded inside item "1. General / (1) Apologies"
    assert [a.name for a in m.apologies] == [
        "Councillor Yousef Dahmash",
        "Councillor Barbara Brown",
        "Councillor Pete Gilbert",
        "Councillor Justin Kerridge",
        "Mr John McRoberts",
    ]


def test_plural_councillors_distribute_and_in_the_chair_is_chair(nlp):
    m = meeting(nlp, "dev_001")
    assert people(m.present) == [
        ("Councillor Robinson", "Chair"),
        ("Councillor Wilson", "Vice-Chair"),
        ("Councillor Allcock", None),
        ("Councillor Jawaid", None),
        ("Councillor Ogg", None),
        ("Councillor Whiteley", None),  # "Councillor Whiteley attended the meeting in accordance with ..."
    ]


def test_present_absent_table_and_officers_in_attendance(nlp):
    m = meeting(nlp, "dev_012")
    assert len(m.present) == 24 and len(m.apologies) == 5 and len(m.officers) == 8
    assert people(m.present)[:2] == [("Peter Crew", "Chairman"), ("Jill Iles", "Vice-Chairman")]
    # "(substitute for Dawn Payne)" is not a role
    assert ("Peter Burden", None) in people(m.present)
    assert ("Reyna Knight", None) in people(m.apologies)
    assert people(m.officers)[0] == ("Sue Buck", "Corporate Services")


def test_inline_present_list_with_chair_and_absent_line(nlp):
    m = meeting(nlp, "dev_037")
    assert len(m.present) == 11
    assert ("Cllr J Edwarde", "Chair") in people(m.present)
    assert people(m.apologies) == [("Cllr G Horner", None)]


def test_apology_sentences(nlp):
    assert [a.name for a in meeting(nlp, "dev_002").apologies] == ["Councillor Guest", "Councillor White"]
    assert [a.name for a in meeting(nlp, "dev_018").apologies] == ["Jan Britton", "Anna Eastgate", "Marc House"]
    assert [a.name for a in meeting(nlp, "dev_074").apologies] == [
        "Councillor Iain Angus MacDonald",
        "Councillor Robert E MacIntyre",
        "Councillor Iain Stewart MacLean",
        "Councillor Donald MacMillan",
        "Councillor James Robb",
    ]


def test_initials_with_full_stops_do_not_end_the_list(nlp):
    m = meeting(nlp, "dev_063")
    assert [a.name for a in m.present][:3] == ["Councillor K. Hatton", "Councillor J.W. Thomas", "Councillor Mrs. M.R. Wilkinson"]


def test_names_without_separators(nlp):
    m = meeting(nlp, "dev_069")
    names = [a.name for a in m.present]
    assert names[:4] == ["P McLean", "P J Bateson", "J Campbell", "T J Catherwood"]
    assert "Miss K A Lagan" in names


def test_role_only_entries_are_not_people(nlp):
    text = "Audit Board - 1 May 2024\n\nPresent: Councillors Ann Lee (Chair) and Raj Patel.\n\nAlso present: Licensing Officer.\n\n1. Apologies\n\nNone.\n"
    m = meeting(nlp, text=text)
    assert people(m.present) == [("Councillor Ann Lee", "Chair"), ("Councillor Raj Patel", None)]


def test_attendee_spans_cover_the_name(nlp):
    from structure_util import file_text

    text = file_text("seed_001")
    m = meeting(nlp, "seed_001")
    s, e = m.officers[2].span
    assert text[s:e] == "Sally Nash, Service Manager (Youth Justice)"


def test_heading_blocks_with_dash_titles_and_bracketed_chair(nlp):
    text = (
        "Housing Panel - 2 February 2024\n\nPresent:\nCouncillor Kay Lowe (in the Chair)\nCouncillors Sam Peel and Lin Ward\n\n"
        "Officers:\nRuth Oakes – Head of Housing\nMark Bell – Solicitor\n\n"
        "Apologies for absence were submitted on behalf of Councillors Ian Mole and Pat Reed.\n\n1. Minutes\n\nApproved.\n"
    )
    m = meeting(nlp, text=text)
    assert people(m.present) == [("Councillor Kay Lowe", "Chair"), ("Councillor Sam Peel", None), ("Councillor Lin Ward", None)]
    assert people(m.officers) == [("Ruth Oakes", "Head of Housing"), ("Mark Bell", "Solicitor")]
    assert [a.name for a in m.apologies] == ["Councillor Ian Mole", "Councillor Pat Reed"]


def test_apology_list_ends_at_running_text(nlp):
    text = (
        "Audit Board - 1 May 2024\n\nApologies for absence were received from Councillor Dee Green who was substituted by "
        "Councillor Eli White.\n\n1. Minutes\n\nApproved.\n"
    )
    assert [a.name for a in meeting(nlp, text=text).apologies] == ["Councillor Dee Green"]


def test_upper_case_headings_and_title_before_name(nlp):
    text = (
        "STANDARDS COMMITTEE\n\nMINUTES OF MEETING HELD ON 9 NOVEMBER 2021\n\nPRESENT\n\nCouncillor Rhys Hughes (Chair)\n"
        "Councillors Tom Evans and Sian Price\n\nALSO IN ATTENDANCE\n\nMr Paul Owen, Independent Member\n\n"
        "OFFICERS IN ATTENDANCE\n\nHead of Legal Services (L Morgan)\n\nAPOLOGIES FOR ABSENCE\n\nCouncillor Jo Williams\n\n"
        "1   DECLARATIONS OF INTEREST\n\nNone.\n"
    )
    m = meeting(nlp, text=text)
    assert (m.body, m.date) == ("STANDARDS COMMITTEE", "2021-11-09")
    assert people(m.present) == [
        ("Councillor Rhys Hughes", "Chair"),
        ("Councillor Tom Evans", None),
        ("Councillor Sian Price", None),
        ("Mr Paul Owen", "Independent Member"),
    ]
    assert people(m.officers) == [("L Morgan", "Head of Legal Services")]
    assert people(m.apologies) == [("Councillor Jo Williams", None)]


def test_list_wrapped_over_lines(nlp):
    text = (
        "Audit Board - 1 May 2024\n\nPresent: Councillors Amy Fox (Chair), Ben Hart, Cal Ives,\nDee Jones and Eve King.\n\n"
        "Apologies were received from Councillors Fay Long and\nGus Mann.\n\n1. Minutes\n\nApproved.\n"
    )
    m = meeting(nlp, text=text)
    assert [a.name for a in m.present] == [
        "Councillor Amy Fox", "Councillor Ben Hart", "Councillor Cal Ives", "Councillor Dee Jones", "Councillor Eve King",
    ]
    assert [a.name for a in m.apologies] == ["Councillor Fay Long", "Councillor Gus Mann"]


def test_inline_officers_with_titles_after_commas(nlp):
    text = (
        "Audit Board - 1 May 2024\n\nOfficers: John Hale, Chief Executive; Jane Dore, Head of Finance; Ravi Shah\n\n"
        "1. Minutes\n\nApproved.\n"
    )
    assert people(meeting(nlp, text=text).officers) == [
        ("John Hale", "Chief Executive"), ("Jane Dore", "Head of Finance"), ("Ravi Shah", None),
    ]


def test_in_attendance_parts_councillors_from_officers(nlp):
    text = (
        "Audit Board - 1 May 2024\n\nIn attendance: Councillor Nia Rowe; Mark Bell (Head of Audit); Zoe Cole (Democratic Services)\n\n"
        "1. Minutes\n\nApproved.\n"
    )
    m = meeting(nlp, text=text)
    assert people(m.present) == [("Councillor Nia Rowe", None)]
    assert people(m.officers) == [("Mark Bell", "Head of Audit"), ("Zoe Cole", "Democratic Services")]


def test_member_of_the_public_attending_is_not_an_attendee(nlp):
    # dev_008: "Note: Mr S Walton (objector) attended the meeting and addressed the Committee"
    m = meeting(nlp, "dev_008")
    assert (m.present, m.apologies, m.officers) == ([], [], [])


def test_heading_with_a_letter_the_regex_folds_differently_does_not_fail_the_document(nlp):
    """An old-style long s ("abſence") matched the case-blind heading regex but missed the
    lower-cased key, and the whole document failed (spaCy E109)."""
    text = ("Minutes of the Cabinet held on 3 March 2024\n\nPresent: Councillor A Smith (Chair)\n\n"
            "Apologies for abſence: Councillor C Brown\n\n1. Minutes\n\nRESOLVED: That the minutes be approved.\n")
    m = meeting(nlp, text=text)
    assert [a.name for a in m.apologies] == ["Councillor C Brown"]
    assert people(m.present) == [("Councillor A Smith", "Chair")]
