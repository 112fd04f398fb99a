"""Reading an extraction record (the JSON the extractor writes) back from disk.

Why shared: the evaluation (gold and predicted records) and the tracking commands
(earlier extractions) both read records and must tell the user which file is wrong and
where. Each words its own message, so a problem comes back as a ``RecordProblem``
carrying the facts rather than as a finished sentence.
"""

from __future__ import annotations

from pathlib import Path
from typing import Optional

from pydantic import ValidationError

from .schema import Document


class RecordProblem(Exception):
    """Why ``path`` could not be read as a record.

    ``kind`` is "missing" (no such file), "unreadable" (``cause`` holds the OS or decoding
    error) or "invalid" (not a Document: ``where`` is the location of the first problem,
    "" at the top level, ``msg`` its description and ``count`` the number of problems)."""

    def __init__(self, path: Path, kind: str, cause: Optional[BaseException] = None,
                 where: str = "", msg: Optional[str] = None, count: int = 0) -> None:
        super().__init__(f"{path}: {kind}")
        self.path, self.kind, self.cause = path, kind, cause
        self.where, self.msg, self.count = where, msg, count


def read_record(path: Path) -> Document:
    """The record stored at ``path``; raises ``RecordProblem``."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise RecordProblem(path, "missing", exc) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise RecordProblem(path, "unreadable", exc) from None
    try:
        return Document.model_validate_json(text)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(x) for x in first.get("loc", ()))
        raise RecordProblem(path, "invalid", exc, where, first.get("msg"), exc.error_count()) from None
