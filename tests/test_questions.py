"""Questions, askers, addressees and who answered."""

from __future__ import annotations

import spacy

from conftest import raw_path
from extractor.pipeline import spans as S
from extractor.readers import read_path


def _questions(doc):
    return [S.data(sp, S.QUESTIONS) for sp in S.spans(doc, S.QUESTIONS)]


def _doc(nlp, prefix):
    return nlp(read_path(raw_path(prefix)).text)


def _by_asker(qs, asker):
    return [q for q in qs if q["asker"] == asker]


def test_seed002_two_councillors_questions(nlp):
    qs = _questions(_doc(nlp, "seed_002"))
    assert len(qs) == 2
    foster = _by_asker(qs, "Councillor Simpson-Vince")[0]
    assert "foster carers" in foster["text"] and foster["answered_by"] == []
    ehcp = _by_asker(qs, "Councillor Justin Kerridge")[0]
    assert "EHCPs" in ehcp["text"] and ehcp["answered_by"] == ["Nigel Minns"]


def test_seed000_questions_answered_by_officers(nlp):
    qs = _questions(_doc(nlp, "seed_000"))
    barker = _by_asker(qs, "Councillor Jo Barker")[0]
    assert barker["answered_by"][0] == "John Coleman"
    roodhouse = _by_asker(qs, "Councillor Jerry Roodhouse")[0]
    assert roodhouse["text"].startswith("Councillor Jerry Roodhouse requested information")
    assert roodhouse["answered_by"] == ["John Coleman"]


def test_seed001_addressee_and_passive_answers(nlp):
    qs = _questions(_doc(nlp, "seed_001"))
    first = _by_asker(qs, "Councillor Jerry Roodhouse")[0]
    assert first["addressee"] == "Councillor Jeff Morgan" and first["answered_by"] == ["Councillor Jeff Morgan"]
    beetham = _by_asker(qs, "Councillor Brett Beetham")
    assert len(beetham) == 2 and all(q["answered_by"] == [] for q in beetham)
    pronoun = [q for q in qs if q["text"].startswith("He asked")][0]
    assert pronoun["asker"] == "Councillor Brian Hammersley" and pronoun["answered_by"] == ["Sally Nash"]


def test_seed003_panel_questions_answered_by_resolved_roles(nlp):
    qs = _questions(_doc(nlp, "seed_003"))
    assert [q["asker"] for q in qs] == [None, None]
    assert [q["answered_by"] for q in qs] == [["Andrew Wolverson"], ["Emma Bennett"]]


def test_not_questions(nlp):
    doc = nlp("The panel were asked to consider the questions listed in the report. "
              "Members were asked to note the update.")
    assert _questions(doc) == []


def test_component_works_alone():
    nlp = spacy.blank("en")
    for name in ("minutes_people", "minutes_speakers", "minutes_questions"):
        nlp.add_pipe(name)
    doc = nlp("Councillor Ray Dean asked whether the depot would reopen. "
              "The Head of Waste replied that it would reopen in May.\n"
              "Information was requested on staffing. It was confirmed that posts were filled.")
    qs = _questions(doc)
    assert [(q["asker"], q["answered_by"]) for q in qs] == [
        ("Councillor Ray Dean", ["Head of Waste"]),
        (None, []),
    ]
    assert qs[0]["text"] == "Councillor Ray Dean asked whether the depot would reopen."


def test_unnamed_officers_answer_stops_the_search(nlp):
    doc = nlp("Cllr. Dale sought clarification on the consultation. Officers confirmed that it had closed.\n"
              "Kim Ross, Head of Parks, presented the next report.")
    qs = _questions(doc)
    assert len(qs) == 1 and qs[0]["asker"] == "Cllr. Dale" and qs[0]["answered_by"] == []


def test_two_questions_share_the_answer_that_follows(nlp):
    doc = nlp("Councillor Amy Holt asked about repairs. She asked if funding was sufficient. "
              "The Chief Executive advised that a bid had been made.")
    qs = _questions(doc)
    assert [q["asker"] for q in qs] == ["Councillor Amy Holt", "Councillor Amy Holt"]
    assert all(q["answered_by"] == ["Chief Executive"] for q in qs)


def test_hard_wrapped_lines_as_in_pdf_text(nlp):
    text = (
        "Councillor Nia Evans asked whether the new depot would be open before\n"
        "the winter and how many staff it would need. In reply, the Head of\n"
        "Waste Services, Tom Reed, explained that it would open in October.\n"
    )
    qs = _questions(nlp(text))
    assert len(qs) == 1
    assert qs[0]["text"].endswith("how many staff it would need.")
    assert qs[0]["asker"] == "Councillor Nia Evans"
    assert qs[0]["answered_by"] == ["Tom Reed"]


def test_requests_to_act_are_not_questions(nlp):
    doc = nlp("The Chair asked Members to consider the report.\n"
              "Councillor Ann Bray asked that a report be brought back.\n"
              "Councillor Ann Bray asked whether there were plans to consider a new site.")
    qs = _questions(doc)
    assert [q["text"] for q in qs] == ["Councillor Ann Bray asked whether there were plans to consider a new site."]


def test_public_question_and_response_layout(nlp):
    doc = nlp("Question from Mr Tom Briggs: Will the council fix the potholes on Mill Lane?\n"
              "Response from Councillor Jane Hill, Cabinet Member for Highways: The road will be repaired in May.\n"
              "The report mentioned a question from the public about parking.")
    qs = _questions(doc)
    assert len(qs) == 1
    assert qs[0]["asker"] == "Mr Tom Briggs" and qs[0]["answered_by"] == ["Councillor Jane Hill"]


def test_members_question_answered_by_unheld_role(nlp):
    doc = nlp("In answer to a Member’s question, the Director of Finance advised that reserves were adequate.")
    qs = _questions(doc)
    assert [(q["asker"], q["answered_by"]) for q in qs] == [(None, ["Director of Finance"])]


def test_answerer_named_by_office_title_and_surname(nlp):
    # Staff listed once in full, then named by office and surname, as North American boards do
    doc = nlp("Present: Trustee Orla Venkman, Trustee Piet Dunmore\n"
              "Staff: Hesper Quaile, Library Director\n\n"
              "4. Director's Report\n\n"
              "Trustee Venkman asked if the roof repair would be finished by June.  "
              "Director Quaile stated the contractor expects to finish in May.\n\n"
              "Trustee Dunmore asked whether the grant had been received. Director General stated nothing.\n")
    qs = _questions(doc)
    assert [(q["asker"], q["answered_by"]) for q in qs] == [
        ("Trustee Orla Venkman", ["Hesper Quaile"]),
        # "Director General" is a title, not a person called General
        ("Trustee Piet Dunmore", []),
    ]
