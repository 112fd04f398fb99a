"""A fourth round of invented minutes, for attendance (issue 12).

The shapes of attendance lists that bodies outside the development corpus print: headings
worded in ways the rules never listed ("Council Members Present", "Trustees present",
"Board Members", "Regrets", "Roll Call"), lists run on after the heading word, roll calls
with each member's answer, "A, B and C were present", "Name – Role" lines under a group
heading, tables laid out with tabs or wide gaps, "Absent" / "Excused" / "Regrets" lists
(apologies), "Staff" lists (officers, the title printed before or after the name),
titles used as honorifics (Mayor, Deputy Mayor, Cr, Councilmember, Trustee,
Commissioner, Supervisor, Alderman, Director), headings run into one long line as PDF
exports print them, and lists with no heading that only the line-role model finds.
Every passage is invented (bodies, people and dates); expected values were read off
the passage by hand.
"""

from __future__ import annotations

import pytest
import spacy

from extractor.pipeline import spans as S
from invented import meeting as _meeting, people as _people

# ----------------------------------------------------------------------------- passages

US_COUNCIL = """\
CITY OF ALDERBROOK
Minutes of the Regular City Council Meeting
March 4, 2025

Council Members Present: Mayor Dana Whitcombe, Councilmember Ray Osterholt, Councilmember Lupe Farrand, Councilmember Abe Kinsey
Council Members Absent: Councilmember Tess Varga
Staff Present: City Manager Joel Penberthy, City Attorney Marisol Tate; Nadia Crewe, City Clerk

1. CALL TO ORDER
Mayor Whitcombe called the meeting to order at 7:02 p.m.
"""

LIBRARY_TRUSTEES = """\
Hollins Creek Public Library
Board of Trustees - Regular Meeting
Tuesday, June 10, 2025

Trustees present: Greta Lindahl (President), Omar Feliciano, Bea Castellano
Excused: Hollis Dunmore
Also present: Library Director Carla Weems, Ivan Petrakis, Business Manager

Call to order at 6:30 pm.
"""

BOARD_MEMBERS_BLOCK = """\
Fenwick Valley Water Board
Minutes of the meeting of 12 February 2025

Board Members:
Philippa Arkwright – Chair
Desmond Oyelaran – Vice Chair
Rosalind Fitch

Officers:
Neville Quarmby – Chief Engineer
Shona Bevis – Board Secretary

Regrets:
Tobias Wren

1. Minutes of the last meeting
The minutes were approved.
"""

ROLL_CALL = """\
Township of Marrow Creek
Regular Meeting Minutes - April 8, 2025

1. ROLL CALL
Roll call: Supervisor Nils Ostrander present; Trustee Greer present; Trustee Halvorsen absent; Clerk Orrin Pike present.

2. PLEDGE OF ALLEGIANCE
"""

ROLL_CALL_SENTENCE = """\
The Quill County Board of Commissioners met on Monday, May 5, 2025 at 9 am.

Chairman Brask asked the Clerk to take roll call as follows, Chairman Brask present, Commissioner Lorde present and Commissioner Okafor absent.

Chairman Brask said that the first order of business is the approval of the agenda.
"""

WERE_PRESENT = """\
Saltmarsh Fire Protection District
Board meeting minutes, 2025-01-19

The meeting was called to order at 7:05 PM. Present were board members Ines Varley, Hugo Thorley, and Paula Ng, and Chief Dorsey. Absent was Walt Kimura (excused). Minutes of the past meeting were approved.

Councillor Emrys Tate, Councillor Bryn Olwen and Councillor Sian Pryce were present for the presentation.
"""

COLUMNS = """\
Minutes of the Planning Committee held on 3 March 2025

Present:
        Cllr Ada Thornbury (Chair)          Cllr Ben Hartigan
        Cllr Clio Marsh                     Cllr Dev Anand

Officers:
Cllr Enid Fairlie\tWard Member
Gus Holroyd\tPlanning Manager

1. Apologies
None.
"""

MEMBER_TITLE_COLUMNS = """\
Minutes from the Tregaron Community Council meeting held at 7pm on Monday 17th March 2025

Cllr Hywel Madoc                         Chair
Cllr Nia Prosser                         Vice-Chair
Cllr Owain Tudor
Ffion Rhys                               Clerk

25/031 Apologies
"""

FLATTENED_US = (
    "MINUTES OF THE CITY COUNCIL MEETING HELD ON THE 9TH DAY OF APRIL, 2024 AT 6:00PM. The Council met in "
    "regular session with the following: COUNCILMEMBERS PRESENT: R. Okonkwo, Pearl Danvers, Eli Marsh and "
    "June Talbot COUNCILMEMBERS ABSENT: Tom Rutter OFFICERS PRESENT: Vic Salas, City Manager; Dora Fairclough, City "
    "Secretary REGULAR SESSION 1. CALL TO ORDER Mayor Okonkwo called the meeting to order.\n"
)

ALDERMEN = (
    "A Meeting of the Pinecrest City Council was held on Tuesday, July 1, 2025, at 6:30 p.m. PRESENT: "
    "Mayor Lyle Brandt; Aldermen Cora Vance, Eldon Fenn, Mona Reyes (arrived late); City Attorney Gil Mossop; "
    "City Clerk Ruth Ames; members of staff, press, and audience. CALL TO ORDER Mayor Brandt called the meeting to order.\n"
)

AUSTRALIAN = """\
Minutes of the Ordinary Meeting of Council held on 14 May 2025 at 9.00am

PRESENT: Mayor Cr K Jorrocks, Deputy Mayor Cr L Ossory, Cr M Pell, Cr N Quist
IN ATTENDANCE: Omar Rixby (Chief Executive Officer), Pia Saltmarsh (Director Corporate Services)
APOLOGIES: Cr R Tulloch

1. OPENING PRAYER
"""

STACKED_HEADINGS = """\
Minutes of Ashgrove Town Council
Monday, September 8, 2025 at 5:30 p.m.

Attendance

Council:

Staff:

Mayor Delacroix
Councillor P. Nguyen
Councillor R. Abernethy

Ms. S. Oduya, Chief Administrative Officer
Mr. T. Brannock, City Clerk

Call to Order (5:30 p.m.)
"""

PLACES = """\
Annual Meeting of the Glenmoor Community Council Forum
Wednesday 4th June 2025

1) Welcome
Present:
Eastfield: Morag Lennox, Apologies from Iain Bairstow
Westfield: No rep
Northbank: No working CC
Kirkton: Alasdair Rennie (Forum Chair), Elspeth Gow
2) Office Bearers' Report
"""

INITIAL_TAGS = """\
Minutes of Trustees of The Friends of Wickham Library
Meeting of 13th January 2025

Present; Hester Quayle (HQ), Ivor Penhallow, Chair (IP), Jude Marchbank (JM)

Apologies; Kit Oldroyd, Lorna Pascoe
"""


MARK_COLUMN_ONE_SPACE = """\
Minutes of the Licensing Sub-Committee, 2 June 2025

Members:
P Rhoda Quince (Chairman)
P Silas Trent
A Tamsin Ure
P Viola Wexford
P Ansel Yarrow
A Bram Yarwood

Officers in attendance:
P Okoro, Licensing Officer
A M Lowry, Senior Solicitor
"""

# ----------------------------------------------------------------------------- tests


def test_council_members_present_absent_and_staff_titles_before_and_after(nlp):
    m = _meeting(nlp, US_COUNCIL)
    assert _people(m.present) == [
        ("Dana Whitcombe", "Mayor"),  # an office printed as the honorific is the role, not the name (guidelines)
        ("Councilmember Ray Osterholt", None),
        ("Councilmember Lupe Farrand", None),
        ("Councilmember Abe Kinsey", None),
    ]
    assert _people(m.apologies) == [("Councilmember Tess Varga", None)]  # "Absent" is apologies
    assert _people(m.officers) == [
        ("Joel Penberthy", "City Manager"),  # title before the name
        ("Marisol Tate", "City Attorney"),
        ("Nadia Crewe", "City Clerk"),  # title after the name
    ]


def test_trustees_present_excused_and_also_present_staff(nlp):
    m = _meeting(nlp, LIBRARY_TRUSTEES)
    assert _people(m.present) == [("Greta Lindahl", "President"), ("Omar Feliciano", None), ("Bea Castellano", None)]
    assert _people(m.apologies) == [("Hollis Dunmore", None)]
    # "Also present": officers by their titles, whichever side of the name the title is printed
    assert _people(m.officers) == [("Carla Weems", "Library Director"), ("Ivan Petrakis", "Business Manager")]


def test_board_members_officers_and_regrets_blocks_with_dash_roles(nlp):
    m = _meeting(nlp, BOARD_MEMBERS_BLOCK)
    assert _people(m.present) == [
        ("Philippa Arkwright", "Chair"), ("Desmond Oyelaran", "Vice Chair"), ("Rosalind Fitch", None)]
    assert _people(m.officers) == [("Neville Quarmby", "Chief Engineer"), ("Shona Bevis", "Board Secretary")]
    assert _people(m.apologies) == [("Tobias Wren", None)]


def test_roll_call_with_each_members_answer(nlp):
    m = _meeting(nlp, ROLL_CALL)
    assert [a.name for a in m.present] == ["Supervisor Nils Ostrander", "Trustee Greer"]
    assert [a.name for a in m.apologies] == ["Trustee Halvorsen"]
    # the clerk answers the roll too, and is an officer; the title printed as the honorific stays with the name
    assert _people(m.officers) == [("Orrin Pike", "Clerk")]  # "Clerk" is an office: the role


def test_roll_call_told_in_a_sentence(nlp):
    m = _meeting(nlp, ROLL_CALL_SENTENCE)
    assert [a.name for a in m.present] == ["Brask", "Commissioner Lorde"]  # office out, member title kept
    assert [a.name for a in m.apologies] == ["Commissioner Okafor"]


def test_present_were_absent_was_and_were_present_sentences(nlp):
    m = _meeting(nlp, WERE_PRESENT)
    assert [a.name for a in m.present] == [
        "Ines Varley", "Hugo Thorley", "Paula Ng", "Councillor Emrys Tate", "Councillor Bryn Olwen", "Councillor Sian Pryce",
    ]
    assert _people(m.officers) == [("Dorsey", "Chief")]  # the fire chief is the district's officer; the office is the role
    assert _people(m.apologies) == [("Walt Kimura", None)]  # "(excused)" is not a role


def test_columns_by_spaces_and_by_tabs(nlp):
    m = _meeting(nlp, COLUMNS)
    assert _people(m.present) == [
        ("Cllr Ada Thornbury", "Chair"), ("Cllr Ben Hartigan", None), ("Cllr Clio Marsh", None), ("Cllr Dev Anand", None)]
    # a tab-separated "Name<TAB>Title" table under "Officers": the councillor stays a member
    assert _people(m.officers) == [("Cllr Enid Fairlie", "Ward Member"), ("Gus Holroyd", "Planning Manager")]


def test_headings_run_together_in_one_line(nlp):
    m = _meeting(nlp, FLATTENED_US)
    assert [a.name for a in m.present] == ["R. Okonkwo", "Pearl Danvers", "Eli Marsh", "June Talbot"]
    assert [a.name for a in m.apologies] == ["Tom Rutter"]
    # the list stops at "REGULAR SESSION": no role runs on into the agenda
    assert _people(m.officers) == [("Vic Salas", "City Manager"), ("Dora Fairclough", "City Secretary")]


def test_aldermen_plural_title_ends_at_its_semicolon(nlp):
    m = _meeting(nlp, ALDERMEN)
    assert _people(m.present) == [
        ("Lyle Brandt", "Mayor"), ("Alderman Cora Vance", None), ("Alderman Eldon Fenn", None),
        ("Alderman Mona Reyes", None)]  # "(arrived late)" is not a role
    assert _people(m.officers) == [("Gil Mossop", "City Attorney"), ("Ruth Ames", "City Clerk")]


def test_cr_honorific_with_mayor_and_deputy_mayor(nlp):
    m = _meeting(nlp, AUSTRALIAN)
    assert _people(m.present) == [
        ("Cr K Jorrocks", "Mayor"), ("Cr L Ossory", "Deputy Mayor"), ("Cr M Pell", None), ("Cr N Quist", None)]
    assert _people(m.officers) == [("Omar Rixby", "Chief Executive Officer"), ("Pia Saltmarsh", "Director Corporate Services")]
    assert _people(m.apologies) == [("Cr R Tulloch", None)]


def test_stacked_headings_then_both_lists(nlp):
    """"Council:" and "Staff:" printed one under the other, the two lists after them: members
    go to present and officers to officers by their titles."""
    m = _meeting(nlp, STACKED_HEADINGS)
    assert [a.name for a in m.present] == ["Delacroix", "Councillor P. Nguyen", "Councillor R. Abernethy"]
    assert _people(m.officers) == [("Ms. S. Oduya", "Chief Administrative Officer"), ("Mr. T. Brannock", "City Clerk")]


def test_place_labelled_lines_with_apologies_and_no_rep(nlp):
    m = _meeting(nlp, PLACES)
    assert [a.name for a in m.present] == ["Morag Lennox", "Alasdair Rennie", "Elspeth Gow"]
    assert [a.name for a in m.apologies] == ["Iain Bairstow"]


def test_initials_tags_are_not_roles_and_semicolon_after_heading(nlp):
    m = _meeting(nlp, INITIAL_TAGS)
    assert _people(m.present) == [("Hester Quayle", None), ("Ivor Penhallow", "Chair"), ("Jude Marchbank", None)]
    assert _people(m.apologies) == [("Kit Oldroyd", None), ("Lorna Pascoe", None)]


def test_present_absent_mark_column_with_single_spaces(nlp):
    """A "P / A" column read back with single spaces (as a PDF reader gives it) is still a
    column when nearly every line has it; officers' initials ("P Okoro", "A M Lowry") are not marks."""
    m = _meeting(nlp, MARK_COLUMN_ONE_SPACE)
    assert _people(m.present) == [
        ("Rhoda Quince", "Chairman"), ("Silas Trent", None), ("Viola Wexford", None), ("Ansel Yarrow", None)]
    assert [a.name for a in m.apologies] == ["Tamsin Ure", "Bram Yarwood"]
    assert _people(m.officers) == [("P Okoro", "Licensing Officer"), ("A M Lowry", "Senior Solicitor")]


# ----------------------------------------------------------------------------- the model


HEADINGLESS = """\
Minutes from the Brynmawr Community Council meeting held on 3 March 2025

Cllr Hywel Madoc (Chair)
Cllr Nia Prosser
Gwen Llewelyn, Clerk

1. Apologies
None.

2. Planning
Cllr Madoc reported on the application.
"""


def _with_lines(nlp, text: str, labels: dict[str, str]):
    """A Doc with the sections and meeting components run and fixed line roles
    (``labels``: line text -> role), standing in for the line-role model."""
    doc = nlp.make_doc(text)
    for name in ("minutes_sections", "minutes_meeting"):
        doc = nlp.get_pipe(name)(doc)
    tagged = sorted((text.index(line), line, role) for line, role in labels.items())
    # one span for the document holding every line's role, as minutes_line_roles writes them
    S.add_span(doc, S.LINES, tagged[0][0], tagged[-1][0] + len(tagged[-1][1]), "lines", {
        "starts": [at for at, _, _ in tagged],
        "labels": [role for _, _, role in tagged],
        "confidence": [0.95] * len(tagged),
        "heading": [0.95 if role.endswith("heading") else 0.05 for _, _, role in tagged],
    })
    return doc


def _attendees(doc) -> list[tuple[str, str, str | None]]:
    return [(sp.label_, S.data(sp, S.ATTENDEES)["name"], S.data(sp, S.ATTENDEES)["role"]) for sp in S.spans(doc, S.ATTENDEES)]


@pytest.mark.parametrize("mode", ["rules", "model", "combined"])
def test_a_list_without_a_heading_is_read_where_the_model_says(nlp, mode):
    labels = {
        "Cllr Hywel Madoc (Chair)": "attendance_entry",
        "Cllr Nia Prosser": "attendance_entry",
        "Gwen Llewelyn, Clerk": "attendance_entry",
        "1. Apologies": "item_heading",
        "2. Planning": "item_heading",
        "Cllr Madoc reported on the application.": "body",
    }
    doc = _with_lines(nlp, HEADINGLESS, labels)
    component = nlp.get_pipe("minutes_attendance")
    saved = component.mode
    try:
        component.mode = mode
        found = _attendees(component(doc))
    finally:
        component.mode = saved
    expected = [("present", "Cllr Hywel Madoc", "Chair"), ("present", "Cllr Nia Prosser", None), ("officers", "Gwen Llewelyn", "Clerk")]
    assert found == ([] if mode == "rules" else expected)


def test_combined_mode_keeps_the_models_lines_after_the_first_item_out(nlp):
    """A speaker's line in an item, which a model may call an attendance entry, names no attendee."""
    labels = {"1. Apologies": "item_heading", "Cllr Madoc reported on the application.": "attendance_entry",
              "Cllr Nia Prosser": "attendance_entry", "Cllr Hywel Madoc (Chair)": "attendance_entry"}
    doc = _with_lines(nlp, HEADINGLESS, labels)
    names = [n for _, n, _ in _attendees(nlp.get_pipe("minutes_attendance")(doc))]
    assert names == ["Cllr Hywel Madoc", "Cllr Nia Prosser"]


def test_title_column_lines_found_by_the_model(nlp):
    """"Cllr Hywel Madoc      Chair": names with their titles in a second column, no heading."""
    labels = {line: "attendance_entry" for line in MEMBER_TITLE_COLUMNS.splitlines()[2:6]}
    labels["25/031 Apologies"] = "item_heading"
    doc = _with_lines(nlp, MEMBER_TITLE_COLUMNS, labels)
    assert _attendees(nlp.get_pipe("minutes_attendance")(doc)) == [
        ("present", "Cllr Hywel Madoc", "Chair"),
        ("present", "Cllr Nia Prosser", "Vice-Chair"),
        ("present", "Cllr Owain Tudor", None),
        ("officers", "Ffion Rhys", "Clerk"),
    ]


def test_unknown_mode_is_a_clear_error():
    from extractor.pipeline.attendance import AttendanceComponent

    with pytest.raises(ValueError, match="minutes_attendance mode 'both': expected one of rules, model, combined"):
        AttendanceComponent(spacy.blank("en"), "minutes_attendance", {}, mode="both")


# ----------------------------------------------------------------------------- long lists


def _attendance_cpu(nlp, text: str) -> tuple[float, int]:
    """Best of three CPU times of the attendance component alone (caches emptied), and the
    number of people it found."""
    import time

    component = nlp.get_pipe("minutes_attendance")
    best, found = float("inf"), 0
    for _ in range(3):
        component._names._valid.clear()
        component._headings._cache.clear()
        component._entries.clear()
        doc = nlp.get_pipe("minutes_meeting")(nlp.make_doc(text))
        t = time.process_time()
        doc = component(doc)
        best = min(best, time.process_time() - t)
        found = len(list(S.spans(doc, S.ATTENDEES)))
    return best, found


def _surname(i: int) -> str:
    """An invented surname per number: "Qab", "Qac", ... (letters only, as names are)."""
    letters = ""
    while True:
        i, r = divmod(i, 26)
        letters = "abcdefghijklmnopqrstuvwxyz"[r] + letters
        if not i:
            return "Q" + letters.rjust(3, "a")


def _long_lists(n: int) -> str:
    return (
        "Minutes of the meeting held on 3 March 2025\n\nPresent: "
        + ", ".join(f"Cllr Ada {_surname(i)}" for i in range(n))
        + "\n\nOfficers:\n"
        + "\n".join(f"Ben {_surname(i)}, Planning Officer" for i in range(n))
        + "\n\n1. Minutes\nThe minutes were agreed.\n"
    )


def test_long_attendance_lists_take_linear_time(nlp):
    """Thousands of names in one inline list and a block: every one read, and twice the
    names take about twice the time (the lists a PDF of a large council prints)."""
    once, found_once = _attendance_cpu(nlp, _long_lists(1500))
    twice, found_twice = _attendance_cpu(nlp, _long_lists(3000))
    assert (found_once, found_twice) == (3000, 6000)
    assert twice / once <= 3.0, f"1,500 names each: {once:.2f}s, doubled {twice:.2f}s"
