"""The built-in demo camera: GB/T 34014 labels moving in front of a battery casing, so the station runs with
no webcam. Every few seconds a label is swapped for the next pack's, as a technician would present them.

The labels are the synthetic ones of the tests and the benchmark (synthetic.py), drawn once and moved by a
homography per frame, so a frame costs a few milliseconds. Each frame says DEMO in a corner: a demo scan must
never be mistaken for a real one.
"""

from __future__ import annotations

import math

import cv2
import numpy as np

from hardware.camera.degrade import Geometry
from hardware.camera.symbol_art import SymbolSpec
from hardware.camera.synthetic import HD, NOMINAL_MODULE, background, gb_text, homography, label, paste
from hardware.decode.symbols import Symbology

KINDS = (Symbology.QR_CODE, Symbology.DATA_MATRIX, Symbology.CODE_128)


class DemoSource:
    demo = True

    def __init__(
        self, size: tuple[int, int] = HD, labels: int = 3, fps: float = 15.0, swap_s: float = 8.0, seed: int = 0
    ) -> None:
        self.name = "demo"
        self.size = size
        self.pace_fps = fps
        self.swap_s = swap_s
        self._count = max(1, min(4, labels))
        self._rng = np.random.default_rng(seed)
        self._background = background(size, self._rng)
        self._cards: list[tuple[np.ndarray, np.ndarray, str]] = []
        self._tick = 0
        self.texts: list[str] = []  # what the labels in view say now (for tests and the demo's own checks)

    def open(self) -> None:
        if not self._cards:
            self._cards = [self._card(i) for i in range(self._count)]

    def _card(self, slot: int) -> tuple[np.ndarray, np.ndarray, str]:
        kind = KINDS[slot % len(KINDS)]
        text = gb_text(self._rng)
        # A little larger than the benchmark's nominal size: the demo shows the station at its best.
        module = NOMINAL_MODULE[kind] * self.size[1] / 1080 * 1.2
        card, corners = label(SymbolSpec(text, kind), module, self._rng)
        return card, corners, text

    def read(self) -> np.ndarray | None:
        t = self._tick / (self.pace_fps or 15.0)
        self._tick += 1
        if self.swap_s and self._tick % max(1, round(self.swap_s * (self.pace_fps or 15.0))) == 0:
            slot = int(self._rng.integers(len(self._cards)))
            self._cards[slot] = self._card(slot)
        frame = self._background.copy()
        w, h = self.size
        columns = 2 if len(self._cards) > 1 else 1
        rows = math.ceil(len(self._cards) / columns)
        for i, (card, corners, _text) in enumerate(self._cards):
            cx = w * ((i % columns) + 0.5) / columns + 0.05 * w * math.sin(0.7 * t + i)
            cy = h * ((i // columns) + 0.5) / rows + 0.05 * h * math.sin(0.9 * t + 2 * i)
            g = Geometry(angle=20 * math.sin(0.4 * t + i), tilt=15 + 10 * math.sin(0.5 * t + i), tilt_axis=40.0 * i)
            scale = min(1.0, 0.9 * (w / columns) / card.shape[1], 0.9 * (h / rows) / card.shape[0])
            small = cv2.resize(card, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA) if scale < 1 else card
            m = homography(small.shape[1], small.shape[0], g, (cx, cy), 1.3 * w)
            paste(frame, small, corners * scale, m)
        self.texts = [text for _card, _corners, text in self._cards]
        cv2.putText(frame, "DEMO", (16, 48), cv2.FONT_HERSHEY_DUPLEX, 1.4, (0, 0, 255), 3, cv2.LINE_AA)
        return frame

    def close(self) -> None:
        """Nothing to release: the demo keeps its labels for the next open."""
