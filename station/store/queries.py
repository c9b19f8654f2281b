"""Read-side questions about current state, answered from the projection tables."""

from __future__ import annotations

from datetime import date

import peewee as pw

from station.codes.gbt34014 import ECHELON_LENGTH
from station.rules.deadlines import Duty
from station.rules.verdict import BatteryRecord
from station.store.events import EVENT_COLUMNS, StoredEvent


class StoreHistory:
    """Implements the rule engine's ``History`` on the station database."""

    def __init__(self, db: pw.SqliteDatabase) -> None:
        self._db = db

    def battery(self, code: str) -> BatteryRecord | None:
        row = self._db.execute_sql(
            "SELECT code, kind, chemistry, status, parent_code, received_at, inspection_result FROM battery "
            "WHERE code = ?",
            (code,),
        ).fetchone()
        if row is None and len(code) == ECHELON_LENGTH:
            # A module or cell re-coded here for echelon use is the same battery under its new label.
            row = self._db.execute_sql(
                "SELECT code, kind, chemistry, status, parent_code, received_at, inspection_result FROM battery "
                "WHERE echelon_code = ?",
                (code,),
            ).fetchone()
        return BatteryRecord(*row) if row else None

    def ancestors(self, code: str) -> list[str]:
        found: list[str] = []
        current = code
        # A pack family is at most three levels deep; the bound also stops a corrupt cycle.
        for _ in range(8):
            row = self._db.execute_sql("SELECT parent FROM link WHERE child = ?", (current,)).fetchone()
            if row is None or row[0] in found:
                break
            found.append(row[0])
            current = row[0]
        return found

    def open_duties(self, subject: str) -> list[Duty]:
        return duties(self._db, subject=subject, include_reported=False)

    def children(self, code: str) -> list[str]:
        rows = self._db.execute_sql("SELECT child FROM link WHERE parent = ? ORDER BY position", (code,))
        return [r[0] for r in rows]

    def timeline(self, code: str) -> list[StoredEvent]:
        rows = self._db.execute_sql(
            f"SELECT {', '.join('e.' + c.strip() for c in EVENT_COLUMNS.split(','))} FROM event e "
            "JOIN event_subject s ON s.seq = e.seq WHERE s.subject = ? ORDER BY e.seq",
            (code,),
        ).fetchall()
        return [StoredEvent.from_row(r) for r in rows]


def duties(db: pw.SqliteDatabase, subject: str | None = None, include_reported: bool = True) -> list[Duty]:
    sql = "SELECT event_seq, subject, event_type, occurred_on, working_days, reported_seq FROM duty"
    where, params = [], []
    if subject is not None:
        where.append("subject = ?")
        params.append(subject)
    if not include_reported:
        where.append("reported_seq IS NULL")
    if where:
        sql += " WHERE " + " AND ".join(where)
    rows = db.execute_sql(sql + " ORDER BY event_seq", tuple(params)).fetchall()
    return [Duty(r[0], r[1], r[2], date.fromisoformat(r[3]), r[4], r[5] is not None) for r in rows]
