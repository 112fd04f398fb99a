"""Decisions in the minutes of boards that are not councils (issue 12): a university's
Court or Senate, a school's Governing Body, a trust board that writes its verb in
capitals ("The Board RATIFIED ...", "The Board AUTHORISED ..."). All passages and names
are invented (checked absent from corpus/raw); expected values were read off each
passage by hand."""

from __future__ import annotations

import pytest

from invented import item_records

_HEAD = ("Minutes of the meeting held on 4 March 2024\n\n"
         "Present: Tamsin Vrell (Chair), Oskar Pelleworth, Isolde Haskamp\n\n"
         "1. Estates strategy\nThe Director of Estates presented the paper on the estates strategy.\n")


@pytest.mark.parametrize("sentence", [
    "The Court APPROVED the estates strategy.",
    "The Senate approved the revised regulations.",
    "The Governing Body ratified the appointment of two governors.",
    "The Board RATIFIED the decision of the Audit Committee.",
    "The Board ratified the appointment of the auditors.",
    "The Board SUPPORTED the proposal to extend the lease.",
])
def test_a_board_body_and_its_decision_verb_make_a_resolution(nlp, sentence):
    texts = [r.text for r in item_records(nlp, _HEAD + sentence + "\n", "resolutions")]
    assert texts == [sentence.rstrip(".")]
