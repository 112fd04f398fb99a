"""OCR quality and speed on the corpus (issue 16): how much of the text route's accuracy
survives when the minutes only exist as a scan.

    .venv/bin/python -m bench.ocr_quality [--limit N] [--dpi 300] [--scan-dpi 200] [--degrade]

For each train-split text document with a gold record (never the test split), in the
same run: the text itself (text route); the text typeset as an A4 PDF with a running
header and page-number footers (``tests/pdfmaker.py``; text-layer route); that PDF's
pages rendered to grey-scale images at ``--scan-dpi`` and put into an image-only PDF
(scan route, read with ``--ocr auto``). ``--degrade`` makes the scans worse the way a
photocopier does: a small rotation, blur and speckle. Each route's records are scored
against the same gold (``minutes evaluate``'s scorer), per record type; the OCR route's
macro F1 is given as a ratio of the text-layer route's. Speed: PDF-to-JSON pages per
second of the scan route against the text-layer route on the same documents (same
process, one after the other per document). Data goes to ``bench/_work/ocr/``.
"""

from __future__ import annotations

import argparse
import json
import random
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
WORK = ROOT / "bench" / "_work" / "ocr"


def _documents(limit: int | None) -> list[tuple[str, Path, Any]]:
    from extractor.evaluation.corpus import input_path, load_gold, load_manifest, select_split

    gold_dir = ROOT / "corpus" / "gold"
    golds = select_split(load_gold(gold_dir), load_manifest(gold_dir), "train")
    docs = []
    for gold in golds:
        path = input_path(gold)
        if path is not None and path.suffix == ".txt" and path.is_file():
            docs.append((gold.name, path, gold.record))
    return docs[:limit] if limit else docs


def _scan(text_pdf: Path, out: Path, dpi: int, degrade: bool, seed: int) -> int:
    """An image-only PDF of ``text_pdf``'s pages; returns the page count."""
    import pypdfium2 as pdfium
    from PIL import Image, ImageFilter

    rng = random.Random(seed)
    doc = pdfium.PdfDocument(str(text_pdf))
    images = []
    for page in doc:
        image = page.render(scale=dpi / 72, grayscale=True).to_pil().convert("L")
        if degrade:
            image = image.rotate(rng.uniform(-1.0, 1.0), resample=Image.BICUBIC, fillcolor=255, expand=False)
            image = image.filter(ImageFilter.GaussianBlur(0.6))
            pixels = image.load()
            w, h = image.size
            for _ in range(w * h // 2000):  # speckle
                pixels[rng.randrange(w), rng.randrange(h)] = rng.choice((0, 255))
        images.append(image)
    count = len(images)
    doc.close()
    images[0].save(out, save_all=True, append_images=images[1:], resolution=dpi)
    return count


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--limit", type=int, default=None, help="only the first N documents")
    parser.add_argument("--scan-dpi", type=int, default=200, help="resolution of the scanned page images")
    parser.add_argument("--degrade", action="store_true", help="rotate, blur and speckle the scans")
    args = parser.parse_args()

    import extractor
    from extractor.evaluation.scorer import RECORD_TYPES, Result, score_document
    from extractor.readers.ocr import available

    from .pdfs import pdf_maker

    problem = available()
    if problem:
        raise SystemExit(f"ocr_quality: {problem}")
    make_pdf, maker = pdf_maker()
    WORK.mkdir(parents=True, exist_ok=True)
    nlp = extractor.load()
    docs = _documents(args.limit)
    scores: dict[str, list] = {"text": [], "pdf": [], "ocr": []}
    pages = 0
    seconds = {"pdf": 0.0, "ocr": 0.0}
    per_doc = []
    for n, (name, path, gold) in enumerate(docs, start=1):
        text_pdf = WORK / f"{name}.pdf"
        scan_pdf = WORK / f"{name}.scan{'-degraded' if args.degrade else ''}.pdf"
        make_pdf(path.read_text(encoding="utf-8"), text_pdf, header="Minutes page {page}")
        count = _scan(text_pdf, scan_pdf, args.scan_dpi, args.degrade, seed=n)
        pages += count
        records = {"text": extractor.extract(path, nlp=nlp)}
        start = time.perf_counter()
        records["pdf"] = extractor.extract(text_pdf, nlp=nlp)
        records["pdf"].to_json()
        seconds["pdf"] += time.perf_counter() - start
        start = time.perf_counter()
        records["ocr"] = extractor.extract(scan_pdf, nlp=nlp, ocr="auto")
        records["ocr"].to_json()
        seconds["ocr"] += time.perf_counter() - start
        assert records["ocr"].source.ocr_pages == list(range(1, count + 1)), name
        for route, record in records.items():
            scores[route].append(score_document(name, gold, record))
        per_doc.append({"doc": name, "pages": count, **{r: scores[r][-1].counts for r in scores}})
        print(f"{n}/{len(docs)} {name}: {count} pages, OCR {seconds['ocr']:.0f}s so far", flush=True)

    results = {route: Result(docs_) for route, docs_ in scores.items()}
    lines = [f"OCR quality: {len(docs)} train-split documents, {pages} pages; scans at {args.scan_dpi} dpi"
             f"{' degraded (rotation up to 1 degree, blur, speckle)' if args.degrade else ''}; PDFs by {maker}", ""]
    lines.append("| type | text F1 | text-layer PDF F1 | OCR F1 | gold |")
    lines.append("| --- | --- | --- | --- | --- |")
    for t in RECORD_TYPES:
        c = {r: results[r].counts[t] for r in results}
        if not c["text"].gold:
            continue
        f = {r: c[r].f1 or 0.0 for r in c}
        lines.append(f"| {t} | {f['text']:.3f} | {f['pdf']:.3f} | {f['ocr']:.3f} | {c['text'].gold} |")
    macro = {r: results[r].macro_f1 for r in results}
    lines.append(f"| macro | {macro['text']:.3f} | {macro['pdf']:.3f} | {macro['ocr']:.3f} | |")
    lines.append("")
    lines.append(f"OCR macro F1 / text-layer PDF macro F1: {macro['ocr'] / macro['pdf']:.3f} (target >= 0.9)")
    lines.append(f"PDF->JSON pages/s: OCR {pages / seconds['ocr']:.2f}, text layer {pages / seconds['pdf']:.2f}; "
                 f"ratio {seconds['pdf'] / seconds['ocr']:.3f} ({seconds['ocr'] / pages:.2f} s per OCR page)")
    report = "\n".join(lines)
    print("\n" + report)
    suffix = "-degraded" if args.degrade else ""
    (WORK / f"results{suffix}.md").write_text(report + "\n", encoding="utf-8")
    (WORK / f"results{suffix}.json").write_text(json.dumps(
        {"macro": macro, "pages": pages, "seconds": seconds, "docs": len(docs),
         "types": {r: {t: results[r].counts[t].as_dict() for t in RECORD_TYPES} for r in results}},
        indent=2, default=str), encoding="utf-8")


if __name__ == "__main__":
    main()
