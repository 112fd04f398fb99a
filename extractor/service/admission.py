"""Admission control before a request body is read: token, declared size, requests in flight.

Why a plain ASGI middleware: it answers from the headers alone, so an oversized upload
is refused with 413 before its body is read, and a request beyond the in-flight bound
gets 503 with Retry-After at once instead of waiting in a queue that grows without end.
"""

from __future__ import annotations

import asyncio
import hmac
import json
import math
from typing import Any, Awaitable, Callable, Optional, Protocol

Scope = dict[str, Any]
Receive = Callable[[], Awaitable[dict[str, Any]]]
Send = Callable[[dict[str, Any]], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

GUARDED = {("POST", "/extract"), ("POST", "/review"), ("POST", "/actions")}
"""The costly requests: only these need a token, count against the bound and carry uploads."""


class Counter(Protocol):
    """Where the counts live, shared with /healthz: the service's runtime state."""

    in_flight: int
    refused_busy: int

    def retry_after(self) -> float: ...


class Admission:
    """Refuses from the headers what the service would refuse anyway, and bounds what is in flight."""

    def __init__(self, app: ASGIApp, counter: Counter, limit: int, max_bytes: int, token: Optional[str]) -> None:
        self.app, self.counter, self.limit, self.max_bytes, self.token = app, counter, limit, max_bytes, token

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or (scope["method"], scope["path"].rstrip("/") or "/") not in GUARDED:
            await self.app(scope, receive, _with_nosniff(send))
            return
        refusal = self._refusal(scope)
        if refusal is not None:
            if refusal[0] != 413:
                await _drain_small_body(scope, receive)
            await _json(send, *refusal)
            return
        self.counter.in_flight += 1
        try:
            await self.app(scope, receive, _with_nosniff(send))
        finally:
            self.counter.in_flight -= 1

    def _refusal(self, scope: Scope) -> Optional[tuple[int, str, str, dict[str, str]]]:
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
        if self.token is not None:
            given = headers.get("authorization", "")
            scheme, _, value = given.partition(" ")
            if scheme.lower() != "bearer" or not hmac.compare_digest(value.strip().encode(), self.token.encode()):
                why = "missing" if not given else "wrong"
                return 401, "unauthorized", f"this service needs 'Authorization: Bearer <token>' ({why} token)", {
                    "www-authenticate": "Bearer"}
        length = headers.get("content-length")
        if length is not None:
            if not length.strip().isdigit():
                return 400, "bad_request", f"Content-Length {length!r} is not a number", {}
            if int(length) > self.max_bytes:
                return 413, "too_large", (
                    f"the request is {int(length) / 1048576:.1f} MB; this service accepts at most "
                    f"{self.max_bytes / 1048576:g} MB (--max-size)"), {}
        if self.counter.in_flight >= self.limit:
            self.counter.refused_busy += 1
            wait = max(1, math.ceil(self.counter.retry_after()))
            return 503, "busy", (
                f"{self.counter.in_flight} requests are already in progress or waiting (the limit); retry after {wait} s"), {
                "retry-after": str(wait)}
        return None


DRAIN_LIMIT = 256 * 1024
"""A refused request body up to this size is read before the answer, so the client sees the answer."""


async def _drain_small_body(scope: Scope, receive: Receive, timeout: float = 2.0) -> None:
    """Read a small refused body, so closing the connection does not reset it under the client.

    Why: a server that closes a socket with unread bytes in it sends a TCP reset, and the
    client may lose the 503/401 reply it was about to read. Large or slow bodies are not
    waited for: their connection is closed, as the refusal intends.
    """
    headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
    length = headers.get("content-length", "").strip()
    if not length.isdigit() or int(length) > DRAIN_LIMIT:
        return

    async def drain() -> None:
        while True:
            message = await receive()
            if message["type"] != "http.request" or not message.get("more_body", False):
                return

    try:
        await asyncio.wait_for(drain(), timeout)
    except asyncio.TimeoutError:
        return


def _with_nosniff(send: Send) -> Send:
    async def wrapped(message: dict[str, Any]) -> None:
        if message["type"] == "http.response.start":
            message.setdefault("headers", [])
            message["headers"] = list(message["headers"]) + [(b"x-content-type-options", b"nosniff")]
        await send(message)

    return wrapped


async def _json(send: Send, status: int, kind: str, detail: str, headers: dict[str, str]) -> None:
    body = json.dumps({"error": kind, "detail": detail}).encode()
    raw = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
           (b"x-content-type-options", b"nosniff"), (b"connection", b"close")]
    raw += [(k.encode(), v.encode()) for k, v in headers.items()]
    await send({"type": "http.response.start", "status": status, "headers": raw})
    await send({"type": "http.response.body", "body": body})
