"""Where a job goes: a ZPL printer's raw TCP port, or a CUPS queue.

A back-end either hands the whole job to the printer and returns a reference, or raises ``PrintError`` with a
reason code (the UI words it) and the system's own message; it never half-reports success.
"""

from __future__ import annotations

import re
import shutil
import socket
import subprocess
from dataclasses import dataclass, field
from typing import Protocol
from urllib.parse import urlsplit

from hardware.printers import zebra_status

RAW_PORT = 9100


class PrintError(Exception):
    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(f"{reason}: {detail}" if detail else reason)
        self.reason = reason
        self.detail = detail


class Printer(Protocol):
    name: str

    def send(self, data: bytes, title: str) -> str:
        """Deliver one job; returns a reference (CUPS request id, bytes sent) or raises ``PrintError``."""
        ...


@dataclass(frozen=True)
class RawSocketPrinter:
    """A label printer's raw port (JetDirect / port 9100): the bytes are the job.

    With ``check_status`` the printer is asked ``~HS`` first, so a label is not sent to a printer that is out of
    paper or has its head open (it would sit in the printer's buffer and print when someone fixes it, maybe twice
    once the job is retried)."""

    host: str
    port: int = RAW_PORT
    timeout_s: float = 5.0
    check_status: bool = False
    name: str = field(default="")

    def send(self, data: bytes, title: str) -> str:
        try:
            with socket.create_connection((self.host, self.port), timeout=self.timeout_s) as conn:
                if self.check_status:
                    self._check(conn)
                conn.sendall(data)
                conn.shutdown(socket.SHUT_WR)
        except ConnectionRefusedError as exc:
            raise PrintError("printer_refused", f"{self.host}:{self.port}: {exc}") from exc
        except TimeoutError as exc:
            raise PrintError("printer_timeout", f"{self.host}:{self.port}: {exc}") from exc
        except OSError as exc:
            raise PrintError("printer_unreachable", f"{self.host}:{self.port}: {exc}") from exc
        return f"{len(data)} bytes to {self.host}:{self.port}"

    def _check(self, conn: socket.socket) -> None:
        conn.sendall(zebra_status.QUERY)
        buffer = b""
        while not zebra_status.complete(buffer):
            chunk = conn.recv(1024)
            if not chunk:
                raise PrintError("printer_status_unreadable", "connection closed during ~HS")
            buffer += chunk
        try:
            problem = zebra_status.parse(buffer).problem
        except ValueError as exc:
            raise PrintError("printer_status_unreadable", str(exc)) from exc
        if problem:
            raise PrintError(problem, f"{self.host}:{self.port}")


_REQUEST_ID = re.compile(r"request id is (\S+)")


@dataclass(frozen=True)
class CupsPrinter:
    """A CUPS queue through the ``lp`` command (cups-client): PDFs are filtered by CUPS; ``raw`` passes ZPL
    untouched to a raw queue. ``server`` is a CUPS server or socket path (``CUPS_SERVER``), None for the default."""

    queue: str
    raw: bool = False
    server: str | None = None
    timeout_s: float = 30.0
    name: str = field(default="")

    def send(self, data: bytes, title: str) -> str:
        lp = shutil.which("lp")
        if lp is None:
            raise PrintError("cups_client_missing", "the lp command is not installed (package cups-client)")
        args = [lp, "-d", self.queue, "-t", title or "trace-station"]
        if self.server:
            args[1:1] = ["-h", self.server]
        if self.raw:
            args += ["-o", "raw"]
        try:
            done = subprocess.run(args, input=data, capture_output=True, timeout=self.timeout_s, check=False)
        except subprocess.TimeoutExpired as exc:
            raise PrintError("cups_timeout", f"lp did not answer within {self.timeout_s} s") from exc
        message = (done.stderr or done.stdout).decode("utf-8", "replace").strip()
        if done.returncode != 0:
            raise PrintError("cups_refused", message)
        found = _REQUEST_ID.search(done.stdout.decode("utf-8", "replace"))
        if found is None:
            raise PrintError("cups_refused", f"lp gave no request id: {message}")
        return found.group(1)


def printer_from_uri(uri: str, name: str = "") -> Printer:
    """``socket://HOST[:PORT]`` (raw ZPL; ``?status=1`` asks ~HS first), ``cups://QUEUE`` (``?raw=1`` for a raw
    queue, ``?server=HOST`` for another CUPS server). One string per printer in the settings."""
    parts = urlsplit(uri)
    query = dict(item.split("=", 1) for item in parts.query.split("&") if "=" in item)
    if parts.scheme == "socket" and parts.hostname:
        return RawSocketPrinter(
            parts.hostname,
            parts.port or RAW_PORT,
            check_status=query.get("status") == "1",
            name=name or uri,
        )
    if parts.scheme == "cups" and (parts.netloc or parts.path.strip("/")):
        queue = parts.netloc or parts.path.strip("/")
        return CupsPrinter(queue, raw=query.get("raw") == "1", server=query.get("server"), name=name or uri)
    raise ValueError(f"not a printer address: {uri!r} (socket://host:9100 or cups://queue)")
