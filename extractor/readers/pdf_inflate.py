"""Refuse PDFs whose compressed streams inflate beyond a cap (decompression bombs).

A 2 MB PDF can hold a stream that inflates to gigabytes; pdfminer.six inflates a stream
whole and keeps it, and PDFium does the same in C, so a bomb took 4.3 GB before any
timeout fired. Neither library takes a cap, so before a PDF reaches them we check every
zlib stream: deflate expands data at most MAX_RATIO times, so most streams are proven
harmless by their compressed length alone; the others (and any stream whose inflated
data is zlib data again, a doubled filter) are inflated here in bounded chunks that are
counted and dropped. The file is refused when one stream, or all text-bearing streams
together, would inflate beyond the caps below.

Images count against the per-stream cap only: text extraction does not decode them, and
scans legitimately hold hundreds of MB of image data.
"""

from __future__ import annotations

import zlib
from typing import Iterator, Optional

from . import ReadError

MB = 1024 * 1024
MAX_STREAM_BYTES = 64 * MB  # any one stream, inflated: page content runs to a few MB at most
MAX_TOTAL_BYTES = 256 * MB  # all non-image streams of one file, inflated
_IN_CHUNK = 1 << 16  # compressed bytes handed to zlib at a time
_OUT_CHUNK = 1 << 20  # at most this much inflated output held at a time
MAX_RATIO = 1032  # deflate's most: a 258-byte match coded in 2 bits (RFC 1951)
_DICT_LOOKBACK = 4096


def _looks_like_zlib(head: bytes) -> bool:
    """A zlib header: deflate method, 32K window or less, header checksum right (RFC 1950)."""
    return len(head) >= 2 and head[0] & 0x0F == 8 and head[0] >> 4 <= 7 and (head[0] << 8 | head[1]) % 31 == 0


class _Stage:
    """One inflate stage that counts what it produces and hands it to the next stage,
    which is created when the output itself starts like zlib data (a doubled filter)."""

    def __init__(self, cap: int, depth: int) -> None:
        self.inflater = zlib.decompressobj()
        self.cap, self.depth = cap, depth
        self.size = 0
        self.next: Optional[_Stage] = None
        self.started = False
        self.broken = False  # not zlib data after all, or damaged: the libraries will judge

    def feed(self, data: "bytes | memoryview") -> None:
        while data and not self.inflater.eof and not self.broken:
            try:
                out = self.inflater.decompress(data, _OUT_CHUNK)
            except zlib.error:
                self.broken = True
                return
            data = self.inflater.unconsumed_tail
            self._emit(out)

    def _emit(self, out: bytes) -> None:
        if not out:
            return
        if not self.started:
            self.started = True
            if self.depth < 3 and _looks_like_zlib(out[:2]):
                self.next = _Stage(self.cap, self.depth + 1)
        if self.next is not None:
            self.next.feed(out)
            if not self.next.broken:
                return
            self.next = None  # the second stage was not zlib after all: count this stage
        self.size += len(out)
        if self.size > self.cap:
            raise _TooBig(self.size)

    def total(self) -> int:
        return self.next.total() if self.next is not None else self.size


class _TooBig(Exception):
    pass


def _is_image(raw: bytes, at: int) -> bool:
    """Whether the dictionary of the stream starting at ``at`` says it is an image."""
    head = raw.rfind(b"obj", max(0, at - _DICT_LOOKBACK), at)
    return b"/Image" in raw[head if head >= 0 else max(0, at - _DICT_LOOKBACK):at]


def _streams(raw: bytes) -> Iterator[tuple[int, int, bool]]:
    """(data start, data end, is an image) of each stream whose data starts like zlib.

    ``bytes.find`` rather than a regex, and the search goes on after each stream's
    "endstream", so the compressed data itself is not scanned for keywords."""
    pos = raw.find(b"stream")
    while pos >= 0:
        keyword_end = pos + 6
        if raw[pos - 3:pos] != b"end" and raw[keyword_end:keyword_end + 1] in (b"\r", b"\n"):
            start = keyword_end + (2 if raw[keyword_end:keyword_end + 2] == b"\r\n" else 1)
            end = raw.find(b"endstream", start)
            end = len(raw) if end < 0 else end
            if _looks_like_zlib(raw[start:start + 2]):
                yield start, end, _is_image(raw, pos)
            pos = raw.find(b"stream", end + 9)
        else:
            pos = raw.find(b"stream", keyword_end)


def _inflated_size(view: memoryview, start: int, end: int, cap: int) -> int:
    """The inflated size of one stream (following a doubled filter); _TooBig past ``cap``."""
    stage = _Stage(cap, 1)
    pos = start
    while pos < end and not stage.inflater.eof and not stage.broken:
        stage.feed(view[pos:min(pos + _IN_CHUNK, end)])
        pos += _IN_CHUNK
    return stage.total()


def _doubled(view: memoryview, start: int, end: int) -> bool:
    """Whether a stream's first inflated bytes are zlib data again (two Flate filters)."""
    try:
        head = zlib.decompressobj().decompress(view[start:min(end, start + 1024)], 2)
    except zlib.error:
        return False
    return _looks_like_zlib(head)


def check_inflation(raw: bytes, max_stream: int = MAX_STREAM_BYTES, max_total: int = MAX_TOTAL_BYTES) -> None:
    """ReadError (kind "inflate_limit") when one zlib stream of a PDF would inflate beyond
    ``max_stream`` bytes or its text-bearing streams together beyond ``max_total``.

    Deflate cannot expand data more than MAX_RATIO times, so a stream whose bound is under
    the caps needs no inflating; only large or doubled streams are inflated (in bounded
    chunks), and all of them only when the bounds together pass ``max_total``. That keeps
    the check to about a millisecond for an ordinary minutes PDF."""
    view = memoryview(raw)
    sizes: list[tuple[int, int, Optional[int]]] = []  # text-bearing streams: start, end, exact size
    bound = 0
    try:
        for start, end, image in _streams(raw):
            exact: Optional[int] = None
            if (end - start) * MAX_RATIO > max_stream or _doubled(view, start, end):
                exact = _inflated_size(view, start, end, max_stream)
            if not image:
                sizes.append((start, end, exact))
                bound += exact if exact is not None else (end - start) * MAX_RATIO
        if bound > max_total:
            total = 0
            for start, end, exact in sizes:
                total += exact if exact is not None else _inflated_size(view, start, end, max_stream)
                if total > max_total:
                    raise ReadError(
                        f"refused: its compressed streams inflate to over {max_total // MB} MB of page data "
                        "(a decompression bomb, or a PDF far beyond any minutes)", kind="inflate_limit")
    except _TooBig:
        raise ReadError(
            f"refused: a compressed stream inflates to over {max_stream // MB} MB "
            "(a decompression bomb, or a PDF far beyond any minutes)", kind="inflate_limit") from None
