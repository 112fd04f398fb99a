"""Items of boards that are not councils (issue 12): a trust or governing body numbers
its minutes with the board's code, the year and a running number ("BM/24/031 Finance
report"). The reference is the item's number and the words after it its title. The
passage is invented; expected values were read off it by hand."""

from __future__ import annotations

from invented import meeting

_BOARD = """\
Minutes of the Board of Directors meeting held on 14 March 2024

Present: Tamsin Vrell (Chair), Oskar Pelleworth, Isolde Haskamp

BM/24/031 Minutes of the previous meeting
The minutes of the meeting held on 8 February 2024 were approved as a true record.

BM/24/032 Matters arising
There were no matters arising.

BM/24/033 Finance report (Paper B)
Oskar Pelleworth presented the finance report.
"""


def test_a_board_minute_reference_is_the_number_and_the_rest_the_title(nlp):
    m = meeting(nlp, _BOARD)
    assert [(i.number, i.title) for i in m.items] == [
        ("BM/24/031", "Minutes of the previous meeting"),
        ("BM/24/032", "Matters arising"),
        ("BM/24/033", "Finance report (Paper B)"),
    ]
