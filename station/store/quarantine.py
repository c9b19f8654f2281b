"""The quarantine queue: every battery in quarantine, since when, and why (the intake's quarantine reasons or the
inspection's findings), as the log has them after corrections. Read-only; the screens word the reasons."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

import peewee as pw

from station.status import QUARANTINED
from station.store.browse import Reason
from station.store.localtime import CHINA

_BODY = "CASE WHEN c.kind = 'amend' AND c.payload IS NOT NULL THEN c.payload ELSE e.payload END"
_EVENTS = (
    f"SELECT s.subject, e.type, e.wall_time, {_BODY} FROM event_subject s JOIN event e ON e.seq = s.seq "
    "LEFT JOIN correction c ON c.target_seq = e.seq "
    "WHERE s.subject IN (SELECT code FROM battery WHERE status = ?) AND c.kind IS NOT 'void' "
    "AND e.type IN ('battery.received', 'battery.inspected') ORDER BY e.seq"
)


@dataclass(frozen=True)
class QuarantineEntry:
    code: str
    kind: str
    recycling_no: str | None
    since: datetime | None  # the site's local time of the record that put it there
    by: str  # "intake", "inspection" or "" (another way, e.g. a list entry after intake)
    reasons: tuple[Reason, ...] = ()
    note: str = ""  # the reason typed at the inspection, when there was one


def queue(db: pw.SqliteDatabase) -> tuple[QuarantineEntry, ...]:
    """Oldest in quarantine first."""
    rows = db.execute_sql(
        "SELECT code, kind, recycling_no, received_at FROM battery WHERE status = ?", (QUARANTINED,)
    ).fetchall()
    found = {code: QuarantineEntry(code, kind, number, _local(at), "") for code, kind, number, at in rows}
    for code, event_type, wall_time, body in db.execute_sql(_EVENTS, (QUARANTINED,)):
        p = json.loads(body)
        entry = found[code]
        if event_type == "battery.received" and p.get("quarantine_reasons"):
            findings = (p.get("verdict") or {}).get("findings") or ()
            reasons = tuple(
                Reason(f["code"], dict(f.get("params") or {})) for f in findings if f.get("outcome") == "quarantine"
            )
            reasons = reasons or tuple(Reason(code_) for code_ in p["quarantine_reasons"])
            found[code] = QuarantineEntry(code, entry.kind, entry.recycling_no, _local(wall_time), "intake", reasons)
        elif event_type == "battery.inspected" and p.get("result") == "quarantine":
            items = p.get("items") or {}
            reasons = tuple(
                Reason(f["code"], dict(f.get("params") or {}))
                for f in items.get("findings") or ()
                if f.get("result") == "quarantine"
            )
            note = str(items.get("reason") or "")
            found[code] = QuarantineEntry(
                code, entry.kind, entry.recycling_no, _local(wall_time), "inspection", reasons, note
            )
    return tuple(sorted(found.values(), key=lambda e: (e.since or datetime.min.replace(tzinfo=CHINA), e.code)))


def _local(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text).astimezone(CHINA) if text else None
