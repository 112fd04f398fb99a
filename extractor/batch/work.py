"""What one worker does with one file: plain data in, plain data out."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Optional

_NLP = None


@dataclass(frozen=True)
class Options:
    include_text: bool = False
    pretty: bool = False
    pdf_backend: str = "pdfminer"
    max_memory_mb: Optional[float] = None  # per worker process; see limits.py
    ocr: str = "auto"  # auto, always or never: PDF pages read by OCR (readers/ocr.py), in this worker


def pipeline():
    """The pipeline, loaded once per process."""
    global _NLP
    if _NLP is None:
        from ..api import load

        _NLP = load()
    return _NLP


def counts(record) -> dict[str, int]:
    """What the batch summary adds up (keys are ``Summary`` fields)."""
    from ..readers.ocr import NO_TESSERACT

    return {
        "meetings": len(record.meetings),
        "items": sum(len(m.items) for m in record.meetings),
        "actions": sum(len(i.actions) for m in record.meetings for i in m.items),
        "ocr_files": int(bool(record.source.ocr_pages)),
        "unread_scans": int(any(w.startswith(NO_TESSERACT) for w in record.warnings)),
    }


def process(path: str, source: str, options: Options) -> dict[str, Any]:
    """Extract one file; never raises, so one bad file cannot stop an archive.

    The same steps as ``api.extract``, with one more between reading and the pipeline:
    a text too long to extract under ``options.max_memory_mb`` is refused up front."""
    from ..api import build_record, extract_doc
    from ..readers import ReadError, read_path
    from .limits import check_text_fits

    try:
        read = read_path(path, pdf_backend=options.pdf_backend, ocr=options.ocr)
        too_long = check_text_fits(len(read.text), options.max_memory_mb)
        if too_long:
            return failure("too_long", too_long)
        record = build_record(extract_doc(read, pipeline()), read, path, options.include_text)
        record.source.path = source
        return {"ok": True, "json": record.to_json(pretty=options.pretty), "counts": counts(record)}
    except ReadError as exc:
        return failure(exc.kind, str(exc))
    except MemoryError:
        limit = f" (over --max-memory {options.max_memory_mb:,.0f} MB)" if options.max_memory_mb else ""
        outcome = failure("memory", f"ran out of memory{limit}")
        outcome["restart"] = True  # a fresh worker, not one that failed to allocate mid-way
        return outcome
    except Exception as exc:  # noqa: BLE001 - recorded per file, the run goes on
        return failure(type(exc).__name__, str(exc) or type(exc).__name__)


def failure(kind: str, message: str, source: Optional[str] = None) -> dict[str, Any]:
    return {"ok": False, "kind": kind, "message": message}
