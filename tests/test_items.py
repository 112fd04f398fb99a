"""Agenda items of the minutes: numbers and titles as printed, paragraphs are not items.

Expected values were read by hand from the corpus files named in each test.
"""

from __future__ import annotations

import pytest

from structure_util import file_text, record, structure_doc


def items(nlp, prefix: str):
    ms = record(nlp, prefix).meetings
    return [it for m in ms for it in m.items]


def numbered(nlp, prefix: str | None = None, text: str | None = None) -> list[tuple]:
    ms = record(nlp, prefix, text).meetings
    return [(it.number, it.title) for m in ms for it in m.items]


def test_seed_001_minutes_items_with_sub_items(nlp):
    assert numbered(nlp, "seed_001") == [
        ("1(1)", "Apologies"),
        ("1(2)", "Disclosures of Pecuniary and Non-Pecuniary Interests"),
        ("1(3)", "Minutes of the Previous Meeting"),
        ("2", "Public Speaking"),
        ("3(1)", "Question to Cabinet Portfolio Holders"),
        ("3(2)", "Updates from Cabinet Portfolio Holders and Assistant Directors"),
        ("4", "Youth Justice Plan 2021-2022"),
        ("5", "Update on Scrutiny Review"),
        ("6", "Year End Council Plan 2020-2025 Quarterly Progress Report (April 2020 to March 2021)"),
        ("7", "Work Programme 2021 - 2022"),
        ("8", "Date of the Next Meeting"),
        ("9", "Minutes Containing Confidential or Exempt Information"),
        ("10", "Restricted Minutes from the previous meeting (23.02.2021)"),
    ]


def test_seed_001_numbered_paragraphs_stay_inside_their_item(nlp):
    its = items(nlp, "seed_001")
    six = next(it for it in its if it.number == "6")
    # "1. Early Help. The Pandemic has led to ..." is a paragraph of item 6
    assert "1. Early Help." in file_text("seed_001")[six.span[0]:six.span[1]]


@pytest.mark.parametrize(
    "prefix, expected",
    [
        ("seed_000", ("5", "Update Children's Transformation Plan")),
        ("seed_002", (None, "Council Delivery Plan and Performance Q1")),
        ("seed_003", (None, "Transforming Children's Services Programme")),
        ("seed_004", (None, "Performance Data")),
        ("dev_024", (None, None)),
        ("dev_053", ("4", None)),
        ("dev_062", (None, "Licensing Application")),
        ("dev_075", ("220", "Pothole Blitz - Update and Future Actions")),
        ("dev_027", ("12", "Internal Audit Progress Report")),
        ("dev_008", (None, None)),
    ],
)
def test_single_item_pages(nlp, prefix, expected):
    assert numbered(nlp, prefix) == [expected]


def test_upper_case_titles_run_into_text(nlp):
    assert numbered(nlp, "dev_001")[1:4] == [("234", "MINUTES"), ("235", "PUBLIC REQUESTS TO SPEAK"), ("236", "SICKNESS ABSENCE")]


def test_moderngov_number_then_title(nlp):
    assert numbered(nlp, "dev_060") == [
        ("41", "Apologies for Absence"),
        ("42", "Minutes of Previous meeting"),
        ("43", "Declaration of Interests/Party Whip"),
        ("44", "Public Speaking Time/Open Session"),
    ]


def test_grouping_heading_is_not_an_item(nlp):
    got = numbered(nlp, "dev_074")
    assert [n for n, _ in got] == ["1", "2", "3", "4a", "4b"]
    assert got[3] == ("4a", "Community Services Committee - 10 December 2015")


def test_prefixed_numbers(nlp):
    assert [n for n, _ in numbered(nlp, "dev_012")] == ["PAR 1", "PAR 2", "PAR 3"]


def test_lettered_top_level_items(nlp):
    assert numbered(nlp, "dev_063") == [
        ("a", "Appointment of Chairman"),
        ("b", "Declarations of Interest"),
        ("c", "Licensing Act 2003 - Application for a Premises Licence - Alexandra Park, Beach Road, Penarth"),
    ]


def test_parish_bullets_continue_the_item_list(nlp):
    got = numbered(nlp, "dev_037")
    assert got[0] == ("75", "To accept apologies for absence")
    assert got[1] == (None, "Declarations of interest in respect of matters to be discussed")
    assert (None, "Neighbourhood Plan update") in got
    # "- Finance" only groups "(i)To ratify the finance Committee"
    assert got[-1] == ("i", "To ratify the finance Committee")
    assert (None, "Finance") not in got


def test_paragraph_numbers_are_not_items(nlp):
    # dev_034: "(a) Standard items ... include reports on:" is a list inside the one item
    assert [n for n, _ in numbered(nlp, "dev_001")] == ["233", "234", "235", "236", "237", "238"]
    assert numbered(nlp, "dev_034") == [
        (None, "Task and Finish Group Activity - Work Programme Development - Report of Assistant Chief Executive")
    ]


def test_heading_end_separates_heading_from_body(nlp):
    from extractor.pipeline import spans as S
    text = file_text("dev_001")
    doc = structure_doc(nlp, text)
    first = sorted(S.spans(doc, S.ITEMS), key=lambda sp: S.char_range(sp, S.ITEMS))[1]
    d = S.data(first, S.ITEMS)
    assert text[d["start"]:d["heading_end"]].rstrip(" –") == "234  MINUTES"
    assert text[d["heading_end"]:].lstrip(" –").startswith("Resolved")


def test_items_known_only_by_paragraph_numbers(nlp):
    # dev_069 prints no item headings: "1.1 It was ...", "2.1 The Chief Executive ...", then 2.2-2.4.2
    assert numbered(nlp, "dev_069") == [("1", None), ("2", None)]


def test_unnumbered_headings_between_blank_lines(nlp):
    got = numbered(nlp, "dev_018")
    assert got[:3] == [(None, "Election of Chair"), (None, "Election of Vice-Chair"), (None, "Minutes")]
    assert got[-1] == (None, "Better Care Fund 2023-2025: End of Year Plan for 2023/24 and 2024/25 Planning Template")
    assert len(got) == 8


def test_item_word_before_number(nlp):
    text = "Audit Board - 1 May 2024\n\nItem 1 Apologies\n\nNone were received.\n\nItem 2 Budget Monitoring\n\nThe report was noted.\n"
    assert numbered(nlp, text=text) == [("1", "Apologies"), ("2", "Budget Monitoring")]


def test_minute_numbers_with_year_and_decision_word_after_title(nlp):
    text = (
        "Audit Board - 1 May 2024\n\n12/24 DECLARATIONS OF INTEREST There were none.\n\n"
        "13/24 MINUTES RESOLVED that the minutes be confirmed.\n\n14/24 PETITIONS The Board received a petition.\n"
    )
    assert numbered(nlp, text=text) == [("12/24", "DECLARATIONS OF INTEREST"), ("13/24", "MINUTES"), ("14/24", "PETITIONS")]


def test_sub_items_directly_under_a_grouping_heading(nlp):
    text = (
        "Planning Board - 1 May 2024\n\n3. Minutes\nApproved.\n\n4. Planning Applications\n4.1 24/00001/FUL - Land at Rye Lane\n"
        "The application was refused.\n4.2 24/00002/HOU - 9 Church Road\nThe application was approved.\n\n5. Any Other Business\nNone.\n"
    )
    assert numbered(nlp, text=text) == [
        ("3", "Minutes"),
        ("4.1", "24/00001/FUL - Land at Rye Lane"),
        ("4.2", "24/00002/HOU - 9 Church Road"),
        ("5", "Any Other Business"),
    ]


def test_agenda_item_prefix_with_colon_or_dash(nlp):
    text = "Audit Board - 1 May 2024\n\nAgenda Item 1: Declarations of Interest\nNone.\n\nAgenda Item 2 - Minutes\nApproved.\n"
    assert numbered(nlp, text=text) == [("1", "Declarations of Interest"), ("2", "Minutes")]


def test_flattened_item_table_rows(nlp):
    # dev_003: "No. | Item |" then one row per item ending in "|"; a row opening with agenda wording has no title
    got = numbered(nlp, "dev_003")
    assert [t for _, t in got[:3]] == ["Apologies for absence", "Urgent business and chair's announcements", "Declaration of interests"]
    assert got[3] == (None, None)
    assert (None, "Public participation") in got


def test_numbered_decision_paragraph_is_not_an_item(nlp):
    text = (
        "Audit Board - 1 May 2024\n\n1. Apologies\n\nNone.\n\n2. Internal Audit Plan\n\nThe plan was presented.\n\n"
        "3. RESOLVED that the plan be approved.\n\n4. Any Other Business\n\nNone.\n"
    )
    assert numbered(nlp, text=text) == [("1", "Apologies"), ("2", "Internal Audit Plan"), ("4", "Any Other Business")]


def test_decision_history_page_takes_the_dated_decision_as_its_item(nlp):
    """A ModernGov "Issue - decisions" page names the issue, then one "date - title" line
    per decision taken on it; the item is the decision (invented passage)."""
    text = ("Issue - decisions\n\nCar Park Charges Review\n\n"
            "14/03/2023 - Car Park Charges - Revised Tariff for 2023/24\n\n"
            "The Portfolio Holder for Transport presented the report.\n\n"
            "Cabinet approves the revised tariff set out in appendix A.\n")
    (m,) = record(nlp, text=text).meetings
    assert [(i.number, i.title) for i in m.items] == [(None, "Car Park Charges - Revised Tariff for 2023/24")]
