"""A small real HTTP proxy on 127.0.0.1 that forwards to the server and misbehaves on request: the network and
server faults the sync client must survive, produced on real sockets (the client under test is not touched).

Faults are queued and each is spent on one request whose path contains ``match`` (the pushes, by default);
other requests pass through untouched.
"""

from __future__ import annotations

import contextlib
import http.client
import random
import socket
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

HOP_HEADERS = {"connection", "keep-alive", "transfer-encoding", "te", "upgrade", "proxy-connection"}


@dataclass(frozen=True)
class Fault:
    """``kind``: ``status`` (answer ``status`` without forwarding), ``reset`` (close without forwarding),
    ``slow`` (forward, then hold the answer ``seconds`` before relaying it), ``late`` (hold the request
    ``seconds``, then forward it: it reaches the server after the client's retry), ``lose_answer`` (forward, the server
    stores the batch, the client gets no answer), ``kill_after_body`` / ``kill_mid_body`` (forward all or half of
    the request, then call ``on_kill`` (kill the server) and drop the connection)."""

    kind: str
    status: int = 0
    seconds: float = 0.0
    on_kill: Callable[[], None] | None = None


CHAOS = (
    Fault("status", 500),
    Fault("status", 503),
    Fault("reset"),
    Fault("lose_answer"),
    Fault("slow", seconds=0.3),
)


class FaultProxy:
    def __init__(self, upstream: str, match: str = "/events", chaos: float = 0.0, seed: int = 0) -> None:
        """``chaos``: the share of matching requests, beyond the queued faults, that meet a random fault."""
        self.upstream = urlsplit(upstream)
        self.match = match
        self.chaos = chaos
        self._rng = random.Random(seed)
        self.faults: deque[Fault] = deque()
        self.seen: list[str] = []  # "METHOD path fault-kind" per request, for the test to read
        self.late_answers: list[bytes] = []  # what the server said to requests that arrived late
        self._lock = threading.Lock()
        proxy = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *_args: object) -> None:
                pass

            def handle(self) -> None:
                with contextlib.suppress(OSError):  # a client that gave up: expected here, not worth a traceback
                    super().handle()

            def do_GET(self) -> None:
                proxy._handle(self)

            def do_POST(self) -> None:
                proxy._handle(self)

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self._server.server_address[1]}"
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    def __enter__(self) -> FaultProxy:
        self._thread.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()

    def add(self, *faults: Fault) -> None:
        with self._lock:
            self.faults.extend(faults)

    def _next_fault(self, path: str) -> Fault | None:
        with self._lock:
            if self.match not in path:
                return None
            if self.faults:
                return self.faults.popleft()
            if self.chaos and self._rng.random() < self.chaos:
                return self._rng.choice(CHAOS)
        return None

    def _handle(self, h: BaseHTTPRequestHandler) -> None:
        length = int(h.headers.get("Content-Length") or 0)
        body = h.rfile.read(length) if length else b""
        fault = self._next_fault(h.path)
        with self._lock:
            self.seen.append(f"{h.command} {h.path} {fault.kind if fault else 'pass'}")
        if fault is None:
            self._relay(h, *self._forward(h, body))
        elif fault.kind == "status":
            payload = b'{"detail":{"reason":"injected"}}'
            h.send_response(fault.status)
            h.send_header("Content-Type", "application/json")
            h.send_header("Content-Length", str(len(payload)))
            if fault.status == 503:
                h.send_header("Retry-After", "0")
            h.end_headers()
            h.wfile.write(payload)
        elif fault.kind == "reset":
            h.close_connection = True
        elif fault.kind == "slow":
            answer = self._forward(h, body)
            time.sleep(fault.seconds)
            with contextlib.suppress(OSError):  # the client gave up waiting, as it should
                self._relay(h, *answer)
        elif fault.kind == "late":
            time.sleep(fault.seconds)
            self.late_answers.append(self._forward(h, body)[2])
            h.close_connection = True
        elif fault.kind == "lose_answer":
            self._forward(h, body)
            h.close_connection = True
        elif fault.kind in ("kill_after_body", "kill_mid_body"):
            self._send_and_kill(h, body, fault)
            h.close_connection = True
        else:
            raise ValueError(fault.kind)

    def _forward(self, h: BaseHTTPRequestHandler, body: bytes) -> tuple[int, list[tuple[str, str]], bytes]:
        conn = http.client.HTTPConnection(self.upstream.hostname, self.upstream.port, timeout=60)
        try:
            headers = {k: v for k, v in h.headers.items() if k.lower() not in HOP_HEADERS}
            conn.request(h.command, h.path, body=body or None, headers=headers)
            response = conn.getresponse()
            return response.status, response.getheaders(), response.read()
        finally:
            conn.close()

    def _relay(self, h: BaseHTTPRequestHandler, status: int, headers: list[tuple[str, str]], body: bytes) -> None:
        h.send_response(status)
        for key, value in headers:
            if key.lower() not in HOP_HEADERS | {"content-length", "date", "server"}:
                h.send_header(key, value)
        h.send_header("Content-Length", str(len(body)))
        h.end_headers()
        h.wfile.write(body)

    def _send_and_kill(self, h: BaseHTTPRequestHandler, body: bytes, fault: Fault) -> None:
        head = [f"{h.command} {h.path} HTTP/1.1"]
        head += [f"{k}: {v}" for k, v in h.headers.items() if k.lower() not in HOP_HEADERS]
        raw = ("\r\n".join(head) + "\r\n\r\n").encode("latin-1")
        sent = body if fault.kind == "kill_after_body" else body[: len(body) // 2]
        with socket.create_connection((self.upstream.hostname, self.upstream.port), timeout=10) as s:
            s.sendall(raw + sent)
            if fault.kind == "kill_after_body":
                time.sleep(0.05)  # let the server start on the batch: killed while it parses or stores it
            assert fault.on_kill is not None
            fault.on_kill()
