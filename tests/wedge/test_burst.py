"""The burst detector at realistic and broken timings (no Qt: timings are exact)."""

from __future__ import annotations

from hardware.wedge import BurstDetector, KeyDecision, WedgeConfig

CODE = "001CB240000003B3C0221953"


def feed(detector: BurstDetector, text: str, start: float, gap: float):
    results, decisions = [], []
    t = start
    for ch in text:
        decision, done = detector.key(ch, t)
        decisions.append(decision)
        results += done
        t += gap
    return decisions, results, t


def test_a_fast_burst_ending_in_enter_is_one_scan():
    d = BurstDetector()
    decisions, results, _ = feed(d, CODE + "\r", 1000.0, 8.0)
    assert all(x is KeyDecision.HOLD for x in decisions)
    assert [(r.kind, r.text) for r in results] == [("scan", CODE)]


def test_tab_also_ends_a_burst_and_gs_is_kept_for_the_reader():
    d = BurstDetector()
    _, results, _ = feed(d, "[)>\x1d" + CODE + "\t", 0.0, 5.0)
    assert [(r.kind, r.text) for r in results] == [("scan", "[)>\x1d" + CODE)]


def test_typing_is_handed_back_untouched():
    d = BurstDetector()
    decisions, results, _t = feed(d, "hello\r", 0.0, 140.0)
    # each slow key ends the previous run as typing; Enter after a slow gap passes through
    held = "".join(r.held for r in results)
    assert all(r.kind == "typing" for r in results)
    assert held == "hello"
    assert decisions[-1] is KeyDecision.PASS
    assert not d.holding


def test_short_fast_run_with_enter_is_typing_not_a_scan():
    d = BurstDetector(WedgeConfig(min_length=8))
    _, results, _ = feed(d, "1234\r", 0.0, 10.0)
    assert [(r.kind, r.held) for r in results] == [("typing", "1234\r")]


def test_burst_without_terminator_is_a_split_error_not_a_code():
    d = BurstDetector()
    _, results, t = feed(d, CODE[:15], 0.0, 8.0)
    assert results == []
    result = d.tick(t + 100)
    assert result is not None and result.kind == "error" and result.reason == "wedge_burst_split"


def test_a_stall_in_the_middle_splits_the_burst_and_nothing_is_accepted():
    d = BurstDetector()
    _, first, t = feed(d, CODE[:12], 0.0, 8.0)
    _, second, _ = feed(d, CODE[12:] + "\r", t + 200, 8.0)  # 200 ms stall
    kinds = [(r.kind, r.reason) for r in first + second]
    assert ("error", "wedge_burst_split") in kinds
    assert not any(r.kind == "scan" and r.text == CODE for r in first + second)


def test_steady_gaps_just_under_the_limit_still_make_one_scan():
    d = BurstDetector(WedgeConfig(max_gap_ms=35))
    t, results = 0.0, []
    for i, ch in enumerate(CODE + "\r"):
        _, done = d.key(ch, t)
        results += done
        t += 30 if i % 2 else 34
    assert [r.kind for r in results] == ["scan"]


def test_a_late_enter_ends_the_burst_as_split_never_a_code():
    d = BurstDetector(WedgeConfig(max_gap_ms=35))
    _, results, t = feed(d, CODE, 0.0, 8.0)
    _, done = d.key("\r", t + 60)
    assert [r.reason for r in results + done if r.kind == "error"] == ["wedge_burst_split"]


def test_non_ascii_in_a_burst_is_garbled():
    d = BurstDetector()
    _, results, _ = feed(d, CODE[:10] + "锂" + CODE[11:] + "\r", 0.0, 6.0)
    assert [(r.kind, r.reason) for r in results] == [("error", "wedge_burst_garbled")]


def test_azerty_layout_is_detected_and_explained():
    d = BurstDetector()
    azerty = CODE.translate(str.maketrans("1234567890", "&é\"'(-è_çà"))
    _, results, _ = feed(d, azerty + "\r", 0.0, 6.0)
    assert [(r.kind, r.reason, r.params["layout"]) for r in results] == [
        ("error", "wedge_keyboard_layout", "azerty_fr")
    ]


def test_navigation_key_breaks_a_run_and_hands_it_back():
    d = BurstDetector()
    feed(d, "abc", 0.0, 5.0)
    decision, results = d.key("", 20.0)  # e.g. an arrow key: no text
    assert decision is KeyDecision.PASS
    assert [(r.kind, r.held) for r in results] == [("typing", "abc")]


def test_two_scans_back_to_back():
    d = BurstDetector()
    _, r1, t = feed(d, CODE + "\r", 0.0, 5.0)
    _, r2, _ = feed(d, "04QCB76836300JBC40000903\r", t + 300, 5.0)
    assert [r.text for r in r1 + r2 if r.kind == "scan"] == [CODE, "04QCB76836300JBC40000903"]
