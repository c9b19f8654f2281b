"""The station's machine settings: which camera, scanner port, scale, printers; how soon the screen locks.

These are this bench's wiring, not records: they live in a small JSON file beside the station database
(``<db>.settings.json``), never in the event log, and changing one is not an audited act. What the site must
account for (the rule set, the site's identity, lists) lives in the rule set and the event log instead.

Every setting is declared once, in ``SETTINGS`` below, with its type, default and a description; a value read
from the file that does not fit its declaration falls back to the default and is logged, so a hand-edited file
never stops the station. The file is replaced atomically (write, fsync, rename): a power cut leaves the old
file or the new one, never half of one. Tests pass their own path and never touch a user's settings.
"""

from __future__ import annotations

import json
import logging
import os
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Setting:
    key: str
    type: type
    default: Any
    description: str
    choices: tuple[Any, ...] = ()

    def accepts(self, value: Any) -> bool:
        if self.type is float and isinstance(value, int) and not isinstance(value, bool):
            value = float(value)
        if not isinstance(value, self.type) or (self.type is not bool and isinstance(value, bool)):
            return False
        return not self.choices or value in self.choices


SETTINGS: tuple[Setting, ...] = (
    Setting(
        "camera.source",
        str,
        "",
        "camera: empty = the first camera found, else the demo; 'demo'; "
        "'camera:N'; a device path such as /dev/video2; or a recording (video file or image folder)",
    ),
    Setting("camera.width", int, 1280, "requested frame width in pixels (the camera may choose another)"),
    Setting("camera.height", int, 720, "requested frame height in pixels"),
    Setting("camera.fps", float, 30.0, "requested frames per second"),
    Setting(
        "scan.duplicate_scope",
        str,
        "adjacent",
        "which repeat of a scanned code asks before it is judged again: the scan just before, any in this "
        "shift, or any since the station started",
        ("adjacent", "shift", "all_time"),
    ),
    Setting("scan.shift_starts", str, "08:00,20:00", "local times at which shifts begin, comma-separated"),
    Setting(
        "scanner.serial.port",
        str,
        "",
        "serial barcode scanner (USB-CDC or RS-232): empty = none; a device such as /dev/ttyACM0, a stable "
        "/dev/serial/by-id/... name, COM3, or a pyserial URL",
    ),
    Setting("scanner.serial.baudrate", int, 9600, "serial scanner's speed in baud (USB-CDC scanners ignore it)"),
    Setting(
        "scale.port",
        str,
        "",
        "bench scale on a serial port: empty = none; a device such as /dev/ttyUSB0, a /dev/serial/by-id/... "
        "name, COM4, or a pyserial URL",
    ),
    Setting("scale.baudrate", int, 9600, "scale's speed in baud"),
    Setting(
        "scale.protocol",
        str,
        "continuous",
        "what the scale speaks: 'continuous' (streams lines like ST,GS,+0012.34kg; tare and zero kept by the "
        "station) or 'sics' (Mettler Toledo MT-SICS, asked for its weight; tares and zeroes itself)",
        ("continuous", "sics"),
    ),
    Setting("scale.stable_count", int, 3, "consecutive stable readings that make a settled weight"),
    Setting(
        "scale.stable_tolerance_kg", float, 0.1, "how far (kg) those readings may differ and still count as settled"
    ),
    Setting("scale.zero_range_kg", float, 2.0, "the most (kg) the station zeroes away on a scale that cannot zero"),
    Setting(
        "session.lock_after_minutes",
        int,
        10,
        "minutes without a key, click or touch after which the screen locks and the operator must log in again "
        "(0: never)",
    ),
    Setting("display.font_pt", int, 12, "the window's text size in points, for reading at arm's length (9 to 24)"),
    Setting("display.high_contrast", bool, False, "white on black with yellow focus marks, for bright workshops"),
    Setting(
        "printer.certificate",
        str,
        "",
        "printer for certificates and reports (A4): empty = none; qt://NAME (a system printer, qt:// for the "
        "default), cups://QUEUE, or socket://HOST:9100",
    ),
    Setting(
        "printer.label",
        str,
        "",
        "printer for labels: socket://HOST:9100 (ZPL, ?status=1 to ask the printer's state first), "
        "cups://QUEUE?raw=1 (ZPL through a raw CUPS queue), or qt://NAME / cups://QUEUE (PDF labels)",
    ),
)

_BY_KEY = {s.key: s for s in SETTINGS}


class SettingsError(ValueError):
    """An unknown key, or a value of the wrong type for its declaration (a programming or typing error)."""


def settings_path(db_path: Path | str) -> Path:
    return Path(f"{db_path}.settings.json")


def declaration(key: str) -> Setting:
    try:
        return _BY_KEY[key]
    except KeyError:
        raise SettingsError(f"unknown setting {key!r}") from None


class Settings:
    """Read and change the settings; safe from any thread. ``path`` None: in memory only (tests, one-off runs)."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self._lock = threading.Lock()
        self._values: dict[str, Any] = {}
        if path is not None and path.exists():
            self._values = self._load(path)

    @staticmethod
    def _load(path: Path) -> dict[str, Any]:
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            log.warning("settings file %s unreadable (%s): using the defaults", path, exc)
            return {}
        if not isinstance(raw, dict):
            log.warning("settings file %s is not an object: using the defaults", path)
            return {}
        values = {}
        for key, value in raw.items():
            setting = _BY_KEY.get(key)
            if setting is None:
                log.warning("settings file %s: unknown setting %r ignored", path, key)
            elif not setting.accepts(value):
                log.warning("settings file %s: %r=%r does not fit %s, default used", path, key, value, setting.type)
            else:
                values[key] = setting.type(value)
        return values

    def get(self, key: str) -> Any:
        setting = declaration(key)
        with self._lock:
            return self._values.get(key, setting.default)

    def update(self, changes: dict[str, Any]) -> None:
        """Change several settings at once and save them together (all or none)."""
        for key, value in changes.items():
            setting = declaration(key)
            if not setting.accepts(value):
                raise SettingsError(f"{key}: {value!r} is not a valid {setting.type.__name__}")
        with self._lock:
            values = dict(self._values)
            for key, value in changes.items():
                values[key] = _BY_KEY[key].type(value)
            if self.path is not None:
                _write_atomically(self.path, values)
            self._values = values

    def set(self, key: str, value: Any) -> None:
        self.update({key: value})

    def as_dict(self) -> dict[str, Any]:
        with self._lock:
            return {s.key: self._values.get(s.key, s.default) for s in SETTINGS}


def _write_atomically(path: Path, values: dict[str, Any]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    with open(tmp, "w", encoding="utf-8") as out:
        json.dump(values, out, ensure_ascii=False, indent=2, sort_keys=True)
        out.flush()
        os.fsync(out.fileno())
    os.replace(tmp, path)
    if hasattr(os, "O_DIRECTORY"):
        fd = os.open(path.parent, os.O_DIRECTORY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
