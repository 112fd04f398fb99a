"""Read a request body into the request's temporary folder, never past the size limit.

Why not FastAPI's ``UploadFile``: Starlette spools large uploads to the system's
temporary directory and reads the whole body before the endpoint runs. Here the
multipart stream is parsed as it arrives, each file goes straight into the request's
own folder (deleted when the request ends), and the read stops at ``--max-size``.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, AsyncIterator, BinaryIO, Optional

from python_multipart.exceptions import MultipartParseError
from python_multipart.multipart import MultipartParser, parse_options_header

from starlette.requests import ClientDisconnect

from .errors import ApiError

FIELD_LIMIT = 64 * 1024  # a plain form field (not a file) holds a flag or a date, not a document
_UNSAFE = re.compile(r"[\x00-\x1f\x7f]")


@dataclass
class Upload:
    """One uploaded file: where it was saved and the name the client gave it (its last part only)."""

    name: str
    path: Path
    size: int = 0

    @property
    def suffix(self) -> str:
        return Path(self.name).suffix.lower()


@dataclass
class Form:
    files: list[Upload] = field(default_factory=list)
    fields: dict[str, str] = field(default_factory=dict)


def safe_name(raw: str) -> str:
    """The client's file name without folders or control characters: it is only ever a label."""
    name = _UNSAFE.sub("", raw.replace("\\", "/").rsplit("/", 1)[-1]).strip()
    return name[-200:] or "upload"


def too_large(max_bytes: int) -> ApiError:
    return ApiError(413, f"the request is over the {max_bytes / 1048576:g} MB limit (--max-size); stopped reading it")


def media_type(content_type: str) -> tuple[str, dict[bytes, bytes]]:
    kind, params = parse_options_header(content_type or "")
    return kind.decode("latin-1").lower(), params


async def _limited(stream: AsyncIterator[bytes], max_bytes: int) -> AsyncIterator[bytes]:
    """The body's chunks, stopping with 413 as soon as more than ``max_bytes`` have come."""
    total = 0
    try:
        async for chunk in stream:
            total += len(chunk)
            if total > max_bytes:
                raise too_large(max_bytes)
            yield chunk
    except ClientDisconnect:
        raise ApiError(400, "the client disconnected before sending the whole body") from None


async def read_json(stream: AsyncIterator[bytes], max_bytes: int) -> Any:
    body = bytearray()
    async for chunk in _limited(stream, max_bytes):
        body += chunk
    if not body.strip():
        raise ApiError(400, "the request body is empty: send JSON")
    try:
        return json.loads(body)
    except UnicodeDecodeError:
        raise ApiError(400, "the request body is not UTF-8 text, so not JSON") from None
    except json.JSONDecodeError as exc:
        raise ApiError(400, f"the request body is not valid JSON: {exc.msg} at line {exc.lineno} column {exc.colno}") from None


class _Parts:
    """python-multipart callbacks that write file parts into ``folder``."""

    def __init__(self, folder: Path, max_files: int, suffixes: list[str]) -> None:
        self.folder, self.max_files, self.suffixes = folder, max_files, suffixes
        self.form = Form()
        self._headers: dict[str, str] = {}
        self._field = b""
        self._value = b""
        self._name: Optional[str] = None
        self._file: Optional[Upload] = None
        self._sink: Optional[BinaryIO] = None
        self._buffer = bytearray()
        self.parts = 0

    def callbacks(self) -> dict[str, Any]:
        return {
            "on_part_begin": self._begin,
            "on_header_field": lambda d, s, e: self._grow("_field", d[s:e]),
            "on_header_value": lambda d, s, e: self._grow("_value", d[s:e]),
            "on_header_end": self._header_end,
            "on_headers_finished": self._headers_done,
            "on_part_data": self._data,
            "on_part_end": self._end,
        }

    def _grow(self, attr: str, data: bytes) -> None:
        value = getattr(self, attr) + data
        if len(value) > 8192:
            raise ApiError(400, "a multipart header is over 8 KB")
        setattr(self, attr, value)

    def _begin(self) -> None:
        self.parts += 1
        if self.parts > self.max_files + 10:
            raise ApiError(400, f"too many parts in the form (at most {self.max_files} files)")
        self._headers, self._file, self._sink, self._name = {}, None, None, None
        self._buffer = bytearray()

    def _header_end(self) -> None:
        self._headers[self._field.decode("latin-1").lower()] = self._value.decode("utf-8", "replace")
        self._field = self._value = b""

    def _headers_done(self) -> None:
        _, params = parse_options_header(self._headers.get("content-disposition", ""))
        self._name = params.get(b"name", b"").decode("utf-8", "replace")
        filename = params.get(b"filename")
        if filename is None:
            return
        if len(self.form.files) >= self.max_files:
            raise ApiError(400, f"too many files in one request (at most {self.max_files})")
        name = safe_name(filename.decode("utf-8", "replace"))
        if _suffix(name) not in self.suffixes:  # refused before its bytes are read
            shown = Path(name).suffix or "(none)"
            raise ApiError(415, f"{name}: unsupported file type {shown!r}: expected {', '.join(self.suffixes)}")
        path = self.folder / f"upload-{len(self.form.files)}{_suffix(name)}"
        self._file = Upload(name, path)
        self._sink = path.open("wb")
        self.form.files.append(self._file)

    def _data(self, data: bytes, start: int, end: int) -> None:
        if self._sink is not None and self._file is not None:
            self._sink.write(data[start:end])
            self._file.size += end - start
        else:
            self._buffer += data[start:end]
            if len(self._buffer) > FIELD_LIMIT:
                raise ApiError(400, f"form field {self._name!r} is over {FIELD_LIMIT // 1024} KB; send documents as files")

    def _end(self) -> None:
        if self._sink is not None:
            self._sink.close()
            self._sink = None
        elif self._name:
            self.form.fields[self._name] = self._buffer.decode("utf-8", "replace")

    def close(self) -> None:
        if self._sink is not None:
            self._sink.close()


def _suffix(name: str) -> str:
    suffix = Path(name).suffix.lower()
    return suffix if re.fullmatch(r"\.[a-z0-9]{1,8}", suffix) else ""


async def read_form(stream: AsyncIterator[bytes], content_type: str, folder: Path, max_bytes: int,
                    max_files: int, suffixes: list[str]) -> Form:
    """Parse a multipart/form-data body as it arrives, files into ``folder``."""
    _, params = media_type(content_type)
    boundary = params.get(b"boundary")
    if not boundary:
        raise ApiError(400, "multipart/form-data without a boundary: let your HTTP client build the form")
    parts = _Parts(folder, max_files, suffixes)
    parser = MultipartParser(boundary, parts.callbacks())
    total = 0
    try:
        async for chunk in _limited(stream, max_bytes):
            total += len(chunk)
            parser.write(chunk)
        parser.finalize()
    except MultipartParseError as exc:
        raise ApiError(400, f"the multipart form is malformed ({exc})") from None
    finally:
        parts.close()
    if total == 0:
        raise ApiError(400, "the request body is empty: send a file in a multipart form")
    return parts.form
