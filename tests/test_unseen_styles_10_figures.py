"""Figures in shapes the corpus brought after issue 12's first passes (issue 12, generalisation).

Every passage is invented (people, places, bodies and numbers); the expected values were
read off each passage by hand, following corpus/GUIDELINES.md "Figures", "Payment
tables" and the figures hard cases: pence and cents are money; an approximate amount
("~£260", "c.£1,000") is still money; vote counts, whether in words ("6 people said
yes"), after a roll call's names or in a ballot table, belong to the resolution; the rows
of a payment list are no figures while the totals and amounts in prose are; a count of
capitalised things ("4 Solar Message Boards") and the entries of a list of counts ("5
Burglary, Theft 1") are figures.
"""

from __future__ import annotations

from invented import figure_values as _figs, figures_pipeline

import pytest


@pytest.fixture(scope="module")
def figures_alone():
    return figures_pipeline()


# ------------------------------------------------------------------ money written differently

def test_pence_are_hundredths_of_a_pound(figures_alone):
    text = ("Groups using the Brackenholt pavilion will pay 30p towards tea, against the Wednesday charge "
            "of 50p, and mileage is repaid at 45p per mile.")
    assert _figs(figures_alone, text) == [(0.3, "GBP"), (0.5, "GBP"), (0.45, "GBP")]


def test_cents_are_hundredths_of_the_local_dollar_and_a_p_after_a_time_is_no_money(figures_alone):
    text = ("The Ferrowby Township board granted the grader operator a 25¢ raise per hour. "
            "The board adjourned until 7p on Monday.")
    assert _figs(figures_alone, text) == [(0.25, "USD")]


def test_an_approximate_amount_keeps_its_sign(figures_alone):
    text = ("A faster disk (~£260) was donated, a lower-end one is ~£200, and c.£1,000 came in from filming.\n"
            "Tender B is for the sum of ..................£750")
    assert _figs(figures_alone, text) == [(260, "GBP"), (200, "GBP"), (1000, "GBP"), (750, "GBP")]


def test_a_capitalised_multiplier_counts_after_a_sign_only(figures_alone):
    text = "The Mayor said the city had $11 Million on hand. The 5 Million Club of Talvane sent thanks."
    assert _figs(figures_alone, text) == [(11_000_000, "USD")]


def test_the_first_amount_of_a_pair_takes_the_multiplier_of_the_second(figures_alone):
    text = "The Oskery Community Associate post carries a salary from $45 to $50 thousand a year."
    assert _figs(figures_alone, text) == [(45_000, "USD"), (50_000, "USD")]


# ------------------------------------------------------------------ votes

def test_counts_of_people_voting_in_words_are_votes(figures_alone):
    text = """\
VOTING:
6 people said yes
4 people abstain due to not attending the last AGM

MOTION PASSED. The club now has 31 members."""
    assert _figs(figures_alone, text) == [(31, "count")]


def test_the_number_closing_a_roll_calls_names_is_a_vote(figures_alone):
    text = """\
The motion to buy 3 mowers passed by the following vote:
AYES: Brackenholt, Ferrowby, Talvane – 3
NAYS: None – 0"""
    assert _figs(figures_alone, text) == [(3, "count")]


def test_the_cells_of_a_ballot_table_are_votes(figures_alone):
    text = """\
VOTE: the members' ballot on the officer positions:

Position        | Votes Cast            | Votes Withheld
Treasurer       | Ysolde Brackenholt: 14 |
Secretary       | Tam Ferrowby: 13       | Olu Talvane: 1 |

The hall will need 40 new chairs."""
    assert _figs(figures_alone, text) == [(40, "count")]


def test_a_table_that_is_no_ballot_keeps_its_numbers(figures_alone):
    text = """\
Item      | Supplier   | Cost
Benches   | Oskery Ltd | £400
"""
    assert _figs(figures_alone, text) == [(400, "GBP")]


# ------------------------------------------------------------------ payment lists

def test_payments_listed_with_their_invoice_numbers_are_rows(figures_alone):
    text = ("The Treasurer's report showed a balance of $1,204,117.50. The motion was to pay the bills "
            "presented, which were Brackenholt Co. invoice 204417 for $318.75, Talvane Supply invoice 88120 "
            "for $45.00, Oskery Hardware invoice 5512 for $610.00. Seconded by Ald. Ferrowby.")
    assert _figs(figures_alone, text) == [(1_204_117.50, "USD")]


def test_one_payment_with_its_invoice_number_in_prose_is_a_figure(figures_alone):
    text = "The clerk paid invoice 2231 for £300 to Oskery Fencing and the hall cost £40."
    assert _figs(figures_alone, text) == [(300, "GBP"), (40, "GBP")]


def test_rows_announced_by_a_sentence_are_no_figures_but_the_prose_after_them_is(figures_alone):
    text = """\
It was agreed that the following accounts be paid.

Hall rental              £   25.00

Clerk's expenses     £ 108.42

The treasurer also reported a loss of £162 for the last financial year."""
    assert _figs(figures_alone, text) == [(162, "GBP")]


def test_a_payment_schedule_run_into_a_sentence_is_rows(figures_alone):
    text = ("The bank stands at £8,443.81, of which £493 is ring-fenced for the Oskery players.\n"
            "Expenditures of Rent £150, Gutter Clearance etc £70, Skip Hire £16.50.\n"
            "Expenditure this year of £4,000 was over budget, by £300, against £3,700 planned.")
    assert _figs(figures_alone, text) == [(8443.81, "GBP"), (493, "GBP"), (4000, "GBP"), (300, "GBP"),
                                          (3700, "GBP")]


# ------------------------------------------------------------------ counts that look like names

def test_a_count_of_capitalised_plural_things_is_a_figure(figures_alone):
    text = ("Talvane now has 31 Annual Paying Members, up from 29. The quote for 4 Solar Message Boards "
            "(mains version) was accepted. Its 7 Day All Alcoholic Beverages Licence was renewed.")
    assert _figs(figures_alone, text) == [(31, "count"), (29, "count"), (4, "count")]


def test_a_flattened_agenda_heading_is_no_count(figures_alone):
    text = "The President welcomed all attending. 2 Previous Minutes. Circulated beforehand."
    assert _figs(figures_alone, text) == []


def test_the_entries_of_a_list_of_counts_are_figures(figures_alone):
    text = "The police report for Ferrowby: 5 Burglary, 8 criminal damage, Theft 1, ASB 7."
    assert _figs(figures_alone, text) == [(5, "count"), (8, "count"), (1, "count"), (7, "count")]


def test_the_same_name_numbered_again_is_no_list_of_counts(figures_alone):
    text = "Works at Site 3, Site 4 and Site 5 of the Oskery estate are finished."
    assert _figs(figures_alone, text) == []


# ------------------------------------------------------------------ procedure

def test_the_notice_asked_for_in_a_boilerplate_is_procedure(figures_alone):
    text = ("Please notify the clerk at least three business days in advance if special accommodations "
            "are needed. The pool will be closed for 14 days.")
    assert _figs(figures_alone, text) == [(14, "days")]


# ------------------------------------------------------------------ quantities a name rule took

def test_a_year_named_as_a_time_is_no_name_prefix(figures_alone):
    text = ("Supply: last year £40,000 was spent but only £35,000 had been budgeted. This year 233 tips "
            "were received. The Year 6 pupils of Talvane School visited.")
    assert _figs(figures_alone, text) == [(40_000, "GBP"), (35_000, "GBP"), (233, "count")]


def test_a_bracketed_percentage_is_no_list_label(figures_alone):
    text = "Funding has been secured through the Oskery Trust (50%) for a summer placement; see (5) below."
    assert _figs(figures_alone, text) == [(50, "percent")]


def test_a_large_bare_count_after_a_quantity_word_or_before_a_plural_stays(figures_alone):
    text = ("The Ferrowby society has 5,000 members, of which over 2000 have shell accounts; of the 22000 "
            "bids placed only a few came by phone. Cheque 100234 was signed.")
    assert _figs(figures_alone, text) == [(5000, "count"), (2000, "count"), (22000, "count")]
