"""From decoded frames to scans, on a controlled clock: confirmation, debounce, blanking and duplicate scopes."""

from __future__ import annotations

from datetime import datetime, time

import pytest

from hardware.decode import Symbol, Symbology
from hardware.decode.tracker import (
    CHINA,
    DuplicatePolicy,
    DuplicateScope,
    ScanTracker,
    TrackerConfig,
    shift_start,
)
from station.codes import read_code
from station.rules.ruleset import builtin
from tests.conftest import TODAY, make_code

TABLES = builtin().code_tables
MORNING = datetime(2026, 11, 24, 9, 0, tzinfo=CHINA)


def symbol(text: str, fmt: Symbology = Symbology.QR_CODE, x: float = 0.0) -> Symbol:
    read = read_code(text.encode(), TABLES, TODAY)
    polygon = ((x, 0.0), (x + 50, 0.0), (x + 50, 50.0), (x, 50.0))
    return Symbol(text, text.encode(), fmt, polygon, ("zxing",), "frame", gb=read if read.code else None)


VALID = make_code("P", serial=1)
OTHER = make_code("P", serial=2)
FLAWED = VALID[:14] + "1D0" + VALID[17:]  # 2011-13-?? : the shape of a code, an impossible date


def run(tracker: ScanTracker, frames: list[list[Symbol]], start: float = 0.0, step: float = 0.1, wall=MORNING):
    scans = []
    for i, frame in enumerate(frames):
        scans += tracker.feed(frame, now=start + i * step, wall=wall)
    return scans


def test_a_valid_gb_code_counts_at_first_sight_others_after_two_frames():
    assert symbol(VALID).gb.valid and symbol(FLAWED).gb is not None and not symbol(FLAWED).gb.valid
    tracker = ScanTracker()
    (first,) = tracker.feed([symbol(VALID)], now=0.0, wall=MORNING)
    assert first.key == VALID and first.frames == 1 and not first.duplicate
    for text in (FLAWED, "https://passport.example/x"):
        tracker = ScanTracker()
        assert tracker.feed([symbol(text)], now=0.0, wall=MORNING) == []
        (scan,) = tracker.feed([symbol(text)], now=0.1, wall=MORNING)
        assert scan.key == text and scan.frames == 2


def test_frames_to_confirm_is_configurable_and_applies_to_valid_codes_when_asked():
    tracker = ScanTracker(TrackerConfig(frames_to_confirm=3, valid_confirms_at_once=False))
    scans = run(tracker, [[symbol(VALID)]] * 3)
    assert [s.frames for s in scans] == [3]


def test_a_code_held_in_view_is_one_scan():
    tracker = ScanTracker()
    assert len(run(tracker, [[symbol(VALID)]] * 50)) == 1


def test_a_short_dropout_is_the_same_presentation_a_long_absence_a_new_one():
    tracker = ScanTracker(TrackerConfig(gone_after_s=1.0))
    frames = [[symbol(VALID)]] * 5 + [[]] * 5 + [[symbol(VALID)]] * 5  # 0.5 s unseen: still the same scan
    assert len(run(tracker, frames)) == 1
    again = tracker.feed([symbol(VALID)], now=1.4 + 1.5, wall=MORNING)  # 1.5 s unseen: presented again
    assert len(again) == 1 and again[0].duplicate  # the same code as the scan before


def test_blanking_holds_back_the_next_code_until_it_ends():
    tracker = ScanTracker(TrackerConfig(blanking_s=0.8))
    assert [s.key for s in tracker.feed([symbol(VALID)], now=0.0, wall=MORNING)] == [VALID]
    assert tracker.feed([symbol(VALID), symbol(OTHER, x=200)], now=0.3, wall=MORNING) == []
    (late,) = tracker.feed([symbol(OTHER, x=200)], now=0.9, wall=MORNING)
    assert late.key == OTHER and late.frames == 2


def test_one_label_with_the_code_twice_is_one_scan_counting_one_frame():
    tracker = ScanTracker()
    pair = [symbol(FLAWED, Symbology.QR_CODE), symbol(FLAWED, Symbology.CODE_128, x=300)]
    assert tracker.feed(pair, now=0.0, wall=MORNING) == []
    (scan,) = tracker.feed(pair, now=0.1, wall=MORNING)
    assert scan.frames == 2


def test_the_gb_code_is_the_key_whatever_surrounds_it():
    tracker = ScanTracker()
    (scan,) = tracker.feed([symbol(f"[)>\x1e06\x1dP{VALID}\x1e\x04")], now=0.0, wall=MORNING)
    assert scan.key == VALID
    assert tracker.feed([symbol(VALID, x=300)], now=0.1, wall=MORNING) == []  # the same code, held in view


def present(tracker: ScanTracker, key: str, at: float, wall: datetime):
    """The label is shown, then taken away for long enough to count as gone."""
    scans = tracker.feed([symbol(key)], now=at, wall=wall)
    assert len(scans) == 1
    return scans[0]


@pytest.mark.parametrize(
    ("scope", "expected"),
    [
        # A at 09:00, B at 09:05, A at 09:10, A at 21:00 (the night shift), A two days later
        (DuplicateScope.ADJACENT, [False, False, False, True, True]),
        (DuplicateScope.SHIFT, [False, False, True, False, False]),
        (DuplicateScope.ALL_TIME, [False, False, True, True, True]),
    ],
)
def test_duplicate_scopes(scope, expected):
    tracker = ScanTracker(policy=DuplicatePolicy(scope))
    day = datetime(2026, 11, 24, tzinfo=CHINA)
    plan = [
        (VALID, day.replace(hour=9)),
        (OTHER, day.replace(hour=9, minute=5)),
        (VALID, day.replace(hour=9, minute=10)),
        (VALID, day.replace(hour=21)),
        (VALID, day.replace(day=26, hour=21, minute=30)),
    ]
    flags = [present(tracker, key, at=10.0 * i, wall=wall).duplicate for i, (key, wall) in enumerate(plan)]
    assert flags == expected


def test_all_time_asks_the_records_too():
    recorded = {OTHER}
    tracker = ScanTracker(policy=DuplicatePolicy(DuplicateScope.ALL_TIME, known=recorded.__contains__))
    assert not present(tracker, VALID, 0.0, MORNING).duplicate
    assert present(tracker, OTHER, 10.0, MORNING).duplicate


@pytest.mark.parametrize(
    ("local", "start"),
    [
        (datetime(2026, 11, 24, 8, 0), datetime(2026, 11, 24, 8, 0)),
        (datetime(2026, 11, 24, 19, 59), datetime(2026, 11, 24, 8, 0)),
        (datetime(2026, 11, 24, 20, 0), datetime(2026, 11, 24, 20, 0)),
        (datetime(2026, 11, 25, 7, 59), datetime(2026, 11, 24, 20, 0)),
    ],
)
def test_shift_start(local, start):
    of = shift_start((time(8), time(20)))
    assert of(local.replace(tzinfo=CHINA)) == start.replace(tzinfo=CHINA)
    # The same instant given in UTC falls in the same local shift.
    assert of(local.replace(tzinfo=CHINA).astimezone(tz=None)) == start.replace(tzinfo=CHINA)
