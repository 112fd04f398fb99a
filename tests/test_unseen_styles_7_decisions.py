"""A seventh round of invented minutes, for actions (issue 12, second pass).

Note-form minutes name the doer first and then say what they will do with any verb:
"Fennimore will replace the washers", "Quillan and Perpetua will paint the noticeboard",
"QL would try to attend the forum". The action rules only read such a sentence when the
verb was one of their promise verbs, and the people component does not take a lone given
name for a person, so most of these were missed unless the classifier happened to call
them actions. The same shape with "to" ("..., Fennimore to contact the landowner")
inside a longer sentence was read only at the sentence's start. What must not become an action: a body or a thing opening the same shape
("Accreditation will require ...", "The Brackwater Trust will award ..."), and a plain
statement of the past. Every passage is invented (bodies, people, places and dates);
expected values were read off the passages by hand, following the extraction spec.
"""

from __future__ import annotations

import pytest

from invented import item as _item, meeting as _meeting



@pytest.fixture(scope="module")
def rules_nlp():
    """The shipped pipeline with the actions component on its rules alone, so what the
    rules read is tested whatever the classifier makes of these passages."""
    import extractor

    nlp = extractor.load()
    nlp.get_pipe("minutes_actions").mode = "rules"
    return nlp

ALLOTMENTS = """\
Marrowfield Allotment Association
Minutes of the committee meeting held on 9 April 2025

Present: Ottoline Harbury (Chair), Quillan Lanyon, Perpetua Wendle, Fennimore

1. Water troughs
Two troughs leak at the top field. Fennimore will replace the washers before the end of the month.
Quillan and Perpetua will paint the noticeboard.
QL would try to attend the district forum.

2. Grants
Accreditation will require a new constitution. The Brackwater Trust will award small grants in the autumn.
The committee discussed the waiting list.

3. Boundary hedges
The hedge on the lane side was discussed at length, Fennimore to contact the landowner about cutting it.
Insurance renewal is due in June – ACTION: QL to check the excess.

4. Open day
Ottoline to book the village hall for the open day. Deadline to apply for a stall is 1 June.
"""


def _actions(m, number: str) -> dict[str, str | None]:
    return {a.text: a.owner for a in _item(m, number).actions}


@pytest.mark.parametrize("mode", ["shipped", "rules"])
def test_given_names_opening_a_will_sentence_own_the_action(nlp, rules_nlp, mode) -> None:
    acts = _actions(_meeting(nlp if mode == "shipped" else rules_nlp, ALLOTMENTS), "1")
    assert acts.get("Quillan and Perpetua will paint the noticeboard") == "Quillan and Perpetua", acts
    assert acts.get("Fennimore will replace the washers before the end of the month") == "Fennimore", acts


def test_initials_with_would_own_the_action(nlp) -> None:
    acts = _actions(_meeting(nlp, ALLOTMENTS), "1")
    assert acts.get("QL would try to attend the district forum") == "QL", acts


def test_leaking_troughs_statement_is_not_an_action(nlp) -> None:
    acts = _actions(_meeting(nlp, ALLOTMENTS), "1")
    assert not any("troughs leak" in t for t in acts), acts


def test_instruction_after_a_comma_or_an_action_tag_inside_a_sentence(nlp) -> None:
    acts = _actions(_meeting(nlp, ALLOTMENTS), "3")
    assert acts.get("Fennimore to contact the landowner about cutting it") == "Fennimore", acts
    assert acts.get("QL to check the excess") == "QL", acts


def test_common_verb_after_a_known_name_or_office(nlp) -> None:
    """"to book" is read after a name the attendance list holds; "Deadline to apply"
    (a noun, not a doer) is not an instruction."""
    acts = _actions(_meeting(nlp, ALLOTMENTS), "4")
    assert list(acts) == ["Ottoline to book the village hall for the open day"], acts
    assert acts["Ottoline to book the village hall for the open day"] in ("Ottoline", "Ottoline Harbury"), acts


def test_bodies_and_things_opening_a_will_sentence_are_not_actions(nlp) -> None:
    acts = _actions(_meeting(nlp, ALLOTMENTS), "2")
    assert acts == {}, acts
