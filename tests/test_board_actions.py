"""Actions in the minutes of boards that are not councils (issue 12): trustees' and
governors' minutes tag a follow-up with the owner's initials at the end of its own line
("... will be reviewed.   ACTION: OP", GUIDELINES '"ACTION XX:" lines'), and list several
tasks on one "Actions:" line parted by semicolons. All passages and names are invented
(checked absent from corpus/raw); expected values were read off each passage by hand."""

from __future__ import annotations

from invented import item_records

_HEAD = ("Minutes of the Board of Trustees meeting held on 4 March 2024\n\n"
         "Present: Tamsin Vrell (TV) (Chair), Oskar Pelleworth (OP), Isolde Haskamp (IH)\n\n"
         "2. Finance report\nOP presented the management accounts.\n")


def _actions(nlp, body: str) -> list[tuple[str, str | None]]:
    return [(a.text, a.owner) for a in item_records(nlp, _HEAD + body, "actions")]


def test_initials_tag_at_the_end_of_the_line_owns_the_sentence_before_it(nlp):
    got = _actions(nlp, "The grant application to the lottery fund will be submitted in April.     ACTION: IH\n"
                        "The reserves policy will be reviewed. ACTION: OP\n")
    assert got == [("The grant application to the lottery fund will be submitted in April", "IH"),
                   ("The reserves policy will be reviewed", "OP")]


def test_a_shared_tag_keeps_both_owners_as_printed(nlp):
    got = _actions(nlp, "Trustees asked that the risk register be updated before the next meeting. Action: TV/OP\n")
    assert [owner for _, owner in got] == ["TV/OP"]
    assert "risk register be updated before the next meeting" in got[0][0]


def test_a_tag_after_a_note_that_commits_nobody_is_no_action(nlp):
    """"There is no register of ... ACTION: IH" states a fact, it commits nobody."""
    got = _actions(nlp, "There is no register of the charity's archive boxes. ACTION: IH\n")
    assert got == []


def test_an_actions_line_with_tasks_parted_by_semicolons_gives_one_action_each(nlp):
    got = _actions(nlp, "Actions: OP to book the venue for the AGM; IH to draft a letter to the landlord.\n")
    assert got == [("OP to book the venue for the AGM", "OP"), ("IH to draft a letter to the landlord", "IH")]
