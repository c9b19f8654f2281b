"""The event log: hash chain, append-only, atomic actions, migrations, integrity naming the first bad event."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from station.store import migrations
from station.store.events import GENESIS_HASH, NewEvent, StoredEvent, iter_events
from station.store.integrity import verify, verify_chain
from station.store.store import Store
from tests.conftest import ACTOR


def _append(store: Store, n: int) -> None:
    for i in range(n):
        store.record(ACTOR, [NewEvent("vehicle.received", {"vin": f"VIN{i:014d}", "certificate_no": str(i)})])


def test_new_store_is_seeded_and_chained(store: Store):
    events = list(iter_events(store.db))
    assert [e.type for e in events] == ["station.configured", "ruleset.installed"]
    assert events[0].prev_hash == GENESIS_HASH
    assert events[1].prev_hash == events[0].hash
    assert all(e.actor == "system" and e.station_id == "ST0001" for e in events)
    assert verify(store.db, store.station_id).ok


def test_every_event_carries_its_actor(store: Store):
    with pytest.raises(ValueError):
        store.record("", [NewEvent("vehicle.received", {"vin": "X", "certificate_no": "1"})])
    (event,) = store.record("alice", [NewEvent("vehicle.received", {"vin": "X", "certificate_no": "1"})])
    assert event.actor == "alice"
    assert event.mono_ns > 0 and event.wall_time.endswith("+00:00")


def test_history_cannot_be_updated_or_deleted(store: Store):
    with pytest.raises(Exception, match="append-only"):
        store.db.execute_sql("UPDATE event SET actor = 'mallory' WHERE seq = 1")
    with pytest.raises(Exception, match="append-only"):
        store.db.execute_sql("DELETE FROM event WHERE seq = 2")


def test_an_action_is_all_or_nothing(store: Store):
    before = store.event_count()

    def build(next_seq: int):
        return [
            NewEvent("vehicle.received", {"vin": "A", "certificate_no": "1"}),
            NewEvent("vehicle.received", {"vin": "B", "certificate_no": "2", "bad": float("nan")}),
        ]

    with pytest.raises(ValueError):  # NaN is not JSON: the second event cannot be written
        store.record(ACTOR, build)
    assert store.event_count() == before
    assert verify(store.db, store.station_id).ok


def _tamper(path: Path, sql: str) -> None:
    """Change the file behind the program's back, as an attacker with the file would."""
    con = sqlite3.connect(path)
    con.execute("DROP TRIGGER event_no_update")
    con.execute("DROP TRIGGER event_no_delete")
    con.execute(sql)
    con.commit()
    con.close()


@pytest.mark.parametrize(
    ("sql", "seq", "reason"),
    [
        (
            "UPDATE event SET payload = replace(payload, 'VIN00000000000003', 'VIN99999999999999') WHERE seq = 6",
            6,
            "hash_mismatch",
        ),
        ("UPDATE event SET actor = 'mallory' WHERE seq = 4", 4, "hash_mismatch"),
        ("DELETE FROM event WHERE seq = 5", 6, "seq_gap"),
        ("UPDATE event SET prev_hash = hash WHERE seq = 7", 7, "prev_hash_mismatch"),
    ],
)
def test_tampering_names_the_first_bad_event(db_path: Path, sql: str, seq: int, reason: str):
    store = Store.open(db_path, station_id="ST0001")
    _append(store, 8)
    store.close()
    _tamper(db_path, sql)
    store = Store.open(db_path)
    _, problem = verify_chain(store.db, store.station_id)
    assert problem is not None
    assert (problem.seq, problem.reason) == (seq, reason)
    store.close()


def test_a_recomputed_hash_still_breaks_the_next_link(db_path: Path):
    """Rewriting an event and its own hash is not enough: the next event's prev_hash gives it away."""
    store = Store.open(db_path, station_id="ST0001")
    _append(store, 4)
    target = next(e for e in iter_events(store.db) if e.seq == 4)
    store.close()
    forged = StoredEvent(**{**target.__dict__, "actor": "mallory", "hash": ""})
    new_hash = forged.computed_hash()
    _tamper(db_path, f"UPDATE event SET actor = 'mallory', hash = '{new_hash}' WHERE seq = 4")
    store = Store.open(db_path)
    _, problem = verify_chain(store.db, store.station_id)
    assert problem is not None and (problem.seq, problem.reason) == (5, "prev_hash_mismatch")
    store.close()


def test_database_belongs_to_one_station(db_path: Path):
    Store.open(db_path, station_id="ST0001").close()
    with pytest.raises(ValueError):
        Store.open(db_path, station_id="ST0002")
    store = Store.open(db_path)
    assert store.station_id == "ST0001"
    store.close()


def test_pragmas_make_commits_durable(store: Store):
    assert store.db.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.db.execute_sql("PRAGMA synchronous").fetchone()[0] == 2  # FULL


def test_migration_backs_up_first(db_path: Path, monkeypatch: pytest.MonkeyPatch):
    Store.open(db_path, station_id="ST0001").close()

    def add_column(db):
        db.execute_sql("CREATE TABLE later_feature (id INTEGER PRIMARY KEY)")

    shipped = len(migrations.MIGRATIONS)
    monkeypatch.setattr(migrations, "MIGRATIONS", [*migrations.MIGRATIONS, add_column])
    store = Store.open(db_path)
    assert migrations.schema_version(store.db) == shipped + 1
    backup = db_path.with_name(db_path.name + f".schema{shipped}.bak")
    assert backup.exists()
    con = sqlite3.connect(backup)
    assert con.execute("SELECT COUNT(*) FROM event").fetchone()[0] == 2
    con.close()
    store.close()


def test_a_newer_schema_is_refused(db_path: Path):
    Store.open(db_path, station_id="ST0001").close()
    con = sqlite3.connect(db_path)
    con.execute("UPDATE meta SET value = '99' WHERE key = 'schema_version'")
    con.commit()
    con.close()
    with pytest.raises(RuntimeError, match="newer"):
        Store.open(db_path)
