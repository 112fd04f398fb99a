"""Resolutions: clauses, labels, movers, seconders, outcomes and votes."""

from __future__ import annotations

import pytest
import spacy

from conftest import raw_path
from extractor.pipeline import spans as S
from extractor.readers import read_path


@pytest.fixture(scope="module")
def alone():
    """The component on its own, as on a page with no structure found upstream."""
    nlp = spacy.blank("en")
    nlp.add_pipe("minutes_resolutions")
    return nlp


def _res(doc):
    found = sorted(S.spans(doc, S.RESOLUTIONS), key=lambda sp: S.char_range(sp, S.RESOLUTIONS))
    return [S.data(sp, S.RESOLUTIONS) for sp in found]


def _corpus(nlp, prefix):
    return _res(nlp(read_path(raw_path(prefix)).text))


def test_seed002_single_resolution(nlp):
    res = _corpus(nlp, "seed_002")
    resolved = [r for r in res if r["text"].startswith("the Children and Young People Overview")]
    assert len(resolved) == 1
    assert "considers and comments on Quarter 1 2024/25" in resolved[0]["text"]
    assert resolved[0]["label"] is None


def test_seed001_labelled_clauses_and_minutes_records(nlp):
    res = _corpus(nlp, "seed_001")
    briefing = [r for r in res if "briefing note regarding support for asylum seekers" in r["text"]]
    assert len(briefing) == 1 and briefing[0]["label"] == "2"
    assert briefing[0]["text"].startswith("requests that")  # label and preamble gone
    assert any(r["label"] == "1" and r["text"].startswith("notes the progress") for r in res)
    records = [r for r in res if r["text"].endswith("were agreed as an accurate record")]
    assert len(records) == 2
    assert any(r["text"] == "The work programme for the committee was agreed" for r in res)
    # nothing from the agenda, reports or work programme of the pack
    assert not any("Warwickshire Children's Strategy" in r["text"] for r in res)


def test_dev037_mover_seconder_unanimous(nlp):
    res = _corpus(nlp, "dev_037")
    minutes = [r for r in res if "true record" in r["text"]][0]
    assert minutes["mover"].endswith("Tamplin") and minutes["seconder"].endswith("Smith")
    assert minutes["outcome"] == "unanimous"
    assert "seconded" not in minutes["text"] and "Tamplin" not in minutes["text"]


def test_dev037_majority_vote_with_counts(nlp):
    fence = [r for r in _corpus(nlp, "dev_037") if "post and rail fencing" in r["text"]][0]
    assert fence["outcome"] == "carried"
    assert fence["votes"] == {"for": 9, "against": 2, "abstain": None}
    assert fence["mover"].endswith("Smith") and fence["seconder"].endswith("Nathan")
    assert fence["text"].endswith("be accepted")


def test_dev001_inline_lettered_clauses(nlp):
    res = _corpus(nlp, "dev_001")
    lettered = {r["label"]: r["text"] for r in res if r["label"]}
    assert lettered["a"] == "the situation be noted"
    assert lettered["b"].startswith("arrangements for future evidence gathering interviews")


def test_dev027_decision_and_resolved_are_one_record(nlp):
    res = _corpus(nlp, "dev_027")
    assert [r["text"] for r in res] == ["the report be accepted"]
    # "moved and seconded by Councillors Dunbobbin and Axworthy": first moved, second seconded
    assert res[0]["mover"].endswith("Dunbobbin") and res[0]["seconder"].endswith("Axworthy")


def test_dev026_preamble_then_numbered_clauses(nlp):
    res = _corpus(nlp, "dev_026")
    assert [r["label"] for r in res] == ["1", "2", "3"]
    assert res[1]["text"] == "the completed internal audit reports be noted"


def test_dev051_decision_notices_keep_their_numbers(nlp):
    res = _corpus(nlp, "dev_051")
    assert [r["label"] for r in res] == ["91/2009", "92/2009"]
    assert res[0]["text"].startswith("The Cabinet recommended to Council")


def test_vote_counts_and_lost_motion(alone):
    doc = alone(
        "5. Motion on parking\n"
        "Councillor Green moved that charges be frozen, seconded by Councillor Black. "
        "On being put to the vote the motion was lost by 3 votes to 7.\n"
    )
    res = _res(doc)
    assert len(res) == 1
    assert res[0]["mover"] == "Councillor Green" and res[0]["seconder"] == "Councillor Black"
    assert res[0]["text"] == "charges be frozen"
    assert res[0]["outcome"] == "lost"
    assert res[0]["votes"] == {"for": 3, "against": 7, "abstain": None}


def test_for_against_abstentions(alone):
    doc = alone("RESOLVED: That the budget be approved. (For 8, Against 2, Abstentions 1)\n")
    res = _res(doc)
    assert res[0]["votes"] == {"for": 8, "against": 2, "abstain": 1}
    assert res[0]["outcome"] == "carried"


def test_agenda_text_and_suggestions_are_not_resolutions(alone):
    doc = alone(
        "To consider passing the following resolution:\n"
        "That the press and public be excluded from the meeting.\n\n"
        "Councillor Hovvels suggested that a Task and Finish Group be established.\n"
    )
    assert _res(doc) == []


def test_outcome_sentence_after_a_resolution_is_its_outcome(alone):
    doc = alone(
        "Councillor Green proposed that the hall fees be reduced, seconded by Councillor Black.\n"
        "The motion was carried unanimously.\n"
    )
    res = _res(doc)
    assert len(res) == 1
    assert res[0]["text"] == "the hall fees be reduced" and res[0]["outcome"] == "unanimous"


def test_proposed_and_seconded_in_one_clause(alone):
    res = _res(alone("Cllr Jones proposed, and Cllr Evans seconded, that the grant be approved. All in favour.\n"))
    assert len(res) == 1
    assert (res[0]["mover"], res[0]["seconder"]) == ("Cllr Jones", "Cllr Evans")
    assert res[0]["text"] == "the grant be approved" and res[0]["outcome"] == "unanimous"


def test_it_was_moved_seconded_and_resolved(alone):
    res = _res(alone(
        "Following discussion, it was moved by Councillor Patel, seconded by Councillor Wood, and "
        "RESOLVED (by 7 votes to 4, with 1 abstention) that the item be deferred to the next meeting.\n"
    ))
    assert res[0]["text"] == "the item be deferred to the next meeting"
    assert res[0]["votes"] == {"for": 7, "against": 4, "abstain": 1}
    assert (res[0]["mover"], res[0]["seconder"]) == ("Councillor Patel", "Councillor Wood")


def test_resolved_that_run_into_a_paragraph(alone):
    text = (
        "Members asked about waiting lists for allotments. Resolved that officers circulate a "
        "briefing note on allotment waiting lists to all members by 28 February 2023.\n\n"
        "The Chair thanked the officer. It was noted that the report was late.\n"
    )
    res = _res(alone(text))
    assert [r["text"] for r in res] == [
        "officers circulate a briefing note on allotment waiting lists to all members by 28 February 2023"
    ]


def test_the_word_majority_in_the_motion_is_not_its_outcome(alone):
    res = _res(alone("Proposed by Cllr Smith, seconded by Cllr Jones, that the majority of the reserve be spent on roads.\n"))
    assert len(res) == 1 and res[0]["text"].endswith("the majority of the reserve be spent on roads")
    assert res[0]["mover"] == "Cllr Smith" and res[0]["outcome"] is None
    carried = _res(alone("Proposed by Cllr Smith, seconded by Cllr Jones, that the reserve be spent on roads. "
                         "Carried by majority.\n"))
    assert carried[0]["outcome"] == "carried"


def test_mover_and_seconder_after_cr_with_a_full_stop(nlp):
    # Australian councillors as "Cr." with a stop: the stop does not end the sentence, so
    # the mover is the whole "Cr. Tarrant", not "Cr"
    doc = nlp("MINUTES ORDINARY COUNCIL MEETING OF THE WANDERRIN SHIRE COUNCIL\n\n"
              "1. ATTENDANCE\nCr. Ivo Tarrant, Cr. Oonagh Pellow, Cr. Ysolde Quarrendon\n\n"
              "2. GRANTS\n\nMOTION That Council receive and note the grants report Moved: Cr. Quarrendon "
              "Seconded: Cr. Tarrant CARRIED UNAN.\n")
    [r] = [S.data(sp, S.RESOLUTIONS) for sp in S.spans(doc, S.RESOLUTIONS)]
    assert r["text"].endswith("Council receive and note the grants report")
    # the attendance list's full name for the short form printed after "Moved:"
    assert r["mover"] == "Cr. Ysolde Quarrendon"
    # "CARRIED UNAN." is carried unanimously
    assert r["outcome"] == "unanimous"


def test_us_motion_shapes_with_a_second_printed_several_ways(alone):
    """Township minutes record motions as "Motion by A and a second by B to ...",
    "Motion by A, support by B to ...", "Motion and a second to ..." (nobody named),
    "A made a motion to ..., B seconded and all approved" and "Motion to ... by A, 2nd
    by B": each is one decision, its text from the "to", without the seconding."""
    doc = alone(
        "Minutes of the March meeting were read. Motion by Dorrit Quellmann and a second by "
        "Velnik Harkavy to accept as presented. Motion carried.\n"
        "Motion by Zanotelli, support by Ostrowe to accept the Treasurer's report, motion carried.\n"
        "Motion and a second to pay all current bills.\n"
        "At 10:31, Bertolt made a motion to adjourn, Zanotelli seconded and all approved.\n"
        "Motion to approve the snow contract by Zanotelli, 2nd by Bertolt.\n"
    )
    res = _res(doc)
    assert [r["text"] for r in res] == [
        "to accept as presented",
        "to accept the Treasurer's report",
        "to pay all current bills",
        "to adjourn",
        "to approve the snow contract",
    ]
    assert (res[0]["mover"], res[0]["seconder"], res[0]["outcome"]) == ("Dorrit Quellmann", "Velnik Harkavy", "carried")
    assert (res[1]["mover"], res[1]["seconder"], res[1]["outcome"]) == ("Zanotelli", "Ostrowe", "carried")
    assert (res[2]["mover"], res[2]["seconder"]) == (None, None)
    assert (res[3]["mover"], res[3]["seconder"]) == ("Bertolt", "Zanotelli")
    assert (res[4]["mover"], res[4]["seconder"]) == ("Zanotelli", "Bertolt")


def test_a_tally_in_words_ends_its_sentence(alone):
    """"... which was approved 7 to 0. B made a motion ...": the stop after a tally is no
    list number, so the next motion is a sentence of its own and both are read."""
    doc = alone(
        "Commissioner Quellmann made a motion to approve the April 7 Regular Meeting Minutes. "
        "Commissioner Harkavy seconded the motion, which was approved 7 to 0. "
        "Commissioner Harkavy made a motion to approve the April 21 Special Meeting Minutes. "
        "Commissioner Quellmann seconded the motion, which was approved 6 to 1.\n"
    )
    res = _res(doc)
    assert [r["text"] for r in res] == [
        "to approve the April 7 Regular Meeting Minutes",
        "to approve the April 21 Special Meeting Minutes",
    ]
    assert [(r["mover"], r["seconder"]) for r in res] == [
        ("Commissioner Quellmann", "Commissioner Harkavy"), ("Commissioner Harkavy", "Commissioner Quellmann")]


def test_a_count_in_favour_and_an_aside_under_the_motion(alone):
    """"Moved by A to ..." / "Seconded by B" / "Five in Favor. (C absent). Motion Carried.":
    the count, the bracketed aside and the result are the motion's record, not a second
    decision; "3 in favor, 0 opposed, 1 abstained" gives all three counts."""
    doc = alone(
        "Approval of Minutes\n"
        "Moved by Dorrit Quellmann to approve the council minutes of May 2.\n"
        "Seconded by Velnik Harkavy\n"
        "Five in Favor. (Bertolt Zanotelli absent). Motion Carried.\n"
        "Road Grading\n"
        "Moved by Velnik Harkavy to hire a grader for the spring.\n"
        "Seconded by Dorrit Quellmann\n"
        "Vote: 3 in favor, 0 opposed, 1 abstained. Motion Carried.\n"
    )
    res = _res(doc)
    assert [r["text"] for r in res] == ["to approve the council minutes of May 2", "to hire a grader for the spring"]
    assert (res[0]["seconder"], res[0]["outcome"], res[0]["votes"]) == (
        "Velnik Harkavy", "carried", {"for": 5, "against": None, "abstain": None})
    assert res[1]["votes"] == {"for": 3, "against": 0, "abstain": 1}


def test_minutes_approved_without_were_and_with_a_dotted_date(alone):
    """"Minutes of previous meeting agreed and signed." (no "were") and "The minutes of
    the meeting held on 8.05.17 were approved." are the item's decision, whole; a stamp
    ("Minutes approved on 11/13/2018") and another body's minutes reported ("Minutes of
    the Hall Trust agreed to ...") are not."""
    doc = alone(
        "Minutes of previous meeting agreed and signed.\n\n"
        "The minutes of the extra meeting held on 8.05.17 were approved.\n\n"
        "Minutes approved on 11/13/2018\n\n"
        "Minutes of the Hall Trust agreed to repaint the porch in May.\n"
    )
    assert [r["text"] for r in _res(doc)] == [
        "Minutes of previous meeting agreed and signed",
        "The minutes of the extra meeting held on 8.05.17 were approved",
    ]


def test_a_resolution_code_line_over_the_motion_in_lower_case(alone):
    """"• Resolution #AB2024.0107" / "to adopt the bank reconciliation ..." / "Carried":
    the motion's words (the mover line lost in the export) are the decision, whole, the
    code is its label, and a leading "that" goes. A lower-case line with no code above
    it is the tail of a sentence, not a decision."""
    doc = alone(
        "Finance\n"
        "  • Resolution #AB2024.0107\n\n"
        "    to adopt the bank reconciliation for the month ending March.\n\n"
        "    Carried\n\n"
        "  • Resolution #AB2024.0108\n"
        "    that Council return to an open meeting at 9:45 am\n"
        "    Carried\n\n"
        "Roads\n"
        "The grader will be out next week\n"
        "to regrade the lane behind the depot.\n"
        "Carried\n"
    )
    res = _res(doc)
    assert [(r["label"], r["text"], r["outcome"]) for r in res] == [
        ("AB2024.0107", "to adopt the bank reconciliation for the month ending March", "carried"),
        ("AB2024.0108", "Council return to an open meeting at 9:45 am", "carried"),
    ]


def test_a_run_on_page_with_the_record_before_the_clause(alone):
    """A page exported as one paragraph: "... CONFIRMATION OF MINUTES Moved: Cr A
    Seconded: Cr B That the Minutes ... be confirmed." The decision is the clause after
    the record, not the attendance and headings run on before it."""
    doc = alone(
        "PRESENT Mayor Ansel Ostrowe Cr Dorrit Quellmann Cr Velnik Harkavy APOLOGIES Cr Bertolt Zanotelli "
        "CONFIRMATION OF MINUTES 41.05.2024 Moved: Cr Dorrit Quellmann Seconded: Cr Velnik Harkavy "
        "That the Minutes from the Ordinary Council Meeting held on the 18th April 2024 be confirmed.\n"
    )
    res = _res(doc)
    assert [(r["text"], r["mover"], r["seconder"]) for r in res] == [
        ("the Minutes from the Ordinary Council Meeting held on the 18th April 2024 be confirmed",
         "Cr Dorrit Quellmann", "Cr Velnik Harkavy")]


def test_a_motion_made_seconded_and_passed_after_run_in_headings(alone):
    """"OLD BUSINESS -none NEW BUSINESS -A motion was made, seconded, and passed to accept
    ...": nobody named, carried, and the text starts at the motion's "to", not at the
    run-in headings before it."""
    doc = alone(
        "FRIENDS -will not meet until March OLD BUSINESS -none NEW BUSINESS -A motion was made, "
        "seconded, and passed to accept the resignation of Dorrit Quellmann.\n"
    )
    res = _res(doc)
    assert [(r["text"], r["mover"], r["seconder"], r["outcome"]) for r in res] == [
        ("to accept the resignation of Dorrit Quellmann", None, None, "carried")]


def test_moved_comma_seconded_in_capitals_and_a_leading_that(alone):
    """"A MOVED, SECONDED BY B and motion carried to ..." (the record in capitals) and
    "A moved, seconded by B, that ...": the text starts at the "to", or after "that"."""
    doc = alone(
        "COUNCIL MEMBER QUELLMANN MOVED, SECONDED BY COUNCIL MEMBER HARKAVY and motion carried "
        "to excuse Councilman Ostrowe from this evening's meeting.\n\n"
        "Councillor Quellmann moved, seconded by Councillor Harkavy, that the report be received.\n"
    )
    res = _res(doc)
    assert [(r["text"], r["outcome"]) for r in res] == [
        ("to excuse Councilman Ostrowe from this evening's meeting", "carried"),
        ("the report be received", None),
    ]
    assert res[1]["mover"] == "Councillor Quellmann" and res[1]["seconder"] == "Councillor Harkavy"
