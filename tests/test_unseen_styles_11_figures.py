"""An eleventh round of invented minutes: counts of one the held-out train bodies lost (issue 12).

"one" is a figure only when stressed ("only one person"), so counts of one listed among
other counts were lost ("two road traffic collisions, one disturbance and one alarm
activation", "three building permits and one occupancy permit"). "One member asked" and
"one of the residents" stay no figures. (Reported counts of one, "There was one public
comment", "leaving one vacancy", stay unread: cues for them added false counts on the
probe and dev documents.)

Every passage is invented (body, people, places; names checked absent from corpus/raw);
the expected values were read off the passage by hand.
"""

from __future__ import annotations

from invented import item_records

PARISH = """\
Kittering Parish Council
Minutes of the meeting held on 5 May 2025

Present: Councillor Hesper Hartigan (Chair), Councillor Lucan Quist

3. Police Report
PC Ormsworth reported two road traffic collisions, one disturbance and one alarm activation in the parish during April.
The Building Inspector reported that they had issued three building permits and one occupancy permit for the month.
There was one public comment. Following the election 8 seats were taken, leaving one vacancy for co-option.
One member asked about the bus shelter, and one of the residents said it was broken.
"""


def test_counts_of_one_among_other_counts(nlp):
    figs = {f.text: (f.value, f.unit) for f in item_records(nlp, PARISH, "figures")}
    for text in ("one disturbance", "one alarm activation", "one occupancy permit"):
        assert figs.get(text) == (1, "count"), (text, figs)
    assert figs.get("two road traffic collisions") == (2, "count")
    # "One member asked", "one of the residents": no counts
    assert not any(t.lower().startswith("one member") or t.startswith("one of") for t in figs)
