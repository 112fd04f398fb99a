"""A fifth round of invented minutes, for attendance (issue 12, after the structure merge).

Shapes: rows "Name, Title" run together on one line as PDF exports print a two-column
table ("Ann Lee, Chief Executive Bo Ray, Clerk"), member titles heading each name
("Director A, Chair Director B Director C"); the revised guidelines' names (an office
printed as the honorific is the role, not part of the name; post-nominals dropped; a tier
prefix on another council's councillor is the role; "Deputy City Solicitor" after a
comma is a title, not a second person); and the line-role model's lines reaching the
attendance component in the span format the line-role component writes. Every passage
is invented (bodies, people and dates); expected values were read off the passage by hand.
"""

from __future__ import annotations

from extractor.pipeline import spans as S
from extractor.pipeline.attendance import ITEM_ROLES, MODEL_ROLES
from extractor.pipeline.line_roles import line_roles
from invented import meeting as _meeting, people as _people

RUN_TOGETHER_ROWS = """\
MINUTES – March 4, 2025

The REGIONAL BOARD meeting was held in the Boardroom on Tuesday, March 4, 2025, commencing at 7:00 PM

Present: Director Odile Frask, Chair Director Bram Quillon Director Tesni Varro Director Uriel Marfell Alternate Director Wendel Pryde

Regrets: Director Sabine Lowick

Staff Present: Ysolde Dunmore, Chief Administrative Officer Jory Tamsett, Manager of Corporate Services Petra Hollisk, Manager of Operations

1. CALL TO ORDER Chair Frask called the meeting to order at 7:00 p.m.

2. APPROVAL OF AGENDA
The agenda was approved.
"""

SEMICOLON_ROWS = """\
Minutes of the Ordinary Meeting of the Tallowby Shire Council held on 9 April 2025

1. ATTENDANCE
Elected Members Present: Cr Nessa Kilbride, Cr Rhun Ottery, Cr Maren Dask
Staff Members Present: Ysolde Dunmore; Chief Executive Officer Jory Tamsett; Executive Assistant to the Chief Executive Officer Petra Hollisk; Governance Officer (Minute Taker)

2. CONFIRMATION OF MINUTES
The minutes were confirmed.
"""

FLATTENED = (
    "MINUTES ORDINARY COUNCIL MEETING MONDAY, 12 MAY 2025 The Ordinary Council Meeting of the Wirrabee Regional "
    "Council was held on Monday, 12 May 2025 at 9:30am. 1. OPENING AND ATTENDANCE Meeting commenced at 9:41am. "
    "1.1 ELECTED MEMBERS PRESENT President Nola Quandt Cr. Arlo Penhallow Cr. Bettina Ruskell Cr. Cato Wimbish "
    "1.2 Staff Ysolde Dunmore; Chief Executive Officer Jory Tamsett; Governance Officer "
    "1.3 APOLOGIES Cr. Delphine Yarrow 1.4 ABSENT WITHOUT APOLOGIES Nil "
    "2. CONFIRMATION OF MINUTES MOTION That Council confirm the minutes. CARRIED.\n"
)

DASH_ROWS = """\
Minutes of the Inaugural Meeting of the Pellworth Community Board held on 5 November 2024 at 11.00am.

Present

Messrs P J Quarrie, W H Tandy and Edmund Morrow-Vane.

In Attendance

Mrs K L Ambrey - Her Worship the Mayor Mr T Oxendale - Chief Executive Mr J Prynne - Governance Manager
N Varcoe (Community Advisor - via Teams), R Lisle (Roading Assistant)

Members present: Cllr F Gatward (Chair), Cllr H Bellamy, Tamsin Orrell (Library Director), Jude Calloway, Planning Manager

1. Opening
The Chair opened the meeting.
"""

STAFF_BY_TITLE = """\
Minutes of the Regular Meeting of the Corvane City Council, June 3, 2025

Present: Mayor Hollis Brandvold, Council Members Tamsyn Ardery and Evander Quist
Staff Present: City Manager Roswitha Pembury; Caspian Drewe, City Clerk; Finance Director.

1. CALL TO ORDER
The meeting was called to order at 7:00 p.m.
"""

NO_COLON = (
    "Kelderby District Council UNCONFIRMED MINUTES Time: 9:00 a.m. Date: Thursday, 6 March 2025 Venue: Council "
    "Chamber, 4 Harrow Lane, Kelderby Present Mayor Ottilie Brisk (Chairperson) Councillor Fenn Aldgate "
    "Councillor Marit Soames Councillor Ivo Tregarth In Attendance Idris Wendle Chief Executive "
    "1 KARAKIA The meeting opened with a karakia.\n"
)

TITLES = """\
Minutes of the Meeting of the Ferncombe Police and Crime Panel held on 12 February 2025

Present: Mayor Orla Fenwick (Chair), Cty Cllr T Ashgrove, Cllr Mrs P Ruddle, Cllr K Osei-Barr MBE
Apologies: Metro Mayor Lorcan Pellow, Cllr D Vantreight
In attendance: Mr. G. Okonjo, Deputy City Solicitor; Ms. R. Halsey, Deputy Panel Clerk

1. Minutes
The minutes of the last meeting were agreed.
"""


def test_title_and_name_rows_run_together_give_each_title_to_the_name_before_it(nlp):
    m = _meeting(nlp, RUN_TOGETHER_ROWS)
    # "Director Odile Frask, Chair": the row's title; the member title stays in each name
    assert [a.name for a in m.present] == [
        "Director Odile Frask", "Director Bram Quillon", "Director Tesni Varro", "Director Uriel Marfell",
        "Alternate Director Wendel Pryde"]
    assert m.present[0].role == "Chair"
    assert [a.name for a in m.apologies] == ["Director Sabine Lowick"]
    assert _people(m.officers) == [
        ("Ysolde Dunmore", "Chief Administrative Officer"),
        ("Jory Tamsett", "Manager of Corporate Services"),
        ("Petra Hollisk", "Manager of Operations"),
    ]


def test_name_and_title_rows_parted_by_semicolons(nlp):
    m = _meeting(nlp, SEMICOLON_ROWS)
    assert [a.name for a in m.present] == ["Cr Nessa Kilbride", "Cr Rhun Ottery", "Cr Maren Dask"]
    assert _people(m.officers) == [
        ("Ysolde Dunmore", "Chief Executive Officer"),
        ("Jory Tamsett", "Executive Assistant to the Chief Executive Officer"),
        ("Petra Hollisk", "Governance Officer (Minute Taker)"),
    ]


def test_offices_post_nominals_tier_prefixes_and_deputy_titles(nlp):
    m = _meeting(nlp, TITLES)
    assert _people(m.present) == [
        ("Orla Fenwick", "Mayor"),  # the office printed before the name, not "(Chair)"
        ("Cllr T Ashgrove", "Cty Cllr"),  # a councillor of another council: the tier prefix is the role
        ("Cllr Mrs P Ruddle", None),
        ("Cllr K Osei-Barr", None),  # post-nominals dropped
    ]
    assert _people(m.apologies) == [("Lorcan Pellow", "Metro Mayor"), ("Cllr D Vantreight", None)]
    assert _people(m.officers) == [("Mr. G. Okonjo", "Deputy City Solicitor"), ("Ms. R. Halsey", "Deputy Panel Clerk")]


def test_numbered_headings_inside_one_flattened_line(nlp):
    """An export that lost its line breaks: each list starts at its item number ("1.1 ELECTED
    MEMBERS PRESENT", "1.2 Staff") and ends at the next."""
    m = _meeting(nlp, FLATTENED)
    assert _people(m.present) == [("Nola Quandt", "President"), ("Cr. Arlo Penhallow", None),
                                  ("Cr. Bettina Ruskell", None), ("Cr. Cato Wimbish", None)]
    assert _people(m.officers) == [("Ysolde Dunmore", "Chief Executive Officer"), ("Jory Tamsett", "Governance Officer")]
    assert _people(m.apologies) == [("Cr. Delphine Yarrow", None)]


def test_name_dash_title_rows_run_together_and_titles_among_members(nlp):
    m = _meeting(nlp, DASH_ROWS)
    assert _people(m.present) == [
        ("Mr P J Quarrie", None), ("Mr W H Tandy", None), ("Mr Edmund Morrow-Vane", None),
        ("Mrs K L Ambrey", "Her Worship the Mayor"),  # the Mayor under "In Attendance" is a member
        ("Cllr F Gatward", "Chair"), ("Cllr H Bellamy", None),
    ]
    assert _people(m.officers) == [
        ("Mr T Oxendale", "Chief Executive"), ("Mr J Prynne", "Governance Manager"),
        ("N Varcoe", "Community Advisor"),  # "via Teams" is how he attended, not his title
        ("R Lisle", "Roading Assistant"),
        ("Tamsin Orrell", "Library Director"), ("Jude Calloway", "Planning Manager"),  # staff titles among members
    ]


def test_staff_printed_by_title_only_is_an_officer_without_a_name(nlp):
    m = _meeting(nlp, STAFF_BY_TITLE)
    assert _people(m.present) == [("Hollis Brandvold", "Mayor"), ("Council Member Tamsyn Ardery", None),
                                  ("Council Member Evander Quist", None)]
    assert _people(m.officers) == [("Roswitha Pembury", "City Manager"), ("Caspian Drewe", "City Clerk"),
                                   (None, "Finance Director")]


def test_headings_without_a_colon_in_a_flattened_line(nlp):
    """"... Venue: ... Present Mayor A (Chairperson) Councillor B ... In Attendance C Chief
    Executive": one word needs an honorific after it; "In Attendance" a capitalised name."""
    m = _meeting(nlp, NO_COLON)
    assert _people(m.present) == [("Ottilie Brisk", "Chairperson"), ("Councillor Fenn Aldgate", None),
                                  ("Councillor Marit Soames", None), ("Councillor Ivo Tregarth", None)]
    assert _people(m.officers) == [("Idris Wendle", "Chief Executive")]


def test_attendance_reads_the_line_roles_the_line_role_component_writes(nlp):
    """The contract between the two components: every line the line-role model tags as an
    attendance or item line is a line the attendance component reads (the structure merge
    changed the span format and left the attendance side reading nothing)."""
    text = RUN_TOGETHER_ROWS
    doc = nlp(text)
    tagged = {at: label for at, (label, _conf, _head) in line_roles(doc).items()}
    assert tagged, "the shipped line-role model tags the lines"
    wanted = {at: label for at, label in tagged.items() if label in MODEL_ROLES or label in ITEM_ROLES}
    seen = {at: label for at, (label, _conf) in nlp.get_pipe("minutes_attendance")._roles(doc, 0, len(text)).items()}
    assert seen == wanted
    assert S.LINES in doc.spans
