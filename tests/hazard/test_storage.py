"""Storage time with a controlled clock: warnings at the configured points, overdue after the last allowed day."""

from __future__ import annotations

import copy
from datetime import date, timedelta

import pytest

from station.hazard.report import check_hazard
from station.hazard.storage import StorageState, storage_time
from station.operations.reference import install_ruleset
from station.rules.ruleset import RuleSet
from station.store.store import Store
from tests.conftest import ACTOR
from tests.hazard.conftest import fill_, open_, seal_, transfer_

SINCE = date(2026, 3, 2)
DUE = date(2027, 3, 2)  # 365 days later


@pytest.mark.parametrize(
    ("today", "state", "left", "point"),
    [
        (SINCE, StorageState.OK, 365, None),
        (DUE - timedelta(days=61), StorageState.OK, 61, None),
        (DUE - timedelta(days=60), StorageState.WARNING, 60, 60),
        (DUE - timedelta(days=31), StorageState.WARNING, 31, 60),
        (DUE - timedelta(days=30), StorageState.WARNING, 30, 30),
        (DUE - timedelta(days=8), StorageState.WARNING, 8, 30),
        (DUE - timedelta(days=7), StorageState.WARNING, 7, 7),
        (DUE, StorageState.WARNING, 0, 7),  # the last allowed day
        (DUE + timedelta(days=1), StorageState.OVERDUE, -1, None),
        (DUE + timedelta(days=400), StorageState.OVERDUE, -400, None),
    ],
)
def test_storage_points_and_limit(today: date, state: StorageState, left: int, point: int | None):
    st = storage_time(SINCE, today, 365, (60, 30, 7))
    assert (st.due, st.state, st.days_left, st.point) == (DUE, state, left, point)


def test_no_warning_points_configured_means_ok_until_overdue():
    assert storage_time(SINCE, DUE, 365, ()).state is StorageState.OK
    assert storage_time(SINCE, DUE + timedelta(days=1), 365, ()).state is StorageState.OVERDUE


def _codes(report) -> dict[str, list[dict]]:
    found: dict[str, list[dict]] = {}
    for f in report.findings:
        found.setdefault(f.code, []).append(f.params | {"severity": f.severity.value})
    return found


def test_the_clock_starts_at_the_first_fill_and_stops_when_the_container_leaves(site: Store):
    empty = open_(site, day=SINCE)
    filled = open_(site, day=SINCE)
    fill_(site, filled, 1, day=date(2026, 4, 1))
    fill_(site, filled, 1, day=date(2026, 5, 1))
    gone = open_(site, day=SINCE)
    fill_(site, gone, 1, day=SINCE)
    seal_(site, gone, day=SINCE)
    transfer_(site, [gone], 1, day=SINCE)

    ok = check_hazard(site.db, site.ruleset(), date(2026, 12, 1))
    assert ok.ok and not ok.findings and ok.containers == 3 and ok.on_site == 2

    warned = check_hazard(site.db, site.ruleset(), date(2027, 3, 20))
    assert warned.ok
    assert _codes(warned) == {
        "storage_due_soon": [
            {
                "severity": "warning",
                "container": filled,
                "stored_since": "2026-04-01",
                "due": "2027-04-01",
                "days_left": 12,
                "point": 30,
            }
        ]
    }
    overdue = check_hazard(site.db, site.ruleset(), date(2027, 4, 2))
    assert not overdue.ok
    assert _codes(overdue)["storage_overdue"] == [
        {"severity": "error", "container": filled, "stored_since": "2026-04-01", "due": "2027-04-01", "days_over": 1}
    ]
    assert empty not in str(overdue.findings)


def test_sealed_containers_still_count_their_storage_time(site: Store):
    code = open_(site, day=SINCE)
    fill_(site, code, 1, day=SINCE)
    seal_(site, code, day=date(2026, 6, 1))
    assert "storage_overdue" in _codes(check_hazard(site.db, site.ruleset(), DUE + timedelta(days=1)))


def test_the_limit_and_points_come_from_the_rule_set(site: Store):
    code = open_(site, day=SINCE)
    fill_(site, code, 1, day=SINCE)
    content = copy.deepcopy(dict(site.ruleset().content))
    content["hazard"]["storage"] = {"limit_days": 90, "warn_days_before": [10]}
    install_ruleset(site, ACTOR, RuleSet.from_content(content | {"version": "builtin-1+local1"}), "local")
    assert (
        _codes(check_hazard(site.db, site.ruleset(), SINCE + timedelta(days=80)))["storage_due_soon"][0]["point"] == 10
    )
    assert not check_hazard(site.db, site.ruleset(), SINCE + timedelta(days=91)).ok
