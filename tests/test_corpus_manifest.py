"""The corpus as the breadth issue defines it: counts, splits by body, sources, spans.

These checks are what keep accuracy figures honest: a body in two splits leaks what
the rules were tuned on into the score; a reserved source in the corpus spoils the
independent evaluation; a span that does not hold its record teaches a model the
wrong thing.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from pathlib import Path

import pytest

from extractor.evaluation.gold_spans import check_spans
from extractor.evaluation.manifest import Row, read_manifest
from extractor.evaluation.reserved import hash_list, is_reserved, read_hashes
from extractor.schema import Document

from conftest import GOLD, ROOT, canonical_text

CORPUS = ROOT / "corpus"
ROWS = read_manifest(CORPUS / "manifest.csv")
OLD = [r for r in ROWS if r.id.startswith(("seed_", "dev_"))]
NEW = [r for r in ROWS if r not in OLD]
NEW_BODIES = {r.body_key for r in NEW}
# Documents added after the split was drawn, to give the trained models more to learn from
# (ids "xa_" ... "xz_", then "ya_", ...). They all go to train: dev and test stay the sets every earlier
# figure was measured on, so the split proportions are those of the drawn corpus.
SUPPLEMENT = [r for r in NEW if len(r.id) > 3 and r.id[0] in "xy" and r.id[1].isalpha() and r.id[2] == "_"]
DRAWN = [r for r in NEW if r not in SUPPLEMENT]

MINIMUM_BY_KIND = {
    "england_parish": 25,
    "england_principal": 20,
    "scotland_wales_ni": 15,
    "ireland": 10,
    "us": 25,
    "canada": 10,
    "australia_nz": 15,
    "other_board": 10,
}


def canonical(file: str) -> str:
    return canonical_text(CORPUS / file)


def gold_of(row: Row) -> Document:
    return Document.model_validate_json((GOLD / f"{row.id}.json").read_text(encoding="utf-8"))


def test_new_documents_meet_the_counts_of_the_breadth_issue() -> None:
    assert len(NEW) >= 150, f"{len(NEW)} new documents; the issue asks for 150"
    assert len(NEW_BODIES) >= 100, f"{len(NEW_BODIES)} new bodies; the issue asks for 100"
    kinds = Counter(r.kind for r in NEW)
    short = {k: f"{kinds[k]} < {n}" for k, n in MINIMUM_BY_KIND.items() if kinds[k] < n}
    assert not short, f"too few documents of these kinds: {short}"
    full = sum(r.length == "full" for r in NEW)
    assert full >= 60, f"{full} full-length documents; the issue asks for 60"
    pdfs = [r for r in NEW if r.format == "pdf"]
    assert len(pdfs) >= 25, f"{len(pdfs)} PDFs; the issue asks for 25"


def test_at_least_five_new_pdfs_are_long_packs_or_archives() -> None:
    import pypdfium2

    long_ones = []
    for r in NEW:
        if r.format == "pdf":
            pdf = pypdfium2.PdfDocument(str(CORPUS / r.file))
            if len(pdf) >= 20:
                long_ones.append(r.id)
            pdf.close()
    assert len(long_ones) >= 5, f"PDFs of 20+ pages: {long_ones}"


def test_no_body_has_more_than_three_new_documents() -> None:
    per_body = Counter(r.body_key for r in NEW)
    assert not [b for b, n in per_body.items() if n > 3], per_body.most_common(3)


def test_no_new_body_was_already_in_the_corpus() -> None:
    old = {r.body_key for r in OLD}
    assert not NEW_BODIES & old


def test_ids_files_and_formats_agree() -> None:
    ids = [r.id for r in ROWS]
    assert len(ids) == len(set(ids)), [i for i, n in Counter(ids).items() if n > 1]
    suffix = {"txt": ".txt", "html": ".html", "pdf": ".pdf"}
    bad = [r.id for r in ROWS if r.file != f"raw/{r.id}{suffix[r.format]}" and not (r.format == "html" and r.file == f"raw/{r.id}.htm")]
    assert not bad, f"file column is not raw/<id>.<format>: {bad}"
    missing = [r.file for r in ROWS if not (CORPUS / r.file).is_file()]
    assert not missing, f"manifest names files that do not exist: {missing}"


def test_every_raw_document_is_in_the_manifest() -> None:
    listed = {r.file for r in ROWS}
    raw = {f"raw/{p.name}" for p in (CORPUS / "raw").iterdir() if p.suffix in {".txt", ".html", ".htm", ".pdf"}}
    assert raw - listed == set(), f"raw files missing from the manifest: {sorted(raw - listed)}"


def test_every_document_has_a_gold_record_naming_its_file() -> None:
    problems = []
    for r in ROWS:
        path = GOLD / f"{r.id}.json"
        if not path.is_file():
            problems.append(f"{r.id}: no gold record")
            continue
        doc = gold_of(r)
        if doc.source.path != f"corpus/{r.file}":
            problems.append(f"{r.id}: source.path {doc.source.path!r} is not corpus/{r.file}")
        fmt = {"txt": "text"}.get(r.format, r.format)
        if doc.source.format != fmt:
            problems.append(f"{r.id}: source.format {doc.source.format!r}, manifest says {r.format}")
    assert not problems, "\n".join(problems)


def test_every_document_is_in_a_split_and_no_body_in_two() -> None:
    assert all(r.split in {"train", "dev", "test"} for r in ROWS), [r.id for r in ROWS if not r.split]
    splits_of = defaultdict(set)
    for r in ROWS:
        splits_of[r.body_key].add(r.split)
    leaks = {b: s for b, s in splits_of.items() if len(s) > 1}
    assert not leaks, f"bodies in more than one split: {leaks}"


def test_the_original_documents_are_all_train() -> None:
    assert len(OLD) == 35
    assert {r.split for r in OLD} == {"train"}


def test_splits_are_near_half_quarter_quarter_and_cover_every_kind() -> None:
    counts = Counter(r.split for r in DRAWN)
    total = len(DRAWN)
    assert 0.40 <= counts["train"] / total <= 0.60, counts
    assert 0.18 <= counts["dev"] / total <= 0.32, counts
    assert 0.18 <= counts["test"] / total <= 0.32, counts
    for split in ("dev", "test"):
        kinds = {r.kind for r in NEW if r.split == split}
        assert kinds == set(MINIMUM_BY_KIND), f"{split} lacks kinds {set(MINIMUM_BY_KIND) - kinds}"
        lengths = {r.length for r in NEW if r.split == split}
        assert lengths == {"full", "excerpt"}, f"{split} has only {lengths}"


def test_the_training_supplement_is_all_train_and_shares_no_body_with_dev_or_test() -> None:
    assert SUPPLEMENT, "no supplement documents (ids xa_, xb_, ..., ya_, ...)"
    assert {r.split for r in SUPPLEMENT} == {"train"}
    held_out = {r.body_key for r in ROWS if r.split in ("dev", "test")}
    shared = sorted(r.id for r in SUPPLEMENT if r.body_key in held_out)
    assert not shared, f"supplement documents from a dev or test body: {shared}"


def test_no_source_is_reserved_for_independent_evaluation() -> None:
    hashes = read_hashes()
    assert len(hashes) > 50, "corpus/reserved-sources.sha256 is missing entries"
    bad = [f"{r.id}: {r.source}" for r in ROWS if is_reserved(r.source, hashes)]
    assert not bad, "reserved sources in the corpus:\n" + "\n".join(bad)


def test_reserved_source_check_recognises_a_reserved_repo_file_and_page() -> None:
    """The check above must be able to fail: a file of a reserved repo and a reserved page are caught
    (an invented list, hashed the way the corpus's list is)."""
    hashes = set(hash_list("repo Example-Org/Parish-Minutes\npage https://www.example.gov.uk/minutes/2020-01/\n"))
    assert is_reserved("example-org/parish-minutes:minutes/2020-01.md@0123456789abcdef", hashes)
    assert is_reserved("http://example.gov.uk/minutes/2020-01", hashes)
    assert not is_reserved("example-org/other-minutes:minutes/2020-01.md@0123", hashes)
    assert not is_reserved("https://example.gov.uk/minutes/2020-02/", hashes)


def test_reserved_source_check_recognises_a_reserved_repo_however_it_is_written() -> None:
    """A collector checks a repository before opening any of its files, typed as the fetch tool
    takes it or as a browser shows it; every form must be caught, not only ``owner/name:path``."""
    hashes = set(hash_list("repo Example-Org/Parish-Minutes\n"))
    for form in ("github:example-org/parish-minutes", "Example-Org/Parish-Minutes",
                 "https://github.com/example-org/parish-minutes/blob/main/2020/01.md",
                 "https://raw.githubusercontent.com/example-org/parish-minutes/main/2020/01.md",
                 "github:example-org/parish-minutes@0123456789abcdef"):
        assert is_reserved(form, hashes), form
    assert not is_reserved("github:example-org/parish-minutes-archive", hashes)
    assert not is_reserved("https://github.com/example-org/other-minutes", hashes)


def test_every_gold_record_carries_a_span_that_holds_it() -> None:
    problems = []
    for r in ROWS:
        doc = gold_of(r)
        text = canonical(r.file)
        problems += [f"{r.id}: {p}" for p in check_spans(doc, text)]
        for m, meeting in enumerate(doc.meetings):
            people = meeting.present + meeting.apologies + meeting.officers
            records = [("attendee", a) for a in people]
            for item in meeting.items:
                if item.span is None and (item.title or item.speakers or item.resolutions or item.actions):
                    problems.append(f"{r.id}: meeting {m} item {item.number!r} has no span")
                for kind in ("speakers", "questions", "resolutions", "figures", "actions"):
                    records += [(kind, x) for x in getattr(item, kind)]
            problems += [f"{r.id}: meeting {m} {k} {getattr(x, 'name', None) or getattr(x, 'text', '')!r} has no span"
                         for k, x in records if x.span is None]
    assert not problems, f"{len(problems)} span problems:\n" + "\n".join(problems[:40])


IAA = sorted((CORPUS / "iaa").glob("*.json"))


def test_at_least_twenty_documents_have_a_second_blind_annotation() -> None:
    ids = {r.id for r in ROWS}
    assert len(IAA) >= 20, f"{len(IAA)} second annotations; the issue asks for 20"
    strays = [p.stem for p in IAA if p.stem not in ids]
    assert not strays, f"second annotations of documents not in the manifest: {strays}"


@pytest.mark.parametrize("path", IAA, ids=lambda p: p.stem)
def test_second_annotation_validates_and_its_spans_hold(path: Path) -> None:
    doc = Document.model_validate_json(path.read_text(encoding="utf-8"))
    row = next(r for r in ROWS if r.id == path.stem)
    assert doc.source.path == f"corpus/{row.file}"
    assert not check_spans(doc, canonical(row.file))
