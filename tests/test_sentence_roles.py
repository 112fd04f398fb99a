"""The sentence-role classifier: labels read off gold spans, training on a tiny corpus,
saving and reloading, determinism, and the shipped model in the pipeline.

The corpus here is invented: four short minutes with hand-made gold records whose spans
are found in the text, so every expected label below was read off the passages by hand.
"""

from __future__ import annotations

import csv
from pathlib import Path

import numpy
import pytest
import spacy

from extractor.pipeline import spans as S
from extractor.pipeline.patterns import pipeline_dir
from extractor.schema import Action, Document, Item, Meeting, Question, Resolution
from extractor.sentence_roles.cli import train_sentence_roles
from extractor.sentence_roles.labels import label_units
from extractor.sentence_roles.model import TrainSettings, labels_of, load, score_units
from extractor.sentence_roles.training import LabelledText, fit, predict, score, tokenize, token_bounds

FINANCE = """\
Minutes of the Finance Committee held on 4 March 2024

1. Budget Monitoring

The Treasurer presented the budget report.
Councillor Amos asked whether the reserves were sufficient.
The Treasurer replied that the reserves were adequate.
RESOLVED that the budget report be noted.
Proposed by Councillor Amos, seconded by Councillor Birch.
The Clerk agreed to circulate the reserves policy before the next meeting.
"""

PLANNING = """\
Minutes of the Planning Committee held on 11 March 2024

4. Garage Conversion, 12 Mill Lane

The Planning Officer introduced the application.
Councillor Cole asked whether the neighbours had been consulted.
The Planning Officer replied that two letters had been received.
RESOLVED that the application be approved.
Proposed by Councillor Cole, seconded by Councillor Dunn.
The Planning Officer agreed to circulate the conditions to members.
"""

HALL = """\
Minutes of the Village Hall Committee held on 18 March 2024

2. Heating

The Chair reported on the boiler survey.
Councillor Eves asked whether the boiler could be repaired.
The Chair replied that a new boiler was needed.
RESOLVED that the quote for a new boiler be accepted.
Proposed by Councillor Eves, seconded by Councillor Ford.
The Clerk agreed to circulate the quote to the trustees.
"""

PARKS = """\
Minutes of the Parks Committee held on 25 March 2024

3. Play Area

The Parks Manager presented the inspection report.
Councillor Gray asked whether the swings were safe.
The Parks Manager replied that the swings had been repaired.
RESOLVED that the inspection report be noted.
Proposed by Councillor Gray, seconded by Councillor Hale.
The Parks Manager agreed to circulate the repair costs.
"""


def _span(text: str, words: str) -> tuple[int, int]:
    start = text.index(words)
    return start, start + len(words)


def _gold(text: str, resolution: str, mover: str, seconder: str, asked: str, answerer: str, action: str) -> Document:
    """The gold record of one passage: its decision (moved by the member who asked the
    question), the question and who answered it, and the action."""
    question = f"Councillor {mover} asked whether {asked}"
    item = Item(
        number=text.split("\n\n")[1].split(".")[0], title=None, span=(text.index("\n\n") + 2, len(text)),
        resolutions=[Resolution(text=resolution, span=_span(text, resolution), mover=f"Councillor {mover}",
                                seconder=f"Councillor {seconder}")],
        questions=[Question(text=question, span=_span(text, question), asker=f"Councillor {mover}", answered_by=[answerer])],
        actions=[Action(text=action, span=_span(text, action))],
    )
    return Document(meetings=[Meeting(items=[item], span=(0, len(text)))])


# per passage: decision, mover, seconder, what was asked, who answered, the action (read off the passages)
FACTS = {
    "inv_finance": (FINANCE, "the budget report be noted", "Amos", "Birch", "the reserves were sufficient",
                    "Treasurer", "circulate the reserves policy before the next meeting"),
    "inv_planning": (PLANNING, "the application be approved", "Cole", "Dunn", "the neighbours had been consulted",
                     "Planning Officer", "circulate the conditions to members"),
    "inv_hall": (HALL, "the quote for a new boiler be accepted", "Eves", "Ford", "the boiler could be repaired",
                 "Chair", "circulate the quote to the trustees"),
    "inv_parks": (PARKS, "the inspection report be noted", "Gray", "Hale", "the swings were safe",
                  "Parks Manager", "circulate the repair costs"),
}
CORPUS = {doc_id: (text, _gold(text, *facts)) for doc_id, (text, *facts) in FACTS.items()}
TRAIN = ("inv_finance", "inv_planning", "inv_hall")
QUICK = TrainSettings(epochs=8)


def _labelled(doc_id: str) -> LabelledText:
    text, gold = CORPUS[doc_id]
    return LabelledText(doc_id, text, label_units(gold, text))


def _labels_by_text(doc_id: str) -> dict[str, set[str]]:
    d = _labelled(doc_id)
    return {d.text[u.start:u.end]: u.labels for u in d.units}


@pytest.fixture(scope="module")
def tiny_model():
    return fit([_labelled(i) for i in TRAIN], QUICK)


def test_labels_are_read_off_the_gold_spans():
    got = _labels_by_text("inv_finance")
    assert got["RESOLVED that the budget report be noted."] == {"resolution"}
    # the mover and seconder are printed here, with the motion words
    assert got["Proposed by Councillor Amos, seconded by Councillor Birch."] == {"motion"}
    # the mover asks a question next to the decision: a question, not a motion record
    assert got["Councillor Amos asked whether the reserves were sufficient."] == {"question"}
    assert got["The Treasurer replied that the reserves were adequate."] == {"answer"}
    assert got["The Clerk agreed to circulate the reserves policy before the next meeting."] == {"action"}
    assert got["The Treasurer presented the budget report."] == set()
    assert got["1. Budget Monitoring"] == set()
    assert got["Minutes of the Finance Committee held on 4 March 2024"] == set()


def test_a_model_trained_on_a_tiny_corpus_finds_the_decision_in_an_unseen_one(tiny_model):
    dev = _labelled("inv_parks")
    [probs] = predict(tiny_model, [dev])
    col = labels_of(tiny_model).index("resolution")
    texts = [dev.text[u.start:u.end] for u in dev.units]
    best = texts[int(probs[:, col].argmax())]
    assert best == "RESOLVED that the inspection report be noted."
    scores = score(tiny_model, [dev])
    assert scores.per_label["resolution"]["recall"] == 1.0


def test_save_and_reload_give_the_same_probabilities(tiny_model, tmp_path):
    tiny_model.to_disk(tmp_path / "model")
    again = load(tmp_path / "model")
    docs = [_labelled("inv_parks")]
    assert labels_of(again) == labels_of(tiny_model)
    numpy.testing.assert_array_equal(predict(again, docs)[0], predict(tiny_model, docs)[0])


def test_training_is_deterministic(tiny_model, tmp_path):
    again = fit([_labelled(i) for i in TRAIN], QUICK)
    tiny_model.to_disk(tmp_path / "a")
    again.to_disk(tmp_path / "b")
    weights = "textcat_multilabel/model"
    assert (tmp_path / "a" / weights).read_bytes() == (tmp_path / "b" / weights).read_bytes()


def _write_corpus(root: Path) -> None:
    (root / "raw").mkdir(parents=True)
    (root / "gold").mkdir()
    with (root / "manifest.csv").open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["id", "file", "body", "kind", "country", "format", "length", "split", "source"])
        for doc_id, (text, gold) in CORPUS.items():
            (root / "raw" / f"{doc_id}.txt").write_text(text, encoding="utf-8")
            (root / "gold" / f"{doc_id}.json").write_text(gold.to_json(), encoding="utf-8")
            split = "train" if doc_id in TRAIN else "dev"
            w.writerow([doc_id, f"raw/{doc_id}.txt", doc_id, "england_parish", "England", "txt", "excerpt", split, "invented"])


def test_minutes_train_part_writes_a_model_the_pipeline_loads(tmp_path):
    _write_corpus(tmp_path / "corpus")
    report = train_sentence_roles(tmp_path / "corpus", tmp_path / "out", settings=QUICK)["sentence_roles"]
    assert (report["train_documents"], report["dev_documents"]) == (3, 1)
    assert report["dev"]["labels"]["resolution"]["support"] == 1
    model = load(tmp_path / "out" / "minutes_sentence_roles" / "model")
    assert set(labels_of(model)) == {"resolution", "motion", "action", "question", "answer"}


def test_shipped_pipeline_scores_units_and_round_trips(nlp, tmp_path):
    assert "minutes_sentence_roles" in nlp.pipe_names
    doc = nlp(PARKS)
    units = {S.doc_text(doc)[s.start_char:s.end_char]: S.data(s, S.SENTENCE_ROLES)["p"]
             for s in S.spans(doc, S.SENTENCE_ROLES)}
    decision = units["RESOLVED that the inspection report be noted."]
    assert decision["resolution"] == max(decision.values())
    nlp.to_disk(tmp_path / "pipeline")
    assert (tmp_path / "pipeline" / "minutes_sentence_roles" / "model" / "config.cfg").is_file()
    again = spacy.load(tmp_path / "pipeline")
    doc2 = again(PARKS)
    assert [(s.start_char, s.end_char, S.data(s, S.SENTENCE_ROLES)["p"]) for s in S.spans(doc2, S.SENTENCE_ROLES)] \
        == [(s.start_char, s.end_char, S.data(s, S.SENTENCE_ROLES)["p"]) for s in S.spans(doc, S.SENTENCE_ROLES)]


def test_without_a_model_the_component_writes_nothing_and_rules_work_alone():
    nlp = spacy.blank("en")
    roles = nlp.add_pipe("minutes_sentence_roles")
    roles.set_model(None)
    nlp.add_pipe("minutes_resolutions", config={"mode": "combined"})
    doc = nlp(PARKS)
    assert list(S.spans(doc, S.SENTENCE_ROLES)) == []
    assert "the inspection report be noted" in [S.data(r, S.RESOLUTIONS)["text"] for r in S.spans(doc, S.RESOLUTIONS)]


def test_unit_token_bounds_cover_the_unit():
    text = "RESOLVED that the report be noted. The Clerk agreed to write."
    doc = tokenize(text)
    [(s, e)] = token_bounds(doc, [(0, 34)])
    assert doc[s:e].text == "RESOLVED that the report be noted."
    probs = score_units(load(pipeline_dir() / "minutes_sentence_roles" / "model"), doc, [(s, e)])
    assert probs.shape == (1, 5)


def test_unknown_mode_is_a_clear_error():
    nlp = spacy.blank("en")
    with pytest.raises(ValueError, match="mode must be one of rules, model, combined"):
        nlp.add_pipe("minutes_resolutions", config={"mode": "rule"})


def test_rarer_labels_are_repeated_more_in_training():
    from extractor.sentence_roles.model import repeats

    # columns: resolution, motion, action, question, answer; eight decisions, two actions, one plain unit
    gold = numpy.zeros((11, 5), dtype="f")
    gold[:8, 0] = 1
    gold[8:10, 2] = 1
    # decisions are the commonest label: seen once per epoch (oversample 1); actions are
    # four times rarer: seen four times; the unlabelled unit once
    assert repeats(gold, oversample=1, balance=4) == [1] * 8 + [4, 4] + [1]
    # the cap holds, and balance 1 is plain oversampling of every labelled unit
    assert repeats(gold, oversample=2, balance=3) == [2] * 8 + [6, 6] + [1]
    assert repeats(gold, oversample=2, balance=1) == [2] * 10 + [1]


def test_shipped_settings_train_deterministically_with_averaged_weights(tmp_path):
    from extractor.sentence_roles.cli import SHIPPED

    settings = TrainSettings(epochs=2, balance=SHIPPED.balance, averages=SHIPPED.averages)
    docs = [_labelled(i) for i in TRAIN]
    fit(docs, settings).to_disk(tmp_path / "a")
    fit(docs, settings).to_disk(tmp_path / "b")
    weights = "textcat_multilabel/model"
    assert (tmp_path / "a" / weights).read_bytes() == (tmp_path / "b" / weights).read_bytes()


def test_decision_ablation_scores_each_mode_and_restores_the_pipeline(tmp_path, tiny_model):
    import extractor
    from extractor.sentence_roles.ablation import ablation, prepare

    _write_corpus(tmp_path / "corpus")
    nlp = extractor.load()
    nlp.get_pipe("minutes_sentence_roles").set_model(tiny_model)
    modes = {c: nlp.get_pipe(c).mode for c in ("minutes_resolutions", "minutes_actions", "minutes_questions")}
    docs = prepare(nlp, tmp_path / "corpus", "dev")
    assert [p.name for p in docs] == ["inv_parks"]
    rows = ablation(nlp, docs)
    assert [r.mode for r in rows] == ["rules", "model", "combined"]
    # the rules read "RESOLVED that the inspection report be noted." whatever the model says
    assert rows[0].per_type["resolutions"]["recall"] == 1.0 and rows[2].per_type["resolutions"]["recall"] == 1.0
    # questions and actions are scored in every mode too
    assert all({"resolutions", "questions", "actions"} <= set(r.per_type) for r in rows)
    assert {c: nlp.get_pipe(c).mode for c in modes} == modes


def test_train_only_sentence_roles_leaves_the_line_model_alone(tmp_path):
    from typer.testing import CliRunner

    from extractor.cli import app

    _write_corpus(tmp_path / "corpus")
    result = CliRunner().invoke(app, ["train", "--only", "sentence_roles", "--corpus", str(tmp_path / "corpus"),
                                      "--out", str(tmp_path / "out"), "--quiet"])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "out" / "minutes_sentence_roles" / "model" / "config.cfg").is_file()
    assert not (tmp_path / "out" / "minutes_line_roles").exists()
    assert "sentence roles:" in result.output and "line roles:" not in result.output
    bad = CliRunner().invoke(app, ["train", "--only", "items", "--corpus", str(tmp_path / "corpus")])
    assert bad.exit_code == 2


def test_cross_validation_folds_keep_each_body_whole() -> None:
    """Thresholds chosen by cross-validation over train bodies: a body's documents never
    fall on both sides of a fold, and the folds are about the same size."""
    from extractor.sentence_roles.crossval import body_folds

    bodies = {"a1": "Alder", "a2": "Alder", "a3": "Alder", "b1": "Birch", "c1": "Cedar", "c2": "Cedar",
              "d1": "Dogwood", "e1": "Elm"}
    folds = body_folds(bodies, 3)
    assert sorted(i for f in folds for i in f) == sorted(bodies)
    for body in set(bodies.values()):
        holding = [n for n, f in enumerate(folds) if any(bodies[i] == body for i in f)]
        assert len(holding) == 1, (body, folds)
    assert sorted(len(f) for f in folds) == [2, 3, 3]
    assert body_folds(bodies, 3) == folds  # the same folds on every run


def test_cross_validation_sweeps_questions_in_combined_mode_and_scores_the_shipped_config(tmp_path) -> None:
    """``threshold_cv`` on the invented corpus: a column per decision type (questions
    included), the shipped modes' scores on request, and the pipeline's modes left as
    shipped. "RESOLVED that ..." is read by the rules in every held-out document."""
    import extractor
    from extractor.sentence_roles.crossval import threshold_cv

    _write_corpus(tmp_path / "corpus")
    shipped: dict = {}
    result = threshold_cv(tmp_path / "corpus", (0.5, 0.9), 2, TrainSettings(epochs=2), shipped=shipped)
    assert set(result) == {"resolutions", "actions", "questions"} == set(shipped)
    assert set(result["questions"]) == {0.5, 0.9}
    assert shipped["resolutions"]["recall"] == 1.0 and result["resolutions"][0.9]["recall"] == 1.0
    nlp = extractor.load()
    assert nlp.get_pipe("minutes_questions").mode == "rules"
