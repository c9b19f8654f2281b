"""The real server on 127.0.0.1: in a thread of the test process (fast, shares the database handle) or as a
subprocess (so a test can kill it with SIGKILL mid-request)."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx
import peewee as pw
import uvicorn

from server.app import create_app

ROOT = Path(__file__).resolve().parents[2]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class ThreadServer:
    def __init__(self, db: pw.Database, max_body_bytes: int = 8 * 1024 * 1024, **limits: float) -> None:
        app = create_app(db, max_body_bytes=max_body_bytes, **limits)  # type: ignore[arg-type]
        self._socket = socket.socket()
        # Inherited by every accepted connection. Without it each answer's second segment waits for the client's
        # delayed ACK (about 40 ms a request); uvicorn binding the port itself sets it, a socket handed in needs it.
        self._socket.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self._socket.bind(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self._socket.getsockname()[1]}"
        self._server = uvicorn.Server(
            uvicorn.Config(app, log_level="warning", lifespan="off", timeout_graceful_shutdown=1)
        )
        self._thread = threading.Thread(target=self._server.run, kwargs={"sockets": [self._socket]}, daemon=True)

    def __enter__(self) -> ThreadServer:
        self._thread.start()
        deadline = time.monotonic() + 10
        while not self._server.started:
            if time.monotonic() > deadline or not self._thread.is_alive():
                raise RuntimeError("the test server did not start")
            time.sleep(0.01)
        return self

    def __exit__(self, *_exc: object) -> None:
        self._server.should_exit = True
        self._thread.join(10)
        self._socket.close()


class ProcessServer:
    """``python -m server serve`` against ``db_url``; ``kill()`` is SIGKILL, ``start()`` again on the same port."""

    def __init__(self, db_url: str, port: int | None = None, options: tuple[str, ...] = ()) -> None:
        self.db_url = db_url
        self.options = options  # more ``serve`` options, e.g. ("--workers", "2")
        self.port = port or free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.process: subprocess.Popen[bytes] | None = None

    def start(self) -> ProcessServer:
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        self.process = subprocess.Popen(
            [sys.executable, "-m", "server", "--db", self.db_url, "serve", "--port", str(self.port), *self.options],
            cwd=ROOT,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        deadline = time.monotonic() + 20
        while True:
            try:
                if httpx.get(f"{self.url}/v1/health", timeout=1).status_code == 200:
                    return self
            except httpx.TransportError:
                pass
            if self.process.poll() is not None:
                raise RuntimeError(f"server exited: {self.process.stderr.read().decode()}")  # type: ignore[union-attr]
            if time.monotonic() > deadline:
                raise RuntimeError("server did not answer within 20 s")
            time.sleep(0.05)

    def kill(self) -> None:
        if self.process is not None and self.process.poll() is None:
            for child in self.children():  # worker processes: killed with their parent, never orphaned
                os.kill(child, signal.SIGKILL)
            self.process.send_signal(signal.SIGKILL)
            self.process.wait(10)

    def children(self) -> list[int]:
        """The server's worker processes (``--workers``), from /proc."""
        assert self.process is not None
        found = []
        for entry in Path("/proc").iterdir():
            try:
                if entry.name.isdigit() and (entry / "stat").read_text().rsplit(")", 1)[1].split()[1] == str(
                    self.process.pid
                ):
                    found.append(int(entry.name))
            except OSError:
                continue
        return found

    def __enter__(self) -> ProcessServer:
        return self.start()

    def __exit__(self, *_exc: object) -> None:
        self.kill()
        if self.process is not None and self.process.stderr is not None:
            self.process.stderr.close()
