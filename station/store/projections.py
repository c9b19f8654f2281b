"""Projections: the current-state tables, computed from the events and from nothing else.

Live appends and ``rebuild`` run the very same code, so a rebuild reproduces the tables exactly. A correction
(void or amend) resets every row of the batteries it reaches (the whole pack family, found through
``event_subject``) and replays their events with the correction in force.

Writes use plain SQL on the connection: a rebuild of millions of events cannot afford a query builder per row.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

import peewee as pw

from station.canonical import canonical_json
from station.rules.ruleset import RuleSet
from station.store.events import StoredEvent, get_event
from station.store.handler import Payload
from station.store.handlers import CORRECTION_TYPES, HANDLERS
from station.store.localtime import local_date
from station.store.schema import EVENT_ROW_TABLES


class Projector:
    """Applies events to the projection tables of ``target``; reads past events from ``source``."""

    def __init__(self, target: pw.SqliteDatabase, source: pw.SqliteDatabase | None = None) -> None:
        self._target = target
        self._source = source or target
        self._rulesets: dict[int, RuleSet] = {}

    def execute(self, sql: str, params: tuple[Any, ...] = ()) -> Any:
        return self._target.connection().execute(sql, params)

    # ---- context at an event's position in the log -------------------------------------------------------

    def ruleset_at(self, seq: int) -> RuleSet | None:
        row = self.execute("SELECT seq, content FROM ruleset WHERE seq < ? ORDER BY seq DESC LIMIT 1", (seq,))
        found = row.fetchone()
        if found is None:
            return None
        if found[0] not in self._rulesets:
            self._rulesets[found[0]] = RuleSet.from_json(found[1])
        return self._rulesets[found[0]]

    def role_at(self, seq: int) -> str | None:
        row = self.execute("SELECT role FROM station_config WHERE seq < ? ORDER BY seq DESC LIMIT 1", (seq,))
        found = row.fetchone()
        return found[0] if found else None

    # ---- applying ----------------------------------------------------------------------------------------

    def apply(self, event: StoredEvent) -> None:
        if event.type in CORRECTION_TYPES:
            self._apply_correction(event)
        else:
            self._apply_effect(event, event.payload)

    def _apply_effect(self, event: StoredEvent, payload: Payload, *, effect: bool = True) -> None:
        handler = HANDLERS.get(event.type)
        if handler is None:
            return
        for subject in sorted(set(handler.subjects(self, payload))):
            self.execute(
                "INSERT OR IGNORE INTO event_subject(subject, seq) VALUES (?, ?)", (subject, event.seq)
            )
        if effect:
            handler.apply(self, event, payload)

    def add_duty(self, event: StoredEvent, subject: str) -> None:
        """A reporting duty, when the site's role has a deadline for this kind of event."""
        role, rules = self.role_at(event.seq), self.ruleset_at(event.seq)
        days = rules.deadline_days(role, event.type) if rules and role else None
        if days is None:
            return
        self.execute(
            "INSERT OR REPLACE INTO duty(event_seq, subject, event_type, occurred_on, working_days) "
            "VALUES (?, ?, ?, ?, ?)",
            (event.seq, subject, event.type, local_date(event.wall_time).isoformat(), days),
        )

    # ---- corrections -------------------------------------------------------------------------------------

    def _apply_correction(self, event: StoredEvent) -> None:
        target = self.event_seq(event.payload["corrects"])
        original = get_event(self._source, seq=target)
        if original is None:  # refused before recording; kept safe for hand-made logs
            return
        amended = event.payload.get("payload") if event.type == "correction.amend" else None
        self.execute(
            "INSERT OR REPLACE INTO correction(target_seq, correction_seq, kind, payload) VALUES (?, ?, ?, ?)",
            (
                target,
                event.seq,
                event.type.split(".")[1],
                None if amended is None else canonical_json(amended),
            ),
        )
        codes = {r[0] for r in self.execute("SELECT subject FROM event_subject WHERE seq = ?", (target,))}
        handler = HANDLERS.get(original.type)
        if handler is not None and amended is not None:
            codes |= set(handler.subjects(self, amended))
        self._replay(codes)

    def _replay(self, codes: set[str]) -> None:
        closure, seqs, frontier = set(codes), set(), set(codes)
        while frontier:
            new_seqs = (
                set(self._select_in("SELECT seq FROM event_subject WHERE subject IN ({})", frontier)) - seqs
            )
            seqs |= new_seqs
            touched = set(self._select_in("SELECT subject FROM event_subject WHERE seq IN ({})", new_seqs))
            frontier = touched - closure
            closure |= frontier
        for sql in (
            "DELETE FROM battery WHERE code IN ({})",
            "DELETE FROM link WHERE child IN ({0}) OR parent IN ({0})",
            "DELETE FROM duty WHERE subject IN ({})",
        ):
            self._execute_in(sql, closure)
        for table in EVENT_ROW_TABLES:
            self._execute_in(f"DELETE FROM {table} WHERE seq IN ({{}})", seqs)
        self._execute_in("DELETE FROM event_subject WHERE seq IN ({})", seqs)
        corrections = {
            r[0]: (r[1], r[2])
            for r in self._select_rows_in(
                "SELECT target_seq, kind, payload FROM correction WHERE target_seq IN ({})", seqs
            )
        }
        for seq in sorted(seqs):
            past = get_event(self._source, seq=seq)
            assert past is not None
            kind, amended = corrections.get(seq, (None, None))
            if kind == "void":
                self._apply_effect(past, past.payload, effect=False)
            else:
                self._apply_effect(past, json.loads(amended) if amended else past.payload)

    def event_seq(self, event_id: str) -> int:
        """Events live in the source database (a scratch rebuild has projection tables only)."""
        row = self._source.connection().execute("SELECT seq FROM event WHERE id = ?", (event_id,)).fetchone()
        return row[0] if row else -1

    # SQLite caps bound parameters; a pack family of a few hundred cells stays far below one chunk.
    def _select_rows_in(self, sql: str, values: Iterable[Any]) -> list[tuple[Any, ...]]:
        rows: list[tuple[Any, ...]] = []
        for chunk in _chunks(list(values)):
            rows += self.execute(sql.format(",".join("?" * len(chunk))), tuple(chunk)).fetchall()
        return rows

    def _select_in(self, sql: str, values: Iterable[Any]) -> list[Any]:
        return [r[0] for r in self._select_rows_in(sql, values)]

    def _execute_in(self, sql: str, values: Iterable[Any]) -> None:
        for chunk in _chunks(list(values)):
            marks = ",".join("?" * len(chunk))
            self.execute(sql.format(marks), tuple(chunk) * sql.count("{"))


def _chunks(values: list[Any], size: int = 400) -> Iterable[list[Any]]:
    for start in range(0, len(values), size):
        yield values[start : start + size]
