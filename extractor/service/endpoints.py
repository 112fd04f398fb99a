"""What POST /extract and POST /actions do with a request, once it has been admitted.

Why apart from the app: these are the only endpoints that take documents in, so every
rule about request bodies (temporary folder, size, file types, sniffing, the worker's
time limit) is applied here, in one order, for both.
"""

from __future__ import annotations

import datetime as dt
import shutil
import tempfile
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator, Literal, Optional

from fastapi import Request
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from .. import records
from ..readers import SUFFIX_FORMATS
from ..schema import Document
from ..tracking.log import Loaded
from . import sniff
from .engine import Engine, Task
from .errors import ApiError
from .settings import Settings
from .uploads import Upload, media_type, read_form, read_json

RECORD_SUFFIX = ".json"
ACTION_TYPES = {"application/json": "json", "text/csv": "csv", "text/markdown": "md", "text/calendar": "ics"}


class TextIn(BaseModel):
    """POST /extract with JSON: the minutes as text (or the HTML of a page)."""

    model_config = ConfigDict(extra="forbid")
    text: str = Field(min_length=1, description="The minutes themselves (plain text, or HTML with format=html).")
    format: Literal["text", "html"] = Field("text", description="How to read `text`: plain text or an HTML page.")


@dataclass
class Context:
    """What the endpoints need from the running service."""

    settings: Settings
    engine: Engine
    root: Path


@contextmanager
def request_folder(root: Path) -> Iterator[Path]:
    """The request's own temporary folder, removed when the request ends, however it ends."""
    folder = Path(tempfile.mkdtemp(prefix="req-", dir=root))
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _wrong_content_type(kind: str, what: str) -> ApiError:
    return ApiError(415, f"Content-Type {kind or '(none)'!r}: send multipart/form-data with {what}, or application/json")


async def _run(ctx: Context, path: Path, label: str, source: Optional[str], fmt: str, include_text: bool) -> str:
    """Extract one saved upload in a worker; the record's JSON, or ApiError naming the file."""
    problem = sniff.problem(path, fmt)
    if problem:
        raise ApiError(422, f"{label}: {problem[1]}", kind=problem[0])
    outcome = await ctx.engine.extract(Task(str(path), source, include_text))
    if outcome["ok"]:
        return outcome["json"]
    kind = outcome["kind"]
    detail = outcome["message"]
    if kind == "timeout":
        detail += " (--timeout); a smaller file, or ask the operator for a longer limit"
    raise ApiError(422, f"{label}: {detail}", kind=kind)  # the kinds of errors.jsonl (README)


async def extract(request: Request, ctx: Context, include_text: bool) -> str:
    """The record of the one document in the request, as the CLI writes it."""
    content_type = request.headers.get("content-type", "")
    kind, _ = media_type(content_type)
    settings = ctx.settings
    with request_folder(ctx.root) as folder:
        if kind == "multipart/form-data":
            form = await read_form(request.stream(), content_type, folder, settings.max_bytes, 1,
                                   suffixes=list(SUFFIX_FORMATS))
            if not form.files:
                raise ApiError(400, "no file in the form: send the document as a file field named 'file' "
                                    "(curl -F file=@minutes.pdf)")
            upload = form.files[0]
            return await _run(ctx, upload.path, upload.name, upload.name, SUFFIX_FORMATS[upload.suffix], include_text)
        if kind == "application/json":
            body = await read_json(request.stream(), settings.max_bytes)
            try:
                text_in = TextIn.model_validate(body)
            except ValidationError as exc:
                raise ApiError(422, _first_problem(exc, "the JSON body"), kind="invalid_body") from None
            path = folder / ("text.html" if text_in.format == "html" else "text.txt")
            path.write_text(text_in.text, encoding="utf-8")
            return await _run(ctx, path, "the text", None, text_in.format, include_text)
        raise _wrong_content_type(kind, "a file field named 'file'")


def _first_problem(exc: ValidationError, what: str) -> str:
    first = exc.errors()[0]
    where = ".".join(str(x) for x in first.get("loc", ()))
    more = f" (and {exc.error_count() - 1} more problems)" if exc.error_count() > 1 else ""
    return f"{what}{' at ' + where if where else ''}: {first.get('msg', 'invalid')}{more}"


def action_format(accept: Optional[str]) -> str:
    """The log's format from the Accept header: the first type we can write, JSON for */*."""
    if not accept or not accept.strip():
        return "json"
    for part in accept.split(","):
        kind = part.split(";", 1)[0].strip().lower()
        if kind in ACTION_TYPES:
            return ACTION_TYPES[kind]
        if kind in ("*/*", "application/*"):
            return "json"
        if kind == "text/*":
            return "csv"
    raise ApiError(406, f"Accept {accept!r}: the action log comes as {', '.join(ACTION_TYPES)}")


def as_of_date(value: Optional[str]) -> str:
    from ..tracking.userfile import parse_user_date

    if value is None or not value.strip():
        return dt.date.today().isoformat()
    parsed = parse_user_date(value)
    if parsed is None:
        raise ApiError(422, f"as_of {value!r}: not a date (use YYYY-MM-DD or e.g. 30/09/2021)", kind="invalid_parameter")
    return parsed


async def actions_inputs(request: Request, ctx: Context) -> list[Loaded]:
    """The records a POST /actions carries: JSON records, or uploaded records and minutes files."""
    content_type = request.headers.get("content-type", "")
    kind, _ = media_type(content_type)
    settings = ctx.settings
    if kind == "application/json":
        body = await read_json(request.stream(), settings.max_bytes)
        items = body if isinstance(body, list) else [body]
        if not items:
            raise ApiError(422, "an empty list: send one or more extraction records", kind="invalid_body")
        loaded = []
        for n, item in enumerate(items, 1):
            label = f"record {n}" if isinstance(body, list) else "the record"
            try:
                record = Document.model_validate(item)
            except ValidationError as exc:
                raise ApiError(422, _first_problem(exc, f"{label} is not a minutes extraction record;"),
                               kind="invalid_body") from None
            loaded.append(Loaded(record, record.source.path or label))
        return loaded
    if kind != "multipart/form-data":
        raise _wrong_content_type(kind, "files (records .json or minutes files)")
    allowed = [RECORD_SUFFIX, *SUFFIX_FORMATS]
    with request_folder(ctx.root) as folder:
        form = await read_form(request.stream(), content_type, folder, settings.max_bytes, settings.max_files,
                               suffixes=allowed)
        if not form.files:
            raise ApiError(400, "no files in the form: send records (.json) or minutes files as file fields "
                                "(curl -F files=@a.json -F files=@b.pdf)")
        return [Loaded(await _load(ctx, upload), upload.name) for upload in form.files]


async def _load(ctx: Context, upload: Upload) -> Document:
    if upload.suffix == RECORD_SUFFIX:
        try:
            return records.read_record(upload.path)
        except records.RecordProblem as p:
            if p.kind == "invalid":
                raise ApiError(422, f"{upload.name}: not a minutes extraction record "
                                    f"({p.where or 'top level'}: {p.msg})", kind="invalid_body") from None
            raise ApiError(422, f"{upload.name}: not UTF-8 JSON text", kind="invalid_body") from None
    json_text = await _run(ctx, upload.path, upload.name, upload.name, SUFFIX_FORMATS[upload.suffix], False)
    return Document.model_validate_json(json_text)


def action_log(loaded: list[Loaded], day: str, fmt: str) -> str:
    """The action log of ``loaded`` in ``fmt``, as ``minutes actions`` writes it."""
    from ..tracking import formats
    from ..tracking.log import build_log
    from ..tracking.status import assign, collect_listings

    actions = build_log(loaded)
    assign(actions, loaded, collect_listings(loaded, [], None), day)
    writers = {"csv": formats.log_csv, "md": formats.log_markdown}
    if fmt in writers:
        return writers[fmt](actions)
    return formats.log_json(actions, day) if fmt == "json" else formats.log_ics(actions, day)


def review_page(record_json: str) -> str:
    """The review page (``minutes review``) of a record extracted with its text.

    No page numbers for an uploaded PDF: the upload is gone when the page is drawn, and
    placing pages means reading the PDF a second time."""
    from ..review.inputs import Loaded as ReviewInput
    from ..review.page import render_page

    record = Document.model_validate_json(record_json)
    text, record.text = record.text or "", None
    return render_page(ReviewInput(record, text), record.source.path or "the text sent").html
