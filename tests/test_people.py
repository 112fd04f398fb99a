"""Person mentions, titles, role-only mentions and the per-meeting registry."""

from __future__ import annotations

import spacy

from conftest import raw_path
from extractor.pipeline import names as N
from extractor.pipeline import spans as S
from extractor.readers import read_path

NICKS = N.nickname_groups({"Peter": ["Pete"], "Nichola": ["Nic"]})


def _doc(nlp, prefix):
    return nlp(read_path(raw_path(prefix)).text)


def _mentions(doc):
    return [S.data(sp, S.PEOPLE) for sp in S.spans(doc, S.PEOPLE)]


def _registry_names(doc):
    return [[p["name"] for p in reg] for reg in doc._.minutes_registry]


def test_name_matching_rules():
    hons = ["Councillor", "Mr"]
    toks = lambda n: N.name_tokens(n, hons)  # noqa: E731
    assert N.same_person(toks("Councillor Beetham"), toks("Councillor Brett Beetham"), NICKS)
    assert N.same_person(toks("Pete Gilbert"), toks("Peter Gilbert"), NICKS)
    assert N.same_person(toks("Nic Vine"), toks("Nichola Vine"), NICKS)
    assert N.same_person(toks("Dan Akins"), toks("Dan Atkins"), NICKS)
    assert N.same_person(toks("Marian Humphries"), toks("Marian Humphreys"), NICKS)
    assert N.same_person(toks("Mr O’Neill"), toks("Martin O'Neill"), NICKS)
    assert not N.same_person(toks("Jane Smith"), toks("John Smith"), NICKS)
    assert not N.same_person(toks("Dan Akins"), toks("Dan Atkins"), NICKS, fuzzy=False)


def test_titles_in_every_shape(nlp):
    text = (
        "Ann Lee - Advanced Practitioner, presented the report.\n"
        "Tom Hart (Assistant Director – Children & Families) informed the panel.\n"
        "Raj Patel, Head of Service People, introduced the item.\n"
        "Mr Wilkin, Director of Highways, Transportation & Waste, introduced it.\n"
    )
    roles = {d["name"]: d["role"] for d in _mentions(nlp(text))}
    assert roles["Ann Lee"] == "Advanced Practitioner"
    assert roles["Tom Hart"] == "Assistant Director – Children & Families"
    assert roles["Raj Patel"] == "Head of Service People"
    assert roles["Mr Wilkin"] == "Director of Highways, Transportation & Waste"


def test_plural_honorific_distributes_over_list(nlp):
    doc = nlp("Apologies were received from Councillors Ayres (Vice-Chair), Bloggs and Cole.")
    names = [d["name"] for d in _mentions(doc)]
    assert names == ["Councillor Ayres", "Councillor Bloggs", "Councillor Cole"]
    assert _mentions(doc)[0]["role"] == "Vice-Chair"


def test_capitalised_non_people_are_not_mentions(nlp):
    doc = nlp("Warwickshire County Council confirmed the plan. The Family Therapy Team helps.")
    assert [d for d in _mentions(doc) if not d["role_only"]] == []


def test_seed000_misspelt_officer_is_one_person(nlp):
    doc = _doc(nlp, "seed_000")
    akins = [d for d in _mentions(doc) if d["surface"] == "Dan Akins"]
    assert akins and akins[0]["name"] == "Dan Atkins"
    reg = doc._.minutes_registry[0]
    dan = [p for p in reg if p["name"] == "Dan Atkins"]
    assert len(dan) == 1 and "Dan Akins" in dan[0]["aliases"]
    assert "Advanced Practitioner" in dan[0]["roles"]


def test_seed003_role_only_mentions_resolve_to_holder(nlp):
    doc = _doc(nlp, "seed_003")
    resolved = {d["surface"].lower(): d["name"] for d in _mentions(doc) if d["role_only"]}
    assert resolved["the head of service people"] == "Andrew Wolverson"
    assert resolved["the director of children’s services"] == "Emma Bennett"


def test_role_without_holder_keeps_role_and_null_name(nlp):
    doc = nlp("The Procurement Manager advised members that the audit was complete.")
    d = _mentions(doc)[0]
    assert d["name"] is None and d["role"] == "Procurement Manager"


def test_seed001_july_registry_merges_aliases(nlp):
    doc = _doc(nlp, "seed_001")
    people = {d["surface"]: d["name"] for d in _mentions(doc)}
    assert people["Councillor Beetham"] == "Councillor Brett Beetham"
    assert people["Councillor Marian Humphries"] == "Councillor Marian Humphreys"
    assert people["Nic Vine"] == "Nichola Vine"
    july = [reg for reg in doc._.minutes_registry if any(p["name"] == "Councillor Brett Beetham" for p in reg)]
    assert july
    assert sum(1 for p in july[0] if "Beetham" in p["name"]) == 1


def test_chair_resolves_to_listed_chair(nlp):
    doc = nlp("PRESENT: Councillor Robinson in the chair.\nThe Chairman summarised the evidence.")
    role = [d for d in _mentions(doc) if d["role_only"]][0]
    assert role["name"] == "Councillor Robinson" and role["role"] == "Chairman"


def test_component_works_alone():
    nlp = spacy.blank("en")
    nlp.add_pipe("minutes_people")
    doc = nlp("Cllr J Smith proposed the motion. Cllr Smith later withdrew it.")
    assert [d["name"] for d in _mentions(doc)] == ["Cllr J Smith", "Cllr J Smith"]
    assert _registry_names(doc) == [["Cllr J Smith"]]


def test_role_then_name_appositive(nlp):
    doc = nlp("The Vice-Chairman, Councillor A Bell, took the Chair. The Head of Parks, Kim Ross, said it was fine.")
    people = {d["name"]: d["role"] for d in _mentions(doc) if not d["role_only"]}
    assert people["Councillor A Bell"] == "Vice-Chairman"
    assert people["Kim Ross"] == "Head of Parks"


def test_nickname_and_surname_forms_merge(nlp):
    doc = nlp("Councillor Peter Gilbert chaired. Councillor Pete Gilbert sent regrets. Councillor Gilbert asked a question.")
    assert {d["name"] for d in _mentions(doc)} == {"Councillor Peter Gilbert"}
    reg = doc._.minutes_registry[0]
    assert len(reg) == 1 and set(reg[0]["aliases"]) == {"Councillor Pete Gilbert", "Councillor Gilbert"}


def test_seed001_agenda_membership_is_not_read(nlp):
    doc = _doc(nlp, "seed_001")
    gilberts = [d["surface"] for d in _mentions(doc) if "Gilbert" in d["surface"]]
    assert gilberts == ["Councillor Pete Gilbert"]  # the minutes' apologies, not the agenda's membership


def test_ambiguous_surname_stays_unresolved(nlp):
    doc = nlp("Councillor Amy Shaw and Councillor Ben Shaw attended. Councillor Shaw asked about parking.")
    names = [d["name"] for d in _mentions(doc)]
    assert names[:2] == ["Councillor Amy Shaw", "Councillor Ben Shaw"]
    assert names[2] != "Councillor Amy Shaw" and names[2] != "Councillor Ben Shaw"
