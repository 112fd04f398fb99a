"""How to drive Tesseract (issue 16), measured: our reader's direct call (page rendered
with pypdfium2 at 300 dpi, hOCR from ``tesseract`` on stdin, one thread), the same at
200 dpi, the same with Tesseract's own threads, the same through pytesseract, and
OCRmyPDF (which writes a PDF with a text layer that our pdfium reader then reads), on the
same scanned pages, scored against the gold like ``bench/ocr_quality.py``.

    .venv/bin/python -m bench.ocr_engines [--limit N]

Needs the scans that ``bench.ocr_quality`` left in ``bench/_work/ocr/`` and, for the
last two routes, ``pip install pytesseract`` and the ``ocrmypdf`` program (Debian
package); neither is a dependency of the extractor. Wall-clock seconds per route, the
routes interleaved document by document so that they share the machine's load.
"""

from __future__ import annotations

import argparse
import importlib.util
import shutil
import subprocess
import time
from io import BytesIO
from pathlib import Path
from typing import Any, Callable

from .ocr_quality import WORK, _documents


def _routes(nlp: Any) -> dict[str, Callable[[Path], Any]]:
    import extractor
    from extractor.readers import ocr

    direct = ocr._tesseract

    def ours(dpi: int = 300, threads: str | None = "1", call: Callable[[bytes, float], str] = direct):
        def run(scan: Path) -> Any:
            saved = ocr.DPI, ocr.THREADS, ocr._tesseract
            ocr.DPI, ocr.THREADS, ocr._tesseract = dpi, threads, call
            try:
                return extractor.extract(scan, nlp=nlp, ocr="auto")
            finally:
                ocr.DPI, ocr.THREADS, ocr._tesseract = saved
        return run

    def through_pytesseract(image: bytes, dpi: float) -> str:
        import pytesseract
        from PIL import Image

        return pytesseract.image_to_pdf_or_hocr(Image.open(BytesIO(image)), lang="eng", extension="hocr",
                                                config=f"--dpi {round(dpi)}").decode("utf-8")

    def ocrmypdf(scan: Path) -> Any:
        out = scan.with_suffix(".ocrmypdf.pdf")
        subprocess.run([shutil.which("ocrmypdf") or "ocrmypdf", "-q", "-l", "eng", "--output-type", "pdf",
                        "--optimize", "0", "--jobs", "1", str(scan), str(out)], check=True)
        # pdfium: pdfminer's layout leaves out text inside Form XObjects, where OCRmyPDF puts it
        return extractor.extract(out, nlp=nlp, ocr="never", pdf_backend="pdfium")

    routes = {
        "direct, 300 dpi, 1 thread (shipped)": ours(),
        "direct, 200 dpi": ours(dpi=200),
        "direct, Tesseract's own threads": ours(threads=None),
    }
    if importlib.util.find_spec("pytesseract"):
        routes["pytesseract, 300 dpi, 1 thread"] = ours(call=lambda image, dpi: _one_thread(through_pytesseract, image, dpi))
    else:
        print("pytesseract not installed: route left out")
    if shutil.which("ocrmypdf"):
        routes["OCRmyPDF, its text layer read by pdfium"] = ocrmypdf
    else:
        print("ocrmypdf not installed: route left out")
    return routes


def _one_thread(call: Callable[[bytes, float], str], image: bytes, dpi: float) -> str:
    import os

    saved = os.environ.get("OMP_THREAD_LIMIT")
    os.environ["OMP_THREAD_LIMIT"] = "1"
    try:
        return call(image, dpi)
    finally:
        if saved is None:
            os.environ.pop("OMP_THREAD_LIMIT", None)
        else:
            os.environ["OMP_THREAD_LIMIT"] = saved


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--limit", type=int, default=15)
    args = parser.parse_args()

    import extractor
    from extractor.evaluation.scorer import Result, score_document

    nlp = extractor.load()
    routes = _routes(nlp)
    scores: dict[str, list] = {r: [] for r in routes}
    seconds = dict.fromkeys(routes, 0.0)
    pages = 0
    docs = [d for d in _documents(None) if (WORK / f"{d[0]}.scan.pdf").exists()][: args.limit]
    for name, _path, gold in docs:
        scan = WORK / f"{name}.scan.pdf"
        for route, run in routes.items():
            start = time.perf_counter()
            record = run(scan)
            seconds[route] += time.perf_counter() - start
            scores[route].append(score_document(name, gold, record))
        pages += extractor.extract(scan, nlp=nlp, ocr="never").source.pages or 0
        print(f"{name}: " + ", ".join(f"{seconds[r]:.0f}s" for r in routes), flush=True)
    base = next(iter(routes))
    lines = [f"{len(docs)} documents, {pages} scanned pages (200 dpi scans)", "",
             "| route | macro F1 | s per page | time vs shipped |", "| --- | --- | --- | --- |"]
    for route in routes:
        lines.append(f"| {route} | {Result(scores[route]).macro_f1:.3f} | {seconds[route] / pages:.2f} | "
                     f"{seconds[route] / seconds[base]:.2f} |")
    print("\n" + "\n".join(lines))
    (WORK / "engines.md").write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
