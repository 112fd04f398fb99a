"""Splitting agenda packs into parts; single minutes pages stay one minutes part."""

from __future__ import annotations

import re

import pytest
import spacy

from extractor.pipeline import spans as S
from extractor.readers import read_path

from conftest import DEV_PAGES, SEEDS, raw_path

# A fictional pack, written by hand: agenda, minutes of the previous meeting, one
# report and the work programme.
PACK = """Riverside Borough Council
Environment Scrutiny Panel

Date: Wednesday 12 March 2025
Time: 6.30 pm
Venue: Council Chamber, Town Hall

Agenda

1. Apologies for absence

2. Minutes of the last meeting

3 - 8

3. Street Cleansing Performance

9 - 20

4. Panel Work Programme

21 - 24

Environment Scrutiny Panel

Thursday 16 January 2025

Minutes

Present: Councillor A Fenwick (Chair), Councillors B Osei and C Lindqvist

1. Apologies for absence

Apologies were received from Councillor D Marsh.

2. Street Lighting

The panel noted the update on street lighting. Resolved that the report be noted.

The meeting closed at 8.05 pm

Chair

Environment Scrutiny Panel

12 March 2025

Street Cleansing Performance

Recommendation

That the Panel notes the performance of the street cleansing service.

1. Executive Summary

1.1 The service met 9 of its 11 targets in the year.

2. Financial Implications

2.1 None.

Environment Scrutiny Panel Work Programme 2024/25

Meeting Date | Topic | Lead Officer
12 March 2025 | Street Cleansing Performance | Head of Environment
23 April | Flood Risk Strategy | Flood Risk Manager

Future Items

- Allotment waiting lists
"""


def pack_pipeline() -> spacy.language.Language:
    """Just the pack components on a blank pipeline: fast, and independent of the others."""
    import extractor  # noqa: F401  (registers the components)

    nlp = spacy.blank("en")
    for name in ("minutes_sections", "minutes_agenda", "minutes_work_programme"):
        nlp.add_pipe(name)
    return nlp


@pytest.fixture(scope="session")
def pnlp():
    return pack_pipeline()


def parts(doc):
    return [(sp.label_, *S.char_range(sp, S.PARTS)) for sp in doc.spans[S.PARTS]]


def check_cover(doc):
    """Parts are contiguous, in order, and cover the text (up to whitespace)."""
    found = parts(doc)
    assert found, "no parts"
    assert doc.text[: found[0][1]].strip() == ""
    for (_, _, end), (_, start, _) in zip(found, found[1:]):
        assert doc.text[end:start].strip() == ""
    assert doc.text[found[-1][2] :].strip() == ""


@pytest.fixture(scope="session")
def pack_001(pnlp):
    return pnlp(read_path(raw_path("seed_001")).text)


def test_seed_001_part_order(pack_001):
    kinds = [k for k, _, _ in parts(pack_001)]
    assert kinds[0] == "agenda" and kinds[1] == "minutes" and kinds[-1] == "work_programme"
    assert set(kinds[2:-1]) == {"report"} and len(kinds[2:-1]) == 3  # strategy, change programme, complaints
    check_cover(pack_001)


def test_seed_001_minutes_part_is_the_20_july_minutes(pack_001):
    _, start, end = next(p for p in parts(pack_001) if p[0] == "minutes")
    text = pack_001.text[start:end]
    assert re.match(r"Children & Young People Overview and Scrutiny Committee\s+Tuesday 20 July 2021\s+Minutes\s", text)
    assert "The meeting rose at 11.37" in text
    assert text.rstrip().endswith("Chair")
    assert "Executive Summary" not in text  # the first report is not minutes


def test_seed_001_agenda_part_stops_before_minutes(pack_001):
    _, start, end = parts(pack_001)[0]
    text = pack_001.text[start:end]
    assert "Items on the agenda" in text and "Disclaimers" in text
    assert "Tuesday 20 July 2021" not in text


def test_seed_001_reports_and_work_programme_titles(pack_001):
    titles = {S.data(sp, S.PARTS)["title"] for sp in pack_001.spans[S.PARTS] if sp.label_ == "report"}
    assert "DRAFT Warwickshire Children's Strategy 2021-2030" in titles
    assert "Update on the Children and Families change programme" in titles
    wp = [sp for sp in pack_001.spans[S.PARTS] if sp.label_ == "work_programme"][0]
    assert wp.text.startswith("Children and Young People Overview and Scrutiny Committee: September 2021")
    assert "Meeting Date and status" in wp.text


@pytest.mark.parametrize("path", [p for p in SEEDS + DEV_PAGES if "seed_001" not in p.name], ids=lambda p: p.name[:8])
def test_minutes_pages_are_one_minutes_part(pnlp, path):
    doc = pnlp(read_path(path).text)
    found = parts(doc)
    assert [k for k, _, _ in found] == ["minutes"], f"{path.name} split into {found}"
    check_cover(doc)


def test_split_does_not_need_page_markers_or_blank_lines(pnlp, pack_001):
    # The PDF reader drops "This page is intentionally left blank" and may not keep blank lines.
    text = re.sub(r"(?m)^This page is intentionally left blank\n", "", pack_001.text)
    text = re.sub(r"\n\n+", "\n", text)
    doc = pnlp(text)
    assert [k for k, _, _ in parts(doc)] == [k for k, _, _ in parts(pack_001)]
    minutes = next(sp for sp in doc.spans[S.PARTS] if sp.label_ == "minutes")
    assert minutes.text.startswith("Children & Young People Overview and Scrutiny Committee\nTuesday 20 July 2021")
    assert minutes.text.endswith("Chair")


def test_hand_written_pack_splits(pnlp):
    doc = pnlp(PACK)
    found = parts(doc)
    assert [k for k, _, _ in found] == ["agenda", "minutes", "report", "work_programme"]
    check_cover(doc)
    texts = {k: doc.text[s:e] for k, s, e in found}
    assert texts["agenda"].startswith("Riverside Borough Council") and texts["agenda"].rstrip().endswith("21 - 24")
    assert re.match(r"Environment Scrutiny Panel\s+Thursday 16 January 2025\s+Minutes", texts["minutes"])
    assert texts["minutes"].rstrip().endswith("Chair")
    assert "Recommendation" in texts["report"] and "Work Programme" not in texts["report"]
    assert texts["work_programme"].startswith("Environment Scrutiny Panel Work Programme 2024/25")


def test_no_cues_means_minutes(pnlp):
    doc = pnlp("Councillor Smith asked about potholes. The Chair said a report would follow.\n")
    assert [k for k, _, _ in parts(doc)] == ["minutes"]


def test_shipped_pipeline_splits_seed_001_the_same(nlp, pack_001):
    assert parts(nlp(pack_001.text)) == parts(pack_001)


def test_save_and_reload_keeps_patterns_and_results(tmp_path, pack_001):
    nlp = pack_pipeline()
    agenda = nlp.get_pipe("minutes_sections")
    agenda.patterns["agenda_headings"] = agenda.patterns["agenda_headings"] + ["Order Paper"]
    agenda.compile()
    nlp.to_disk(tmp_path / "pipe")
    again = spacy.load(tmp_path / "pipe")
    for name in ("minutes_sections", "minutes_agenda", "minutes_work_programme"):
        assert again.get_pipe(name).patterns == nlp.get_pipe(name).patterns
        assert again.get_pipe(name).patterns, f"{name} lost its patterns"
    doc = again(pack_001.text)
    assert parts(doc) == parts(pack_001)
    assert [S.data(sp, S.AGENDA)["number"] for sp in doc.spans[S.AGENDA]] == [
        S.data(sp, S.AGENDA)["number"] for sp in pack_001.spans[S.AGENDA]
    ]
    assert len(doc.spans[S.WORK_PROGRAMME]) == len(pack_001.spans[S.WORK_PROGRAMME]) > 0
    # the saved extra heading is used after reloading
    order_paper = "Order Paper\n\n1. Apologies\n\n2. Minutes\n\n3. Budget\n"
    assert [k for k, _, _ in parts(again(order_paper))] == ["agenda"]
    assert [k for k, _, _ in parts(pack_pipeline()(order_paper))] == ["minutes"]


def test_two_sets_of_minutes_stay_minutes(pnlp):
    text = (
        "Minutes of the meeting of the Harbour Board held on 4 March 2024\nPresent: Councillor R Gale (Chair)\n"
        "1. Apologies\nNone.\nThe meeting closed at 7.40 pm\nChair\n\n"
        "Minutes of the meeting of the Harbour Board held on 8 April 2024\nCouncillor R Gale opened the meeting.\n"
        "1. Moorings\nThe Board noted the mooring fees.\n"
    )
    found = parts(pnlp(text))
    assert [k for k, _, _ in found] == ["minutes", "minutes"]
    assert text[found[1][1] :].startswith("Minutes of the meeting of the Harbour Board held on 8 April 2024")


def test_agenda_then_reports_without_minutes(pnlp):
    text = (
        "AGENDA\n\nCabinet\nTuesday, 4 February 2025 at 7.00 pm\n\n1. Apologies for Absence\n"
        "2. Declarations of Interest\n3. Budget 2025/26 (Pages 5 - 40)\n\n"
        "Cabinet\n4 February 2025\nBudget 2025/26\n\nRecommendations\nThat Cabinet recommends the budget.\n\n"
        "1. Executive Summary\nThe budget is balanced.\n"
    )
    doc = pnlp(text)
    assert [k for k, _, _ in parts(doc)] == ["agenda", "report"]
    report = next(sp for sp in doc.spans[S.PARTS] if sp.label_ == "report")
    assert report.text.startswith("Cabinet\n4 February 2025") and S.data(report, S.PARTS)["title"] == "Budget 2025/26"


def test_end_time_in_the_header_does_not_end_the_minutes(pnlp):
    text = (
        "Minutes of the meeting of the Planning Committee held on 11 May 2016\n"
        "Meeting Commenced: 2.30pm\nMeeting Concluded: 4.38pm\nPresent: Councillor P Moss (Chair)\n"
        "1. Application 16/0123\nWork Programme\n| Meeting Date | Reports |\n| 1 June 2016 | Appeals |\n"
        "The Committee noted the work programme.\n"
    )
    assert [k for k, _, _ in parts(pnlp(text))] == ["minutes"]
