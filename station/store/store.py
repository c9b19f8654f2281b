"""The store: one object that records user actions as events and answers questions about current state.

``record`` is the only way anything is written: one IMMEDIATE transaction per user action, holding the events and
their projections, committed with ``synchronous=FULL``. A crash before the commit leaves nothing; after it,
everything.
"""

from __future__ import annotations

import getpass
import json
import logging
import secrets
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import peewee as pw

from station.rules.ruleset import RuleSet, builtin
from station.store.db import open_database
from station.store.events import EventWriter, NewEvent, StoredEvent
from station.store.projections import Projector
from station.store.rebuild import rebuild

log = logging.getLogger(__name__)

EventBuilder = Callable[[int], Sequence[NewEvent]]

SYSTEM_ACTOR = "system"
DEFAULT_ROLE = "recycler"
ROLES = ("dismantler", "echelon", "recycler", "vehicle_maker")


class Store:
    def __init__(self, db: pw.SqliteDatabase, station_id: str, path: Path | None = None) -> None:
        self.db = db
        self.path = path
        self.station_id = station_id
        self._writer = EventWriter(db, station_id)
        self._projector = Projector(db)
        self._ruleset: tuple[int, RuleSet] | None = None

    @classmethod
    def open(cls, path: Path | str, station_id: str | None = None) -> Store:
        """Open or create a station database; a new one is stamped with its station id and the built-in rules."""
        db = open_database(path)
        row = db.execute_sql("SELECT value FROM meta WHERE key = 'station_id'").fetchone()
        if row is None:
            new_id = station_id or f"ST{secrets.token_hex(3).upper()}"
            db.execute_sql("INSERT INTO meta(key, value) VALUES ('station_id', ?)", (new_id,))
            row = (new_id,)
        elif station_id and station_id != row[0]:
            raise ValueError(f"database belongs to station {row[0]}, not {station_id}")
        store = cls(db, row[0], Path(path))
        if store.dirty:
            log.warning("projections were left half-built; rebuilding them from the event log")
            rebuild(store.db)
        store._seed()
        return store

    def close(self) -> None:
        self.db.close()

    def _seed(self) -> None:
        events: list[NewEvent] = []
        if self.config() is None:
            events.append(
                NewEvent("station.configured", {"role": DEFAULT_ROLE, "site_name": "", "site_uscc": ""})
            )
        if self.db.execute_sql("SELECT 1 FROM ruleset LIMIT 1").fetchone() is None:
            events.append(ruleset_event(builtin(), "builtin"))
        if events:
            self.record(SYSTEM_ACTOR, events)

    # ---- writing -----------------------------------------------------------------------------------------

    def record(self, actor: str, events: Sequence[NewEvent] | EventBuilder) -> list[StoredEvent]:
        """Append one user action's events. ``events`` may be a builder given the next sequence number, for
        numbers that must be unique and are assigned under the write lock (recycling numbers)."""
        if not actor:
            raise ValueError("every record needs an actor")
        stored: list[StoredEvent] = []
        with self.db.atomic(lock_type="IMMEDIATE"):
            head = self._writer.head()
            batch = events(head[0] + 1) if callable(events) else events
            for new in batch:
                event = self._writer.insert(new, actor, head)
                self._projector.apply(event)
                stored.append(event)
                head = (event.seq, event.hash)
        return stored

    # ---- reading -----------------------------------------------------------------------------------------

    @property
    def dirty(self) -> bool:
        row = self.db.execute_sql("SELECT value FROM meta WHERE key = 'projections_dirty'").fetchone()
        return bool(row and row[0] == "1")

    def ruleset(self) -> RuleSet:
        row = self.db.execute_sql("SELECT seq, content FROM ruleset ORDER BY seq DESC LIMIT 1").fetchone()
        if row is None:
            return builtin()
        if self._ruleset is None or self._ruleset[0] != row[0]:
            self._ruleset = (row[0], RuleSet.from_json(row[1]))
        return self._ruleset[1]

    def config(self) -> dict[str, Any] | None:
        """The latest ``station.configured`` payload, with the station id."""
        row = self.db.execute_sql("SELECT station_id, content FROM station_config ORDER BY seq DESC LIMIT 1").fetchone()
        if row is None:
            return None
        return {**json.loads(row[1]), "station_id": row[0]}

    def role(self) -> str:
        config = self.config()
        return config["role"] if config else DEFAULT_ROLE

    def event_count(self) -> int:
        return self.db.execute_sql("SELECT COUNT(*) FROM event").fetchone()[0]


def ruleset_event(rules: RuleSet, source: str) -> NewEvent:
    return NewEvent(
        "ruleset.installed",
        {"version": rules.version, "sha256": rules.sha256, "source": source, "content": dict(rules.content)},
    )


def default_actor() -> str:
    try:
        return f"cli:{getpass.getuser()}"
    except (KeyError, OSError):
        return "cli:unknown"
