"""Request limits, as plain ASGI middleware.

``BodyLimit``: the body is counted as it arrives, so neither a false Content-Length nor a chunked upload without one
gets more than ``max_bytes`` into memory.

``RateLimit``: a token bucket per bearer token (per client address for requests without one: the certificate
page, enrolment), refilled at ``rate`` requests per second up to ``burst``. Past it the answer is 429
``rate_limited`` with ``Retry-After``, which the station's client treats as "server busy, back off". The buckets
live in the process: with N API replicas a token gets N times the rate; a strict global limit belongs in the load
balancer in front.
"""

from __future__ import annotations

import hashlib
import json
import math
import time
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

DEFAULT_MAX_BYTES = 8 * 1024 * 1024  # a 500-event batch of ordinary events is well under 1 MiB
# A refused body is read and thrown away up to this much more before the answer: answering while the client
# still sends makes the socket close with a reset, and the client would see a broken connection instead of the
# 413 that tells it to send smaller batches. Past it, the connection is simply dropped.
DRAIN_BYTES = 64 * 1024 * 1024


class BodyLimit:
    def __init__(self, app: ASGIApp, max_bytes: int = DEFAULT_MAX_BYTES) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope["headers"]).get(b"content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > self.max_bytes + DRAIN_BYTES):
            await _refuse(send, 413, "request_too_large")
            return
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return  # the client went away before sending its whole request
            body = message.get("body", b"")
            size += len(body)
            more = message.get("more_body", False)
            if size > self.max_bytes:
                chunks.clear()  # keep nothing; count on until the end or the drain limit
                if not more or size > self.max_bytes + DRAIN_BYTES:
                    await _refuse(send, 413, "request_too_large")
                    return
                continue
            chunks.append(body)
            if not more:
                break
        replayed = False

        async def replay() -> Message:
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": b"".join(chunks), "more_body": False}
            return await receive()  # after the body: waits for the disconnect, as the server's own would

        await self.app(scope, replay, send)


DEFAULT_RATE = 30.0  # requests per second per token: 30 batches of 500 events is all one server ingests
DEFAULT_BURST = 60
EXEMPT_PATHS = frozenset({"/v1/health"})  # load balancers' probes
MAX_BUCKETS = 100_000  # distinct keys kept before idle ones are dropped


class RateLimit:
    def __init__(
        self,
        app: ASGIApp,
        rate: float = DEFAULT_RATE,
        burst: int = DEFAULT_BURST,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.app = app
        self.rate = rate
        self.burst = float(burst)
        self.clock = clock
        self._buckets: dict[str, tuple[float, float]] = {}  # key -> (tokens, at)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or self.rate <= 0 or scope.get("path") in EXEMPT_PATHS:
            await self.app(scope, receive, send)
            return
        wait = self.take(_key(scope))
        if wait > 0:
            # The body is read and dropped first: answering mid-upload would reset the connection, and the client
            # would see a network error instead of the Retry-After it should wait for.
            drained = await _drain(receive, DRAIN_BYTES)
            if drained is None:
                return  # the client went away
            retry = [(b"retry-after", str(math.ceil(wait)).encode())]
            await _refuse(send, 429, "rate_limited", retry, close=not drained)
            return
        await self.app(scope, receive, send)

    def take(self, key: str) -> float:
        """Take one request from the key's bucket; 0 when allowed, else the seconds until one is available.
        Runs on the event loop only, so the read-modify-write needs no lock."""
        now = self.clock()
        tokens, at = self._buckets.get(key, (self.burst, now))
        tokens = min(self.burst, tokens + (now - at) * self.rate)
        if tokens < 1:
            self._buckets[key] = (tokens, now)
            return (1 - tokens) / self.rate
        if len(self._buckets) >= MAX_BUCKETS:
            self._prune(now)
        self._buckets[key] = (tokens - 1, now)
        return 0.0

    def _prune(self, now: float) -> None:
        """Drop buckets full again (idle long enough to have refilled): forgetting them changes nothing."""
        full_after = self.burst / self.rate
        self._buckets = {k: v for k, v in self._buckets.items() if now - v[1] < full_after}


def _key(scope: Scope) -> str:
    for name, value in scope["headers"]:
        if name == b"authorization":
            # The token's digest, never the token itself, is kept in memory; an invalid token is limited too, so
            # guessing tokens costs the guesser, not the database.
            return "t:" + hashlib.sha256(value).hexdigest()
    client = scope.get("client")
    return "a:" + (client[0] if client else "-")


async def _drain(receive: Receive, limit: int) -> bool | None:
    """Read the request body to its end and drop it: True; False past ``limit``; None when the client left."""
    size = 0
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            return None
        size += len(message.get("body", b""))
        if size > limit:
            return False
        if not message.get("more_body", False):
            return True


async def _refuse(
    send: Send, status: int, reason: str, extra: list[tuple[bytes, bytes]] | None = None, close: bool = True
) -> None:
    body = json.dumps({"detail": {"reason": reason}}).encode()
    headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
    if close:
        headers.append((b"connection", b"close"))
    await send({"type": "http.response.start", "status": status, "headers": [*headers, *(extra or [])]})
    await send({"type": "http.response.body", "body": body})
