"""Speakers per item: who presented, asked, answered or stated something."""

from __future__ import annotations

import spacy

from conftest import raw_path
from extractor.pipeline import spans as S
from extractor.readers import read_path


def _speakers(doc):
    return [S.data(sp, S.SPEAKERS) for sp in S.spans(doc, S.SPEAKERS)]


def _doc(nlp, prefix):
    return nlp(read_path(raw_path(prefix)).text)


def test_seed002_officers_and_councillors(nlp):
    sp = {d["name"]: d["role"] for d in _speakers(_doc(nlp, "seed_002"))}
    assert sp["John Coleman"] == "Director of Children and Families"
    assert "Nigel Minns" in sp
    assert sp["Councillor Justin Kerridge"] == "Councillor"


def test_seed000_misspelling_does_not_add_a_speaker(nlp):
    names = [d["name"] for d in _speakers(_doc(nlp, "seed_000"))]
    assert names.count("Dan Atkins") == 1
    assert "Dan Akins" not in names


def test_seed003_role_only_speakers_are_named(nlp):
    sp = {d["name"]: d["role"] for d in _speakers(_doc(nlp, "seed_003"))}
    assert sp.get("Andrew Wolverson") == "Head of Service People"
    assert sp.get("Emma Bennett") == "Director of Children's Services"


def test_passive_reporting_gives_no_speaker(nlp):
    doc = nlp("The committee was informed that the plan was on track. It was confirmed that funding was secured.")
    assert _speakers(doc) == []


def test_unknown_role_holder_is_role_only_speaker(nlp):
    doc = nlp("The Internal Audit Manager presented the regular report.")
    assert _speakers(doc) == [{"name": None, "role": "Internal Audit Manager", "start": 0, "end": 26}]


def test_triggers_and_lists(nlp):
    doc = nlp("The recommendation was moved and seconded by Councillors Dunn and Axe.\n"
              "Following a question from Councillor Bell, officers replied.\n"
              "Sam Reid was asked about the budget.")
    names = [d["name"] for d in _speakers(doc)]
    assert names == ["Councillor Dunn", "Councillor Axe", "Councillor Bell", "Sam Reid"]


def test_one_span_per_person_per_item():
    nlp = spacy.blank("en")
    for name in ("minutes_people", "minutes_speakers"):
        nlp.add_pipe(name)
    doc = nlp("Ann Lee, Head of Planning, presented the report. Ann Lee added that costs had risen.")
    sp = _speakers(doc)
    assert len(sp) == 1 and sp[0]["name"] == "Ann Lee" and sp[0]["role"] == "Head of Planning"
    assert (sp[0]["start"], sp[0]["end"]) == (0, 7)


def test_member_of_public_with_lowercase_description(nlp):
    doc = nlp("Mrs Vale, a local resident, spoke against the proposal.")
    assert _speakers(doc)[0]["name"] == "Mrs Vale" and _speakers(doc)[0]["role"] == "local resident"


def test_organisations_are_not_speakers(nlp):
    doc = nlp("Thames Water explained the delay. Natural England confirmed its view.")
    assert _speakers(doc) == []


def test_role_after_a_comma_stops_before_a_colon(nlp):
    from extractor import extract

    text = ("Minutes of the Cabinet held on 3 March 2024\n\nPresent: Councillor A Lanyon, Councillor B Smith (Chair)\n\n"
            "1. Public Questions\n\nQuestion from Mr D Ross to the Cabinet Member for Transport:\n"
            "Will the council repair the bridge?\nResponse from Councillor Lanyon, Cabinet Member for Transport:\n"
            "The bridge will be repaired next year.\n")
    item = extract(text=text, nlp=nlp).meetings[0].items[0]
    assert ("Councillor A Lanyon", "Cabinet Member for Transport") in [(s.name, s.role) for s in item.speakers]
