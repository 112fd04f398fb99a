"""``minutes workprogramme``: the committee's programme as officers keep it, its own rows
plus the actions still to come back that are not on it yet, each saying where it came from."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from typer.testing import CliRunner

from extractor.cli import app
from extractor.schema import Action, AgendaEntry, Document, Item, Meeting, Part, WorkProgrammeEntry
from extractor.tracking.inputs import read_record
from extractor.tracking.log import Loaded, build_log
from extractor.tracking.status import assign, collect_listings
from extractor.tracking.userfile import read_work_programme_csv
from extractor.tracking.workprogramme import build_programme

runner = CliRunner()
FIXTURES = Path(__file__).parent / "fixtures" / "tracking"
BODY = "Communities and Environment Scrutiny Committee"
USER_CSV = FIXTURES / "communities_work_programme.csv"


def _pack(body: str, date_title: str, rows: list[WorkProgrammeEntry], agenda: list[AgendaEntry] = ()) -> Document:
    return Document(parts=[Part(kind="agenda", title=f"{body} – Date: {date_title}"),
                           Part(kind="work_programme", title=f"{body}: Work Programme")],
                    agenda=list(agenda), work_programme=rows)


def _inputs() -> list[Loaded]:
    january = read_record(FIXTURES / "communities_2023-01-17_minutes.json")
    february = _pack(BODY, "Tuesday 21 February 2023", [
        WorkProgrammeEntry(meeting_date="2023-03-14", topic="Fly-tipping enforcement outcomes", owner="Head of Waste"),
        WorkProgrammeEntry(meeting_date="2023-04-18", topic="Community Safety Partnership annual report"),
    ], agenda=[AgendaEntry(number="5", title="Mill Green Public Toilets")])
    march = Document(meetings=[Meeting(body=BODY, date="2023-03-14", items=[Item(number="3", title="Allotment Waiting Lists")])])
    planning = Document(
        parts=[Part(kind="agenda", title="Planning Committee – Date: Wednesday 1 February 2023")],
        meetings=[Meeting(body="Planning Committee", date="2023-01-11", items=[
            Item(number="4", title="Enforcement", actions=[Action(text="a report on planning enforcement appeals be brought back", kind="report")])])],
        work_programme=[WorkProgrammeEntry(meeting_date="2023-03-01", topic="Local validation checklist")],
    )
    return [Loaded(january, "january.json"), Loaded(february, "february.json"), Loaded(march, "march.json"),
            Loaded(planning, "planning.json")]


def _programme(inputs, committee=BODY, as_of="2023-06-01", user_csv: Path | None = None):
    rows = read_work_programme_csv(user_csv) if user_csv else []
    name = user_csv.name if user_csv else None
    actions = build_log(inputs)
    assign(actions, inputs, collect_listings(inputs, rows, name), as_of)
    return build_programme(inputs, actions, committee, rows, name)


def test_existing_rows_plus_pending_actions_not_yet_on_it():
    rows = _programme(_inputs())
    topics = [r.topic for r in rows]
    # the committee's own rows, and not the Planning Committee's
    assert "Fly-tipping enforcement outcomes" in topics and "Community Safety Partnership annual report" in topics
    assert "Local validation checklist" not in topics
    assert not any("planning enforcement" in t for t in topics)
    # already on the programme (fly-tipping) or done (allotments): not added again
    assert not any(t.startswith(("bring a report on fly-tipping", "officers circulate")) for t in topics)
    light = next(r for r in rows if "street lighting" in r.topic)
    assert (light.date, light.owner, light.status) == ("2023-03-31", "Highways Manager", "action overdue")
    assert light.source == "action from meeting of 2023-01-17, item 5 'Street Lighting' (january.json)"


def test_action_scheduled_on_a_later_agenda_is_added_with_that_evidence():
    toilets = next(r for r in _programme(_inputs()) if "toilets" in r.topic)
    assert toilets.status == "action scheduled: agenda item 5 'Mill Green Public Toilets' of 2023-02-21 meeting (february.json)"


def test_rows_are_in_date_order_undated_last():
    dates = [r.date for r in _programme(_inputs())]
    dated = [d for d in dates if d]
    assert dated == sorted(dated)
    assert dates[len(dated):] == [None] * (len(dates) - len(dated))


def test_users_programme_rows_are_kept_and_not_doubled():
    rows = _programme(_inputs(), user_csv=USER_CSV)
    fly = [r for r in rows if r.topic == "Fly-tipping enforcement outcomes"]
    assert len(fly) == 1  # same date and topic in the pack and in the user's file
    visit = next(r for r in rows if r.topic == "Mill Green public toilets: site visit")
    assert visit.source == "work programme row 3 (communities_work_programme.csv)"
    # the toilets action is on the user's programme now, so it is not added as an action
    assert not any(r.topic.startswith("a site visit") for r in rows)


def test_committee_name_matches_loosely_but_not_another_remit():
    assert any("street lighting" in r.topic for r in _programme(_inputs(), committee="Communities & Environment"))
    other = _programme(_inputs(), committee="Adult Social Care and Health Overview and Scrutiny Committee")
    assert other == []


@pytest.mark.parametrize("suffix", [".csv", ".md"])
def test_cli_writes_the_programme_in_the_format_of_the_file_name(tmp_path, suffix):
    out = tmp_path / f"programme{suffix}"
    args = ["workprogramme", str(FIXTURES / "communities_2023-01-17_minutes.json"), str(FIXTURES / "communities_2023-02-21_agenda_pack.txt"),
            "--committee", BODY, "--as-of", "2023-06-01", "-o", str(out)]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.stderr
    text = out.read_text(encoding="utf-8")
    if suffix == ".csv":
        rows = list(csv.DictReader(io.StringIO(text)))
        assert list(rows[0]) == ["date", "topic", "owner", "status", "source"]
        assert any(r["topic"] == "Fly-tipping enforcement outcomes" and "agenda_pack" in r["source"] for r in rows)
        assert any("toilets" in r["topic"] and r["status"] == "action open" for r in rows)
    else:
        lines = text.splitlines()
        assert lines[0] == "| date | topic | owner | status | source |"
        assert lines[1] == "|---|---|---|---|---|"


def test_cli_needs_a_committee_and_says_when_nothing_matches():
    record = str(FIXTURES / "communities_2023-01-17_minutes.json")
    assert runner.invoke(app, ["workprogramme", record]).exit_code == 2
    result = runner.invoke(app, ["workprogramme", record, "--committee", "Licensing Sub-Committee"])
    assert result.exit_code == 0
    assert "nothing found for committee 'Licensing Sub-Committee'" in result.stderr
