"""Fixtures for the scanning tests: real label frames rendered on the fly and the real decode pipeline.

The budget is generous so that what a test sees never depends on how busy the machine is: the tests check what
the pipeline reads, the benchmark (bench/decode.py) checks how fast.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import cv2
import numpy as np
import pytest

from hardware.camera.degrade import Degradation
from hardware.camera.symbol_art import SymbolSpec
from hardware.camera.synthetic import HD, SyntheticFrame, synth_frame
from hardware.decode import DecodePipeline, PipelineConfig
from station.rules.ruleset import builtin
from tests.conftest import TODAY

NO_HURRY = PipelineConfig(budget_ms=5_000)


@pytest.fixture(scope="session")
def pipeline() -> DecodePipeline:
    return DecodePipeline(NO_HURRY, builtin().code_tables, today=lambda: TODAY)


Render = Callable[..., SyntheticFrame]


@pytest.fixture
def render() -> Render:
    def make(
        specs: Sequence[SymbolSpec],
        degradation: Degradation = Degradation.CLEAN,
        severity: int = 1,
        seed: int = 1,
        size: tuple[int, int] = HD,
    ) -> SyntheticFrame:
        return synth_frame(specs, size, degradation, severity, seed)

    return make


def inside(polygon: Sequence[tuple[float, float]], point: tuple[float, float]) -> bool:
    return cv2.pointPolygonTest(np.asarray(polygon, np.float32), point, False) >= 0
