"""The scale over pyserial's loop:// (a streaming indicator's lines written into the loop) and over a pseudo-terminal
(a simulated MT-SICS scale answering commands, a streaming indicator unplugged and re-plugged)."""

from __future__ import annotations

import time
from concurrent.futures import ThreadPoolExecutor
from decimal import Decimal

import pytest

from hardware.camera.capture import Backoff
from hardware.scale import Scale, ScaleConfig, ScaleError, ScaleStatus
from hardware.serialport import LinkConfig, LinkState
from tests.ptys import wait_for
from tests.scale.sim import SicsScale, StreamingScale

FAST = Backoff(first_s=0.02, max_s=0.1)


def loop_scale(**options) -> tuple[Scale, list[ScaleStatus]]:
    statuses: list[ScaleStatus] = []
    config = ScaleConfig(LinkConfig("loop://", backoff=FAST), **options)
    scale = Scale(config, on_status=statuses.append).start()
    assert scale.link.wait_connected(5)
    return scale, statuses


def feed(scale: Scale, *lines: bytes) -> None:
    """Lines as the indicator sends them; returns once the scale has parsed them all."""
    seen = scale.readings + scale.problems
    scale.link.write(b"".join(line + b"\r\n" for line in lines))
    wait_for(lambda: scale.readings + scale.problems >= seen + len(lines))


@pytest.fixture
def pool():
    with ThreadPoolExecutor(2) as executor:
        yield executor


def test_a_weight_settles_after_three_stable_readings_within_tolerance(pool):
    scale, _ = loop_scale()
    try:
        future = pool.submit(scale.weigh, 5)
        time.sleep(0.05)
        feed(scale, b"US,GS,+0450.10kg", b"ST,GS,+0450.40kg", b"ST,GS,+0450.50kg")
        assert not future.done()
        assert scale.status().weight.stable is False
        feed(scale, b"ST,GS,+0450.50kg")
        weight = future.result(2)
        assert weight.kg == Decimal("450.50") and weight.stable and weight.unit == "kg"
        assert weight.raw == b"ST,GS,+0450.50kg"
    finally:
        scale.stop()


def test_an_unstable_reading_restarts_the_count_and_a_spread_beyond_tolerance_never_settles():
    scale, _ = loop_scale(stable_tolerance_kg=Decimal("0.1"))
    try:
        feed(scale, b"ST,GS,+0012.00kg", b"ST,GS,+0012.00kg", b"US,GS,+0012.00kg", b"ST,GS,+0012.00kg")
        assert scale.status().weight.stable is False
        feed(scale, b"ST,GS,+0012.00kg", b"ST,GS,+0012.20kg", b"ST,GS,+0012.00kg")
        assert scale.status().weight.stable is False
        with pytest.raises(ScaleError) as caught:
            scale.weigh(0.3)
        assert caught.value.reason == "scale_unstable"
        assert caught.value.params == {"seconds": "0.3"}
    finally:
        scale.stop()


def test_a_weight_settled_before_weigh_was_asked_is_not_returned(pool):
    scale, _ = loop_scale()
    try:
        feed(scale, *[b"ST,GS,+0001.50kg"] * 3)  # the empty pallet, settled
        assert scale.status().weight.stable
        future = pool.submit(scale.weigh, 5)
        time.sleep(0.1)
        assert not future.done()  # no reading since the call
        feed(scale, b"ST,GS,+0001.50kg")
        assert future.result(2).kg == Decimal("1.50")
    finally:
        scale.stop()


def test_overload_and_garbage_clear_the_weight_and_say_why():
    scale, statuses = loop_scale()
    try:
        feed(scale, *[b"ST,GS,+0012.00kg"] * 3)
        feed(scale, b"OL,GS,+9999999kg")
        status = scale.status()
        assert (status.weight, status.reason) == (None, "scale_overload")
        with pytest.raises(ScaleError) as caught:
            scale.weigh(0.2)
        assert caught.value.reason == "scale_overload"
        feed(scale, b"ST,GS,+00\xb912.00kg")
        assert scale.status().reason == "scale_garbled" and scale.status().weight is None
        feed(scale, b"ST,GS,+0012.00kg")
        assert scale.status().reason == "" and scale.status().weight.stable is False  # counting again from one
        assert [s.reason for s in statuses if s.reason] == ["scale_overload", "scale_garbled"]
    finally:
        scale.stop()


def test_station_zero_and_tare_on_a_scale_that_takes_no_commands(pool):
    scale, _ = loop_scale()

    def settle(line: bytes):
        future = pool.submit(scale.weigh, 5)
        time.sleep(0.05)
        feed(scale, *[line] * 3)
        return future.result(2)

    try:
        zeroing = pool.submit(scale.zero, 5)
        time.sleep(0.05)
        feed(scale, *[b"ST,GS,+0000.30kg"] * 3)
        zeroing.result(2)
        assert settle(b"ST,GS,+0000.30kg").kg == Decimal("0.00")

        taring = pool.submit(scale.tare, 5)
        time.sleep(0.05)
        feed(scale, *[b"ST,GS,+0025.30kg"] * 3)  # an empty container
        assert taring.result(2).shown_kg == Decimal("25.30")
        assert scale.tare_kg == Decimal("25.00")
        weight = settle(b"ST,GS,+0125.80kg")
        assert (weight.kg, weight.shown_kg, weight.tare_kg) == (Decimal("100.50"), Decimal("125.80"), Decimal("25.00"))

        scale.clear_tare()
        assert settle(b"ST,GS,+0125.80kg").kg == Decimal("125.50")

        zeroing = pool.submit(scale.zero, 5)
        time.sleep(0.05)
        feed(scale, *[b"ST,GS,+0125.80kg"] * 3)
        with pytest.raises(ScaleError) as caught:
            zeroing.result(2)
        assert caught.value.reason == "scale_zero_out_of_range"
        assert caught.value.params == {"kg": "125.80", "limit_kg": "2"}
    finally:
        scale.stop()


def test_a_streaming_scale_that_falls_silent_is_reported():
    scale, statuses = loop_scale(silence_s=0.3, poll_interval_s=0.05)
    try:
        feed(scale, b"ST,GS,+0012.00kg")
        wait_for(lambda: scale.status().reason == "scale_no_answer")
        assert scale.status().params == {"seconds": "0.3"} and scale.status().weight is None
        assert sum(s.reason == "scale_no_answer" for s in statuses) == 1  # said once, not every poll
        feed(scale, b"ST,GS,+0012.00kg")
        assert scale.status().reason == ""
    finally:
        scale.stop()


def test_an_unknown_protocol_is_refused():
    with pytest.raises(ValueError, match="unknown scale protocol"):
        ScaleConfig(LinkConfig("loop://"), protocol="toledo-binary")


# ---- a simulated MT-SICS scale on a pseudo-terminal ------------------------------------------------------------------


@pytest.fixture
def sics(tmp_path):
    sim = SicsScale(tmp_path)
    states: list[tuple[LinkState, str]] = []
    config = ScaleConfig(LinkConfig(str(sim.path), backoff=FAST), protocol="sics", poll_interval_s=0.05)
    scale = Scale(config, on_state=lambda s, r: states.append((s, r))).start()
    assert scale.link.wait_connected(5)
    yield sim, scale, states
    scale.stop()
    sim.close()


def test_sics_weighs_tares_and_zeroes_through_the_scale(sics):
    sim, scale, _ = sics
    sim.set("0.00")
    scale.zero()
    assert b"Z" in sim.received
    sim.set("31.25")  # an empty container
    tare = scale.tare()
    assert tare.kg == Decimal("31.25") and sim.tare == Decimal("31.25")
    sim.set("131.75")
    weight = scale.weigh(5)
    assert (weight.kg, weight.net, weight.tare_kg) == (Decimal("100.50"), True, Decimal(0))
    assert b"SI" in sim.received


def test_sics_unsteady_load_refusals_and_errors(sics):
    sim, scale, _ = sics
    sim.set("80.0", steady=False)
    with pytest.raises(ScaleError) as caught:
        scale.weigh(0.5)
    assert caught.value.reason == "scale_unstable"
    with pytest.raises(ScaleError) as caught:
        scale.tare(2)
    assert caught.value.reason == "scale_busy"  # T I: the scale will not tare a moving load
    sim.set("80.0")
    with pytest.raises(ScaleError) as caught:
        scale.zero(2)
    assert caught.value.reason == "scale_command_refused"  # Z +: beyond the zero-setting range
    sim.script[b"T"] = b"ES"
    with pytest.raises(ScaleError) as caught:
        scale.tare(2)
    assert caught.value.reason == "scale_command_syntax"
    assert scale.weigh(5).kg == Decimal("80.0")  # the poll goes on after all this


def test_sics_scale_that_does_not_answer(sics):
    sim, scale, _ = sics
    sim.set("5.0")
    assert scale.weigh(5).kg == Decimal("5.0")
    sim.mute = True
    with pytest.raises(ScaleError) as caught:
        scale.tare(0.5)
    assert caught.value.reason == "scale_no_answer"
    wait_for(lambda: scale.status().reason == "scale_no_answer")
    sim.mute = False
    assert scale.weigh(5).kg == Decimal("5.0")


def test_sics_scale_unplugged_and_plugged_in_again(sics):
    sim, scale, states = sics
    sim.set("12.5")
    assert scale.weigh(5).kg == Decimal("12.5")
    sim.unplug()
    wait_for(lambda: scale.state is LinkState.DISCONNECTED)
    assert scale.status().reason == "scale_disconnected" and scale.status().weight is None
    started = time.monotonic()
    with pytest.raises(ScaleError) as caught:
        scale.weigh(30)
    assert caught.value.reason == "scale_disconnected"
    assert time.monotonic() - started < 10  # said at once, not after the whole timeout
    sim.plug()
    sim.set("13.5")
    assert scale.link.wait_connected(10)
    assert scale.weigh(10).kg == Decimal("13.5")
    assert scale.link.reconnects == 1
    assert (LinkState.DISCONNECTED, "serial_read_failed") in states


def test_streaming_indicator_on_a_pty(tmp_path):
    sim = StreamingScale(tmp_path)
    scale = Scale(ScaleConfig(LinkConfig(str(sim.path), backoff=FAST))).start()
    try:
        sim.set("450.5")
        assert scale.weigh(5).kg == Decimal("450.50")
        sim.set("450.5", steady=False)
        with pytest.raises(ScaleError):
            scale.weigh(0.5)
        sim.line = b"OL,GS,+9999999kg"
        wait_for(lambda: scale.status().reason == "scale_overload")
        sim.line = None
        sim.set("-0.4")
        assert scale.weigh(5).kg == Decimal("-0.40")
        sim.unplug()
        wait_for(lambda: scale.status().reason == "scale_disconnected")
        sim.plug()
        sim.set("12.0")
        assert scale.link.wait_connected(10)
        assert scale.weigh(10).kg == Decimal("12.00")
    finally:
        scale.stop()
        sim.close()
