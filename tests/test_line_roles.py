"""The line-role model (issue 12): heading lines read into number and title, labels read off
gold spans, and ``minutes train`` on a tiny invented corpus (training, saving and reloading,
determinism, a file holding two meetings, a broken gold file).

The corpus here is invented and written by the test; expected labels and titles were read
off the passages by hand."""

from __future__ import annotations

import csv
import hashlib
from pathlib import Path

import pytest
import spacy
from typer.testing import CliRunner

from extractor.cli import app
from extractor.pipeline.patterns import pipeline_dir, read_patterns
from extractor.schema import Attendee, Document, Item, Meeting, Source
from extractor.structure.headings import Wording, parse_heading
from extractor.structure.line_features import LineFeaturizer, _scheme_match, number_key, text_lines
from extractor.structure.line_labels import line_labels

runner = CliRunner()
PATTERNS = read_patterns(pipeline_dir() / "minutes_items" / "patterns.json")
WORDING = Wording(frozenset(w.lower() for w in PATTERNS["sentence_openers"]),
                  frozenset(w.lower() for w in PATTERNS["heading_lead_words"]))


# ----------------------------------------------------------------------------- heading lines


@pytest.mark.parametrize("line, number, title", [
    ("C048/23 1. APOLOGIES FOR ABSENCE", "C048/23", "APOLOGIES FOR ABSENCE"),  # committee code before the number
    ("SC132 DECLARATIONS OF INTEREST", "SC132", "DECLARATIONS OF INTEREST"),
    ("(22-101) Variance request, 418 Linden Avenue", "22-101", "Variance request, 418 Linden Avenue"),
    ("IV. REPORTS", "IV", "REPORTS"),
    ("3.0 FINANCE", "3.0", "FINANCE"),
    ("3 (a) Precept budget for 2025/26", "3(a)", "Precept budget for 2025/26"),
    ("Item 6 Review of Hackney Carriage Fares", "6", "Review of Hackney Carriage Fares"),
    ("Call to Order (6:00 p.m.)", None, "Call to Order"),  # the time it started is no part of the title
    ("82/23 Apologies: Cllr A Pryce sent his apologies", "82/23", "Apologies"),
    ("Roll Call – Trustee Okafor called the roll", None, "Roll Call"),
    ("Presentations – none", None, "Presentations"),
    ("Call to Order - Moment of Reflection", None, "Call to Order - Moment of Reflection"),  # a title with a dash
    ("CALL TO ORDER Mayor Quint called the meeting to order at 7:00 p.m.", None, "CALL TO ORDER"),
    ("Minutes of the previous meeting To approve the minutes of the meeting held on 4 March.", None,
     "Minutes of the previous meeting"),
    ("5. To receive declarations of interest. None.", "5", "To receive declarations of interest"),
    ("1. The minutes of the last meeting were read and accepted.", "1", None),  # a numbered paragraph
    ("Apologies; Cllr B Hardy, Cllr C Irwin", None, "Apologies"),
])
def test_heading_line_number_and_title(line: str, number: str | None, title: str | None) -> None:
    parsed = parse_heading(line, WORDING)
    assert (parsed.number, parsed.title) == (number, title)


def test_number_alone_on_its_line() -> None:
    for line, number in (("(Item 6)", "6"), ("22-0073", "22-0073"), ("4.", "4")):
        parsed = parse_heading(line, WORDING)
        assert parsed.number_only and parsed.number == number


# ----------------------------------------------------------------------------- a tiny corpus

# Five invented sets of minutes, written from a plain description so that each is easy to
# check by eye; the fourth file holds two meetings.
Spec = tuple[str, str, str, list[tuple[str, str]], list[tuple[str, str, str]]]  # body, date, printed date, present, items


def _minutes(meetings: list[Spec]) -> str:
    parts = []
    for body, _, printed, present, items in meetings:
        lines = [body, "", f"Minutes of the meeting held on {printed} at 7.00 pm", "", "Present:"]
        lines += [f"{name} ({role})" if role else name for name, role in present]
        for num, title, text in items:
            lines += ["", f"{num}. {title}", text]
        parts.append("\n".join(lines) + "\n")
    return "\n".join(parts)


SPECS: dict[str, tuple[str, list[Spec]]] = {
    "t1": ("train", [("Ashby Parish Council", "2024-05-06", "Monday 6 May 2024", [("Cllr A Abbott", "Chair"), ("Cllr B Birch", "")],
                      [("1", "Apologies", "None were received."), ("2", "Allotments", "Two plots were relet.")])]),
    "t2": ("train", [("Barton Town Council", "2024-05-07", "Tuesday 7 May 2024", [("Cllr C Cole", "Mayor"), ("Cllr D Dunn", "")],
                      [("1", "Declarations of Interest", "There were none."), ("2", "Christmas Lights", "Quotes were noted."),
                       ("3", "Play Area", "The inspection report was received.")])]),
    "t3": ("train", [("Carlton Parish Council", "2024-05-08", "Wednesday 8 May 2024", [("Cllr E Eden", "Chair"), ("Cllr F Frost", "")],
                      [("1", "Apologies", "Cllr G Gray."), ("2", "Footpaths", "A stile was reported broken.")])]),
    "t4": ("train", [("Dalby Parish Council", "2024-05-13", "Monday 13 May 2024", [("Cllr H Hale", "Chair"), ("Cllr I Ives", "")],
                      [("1", "Apologies", "None."), ("2", "Bus Shelter", "The new shelter was installed.")]),
                     ("Dalby Parish Council", "2024-06-10", "Monday 10 June 2024", [("Cllr H Hale", "Chair"), ("Cllr J Jones", "")],
                      [("1", "Apologies", "None."), ("2", "Speed Signs", "The signs were approved.")])]),
    "d1": ("dev", [("Elton Parish Council", "2024-05-16", "Thursday 16 May 2024", [("Cllr K Kemp", "Chair"), ("Cllr L Lund", "")],
                    [("1", "Apologies", "None."), ("2", "Village Green", "Mowing was agreed.")])]),
}
DOCS = {name: (split, _minutes(specs), [(b, d, [n for n, _ in present], [(num, title) for num, title, _ in items])
                                       for b, d, _, present, items in specs])
        for name, (split, specs) in SPECS.items()}


def _gold(name: str, text: str, meetings: list) -> Document:
    """A gold record whose spans are found in the text (each meeting starts at its body line)."""
    out, pos = [], 0
    starts = []
    for body, _, _, _ in meetings:
        s = text.index(body, pos)
        starts.append(s)
        pos = s + 1
    for k, (body, date, present, items) in enumerate(meetings):
        ms, me = starts[k], (starts[k + 1] if k + 1 < len(starts) else len(text))
        attendees = []
        for who in present:
            s = text.index(who, ms, me)
            attendees.append(Attendee(name=who, span=(s, s + len(who))))
        item_starts = [text.index(f"{num}. {title}", ms, me) for num, title in items]
        its = [Item(number=num, title=title, span=(s, item_starts[j + 1] if j + 1 < len(items) else me))
               for j, ((num, title), s) in enumerate(zip(items, item_starts))]
        out.append(Meeting(body=body, date=date, present=attendees, items=its, span=(ms, me)))
    return Document(source=Source(path=f"corpus/raw/{name}.txt", format="text"), meetings=out)


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    root = tmp_path / "corpus"
    (root / "raw").mkdir(parents=True)
    (root / "gold").mkdir()
    rows = []
    for name, (split, text, meetings) in DOCS.items():
        (root / "raw" / f"{name}.txt").write_text(text, encoding="utf-8")
        (root / "gold" / f"{name}.json").write_text(_gold(name, text, meetings).model_dump_json(by_alias=True), encoding="utf-8")
        rows.append({"id": name, "file": f"raw/{name}.txt", "body": meetings[0][0], "kind": "england_parish",
                     "country": "England", "format": "txt", "length": "full", "split": split, "source": "invented"})
    with (root / "manifest.csv").open("w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    return root


def _train(corpus: Path, out: Path) -> tuple[int, str, bytes]:
    result = runner.invoke(app, ["train", "--corpus", str(corpus), "--out", str(out), "--quiet"])
    model = out / "minutes_line_roles" / "model.crfsuite"
    return result.exit_code, result.output, model.read_bytes() if model.exists() else b""


def test_labels_of_a_file_holding_two_meetings() -> None:
    _, text, meetings = DOCS["t4"]
    featurizer = LineFeaturizer(read_patterns(pipeline_dir() / "minutes_line_roles" / "patterns.json"))
    lines = text_lines(text)
    labels = line_labels(_gold("t4", text, meetings), text, lines, featurizer.groups.get("attendance"), featurizer.furniture)
    by_text = [(l.text, lab) for l, lab in zip(lines, labels)]
    # both meetings' headers, attendance blocks and items, read off the gold spans
    assert [t for t, lab in by_text if lab == "meeting_header"] == [
        "Dalby Parish Council", "Minutes of the meeting held on Monday 13 May 2024 at 7.00 pm",
        "Dalby Parish Council", "Minutes of the meeting held on Monday 10 June 2024 at 7.00 pm"]
    assert [t for t, lab in by_text if lab == "attendance_heading"] == ["Present:", "Present:"]
    assert [t for t, lab in by_text if lab == "item_heading"] == [
        "1. Apologies", "2. Bus Shelter", "1. Apologies", "2. Speed Signs"]
    assert ("The signs were approved.", "body") in by_text


def test_train_on_a_tiny_corpus_reports_dev_scores_and_writes_the_model(corpus: Path, tmp_path: Path) -> None:
    code, output, model = _train(corpus, tmp_path / "pipeline")
    assert code == 0, output
    assert "trained on 4 documents" in output and "dev split: 1 documents" in output
    assert f"sha256 {hashlib.sha256(model).hexdigest()[:16]}" in output
    assert len(model) > 1000


def test_training_is_deterministic(corpus: Path, tmp_path: Path) -> None:
    first = _train(corpus, tmp_path / "a")[2]
    second = _train(corpus, tmp_path / "b")[2]
    assert first and first == second


def test_trained_model_saves_and_reloads_with_the_pipeline(corpus: Path, tmp_path: Path) -> None:
    _, _, model = _train(corpus, tmp_path / "trained")
    import extractor
    from extractor.pipeline.line_roles import line_roles

    nlp = extractor.load()
    nlp.get_pipe("minutes_line_roles").set_model(model)
    text = DOCS["d1"][1]

    def roles(pipeline) -> list[tuple[str, str]]:
        found = line_roles(pipeline(text))
        return [(text[start:text.index("\n", start)], found[start][0]) for start in sorted(found)]

    before = roles(nlp)
    nlp.to_disk(tmp_path / "saved")
    assert (tmp_path / "saved" / "minutes_line_roles" / "model.crfsuite").read_bytes() == model
    after = roles(spacy.load(tmp_path / "saved"))
    assert after == before
    # the model trained on four invented files already tells a heading from its body
    assert ("2. Village Green", "item_heading") in after and ("Mowing was agreed.", "body") in after


def test_a_broken_gold_file_is_named_and_left_out(corpus: Path, tmp_path: Path) -> None:
    (corpus / "gold" / "t3.json").write_text("{not json", encoding="utf-8")
    code, output, model = _train(corpus, tmp_path / "pipeline")
    assert code == 0 and model
    assert "t3.json: not a valid gold record" in output and "trained on 3 documents" in output


def test_train_without_a_manifest_exits_2_naming_it(tmp_path: Path) -> None:
    result = runner.invoke(app, ["train", "--corpus", str(tmp_path), "--out", str(tmp_path / "out")])
    assert result.exit_code == 2
    assert "manifest.csv not found" in result.output


# ----------------------------------------------------------------------------- packs cut to their minutes


def _labelled(labels: list[str]):
    from extractor.structure.training import LabelledDoc

    text = "\n".join(f"line {k}" for k in range(len(labels)))
    return LabelledDoc("pack", text_lines(text), len(text), labels)


def test_a_pack_mostly_outside_its_minutes_is_cut_to_them_and_named() -> None:
    from extractor.structure.training import minutes_window

    # 60 lines of agenda and reports, 8 lines of minutes, 40 more lines of reports
    labels = ["other"] * 60 + ["meeting_header", "item_heading"] + ["body"] * 6 + ["other"] * 40
    notes: list[str] = []
    cut = minutes_window(_labelled(labels), notes)
    # the minutes and ten lines either side (lines 51-78 of 108) are kept
    assert [l.text for l in cut.lines] == [f"line {k}" for k in range(50, 78)]
    assert cut.labels == ["other"] * 10 + ["meeting_header", "item_heading"] + ["body"] * 6 + ["other"] * 10
    assert notes == ["pack: the minutes hold 8 of its 108 lines (under 50%); trained on lines 51-78 only"]


def test_minutes_with_a_short_preamble_are_kept_whole() -> None:
    from extractor.structure.training import minutes_window

    labels = ["other"] * 4 + ["meeting_header", "item_heading"] + ["body"] * 10
    notes: list[str] = []
    doc = _labelled(labels)
    assert minutes_window(doc, notes) is doc and notes == []


def test_train_only_the_line_role_model(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "pipeline"
    result = runner.invoke(app, ["train", "--corpus", str(corpus), "--out", str(out), "--quiet", "--only", "line_roles"])
    assert result.exit_code == 0, result.output
    assert (out / "minutes_line_roles" / "model.crfsuite").is_file()
    assert not (out / "minutes_sentence_roles").exists()
    assert "sentence roles" not in result.output
    bad = runner.invoke(app, ["train", "--corpus", str(corpus), "--out", str(out), "--only", "everything"])
    assert bad.exit_code == 2 and "--only 'everything'" in bad.output


def test_an_attendance_list_printed_above_the_meetings_span_is_its_attendance() -> None:
    text = ("Attendees\n\n- Nell Farrant\n- Osric Dunmore\n\n1. Adopt rules\nThe rules were adopted.\n\n"
            "2. Elect officers\nNell Farrant was elected chair.\n")
    first, second = text.index("1. Adopt"), text.index("2. Elect")
    present = [Attendee(name=n, span=(text.index(n), text.index(n) + len(n))) for n in ("Nell Farrant", "Osric Dunmore")]
    # the annotator started the meeting's span at its first item, below the list
    gold = Document(source=Source(path="corpus/raw/x.txt", format="text"), meetings=[Meeting(
        present=present, span=(first, len(text)),
        items=[Item(number="1", title="Adopt rules", span=(first, second)),
               Item(number="2", title="Elect officers", span=(second, len(text)))])])
    featurizer = LineFeaturizer(read_patterns(pipeline_dir() / "minutes_line_roles" / "patterns.json"))
    lines = text_lines(text)
    labels = dict(zip((l.text for l in lines), line_labels(gold, text, lines, featurizer.groups.get("attendance"),
                                                            featurizer.furniture)))
    assert labels["- Nell Farrant"] == labels["- Osric Dunmore"] == "attendance_entry"
    assert labels["1. Adopt rules"] == labels["2. Elect officers"] == "item_heading"


def test_python_m_extractor_cli_runs_train() -> None:
    import os
    import subprocess
    import sys

    root = Path(__file__).resolve().parents[1]
    env = {**os.environ, "PYTHONPATH": str(root)}
    done = subprocess.run([sys.executable, "-m", "extractor.cli", "train", "--help"], cwd=root, env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "--only" in done.stdout and "--ablation" in done.stdout


def test_cross_validation_scores_every_train_line_once_on_a_model_that_never_saw_its_body(corpus: Path) -> None:
    from extractor.structure.crossval import line_cv

    featurizer = LineFeaturizer(read_patterns(pipeline_dir() / "minutes_line_roles" / "patterns.json"))
    first, strong = line_cv(corpus, featurizer, k=2, settings=(None, {"c2": 50.0}))
    # the four train files (t1-t4: five meetings of 5 header and attendance lines plus 2 lines an item, 11 items) have 47 non-blank lines; the dev file none of them
    train_lines = sum(len(text_lines(DOCS[n][1])) for n in ("t1", "t2", "t3", "t4"))
    assert first.lines == strong.lines == train_lines == 47
    assert first.per_label["attendance_heading"]["support"] == 5  # one "Present:" per meeting
    assert first.per_label["item_heading"]["support"] == 11
    # the same folds and the same optimiser give the same scores
    again = line_cv(corpus, featurizer, k=2)[0]
    assert again.per_label == first.per_label


def test_cross_validation_writes_each_held_out_record_extracted_with_its_folds_model(corpus: Path, tmp_path: Path) -> None:
    from extractor.structure.crossval import heldout_records, line_cv

    featurizer = LineFeaturizer(read_patterns(pipeline_dir() / "minutes_line_roles" / "patterns.json"))
    out = tmp_path / "pred"
    write = heldout_records(corpus, out)
    held_out: list[str] = []

    def on_fold(held: list[str], model: bytes) -> None:
        assert model  # the model trained on the other fold
        held_out.extend(held)
        write(held, model)

    line_cv(corpus, featurizer, k=2, on_fold=on_fold)
    # every train file is held out once (the dev file never), and its record is written under its id
    assert sorted(held_out) == ["t1", "t2", "t3", "t4"]
    assert sorted(p.name for p in out.iterdir()) == ["t1.json", "t2.json", "t3.json", "t4.json"]
    record = Document.model_validate_json((out / "t4.json").read_text(encoding="utf-8"))
    assert record.source.path.endswith("t4.txt")


# ----------------------------------------------------------------------------- line features


def _features(text: str) -> dict[str, list[str]]:
    """Each line's own features (not its neighbours'), by line text."""
    featurizer = LineFeaturizer(read_patterns(pipeline_dir() / "minutes_line_roles" / "patterns.json"))
    lines = text_lines(text)
    return {l.text: [f for f in feats if f[:1] not in "+-" and not f.startswith(("next_", "prev_"))]
            for l, feats in zip(lines, featurizer.document(lines, len(text)))}


NESTED = """BRACKENWOLD PARISH COUNCIL
Minutes of the meeting held on 3 March 2025

1. Apologies
None.
2. Planning
(a) Extension at Quillfeather Barn
No objection.
(b) Two dwellings on Otterbury Lane
Objection raised.
2.1 Enforcement
Noted.
3. Finance
(a) Accounts for payment
"""


def test_a_numbering_scheme_is_ranked_by_where_the_document_first_uses_it() -> None:
    feats = _features(NESTED)

    def rank(line: str) -> list[str]:
        return [f for f in feats[line] if f.startswith("num_rank")]

    # "1." is the first scheme the minutes use: the items; "(a)" comes second, "2.1" third
    assert rank("1. Apologies") == rank("3. Finance") == ["num_rank=1"]
    assert rank("(a) Extension at Quillfeather Barn") == rank("(a) Accounts for payment") == ["num_rank=2"]
    assert rank("2.1 Enforcement") == ["num_rank=3+"]
    assert rank("None.") == rank("BRACKENWOLD PARISH COUNCIL") == []
    # the rank is also one of the features the next line sees of the line above it
    featurizer = LineFeaturizer(read_patterns(pipeline_dir() / "minutes_line_roles" / "patterns.json"))
    lines = text_lines(NESTED)
    below = featurizer.document(lines, len(NESTED))[[l.text for l in lines].index("No objection.")]
    assert "-1:num_rank=2" in below


def test_the_share_of_capitals_is_a_feature_in_quarters() -> None:
    feats = _features(NESTED)

    def upper(line: str) -> list[str]:
        return [f for f in feats[line] if f.startswith("upper_q")]

    assert upper("BRACKENWOLD PARISH COUNCIL") == ["upper_q=4"]  # all capitals
    assert upper("No objection.") == ["upper_q=0"]  # 1 capital of 11 letters
    assert upper("2.1 Enforcement") == ["upper_q=0"]
    assert _features("EXTENSION at Otterbury\n")["EXTENSION at Otterbury"].count("upper_q=2") == 1  # 10 capitals of 20 letters


def test_a_line_is_compared_in_length_with_the_line_above() -> None:
    text = ("The clerk reported that the hedge along the churchyard wall had been cut back and that the "
            "contractor would return in the spring.\n4. Grass Cutting\nThree quotes were received for the season.\n")
    feats = _features(text)
    assert "len_vs_prev=shorter" in feats["4. Grass Cutting"]  # 16 characters under a 129-character paragraph
    assert "len_vs_prev=longer" in feats["Three quotes were received for the season."]  # 42 after 16
    assert not any(f.startswith("len_vs_prev") for f in feats[text.splitlines()[0]])  # nothing above the first line
    assert "len_vs_prev=similar" in _features("5. Footpaths\n6. Bus Shelter\n")["6. Bus Shelter"]


@pytest.mark.parametrize("line, key", [
    ("7. Grass Cutting", ("arabic_dot|#.", 7)),
    ("25/131 Footpaths", ("file_number|25/#", 131)),  # the year stays in the key: 25/132 follows it
    ("c) Bus shelter", ("lettered|@)", 3)),
    ("IX. REPORTS", ("roman_upper|#.", 9)),
    ("Item 14 Allotment rents", ("item_word|item #", 14)),  # both digits, not only the first
    ("5.2 Garage at Halsworth Row", ("decimal|5.#", 2)),
    ("5212Any Other Business", ("glued|#", 5212)),  # a minute number printed against its title
    ("None received.", None),
    ("2025 was a dry year.", None),
])
def test_a_numbered_line_has_a_counter_that_its_successor_shares(line: str, key: tuple[str, int] | None) -> None:
    m = _scheme_match(line)
    assert number_key(line, m.lastgroup if m else "none", m.group(0) if m else "") == key


WRENFIELD = """WRENFIELD TOWN COUNCIL
Minutes of the meeting held on 9 June 2025

4. Apologies
None received.
5. Planning
5.1 Extension at Copperbeck Farm
No objection.
5.2 Garage at Halsworth Row
Objection raised.
6. Finance
1. The clerk reported the balance.
1. The clerk reported the precept.
7. Footpaths
Noted.
8. Close
The meeting closed at 9.10 pm.
"""


def test_a_heading_number_links_to_its_predecessor_and_successor_in_the_main_counter() -> None:
    feats = _features(WRENFIELD)

    def links(line: str) -> set[str]:
        return {f for f in feats[line] if f.startswith("link=")}

    assert links("4. Apologies") == {"link=succ"}  # "5." follows; nothing before it
    assert links("5. Planning") == {"link=prev", "link=pred", "link=succ"}
    # the paragraphs numbered "1." share the items' counter but continue nothing; the second repeats the first
    assert links("1. The clerk reported the balance.") == set()
    assert links("1. The clerk reported the precept.") == {"link=dup"}
    # "6." is three lines up, not the last "1."-style number, so "7." has a predecessor but does not follow the last
    assert links("7. Footpaths") == {"link=pred", "link=succ"}
    assert links("8. Close") == {"link=prev", "link=pred"}
    # decimal sub-items of the current item "5." (the document's main counter: "4." to "8.")
    assert links("5.1 Extension at Copperbeck Farm") == {"link=succ", "link=child"}
    assert links("5.2 Garage at Halsworth Row") == {"link=prev", "link=pred", "link=child"}
    assert links("None received.") == links("WRENFIELD TOWN COUNCIL") == set()


def test_a_line_knows_how_many_lines_of_the_document_are_printed_like_it() -> None:
    feats = _features(WRENFIELD)

    def style(line: str) -> list[str]:
        return [f for f in feats[line] if f.startswith("style_n")]

    # "5." to "8.": numbered, capitalised, no stop, no blank line around: four alike
    assert style("5. Planning") == style("8. Close") == ["style_n=4-9"]
    assert style("4. Apologies") == ["style_n=1"]  # the blank line above sets it apart
    assert style("5.1 Extension at Copperbeck Farm") == ["style_n=2-3"]
    assert style("WRENFIELD TOWN COUNCIL") == ["style_n=1"]
    assert style("No objection.") == style("Noted.") == ["style_n=4-9"]  # four short sentences
    long = ("The clerk read a letter from the county council about the closure of the lane "
            "for resurfacing in the autumn.")  # 108 characters: running text, not compared
    assert [f for f in _features(long + "\n")[long] if f.startswith("style_n")] == []
