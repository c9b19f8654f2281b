"""The synthetic label frames: seeded, truthful about where each symbol is, and degraded as asked."""

from __future__ import annotations

import cv2
import numpy as np
import pytest

from hardware.camera.degrade import DEGRADED, SEVERITIES, Degradation
from hardware.camera.symbol_art import SymbolSpec, modules, payload
from hardware.camera.synthetic import gb_text, synth_frame
from hardware.decode import Symbology
from station.codes import read_code
from station.rules.ruleset import builtin
from tests.conftest import TODAY

SMALL = (640, 360)
SPECS = [
    SymbolSpec("001CB240000003B3C0221953", Symbology.QR_CODE),
    SymbolSpec("04QCB76836300JBC40000903", Symbology.CODE_128),
]


def test_the_same_seed_gives_the_same_pixels():
    a = synth_frame(SPECS, SMALL, Degradation.NOISE, 2, seed=11)
    b = synth_frame(SPECS, SMALL, Degradation.NOISE, 2, seed=11)
    c = synth_frame(SPECS, SMALL, Degradation.NOISE, 2, seed=12)
    assert np.array_equal(a.image, b.image) and a.truths == b.truths
    assert not np.array_equal(a.image, c.image)


@pytest.mark.parametrize("kind", [Degradation.CLEAN, *DEGRADED])
def test_every_degradation_at_every_severity(kind):
    for severity in SEVERITIES:
        frame = synth_frame(SPECS, SMALL, kind, severity, seed=severity)
        assert frame.image.shape == (360, 640, 3) and frame.image.dtype == np.uint8
        assert [t.text for t in frame.truths] == [s.text for s in SPECS]
        for truth in frame.truths:
            pts = np.asarray(truth.polygon)
            assert (pts >= 0).all() and (pts[:, 0] < 640).all() and (pts[:, 1] < 360).all()


def sharpness(kind: Degradation, severity: int) -> float:
    frame = synth_frame(SPECS[:1], SMALL, kind, severity, seed=3)
    gray = cv2.cvtColor(frame.image, cv2.COLOR_BGR2GRAY)
    x, y, w, h = cv2.boundingRect(np.asarray(frame.truths[0].polygon, np.float32))
    return float(cv2.Laplacian(gray[y : y + h, x : x + w], cv2.CV_64F).var())


@pytest.mark.parametrize("kind", [Degradation.DEFOCUS, Degradation.MOTION])
def test_severity_grades_the_damage(kind):
    grades = [sharpness(Degradation.CLEAN, 1)] + [sharpness(kind, s) for s in SEVERITIES]
    assert grades == sorted(grades, reverse=True)


def test_labels_do_not_overlap():
    specs = [SymbolSpec(f"CODE{i}", Symbology.DATA_MATRIX) for i in range(4)]
    frame = synth_frame(specs, (1280, 720), seed=4)
    boxes = [cv2.boundingRect(np.asarray(t.polygon, np.float32)) for t in frame.truths]
    for i, (x, y, w, h) in enumerate(boxes):
        for x2, y2, w2, h2 in boxes[i + 1 :]:
            assert x + w <= x2 or x2 + w2 <= x or y + h <= y2 or y2 + h2 <= y


def test_texts_and_payloads():
    rng = np.random.default_rng(0)
    for _ in range(20):
        text = gb_text(rng)
        assert read_code(text, builtin().code_tables, TODAY).valid
    gs1 = SymbolSpec("(01)06901234567892(240)001CB240000003B3C0221953(91)A1", Symbology.GS1_128)
    assert payload(gs1) == "0106901234567892240001CB240000003B3C0221953\x1d91A1"
    assert (
        modules(SymbolSpec("X", Symbology.DATA_MATRIX)).shape[0]
        == modules(SymbolSpec("X", Symbology.DATA_MATRIX)).shape[1]
    )
    assert modules(SymbolSpec("X", Symbology.CODE_128)).shape[0] == 1
