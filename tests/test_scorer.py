"""The scorer: hand-made records whose expected scores are worked out by hand."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractor.evaluation.matching import token_f1
from extractor.evaluation.names import names_match
from extractor.evaluation.scorer import score_document
from extractor.schema import Action, Attendee, Document, Figure, Item, Meeting, Resolution, Speaker

from conftest import GOLD


def doc(*items: Item, present: tuple[str, ...] = (), body: str = "Scrutiny Committee") -> Document:
    attendees = [Attendee(name=n) for n in present]
    return Document(meetings=[Meeting(body=body, date="2021-07-20", present=attendees, items=list(items))])


def item(number: str, title: str, **records) -> Item:
    return Item(number=number, title=title, **records)


@pytest.mark.parametrize(
    "a, b",
    [
        ("Councillor Simpson-Vince", "Jill Simpson-Vince"),
        ("Cllr Tamplin", "Councillor Tamplin"),
        ("Mrs J. O'Neill", "j oneill"),
        ("Dr. Ann Lee", "ANN LEE"),
    ],
)
def test_name_variants_of_one_person_match(a: str, b: str) -> None:
    assert names_match(a, b)


@pytest.mark.parametrize("a, b", [("Jill Simpson-Vince", "Jill Tamplin"), ("Councillor Tamplin", "Councillor Smith")])
def test_different_people_do_not_match(a: str, b: str) -> None:
    assert not names_match(a, b)


def test_a_name_that_is_only_an_honorific_matches_itself_and_nothing_else() -> None:
    """"A Councillor confirmed ...": the answerer is named "Councillor" (GUIDELINES: role-only
    names); that name must match itself, or gold scored against itself loses a point."""
    assert names_match("Councillor", "councillor")
    assert not names_match("Councillor", "Councillor Smith")
    assert not names_match("Councillor", "Mayor")


def test_speaker_named_differently_still_counts_as_found() -> None:
    gold = doc(item("5", "Budget monitoring", speakers=[Speaker(name="Councillor Jill Simpson-Vince", role="Chair")]))
    pred = doc(item("5", "Budget monitoring", speakers=[Speaker(name="Councillor Simpson-Vince", role="Chair")]))
    s = score_document("d", gold, pred)
    assert (s.counts["speakers"].matched, s.counts["speakers"].f1) == (1, 1.0)
    assert s.attributes["speaker.role"].correct == 1


def test_missing_record_lowers_recall_only() -> None:
    gold = doc(item("1", "Apologies"), item("2", "Minutes of the last meeting"), item("3", "Budget"))
    pred = doc(item("1", "Apologies"), item("3", "Budget"))
    c = score_document("d", gold, pred).counts["items"]
    assert (c.precision, c.recall) == (1.0, pytest.approx(2 / 3))


def test_extra_record_lowers_precision_only() -> None:
    gold = doc(present=("Councillor Tamplin", "Councillor Hart"))
    pred = doc(present=("Cllr Tamplin", "Cllr Hart", "Cllr Smith"))
    c = score_document("d", gold, pred).counts["attendees"]
    assert (c.precision, c.recall) == (pytest.approx(2 / 3), 1.0)


def test_attendee_matches_only_within_the_same_list() -> None:
    gold = Document(meetings=[Meeting(present=[Attendee(name="Cllr Hart")])])
    pred = Document(meetings=[Meeting(apologies=[Attendee(name="Cllr Hart")])])
    assert score_document("d", gold, pred).counts["attendees"].matched == 0


def _figures(gold: Figure, pred: Figure) -> int:
    g = doc(item("4", "Finance", figures=[gold]))
    p = doc(item("4", "Finance", figures=[pred]))
    return score_document("d", g, p).counts["figures"].matched


def test_figure_within_half_a_percent_matches() -> None:
    # 10.04m vs 10m: 0.4% apart
    assert _figures(Figure(text="£10 million", value=10_000_000, unit="GBP"), Figure(text="£10.04m", value=10_040_000, unit="gbp")) == 1
    # 1% apart
    assert _figures(Figure(text="£10 million", value=10_000_000, unit="GBP"), Figure(text="£10.1m", value=10_100_000, unit="GBP")) == 0


def test_figure_with_another_unit_does_not_match() -> None:
    assert _figures(Figure(text="40%", value=40, unit="percent"), Figure(text="40", value=40, unit="count")) == 0


def test_zero_must_be_exact() -> None:
    assert _figures(Figure(text="no", value=0, unit="count"), Figure(text="0", value=0, unit="count")) == 1


GOLD_TEXT = "the committee notes the annual report"
PRED_TEXT = "the committee notes the report on complaints"


def test_lenient_and_strict_thresholds() -> None:
    # gold tokens {the, committee, notes, annual, report} (5), pred {the, committee, notes, report, on,
    # complaints} (6), shared 4: F1 = 8 / 11 = 0.727 -> a match leniently (>= 0.5), not strictly (>= 0.8).
    assert token_f1(GOLD_TEXT, PRED_TEXT) == pytest.approx(8 / 11)
    gold = doc(item("6", "Annual report", resolutions=[Resolution(text=GOLD_TEXT)]))
    pred = doc(item("6", "Annual report", resolutions=[Resolution(text=PRED_TEXT)]))
    assert score_document("d", gold, pred).counts["resolutions"].matched == 1
    assert score_document("d", gold, pred, strict=True).counts["resolutions"].matched == 0


def test_token_f1_of_six_tenths_matches_leniently_not_strictly() -> None:
    # {officers, will, send, the, note} vs {officers, will, send, a, briefing}: 3 of 5 and 5 shared,
    # F1 = 6 / 10 = 0.6.
    gold, pred = "Officers will send the note.", "officers will send a briefing"
    assert token_f1(gold, pred) == pytest.approx(0.6)
    g = doc(item("7", "Actions", actions=[Action(text=gold)]))
    p = doc(item("7", "Actions", actions=[Action(text=pred)]))
    assert score_document("d", g, p).counts["actions"].matched == 1
    assert score_document("d", g, p, strict=True).counts["actions"].matched == 0


def test_best_first_pairing_takes_the_better_candidate() -> None:
    # By hand: the first gold clause is 0.727 like the first prediction and 0.714 like the second;
    # the second gold clause is identical to the first prediction and 0.36 like the second.
    # Pairing in document order would give the first prediction to the first gold clause and leave
    # the second unmatched; best first pairs the identical clauses, then the 0.714 pair.
    gold = doc(
        item(
            "3",
            "Decisions",
            resolutions=[
                Resolution(text="The committee approves the budget report for schools", mover="Cllr Hart"),
                Resolution(text="The committee approves the budget", mover="Cllr Lee"),
            ],
        )
    )
    pred = doc(
        item(
            "3",
            "Decisions",
            resolutions=[
                Resolution(text="the committee approves the budget", mover="Councillor Lee"),
                Resolution(text="the budget report for schools be noted", mover="Councillor Hart"),
            ],
        )
    )
    s = score_document("d", gold, pred)
    assert s.counts["resolutions"].matched == 2
    assert s.attributes["resolution.mover"].correct == 2
    assert not s.problems


def test_same_person_in_two_items_pairs_within_each_item() -> None:
    # The extra speakers in the predicted item 1 put the predicted Tamplin of item 1 nearer, by
    # list position, to gold's Tamplin of item 2, and its name form is the closer one too; the
    # same-item preference must still pair item with item (so both roles are right).
    gold = doc(
        item("1", "Housing", speakers=[Speaker(name="Councillor Jo Tamplin", role="Chair")]),
        item("2", "Transport", speakers=[Speaker(name="Councillor Tamplin", role="Cabinet Member")]),
    )
    pred = doc(
        item(
            "1",
            "Housing",
            speakers=[
                Speaker(name="Cllr Hart"),
                Speaker(name="Cllr Smith"),
                Speaker(name="Cllr Jones"),
                Speaker(name="Cllr Tamplin", role="Chair"),
            ],
        ),
        item("2", "Transport", speakers=[Speaker(name="Jo Tamplin", role="Cabinet Member")]),
    )
    s = score_document("d", gold, pred)
    assert s.counts["speakers"].matched == 2
    assert s.attributes["speaker.role"].correct == 2


def test_attribute_mismatch_is_reported_with_both_values() -> None:
    gold = doc(item("2", "Minutes", resolutions=[Resolution(text="the minutes be approved", mover="Cllr Hart")]))
    pred = doc(item("2", "Minutes", resolutions=[Resolution(text="the minutes be approved", mover="Cllr Smith")]))
    s = score_document("d", gold, pred)
    assert (s.attributes["resolution.mover"].stated, s.attributes["resolution.mover"].correct) == (1, 0)
    [problem] = s.problems
    assert (problem.attribute, problem.gold, problem.pred, problem.item) == ("resolution.mover", "Cllr Hart", "Cllr Smith", "2")


def test_missing_prediction_counts_every_gold_record_as_missed() -> None:
    gold = doc(item("1", "Apologies"), present=("Cllr Hart",))
    s = score_document("d", gold, None)
    assert (s.counts["items"].recall, s.counts["attendees"].recall) == (0.0, 0.0)


GOLD_FILES = sorted(GOLD.glob("*.json"))


@pytest.mark.skipif(not GOLD_FILES, reason="no gold records yet")
def test_gold_against_itself_scores_one_on_every_line() -> None:
    import json

    from typer.testing import CliRunner

    from extractor.cli import app

    result = CliRunner().invoke(app, ["evaluate", "--gold", str(GOLD), "--pred", str(GOLD), "--split", "all", "--json", "--errors"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["documents"] == len(GOLD_FILES)
    for name, line in data["types"].items():
        if line["gold"]:
            assert (line["precision"], line["recall"], line["f1"]) == (1.0, 1.0, 1.0), name
    for name, line in data["attributes"].items():
        if line["stated"]:
            assert line["accuracy"] == 1.0, name
    for doc_name, types in data["per_document"].items():
        for name, line in types.items():
            assert line["f1"] in (1.0, None), (doc_name, name)
    assert data["macro_f1"] == 1.0
    assert data["errors"] == []


def test_a_miss_points_at_the_closest_prediction() -> None:
    gold = doc(item("4", "Finance", figures=[Figure(text="£7 million", value=7_000_000, unit="GBP")]))
    pred = doc(item("4", "Finance", figures=[Figure(text="£7 million", value=7_000_000, unit="count")]))
    missed = [p for p in score_document("d", gold, pred).problems if p.kind == "missed"]
    assert len(missed) == 1
    assert "7,000,000 count" in (missed[0].closest or "")
