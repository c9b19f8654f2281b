"""A serial device for tests: a pseudo-terminal whose slave end the station opens through a stable symlink, the way
it opens a udev ``/dev/serial/by-id/...`` name. Unplugging closes the master (the station's reads fail as they do
when a USB adapter is pulled); plugging in again makes a new pty and re-points the symlink."""

from __future__ import annotations

import os
import select
import time
from pathlib import Path


class PtyDevice:
    def __init__(self, directory: Path, name: str = "device") -> None:
        self.path = directory / name  # what the station is configured with
        self.master: int | None = None
        self._slave: int | None = None
        self.plug()

    def plug(self) -> None:
        master, slave = os.openpty()
        # Keep the slave open here too: without it the master sees EIO between the station's close and re-open.
        self.master, self._slave = master, slave
        tmp = self.path.with_suffix(".new")
        tmp.unlink(missing_ok=True)
        tmp.symlink_to(os.ttyname(slave))
        tmp.replace(self.path)

    def unplug(self) -> None:
        self.path.unlink(missing_ok=True)
        for fd in (self.master, self._slave):
            if fd is not None:
                os.close(fd)
        self.master = self._slave = None

    def send(self, data: bytes) -> None:
        assert self.master is not None, "unplugged"
        os.write(self.master, data)

    def receive(self, until: bytes, timeout: float = 5.0) -> bytes:
        """What the station wrote to the device, up to and including ``until``."""
        assert self.master is not None, "unplugged"
        data = b""
        deadline = time.monotonic() + timeout
        while until not in data:
            left = deadline - time.monotonic()
            if left <= 0:
                raise TimeoutError(f"device received {data!r}, not {until!r}")
            ready, _, _ = select.select([self.master], [], [], left)
            if ready:
                data += os.read(self.master, 1024)
        return data

    def close(self) -> None:
        if self.master is not None:
            self.unplug()


def wait_for(predicate, timeout: float = 5.0, interval: float = 0.01) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise TimeoutError("condition not met")
        time.sleep(interval)
