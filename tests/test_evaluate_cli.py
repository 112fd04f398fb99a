"""``minutes evaluate`` as a user runs it: exit codes, JSON output, clear messages."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from extractor.cli import app
from extractor.schema import Document, Item, Meeting, Source

runner = CliRunner()


@pytest.fixture()
def corpus(tmp_path: Path) -> dict[str, Path]:
    """A one-document gold folder and a prediction folder that finds one of its two items."""
    gold_dir, pred_dir = tmp_path / "corpus" / "gold", tmp_path / "pred"
    gold_dir.mkdir(parents=True)
    pred_dir.mkdir()
    source = Source(path="corpus/raw/council_minutes.txt")
    gold = Document(source=source, meetings=[Meeting(items=[Item(number="1", title="Apologies"), Item(number="2", title="Budget")])])
    pred = Document(source=source, meetings=[Meeting(items=[Item(number="1", title="Apologies for absence")])])
    (gold_dir / "council_minutes.json").write_text(gold.to_json(), encoding="utf-8")
    (pred_dir / "council_minutes.json").write_text(pred.to_json(), encoding="utf-8")
    return {"gold": gold_dir, "pred": pred_dir}


def test_json_output_parses_and_has_the_scores(corpus: dict[str, Path]) -> None:
    result = runner.invoke(app, ["evaluate", "--gold", str(corpus["gold"]), "--pred", str(corpus["pred"]), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    # "Apologies" vs "Apologies for absence": title F1 = 2/4 = 0.5 < 0.8, so nothing matches.
    assert data["types"]["items"] == {"precision": 0.0, "recall": 0.0, "f1": 0.0, "gold": 2, "pred": 1, "matched": 0}
    assert data["macro_f1"] == 0.0


def test_errors_name_the_missed_and_extra_records(corpus: dict[str, Path]) -> None:
    result = runner.invoke(app, ["evaluate", "--gold", str(corpus["gold"]), "--pred", str(corpus["pred"]), "--errors"])
    assert result.exit_code == 0, result.output
    assert "MISSED item: 2 Budget" in result.stdout
    assert "EXTRA  item: 1 Apologies for absence" in result.stdout


def test_fail_under_above_the_score_exits_1(corpus: dict[str, Path]) -> None:
    result = runner.invoke(app, ["evaluate", "--gold", str(corpus["gold"]), "--pred", str(corpus["gold"]), "--fail-under", "1.01"])
    assert result.exit_code == 1
    assert "below the floor" in result.output


def test_fail_under_met_exits_0(corpus: dict[str, Path]) -> None:
    result = runner.invoke(app, ["evaluate", "--gold", str(corpus["gold"]), "--pred", str(corpus["gold"]), "--fail-under", "1.0"])
    assert result.exit_code == 0, result.output


def test_missing_gold_dir_exits_2_naming_it(tmp_path: Path) -> None:
    missing = tmp_path / "no_such_gold"
    result = runner.invoke(app, ["evaluate", "--gold", str(missing)])
    assert result.exit_code == 2
    assert str(missing) in result.output
    assert "Traceback" not in result.output


def test_invalid_gold_file_exits_2_naming_it(tmp_path: Path) -> None:
    gold_dir = tmp_path / "gold"
    gold_dir.mkdir()
    (gold_dir / "broken.json").write_text('{"meetings": [{"itemz": []}]}', encoding="utf-8")
    result = runner.invoke(app, ["evaluate", "--gold", str(gold_dir), "--pred", str(tmp_path)])
    assert result.exit_code == 2
    assert "broken.json" in result.output


def test_missing_prediction_warns_and_counts_all_missed(corpus: dict[str, Path], tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    result = runner.invoke(app, ["evaluate", "--gold", str(corpus["gold"]), "--pred", str(empty), "--json"])
    assert result.exit_code == 0
    assert json.loads(result.stdout)["types"]["items"]["recall"] == 0.0
    assert "no prediction" in result.stderr


def test_doc_option_selects_documents_and_rejects_unknown_names(corpus: dict[str, Path]) -> None:
    args = ["evaluate", "--gold", str(corpus["gold"]), "--pred", str(corpus["gold"]), "--json"]
    chosen = runner.invoke(app, args + ["--doc", "council_min"])
    assert chosen.exit_code == 0 and json.loads(chosen.stdout)["documents"] == 1
    unknown = runner.invoke(app, args + ["--doc", "nothing_like_this"])
    assert unknown.exit_code == 2
    assert "nothing_like_this" in unknown.output


def test_default_gold_dir_is_corpus_gold_under_the_current_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["evaluate"])
    assert result.exit_code == 2
    assert str(Path("corpus") / "gold") in result.output


def _manifest(corpus_dir: Path, rows: list[tuple[str, str, str, str]]) -> None:
    """rows: (id, body, kind, split); every document a full-length English text."""
    lines = ["id,file,body,kind,country,format,length,split,source"]
    lines += [f"{i},raw/{i}.txt,{body},{kind},England,txt,full,{split},https://example.org/{i}" for i, body, kind, split in rows]
    (corpus_dir / "manifest.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")


@pytest.fixture()
def split_corpus(tmp_path: Path) -> dict[str, Path]:
    """Three documents in three splits; the prediction gets only the dev document right."""
    gold_dir, pred_dir = tmp_path / "corpus" / "gold", tmp_path / "pred"
    gold_dir.mkdir(parents=True)
    pred_dir.mkdir()
    for name, title in (("a", "Allotments"), ("b", "Budget"), ("c", "Cemetery")):
        gold = Document(source=Source(path=f"corpus/raw/{name}.txt"), meetings=[Meeting(items=[Item(number="1", title=title)])])
        (gold_dir / f"{name}.json").write_text(gold.to_json(), encoding="utf-8")
    right = Document(source=Source(path="corpus/raw/b.txt"), meetings=[Meeting(items=[Item(number="1", title="Budget")])])
    (pred_dir / "b.json").write_text(right.to_json(), encoding="utf-8")
    _manifest(tmp_path / "corpus", [("a", "Ashby Parish Council", "england_parish", "train"),
                                    ("b", "Bolton Town Council", "england_parish", "dev"),
                                    ("c", "Crewe Town Council", "england_principal", "test")])
    return {"gold": gold_dir, "pred": pred_dir}


def _scores(args: list[str]) -> dict:
    result = runner.invoke(app, ["evaluate", *args, "--json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_split_defaults_to_dev_when_the_corpus_has_a_manifest(split_corpus: dict[str, Path]) -> None:
    data = _scores(["--gold", str(split_corpus["gold"]), "--pred", str(split_corpus["pred"])])
    assert data["split"] == "dev"
    assert data["documents"] == 1
    assert data["macro_f1"] == 1.0


def test_split_selects_each_split_and_all(split_corpus: dict[str, Path]) -> None:
    base = ["--gold", str(split_corpus["gold"]), "--pred", str(split_corpus["pred"])]
    assert _scores(base + ["--split", "test"])["types"]["items"]["recall"] == 0.0
    assert _scores(base + ["--split", "train"])["documents"] == 1
    everything = _scores(base + ["--split", "all"])
    assert everything["documents"] == 3
    assert everything["types"]["items"]["matched"] == 1


def test_by_kind_breaks_the_scores_down(split_corpus: dict[str, Path]) -> None:
    base = ["--gold", str(split_corpus["gold"]), "--pred", str(split_corpus["pred"])]
    data = _scores(base + ["--split", "all", "--by", "kind"])
    kinds = data["by"]["kind"]
    assert set(kinds) == {"england_parish", "england_principal"}
    assert kinds["england_parish"]["documents"] == 2
    assert kinds["england_parish"]["types"]["items"]["recall"] == 0.5
    assert kinds["england_principal"]["macro_f1"] == 0.0


def test_by_table_lists_each_group(split_corpus: dict[str, Path]) -> None:
    result = runner.invoke(app, ["evaluate", "--gold", str(split_corpus["gold"]), "--pred", str(split_corpus["pred"]),
                                 "--split", "all", "--by", "length"])
    assert result.exit_code == 0, result.output
    assert "F1 by length" in result.stdout
    assert "split: all" in result.stdout


def test_unknown_split_or_grouping_exits_2(split_corpus: dict[str, Path]) -> None:
    for args in (["--split", "validation"], ["--by", "colour"]):
        result = runner.invoke(app, ["evaluate", "--gold", str(split_corpus["gold"]), "--pred", str(split_corpus["pred"]), *args])
        assert result.exit_code == 2
        assert "expected one of" in result.output
        assert "Traceback" not in result.output


def test_split_without_a_manifest_exits_2(corpus: dict[str, Path]) -> None:
    result = runner.invoke(app, ["evaluate", "--gold", str(corpus["gold"]), "--pred", str(corpus["pred"]), "--split", "dev"])
    assert result.exit_code == 2
    assert "manifest" in result.output
