"""Flattened pages (a whole page of minutes on one line) get their line breaks back.

Web pages saved as text and some PDF text layers lose every line break. The extractor
reads structure line by line, so such a page used to give no items at all. The passages
here are invented (names checked absent from corpus/raw).
"""

from __future__ import annotations

from extractor import extract
from extractor.readers.normalise import normalise
from extractor.readers.unflatten import unflatten

FLAT_US = (
    "QUELLBROOK FIRE DISTRICT BOARD REGULAR MEETING March 3, 2021 7:00 p.m. "
    "1. CALL TO ORDER Chair Dana Tenniswood called the meeting to order at 7:02 PM. "
    "2. ROLL CALL Board members present were Chair Dana Tenniswood, Lee Marrowby and Sam Fennimore. "
    "3. APPROVAL OF AGENDA MARROWBY MOVED to approve the agenda as written. VOICE VOTE ON MOTION CARRIED UNANIMOUSLY. "
    "4. FINANCIAL REPORT The treasurer reported that the district met on August 19. The balance is $41,200. "
    "FENNIMORE MOVED to accept the financial report. VOICE VOTE ON MOTION CARRIED UNANIMOUSLY. "
    "5. ADJOURNMENT The meeting adjourned at 8:15 PM.\n"
)

FLAT_IE = (
    "MUNICIPAL DISTRICT OF BRINDLECOMBE MINUTES OF MEETING HELD ON MONDAY, 7th JUNE, 2021, AT 3.00 PM "
    "Present: Councillors: Aine Halvard, Ciaran Ostrava, Maeve Okonkwo-Reyes. Apologies: Cllr. Rory Quellbrook "
    "Also Present: Mr. Tom Marrowby, Senior Engineer. Adoption of Minutes: On the proposal of Cllr. Halvard, "
    "seconded by Cllr. Ostrava, the minutes of the meeting held on 3rd May 2021 were adopted. Moved: Cr. Halvard "
    "Seconded: Cr. Ostrava. Roads Programme: The Senior Engineer outlined the roads programme for the year and "
    "members welcomed the resurfacing works planned for the autumn months in the district.\n"
)


def _lines(text: str) -> list[str]:
    return [ln.strip() for ln in text.split("\n") if ln.strip()]


def test_numbered_capital_headings_start_their_own_lines() -> None:
    lines = _lines(normalise(FLAT_US))
    assert "2. ROLL CALL" in lines
    assert "3. APPROVAL OF AGENDA" in lines
    assert "5. ADJOURNMENT" in lines
    # a date ending a sentence is not an item number
    assert not any(ln.startswith("19. The") for ln in lines)
    # a motion written in capitals is not a heading
    assert not any(ln == "MARROWBY MOVED" or ln.startswith("VOICE VOTE") for ln in lines)


def test_only_spaces_become_line_breaks_so_offsets_hold() -> None:
    text = normalise(FLAT_US)
    assert len(text) == len(FLAT_US)
    assert [i for i, (a, b) in enumerate(zip(text, FLAT_US)) if a != b] == [
        i for i, c in enumerate(text) if c == "\n" and FLAT_US[i] != "\n"
    ]
    assert all(FLAT_US[i] == " " for i, c in enumerate(text) if c == "\n" and FLAT_US[i] != "\n")
    assert normalise(text) == text


def test_header_labels_and_title_headings_start_lines() -> None:
    lines = _lines(normalise(FLAT_IE))
    assert any(ln.startswith("Apologies: Cllr. Rory Quellbrook") for ln in lines)
    assert any(ln.startswith("Also Present: Mr. Tom Marrowby") for ln in lines)
    assert any(ln.startswith("Adoption of Minutes: On the proposal") for ln in lines)
    assert any(ln.startswith("Roads Programme: The Senior Engineer") for ln in lines)
    # the stop of "Cr." ends no sentence: the seconder stays on the mover's line
    assert any("Moved: Cr. Halvard Seconded: Cr. Ostrava." in ln for ln in lines)


def test_a_flattened_page_gives_its_items_and_attendance() -> None:
    record = extract(text=FLAT_US)
    (meeting,) = record.meetings
    titles = [(it.number, (it.title or "").upper()) for it in meeting.items]
    for number, title in [("1", "CALL TO ORDER"), ("2", "ROLL CALL"), ("3", "APPROVAL OF AGENDA"),
                          ("4", "FINANCIAL REPORT"), ("5", "ADJOURNMENT")]:
        assert any(n == number and title in t for n, t in titles), (number, titles)
    ie = extract(text=FLAT_IE).meetings[0]
    assert {"Aine Halvard", "Ciaran Ostrava", "Maeve Okonkwo-Reyes"} <= {a.name for a in ie.present}
    assert any("Quellbrook" in a.name for a in ie.apologies)


def test_minutes_with_line_breaks_are_left_alone() -> None:
    ordinary = (
        "Minutes of the Quellbrook Parish Council\n\nPresent: Cllr A Halvard (Chair), Cllr C Ostrava\n\n"
        "1. APOLOGIES None.\n2. PLANNING The clerk reported on 3. PLANNING APPLICATIONS received and "
        + ("the council discussed them at length. " * 12).strip()
        + "\n"
    )
    assert unflatten(ordinary) == ordinary
    assert normalise(ordinary) == ordinary
