"""The one-site trial on SQLite (``trace-server --db sqlite:///...``): the same ingest path, whose bulk statements
are written per dialect, stores exactly once, flags conflicts and indexes the battery history."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import peewee as pw
import pytest

from server import auth, migrations, models
from server.db import open_database
from server.models import EventFlag
from station.operations.intake import IntakeForm, receive
from station.store.events import iter_events
from station.store.store import Store
from station.sync import state
from station.sync.client import SyncClient
from station.sync.enrolment import enrol
from tests.conftest import ACTOR, make_code
from tests.server.conftest import StationHandle
from tests.server.helpers import add_events, assert_server_holds_exactly, service
from tests.server.live import ThreadServer


@pytest.fixture
def trial_db(tmp_path: Path) -> Iterator[pw.Database]:
    db = open_database(f"sqlite:///{tmp_path / 'server.sqlite3'}")
    models.database.initialize(db)
    migrations.migrate(db)
    models.Site.create(id="S1", name="trial")
    db.close()
    yield db
    db.close()


def station(tmp_path: Path, db: pw.Database, url: str, station_id: str) -> StationHandle:
    path = tmp_path / station_id / "station.sqlite3"
    store = Store.open(path, station_id=station_id)
    with db.connection_context():
        code = auth.issue_code("S1", station_id)
    enrol(store.db, path, station_id, url, code)
    return StationHandle(store, path)


def test_push_conflicts_and_history_on_sqlite(trial_db, tmp_path):
    with ThreadServer(trial_db) as server:
        a = station(tmp_path, trial_db, server.url, "STA")
        b = station(tmp_path, trial_db, server.url, "STB")
        pack = make_code("P", 6100)
        try:
            assert receive(a.store, ACTOR, IntakeForm(pack)).received
            add_events(a.store, 1200)  # more rows than one SQLite statement page
            assert service(a, batch_size=1000).run_once().pending == 0
            assert receive(b.store, ACTOR, IntakeForm(pack)).received
            assert service(b).run_once().flagged == 1
            events = list(iter_events(a.store.db))
            with SyncClient(server.url, state.load_token(a.path)) as client:
                again = client.push("STA", events[-700:])
            assert {r.status for r in again.results} == {"duplicate"}
            assert_server_holds_exactly(trial_db, a)
            assert_server_holds_exactly(trial_db, b)
            with trial_db.connection_context():
                assert [f.reason for f in EventFlag.select()] == ["battery_held_elsewhere"]
            found = httpx.get(
                f"{server.url}/v1/batteries/{pack}/history",
                headers={"Authorization": f"Bearer {state.load_token(a.path)}"},
            ).json()
            assert [(e["station_id"], e["type"]) for e in found["events"]] == [
                ("STA", "battery.received"),
                ("STB", "battery.received"),
            ]
        finally:
            a.store.close()
            b.store.close()
