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
    ocr: str = "auto"


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
    """Extract one file; never raises, so one bad file cannot stop an archive."""
    from ..api import extract
    from ..readers import ReadError

    try:
        record = extract(path, nlp=pipeline(), include_text=options.include_text, pdf_backend=options.pdf_backend,
                         ocr=options.ocr)
        record.source.path = source
        return {"ok": True, "json": record.to_json(pretty=options.pretty), "counts": counts(record)}
    except ReadError as exc:
        return failure("read_error", str(exc))
    except MemoryError:
        return failure("memory", "ran out of memory")
    except Exception as exc:  # noqa: BLE001 - recorded per file, the run goes on
        return failure(type(exc).__name__, str(exc) or type(exc).__name__)


def failure(kind: str, message: str, source: Optional[str] = None) -> dict[str, Any]:
    return {"ok": False, "kind": kind, "message": message}
