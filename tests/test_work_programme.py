"""Rows of work programmes and forward plans."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from extractor.pipeline import spans as S
from extractor.pipeline.work_programme import parse_date
from extractor.readers import read_path

from conftest import raw_path
from test_sections import PACK, pack_001, pnlp  # noqa: F401  (fixtures)


def rows(doc):
    return [S.data(sp, S.WORK_PROGRAMME) for sp in doc.spans[S.WORK_PROGRAMME]]


@pytest.fixture(scope="module")
def wp_001(pack_001):
    return rows(pack_001)


def test_one_row_per_meeting_date_with_its_reports(wp_001):
    # Checked by hand against the "Meeting Date and status | Reports | Details" table.
    dated = [(r["meeting_date"], r["topic"]) for r in wp_001 if r["status"] is None]
    assert [d for d, _ in dated] == ["2021-09-30", "2021-10-19", "2021-11-16", "2022-02-22", "2022-04-11"]
    topics = dict(dated)
    assert topics["2021-09-30"].startswith("Children's Strategy Update on Children's Change Programme")
    assert topics["2021-10-19"].startswith("Exploitation Annual Report")
    assert topics["2021-11-16"] == "Progress of Integrated Front Door (MASH) Performance Report (Q1)"
    assert topics["2022-02-22"] == "Social Workers in Schools"
    assert topics["2022-04-11"] == "Post Covid – impact on services (to include an update from RISE)"
    assert not any("<" in r["topic"] or "list-style" in r["topic"] for r in wp_001)


def test_forward_plan_row(wp_001):
    plan = [r for r in wp_001 if r["status"] == "forward plan"]
    assert [(r["topic"], r["meeting_date"], r["owner"]) for r in plan] == [
        ("Warwickshire Children's Strategy 2021-2030", "2021-10-14", "Cabinet")
    ]


def test_future_items_and_briefings(wp_001):
    future = [r["topic"] for r in wp_001 if r["status"] == "future item"]
    assert future[0] == "The recent SEND Inspection may generate items for the work programme"
    assert len(future) == 3
    briefings = [r for r in wp_001 if r["status"] == "briefing to circulate"]
    assert len(briefings) == 9
    assert all(r["meeting_date"] is None for r in briefings)
    owners = {r["owner"] for r in briefings}
    assert owners == {None, "Nigel Minns"}  # "Nigel Minns to provide data ..."
    # briefings already sent ("Briefing notes and reports circulated") are not pending rows
    assert not any("sent" in r["topic"] for r in wp_001)


def test_hand_written_work_programme_resolves_missing_year(pnlp):
    got = [(r["meeting_date"], r["topic"], r["owner"], r["status"]) for r in rows(pnlp(PACK))]
    assert got == [
        ("2025-03-12", "Street Cleansing Performance", "Head of Environment", None),
        ("2025-04-23", "Flood Risk Strategy", "Flood Risk Manager", None),
        (None, "Allotment waiting lists", None, "future item"),
    ]


def test_dates_without_a_year_follow_the_pack():
    sept_2021 = dt.date(2021, 9, 1)
    assert parse_date("22 February", sept_2021)[0] == "2022-02-22"
    assert parse_date("19th October", sept_2021)[0] == "2021-10-19"
    assert parse_date("30 September 2021", None)[0] == "2021-09-30"
    assert parse_date("no date here", sept_2021)[0] is None


def test_minutes_pages_have_no_work_programme_rows(pnlp):
    # dev_053 discusses a work programme inside minutes: that is minutes text, not a table to read.
    assert rows(pnlp(read_path(raw_path("dev_053")).text)) == []


def test_markdown_table_with_merged_date_cells_and_tbc(pnlp):
    text = (
        "Minutes of the meeting of the Audit Panel held on 1 May 2024\nPresent: Councillor A Wren\n"
        "The meeting closed at 8pm\nChair\n\nAudit Panel Work Programme 2024/25\n"
        "| Date of meeting | Item | Lead officer |\n|---|---|---|\n"
        "| 10 July 2024 | External audit plan | Head of Finance |\n"
        "| | Risk register | Risk Manager |\n"
        "| TBC | Fraud strategy | Head of Audit |\n"
    )
    got = [(r["meeting_date"], r["topic"], r["owner"], r["status"]) for r in rows(pnlp(text))]
    assert got == [
        ("2024-07-10", "External audit plan", "Head of Finance", None),
        ("2024-07-10", "Risk register", "Risk Manager", None),  # merged date cell
        (None, "Fraud strategy", "Head of Audit", "TBC"),
    ]


def test_table_without_cells_still_gives_dated_rows(pnlp, pack_001):
    # PDF text can lose the table's cells: "30 September 2021 Children's Strategy ..." on one line.
    text = re.sub(r"<[^>]+>", "", pack_001.text.replace("\t", " "))
    text = re.sub(r" +", " ", text)
    dated = [(r["meeting_date"], r["topic"]) for r in rows(pnlp(text)) if r["status"] is None]
    assert [d for d, _ in dated] == ["2021-09-30", "2021-10-19", "2021-11-16", "2022-02-22", "2022-04-11"]
    assert dated[3][1] == "Social Workers in Schools"
