"""``minutes actions`` as a user runs it: the CSV opens in a spreadsheet, the Markdown
is a table, the calendar parses, and mistakes get a one-line message naming the file."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import raw_path
from extractor.cli import app
from extractor.schema import Document, Item, Meeting, Part, WorkProgrammeEntry

runner = CliRunner()
FIXTURES = Path(__file__).parent / "fixtures" / "tracking"
BODY = "Communities and Environment Scrutiny Committee"
ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")


@pytest.fixture()
def series(tmp_path: Path) -> list[str]:
    """January minutes (four actions, one said twice), a February pack whose programme lists
    the fly-tipping report, and March minutes with an item on allotment waiting lists."""
    pack = Document(
        parts=[Part(kind="agenda", title=f"{BODY} – Date: Tuesday 21 February 2023")],
        work_programme=[WorkProgrammeEntry(meeting_date="2023-03-14", topic="Fly-tipping enforcement outcomes")],
    )
    march = Document(meetings=[Meeting(body=BODY, date="2023-03-14", items=[Item(number="3", title="Allotment Waiting Lists")])])
    (tmp_path / "pack.json").write_text(pack.to_json(), encoding="utf-8")
    (tmp_path / "march.json").write_text(march.to_json(), encoding="utf-8")
    return [str(FIXTURES / "communities_2023-01-17_minutes.json"), str(tmp_path / "pack.json"), str(tmp_path / "march.json")]


def _run(*args: str):
    result = runner.invoke(app, ["actions", *args])
    return result


def test_csv_opens_with_a_header_one_action_per_row_and_iso_dates(series):
    result = _run(*series, "--as-of", "2023-06-01")
    assert result.exit_code == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert len(rows) == 4
    assert {"due", "action", "kind", "owner", "status", "evidence", "body", "meeting_date",
            "item_number", "item_title", "source_file", "span"} <= set(rows[0])
    for row in rows:
        assert row["due"] == "" or ISO.match(row["due"])
        assert ISO.match(row["meeting_date"])
    # due dates first (28 Feb, 31 Mar), then the undated ones
    assert [r["due"] for r in rows] == ["2023-02-28", "2023-03-31", "", ""]
    assert [r["status"] for r in rows[:2]] == ["done", "overdue"]
    fly = next(r for r in rows if "fly-tipping" in r["action"])
    assert fly["status"] == "scheduled"
    assert fly["evidence"] == (
        "work programme row 'Fly-tipping enforcement outcomes' for 2023-03-14 (pack.json); "
        "listed for 2023-03-14, but the minutes of that meeting (march.json) have no item on it"
    )
    assert len(fly["span"].split("; ")) == 2  # discussion and resolution, one row
    assert fly["item_number"] == "3" and fly["item_title"] == "Fly-tipping Enforcement"


def test_markdown_is_a_table(series):
    result = _run(*series, "--as-of", "2023-06-01", "--format", "md")
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.strip().splitlines()
    assert lines[0].startswith("| due | action |") and lines[0].endswith("|")
    assert re.fullmatch(r"\|(---\|)+", lines[1])
    assert len(lines) == 2 + 4
    columns = lines[0].count("|")
    assert all(line.count("|") - line.count("\\|") == columns for line in lines[2:])


def test_ics_has_one_all_day_event_per_dated_action(series, tmp_path):
    from icalendar import Calendar

    out = tmp_path / "actions.ics"
    result = _run(*series, "--as-of", "2023-06-01", "-o", str(out))  # format from the suffix
    assert result.exit_code == 0, result.stderr
    cal = Calendar.from_ical(out.read_bytes())
    events = list(cal.walk("VEVENT"))
    assert sorted(str(e.decoded("dtstart")) for e in events) == ["2023-02-28", "2023-03-31"]
    light = next(e for e in events if "street lighting" in str(e.get("summary")))
    assert "Highways Manager" in str(light.get("description"))
    assert "communities_2023-01-17_minutes.txt" in str(light.get("description"))
    assert len(str(light.get("summary"))) <= 75
    # the UID is stable from one run to the next, so calendars update rather than duplicate
    again = Calendar.from_ical(_run(*series, "--as-of", "2023-06-01", "-f", "ics").stdout.encode())
    assert sorted(str(e.get("uid")) for e in events) == sorted(str(e.get("uid")) for e in again.walk("VEVENT"))


def test_json_lists_sources_status_and_evidence(series):
    result = _run(*series, "--as-of", "2023-06-01", "-f", "json")
    data = json.loads(result.stdout)
    assert data["as_of"] == "2023-06-01"
    allot = next(a for a in data["actions"] if "allotment" in a["text"])
    assert allot["status"] == "done"
    assert allot["evidence"][0] == "item 3 'Allotment Waiting Lists' of 2023-03-14 meeting (march.json)"
    assert allot["meeting"] == {"body": BODY, "date": "2023-01-17"}


def test_user_work_programme_option(series):
    result = _run(series[0], "--as-of", "2023-06-01", "--work-programme", str(FIXTURES / "communities_work_programme.csv"))
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    toilets = next(r for r in rows if "toilets" in r["action"])
    assert toilets["status"] == "scheduled"
    assert "communities_work_programme.csv" in toilets["evidence"]


def test_a_folder_of_records_and_the_format_from_the_output_name(series, tmp_path):
    folder = tmp_path / "records"
    folder.mkdir()
    for path in series:
        (folder / Path(path).name).write_text(Path(path).read_text(encoding="utf-8"), encoding="utf-8")
    out = tmp_path / "log.md"
    result = _run(str(folder), "--as-of", "2023-06-01", "-o", str(out))
    assert result.exit_code == 0, result.stderr
    assert out.read_text(encoding="utf-8").startswith("| due | action |")
    assert "4 actions (1 done, 1 open, 1 overdue, 1 scheduled)" in result.stderr


def test_minutes_files_are_extracted_on_the_way():
    files = [str(FIXTURES / "communities_2023-01-17_minutes.json"),
             str(FIXTURES / "communities_2023-02-21_agenda_pack.txt"),
             str(FIXTURES / "communities_2023-03-14_minutes.txt")]
    result = _run(*files, "--as-of", "2023-06-01")
    assert result.exit_code == 0, result.stderr
    statuses = {r["status"] for r in csv.DictReader(io.StringIO(result.stdout))}
    assert statuses == {"done", "scheduled", "overdue", "open"}


def test_seed_001_smoke_shows_a_status_per_action():
    result = _run(str(raw_path("seed_001")), "--as-of", "2021-09-30", "-f", "md")
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.strip().splitlines()
    assert lines[0].startswith("| due |")
    for line in lines[2:]:
        assert re.search(r"\| (done|scheduled|overdue|open) \|", line)


@pytest.mark.parametrize(
    "args, message",
    [
        (["missing.json"], "missing.json: no such file"),
        (["{bad}", "--as-of", "whenever"], "--as-of 'whenever': not a date"),
        (["{bad}", "--format", "xlsx"], "--format 'xlsx': choose one of csv, json, md, ics"),
        (["{bad}"], "bad.json: not a minutes extraction record"),
        (["{good}", "--work-programme", "nowhere.csv"], "nowhere.csv: no such file"),
    ],
)
def test_mistakes_get_a_clear_message_not_a_traceback(tmp_path, args, message):
    bad, good = tmp_path / "bad.json", tmp_path / "good.json"
    bad.write_text('{"meetings": [{"items": "none"}]}', encoding="utf-8")
    good.write_text(Document().to_json(), encoding="utf-8")
    args = [a.replace("{bad}", str(bad)).replace("{good}", str(good)) for a in args]
    result = _run(*args)
    assert result.exit_code == 2
    assert message in result.stderr
    assert "Traceback" not in result.stderr
