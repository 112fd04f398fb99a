"""Item headings in shapes the held-out dev documents showed (issue 12), on invented passages.

Every passage is invented (bodies, people, places, businesses); the expected values were
read off the passage by hand.
"""

from __future__ import annotations

from invented import meeting as _meeting

# a hearing's entries numbered "1).", with a labelled address line under each
PAREN_DOT = """\
Westmere Licensing Commission

Minutes of the hearing held on Thursday 14 March 2024 at 10:00 am

Present: Commissioner Odile Varnstrom (Chair), Commissioner Pell Graystock

1). Quillon Tavern LLC, doing business as: The Copper Kettle
Location: 12 Fenwick Row
The Commission found no violation.

2). Brisa Foods Inc., doing business as: Brisa Kitchen
Location: 40 Tallow Street
The Commission granted the transfer of the licence.

3). Marrowby Hall Trust
Location: 3 Abbot Lane
The application was deferred to the next hearing.
"""


def test_bracket_and_full_stop_numbers_are_item_headings(nlp):
    m = _meeting(nlp, PAREN_DOT)
    assert [(i.number, i.title) for i in m.items] == [
        ("1", "Quillon Tavern LLC, doing business as: The Copper Kettle"),  # "as:" runs on into the trading name
        ("2", "Brisa Foods Inc., doing business as: Brisa Kitchen"),
        ("3", "Marrowby Hall Trust"),
    ]
    # the first entry's "Location:" is that entry's address, not the meeting's venue
    assert (m.body, m.date, m.time, m.venue) == ("Westmere Licensing Commission", "2024-03-14", "10:00", None)
