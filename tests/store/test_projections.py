"""Projections are a pure function of the log: rebuild reproduces them exactly; corrections replay families."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

from station.store.integrity import verify, verify_projections
from station.store.queries import StoreHistory
from station.store.rebuild import rebuild
from station.store.schema import PROJECTIONS
from station.store.store import Store
from tests.operations.scenario import run_day


def _dump(store: Store) -> dict[str, list[tuple]]:
    return {
        m._meta.table_name: store.db.execute_sql(
            f"SELECT * FROM {m._meta.table_name} ORDER BY 1, 2"
        ).fetchall()
        for m in PROJECTIONS
    }


def test_rebuild_reproduces_every_table_exactly(store: Store, today: date):
    run_day(store, today)
    before = _dump(store)
    assert before["battery"] and before["link"] and before["duty"] and before["correction"]
    assert rebuild(store.db) == store.event_count()
    assert _dump(store) == before
    assert verify(store.db, store.station_id).ok


def test_corrections_take_effect_and_survive_rebuild(store: Store, today: date):
    made = run_day(store, today)
    history = StoreHistory(store.db)
    amended = store.db.execute_sql(
        "SELECT mass_kg FROM battery WHERE recycling_no IS NOT NULL AND code LIKE '%0000777'"
    )
    assert amended.fetchone()[0] == 399.0
    # the voided link is gone: the module is unknown again and the pack has its two real modules only
    assert history.battery(made["packs"][2][:-7] + "0005555") is None
    assert len(history.children(made["packs"][2])) == 2
    rebuild(store.db)
    assert len(history.children(made["packs"][2])) == 2


def test_a_tampered_projection_is_named(db_path: Path, today: date):
    store = Store.open(db_path, station_id="ST0001")
    made = run_day(store, today)
    store.close()
    con = sqlite3.connect(db_path)
    con.execute("UPDATE battery SET status = 'certified' WHERE code = ?", (made["packs"][1],))
    con.execute("DELETE FROM link WHERE child = ?", (made["cells"][0],))
    con.commit()
    con.close()
    store = Store.open(db_path)
    problems = {(p.table, p.key, p.reason) for p in verify_projections(store.db)}
    assert ("battery", made["packs"][1], "differs") in problems
    assert ("link", made["cells"][0], "missing_row") in problems
    assert all(p.last_event_seq for p in verify_projections(store.db) if p.table == "battery")
    store.close()


def test_a_half_built_projection_is_rebuilt_at_start(db_path: Path, today: date):
    store = Store.open(db_path, station_id="ST0001")
    run_day(store, today)
    expected = _dump(store)
    store.db.execute_sql("DELETE FROM battery")
    store.db.execute_sql("UPDATE meta SET value = '1' WHERE key = 'projections_dirty'")
    store.db.execute_sql(
        "INSERT INTO meta(key, value) VALUES('projections_dirty', '1') ON CONFLICT(key) DO UPDATE SET value='1'"
    )
    store.close()
    store = Store.open(db_path)
    assert _dump(store) == expected
    assert not store.dirty
    store.close()


def test_timeline_lists_every_event_about_a_battery(store: Store, today: date):
    made = run_day(store, today)
    types = [e.type for e in StoreHistory(store.db).timeline(made["packs"][1])]
    assert types[:2] == ["battery.received", "battery.inspected"]
    assert "battery.child_linked" in types
    assert "scan.refused" in types  # the duplicate intake is on record
