"""Numbers that are not reported quantities, told apart by what they refer to (issue 12).

Every passage is invented (people, places, bodies and numbers); the expected values were
read off each passage by hand, following corpus/GUIDELINES.md "Figures" and the figures
hard cases: vote counts belong to the resolution, not to the figures; paragraph and
section references, numbers inside names, minute numbers and a PDF's line numbers are
not figures; money without a sign where the context is money is the document's
currency; "three percent" is a percentage.
"""

from __future__ import annotations

import pytest

from invented import figure_values as _figs, figures_pipeline


@pytest.fixture(scope="module")
def figures_alone():
    return figures_pipeline()


# ------------------------------------------------------------------ vote tallies

def test_a_bracketed_tally_after_a_unanimous_vote_is_no_figure(figures_alone):
    text = ("Trustee Quenby moved and Trustee Pethwick seconded; the trustees voted unanimously (6, 0) "
            "to buy 12 folding tables.")
    assert _figs(figures_alone, text) == [(12, "count")]


def test_both_counts_of_a_dashed_tally_are_votes(figures_alone):
    text = "Councillors divided 4 – 2 in the vote on the skate park, and the motion fell."
    assert _figs(figures_alone, text) == []


def test_vote_words_hyphened_onto_the_counts_are_votes(figures_alone):
    text = ("The roll call on the café licence ended with 11-no’s and 2-abstentions, so the request was "
            "refused. The second motion passed with 1-abstention.")
    assert _figs(figures_alone, text) == []


def test_opposed_and_abstaining_lines_of_a_roll_call_are_votes(figures_alone):
    text = """\
In favour: Councillor Y. Marram, Councillor T. Wendlow
Opposed: 0
Abstaining: 1
"""
    assert _figs(figures_alone, text) == []


# ------------------------------------------------------------------ references and names

def test_a_bare_decimal_is_a_paragraph_reference_but_a_percentage_stays(figures_alone):
    text = ("Prof. Quenby moved to amend 7.02.B. as follows (see also 3.1). "
            "The hall fee rose by 4.5% this year.")
    assert _figs(figures_alone, text) == [(4.5, "percent")]


def test_a_number_before_a_capitalised_singular_word_is_part_of_a_name(figures_alone):
    text = ("The first closure date at Site 3 Orrinsford has been delayed. Officers from the 52 Precinct "
            "attended, and 6 Ward Councillors met 40 residents.")
    assert _figs(figures_alone, text) == [(6, "count"), (40, "count")]


def test_a_house_number_after_a_comma_is_part_of_an_address(figures_alone):
    text = "The hedge at Wendlow Cottage, 4 Oakhurst was cut back after 11 residents complained."
    assert _figs(figures_alone, text) == [(11, "count")]


def test_minute_numbers_before_a_heading_in_capitals_are_no_figures(figures_alone):
    text = ("411. APOLOGIES – all present. 412. DECLARATIONS – none. 413. MINUTES of the meeting were "
            "agreed. The clerk reported that 240 residents replied.")
    assert _figs(figures_alone, text) == [(240, "count")]


def test_a_pdfs_line_numbers_are_no_figures(figures_alone):
    text = """\
7 CALL TO ORDER 8
9The Chair opened the session at 7:02 P.M. 10
11 ROLL CALL 12
13Roll call was taken and the clerk reported 35 written comments. 14
"""
    assert _figs(figures_alone, text) == [(35, "count")]


# ------------------------------------------------------------------ money without its sign; percent in words

def test_amounts_after_budget_words_are_money_in_the_documents_currency(figures_alone):
    text = ("The library budget was 1,250,400 before the amendment; the amended amount is 1,310,000. "
            "A further $2,500 was set aside for signs.")
    assert _figs(figures_alone, text) == [(1250400, "USD"), (1310000, "USD"), (2500, "USD")]


def test_an_unsigned_amount_takes_the_pound_of_a_british_document(figures_alone):
    text = ("The precept for next year was set at £18,200. The grass cutting contract cost was 2,340 "
            "for the season, and 14 households complained.")
    assert _figs(figures_alone, text) == [(18200, "GBP"), (2340, "GBP"), (14, "count")]


def test_a_count_after_a_money_word_with_a_noun_stays_a_count(figures_alone):
    text = "Despite the cost, 1,200 households joined the scheme."
    assert _figs(figures_alone, text) == [(1200, "count")]


def test_a_percentage_in_words_is_a_percentage(figures_alone):
    text = "The treasurer expects the interest to be three percent, on a loan of $40,000."
    assert _figs(figures_alone, text) == [(3, "percent"), (40000, "USD")]


# ------------------------------------------------------------------ reference numbers in other shapes

def test_the_last_entry_of_a_list_of_item_numbers_with_a_serial_comma_is_no_figure(figures_alone):
    text = "The clerk circulated letters about Agenda Items 4, 7, and 9. The park had 310 visitors."
    assert _figs(figures_alone, text) == [(310, "count")]


def test_numbers_after_a_number_sign_or_a_section_sign_are_no_figures(figures_alone):
    text = ("Under §71 and § 72 of the Village Code the board moved Tamsin Rawdell to # 3 on the "
            "waiting list, which now holds 26 families.")
    assert _figs(figures_alone, text) == [(26, "count")]


def test_an_ocr_spaced_bracket_repeats_the_number_word(figures_alone):
    text = "Item No . 6 : the lease runs for three ( 3 ) years once 12 homes are built."
    assert _figs(figures_alone, text) == [(3, "years"), (12, "count")]


# ------------------------------------------------------------------ units the number is given in

def test_engine_power_pump_rate_calendar_days_and_an_american_storey_are_units(figures_alone):
    text = ("The fire chief is looking at a 60 hp motor and a 1,500 gpm pumper with delivery in 180 calendar "
            "days. The plans show a 9-story building; reports will be 3 monthly. Two HP printers were bought.")
    assert _figs(figures_alone, text) == [(60, "hp"), (1500, "gpm"), (180, "days"), (9, "storeys"), (3, "months"),
                                          (2, "count")]
