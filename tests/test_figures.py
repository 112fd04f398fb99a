"""Figures: reported quantities, and the numbers that are not figures."""

from __future__ import annotations

import pytest
import spacy

from conftest import raw_path
from extractor.pipeline import spans as S
from extractor.readers import read_path


@pytest.fixture(scope="module")
def alone():
    nlp = spacy.blank("en")
    nlp.add_pipe("minutes_figures")
    return nlp


def _figs(doc):
    found = sorted(S.spans(doc, S.FIGURES), key=lambda sp: S.char_range(sp, S.FIGURES))
    return [S.data(sp, S.FIGURES) for sp in found]


def _pairs(figs):
    return [(f["value"], f["unit"]) for f in figs]


def test_seed002_reported_figures(nlp):
    figs = _figs(nlp(read_path(raw_path("seed_002")).text))
    pairs = _pairs(figs)
    for expected in [(68, "count"), (10_000_000, "GBP"), (7_000_000, "GBP"), (15_000, "GBP"), (20, "weeks")]:
        assert expected in pairs
    assert pairs.count((8, "count")) == 2  # 8 approved, 8 more in the pipeline
    carers = [f for f in figs if f["measure"] == "mainstream foster carers"]
    assert carers and carers[0]["value"] == 8
    # "Quarter 1", "2024/25" and "October 3rd, 2024" are not figures
    assert (1, "count") not in pairs and (2024, "count") not in pairs
    assert not any("2024" in f["text"] or "Quarter" in f["text"] for f in figs)


def test_seed001_money_per_week_and_percent(nlp):
    figs = _figs(nlp(read_path(raw_path("seed_001")).text))
    week = [f for f in figs if f["text"] == "£3200 per week"]
    assert week and week[0]["value"] == 3200 and week[0]["unit"] == "GBP" and "per week" in week[0]["measure"]
    assert (40, "percent") in _pairs(figs)
    assert (3, "count") in _pairs(figs)  # "three care homes"


def test_seed004_counts_percent_and_distance(nlp):
    pairs = _pairs(_figs(nlp(read_path(raw_path("seed_004")).text)))
    for expected in [(831, "count"), (855, "count"), (19, "percent"), (20, "miles"), (77, "count")]:
        assert expected in pairs
    assert (2021, "count") not in pairs and (1, "count") not in pairs  # "1st July 2021"


def test_multipliers_and_large_numbers(alone):
    doc = alone(
        "The investment equates to £12.008m, of which £3.993m came from the DfE. "
        "Forecast spend is £5,645,176 and 1,200 pot holes were filled; the bid of £200k was noted. "
        "Spending rose by 6.4 per cent to £1.2 billion.\n"
    )
    pairs = _pairs(_figs(doc))
    assert pairs == [
        (12_008_000, "GBP"), (3_993_000, "GBP"), (5_645_176, "GBP"), (1_200, "count"),
        (200_000, "GBP"), (6.4, "percent"), (1_200_000_000, "GBP"),
    ]


def test_from_to_gives_two_figures(alone):
    pairs = _pairs(_figs(alone("The overspend has reduced from £10 million to £7 million.\n")))
    assert pairs == [(10_000_000, "GBP"), (7_000_000, "GBP")]


@pytest.mark.parametrize(
    "sentence",
    [
        "The meeting was held on 1st July 2021 at 10:30am.",
        "Performance in Quarter 1 and Key Stage 4 results for Year 6 were discussed.",
        "Exempt under paragraph 3 of Part 1 of Schedule 12A of the Local Government Act 1972.",
        "The 2021/22 budget and application 16/P/0462/F were noted under Standing Order 29.",
        "Contact: Tessa Mott, telephone (01524) 582074 or 020 7332 1174.",
        "Members of the public may speak for up to 5 minutes.",
        "Give written notice of any unregistered interest within 28 days of the meeting.",
        "The meeting commenced at 2.30pm and rose at 11.37.",
    ],
)
def test_not_figures(alone, sentence):
    assert _figs(alone(sentence + "\n")) == []


def test_list_labels_are_not_figures(alone):
    doc = alone("Resolved:\n1. That the report be noted.\n(2) That 14 towns be funded.\n")
    assert _pairs(_figs(doc)) == [(14, "count")]


def test_number_words_need_a_noun(alone):
    pairs = _pairs(_figs(alone("Three arrests were made and the two of them left. It took five years.\n")))
    assert pairs == [(3, "count"), (5, "years")]


def test_vote_counts_are_not_figures(alone):
    pairs = _pairs(_figs(alone("The Committee agreed by 6 votes to 2 that the footpath be closed for 3 months. "
                               "The motion was CARRIED (For: 10, Against: 3, Abstain: 2).\n")))
    assert pairs == [(3, "months")]


def test_money_after_at_is_not_a_time(alone):
    pairs = _pairs(_figs(alone("Band D is set at £1,850.32 and young people aged 16 were consulted. The meeting rose at 11.37.\n")))
    assert pairs == [(1850.32, "GBP")]


def test_a_commitments_deadline_is_not_a_figure_but_a_reported_timescale_is(alone):
    doc = alone("The Director undertook to provide a written response within 14 days. "
                "Of the 40 plans, 31 were completed within 20 weeks.\n")
    pairs = _pairs(_figs(doc))
    assert (14, "days") not in pairs
    assert (20, "weeks") in pairs and (31, "count") in pairs and (40, "count") in pairs


@pytest.mark.parametrize(
    "sentence, value, unit, measure",
    [
        ("The scheme costs 1.2 billion  pounds  a  year.", 1.2e9, "GBP", "per year"),
        ("Allotment rent rises to £40  per  week.", 40.0, "GBP", "per week"),
        ("The new site covers 300  square  metres.", 300.0, "square metres", None),
    ],
)
def test_double_spaces_from_justified_pdf_text_do_not_break_a_figure(sentence, value, unit, measure) -> None:
    """pdfminer keeps the double spaces of justified text; the phrase tables must still find 'a  year'."""
    from extractor import extract

    figures = [f for m in extract(text=sentence).meetings for i in m.items for f in i.figures]
    assert [(f.value, f.unit) for f in figures] == [(value, unit)]
    if measure:
        assert measure in (figures[0].measure or "")
