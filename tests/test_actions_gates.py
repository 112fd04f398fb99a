"""Clauses that read like actions but ask nobody to do anything, and owners named by a
pronoun or after "by" (``pipeline/action_gates.py``, ``ActionsComponent._emit``).

Invented passages (names checked absent from corpus/raw)."""

from __future__ import annotations

from invented import action_data
from extractor.readers import read_text

_HEAD = """Minutes of the meeting of Orlestone Vale Parish Council held on 3 March 2021

Present: Cllr Ann Quarrie (Chair), Cllr Tom Velland, Cllr Dorran Orlek, Peter Hollox (Clerk)

"""


def _acts(nlp, body: str) -> list[dict]:
    return action_data(nlp(read_text(_HEAD + body).text))


def test_dated_next_meeting_is_no_action(nlp):
    acts = _acts(nlp, "7. Date of next meeting\n"
                      "The next meeting would be held at 7.30pm on Tuesday 6 April 2021 in the Quillet Hall.\n\n"
                      "8. Footpaths\nThe Clerk to write to the county council about the broken stile.\n")
    assert not any("next meeting" in a["text"] for a in acts)
    assert any(a["text"].startswith("The Clerk to write to the county council") for a in acts)


def test_a_task_to_arrange_a_dated_meeting_stays(nlp):
    acts = _acts(nlp, "5. Drainage\nThe Clerk to arrange a meeting to be held on 12 April 2021 with the drainage board.\n")
    assert len(acts) == 1 and "arrange a meeting to be held on 12 April" in acts[0]["text"]


def test_pronoun_owner_is_the_person_before_it(nlp):
    acts = _acts(nlp, "4. Hall bookings\nCllr Orlek said the hall was free in May. He is to confirm the booking with the caretaker.\n")
    picks = [a for a in acts if "confirm the booking" in a["text"]]
    assert len(picks) == 1
    assert picks[0]["owner"] == "Cllr Dorran Orlek"


def test_owner_named_after_by(nlp):
    acts = _acts(nlp, "9. Community fund\nFund proposals to be suggested by TV/JO before the next meeting.\n")
    assert [a["owner"] for a in acts] == ["TV/JO"]


def test_kind_of_a_matter_taken_to_a_later_meeting(nlp):
    acts = _acts(nlp, "10. Allotments\nCllr Orlek will raise the rent review at the upcoming finance meeting.\n")
    assert [a["kind"] for a in acts] == ["work_programme"]


def test_kind_of_arranging_a_meeting_and_of_replying(nlp):
    acts = _acts(nlp, "11. Drainage\nMeeting with the drainage board to be arranged.\n"
                      "The Clerk to respond to the resident in writing.\n"
                      "The Clerk to send a letter of thanks to the volunteers.\n")
    kinds = {a["text"].split()[0] + " " + a["text"].split()[-1]: a["kind"] for a in acts}
    assert kinds == {"Meeting arranged": "meeting", "The writing": "information", "The volunteers": "other"}


def test_who_holds_a_post_is_no_action(nlp):
    acts = _acts(nlp, "12. Officers\nCllr Velland will continue as Vice Chair until the annual meeting.\n"
                      "The footpath group will be chaired by Cllr Orlek and will include the Clerk.\n"
                      "Cllr Orlek to write to the county about the footpath signs.\n")
    assert [a["text"] for a in acts] == ["Cllr Orlek to write to the county about the footpath signs"]


def test_invited_to_speak_at_the_meeting_is_no_action(nlp):
    acts = _acts(nlp, "13. Police report\nThe Chair invited PC Dunmarr to provide remarks on the recent thefts.\n"
                      "The Chair asked the Clerk to update the council on the thefts at the next meeting.\n")
    assert len(acts) == 1 and "next meeting" in acts[0]["text"]


def test_a_body_opening_the_action_owns_it(nlp):
    acts = _acts(nlp, "14. Allotments\nThe allotments committee to write to the plot holders about the rent review.\n")
    assert [a["owner"] for a in acts] == ["the allotments committee"]


def test_asking_for_an_update_at_the_meeting_is_no_action(nlp):
    acts = _acts(nlp, "15. Questions\nCllr Velland asked for an update on the bus shelter repairs.\n"
                      "Cllr Velland requested an update on the bus shelter at the next meeting.\n")
    assert len(acts) == 1 and "next meeting" in acts[0]["text"]
