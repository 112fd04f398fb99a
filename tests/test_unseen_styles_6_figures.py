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
Election of officers
* Treasurer
    * Candidate: Ysolde
    * Votes: 9 for Ysolde, 0 for reopening nominations, 1 abstained.
* Secretary
- 11 for Corvin
- 7 for Oddny, 4 for RON
* Change of name to Larkspur Makers
    - Motion passed, 9 for.
"""
    assert _figs(figures_alone, text) == []


def test_a_count_after_for_in_prose_stays_a_figure(figures_alone):
    # "for" followed by a noun is no ballot: the club bought boards for 12 juniors
    assert _figs(figures_alone, "The club bought 6 boards for 12 juniors at the Wexmoor fair.") == [
        (6, "count"), (12, "count")]


# ------------------------------------------------------------------ tables, codes and names

def test_cells_of_a_numbers_table_and_contents_page_numbers_are_no_figures(figures_alone):
    text = """\
Contents ........................................ 7

Hours by task

4 4

8 4 4

2 5 20 20 30

Total estimated time for the bid: 361 hours.
"""
    assert _figs(figures_alone, text) == [(361, "hours")]


def test_a_registration_number_in_groups_is_no_figure(figures_alone):
    assert _figs(figures_alone, "The society's registration number is ABN: 41 207 335 918 for the bank.") == []


def test_a_number_after_a_capitalised_name_word_is_part_of_the_name(figures_alone):
    text = "The newsletter goes out in Week 1, Week 5 and Week 10 of Term 2; Gadgetron 10 was installed."
    assert _figs(figures_alone, text) == []


def test_bare_counts_in_prose_stay_figures(figures_alone):
    text = "Membership rose to 26 from 19, and 7 focus areas are on track while 3 are not."
    assert _figs(figures_alone, text) == [(26, "count"), (19, "count"), (7, "count"), (3, "count")]


def test_a_bracketed_number_written_onto_a_code_is_no_figure(figures_alone):
    assert _figs(figures_alone, "APPROVAL OF THE AGENDA C19(214) Nov On the motion of the members.") == []


def test_reference_ranges_through_and_inclusive_are_no_figures(figures_alone):
    text = ("Expense vouchers 1 through 39 in the amount of $26,359.51 were approved. "
            "The List of Accounts numbered 5120 to 5188 inclusive, amounting to $41,730.12, was paid.")
    assert _figs(figures_alone, text) == [(26359.51, "USD"), (41730.12, "USD")]


# ------------------------------------------------------------------ dates and times

def test_when_the_next_meeting_is_is_no_duration(figures_alone):
    assert _figs(figures_alone, "Next meeting: in 2 months, Corvin to advise of a date.") == []
    assert _figs(figures_alone, "6.2 Next meeting\n\nIn two weeks from today, same time and place.") == []


def test_a_duration_of_work_stays_a_figure(figures_alone):
    assert _figs(figures_alone, "The resurfacing will take 2 months and cost £4,000.") == [
        (2, "months"), (4000, "GBP")]


def test_a_range_of_days_before_a_month_is_a_date(figures_alone):
    text = "The Larkspur fair will be held over the weekend of 11 to 13 July, with 400 visitors expected."
    assert _figs(figures_alone, text) == [(400, "count")]


def test_a_time_spaced_by_ocr_is_no_figure(figures_alone):
    assert _figs(figures_alone, "The meeting was held at 7 : 30 p .m. with 6 members present.") == [(6, "count")]


def test_list_numbers_spaced_by_ocr_are_labels(figures_alone):
    text = "The budget will be adjusted to this lesser amount . 2 . Mayor Fennimore met the engineers."
    assert _figs(figures_alone, text) == []


# ------------------------------------------------------------------ money

def test_thousands_set_apart_after_a_sign_are_one_amount(figures_alone):
    text = "The fund made thirteen awards worth £11, 879.40; revenue sharing will be $58 , 212 this year."
    assert _figs(figures_alone, text) == [(13, "count"), (11879.4, "GBP"), (58212, "USD")]


def test_thousands_apart_without_a_sign_stay_a_list(figures_alone):
    assert _figs(figures_alone, "Tickets went to 11, 879 and 640 households.") == [
        (11, "count"), (879, "count"), (640, "count")]


def test_an_amount_with_pence_and_no_sign_among_money_is_money(figures_alone):
    text = "Opening balance £1,904.17.\nIncome: £812.50.\nExpenditure: 633.09.\n"
    assert _figs(figures_alone, text) == [(1904.17, "GBP"), (812.5, "GBP"), (633.09, "GBP")]


def test_the_printed_dollar_code_wins_over_the_countrys_dollar(figures_alone):
    # a Queensland club: "$" alone is the Australian dollar
    text = ("The Brackenmoor club (Queensland) noted the hall costs $300 a term, the booking site "
            "now charges $200 US per six months and the software licence is US$50.")
    assert _figs(figures_alone, text) == [(300, "AUD"), (200, "USD"), (50, "USD")]


# ------------------------------------------------------------------ ranges and units

def test_a_range_of_counts_gives_two_figures(figures_alone):
    text = "Thursday nights are going well, with 8-12 attendees, and Sundays draw 14-20 players."
    assert _figs(figures_alone, text) == [(8, "count"), (12, "count"), (14, "count"), (20, "count")]


def test_a_weight_limit_in_tons(figures_alone):
    assert _figs(figures_alone, "That the 8.2 ton limit be removed from the Quillworth road.") == [(8.2, "tons")]


def test_a_list_of_lamp_numbers_after_a_code_is_no_figure(figures_alone):
    text = "Any other business: 4 street lights not working, KL 204, 206, 209 & 211. Clerk to report."
    assert _figs(figures_alone, text) == [(4, "count")]


def test_compound_number_words_are_one_number(figures_alone):
    text = "She has served for thirty-one years; the scheme proposes twenty three holiday cottages."
    assert _figs(figures_alone, text) == [(31, "years"), (23, "count")]


def test_vulgar_fractions_and_degrees(figures_alone):
    text = "Short loans were offered at 2½% to 3¼%; crews stop when the wind chill reaches 10° F."
    assert _figs(figures_alone, text) == [(2.5, "percent"), (3.25, "percent"), (10, "degrees Fahrenheit")]


def test_a_total_named_before_the_colon_of_a_payments_clause_stays(figures_alone):
    # the rows of a payments list are no figures; the total the clause names is one
    text = ("It was moved that bills be approved for payment and checks issued for expenses "
            "totaling: $ 38,415.26\nCheques signed as follows: Hall hire £45.00, Grass cutting £380.00.")
    assert _figs(figures_alone, text) == [(38415.26, "USD")]


def test_the_meetings_own_audience_is_no_figure(figures_alone):
    text = "Two electors present, in addition the Clerk.\n5 members of the public left the meeting.\n"
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
