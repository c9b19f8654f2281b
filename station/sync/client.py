"""The HTTP client of the central server's API v1: timeouts on every call, certificates verified (against the
system's or a configured CA bundle), and two kinds of failure the caller treats differently:
``ServerUnavailable`` (try again later: network, timeouts, 5xx, 429) and ``ServerRefused`` (the server said no:
a person must act, e.g. a revoked token)."""

from __future__ import annotations

import ssl
from collections.abc import Sequence
from dataclasses import dataclass
from types import TracebackType
from typing import Any
from urllib.parse import quote

import httpx

from station.store.events import StoredEvent

API = "/v1"
RETRYABLE = frozenset({408, 425, 429, 500, 502, 503, 504})


@dataclass(frozen=True)
class Timeouts:
    connect: float = 5.0
    read: float = 30.0  # a 500-event batch is stored in well under a second; this is for a loaded server
    write: float = 30.0
    pool: float = 5.0


DEFAULT_TIMEOUTS = Timeouts()


class ServerUnavailable(Exception):
    """Not reached, or not able to answer now. ``retry_after``: the server's hint in seconds, when it gave one.
    ``reason``: ``server_unreachable``, or ``server_certificate_untrusted`` when TLS verification failed (still
    retried, since a renewed certificate or a fixed CA bundle ends it, but a person must hear of it)."""

    def __init__(self, message: str, retry_after: float | None = None, reason: str = "server_unreachable") -> None:
        super().__init__(message)
        self.retry_after = retry_after
        self.reason = reason


class ServerRefused(Exception):
    """The server understood and said no; ``reason`` is its reason code."""

    def __init__(self, status: int, reason: str) -> None:
        super().__init__(f"HTTP {status}: {reason}")
        self.status = status
        self.reason = reason


@dataclass(frozen=True)
class EventResult:
    seq: int | None
    id: str | None
    status: str  # stored / duplicate / rejected
    reason: str | None
    flags: tuple[str, ...]


@dataclass(frozen=True)
class PushReply:
    acknowledged: int
    acknowledged_hash: str
    results: tuple[EventResult, ...]


@dataclass(frozen=True)
class EnrolReply:
    station_id: str
    site_id: str
    token: str


class SyncClient:
    def __init__(
        self,
        server_url: str,
        token: str | None = None,
        ca_bundle: str | None = None,
        timeouts: Timeouts = DEFAULT_TIMEOUTS,
    ) -> None:
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        verify: ssl.SSLContext | bool = ssl.create_default_context(cafile=ca_bundle) if ca_bundle else True
        self._http = httpx.Client(
            base_url=server_url.rstrip("/"),
            headers=headers,
            verify=verify,
            timeout=httpx.Timeout(
                connect=timeouts.connect, read=timeouts.read, write=timeouts.write, pool=timeouts.pool
            ),
            # A proxy picked up from the environment would send station traffic somewhere nobody configured.
            trust_env=False,
        )

    def __enter__(self) -> SyncClient:
        return self

    def __exit__(self, *exc: type[BaseException] | BaseException | TracebackType | None) -> None:
        self.close()

    def close(self) -> None:
        self._http.close()

    def enrol(self, code: str, station_id: str, public_key_b64: str) -> EnrolReply:
        body = self._call("POST", "/enrol", {"code": code, "station_id": station_id, "public_key": public_key_b64})
        return EnrolReply(body["station_id"], body["site_id"], body["token"])

    def cursor(self, station_id: str) -> tuple[int, str]:
        body = self._call("GET", f"/stations/{station_id}/cursor")
        return int(body["acknowledged"]), str(body["acknowledged_hash"])

    def push(self, station_id: str, events: Sequence[StoredEvent]) -> PushReply:
        body = self._call("POST", f"/stations/{station_id}/events", {"events": [e.as_dict() for e in events]})
        results = tuple(
            EventResult(r.get("seq"), r.get("id"), r["status"], r.get("reason"), tuple(r.get("flags") or ()))
            for r in body["results"]
        )
        return PushReply(int(body["acknowledged"]), str(body["acknowledged_hash"]), results)

    def ruleset(self, have: str) -> dict[str, Any] | None:
        """The server's rule set (``version``, ``sha256``, ``content``), or None when ``have`` is its hash."""
        return self._call("GET", "/ruleset", params={"have": have})

    def battery_history(self, code: str) -> dict[str, Any]:
        """The events about ``code`` at every station (``events``: type, station_id, status, wall_time, facts...)."""
        return self._call("GET", f"/batteries/{quote(code, safe='')}/history")

    def _call(
        self, method: str, path: str, payload: dict[str, Any] | None = None, params: dict[str, str] | None = None
    ) -> dict[str, Any] | Any:
        try:
            response = self._http.request(method, API + path, json=payload, params=params)
        except httpx.TransportError as exc:  # connect / read / write timeouts, resets, protocol errors
            reason = "server_certificate_untrusted" if _certificate_failure(exc) else "server_unreachable"
            raise ServerUnavailable(f"{type(exc).__name__}: {exc}", reason=reason) from exc
        if response.status_code in RETRYABLE or response.status_code >= 500:
            raise ServerUnavailable(f"HTTP {response.status_code}", _retry_after(response))
        if response.status_code == 204:
            return None
        try:
            body = response.json()
        except ValueError as exc:
            # Not our server's JSON (a captive portal, a proxy's error page): treat as not reached.
            raise ServerUnavailable(f"HTTP {response.status_code} without a JSON body") from exc
        if response.status_code >= 400:
            detail = body.get("detail") if isinstance(body, dict) else None
            reason = detail.get("reason") if isinstance(detail, dict) else None
            raise ServerRefused(response.status_code, str(reason or f"http_{response.status_code}"))
        if not isinstance(body, dict):
            raise ServerUnavailable("answer is not a JSON object")
        return body


def _retry_after(response: httpx.Response) -> float | None:
    value = response.headers.get("retry-after", "")
    return float(value) if value.isdigit() else None


def _certificate_failure(exc: BaseException) -> bool:
    seen: BaseException | None = exc
    for _ in range(8):  # httpx wraps httpcore wraps ssl: the cause is a few links down
        if seen is None:
            return False
        if isinstance(seen, ssl.SSLCertVerificationError):
            return True
        seen = seen.__cause__ or seen.__context__
    return False
