"""What counts as a read: agreement adds engines, disagreement leaves the place empty, 1-D reads need a second."""

from __future__ import annotations

from hardware.decode import Symbology
from hardware.decode.engines import Read
from hardware.decode.merge import Observation, places

QR_BOX = ((100.0, 100.0), (200.0, 100.0), (200.0, 200.0), (100.0, 200.0))
BAR_STRIP = ((300.0, 400.0), (900.0, 400.0), (900.0, 402.0), (300.0, 402.0))  # zxing: the scan lines it used
BAR_BOX = ((290.0, 350.0), (910.0, 350.0), (910.0, 450.0), (290.0, 450.0))


def obs(raw: bytes, kind: Symbology, polygon, engine: str = "zxing", sample: str = "frame") -> Observation:
    return Observation(Read(raw, kind, polygon, engine), f"test/{sample}", sample)


def test_agreeing_reads_are_one_symbol_with_both_engines():
    (place,) = places([obs(b"A", Symbology.QR_CODE, QR_BOX), obs(b"A", Symbology.QR_CODE, QR_BOX, "zbar", "square")])
    assert place.confirmed and place.raw == b"A" and place.engines == ("zbar", "zxing")


def test_disagreeing_reads_at_one_place_report_nothing():
    (place,) = places([obs(b"A", Symbology.QR_CODE, QR_BOX), obs(b"B", Symbology.QR_CODE, QR_BOX, "zbar")])
    assert place.raw is None and not place.confirmed


def test_a_strip_and_a_box_of_one_bar_code_are_one_place():
    found = places([obs(b"X", Symbology.CODE_128, BAR_STRIP), obs(b"Y", Symbology.CODE_128, BAR_BOX, "zbar", "line")])
    assert len(found) == 1 and found[0].raw is None


def test_a_1d_read_needs_an_independent_second():
    lone = places([obs(b"X", Symbology.CODE_128, BAR_STRIP, sample="line")])[0]
    assert lone.raw == b"X" and not lone.confirmed
    # Two scan lines of one image by one engine are not independent.
    same = places([obs(b"X", Symbology.CODE_128, BAR_STRIP, sample="line")] * 2)[0]
    assert not same.confirmed
    for second in (
        obs(b"X", Symbology.CODE_128, BAR_BOX, "zbar", "line"),  # the other engine
        obs(b"X", Symbology.CODE_128, BAR_BOX, "zxing", "tall"),  # the same engine, another sampling
    ):
        (place,) = places([obs(b"X", Symbology.CODE_128, BAR_STRIP, sample="line"), second])
        assert place.confirmed


def test_gs1_128_is_known_by_the_engine_that_can_tell():
    (place,) = places(
        [obs(b"01X", Symbology.CODE_128, BAR_BOX, "zbar", "line"), obs(b"01X", Symbology.GS1_128, BAR_STRIP)]
    )
    assert place.symbology is Symbology.GS1_128 and place.confirmed


def test_different_symbologies_overlapping_are_different_places():
    found = places([obs(b"A", Symbology.QR_CODE, BAR_BOX), obs(b"B", Symbology.CODE_128, BAR_BOX, "zbar", "line")])
    assert sorted(p.raw for p in found) == [b"A", b"B"]


def test_far_apart_reads_of_one_text_are_two_symbols():
    moved = tuple((x + 600, y) for x, y in QR_BOX)
    assert len(places([obs(b"A", Symbology.QR_CODE, QR_BOX), obs(b"A", Symbology.QR_CODE, moved)])) == 2
