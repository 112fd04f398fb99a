"""Deadlines of actions (``pipeline/due_dates.py``): a day after "on" or "at the" (with
an abbreviated weekday), "next month", and a next meeting printed without its year. Invented passages (names checked absent from corpus/raw)."""

from __future__ import annotations

from invented import action_data
from extractor.readers import read_text

_HEAD = """Minutes of the meeting of Tollerby Parish Council held on 3 March 2021

Present: Cllr Ann Brixley (Chair), Cllr Tom Wendal, Peter Hollox (Clerk)

"""


def _acts(nlp, body: str) -> list[dict]:
    return action_data(nlp(read_text(_HEAD + body).text))


def test_a_dated_meeting_is_the_day_not_the_month(nlp):
    acts = _acts(nlp, "5. Play area\nThe Clerk to present the inspection report at the June 12th meeting.\n")
    assert [a["due"] for a in acts] == ["2021-06-12"]


def test_on_a_weekday_and_day(nlp):
    acts = _acts(nlp, "6. Hall\nCllr Wendal to meet the caretaker on Thurs 11th March.\n")
    assert [a["due"] for a in acts] == ["2021-03-11"]


def test_next_month_is_the_end_of_the_following_month(nlp):
    acts = _acts(nlp, "7. Drainage\nThe Clerk to report back to members next month.\n")
    assert [a["due"] for a in acts] == ["2021-04-30"]


def test_next_meeting_date_printed_without_its_year(nlp):
    acts = _acts(nlp, "8. Accounts\nThe Clerk to circulate the accounts before the next meeting.\n\n"
                      "9. Date of next meeting\nTuesday 6 April at 7.30pm in the Village Hall. Date of next meeting: 6 April.\n")
    accounts = [a for a in acts if "accounts" in a["text"]]
    assert [a["due"] for a in accounts] == ["2021-04-06"]
