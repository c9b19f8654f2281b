"""The decode pipeline on rendered label frames: what it reads, where, with which engines, and what it refuses."""

from __future__ import annotations

import cv2
import numpy as np
import pytest
import zxingcpp

from hardware.camera.degrade import Degradation
from hardware.camera.symbol_art import SymbolSpec
from hardware.decode import DecodePipeline, PipelineConfig, Symbology
from station.rules.ruleset import builtin
from tests.conftest import TODAY, make_code
from tests.scan.conftest import inside

GB = make_code("P", serial=4711)


@pytest.mark.parametrize(
    ("symbology", "text"),
    [
        (Symbology.QR_CODE, GB),
        (Symbology.DATA_MATRIX, GB),
        (Symbology.CODE_128, GB),
        (Symbology.GS1_128, f"(01)06901234567892(240){GB}"),
    ],
)
def test_reads_each_symbology_with_its_gb_code(pipeline, render, symbology, text):
    frame = render([SymbolSpec(text, symbology)])
    truth = frame.truths[0]
    result = pipeline.decode(frame.image)
    assert [s.text for s in result.symbols] == [truth.text]
    symbol = result.symbols[0]
    assert symbol.format is symbology
    assert symbol.raw == truth.text.encode()
    assert symbol.gb_code == GB and symbol.gb is not None and symbol.gb.valid
    assert inside(truth.polygon, symbol.center)
    if symbology.linear:
        # A 1-D read stands only when confirmed by a second, independent reading.
        assert len(symbol.engines) == 2 or symbol.found_by != "frame"


def test_gs1_128_keeps_its_group_separator_and_identifier(pipeline, render):
    frame = render([SymbolSpec(f"(01)06901234567892(240){GB}(91)A1", Symbology.GS1_128)])
    (symbol,) = pipeline.decode(frame.image).symbols
    assert symbol.text == f"0106901234567892240{GB}\x1d91A1"
    assert symbol.aim_id == "]C1" and symbol.gb_code == GB


@pytest.mark.parametrize("eci", [False, True])
def test_utf8_text_is_read_as_utf8_with_or_without_eci(pipeline, render, eci):
    text = f"动力电池包 {GB}"
    frame = render([SymbolSpec(text, Symbology.QR_CODE, eci=eci)])
    (symbol,) = pipeline.decode(frame.image).symbols
    assert symbol.text == text
    assert symbol.raw == text.encode("utf-8")
    assert symbol.gb_code == GB


def test_every_symbol_is_reported_whatever_it_holds(pipeline, render):
    link = "https://battery-passport.example/id/ABC123"
    frame = render([SymbolSpec(link, Symbology.QR_CODE), SymbolSpec("NOT-A-CODE-42", Symbology.DATA_MATRIX)])
    result = pipeline.decode(frame.image)
    assert sorted(result.texts) == sorted([link, "NOT-A-CODE-42"])
    assert all(s.gb is None and s.gb_code is None for s in result.symbols)


def test_several_codes_in_one_frame(pipeline, render):
    specs = [
        SymbolSpec(make_code("P", serial=1), Symbology.QR_CODE),
        SymbolSpec(make_code("M", serial=2), Symbology.DATA_MATRIX),
        SymbolSpec(make_code("C", serial=3), Symbology.CODE_128),
    ]
    frame = render(specs, seed=5)
    assert len(frame.truths) == 3
    result = pipeline.decode(frame.image)
    assert sorted(result.texts) == sorted(t.text for t in frame.truths)
    for truth in frame.truths:
        (symbol,) = [s for s in result.symbols if s.text == truth.text]
        assert symbol.format is truth.symbology and inside(truth.polygon, symbol.center)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_tilted_code_128_is_turned_upright_and_read(pipeline, render, seed):
    frame = render([SymbolSpec(GB, Symbology.CODE_128)], Degradation.ROTATION, severity=2, seed=seed)
    gray = cv2.cvtColor(frame.image, cv2.COLOR_BGR2GRAY)
    # The engines alone do not read a 1-D code at 30-60 degrees: this is the pipeline's work.
    assert GB.encode() not in [bytes(b.bytes) for b in zxingcpp.read_barcodes(gray)]
    (symbol,) = pipeline.decode(frame.image).symbols
    assert symbol.text == GB and symbol.found_by != "frame"


@pytest.mark.parametrize("mark", [{"inverted": True}, {"dotted": True}])
def test_marks_on_metal(pipeline, render, mark):
    frame = render([SymbolSpec(GB, Symbology.DATA_MATRIX, **mark)])
    assert pipeline.decode(frame.image).texts == [GB]


def test_glare_is_suppressed(pipeline, render):
    frame = render([SymbolSpec(GB, Symbology.QR_CODE)], Degradation.GLARE, severity=3, seed=2)
    assert pipeline.decode(frame.image).texts == [GB]


def test_a_frame_without_codes_reports_nothing(pipeline, render):
    frame = render([])
    result = pipeline.decode(frame.image)
    assert result.symbols == () and result.conflicts == 0
    blank = np.full((720, 1280, 3), 128, np.uint8)
    assert pipeline.decode(blank).symbols == ()


def test_grey_input_and_symbology_choice(render):
    frame = render([SymbolSpec(GB, Symbology.QR_CODE), SymbolSpec(make_code("C"), Symbology.CODE_128)], seed=3)
    only_qr = DecodePipeline(
        PipelineConfig(budget_ms=5_000, symbologies=frozenset({Symbology.QR_CODE})),
        builtin().code_tables,
        today=lambda: TODAY,
    )
    gray = cv2.cvtColor(frame.image, cv2.COLOR_BGR2GRAY)
    assert only_qr.decode(gray).texts == [GB]


def test_only_the_symbologies_asked_for(render):
    frame = render([SymbolSpec(GB, Symbology.QR_CODE), SymbolSpec(make_code("C"), Symbology.CODE_128)], seed=3)
    only_bars = DecodePipeline(
        PipelineConfig(budget_ms=5_000, symbologies=frozenset({Symbology.CODE_128, Symbology.GS1_128})),
        builtin().code_tables,
        today=lambda: TODAY,
    )
    assert only_bars.decode(frame.image).texts == [make_code("C")]


def test_without_budget_only_the_whole_frame_pass_runs(render):
    frame = render([SymbolSpec(GB, Symbology.QR_CODE), SymbolSpec(make_code("C"), Symbology.CODE_128)], seed=3)
    hurried = DecodePipeline(PipelineConfig(budget_ms=0), builtin().code_tables, today=lambda: TODAY)
    result = hurried.decode(frame.image)
    assert result.passes == ("frame",) and result.exhausted
    assert result.texts == [GB]  # the QR code, read whole; the 1-D code needed crops there was no time for
