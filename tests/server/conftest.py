"""Server fixtures: one private PostgreSQL cluster per test run, a fresh migrated database per test, the real
server on 127.0.0.1, enrolled stations with real databases. PostgreSQL missing is a failure, not a skip: CI
installs it (scripts/install.sh)."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import peewee as pw
import pytest

from server import auth, migrations, models
from server.db import open_database
from station.store.store import Store
from station.sync.enrolment import enrol
from tests.server.live import ThreadServer
from tests.server.pg import Cluster, PostgresMissing

TEMPLATE = "trace_template"
_names = itertools.count(1)


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[Cluster]:
    try:
        cluster = Cluster.start()
    except PostgresMissing as exc:
        pytest.fail(str(exc), pytrace=False)
    try:
        # Migrate once; every test's database is a copy of this template (a file copy: milliseconds).
        cluster.create_database(TEMPLATE)
        db = open_database(cluster.url(TEMPLATE))
        models.database.initialize(db)
        migrations.migrate(db)
        db.close_all()
        yield cluster
    finally:
        cluster.stop()


@pytest.fixture
def server_db_url(pg_cluster: Cluster) -> Iterator[str]:
    name = f"test_{next(_names)}"
    pg_cluster.create_database(name, template=TEMPLATE)
    yield pg_cluster.url(name)
    pg_cluster.drop_database(name)


@pytest.fixture
def server_db(server_db_url: str) -> Iterator[pw.Database]:
    db = open_database(server_db_url)
    models.database.initialize(db)
    models.Site.create(id="S1", name="Site one")
    db.close()
    yield db
    db.close_all()


@pytest.fixture
def live_server(server_db: pw.Database) -> Iterator[ThreadServer]:
    with ThreadServer(server_db) as server:
        yield server


@dataclass
class StationHandle:
    store: Store
    path: Path

    @property
    def station_id(self) -> str:
        return self.store.station_id


def issue_code(db: pw.Database, station_id: str | None = None, site: str = "S1") -> str:
    with db.connection_context():
        return auth.issue_code(site, station_id)


@pytest.fixture
def make_station(tmp_path: Path, server_db: pw.Database) -> Iterator:
    """``make_station(station_id, server_url=None)``: a real station database, enrolled when a URL is given."""
    opened: list[Store] = []

    def make(station_id: str, server_url: str | None = None) -> StationHandle:
        path = tmp_path / station_id / "station.sqlite3"
        store = Store.open(path, station_id=station_id)
        opened.append(store)
        if server_url:
            enrol(store.db, path, station_id, server_url, issue_code(server_db))
        return StationHandle(store, path)

    yield make
    for store in opened:
        store.close()
