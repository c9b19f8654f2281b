"""The verdict sounds: valid audio, told apart by their spectra, played through a real player."""

from __future__ import annotations

import io
import shutil
import wave
from pathlib import Path

import numpy as np
import pytest

from hardware.feedback import SoundPlayer, render_wav
from station.rules.verdict import Outcome


def samples(outcome: Outcome) -> tuple[np.ndarray, int]:
    with wave.open(io.BytesIO(render_wav(outcome))) as wav:
        assert (wav.getnchannels(), wav.getsampwidth()) == (1, 2)
        return np.frombuffer(wav.readframes(wav.getnframes()), dtype=np.int16), wav.getframerate()


def dominant_hz(data: np.ndarray, rate: int) -> float:
    spectrum = np.abs(np.fft.rfft(data.astype(float)))
    return float(np.fft.rfftfreq(len(data), 1 / rate)[np.argmax(spectrum)])


def test_each_verdict_sounds_different():
    peaks = {o: dominant_hz(*samples(o)) for o in Outcome}
    durations = {o: len(samples(o)[0]) / samples(o)[1] for o in Outcome}
    assert peaks[Outcome.REJECT] < 320 < peaks[Outcome.QUARANTINE] < 600 < peaks[Outcome.ACCEPT_WARNINGS]
    assert peaks[Outcome.ACCEPT] > 800
    assert all(0.2 < d < 0.6 for d in durations.values())
    assert len({render_wav(o) for o in Outcome}) == len(Outcome)


def test_no_clipping_and_no_click_at_the_edges():
    for outcome in Outcome:
        data, _ = samples(outcome)
        assert np.max(np.abs(data)) < 32767
        assert abs(int(data[0])) < 500 and abs(int(data[-1])) < 500


def test_played_through_a_real_player(tmp_path: Path):
    if shutil.which("aplay") is None:
        pytest.fail("aplay missing: scripts/install.sh installs alsa-utils")
    player = SoundPlayer(tmp_path, command=("aplay", "-q", "-D", "null"))
    assert player.play(Outcome.REJECT)
    assert player.wait() == 0
    assert (tmp_path / "verdict-reject.wav").stat().st_size > 1000


def test_a_missing_player_is_reported_not_raised(tmp_path: Path):
    player = SoundPlayer(tmp_path, command=("/nonexistent/player",))
    assert player.play(Outcome.ACCEPT) is False


def test_prepare_renders_every_sound_ahead_of_the_first_verdict(tmp_path: Path):
    player = SoundPlayer(tmp_path / "sounds", command=("aplay", "-q", "-D", "null"))
    player.prepare()
    files = {p.name: p.read_bytes() for p in (tmp_path / "sounds").iterdir()}
    assert files == {f"verdict-{o.value}.wav": render_wav(o) for o in Outcome}
