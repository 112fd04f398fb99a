"""Tracking actions across meetings: the log, its de-duplication and order, and each
action's status with the evidence an officer would check.

Most tests feed hand-built records, so they hold whatever the extraction components
do; the end-to-end ones run real extraction on the hand-written minutes in
``tests/fixtures/tracking`` (a committee's minutes of 17 January 2023, the pack for
21 February 2023 with its work programme, and the minutes of 14 March 2023).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from extractor.schema import Action, AgendaEntry, Document, Item, Meeting, Part, Source, WorkProgrammeEntry
from extractor.tracking.inputs import load_inputs, read_record
from extractor.tracking.log import Loaded, build_log
from extractor.tracking.matching import TopicIndex, content_words, topic_score
from extractor.tracking.status import assign, collect_listings, pack_date
from extractor.tracking.userfile import TrackingError, read_work_programme_csv

from conftest import raw_path

FIXTURES = Path(__file__).parent / "fixtures" / "tracking"
BODY = "Communities and Environment Scrutiny Committee"


def _track(inputs: list[Loaded], as_of: str, user_csv: Path | None = None):
    rows = read_work_programme_csv(user_csv) if user_csv else []
    actions = build_log(inputs)
    assign(actions, inputs, collect_listings(inputs, rows, user_csv.name if user_csv else None), as_of)
    return actions


def _by_topic(actions, word: str):
    found = [a for a in actions if word in a.text.lower()]
    assert len(found) == 1, f"expected one action about {word!r}, got {[a.text for a in found]}"
    return found[0]


# --- matching -----------------------------------------------------------------


def test_content_words_drop_generic_report_words_and_plurals():
    assert content_words("a briefing note regarding support for asylum seekers be produced") == {
        "support",
        "asylum",
        "seeker",
    }
    assert content_words("Minutes of the Previous Meeting - 17 January 2023") == frozenset()


def test_an_acronym_is_a_subject_even_when_it_spells_a_common_word():
    # SEND (special educational needs) is not the verb "send"; an all-capitals heading is not acronyms
    assert "send" in content_words("the SEND inspection outcome be reported to the Committee")
    assert "send" not in content_words("officers to send the figures to members")
    assert content_words("RESOLVED THAT THE REPORT BE NOTED") == frozenset()


def test_topic_matching_needs_the_subject_not_just_report_words():
    action = "a report on fly-tipping enforcement outcomes be brought to a future meeting"
    assert topic_score(action, "Fly-tipping enforcement outcomes") is not None
    assert topic_score(action, "Household Waste Collection Review") is None
    # "report", "annual" and "briefing" alone are not a subject
    assert topic_score("an annual report on fostering be brought", "Exploitation Annual Report and briefing") is None


def test_topic_index_finds_exactly_what_pairwise_matching_finds():
    topics = ["Fly-tipping enforcement outcomes", "Allotment waiting lists", "Exclusions",
              "Household Waste Collection Review", "Work Programme", "Community Safety Partnership annual report"]
    texts = ["a report on fly-tipping enforcement outcomes be brought back",
             "officers circulate a briefing note on allotment waiting lists",
             "information on exclusions", "the waste collection review be circulated", "update the work programme"]
    index = TopicIndex(topics)
    for text in texts:
        expected = {k for k, topic in enumerate(topics) if topic_score(text, topic) is not None}
        assert set(index.matches(text)) == expected, text


# --- the log ------------------------------------------------------------------


def _meeting(date: str, items: list[Item], body: str = BODY) -> Meeting:
    return Meeting(body=body, date=date, items=items)


def test_same_commitment_in_discussion_and_resolution_is_logged_once_with_both_sources():
    said = Action(text="bring a report on fly-tipping enforcement outcomes to a future meeting", kind="report",
                  owner="Head of Waste", span=(100, 170))
    resolved = Action(text="a report on the outcomes of fly-tipping enforcement be brought to a future meeting",
                      kind="report", span=(220, 300))
    other = Action(text="a site visit to the public toilets be arranged", kind="meeting", span=(400, 450))
    rec = Document(source=Source(path="m.txt"),
                   meetings=[_meeting("2023-01-17", [Item(number="3", title="Fly-tipping", actions=[said, resolved]),
                                                     Item(number="6", title="Toilets", actions=[other])])])
    log = build_log([Loaded(rec, "m.json")])
    assert len(log) == 2
    fly = _by_topic(log, "fly-tipping")
    assert [s.span for s in fly.sources] == [(100, 170), (220, 300)]
    assert fly.owner == "Head of Waste"


def test_the_same_minutes_printed_in_a_pack_and_on_their_own_page_give_one_row():
    action = Action(text="a site visit to the public toilets be arranged", kind="meeting", span=(400, 450))
    page = Document(source=Source(path="minutes-page.txt"),
                    meetings=[_meeting("2023-01-17", [Item(number="6", title="Toilets", actions=[action])])])
    pack = Document(source=Source(path="pack.txt"), meetings=[
        _meeting("2023-01-17", [Item(number="6", title="Toilets", actions=[action.model_copy(update={"span": (9400, 9450)})])],
                 body="Communities & Environment Scrutiny Committee")])
    log = build_log([Loaded(page, "page.json"), Loaded(pack, "pack.json")])
    assert len(log) == 1
    assert [(s.file, s.span) for s in log[0].sources] == [("minutes-page.txt", (400, 450)), ("pack.txt", (9400, 9450))]


def test_similar_actions_of_different_items_and_kinds_stay_apart():
    a = Action(text="a briefing note on allotment waiting lists be circulated", kind="briefing")
    b = Action(text="a report on allotment waiting lists be brought to committee", kind="report")
    rec = Document(meetings=[_meeting("2023-01-17", [Item(number="4", title="Allotments", actions=[a]),
                                                     Item(number="5", title="Parks", actions=[b])])])
    assert len(build_log([Loaded(rec, "m.json")])) == 2


def test_log_is_sorted_by_due_date_undated_last_then_meeting_date():
    def rec(date, *actions):
        return Document(meetings=[_meeting(date, [Item(number="1", title="T", actions=list(actions))])])

    inputs = [
        Loaded(rec("2023-03-14", Action(text="undated later meeting", kind="other"),
                   Action(text="due in April", due="2023-04-30", kind="other")), "b.json"),
        Loaded(rec("2023-01-17", Action(text="undated earlier meeting", kind="report"),
                   Action(text="due in February", due="2023-02-28", kind="briefing")), "a.json"),
    ]
    assert [a.text for a in build_log(inputs)] == [
        "due in February",
        "due in April",
        "undated earlier meeting",
        "undated later meeting",
    ]


# --- statuses on hand-built records ---------------------------------------------


def _series() -> list[Loaded]:
    """Minutes of D1 with four actions; a pack for D2 whose programme lists one; minutes of D3."""
    d1 = read_record(FIXTURES / "communities_2023-01-17_minutes.json")
    pack = Document(
        parts=[Part(kind="agenda", title=f"{BODY} – Date: Tuesday 21 February 2023"),
               Part(kind="work_programme", title=f"{BODY}: Work Programme 2022-23")],
        agenda=[AgendaEntry(number="2", title="Minutes of the Previous Meeting - 17 January 2023"),
                AgendaEntry(number="3", title="Household Waste Collection Review")],
        work_programme=[WorkProgrammeEntry(meeting_date="2023-03-14", topic="Fly-tipping enforcement outcomes"),
                        WorkProgrammeEntry(meeting_date="2023-04-18", topic="Community Safety Partnership annual report")],
    )
    d3 = Document(meetings=[_meeting("2023-03-14", [Item(number="3", title="Allotment Waiting Lists")])])
    return [Loaded(d1, "minutes-jan.json"), Loaded(pack, "pack-feb.json"), Loaded(d3, "minutes-mar.json")]


def test_statuses_across_a_series_of_meetings_each_with_evidence():
    actions = _track(_series(), as_of="2023-06-01")
    assert len(actions) == 4  # the fly-tipping report is said and resolved: one row

    fly = _by_topic(actions, "fly-tipping")
    assert fly.status == "scheduled"
    assert fly.evidence[0] == "work programme row 'Fly-tipping enforcement outcomes' for 2023-03-14 (pack-feb.json)"

    allot = _by_topic(actions, "allotment")
    assert allot.status == "done"
    assert allot.evidence[0] == "item 3 'Allotment Waiting Lists' of 2023-03-14 meeting (minutes-mar.json)"

    light = _by_topic(actions, "street lighting")
    assert light.status == "overdue"
    assert light.evidence[0] == "due 2023-03-31, before 2023-06-01"

    toilets = _by_topic(actions, "toilets")
    assert toilets.status == "open"
    assert "not on any" in toilets.evidence[-1]


def test_an_action_that_names_no_subject_is_matched_by_its_items_title():
    vague = Action(text="the report would be circulated to members of this committee", kind="report")
    minutes = Document(meetings=[_meeting("2023-01-17", [Item(number="7", title="Leisure Centre Refurbishment",
                                                               actions=[vague])])])
    pack = Document(parts=[Part(kind="agenda", title=f"{BODY} – Date: Tuesday 21 February 2023")],
                    work_programme=[WorkProgrammeEntry(topic="Leisure centre refurbishment: progress",
                                                       status="briefing to circulate")])
    action = _track([Loaded(minutes, "jan.json"), Loaded(pack, "feb.json")], as_of="2023-06-01")[0]
    assert action.status == "scheduled"
    assert action.evidence == [
        "work programme row 'Leisure centre refurbishment: progress' (briefing to circulate) (feb.json)"
    ]


def test_scheduled_for_a_meeting_whose_minutes_have_no_item_on_it_says_so():
    january, pack, _ = _series()
    march = Document(meetings=[_meeting("2023-03-14", [Item(number="3", title="Parks Maintenance Contract")])])
    fly = _by_topic(_track([january, pack, Loaded(march, "minutes-mar.json")], as_of="2023-06-01"), "fly-tipping")
    assert fly.status == "scheduled"
    assert fly.evidence[-1] == "listed for 2023-03-14, but the minutes of that meeting (minutes-mar.json) have no item on it"


def test_as_of_before_the_due_date_leaves_the_action_open():
    light = _by_topic(_track(_series(), as_of="2023-03-01"), "street lighting")
    assert light.status == "open"
    assert light.evidence[0] == "due 2023-03-31"


def test_listings_and_items_from_before_the_meeting_are_not_evidence():
    d1, pack, d3 = _series()
    old_pack = Document(
        parts=[Part(kind="agenda", title=f"{BODY} – Date: Tuesday 22 November 2022")],
        agenda=[AgendaEntry(number="5", title="Mill Green public toilets")],
        work_programme=[WorkProgrammeEntry(meeting_date="2022-11-22", topic="Street lighting LED replacement timetable")],
    )
    old_minutes = Document(meetings=[_meeting("2022-11-22", [Item(number="4", title="Allotment Waiting Lists")])])
    actions = _track([d1, Loaded(old_pack, "old.json"), Loaded(old_minutes, "old-min.json")], as_of="2023-06-01")
    assert _by_topic(actions, "toilets").status == "open"
    assert _by_topic(actions, "street lighting").status == "overdue"
    assert _by_topic(actions, "allotment").status == "overdue"  # due 28 Feb, nothing later


def test_users_own_work_programme_schedules_an_action():
    d1 = _series()[0]
    toilets = _by_topic(_track([d1], "2023-06-01", FIXTURES / "communities_work_programme.csv"), "toilets")
    assert toilets.status == "scheduled"
    assert toilets.evidence[0] == (
        "work programme row 3 'Mill Green public toilets: site visit' for 2023-04-18 (communities_work_programme.csv)"
    )


def test_work_programme_csv_needs_a_topic_column(tmp_path):
    bad = tmp_path / "wp.csv"
    bad.write_text("When,Who\n14/03/2023,Someone\n", encoding="utf-8")
    with pytest.raises(TrackingError, match=r"wp\.csv: no topic column"):
        read_work_programme_csv(bad)


def test_work_programme_csv_dates_are_read_day_first():
    rows = read_work_programme_csv(FIXTURES / "communities_work_programme.csv")
    assert [(r.entry.meeting_date, r.entry.topic) for r in rows][:2] == [
        ("2023-03-14", "Fly-tipping enforcement outcomes"),
        ("2023-04-18", "Mill Green public toilets: site visit"),
    ]
    assert rows[2].entry.meeting_date is None and rows[2].entry.status == "briefing to circulate"


# --- seed 001: the 20 July 2021 minutes against the pack's own work programme -----


def _seed_001_mirror() -> Document:
    """A hand-built record mirroring seed 001: the pack for 30 September 2021 prints the
    20 July 2021 minutes (one action: a briefing note on support for asylum seekers) and
    the committee's work programme. A second, made-up action shows a listed one."""
    body = "Children & Young People Overview and Scrutiny Committee"
    asylum = Action(text="a briefing note regarding support for asylum seekers be produced and shared with all members",
                    kind="briefing", span=(14000, 14090))
    exclusions = Action(text="information on exclusion rates and the reasons for them be circulated to members",
                        kind="information", span=(15000, 15080))
    return Document(
        source=Source(path="corpus/raw/seed_001.txt"),
        parts=[Part(kind="agenda", title=f"{body} – Date: Thursday 30 September 2021"),
               Part(kind="minutes", title=f"{body} – Tuesday 20 July 2021"),
               Part(kind="work_programme", title="Children and Young People Overview and Scrutiny Committee: September 2021")],
        meetings=[Meeting(body=body, date="2021-07-20", items=[
            Item(number="6", title="Year End Council Plan 2020-2025 Quarterly Progress Report", actions=[asylum, exclusions])])],
        agenda=[AgendaEntry(number="6", title="Complaints Report"), AgendaEntry(number="7", title="Work Programme")],
        work_programme=[
            WorkProgrammeEntry(meeting_date="2021-10-19",
                               topic="Exploitation Annual Report and briefing on contextual safeguarding and interfamilial abuse"),
            WorkProgrammeEntry(meeting_date="2022-02-22", topic="Social Workers in Schools"),
            WorkProgrammeEntry(topic="Exclusions rates and reasons", status="briefing to circulate"),
            WorkProgrammeEntry(topic="Information relating to children on the school roll but not currently in school",
                               status="briefing to circulate"),
            WorkProgrammeEntry(topic="Update relating to the Emergency Duty Team", status="briefing to circulate"),
        ],
    )


def test_seed_001_pack_date_comes_from_its_agenda_heading():
    assert pack_date(_seed_001_mirror()) == "2021-09-30"


def test_seed_001_asylum_briefing_is_not_on_the_packs_work_programme():
    actions = _track([Loaded(_seed_001_mirror(), "seed_001.json")], as_of="2021-09-30")
    asylum = _by_topic(actions, "asylum")
    assert asylum.status == "open"
    # all five programme rows and both agenda lines were checked (the pack follows the minutes)
    assert asylum.evidence == ["not on any of 7 later work-programme rows or agenda lines, and no later minutes item matches"]
    listed = _by_topic(actions, "exclusion")
    assert listed.status == "scheduled"
    assert listed.evidence == [
        "work programme row 'Exclusions rates and reasons' (briefing to circulate) (seed_001.json)"
    ]


# --- end to end through real extraction -------------------------------------------


def test_series_through_real_extraction_of_the_later_pack_and_minutes(nlp):
    """The January actions (hand-built record) against the February pack and March minutes
    as extracted from their text: the statuses come from what extraction finds there."""
    inputs = load_inputs(
        [FIXTURES / "communities_2023-01-17_minutes.json",
         FIXTURES / "communities_2023-02-21_agenda_pack.txt",
         FIXTURES / "communities_2023-03-14_minutes.txt"],
        nlp=lambda: nlp,
    )
    actions = _track(inputs, as_of="2023-06-01")
    statuses = {a.status for a in actions}
    assert statuses == {"scheduled", "done", "overdue", "open"}
    fly = _by_topic(actions, "fly-tipping")
    assert fly.status == "scheduled" and "communities_2023-02-21_agenda_pack.txt" in fly.evidence[0]
    allot = _by_topic(actions, "allotment")
    assert allot.status == "done"
    assert allot.evidence[0].startswith("item 3 'Allotment Waiting Lists' of 2023-03-14 meeting")


def test_all_text_series_gives_every_extracted_action_a_status_with_evidence(nlp):
    inputs = load_inputs(sorted(FIXTURES.glob("communities_*.txt")), nlp=lambda: nlp)
    assert [ld.record.meetings[0].date for ld in inputs if ld.record.meetings][:1] == ["2023-01-17"]
    expected = {"fly-tipping": "scheduled", "allotment": "done", "street lighting": "overdue", "toilets": "open"}
    actions = _track(inputs, as_of="2023-06-01")
    # said in the discussion and again in the resolution: at most one row
    assert sum("fly-tipping" in a.text.lower() for a in actions) <= 1
    for a in actions:
        assert a.status in {"scheduled", "done", "overdue", "open"}
        assert a.evidence
        # whichever of the four commitments extraction finds gets the status the series implies
        for topic, status in expected.items():
            if topic in a.text.lower() and a.meeting_date == "2023-01-17":
                assert a.status == status or (status == "overdue" and a.due is None and a.status == "open"), a


def test_seed_001_real_extraction_gives_a_status_per_action(nlp):
    inputs = load_inputs([raw_path("seed_001")], nlp=lambda: nlp)
    actions = _track(inputs, as_of="2021-09-30")
    for a in actions:
        assert a.meeting_date is None or a.meeting_date == "2021-07-20"
        assert a.status in {"scheduled", "done", "overdue", "open"} and a.evidence
