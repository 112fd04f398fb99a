"""Follow-up actions: what counts, who owns it, what kind, and when it is due."""

from __future__ import annotations

import pytest
import spacy

from conftest import raw_path
from extractor.pipeline import spans as S
from extractor.readers import read_path


@pytest.fixture(scope="module")
def alone():
    """Resolutions and actions on their own (actions also read resolution spans)."""
    nlp = spacy.blank("en")
    nlp.add_pipe("minutes_resolutions")
    nlp.add_pipe("minutes_actions")
    return nlp


def _acts(doc):
    found = sorted(S.spans(doc, S.ACTIONS), key=lambda sp: S.char_range(sp, S.ACTIONS))
    return [S.data(sp, S.ACTIONS) for sp in found]


def _corpus(nlp, prefix):
    return _acts(nlp(read_path(raw_path(prefix)).text))


def _run(nlp, text, meeting_date=None):
    """Run the small pipeline, optionally inside a meeting whose date is known."""
    doc = nlp.make_doc(text)
    if meeting_date:
        S.add_span(doc, S.MEETINGS, 0, len(text), "meeting", {"date": meeting_date})
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    return _acts(doc)


def test_seed002_work_programme_not_marketing(nlp):
    acts = _corpus(nlp, "seed_002")
    assert len(acts) == 1
    assert "detailed report would be added to the committee’s work programme" in acts[0]["text"]
    assert acts[0]["kind"] == "work_programme"
    assert not any("marketing campaign" in a["text"] for a in acts)


def test_seed001_briefing_requested_by_resolution(nlp):
    acts = _corpus(nlp, "seed_001")
    briefing = [a for a in acts if a["kind"] == "briefing"]
    assert len(briefing) == 1
    assert briefing[0]["text"].startswith("a briefing note regarding support for asylum seekers")
    # a service plan statement and the service's own plans are not actions
    assert not any("tracked and monitored" in a["text"] for a in acts)
    assert not any("virtual head teacher" in a["text"] for a in acts)


def test_seed004_work_programme_but_not_a_suggestion(nlp):
    acts = _corpus(nlp, "seed_004")
    assert [a["kind"] for a in acts] == ["work_programme"]
    assert "county lines would go on the work programme" in acts[0]["text"]
    assert acts[0]["due"] is None  # "for a future meeting"


def test_dev001_officers_draft_a_report(nlp):
    acts = _corpus(nlp, "dev_001")
    report = [a for a in acts if a["kind"] == "report"][0]
    assert report["owner"] == "officers"
    assert report["text"].startswith("officers draft a report")


def test_dev053_person_asked_to_arrange_a_meeting(nlp):
    acts = _corpus(nlp, "dev_053")
    meeting = [a for a in acts if a["kind"] == "meeting"][0]
    assert meeting["owner"] == "the Scrutiny Manager"
    assert meeting["text"].startswith("asked the Scrutiny Manager to arrange a meeting")


def test_dev076_promises_in_the_narrative(nlp):
    acts = _corpus(nlp, "dev_076")
    bid = [a for a in acts if "Flintshire bid" in a["text"]][0]
    assert bid["owner"] == "the Leader"  # "He said that ...": the previous sentence's speaker
    assert bid["due"] is None and bid["due_text"] == "in due course"


def test_due_date_resolved_against_the_meeting(alone):
    acts = _run(alone, "Councillor Smith asked about potholes. The Director agreed to circulate the repair figures by the end of September.\n",
                meeting_date="2021-07-20")
    assert len(acts) == 1
    assert acts[0]["owner"] == "the Director"
    assert acts[0]["due"] == "2021-09-30" and acts[0]["due_text"] == "by the end of September"


def test_next_meeting_due_when_printed(alone):
    text = (
        "It was agreed that the transport item would be brought to the next meeting.\n"
        "Date of next meeting: 19th October 2021\n"
    )
    acts = _run(alone, text, meeting_date="2021-07-20")
    assert acts[0]["due"] == "2021-10-19" and acts[0]["kind"] == "work_programme"


def test_not_actions(alone):
    text = (
        "There will be a new marketing campaign launched shortly.\n"
        "John Coleman suggested asking some children to talk to the panel.\n"
        "The list had been circulated prior to the meeting.\n"
        "Councillor Woolley asked if information could be provided on the total cost of repairs.\n"
        "Support is to be provided to any young person who may struggle.\n"
    )
    assert _run(alone, text) == []


def test_action_lines_and_passive_requests(alone):
    acts = _run(alone, (
        "The Highways Manager reported on the gritting routes.\n"
        "Action: Highways Manager\n\n"
        "ACTION: Officers to circulate the revised figures to members.\n\n"
        "RESOLVED that:\n(a) the report be noted;\n(b) officers be asked to provide an update to the next meeting.\n"
    ))
    owners = [a["owner"] for a in acts]
    assert owners == ["Highways Manager", "Officers", "officers"]
    assert acts[0]["text"] == "The Highways Manager reported on the gritting routes"
    assert acts[2]["text"].startswith("officers be asked to provide an update")


def test_recommendation_that_officers_report_back(alone):
    acts = _run(alone, "RESOLVED – That the recommendation be endorsed, subject to a further recommendation "
                       "that officers report back within three months.\n", meeting_date="2023-05-10")
    assert len(acts) == 1
    assert acts[0]["owner"] == "officers" and acts[0]["kind"] == "report"
    assert acts[0]["due"] == "2023-08-10"


def test_an_invitation_to_members_is_not_an_action(alone):
    acts = _run(alone, "It was agreed that: -\n\n- Members were invited to contact the Chair with any further items.\n")
    assert acts == []


def test_pronoun_owner_is_the_speaker_of_the_sentence(alone):
    acts = _run(alone, "The Cabinet Member said that she would look into the matter and report back to the next meeting.\n")
    assert acts[0]["owner"] == "the Cabinet Member"


def test_plans_of_the_service_or_outside_bodies_are_not_actions(alone):
    acts = _run(alone, (
        "Warwickshire Police will share data with schools. Training will be provided to all staff.\n"
        "The Head of Service confirmed that the figures will be circulated to Members.\n"
    ))
    assert [a["owner"] for a in acts] == ["the Head of Service"]
