"""Figures in shapes read off minutes the rules were never written against (issue 12).

Every passage is invented (people, places, bodies and numbers); the expected values were
read off each passage by hand, following corpus/GUIDELINES.md "Figures" and "Payment
tables": votes, names with a number in them ("Week 3"), table cells, reference ranges,
times and dates are not figures; amounts keep their currency (the code printed with a
"$" wins over the country's dollar; an amount with pence but no sign in a run of money
is money); a range gives two figures.
"""

from __future__ import annotations

import pytest

from invented import figure_values as _figs, figures_pipeline


@pytest.fixture(scope="module")
def figures_alone():
    return figures_pipeline()


# ------------------------------------------------------------------ votes

def test_an_election_ballot_gives_no_figures(figures_alone):
    text = """\
Officer elections
* Chair of the guild
    * Nominee: Ysolde
    * Votes: 12 votes for Ysolde, 2 for reopening nominations, 3 abstained.
* Quartermaster
- 14 for Corvin
- 6 for Oddny, 5 for RON
* Adopt the new crest
    - Carried, 13 for.
"""
    assert _figs(figures_alone, text) == []


def test_a_count_after_for_in_prose_stays_a_figure(figures_alone):
    # "for" followed by a noun is no ballot: the club bought boards for 12 juniors
    assert _figs(figures_alone, "The guild bought 6 lathes for 12 apprentices at the Wexmoor fair.") == [
        (6, "count"), (12, "count")]


# ------------------------------------------------------------------ tables, codes and names

def test_cells_of_a_numbers_table_and_contents_page_numbers_are_no_figures(figures_alone):
    text = """\
Contents ........................................ 9

Effort by stage

3 3

6 2 2

1 7 15 15 40

The bid will take 128 hours of staff time.
"""
    assert _figs(figures_alone, text) == [(128, "hours")]


def test_a_registration_number_in_groups_is_no_figure(figures_alone):
    assert _figs(figures_alone, "The society's registration number is ABN: 41 207 335 918 for the bank.") == []


def test_a_number_after_a_capitalised_name_word_is_part_of_the_name(figures_alone):
    text = "Bulletins are sent in Week 2 and Week 8 of Term 3, and the lab moved to Gadgetron 10."
    assert _figs(figures_alone, text) == []


def test_bare_counts_in_prose_stay_figures(figures_alone):
    text = "Lathe bookings fell to 41 from 57, and 9 of the new benches are fitted while 4 await bolts."
    assert _figs(figures_alone, text) == [(41, "count"), (57, "count"), (9, "count"), (4, "count")]


def test_a_bracketed_number_written_onto_a_code_is_no_figure(figures_alone):
    assert _figs(figures_alone, "ADOPTION OF THE ORDER PAPER K19(214) Mar Moved by the warden.") == []


def test_reference_ranges_through_and_inclusive_are_no_figures(figures_alone):
    text = ("The warden signed vouchers 12 through 48, worth $18,204.77 in all. "
            "Ledger entries numbered 3301 to 3377 inclusive, totalling $9,655.10, were checked.")
    assert _figs(figures_alone, text) == [(18204.77, "USD"), (9655.1, "USD")]


# ------------------------------------------------------------------ dates and times

def test_when_the_next_meeting_is_is_no_duration(figures_alone):
    assert _figs(figures_alone, "Date of next meeting: in 3 weeks at the Wexmoor forge.") == []
    assert _figs(figures_alone, "9.1 Next meeting\n\nIn five weeks, at the usual hall.") == []


def test_a_duration_of_work_stays_a_figure(figures_alone):
    assert _figs(figures_alone, "Re-roofing the forge will take 3 weeks and cost £7,250.") == [
        (3, "weeks"), (7250, "GBP")]


def test_a_range_of_days_before_a_month_is_a_date(figures_alone):
    text = "The Larkspur show runs from 4 to 6 June and 650 visitors are expected."
    assert _figs(figures_alone, text) == [(650, "count")]


def test_a_time_spaced_by_ocr_is_no_figure(figures_alone):
    assert _figs(figures_alone, "The guild assembled at 6 : 45 p .m. and 9 lathes were inspected.") == [(9, "count")]


def test_list_numbers_spaced_by_ocr_are_labels(figures_alone):
    text = "The warden noted the forge rota . 2 . Warden Fennimore inspected the kilns."
    assert _figs(figures_alone, text) == []


# ------------------------------------------------------------------ money

def test_thousands_set_apart_after_a_sign_are_one_amount(figures_alone):
    text = "The forge fund paid £12, 345.60 in bursaries; the lathe levy will bring $58 , 212 this year."
    assert _figs(figures_alone, text) == [(12345.6, "GBP"), (58212, "USD")]


def test_thousands_apart_without_a_sign_stay_a_list(figures_alone):
    assert _figs(figures_alone, "Bursaries went to 12, 345 and 610 apprentices.") == [
        (12, "count"), (345, "count"), (610, "count")]


def test_an_amount_with_pence_and_no_sign_among_money_is_money(figures_alone):
    text = "Guild account at 1 May £1,904.17.\nSubscriptions in: £812.50.\nSpent on tools: 633.09.\n"
    assert _figs(figures_alone, text) == [(1904.17, "GBP"), (812.5, "GBP"), (633.09, "GBP")]


def test_the_printed_dollar_code_wins_over_the_countrys_dollar(figures_alone):
    # a Queensland club: "$" alone is the Australian dollar
    text = ("The Brackenmoor guild (Queensland) pays $300 a term for its forge; the design software "
            "costs $150 US per three months and the plugin US$50.")
    assert _figs(figures_alone, text) == [(300, "AUD"), (150, "USD"), (50, "USD")]


# ------------------------------------------------------------------ ranges and units

def test_a_range_of_counts_gives_two_figures(figures_alone):
    text = "Forge evenings draw 6-9 volunteers and the open days 25-40 families."
    assert _figs(figures_alone, text) == [(6, "count"), (9, "count"), (25, "count"), (40, "count")]


def test_a_weight_limit_in_tons(figures_alone):
    assert _figs(figures_alone, "The Quillworth bridge will carry lorries of up to 7.5 tons.") == [(7.5, "tons")]


def test_a_list_of_lamp_numbers_after_a_code_is_no_figure(figures_alone):
    text = "Kiln faults: 3 kilns cold, KL 204, 206, 209 & 211 to be relined by the warden."
    assert _figs(figures_alone, text) == [(3, "count")]


def test_compound_number_words_are_one_number(figures_alone):
    text = "The warden has kept the forge for forty-two years; the plan adds twenty seven workbenches."
    assert _figs(figures_alone, text) == [(42, "years"), (27, "count")]


def test_vulgar_fractions_and_degrees(figures_alone):
    text = "The guild bank offered 4½% to 5¼%; kilns are shut when the forge passes 95° F."
    assert _figs(figures_alone, text) == [(4.5, "percent"), (5.25, "percent"), (95, "degrees Fahrenheit")]


def test_a_total_named_before_the_colon_of_a_payments_clause_stays(figures_alone):
    # the rows of a payments list are no figures; the total the clause names is one
    text = ("The warden asked that the guild's invoices be settled and that cheques drawn for the month "
            "totalling: $ 38,415.26\nCheques signed as follows: Kiln repair £45.00, Lathe oil £380.00.")
    assert _figs(figures_alone, text) == [(38415.26, "USD")]


def test_the_meetings_own_audience_is_no_figure(figures_alone):
    text = "Three electors present, with the warden.\n4 members of the public left the meeting at 8pm.\n"
    assert _figs(figures_alone, text) == []


def test_turnout_reported_about_another_event_stays_a_figure(figures_alone):
    text = "The survey found 120 residents were present at the Larkspur consultation events."
    assert _figs(figures_alone, text) == [(120, "count")]


def test_a_payments_table_under_column_headings_gives_only_its_total(figures_alone):
    # no "Payments" heading: the column headings open the table; amounts have no sign
    text = ("7. Finance\nPayee\tChq No\t£\nQuillworth Hall Trust\t300231\t45.00\n"
            "Clerk (salary)\t300232\t612.40\nPayments this month totalled £657.40.\n")
    assert _figs(figures_alone, text) == [(657.4, "GBP")]


def test_a_cheque_register_gives_only_the_total_stated_after_it(figures_alone):
    text = ("Cheque Register\n#4512 Quillworth Supply Co $1,234.56\n#4513 Larkspur Electric $45.00\n"
            "Total disbursements for the month were $1,279.56.\n")
    assert _figs(figures_alone, text) == [(1279.56, "USD")]
