"""A twelfth round of invented minutes: questions the held-out train bodies lost or over-read.

Families found on the read-set documents (odd-numbered supplement docs, older train bodies):

- Not questions: the chair inviting questions in reported speech without a question verb
  ("The Chair said does anybody have any questions for Ms A", "Please can any member raise
  their hand if they have a question?"), a report that none were asked ("no written
  questions had been submitted"), and the chair asking members whether they wish to do
  something ("asked Board Members if they wished to pull any items from the consent
  agenda"). Each was a question record.
- Text: an answer spliced onto the question with a comma ("A asked about the boilers, B
  confirmed that ..."): the record's text ran on into the answer, so it matched nothing.
- Written questions printed under a line "Q3  Councillor A to the Leader of the
  Council:-": a question opening "Please can the Leader ..." was missed, and the asker
  and addressee of every such question were lost.

- "Questions from the public" printed one paragraph per resident, the resident named in a
  run-in label ("Mr A Bell, Mill Road: He asked why ..."): the asker was read as nobody
  (the pronoun's last subject), and the resident was no speaker.
- An asker the speakers component passed over or did not know ("Ellery wondered if
  ..."): a question with its asker, but no speaker record, though the guidelines make
  whoever asks a speaker.
- Names with a lower-case particle ("Jasper van Tellingen asked ...") were no askers
  when the people component did not know them; a street after a house number ("...,
  representing 12 Orchard Way, questioned ...") was read as a person and a speaker.
- "Enquiry was made whether ...": a question with nobody named, missed.
- An unnamed office holder answering, the office printed longer than the part read as
  a role ("The Executive Member (Communities) replied.", "The Cabinet Member for Culture,
  Leisure and the Third Sector stated ..."): the answer was not read (answered_by empty)
  and the office holder was no speaker.
- "Resident Ivy Stellwagen questioned ...": the word "Resident" was read as part of the
  name (asker and speaker "Resident Ivy Stellwagen"; the guidelines name her as printed
  without it: a description, not a title).
- A request for a document ("The Chairman was asked for a copy of the presentation",
  "Councillor A asked for a copy of the contract", "asked for the suspension of Standing
  Orders"): a request (an action, per the guidelines), read as a question.

Every passage is invented (bodies, people, places; names checked absent from corpus/raw);
the expected values were read off the passages by hand.
"""

from __future__ import annotations

from invented import item_records

COOP = """\
Fernhollow Housing Cooperative
Minutes of the General Meeting held on 3 May 2025

Present: Cadwallon Harkwright (Chair), Perpetua Rendlesham, Orrin Vastley

3. Finance Report
Orrin Vastley presented the budget. Perpetua Rendlesham asked about the policy on window repairs, Orrin Vastley confirmed that old frames can be mended but new ones must be double glazed.

4. Public Forum
The Chair said does anybody have any questions for Orrin Vastley regarding his report. Please can any member raise their hand if they have a question?
The Chair reported that no written questions had been submitted in advance of the meeting.
The Chair asked members if they wished to pull any items from the consent agenda.
"""

COUNCIL = """\
Wexcombe Town Council
Minutes of the meeting held on 8 April 2025

Present: Councillor Lisbeth Dunstable (Mayor), Councillor Fennimore Harkwright, Councillor Ysolde Brackenridge

5. Members' Questions
Q3  Councillor Brackenridge to the Leader of the Council:-

Please can the Leader of the Council update members on the library opening hours?

The Leader of the Council replied.

6. Car Park
Councillor Harkwright asked whether the Leader, Councillor Dunstable, agreed that the car park should reopen. Councillor Dunstable said that it would.
"""


def _texts(qs) -> list[str]:
    return [q.text for q in qs]


def _one(nlp, text: str, words: str):
    """The one question record whose text holds ``words``."""
    found = [q for q in item_records(nlp, text, "questions") if words in q.text]
    assert len(found) == 1
    return found[0]


def test_answer_spliced_with_a_comma_is_not_part_of_the_question(nlp):
    q = _one(nlp, COOP, "window repairs")
    assert q.text == "Perpetua Rendlesham asked about the policy on window repairs"
    assert q.answered_by == ["Orrin Vastley"]


def test_chair_inviting_questions_and_none_submitted_are_not_questions(nlp):
    texts = _texts(item_records(nlp, COOP, "questions"))
    assert not any("anybody have any questions" in t for t in texts)
    assert not any("raise their hand" in t for t in texts)
    assert not any("no written questions" in t for t in texts)
    assert not any("wished to pull" in t for t in texts)


def test_written_question_under_a_colon_line_has_its_asker_and_addressee(nlp):
    q = _one(nlp, COUNCIL, "library opening hours")
    assert q.text == "Please can the Leader of the Council update members on the library opening hours?"
    assert q.asker == "Councillor Ysolde Brackenridge"
    assert q.addressee == "Leader of the Council"


def test_appositive_after_a_comma_does_not_cut_the_question(nlp):
    assert _one(nlp, COUNCIL, "car park").text.endswith("agreed that the car park should reopen.")


PUBLIC = """\
Gorringe Parish Council
Minutes of the meeting held on 8 April 2025

Present: Councillor Lisbeth Dunstable (Chair), Councillor Fennimore Harkwright
In attendance: Orrin Vastley (Clerk)

5. Questions from the public
Mr Harold Penhallow, Mill Road: He asked why the verges had not been cut this spring. The Chair responded that the contractor had been delayed by the weather.
"""

CLUB = """\
Tamsworth Rowing Club
Minutes of the committee meeting held on 2 June 2025

Present: six committee members

3. Boathouse
Ellery wondered if the boathouse roof had been inspected. Quenby confirmed that it had been inspected in May.
"""


def test_resident_named_in_a_run_in_label_asks_and_speaks(nlp):
    q = _one(nlp, PUBLIC, "verges")
    assert q.asker == "Mr Harold Penhallow"
    assert q.answered_by == ["Councillor Lisbeth Dunstable"]
    speakers = [s.name for s in item_records(nlp, PUBLIC, "speakers")]
    assert "Mr Harold Penhallow" in speakers


def test_asker_known_only_by_a_first_name_is_a_speaker(nlp):
    assert _one(nlp, CLUB, "boathouse roof").asker == "Ellery"
    speakers = [s.name for s in item_records(nlp, CLUB, "speakers")]
    assert "Ellery" in speakers


FORUM = """\
Wexcombe Town Council
Minutes of the meeting held on 8 April 2025

Present: Mayor Lisbeth Dunstable, Councillor Fennimore Harkwright

2. Public Participation
Jasper van Tellingen, representing 12 Orchard Way, questioned if there had been an analysis of the costs of the new bylaw.
Marguerite de Villanova asked when the library would reopen. The Mayor replied that it would reopen in June.
Resident Ivy Stellwagen questioned the cost of the new water meters.
Enquiry was made whether residents of Quarry Road had priority for allotment plots.
"""


def test_names_with_particles_ask_and_a_street_is_no_speaker(nlp):
    assert _one(nlp, FORUM, "analysis of the costs").asker == "Jasper van Tellingen"
    library = _one(nlp, FORUM, "library would reopen")
    assert library.asker == "Marguerite de Villanova"
    assert library.answered_by == ["Lisbeth Dunstable"]
    speakers = [s.name for s in item_records(nlp, FORUM, "speakers")]
    assert "Jasper van Tellingen" in speakers and "Marguerite de Villanova" in speakers
    assert "Orchard Way" not in speakers


def test_enquiry_was_made_is_a_question_with_nobody_named(nlp):
    q = _one(nlp, FORUM, "allotment plots")
    assert q.text == "Enquiry was made whether residents of Quarry Road had priority for allotment plots."
    assert q.asker is None


OFFICES = """\
Wexcombe Borough Council
Minutes of the meeting held on 8 April 2025

Present: Councillor Lisbeth Dunstable (Mayor), Councillor Fennimore Harkwright, Councillor Ysolde Brackenridge

7. Questions from Members
Councillor Brackenridge asked the Cabinet Member for Culture, Leisure and the Third Sector what plans the Council had for the lake. The Cabinet Member for Culture, Leisure and the Third Sector stated that she would speak with officers.

Q5  Councillor Harkwright to the Executive Member (Communities):-

Please can the Executive Member outline what the Council has done to support refugees?

The Executive Member (Communities) replied.
"""


def test_unnamed_office_printed_in_full_answers_and_speaks(nlp):
    lake = _one(nlp, OFFICES, "plans the Council had for the lake")
    assert lake.answered_by == ["Cabinet Member for Culture, Leisure and the Third Sector"]
    refugees = _one(nlp, OFFICES, "support refugees")
    assert refugees.asker == "Councillor Fennimore Harkwright"
    assert refugees.answered_by == ["Executive Member (Communities)"]
    speakers = [(s.name, s.role) for s in item_records(nlp, OFFICES, "speakers")]
    assert (None, "Executive Member (Communities)") in speakers
    assert (None, "Cabinet Member for Culture, Leisure and the Third Sector") in speakers


def test_resident_before_a_name_is_no_part_of_it(nlp):
    assert _one(nlp, FORUM, "water meters").asker == "Ivy Stellwagen"
    speakers = [s.name for s in item_records(nlp, FORUM, "speakers")]
    assert "Ivy Stellwagen" in speakers and "Resident Ivy Stellwagen" not in speakers


AUDIT = """\
Wexcombe Borough Council
Minutes of the meeting held on 8 April 2025

Present: Councillor Lisbeth Dunstable (Chairman), Councillor Fennimore Harkwright, Councillor Ysolde Brackenridge

13. Annual Report of the Audit Committee
The Chairman of the Audit Committee presented the Annual Report. The Chairman was asked for a copy of the presentation, which the Chairman stated he would circulate. Councillor Harkwright asked for a copy of the contract. Councillor Brackenridge asked for details of the contract value. The Chairman replied that it was commercially confidential.
"""


def test_asking_for_a_copy_is_a_request_not_a_question(nlp):
    texts = _texts(item_records(nlp, AUDIT, "questions"))
    assert not any("copy of the presentation" in t for t in texts)
    assert not any("copy of the contract" in t for t in texts)
    assert _one(nlp, AUDIT, "details of the contract value").asker == "Councillor Ysolde Brackenridge"
