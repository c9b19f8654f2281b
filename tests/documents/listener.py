"""A label printer stand-in: a real TCP listener on 127.0.0.1 that keeps what it receives, as a port-9100 printer
does, and answers ~HS host-status queries like a Zebra printer."""

from __future__ import annotations

import socket
import threading

from hardware.printers import zebra_status


class RawListener:
    def __init__(self, port: int = 0, paper_out: bool = False) -> None:
        self.paper_out = paper_out
        self.jobs: list[bytes] = []
        self._received = threading.Condition()
        self._server = socket.create_server(("127.0.0.1", port), reuse_port=False)
        self._server.settimeout(0.2)
        self.port = self._server.getsockname()[1]
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, name="raw-printer", daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self._server.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            with conn:
                self._handle(conn)

    def _handle(self, conn: socket.socket) -> None:
        conn.settimeout(5)
        data = b""
        while True:
            try:
                chunk = conn.recv(65536)
            except TimeoutError:
                break
            if not chunk:
                break
            data += chunk
            if data.startswith(zebra_status.QUERY):
                conn.sendall(zebra_status.answer(paper_out=self.paper_out))
                data = data[len(zebra_status.QUERY) :]
        with self._received:
            self.jobs.append(data)
            self._received.notify_all()

    def wait_for(self, count: int, timeout: float = 5.0) -> list[bytes]:
        with self._received:
            self._received.wait_for(lambda: len(self.jobs) >= count, timeout)
            return list(self.jobs)

    def close(self) -> None:
        self._stop.set()
        self._server.close()
        self._thread.join(timeout=2)


def free_port() -> int:
    """A port nobody listens on (bound, then released): connecting to it is refused."""
    with socket.create_server(("127.0.0.1", 0)) as probe:
        return probe.getsockname()[1]
