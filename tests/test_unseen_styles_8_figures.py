"""Figures in shapes met in the training supplement's new bodies (issue 12).

Every passage is invented (people, places, bodies and numbers); the expected values were
read off each passage by hand, following corpus/GUIDELINES.md "Figures", "Payment
tables" and the figures hard cases: a "$" is the dollar of the document's country, read
off the text (British spellings and day-first dates rule out the US dollar); a year is not
a count; "6 yes, 0 no" is a vote; the cells of an income and expenditure statement are
not figures while its totals and surplus are.
"""

from __future__ import annotations

import pytest

from invented import figure_values as _figs, figures_pipeline


@pytest.fixture(scope="module")
def figures_alone():
    return figures_pipeline()


# ------------------------------------------------------------------ which dollar

def test_a_canadian_board_with_regrets_and_councillors_reports_canadian_dollars(figures_alone):
    text = """\
TARROWBY PUBLIC LIBRARY
BOARD MEETING MINUTES
Wednesday, May 14th, 2019, 7:00 p.m.
Present: Ann Quillfeather (Chair), Tom Brannoch (Councillor)
Regrets: Lee Pettigrove
6.1 Garden project
The Friends have raised $41,500 towards the reading garden.
"""
    assert _figs(figures_alone, text) == [(41500, "CAD")]


def test_a_new_zealand_or_australian_club_with_apologies_and_dotted_times_is_not_usd(figures_alone):
    text = """\
HOLLINMERE SWIMMING CLUB INCORPORATED MINUTES OF MEETING Tuesday 14 May 2019, 7.30pm
PRESENT: Ann Quillfeather (President), Tom Brannoch (Secretary)
APOLOGIES: Lee Pettigrove.
FUNDING: A grant of $1,250.00 was received for lane hire.
"""
    [(value, unit)] = _figs(figures_alone, text)
    assert value == 1250 and unit in ("AUD", "NZD")


def test_a_us_council_that_spells_councillor_the_british_way_keeps_usd(figures_alone):
    # one British spelling is outweighed by the month-first date "4-17-18"
    text = """\
Town Council Minutes 4-17-18
Members Present: Mayor Ann Quillfeather, Councillor Tom Brannoch, Councillor Lee Pettigrove
The Town Manager reported an increase of $52,300 in the road budget.
"""
    assert _figs(figures_alone, text) == [(52300, "USD")]


# ------------------------------------------------------------------ years and votes

def test_a_year_before_a_plural_noun_is_a_year_not_a_count(figures_alone):
    text = ("The director presented the Department's 2016 achievements, and the 2017 minutes "
            "were approved. About 2000 households replied.")
    assert _figs(figures_alone, text) == [(2000, "count")]


def test_a_yes_and_no_tally_is_a_vote_not_a_figure(figures_alone):
    text = """\
Roll call: Brannoch, yes; Pettigrove, yes; Quillfeather, no; 2 yes, 1 no. Motion carried.
Motion to pay bills by Brannoch, seconded by Pettigrove. Motion carried with 3 yes.
"""
    assert _figs(figures_alone, text) == []


# ------------------------------------------------------------------ statements printed inline

def test_an_inline_income_and_expenditure_statement_keeps_only_totals_and_surplus(figures_alone):
    text = """\
Treasurer's Report
As at 31 March the Club's bank balance stood at £3117.40
Income = Court Fees £2210.00 | Raffle £95.50 >> Total £2305.50
Expenditure = Hall Hire £1800.00 | Nets £61.25| Prizes £40.00 >> Total £1901.25
Surplus = £404.25
"""
    assert _figs(figures_alone, text) == [(3117.4, "GBP"), (2305.5, "GBP"), (1901.25, "GBP"), (404.25, "GBP")]


def test_a_roll_call_tally_after_the_names_is_a_vote(figures_alone):
    # the vote words stand in the sentences before and after the tally
    text = ("Trustee Brannoch moved to appoint Trustee Pettigrove to the Steering Committee. Vote by roll call. "
            "Quillfeather, yes; Brannoch, yes; Pettigrove, yes; Okonedo, no; 3 yes, 1 no. Motion carried.")
    assert _figs(figures_alone, text) == []


# ------------------------------------------------------------------ rates, addresses, periods, rules

def test_a_rate_written_after_a_slash_is_money(figures_alone):
    text = "Homes empty for the winter pay a flat water rate ($23/mo.), and the hall hires at $40/hr."
    assert _figs(figures_alone, text) == [(23, "USD"), (40, "USD")]


def test_an_american_block_address_is_no_figure(figures_alone):
    assert _figs(figures_alone, "Residents complained about speeding in the 4200 block of Fenwright Road.") == []


def test_the_period_a_financial_report_covers_is_no_figure(figures_alone):
    text = ("The accounts for the 12 months ending 31 March 2023 were presented, and the figures for the "
            "six months to September were noted. The lease will run from 3 months to 6 months.")
    assert _figs(figures_alone, text) == [(3, "months"), (6, "months")]


def test_speaking_time_rules_of_a_public_comment_period_are_no_figures(figures_alone):
    text = """\
Public Comment: Three minute rules for comments.
That the Rules of Procedure be suspended to extend the delegation for an additional 4 minutes. Carried
"""
    assert _figs(figures_alone, text) == []


# ------------------------------------------------------------------ accounts, mill rates, fractions, references

def test_one_accounts_balances_are_rows_while_the_balance_on_hand_stays(figures_alone):
    text = ("Treasurer Quillfeather reported a balance on hand of $88,410.20; there is $6,120.75 in the checking, "
            "$52,000.00 in the money market account and $30,289.45 in savings.")
    assert _figs(figures_alone, text) == [(88410.2, "USD")]


def test_a_mill_rate_is_counted_in_mills_not_dollars(figures_alone):
    text = "The proposed budget of $41,200,000 would produce a mill rate of 31.47."
    assert _figs(figures_alone, text) == [(41200000, "USD"), (31.47, "mills")]


def test_a_fraction_in_words_is_a_percentage(figures_alone):
    text = "Under the constitution a two-thirds majority of members present is needed to change the fees."
    assert _figs(figures_alone, text) == [(66.67, "percent")]


def test_schedule_and_paragraph_references_of_an_act_are_no_figures(figures_alone):
    text = "2. Apologies LG Act 1972 Sch 12 par 40 To receive apologies and approve reasons for absence."
    assert _figs(figures_alone, text) == []


def test_a_new_zealand_council_naming_its_planning_law_reports_new_zealand_dollars(figures_alone):
    text = """\
MINUTES OF THE DRUMMENY DISTRICT COUNCIL HELD ON TUESDAY 9 APRIL 2019 AT 9.30AM
Apologies: Councillor Vasquel
3. Resource consent for the Ilsworth quarry
The applicant has paid a bond of $12,000 under the Resource Management Act.
"""
    assert _figs(figures_alone, text) == [(12000, "NZD")]


def test_the_length_of_a_paper_is_no_figure(figures_alone):
    text = "Officers circulated a 4 page document on the bid, which runs to 96 pages, and 31 residents replied."
    assert _figs(figures_alone, text) == [(31, "count")]


def test_page_ranges_of_an_agenda_flattened_into_one_line_are_no_figures(figures_alone):
    text = ("AGENDA Page Nos. 3. MINUTES Minute of the Marrowgate Committee of 2nd March, 2022. 4 – 9 "
            "4. ROADS UPDATE – Report by the Head of Roads. 31 – 44 5. PITCH OPTIONS. "
            "Complaints rose from 10 – 15 last year.")
    assert _figs(figures_alone, text) == [(10, "count"), (15, "count")]


def test_a_time_in_words_with_a_curly_apostrophe_is_no_figure(figures_alone):
    text = "A memorial gathering is at the Hollinmere hall from one o’clock to three o’clock, or at 5 o’clock on Sunday."
    assert _figs(figures_alone, text) == []
