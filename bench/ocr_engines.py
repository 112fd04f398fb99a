"""Which way to drive Tesseract (issue 16): our reader's direct call (page rendered with
pypdfium2, hOCR from ``tesseract`` on stdin), the same through pytesseract, and OCRmyPDF
(which writes a PDF with a text layer that our PDF reader then reads), on the same
scanned pages, scored against the gold like ``bench/ocr_quality.py``.

    .venv/bin/python -m bench.ocr_engines [--limit N]

Needs the scans that ``bench.ocr_quality`` left in ``bench/_work/ocr/`` and, for the
other two routes, ``pip install pytesseract`` and the ``ocrmypdf`` program (Debian
package); neither is a dependency of the extractor. Times are wall-clock per route,
routes interleaved document by document, OMP_THREAD_LIMIT=1 for all.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import time
from io import BytesIO

from .ocr_quality import WORK, _documents


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--limit", type=int, default=15)
    args = parser.parse_args()
    os.environ["OMP_THREAD_LIMIT"] = "1"

    import pytesseract
    from PIL import Image

    import extractor
    from extractor.evaluation.scorer import Result, score_document
    from extractor.readers import ocr

    direct = ocr._tesseract

    def through_pytesseract(image: bytes, dpi: float) -> str:
        picture = Image.open(BytesIO(image))
        return pytesseract.image_to_pdf_or_hocr(picture, lang="eng", extension="hocr",
                                                config=f"--dpi {round(dpi)}").decode("utf-8")

    nlp = extractor.load()
    routes = ("direct", "pytesseract", "ocrmypdf")
    scores: dict[str, list] = {r: [] for r in routes}
    seconds = dict.fromkeys(routes, 0.0)
    pages = 0
    ocrmypdf = shutil.which("ocrmypdf")
    docs = [d for d in _documents(None) if (WORK / f"{d[0]}.scan.pdf").exists()][: args.limit]
    for name, _path, gold in docs:
        scan = WORK / f"{name}.scan.pdf"
        for route in routes:
            start = time.perf_counter()
            if route == "ocrmypdf":
                if ocrmypdf is None:
                    continue
                out = WORK / f"{name}.ocrmypdf.pdf"
                subprocess.run([ocrmypdf, "-q", "-l", "eng", "--output-type", "pdf", "--optimize", "0",
                                "--jobs", "1", str(scan), str(out)], check=True)
                record = extractor.extract(out, nlp=nlp, ocr="never")
            else:
                ocr._tesseract = direct if route == "direct" else through_pytesseract
                record = extractor.extract(scan, nlp=nlp, ocr="auto")
            seconds[route] += time.perf_counter() - start
            scores[route].append(score_document(name, gold, record))
        ocr._tesseract = direct
        pages += extractor.extract(scan, nlp=nlp, ocr="never").source.pages or 0
        print(f"{name}: " + ", ".join(f"{r} {seconds[r]:.0f}s" for r in routes), flush=True)
    print(f"\n{len(docs)} documents, {pages} scanned pages")
    print("| route | macro F1 | s per page |")
    print("| --- | --- | --- |")
    for route in routes:
        if scores[route]:
            print(f"| {route} | {Result(scores[route]).macro_f1:.3f} | {seconds[route] / pages:.2f} |")


if __name__ == "__main__":
    main()
