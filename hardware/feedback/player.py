"""Playing the verdict sounds through the system's player, without ever blocking the caller.

A command-line player (ALSA's ``aplay`` by default) keeps Qt Multimedia and its large add-on package out of the
station. A new sound cuts off one still playing: after a quick run of scans the technician hears the latest
verdict, not a queue of old ones.
"""

from __future__ import annotations

import logging
import shutil
import subprocess
from collections.abc import Sequence
from pathlib import Path

from hardware.feedback.tones import render_wav
from station.rules.verdict import Outcome

log = logging.getLogger(__name__)

PLAYERS: tuple[tuple[str, ...], ...] = (("aplay", "-q"), ("paplay",), ("pw-play",))


class SoundPlayer:
    def __init__(self, cache_dir: Path, command: Sequence[str] | None = None, enabled: bool = True) -> None:
        self._dir = cache_dir
        self._command = tuple(command) if command else _first_available()
        self.enabled = enabled and self._command is not None
        self._current: subprocess.Popen[bytes] | None = None
        self._warned = False
        if enabled and self._command is None:
            log.warning("no sound player found (install alsa-utils): verdicts will be shown, not heard")

    def sound_file(self, outcome: Outcome) -> Path:
        path = self._dir / f"verdict-{outcome.value}.wav"
        if not path.exists():
            self._dir.mkdir(parents=True, exist_ok=True)
            tmp = path.with_suffix(".part")
            tmp.write_bytes(render_wav(outcome))
            tmp.replace(path)
        return path

    def prepare(self) -> None:
        """Render every verdict's sound now (a worker thread at start-up), so no verdict waits for its first one."""
        for outcome in Outcome:
            self.sound_file(outcome)

    def play(self, outcome: Outcome) -> bool:
        """Start the verdict's sound; False when it could not be started (the screen still shows the verdict)."""
        if not self.enabled or self._command is None:
            return False
        self.stop()
        try:
            self._current = subprocess.Popen(
                [*self._command, str(self.sound_file(outcome))],
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.PIPE,
            )
        except OSError as exc:
            if not self._warned:
                log.warning("sound player %s failed: %s", self._command[0], exc)
                self._warned = True
            return False
        return True

    def stop(self) -> None:
        if self._current is not None and self._current.poll() is None:
            self._current.terminate()
        self._current = None

    def wait(self, timeout: float = 5.0) -> int | None:
        """The running sound's exit status once it ends (tests and shutdown)."""
        if self._current is None:
            return None
        return self._current.wait(timeout)


def _first_available() -> tuple[str, ...] | None:
    for command in PLAYERS:
        if shutil.which(command[0]):
            return command
    return None
