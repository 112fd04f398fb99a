"""OCR of scanned PDFs: a train-split parish council's minutes typeset to PDF, its pages
turned into images (a scanned PDF, and a typed PDF with one scanned page), read with
``--ocr auto`` give the same meetings, attendance, items and decisions as the text
itself; pages that were OCR'd are named in the record; without Tesseract the run warns
once, counts the files and exits 0; ``--timeout`` stops OCR too."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from conftest import raw_path
from typer.testing import CliRunner

import extractor
from extractor.cli import app
from extractor.readers.ocr import NO_TESSERACT, available, hocr_lines, pages_to_read
from extractor.readers.pdf import extract_page_lines
from pdfmaker import make_pdf
from scanmaker import make_scan

SOURCE = "pa_11"  # train split: 2 pages typeset; 10 present, 5 numbered items, a resolution

needs_tesseract = pytest.mark.skipif(
    available() is not None and not os.environ.get("CI"),  # CI installs it (.ci/run): there a missing one fails
    reason="Tesseract is not installed (apt-get install tesseract-ocr tesseract-ocr-eng)",
)


@pytest.fixture(scope="module")
def pdfs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("ocr")
    text_pdf = folder / "typed.pdf"
    assert make_pdf(raw_path(SOURCE).read_text(encoding="utf-8"), text_pdf, header="Minutes page {page}") == 2
    make_scan(text_pdf, folder / "scanned.pdf")
    make_scan(text_pdf, folder / "mixed.pdf", image_pages=[1])
    return {"typed": text_pdf, "scanned": folder / "scanned.pdf", "mixed": folder / "mixed.pdf"}


def _what_users_read(record) -> list[tuple]:  # type: ignore[no-untyped-def]
    return [(
        m.body, m.date,
        [a.name for a in m.present], [a.name for a in m.apologies], [a.name for a in m.officers],
        [(i.number, i.title, [r.text for r in i.resolutions], [(f.value, f.unit) for f in i.figures],
          [a.text for a in i.actions]) for i in m.items],
    ) for m in record.meetings]


@pytest.fixture(scope="module")
def text_record(nlp):  # type: ignore[no-untyped-def]
    record = extractor.extract(raw_path(SOURCE), nlp=nlp)
    people = _what_users_read(record)[0]
    assert len(people[2]) == 10 and len(people[5]) == 5  # not an empty comparison
    return record


def test_pages_without_text_are_found(pdfs: dict[str, Path]) -> None:
    def chosen(name: str, mode: str) -> list[int]:
        raw = pdfs[name].read_bytes()
        return pages_to_read(raw, extract_page_lines(raw), mode)

    assert chosen("scanned", "auto") == [0, 1]
    assert chosen("mixed", "auto") == [1]
    assert chosen("typed", "auto") == []
    assert chosen("typed", "always") == [0, 1]
    assert chosen("scanned", "never") == []


@needs_tesseract
def test_scanned_pdf_reads_like_the_text(nlp, pdfs: dict[str, Path], text_record) -> None:  # type: ignore[no-untyped-def]
    record = extractor.extract(pdfs["scanned"], nlp=nlp)
    assert record.source.ocr_pages == [1, 2]
    assert any(w.startswith("OCR: pages 1-2 of 2 read by OCR") for w in record.warnings)
    assert _what_users_read(record) == _what_users_read(text_record)


@needs_tesseract
def test_scanned_page_inside_a_typed_pdf_is_read(nlp, pdfs: dict[str, Path], text_record) -> None:  # type: ignore[no-untyped-def]
    record = extractor.extract(pdfs["mixed"], nlp=nlp)
    assert record.source.ocr_pages == [2]
    assert any(w.startswith("OCR: page 2 of 2 read by OCR") for w in record.warnings)
    assert _what_users_read(record) == _what_users_read(text_record)


def test_ocr_never_leaves_the_scan_unread(nlp, pdfs: dict[str, Path]) -> None:
    record = extractor.extract(pdfs["scanned"], nlp=nlp, ocr="never")
    assert record.source.ocr_pages == [] and record.meetings == []
    assert record.warnings == ["no text layer (scanned?): the PDF's pages hold no extractable text (--ocr auto reads scanned pages)"]


def test_without_tesseract_one_warning_a_count_and_exit_0(pdfs: dict[str, Path], tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("MINUTES_TESSERACT", str(tmp_path / "no-such-tesseract"))
    folder = tmp_path / "archive"
    folder.mkdir()
    for name in ("scanned", "mixed", "typed"):
        (folder / f"{name}.pdf").write_bytes(pdfs[name].read_bytes())
    out = tmp_path / "out"
    result = CliRunner().invoke(app, ["extract", str(folder), "-o", str(out), "--jobs", "1"])
    assert result.exit_code == 0, result.output
    assert result.output.count("warning: " + NO_TESSERACT) == 1  # one warning for the two files
    assert "warning: scanned PDF: install tesseract-ocr to read it (apt-get install tesseract-ocr tesseract-ocr-eng)" in result.output
    assert "2 scanned PDFs not read (install tesseract-ocr)" in result.output
    scanned = json.loads((out / "scanned.json").read_text())
    assert scanned["source"]["ocr_pages"] == []
    assert scanned["warnings"][0].startswith(NO_TESSERACT) and "2 of 2 pages have no text layer" in scanned["warnings"][0]
    mixed = json.loads((out / "mixed.json").read_text())
    assert mixed["meetings"] and "1 of 2 pages have no text layer" in mixed["warnings"][0]  # page 1 still read
    assert not (out / "errors.jsonl").exists()


def test_single_file_without_tesseract_warns_on_stderr(pdfs: dict[str, Path], tmp_path: Path) -> None:
    env = dict(os.environ, MINUTES_TESSERACT=str(tmp_path / "none"))
    minutes = Path(sys.executable).with_name("minutes")  # the console script, as users run it
    done = subprocess.run([str(minutes), "extract", str(pdfs["scanned"])],
                          capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0
    assert json.loads(done.stdout)["source"]["format"] == "pdf"
    assert done.stderr.strip() == f"warning: {pdfs['scanned']}: {NO_TESSERACT} (apt-get install tesseract-ocr tesseract-ocr-eng)"


def _stuck_processes(token: str) -> list[int]:
    """Process ids of the stuck stand-in for Tesseract started under ``token``."""
    found = []
    for proc in Path("/proc").glob("[0-9]*"):
        try:
            if (proc / "cmdline").read_bytes() == b"sleep\x003599\x00" and token.encode() in (proc / "environ").read_bytes():
                found.append(int(proc.name))
        except OSError:
            pass
    return found


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the child is tied to its worker on Linux")
def test_timeout_stops_the_ocr_too(pdfs: dict[str, Path], tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    # A Tesseract stuck on a page (a stand-in that never finishes): --timeout stops the
    # file, and the stuck program must go with its worker, not run on.
    stuck = tmp_path / "tesseract"
    stuck.write_text('#!/bin/sh\nif [ "$1" = "--list-langs" ]; then echo eng; exit 0; fi\nexec sleep 3599\n')
    stuck.chmod(0o755)
    token = f"minutes-timeout-test-{os.getpid()}-{time.monotonic_ns()}"
    monkeypatch.setenv("MINUTES_TESSERACT", str(stuck))
    monkeypatch.setenv("MINUTES_TEST_RUN", token)  # inherited by the worker and what it starts
    seen = []  # stuck processes of this run, polled while it goes
    running = True

    def watch() -> None:
        while running:
            seen.append(len(_stuck_processes(token)))
            time.sleep(0.05)

    watcher = threading.Thread(target=watch, daemon=True)
    watcher.start()
    out = tmp_path / "out"
    try:
        result = CliRunner().invoke(app, ["extract", str(pdfs["scanned"]), "-o", str(out), "--jobs", "1",
                                          "--timeout", "2", "--quiet"])
    finally:
        running = False
        watcher.join()
    assert max(seen) == 1, "the stand-in never ran: the test proves nothing"
    assert result.exit_code == 1
    error = json.loads((out / "errors.jsonl").read_text().splitlines()[0])
    assert error["kind"] == "timeout"
    deadline = time.monotonic() + 2
    while _stuck_processes(token) and time.monotonic() < deadline:
        time.sleep(0.05)
    left = _stuck_processes(token)
    for pid in left:  # do not leave them behind when the test fails
        os.kill(pid, 9)
    assert left == [], "Tesseract went on after its worker was stopped"


# A hand-written hOCR page (300 dpi, A4: 3508 px high): a wrapped two-line paragraph, then
# after a blank line's gap a heading; "&amp;" and <strong> as Tesseract writes them.
HOCR = """<div class='ocr_page' id='page_1' title='bbox 0 0 2481 3508'>
<p class='ocr_par'><span class='ocr_line' id='line_1' title="bbox 236 300 2200 342; baseline 0 -9; x_size 42">
<span class='ocrx_word' id='w1' title='bbox 236 300 380 333; x_wconf 96'>Members</span>
<span class='ocrx_word' id='w2' title='bbox 400 300 2200 342; x_wconf 90'>noted&amp;agreed</span></span>
<span class='ocr_line' id='line_2' title="bbox 236 354 900 396; baseline 0 -9; x_size 42">
<span class='ocrx_word' id='w3' title='bbox 236 354 900 396; x_wconf 95'><strong>report.</strong></span></span></p>
<p class='ocr_par'><span class='ocr_header' id='line_3' title="bbox 236 516 700 558; baseline 0 -9; x_size 42">
<span class='ocrx_word' id='w4' title='bbox 236 516 300 549; x_wconf 95'>2.</span>
<span class='ocrx_word' id='w5' title='bbox 320 516 700 558; x_wconf 95'>Finance</span></span></p>
</div>"""


def test_hocr_lines_carry_page_geometry() -> None:
    lines = hocr_lines(HOCR, 842.0, 300.0)
    assert [line.text for line in lines] == ["Members noted&agreed", "report.", "2. Finance"]
    first = lines[0]
    assert first.x0 == pytest.approx(236 * 72 / 300) and first.x1 == pytest.approx(2200 * 72 / 300)
    assert first.bottom == pytest.approx(842 - (342 - 9) * 72 / 300)  # the baseline, y up
    assert first.height == pytest.approx(42 * 72 / 300) and first.word == pytest.approx(144 * 72 / 300)
    assert [line.block_start for line in lines] == [True, False, True]  # 54 px step, then 162 px


def _tilted_page(slope: float) -> str:
    """Two lines of one column, 2,000 px apart, on a page scanned at a slant: the lower
    line starts further left by slope x 2,000 px, and each baseline slopes by ``slope``."""
    lines = []
    for k, (left, top) in enumerate(((236, 300), (236 - round(2000 * slope), 2300))):
        lines.append(
            f"<span class='ocr_line' id='l{k}' title=\"bbox {left} {top} {left + 1800} {top + 42}; baseline {slope} -9; x_size 42\">"
            f"<span class='ocrx_word' id='w{k}' title='bbox {left} {top} {left + 300} {top + 33}; x_wconf 95'>Councillor</span>"
            f"<span class='ocrx_word' id='x{k}' title='bbox {left + 320} {top} {left + 340} {top + 30}; x_wconf 31'>|</span>"
            "</span>")
    return "".join(lines)


def test_a_slanted_scan_is_set_straight_and_specks_go() -> None:
    level = hocr_lines(_tilted_page(0.0), 842.0, 300.0)
    tilted = hocr_lines(_tilted_page(0.02), 842.0, 300.0)  # about 1.1 degrees
    assert abs(level[0].x0 - level[1].x0) < 0.01
    assert abs(tilted[0].x0 - tilted[1].x0) < 0.5  # 9.6 pt apart on the image: one column again
    assert [line.text for line in tilted] == ["Councillor", "Councillor"]  # a low-confidence "|" is dirt
