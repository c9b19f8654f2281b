"""A scale on a pseudo-terminal for tests: an MT-SICS scale that answers commands, or a streaming indicator.

The simulated scale has a load that the test sets (and can make unsteady); it answers, on its own thread, the way
the real ones do, so the station's side runs its real serial link, parser and timing against it.
"""

from __future__ import annotations

import os
import select
import threading
import time
from decimal import Decimal
from pathlib import Path

from tests.ptys import PtyDevice


class SimScale(PtyDevice):
    def __init__(self, directory: Path, name: str = "ttyUSB-scale") -> None:
        self.load = Decimal(0)  # kg on the platform
        self.steady = True  # False: the scale says dynamic / unstable
        self.tare = Decimal(0)
        self.mute = False  # True: read commands, answer nothing (a scale in its setup menu)
        self.script: dict[bytes, bytes] = {}  # command -> a fixed answer, overriding the normal one
        self.received: list[bytes] = []
        self._lock = threading.Lock()
        self._stop = threading.Event()
        super().__init__(directory, name)
        self._thread = threading.Thread(target=self._serve, name="sim-scale", daemon=True)
        self._thread.start()

    def set(self, kg: str | Decimal, steady: bool = True) -> None:
        with self._lock:
            self.load, self.steady = Decimal(kg), steady

    def answer(self, command: bytes) -> bytes | None:
        """The answer to one command line (without its terminator); None: no answer."""
        raise NotImplementedError

    def close(self) -> None:
        self._stop.set()
        self._thread.join(2)
        super().close()

    def _serve(self) -> None:
        buffer = b""
        while not self._stop.is_set():
            master = self.master
            if master is None:
                time.sleep(0.01)
                continue
            try:
                ready, _, _ = select.select([master], [], [], 0.02)
                chunk = os.read(master, 1024) if ready else b""
            except OSError:  # unplugged under us
                buffer = b""
                continue
            self.tick()
            buffer += chunk
            while b"\r\n" in buffer:
                line, buffer = buffer.split(b"\r\n", 1)
                self.received.append(line)
                if self.mute:
                    continue
                with self._lock:
                    reply = self.script.get(line) if line in self.script else self.answer(line)
                if reply is not None:
                    self._send(reply + b"\r\n")

    def tick(self) -> None:
        """Called every 20 ms or so on the scale's thread: streaming scales send here."""

    def _send(self, data: bytes) -> None:
        try:
            if self.master is not None:
                os.write(self.master, data)
        except OSError:
            pass


class SicsScale(SimScale):
    def _weight(self, command: bytes) -> bytes:
        net = self.load - self.tare
        status = b"S" if self.steady else b"D"
        return command + b" " + status + f" {net:>10} kg".encode()

    def answer(self, command: bytes) -> bytes | None:
        if command == b"SI":
            return self._weight(b"S")
        if command == b"S":
            return self._weight(b"S") if self.steady else b"S I"
        if command == b"T":
            if not self.steady:
                return b"T I"
            self.tare = self.load
            return b"T S " + f"{self.tare:>10} kg".encode()
        if command == b"Z":
            if not self.steady:
                return b"Z I"
            if abs(self.load) > 2:
                return b"Z +"
            self.tare = Decimal(0)
            return b"Z A"
        return b"ES"


class StreamingScale(SimScale):
    """An indicator streaming ``ST,GS,+0012.34kg`` lines about 25 times a second, ignoring what it is sent."""

    def __init__(self, directory: Path, name: str = "ttyUSB-scale", template: str = "{head},GS,{sign}{value:07.2f}kg"):
        self.template = template
        self.line: bytes | None = None  # when set, sent instead of the weight (garbage, overload)
        self._next_at = 0.0
        super().__init__(directory, name)

    def answer(self, command: bytes) -> bytes | None:
        return None

    def tick(self) -> None:
        now = time.monotonic()
        if now < self._next_at or self.mute:
            return
        self._next_at = now + 0.04
        with self._lock:
            if self.line is not None:
                data = self.line
            else:
                head = "ST" if self.steady else "US"
                sign = "-" if self.load < 0 else "+"
                data = self.template.format(head=head, sign=sign, value=abs(self.load)).encode()
        self._send(data + b"\r\n")
