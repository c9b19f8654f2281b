"""The bench's devices kept in step with Settings: a camera, scanner port, scale or printer changed there is
used at once, without a restart. ``main.py`` hands in how each device is built from the settings."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from hardware.camera.rig import CameraRig
from hardware.printers.service import PrintService
from hardware.scale import ScaleConfig
from hardware.serialport import LinkConfig
from station.settings import Settings
from ui import printing
from ui.camera_view import CameraFeed
from ui.scale_status import ScaleFeed
from ui.serial_scanner import SerialScannerFeed
from ui.tasks import TaskRunner

log = logging.getLogger(__name__)

CAMERA_KEYS = ("camera.", "scan.duplicate_scope", "scan.shift_starts")


@dataclass(frozen=True)
class DeviceBuilders:
    camera: Callable[[Settings], CameraRig]
    scanner: Callable[[Settings], LinkConfig | None]
    scale: Callable[[Settings], ScaleConfig | None]


class BenchDevices:
    def __init__(
        self,
        builders: DeviceBuilders,
        tasks: TaskRunner,
        feed: CameraFeed | None,
        serial: SerialScannerFeed,
        scale: ScaleFeed,
        printers: PrintService | None,
    ) -> None:
        self._builders = builders
        self._tasks = tasks
        self.feed, self.serial, self.scale, self.printers = feed, serial, scale, printers

    def apply(self, settings: Settings, changed: Iterable[str]) -> list[str]:
        """Rebuild the devices whose settings changed; returns which ones (camera, scanner, scale, printers)."""
        changed = tuple(changed)
        applied = []
        if self.feed is not None and any(key.startswith(CAMERA_KEYS) for key in changed):
            self.feed.replace(self._builders.camera(settings), self._off_thread)
            applied.append("camera")
        if any(key.startswith("scanner.serial.") for key in changed):
            self.serial.reconnect(self._builders.scanner(settings), self._off_thread)
            applied.append("scanner")
        if any(key.startswith("scale.") for key in changed):
            self.scale.reconnect(self._builders.scale(settings), self._off_thread)
            applied.append("scale")
        if self.printers is not None and any(key.startswith("printer.") for key in changed):
            self.printers.reconfigure(printing.printers_from(settings))
            applied.append("printers")
        if applied:
            log.info("devices changed in Settings, now in use: %s", ", ".join(applied))
        return applied

    def _off_thread(self, stop: Callable[[], None]) -> None:
        self._tasks.read(stop, lambda _: None, lambda exc: log.warning("stopping a replaced device: %s", exc))
