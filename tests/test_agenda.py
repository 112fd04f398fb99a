"""Entries of an agenda pack's own agenda."""

from __future__ import annotations

import spacy

import extractor  # noqa: F401  (registers the components)
from extractor.pipeline import spans as S
from extractor.readers import read_path

from conftest import raw_path
from test_sections import PACK, pack_001, pnlp  # noqa: F401  (fixtures)


def entries(doc):
    return [
        (d["number"], d["title"], d["pages"])
        for d in (S.data(sp, S.AGENDA) for sp in doc.spans[S.AGENDA])
    ]


def test_seed_001_agenda_items_1_to_11(pack_001):
    # Checked by hand against the agenda of 30 September 2021 at the top of the pack.
    assert entries(pack_001) == [
        ("1", "General", None),
        ("1(1)", "Apologies", None),
        ("1(2)", "Disclosures of Pecuniary and Non-Pecuniary Interests", None),
        ("1(3)", "Minutes of the Previous Meeting - 20 July 2021", "5 - 12"),
        ("2", "Public Speaking", None),
        ("3", "Question to Cabinet Portfolio Holders", None),
        ("4", "Warwickshire Children's Strategy 2021-2030", "13 - 28"),
        ("5", "Update Children's Transformation Plan", "29 - 42"),
        ("6", "Complaints Report", "43 - 58"),
        ("7", "Work Programme", "59 - 62"),
        ("8", "Any Other Business", None),
        ("9", "Date of the next meeting", None),
        ("10", "Exclusion of Press and Public", None),
        ("11", "EXEMPT Minutes of the meeting held on 27 July 2021", "63 - 66"),
    ]


def test_seed_001_agenda_spans_point_at_the_entries(pack_001):
    for sp in pack_001.spans[S.AGENDA]:
        d = S.data(sp, S.AGENDA)
        assert d["title"] in pack_001.text[d["start"] : d["end"]]
        if d["pages"]:
            assert pack_001.text[d["start"] : d["end"]].rstrip(" |").endswith(d["pages"])


def test_minutes_items_are_not_agenda_entries(pack_001):
    # The 20 July minutes have their own "4. Youth Justice Plan 2021-2022"; it is an item, not agenda.
    titles = [t for _, t, _ in entries(pack_001)]
    assert not any("Youth Justice" in t for t in titles)


def test_hand_written_agenda(pnlp):
    doc = pnlp(PACK)
    assert entries(doc) == [
        ("1", "Apologies for absence", None),
        ("2", "Minutes of the last meeting", "3 - 8"),
        ("3", "Street Cleansing Performance", "9 - 20"),
        ("4", "Panel Work Programme", "21 - 24"),
    ]


def test_numbered_boilerplate_after_the_agenda_is_skipped():
    nlp = spacy.blank("en")
    nlp.add_pipe("minutes_sections")
    nlp.add_pipe("minutes_agenda")
    text = (
        "Harbour Town Council\nPlanning Committee\n\nAgenda\n\n1. Apologies\n\n2. Declarations of interest\n\n"
        "3. Planning applications Pages 4 - 30\n\n(a) Land off Mill Lane\n\n(b) 2 Quay Street\n\n"
        "4. Enforcement update (Pages 31 - 40)\n\n"
        "Notes for Members\n\n1. Members must declare any interest before the item is discussed.\n\n"
        "2. Members of the public may speak for three minutes.\n"
    )
    assert entries(nlp(text)) == [
        ("1", "Apologies", None),
        ("2", "Declarations of interest", None),
        ("3", "Planning applications", "4 - 30"),
        ("3(a)", "Land off Mill Lane", None),
        ("3(b)", "2 Quay Street", None),
        ("4", "Enforcement update", "31 - 40"),
    ]


def test_minutes_page_has_no_agenda(pnlp):
    doc = pnlp(read_path(raw_path("dev_014")).text)  # ModernGov "Agenda and minutes" page
    assert entries(doc) == []


def test_dates_and_counts_under_an_item_are_not_entries(pnlp):
    text = (
        "Agenda\n\n1. Apologies\n\n2. Public questions\n\n3 minutes are allowed for each speaker.\n\n"
        "4. Date of next meeting\n\n5 June 2025 at 7pm\n\n5. Urgent business\n"
    )
    # "3 minutes ..." and "5 June ..." are text under items 2 and 4; item 3 was withdrawn.
    assert entries(pnlp(text)) == [
        ("1", "Apologies", None),
        ("2", "Public questions", None),
        ("4", "Date of next meeting", None),
        ("5", "Urgent business", None),
    ]


def test_tab_table_with_number_column(pnlp):
    text = "Cabinet\n\nAgenda\n\nNo.\tItem\tPages\n1.\tApologies\t\n2.\tBudget report\t5 - 20\n3.\tAny other business\t\n"
    assert entries(pnlp(text)) == [
        ("1", "Apologies", None),
        ("2", "Budget report", "5 - 20"),
        ("3", "Any other business", None),
    ]
