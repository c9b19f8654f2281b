"""The verdict sounds, synthesised here (so they are licence-clean and need no shipped files).

They differ in pitch, rhythm and direction, not in pitch alone, so they stay apart on a noisy shop floor and for
people with poor pitch hearing: accept rises, a warning is a double mid tone, quarantine is a slow wavering
tone, reject is a low falling buzz.
"""

from __future__ import annotations

import io
import math
import wave
from array import array

from station.rules.verdict import Outcome

RATE = 22050

# (frequency Hz, or a (start, end) glide; duration s; waveform) per note; 0 Hz is a pause.
Note = tuple[float | tuple[float, float], float, str]
PATTERNS: dict[Outcome, tuple[Note, ...]] = {
    Outcome.ACCEPT: ((880.0, 0.08, "sine"), (0.0, 0.03, "sine"), (1320.0, 0.12, "sine")),
    Outcome.ACCEPT_WARNINGS: ((660.0, 0.12, "sine"), (0.0, 0.08, "sine"), (660.0, 0.12, "sine")),
    Outcome.QUARANTINE: (((520.0, 440.0), 0.25, "triangle"), ((440.0, 520.0), 0.25, "triangle")),
    Outcome.REJECT: (((300.0, 180.0), 0.45, "square"),),
}


def render_wav(outcome: Outcome, volume: float = 0.6) -> bytes:
    samples = array("h")
    for freq, duration, shape in PATTERNS[outcome]:
        samples.extend(_note(freq, duration, shape, volume))
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(samples.tobytes())
    return buffer.getvalue()


def _note(freq: float | tuple[float, float], duration: float, shape: str, volume: float) -> array:
    count = int(RATE * duration)
    start, end = freq if isinstance(freq, tuple) else (freq, freq)
    out = array("h", bytes(2 * count))
    if start == 0:
        return out
    phase = 0.0
    fade = max(1, int(RATE * 0.005))  # 5 ms ramps: no clicks at the edges
    for i in range(count):
        f = start + (end - start) * i / count
        phase += 2 * math.pi * f / RATE
        value = _wave(phase, shape)
        envelope = min(1.0, i / fade, (count - i) / fade)
        out[i] = int(32767 * volume * envelope * value)
    return out


def _wave(phase: float, shape: str) -> float:
    s = math.sin(phase)
    if shape == "square":
        return 0.6 if s >= 0 else -0.6
    if shape == "triangle":
        return 2 / math.pi * math.asin(s)
    return s
