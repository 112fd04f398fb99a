"""A sixth round of invented minutes, for attendance (issue 12, families read off the train split).

Shapes: names with accented and macron letters and Irish particles in a bulleted block
("Councillor Órla Ní Dhrisceoil", "Cr Mereana Pōtae"); an office printed with "The" and
its holder in brackets ("The Principal (Professor R J Halvey) (in the Chair)"), then a
paragraph list closed by a sentence; a presence sentence whose space was lost in export
("In attendance wereMayor ..."); "Name – Title" pieces of an inline list with "&" in the
title and a remark in brackets; staff printed by title only under "In Attendance" (parted
by semicolons, by commas, or one per line); and a group word right after "Apologies:"
("Apologies: Councillors: A; B"), which names who is listed rather than opening another
list. Every passage is invented (bodies, people and dates); expected values were read off
the passage by hand.
"""

from __future__ import annotations

from invented import meeting as _meeting, people as _people

BULLETED_ACCENTS = """\
Minutes of the Monthly Meeting of Carrowdrum Municipal District held on Monday, 3rd March 2025 at 10am

MEMBERS PRESENT:

  • Councillor Éanna Ruairc
  • Councillor Cianán Mac Giolla Rua
  • Councillor Órla Ní Dhrisceoil
  • Councillor Whetu Kāretu

OFFICIALS IN ATTENDANCE:

  • Mr. Fiachra Doolan, Senior Executive Officer
  • Ms. Nuala Bréifne, Meetings Administrator
  • Ms .Aoife Brannagh, Clerical Officer

1. MINUTES
The minutes of the previous meeting were confirmed.
"""

OFFICE_THEN_HOLDER = """\
A meeting of the Senate of Tolmere College was held in the Long Room on Tuesday 4 March 2025 at 4.00 p.m.

Present

The Principal (Professor R J Halvey) (in the Chair)
The Vice-Principal (Dr M Quennell)
The Registrar (External Affairs) (Ms T Ashdown-Brell)

Mrs A P Vantry, The Rev Dr O Merriwether, Associate Professor K L Dunkirrow and Hon P Greyfield.

Mr C Ashby and Ms L Varn were in attendance.

Business

1. Minutes
The minutes of the previous meeting were confirmed.
"""

GLUED_SENTENCE = """\
REGULAR COUNCIL MEETING, MONDAY, MARCH 3, 2025 AT 7:00 P.M.

In attendance wereMayor Corwin Ashby, Deputy Mayor Lysette Varn, Councillors Piers Haldow and Ines Marrick. Also in attendance wereCAO Tobiah Fenwright, Clerk Maribel Ossory and Town Engineer Dashiell Prew.

1. CALL TO ORDER
Mayor Corwin Ashby called the meeting to order.
"""

DASH_PIECES = """\
Open Minutes
Commencing: Wednesday 5 March 2025, 09:30am
Venue: Council Chambers, Regional House
Chairperson: Chairman Rangi Tawhiri
Members: Cr Mereana Pōtae
Cr Hollis Dunmere
In Attendance: Wiremu Kaipara – Chief Executive, Annick Solway – General Manager Strategy & Science, Petra Lund Vesey – General Manager Catchments (via Zoom)
Apologies: Cr Hollis Dunmere

1. Minutes
The minutes were confirmed.
"""

TITLES_BY_SEMICOLON = (
    "Minutes of Meeting of: Council Date and Time: Thursday 6 March 2025 at 7.00 pm Location: Council Chamber "
    "Present: Councillors: Ailbhe Carrow; Desmond Fennimore; Oonagh Rellis In Attendance: Chief Executive; "
    "Director of Community, Health and Leisure; Democratic Services Officer Apologies: Councillors: Brannagh "
    "Tullagher; Cathal Ormsby\n\n1. Minutes\nThe minutes were confirmed.\n"
)

TITLES_BY_LINE = """\
Minutes of the Ordinary Meeting of the Orrin Valley Council held on 7 March 2025

Present

Mayor Wendell Orrin (in the Chair), Councillors Abney, Fairlight and Quorne

In Attendance

Chief Executive, Director Corporate Services, Director City Strategy

Manager Asset Strategy

1. Apologies
There were no apologies.
"""


def test_accented_names_and_particles_do_not_end_a_bulleted_block(nlp):
    m = _meeting(nlp, BULLETED_ACCENTS)
    assert [a.name for a in m.present] == [
        "Councillor Éanna Ruairc", "Councillor Cianán Mac Giolla Rua", "Councillor Órla Ní Dhrisceoil",
        "Councillor Whetu Kāretu"]
    assert _people(m.officers) == [
        ("Mr. Fiachra Doolan", "Senior Executive Officer"), ("Ms. Nuala Bréifne", "Meetings Administrator"),
        ("Ms .Aoife Brannagh", "Clerical Officer")]  # the stop typed on the wrong side of the space


def test_office_with_the_holder_in_brackets_then_a_paragraph_list(nlp):
    m = _meeting(nlp, OFFICE_THEN_HOLDER)
    present = _people(m.present)
    # the office is the role, the bracketed holder the name; "(in the Chair)" does not replace the office
    assert present[:2] == [("Professor R J Halvey", "Principal"), ("Dr M Quennell", "Vice-Principal")]
    assert [name for name, _ in present[2:6]] == [
        "Mrs A P Vantry", "The Rev Dr O Merriwether", "Associate Professor K L Dunkirrow", "Hon P Greyfield"]
    # the registrar is the body's staff: an officer, with the bracket in the office kept
    assert _people(m.officers) == [("Ms T Ashdown-Brell", "Registrar (External Affairs)")]
    # the sentence closes the block: the heading "Business" below it is nobody
    assert "Business" not in [a.name for a in m.present]


def test_presence_sentence_with_the_space_lost_before_the_names(nlp):
    m = _meeting(nlp, GLUED_SENTENCE)
    assert _people(m.present) == [
        ("Corwin Ashby", "Mayor"), ("Lysette Varn", "Deputy Mayor"),
        ("Councillor Piers Haldow", None), ("Councillor Ines Marrick", None)]
    assert _people(m.officers) == [
        ("Tobiah Fenwright", "CAO"), ("Maribel Ossory", "Clerk"), ("Dashiell Prew", "Town Engineer")]


def test_name_dash_title_pieces_keep_ampersands_and_drop_remarks(nlp):
    m = _meeting(nlp, DASH_PIECES)
    assert "Cr Mereana Pōtae" in [a.name for a in m.present]
    assert _people(m.officers) == [
        ("Wiremu Kaipara", "Chief Executive"),
        ("Annick Solway", "General Manager Strategy & Science"),  # not a person called "Science"
        ("Petra Lund Vesey", "General Manager Catchments"),  # "(via Zoom)" is no part of the title
    ]
    assert [a.name for a in m.apologies] == ["Cr Hollis Dunmere"]


def test_titles_only_parted_by_semicolons_and_a_group_word_after_apologies(nlp):
    m = _meeting(nlp, TITLES_BY_SEMICOLON)
    assert [a.name.split()[-1] for a in m.present] == ["Carrow", "Fennimore", "Rellis"]
    # "Apologies: Councillors: ...": the apologies stay apologies, not members present
    assert [a.name.split()[-1] for a in m.apologies] == ["Tullagher", "Ormsby"]
    assert _people(m.officers) == [
        (None, "Chief Executive"), (None, "Director of Community, Health and Leisure"),
        (None, "Democratic Services Officer")]


def test_titles_only_under_in_attendance_one_line_or_several(nlp):
    m = _meeting(nlp, TITLES_BY_LINE)
    assert [a.role for a in m.officers] == [
        "Chief Executive", "Director Corporate Services", "Director City Strategy", "Manager Asset Strategy"]
    assert all(a.name is None for a in m.officers)
    assert [a.name for a in m.present][:1] == ["Wendell Orrin"]


SELECTMEN_SENTENCES = """\
Town Hall Meeting Room
April 2, 2025
Minutes
The meeting was called to order at 7:00 p.m. by Chairman Orvin Tolliver. Selectmen present included Hester Quillfeather, Bram Velloway and Ada Kettlewell. Town Administrator Ned Marbury also attended.
On a motion by Velloway, seconded by Kettlewell, the Board voted unanimously to adjourn at 8:40 p.m.
"""

CALLER_IN_THE_LIST = """\
MINUTES OF THE REGULAR MEETING OF THE DUNHOLLOW VILLAGE BOARD, APRIL 8, 2025
1. CALL TO ORDER
The Regular Meeting of the Village Board was called to order by President Sarrow at 7:00 p.m.
2. ROLL CALL
PRESENT: President Corwin Sarrow, Trustees Piers Oakhurst and Ines Pendergast
ABSENT: Trustee Tamsin Bramwell
3. MINUTES
The minutes were approved.
"""


def test_present_included_sentence_a_staff_member_who_attended_and_the_caller(nlp):
    m = _meeting(nlp, SELECTMEN_SENTENCES)
    # the member who called the meeting to order is present, with the title printed before the name
    assert _people(m.present) == [
        ("Orvin Tolliver", "Chairman"), ("Hester Quillfeather", None), ("Bram Velloway", None), ("Ada Kettlewell", None)]
    # one person "also attended": kept when the title is the body's staff title
    assert _people(m.officers) == [("Ned Marbury", "Town Administrator")]


def test_the_caller_already_in_the_roll_call_is_not_listed_twice(nlp):
    m = _meeting(nlp, CALLER_IN_THE_LIST)
    assert [a.name for a in m.present] == ["Corwin Sarrow", "Trustee Piers Oakhurst", "Trustee Ines Pendergast"]
    assert [a.name for a in m.apologies] == ["Trustee Tamsin Bramwell"]


PAGE_WIDTH_WRAPS = """\
MINUTES OF THE APRIL 8, 2025 REGULAR MEETING OF THE PRESIDENT AND BOARD OF TRUSTEES OF THE VILLAGE OF ORRIN BROOK
1. CALL TO ORDER
The Regular Meeting was called to order at 7:00 p.m. The Pledge of Allegiance was recited.
2. ROLL CALL
PRESENT: Trustees Halvard Quince, Mirela Dunstan-Ovey, B. Orrick Tamsworth, Osric Fennimore, President
Corwin Sarrow, and Lisette Pardoe after she was sworn-in as Trustee
VIA ZOOM: Trustee Osric Penhallow
ABSENT: None
IN ATTENDANCE: Village Manager Greer Ashcombe, Assistant Village Manager Tobin Rusk, Police Chief Wendell
Marrow, Public Works Director Mara Vantreight, and Village Attorney Piet Hallam.
3. PRESIDENT'S OPENING COMMENTS
President Sarrow thanked the staff.
"""

ROLE_HEADINGS = """\
Open Minutes
Commencing: Wednesday 9 April 2025, 09:30am
Chairperson: Chairman Rangi Tawhiri
Deputy Chairperson: Deputy Chairperson Mereana Pōtae
Members: Cr Hollis Dunmere
Cr Annick Solway

1. Minutes
The minutes were confirmed.
"""


def test_inline_lists_broken_at_the_page_width_go_on_to_the_next_line(nlp):
    m = _meeting(nlp, PAGE_WIDTH_WRAPS)
    assert _people(m.present) == [
        ("Trustee Halvard Quince", None), ("Trustee Mirela Dunstan-Ovey", None), ("Trustee B. Orrick Tamsworth", None),
        ("Trustee Osric Fennimore", None),
        ("Corwin Sarrow", "President"),  # an office of its own: not the group's "Trustee"
        ("Trustee Lisette Pardoe", None),
        ("Trustee Osric Penhallow", None),  # "VIA ZOOM:" is attendance too
    ]
    assert m.apologies == []
    assert [a.name for a in m.officers] == [
        "Greer Ashcombe", "Tobin Rusk", "Wendell Marrow", "Mara Vantreight", "Piet Hallam"]


def test_a_role_heading_with_the_role_printed_again_before_the_name(nlp):
    m = _meeting(nlp, ROLE_HEADINGS)
    assert _people(m.present)[:2] == [("Rangi Tawhiri", "Chairman"), ("Mereana Pōtae", "Deputy Chairperson")]


OFFICE_DASH_AND_ALDERMEN = """\
Minutes of a meeting of the Quarrington District Council held in the Council Chamber on Thursday 10 April 2025

1. Present

His Worship the Mayor – Mr T J Brackley, Crs P L Tewson (Deputy Mayor), A Oddington and R S Ashwell.

In Attendance

Chief Executive – Mr K Vardy

2. Apologies
There were no apologies.
"""

ALDERMEN_ROW = """\
MINUTES OF THE OPEN SESSION OF THE LANTRY CITY COUNCIL HELD ON MONDAY, 14 APRIL 2025 PRESENT:

Ald M Cowdray (Mayor) Ald J Gilmour (Deputy Mayor) Ald S Hesketh-Prynne Ald D Orbell

APOLOGIES There were no apologies.
"""


def test_an_office_then_a_dash_then_its_holder(nlp):
    m = _meeting(nlp, OFFICE_DASH_AND_ALDERMEN)
    assert _people(m.present) == [
        ("Mr T J Brackley", "Mayor"), ("Cr P L Tewson", "Deputy Mayor"), ("Cr A Oddington", None),
        ("Cr R S Ashwell", None)]
    assert _people(m.officers) == [("Mr K Vardy", "Chief Executive")]


def test_aldermen_without_a_stop_run_together_on_one_line(nlp):
    m = _meeting(nlp, ALDERMEN_ROW)
    assert _people(m.present) == [
        ("Ald M Cowdray", "Mayor"), ("Ald J Gilmour", "Deputy Mayor"), ("Ald S Hesketh-Prynne", None),
        ("Ald D Orbell", None)]


BARE_NAMES_AND_INITIALS = """\
Minutes of the Meeting of Lantry Borough Council held on 15 April 2025

PRESENT: Councillor D. Quayle (chairman), who presided, Councillors Mrs G. Oakhurst, J. Tewson, V. Ashwell-Prynne and S. Brackley, and the clerk A. Vardy.
Officers:
G Tolliver, H Ashwell, E Brackley (CE); D E Vardy, M Orbell (LD); N Cowdray (DNS).

1. Minutes
The minutes were agreed.
"""

HEADING_THEN_ONE_PER_LINE = """\
Minutes of the Regular Council Meeting of the County of Gilmour, April 16, 2025
MEMBERS PRESENT:
T. Orbell, Reeve
COUNCILLORS: - C. Lantry
G. Cowdray
A.M. Hesketh
STAFF: K. Hesketh, Chief Administrative Officer
L. Tewson, Director of Corporate Services
1. CALL TO ORDER
Reeve Orbell called the meeting to order at 10:00 a.m.
"""


def test_a_block_line_of_bare_names_and_an_initial_that_looks_like_a_roman_number(nlp):
    m = _meeting(nlp, BARE_NAMES_AND_INITIALS)
    # "V. Ashwell-Prynne" is an initial, not item "V." ending the list
    assert [a.name for a in m.present] == [
        "Councillor D. Quayle", "Councillor Mrs G. Oakhurst", "Councillor J. Tewson", "Councillor V. Ashwell-Prynne",
        "Councillor S. Brackley"]
    # a line of names parted by commas is a list, not "G Tolliver" with the rest as a title
    assert [a.name for a in m.officers] == ["A. Vardy", "G Tolliver", "H Ashwell", "E Brackley", "D E Vardy", "M Orbell",
                                             "N Cowdray"]


def test_a_heading_with_one_name_on_its_line_then_one_per_line(nlp):
    m = _meeting(nlp, HEADING_THEN_ONE_PER_LINE)
    assert _people(m.present)[0] == ("T. Orbell", "Reeve")
    assert [a.name.split()[-1] for a in m.present[1:]] == ["Lantry", "Cowdray", "Hesketh"]
    assert _people(m.officers) == [
        ("K. Hesketh", "Chief Administrative Officer"), ("L. Tewson", "Director of Corporate Services")]


SQUARE_REMARKS = """\
Minutes of a meeting of the Lantry District Council held in the Council Chambers on MONDAY, 21 APRIL 2025 commencing at 9.30am.

Present:

Cr AB Penwarden (Chairperson) Cr CD Trask Cr EF Ilbery [until 10.21am and then from 10.25am] Cr GH Moyle

1. Apologies
There were no apologies.
"""


def test_a_remark_in_square_brackets_does_not_end_the_list(nlp):
    m = _meeting(nlp, SQUARE_REMARKS)
    assert _people(m.present) == [
        ("Cr AB Penwarden", "Chairperson"), ("Cr CD Trask", None), ("Cr EF Ilbery", None), ("Cr GH Moyle", None)]


STAFF_SENTENCE = (
    "Minutes of Meeting of Kilbrannan County Council held in the Council Chamber on Monday 7th April, 2025 at "
    "10.00 a.m. Chair: Cllr M. Drumaroe, Mayor Present: Cllrs Feeney, Garvagh, Corrib and Tiernan. Mr. D. Moylett, "
    "Co. Manager, Mr. P. Rathcoole and Mr. A. Slevin, Directors of Service, Ms R. Ilbery, Senior Executive Officer "
    "and Ms. C. Penwarden, Meetings Administrator. 1. Minutes: On the proposal of Cllr Feeney, seconded by Cllr "
    "Corrib it was agreed that the minutes be confirmed.\n"
)

APOLOGIES_RESOLUTION = """\
Present

Mayor Moylett, Councillors Feeney, Garvagh and Corrib

Apologies

Council resolution

Deputy Mayor Moylett / Councillor Feeney

That the apologies from Councillor Tiernan and Councillor Slevin be accepted.

Conflicts of interest

Nil
"""


def test_a_staff_sentence_right_after_the_members_list(nlp):
    m = _meeting(nlp, STAFF_SENTENCE)
    assert [a.name for a in m.present] == ["Cllr M. Drumaroe", "Cllr Feeney", "Cllr Garvagh", "Cllr Corrib", "Cllr Tiernan"]
    assert [a.name for a in m.officers] == [
        "Mr. D. Moylett", "Mr. P. Rathcoole", "Mr. A. Slevin", "Ms R. Ilbery", "Ms. C. Penwarden"]
    assert m.officers[0].role == "Co. Manager"
    assert m.officers[-1].role == "Meetings Administrator"  # the list ends before "1. Minutes"


def test_apologies_heading_over_a_resolution_that_names_them(nlp):
    m = _meeting(nlp, APOLOGIES_RESOLUTION)
    # the mover / seconder line is not a list of apologies; the resolution's sentence is
    assert [a.name for a in m.apologies] == ["Councillor Tiernan", "Councillor Slevin"]


IRISH_PARTICLES = """\
Minutes of the Monthly Meeting of Carrowdrum Municipal District held on Monday, 5th May 2025 at 10am

Present: Councillor Ruairí Mac an tSionnaigh, Councillor Donncha O Faoláin and Councillor Órla Ní Dhrisceoil

1. MINUTES
The minutes of the previous meeting were confirmed.
"""


def test_irish_names_with_lower_case_particles_and_mutated_surnames(nlp):
    m = _meeting(nlp, IRISH_PARTICLES)
    assert [a.name for a in m.present] == [
        "Councillor Ruairí Mac an tSionnaigh", "Councillor Donncha O Faoláin", "Councillor Órla Ní Dhrisceoil"]
