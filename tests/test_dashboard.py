"""The shift dashboard's figures from a real station's records, and the shift an instant falls in."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from station.documents.certificate.issuing import issue, revoke
from station.documents.daily_report import daily_figures
from station.hazard.balance import mass_balance
from station.operations.inspection import record_inspection
from station.operations.intake import IntakeForm, receive
from station.operations.reporting import deadlines
from station.rules.deadlines import DeadlineState
from station.shifts import current_shift, parse_shift_starts
from station.store import events as events_module
from station.store.dashboard import OLDEST_SHOWN, shift_figures
from station.store.localtime import CHINA
from station.store.store import Store
from tests.conftest import ACTOR, make_code
from tests.documents.certificates import identity, ready_pack
from tests.documents.test_issuing import request
from tests.hazard.conftest import fill_, open_, seal_
from tests.operations.scenario import SOURCE

HOT = {"temperature_c": 70.0}


class Clock:
    """The events' wall clock, set to a chosen instant; each event a microsecond after the one before."""

    def __init__(self) -> None:
        self.value = datetime(2026, 1, 1, tzinfo=UTC)

    def at(self, instant: datetime) -> None:
        self.value = instant.astimezone(UTC)

    def now(self) -> str:
        self.value += timedelta(microseconds=1)
        return self.value.isoformat(timespec="microseconds")


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> Clock:
    found = Clock()
    monkeypatch.setattr(events_module, "utc_now", found.now)
    return found


def local(day: date, hour: int) -> datetime:
    return datetime(day.year, day.month, day.day, hour, tzinfo=CHINA)


def test_a_shift_counts_its_own_events_and_the_state_now(store: Store, clock: Clock, today: date):
    clock.at(local(today, 7))  # the night shift before
    early = make_code("P", serial=8001)
    receive(store, ACTOR, IntakeForm(early, SOURCE, measurements=HOT), today)
    clock.at(local(today, 9))
    made = ready_pack(store, today)  # run_day: 5 packs received, 18 children linked (one more voided), ...
    issued = issue(store, ACTOR, identity(store), request(made))
    revoke(store, ACTOR, issued.certificate.number, "wrong certificate type")
    hot = make_code("P", serial=8002)
    receive(store, ACTOR, IntakeForm(hot, SOURCE, measurements=HOT), today)
    inspected = make_code("P", serial=101)  # run_day's second pack, found unsafe at inspection
    record_inspection(store, ACTOR, inspected, "quarantine", None, {"voltage_v": 12.0}, {"casing": "swollen"})
    container = open_(store, "900-045-49", day=today)
    fill_(store, container, "12.5", day=today)
    seal_(store, container, day=today)
    clock.at(local(today, 20))  # the next shift: not this one's
    receive(store, ACTOR, IntakeForm(make_code("P", serial=8003), SOURCE), today)

    start, end = current_shift(local(today, 10), "08:00,20:00")
    f = shift_figures(store, start, end, today)

    assert (f.start, f.end) == (local(today, 8), local(today, 20))
    assert (f.received, f.children_linked, f.dismantled, f.handed_out) == (6, 18, 1, 2)
    assert (f.certificates_issued, f.certificates_revoked) == (1, 1)
    assert f.quarantined == 3
    assert [q.code for q in f.oldest_quarantined] == [early, hot, inspected]
    assert f.oldest_quarantined[0].since < start <= f.oldest_quarantined[1].since < f.oldest_quarantined[2].since
    assert [(s.waste_code, s.on_hand_g, s.open, s.sealed) for s in f.stock] == [("900-045-49", 12500, 0, 1)]
    balance = {b.waste_code: b.in_storage_g for b in mass_balance(store.db).codes if b.in_storage_g}
    assert {s.waste_code: s.on_hand_g for s in f.stock} == balance
    states = [d.state for d in deadlines(store, today)]
    assert (f.uploads_due, f.uploads_at_risk, f.uploads_overdue) == (
        states.count(DeadlineState.DUE),
        states.count(DeadlineState.AT_RISK),
        states.count(DeadlineState.OVERDUE),
    )
    assert f.uploads_due > 0
    report = daily_figures(store, today)
    assert f.stock == report.stock and f.uploads_due == report.due


def test_an_empty_shift_and_a_long_quarantine_list(store: Store, clock: Clock, today: date):
    clock.at(local(today, 9))
    codes = [make_code("P", serial=7000 + n) for n in range(OLDEST_SHOWN + 2)]
    for code in codes:
        receive(store, ACTOR, IntakeForm(code, SOURCE, measurements=HOT), today)
    later = local(today + timedelta(days=1), 9)
    f = shift_figures(store, *current_shift(later, "08:00,20:00"), today)
    assert (f.received, f.children_linked, f.dismantled, f.handed_out, f.certificates_issued) == (0, 0, 0, 0, 0)
    assert f.quarantined == len(codes)
    assert [q.code for q in f.oldest_quarantined] == codes[:OLDEST_SHOWN]
    assert f.stock == ()


def test_bounds_must_be_aware(store: Store):
    with pytest.raises(ValueError):
        shift_figures(store, datetime(2026, 1, 1), datetime(2026, 1, 2))
    with pytest.raises(ValueError):
        current_shift(datetime(2026, 1, 1), "08:00")


D = date(2026, 3, 16)


@pytest.mark.parametrize(
    ("now", "starts", "expected"),
    [
        (local(D, 10), "08:00,20:00", (local(D, 8), local(D, 20))),
        (local(D, 7), "08:00,20:00", (local(D - timedelta(days=1), 20), local(D, 8))),
        (local(D, 20), "08:00,20:00", (local(D, 20), local(D + timedelta(days=1), 8))),
        (local(D, 23), "20:00, 08:00", (local(D, 20), local(D + timedelta(days=1), 8))),
        (local(D, 3), "08:00", (local(D - timedelta(days=1), 8), local(D, 8))),
        (local(D, 9), "bad", (local(D, 8), local(D + timedelta(days=1), 8))),
        (datetime(2026, 3, 16, 1, tzinfo=UTC), "08:00,20:00", (local(D, 8), local(D, 20))),  # 09:00 in China
    ],
)
def test_current_shift(now: datetime, starts: str, expected: tuple[datetime, datetime]):
    start, end = current_shift(now, starts)
    assert (start, end) == expected
    assert start.tzinfo == UTC and end.tzinfo == UTC


def test_shift_starts_are_read_like_the_camera_rig_reads_them():
    assert [t.strftime("%H:%M") for t in parse_shift_starts("07:30, bad ,19:30")] == ["07:30", "19:30"]
    assert [t.strftime("%H:%M") for t in parse_shift_starts("")] == ["08:00"]
