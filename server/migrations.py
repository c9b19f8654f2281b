"""Numbered server schema migrations, each in one transaction (PostgreSQL's DDL is transactional).

``trace-server migrate`` applies them; ``serve`` refuses a database that is behind, so that two API replicas never
race to change the schema. Append to ``MIGRATIONS``; never edit one that has shipped.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

import peewee as pw

from server import certificates, history, ingest, models
from station.store.events import StoredEvent

log = logging.getLogger(__name__)
BACKFILL_CHUNK = 5000


M001_MODELS = (
    models.ServerMeta,
    models.Site,
    models.Station,
    models.EnrolmentCode,
    models.Token,
    models.Event,
    models.EventFlag,
    models.Rejection,
    models.BatteryIndex,
)


def _m001_initial(db: pw.Database) -> None:
    # The tables as they were at schema 1, named one by one: ALL_MODELS grows with later migrations.
    with db.bind_ctx(M001_MODELS):
        db.create_tables(M001_MODELS)
    db.execute_sql("CREATE INDEX IF NOT EXISTS event_received_idx ON event(received_at)")


def _m002_ruleset_release(db: pw.Database) -> None:
    with db.bind_ctx([models.RuleSetRelease]):
        db.create_tables([models.RuleSetRelease])


def _m003_certificates(db: pw.Database) -> None:
    """Stations' registered keys (all of them, also replaced ones) and certificates, projected from the events
    already held, so that a server upgraded in place verifies the certificates pushed before the upgrade."""
    tables = [models.StationKey, models.Certificate]
    with db.bind_ctx([*tables, models.Station, models.Site, models.Event, models.EventFlag]):
        db.create_tables(tables)
        for station in models.Station.select():
            certificates.register_key(station.id, station.public_key)
        query = models.Event.select().where(models.Event.type.in_([certificates.ISSUED, certificates.REVOKED]))
        for row in query.order_by(models.Event.station, models.Event.seq):
            certificates.project([ingest.stored_event(row)])


def _m004_battery_history(db: pw.Database) -> None:
    """The battery-history index, built from the events already held (one station at a time, in order, so that a
    correction finds the event it corrects)."""
    tables = [models.BatteryEvent, models.EventCorrection]
    with db.bind_ctx([*tables, models.Station, models.Event]):
        db.create_tables(tables)
        for station in models.Station.select(models.Station.id):
            query = models.Event.select().where(models.Event.station == station.id).order_by(models.Event.seq)
            batch: list[StoredEvent] = []
            for row in query.iterator():
                batch.append(ingest.stored_event(row))
                if len(batch) == BACKFILL_CHUNK:
                    history.project(batch)
                    batch = []
            history.project(batch)


MIGRATIONS: list[Callable[[pw.Database], None]] = [
    _m001_initial,
    _m002_ruleset_release,
    _m003_certificates,
    _m004_battery_history,
]


def schema_version(db: pw.Database) -> int:
    if not db.table_exists("server_meta"):
        return 0
    with db.bind_ctx([models.ServerMeta]):
        row = models.ServerMeta.get_or_none(models.ServerMeta.key == "schema_version")
    return int(row.value) if row else 0


def latest() -> int:
    return len(MIGRATIONS)


def migrate(db: pw.Database) -> int:
    """Bring the schema up to date; returns the number of migrations applied."""
    current = schema_version(db)
    if current > latest():
        raise RuntimeError(f"server schema {current} is newer than this program ({latest()})")
    for number, step in enumerate(MIGRATIONS[current:], start=current + 1):
        with db.atomic(), db.bind_ctx([models.ServerMeta]):
            step(db)
            models.ServerMeta.insert(key="schema_version", value=str(number)).on_conflict(
                conflict_target=[models.ServerMeta.key], preserve=[models.ServerMeta.value]
            ).execute()
        log.info("server database migrated to schema %d", number)
    return latest() - current
