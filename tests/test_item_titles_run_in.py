"""Item titles and the first heading: shapes the read-set errors of session ten showed (issue 12):

- an UPPER-CASE heading whose colon introduces its subject ("DISCUSSION AND POSSIBLE
  ACTION: LIBRARY ROOF REPAIRS") is printed whole, so the title is the whole line; a colon
  before names ("APOLOGIES: CLLR A") still ends the title;
- business recorded before the first numbered heading that opens on a run-in title
  ("Adoption of Agenda: The agenda was adopted ...") is an unnumbered item titled by it
  (GUIDELINES: run-in headings title their items);
- a long UPPER-CASE title wrapped at the margin onto an UPPER-CASE line directly below is
  one title, though its first line ends on no joining word;
- a call to order printed as a sentence ("Call to order at 7:00 pm by President A") is no
  first heading: the business after it is the untitled lead item (GUIDELINES "Lost headings").

Passages, councils and people below are invented; expected values read off them by hand.
"""

from __future__ import annotations

from invented import meeting


def titles(nlp, text: str) -> list[tuple]:
    return [(it.number, it.title) for it in meeting(nlp, text).items]


CAPS_SUBTITLES = """\
QUARRYMEAD TOWN COUNCIL

Minutes of the regular meeting held on 4 March 2025 at 7:00 PM

Present: Councillors Ormsby Quillfeather, Delphine Marrowgate, Caspian Yewtree

1. CALL TO ORDER

The Mayor opened the meeting at 7:02 PM.

2. AGENDA: REQUEST FOR DELETIONS/ADDITIONS

There were no changes to the agenda.

3. PUBLIC HEARING: ZONING OF THE OLD MILL SITE

Two residents spoke in favour of the rezoning.

4. APOLOGIES: CLLR BRIMWELL

5. ADJOURNMENT

The meeting closed at 8:14 PM.
"""


def test_caps_heading_keeps_its_subject_after_the_colon(nlp):
    assert titles(nlp, CAPS_SUBTITLES) == [
        ("1", "CALL TO ORDER"),
        ("2", "AGENDA: REQUEST FOR DELETIONS/ADDITIONS"),
        ("3", "PUBLIC HEARING: ZONING OF THE OLD MILL SITE"),
        ("4", "APOLOGIES"),
        ("5", "ADJOURNMENT"),
    ]


RUN_IN_LEAD = """\
BRACKENSTOW COMMUNITY ASSOCIATION

Minutes of the committee meeting held on 9 April 2025 at 7.30pm

Present: Yolanda Fernsby (Chair), Bartholomew Quince, Ingrid Soltworth

Adoption of Agenda: The agenda was adopted, proposed by Bartholomew Quince and seconded by Ingrid Soltworth.

1. HALL BOOKINGS

Bookings for the summer fete were noted.

2. TREASURER'S REPORT

The balance stands at £2,410.
"""


def test_lead_business_titled_by_its_run_in_heading(nlp):
    m = meeting(nlp, RUN_IN_LEAD)
    assert [(i.number, i.title) for i in m.items] == [
        (None, "Adoption of Agenda"),
        ("1", "HALL BOOKINGS"),
        ("2", "TREASURER'S REPORT"),
    ]
    assert len(m.items[0].resolutions) == 1  # the adoption stays with its item


def test_lead_business_without_run_in_heading_stays_untitled(nlp):
    text = RUN_IN_LEAD.replace("Adoption of Agenda: The agenda", "The agenda")
    assert titles(nlp, text)[0] == (None, None)


WRAPPED_CAPS = """\
SALTMERE WATER DISTRICT

Minutes of the regular board meeting held on 4 March 2025 at 3:30 PM

Present: Directors Ormsby Quillfeather, Delphine Marrowgate, Caspian Yewtree

1. ROLL CALL

All directors were present.

2. PUBLIC PARTICIPATION – OPPORTUNITY FOR MEMBERS OF THE PUBLIC
TO ADDRESS THE BOARD ON ANY MATTER WITHIN ITS JURISDICTION

No member of the public wished to speak.

3. ADJOURNMENT

The meeting closed at 4:40 PM.
"""


def test_long_caps_title_wrapped_at_the_margin_is_whole(nlp):
    assert titles(nlp, WRAPPED_CAPS) == [
        ("1", "ROLL CALL"),
        ("2", "PUBLIC PARTICIPATION – OPPORTUNITY FOR MEMBERS OF THE PUBLIC TO ADDRESS THE BOARD ON ANY "
              "MATTER WITHIN ITS JURISDICTION"),
        ("3", "ADJOURNMENT"),
    ]


CALL_TO_ORDER_SENTENCE = """\
VILLAGE OF DUNMARROW

Minutes of the regular board meeting, 4 March 2025

Call to order at 7:00 pm by President Ormsby Quillfeather.

Trustee Marrowgate moved to approve the minutes of the February meeting, seconded by Trustee Yewtree. Motion carried.

Public Works

The salt shed roof will be replaced in May.

Adjournment

Motion to adjourn by Trustee Yewtree, seconded by Trustee Marrowgate. Motion carried.
"""


def test_call_to_order_sentence_is_no_first_heading(nlp):
    """The call to order is a formality: the approval after it is business before the first
    heading, an untitled item, not an item titled by the call to order."""
    m = meeting(nlp, CALL_TO_ORDER_SENTENCE)
    assert [(i.number, i.title) for i in m.items] == [(None, None), (None, "Public Works"), (None, "Adjournment")]
    assert len(m.items[0].resolutions) == 1
