"""Integrity: the hash chain is unbroken and the projections equal a fresh rebuild from the log."""

from __future__ import annotations

import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import peewee as pw

from station.store.db import open_database
from station.store.events import GENESIS_HASH, iter_events
from station.store.rebuild import rebuild
from station.store.schema import PROJECTIONS


@dataclass(frozen=True)
class ChainProblem:
    seq: int
    event_id: str
    reason: str  # seq_gap / prev_hash_mismatch / hash_mismatch / station_mismatch


@dataclass(frozen=True)
class ProjectionProblem:
    table: str
    key: str
    reason: str  # missing_row / unexpected_row / differs
    last_event_seq: int | None = None


@dataclass
class IntegrityReport:
    events: int = 0
    chain: ChainProblem | None = None
    projections: list[ProjectionProblem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.chain is None and not self.projections


def verify_chain(db: pw.SqliteDatabase, station_id: str) -> tuple[int, ChainProblem | None]:
    """Walk the log once; the first event that does not fit is named."""
    expected_seq, prev_hash, count = 1, GENESIS_HASH, 0
    for event in iter_events(db):
        count += 1
        reason = None
        if event.seq != expected_seq:
            reason = "seq_gap"
        elif event.prev_hash != prev_hash:
            reason = "prev_hash_mismatch"
        elif event.computed_hash() != event.hash:
            reason = "hash_mismatch"
        elif event.station_id != station_id:
            reason = "station_mismatch"
        if reason:
            return count, ChainProblem(event.seq, event.id, reason)
        expected_seq, prev_hash = event.seq + 1, event.hash
    return count, None


def verify_projections(
    db: pw.SqliteDatabase, limit: int = 20, workdir: Path | None = None
) -> list[ProjectionProblem]:
    """Rebuild into a scratch database beside the real one and compare every projection table row by row.

    Beside, not in /tmp: a scratch rebuild of millions of events needs the disk the real database lives on."""
    with tempfile.TemporaryDirectory(dir=workdir or Path(db.database).parent, prefix=".verify-") as tmp:
        scratch_path = Path(tmp) / "rebuild.sqlite3"
        scratch = open_database(scratch_path, bind=False)
        try:
            rebuild(db, target=scratch)
        finally:
            scratch.close()
        db.execute_sql("ATTACH DATABASE ? AS fresh", (str(scratch_path),))
        try:
            return _compare(db, limit)
        finally:
            db.execute_sql("DETACH DATABASE fresh")


def _compare(db: pw.SqliteDatabase, limit: int) -> list[ProjectionProblem]:
    problems: list[ProjectionProblem] = []
    for model in PROJECTIONS:
        table = model._meta.table_name
        keys = [f.column_name for f in (model._meta.get_primary_keys())]
        key_sql = " || '/' || ".join(f"CAST({k} AS TEXT)" for k in keys)
        for side, other, reason in (("main", "fresh", "unexpected_row"), ("fresh", "main", "missing_row")):
            rows = db.execute_sql(
                f"SELECT {key_sql} FROM (SELECT * FROM {side}.{table} EXCEPT SELECT * FROM {other}.{table}) "
                f"LIMIT ?",
                (limit,),
            ).fetchall()
            for (key,) in rows:
                problems.append(ProjectionProblem(table, key, reason, _last_event(db, table, key)))
    return _merge_differs(problems)


def _merge_differs(problems: list[ProjectionProblem]) -> list[ProjectionProblem]:
    """A row present on both sides with other values is one 'differs' problem, not two."""
    seen: dict[tuple[str, str], ProjectionProblem] = {}
    for p in problems:
        key = (p.table, p.key)
        seen[key] = ProjectionProblem(p.table, p.key, "differs", p.last_event_seq) if key in seen else p
    return list(seen.values())


def _last_event(db: pw.SqliteDatabase, table: str, key: str) -> int | None:
    """The newest event behind a bad row: where an auditor starts reading."""
    if table in ("battery", "link"):
        row = db.execute_sql("SELECT MAX(seq) FROM event_subject WHERE subject = ?", (key,)).fetchone()
        return row[0] if row else None
    last = key.rsplit("/", 1)[-1]  # the other tables are keyed by (or end with) an event seq
    return int(last) if last.isdigit() else None


def verify(db: pw.SqliteDatabase, station_id: str, check_projections: bool = True) -> IntegrityReport:
    count, chain = verify_chain(db, station_id)
    report = IntegrityReport(events=count, chain=chain)
    if chain is None and check_projections:
        report.projections = verify_projections(db)
    return report
