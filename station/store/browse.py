"""The records browser's questions: find batteries (code, VIN, intake date, status), a battery's timeline of events,
and its pack → module → cell family as a tree. Read-only, from the projections and the log.

Every value the operator typed goes into the SQL as a bound parameter: a scanned code may hold quotes, ``%`` or
markup, and it is data. Results are frozen dataclasses; the screens word them.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any

import peewee as pw

from station.codes.model import MakerInfo
from station.store.events import StoredEvent, get_event
from station.store.localtime import CHINA, local_date
from station.store.queries import StoreHistory

MAX_LIMIT = 500
MAX_DEPTH = 8  # a pack family is three levels deep; the bound also stops a corrupt cycle


@dataclass(frozen=True)
class BatteryQuery:
    """Every given criterion must hold. Text matches any part of a code, VIN or recycling number, in any case;
    the dates are the site's local calendar days of intake, both included."""

    text: str = ""
    code: str = ""
    vin: str = ""
    status: str | None = None
    received_from: date | None = None
    received_to: date | None = None
    limit: int = 50
    offset: int = 0


@dataclass(frozen=True)
class BatteryRow:
    code: str
    kind: str
    status: str
    maker: str | None
    maker_name: str | None
    chemistry: str | None
    recycling_no: str | None
    vin: str | None
    source_document: str | None
    parent_code: str | None
    received_at: str | None  # UTC instant, as recorded
    received_on: date | None  # the site's local day of that instant


@dataclass(frozen=True)
class SearchPage:
    rows: tuple[BatteryRow, ...]
    more: bool  # further rows match beyond this page
    offset: int


_COLUMNS = "code, kind, status, maker, chemistry, recycling_no, vin, source_document, parent_code, received_at"


def search(db: pw.SqliteDatabase, query: BatteryQuery, makers: Mapping[str, MakerInfo] | None = None) -> SearchPage:
    """One page of matching batteries, newest intake first (an exact code match before everything else).
    ``makers``: the rule set's maker registry, for the makers' names."""
    where, params = _criteria(query)
    limit = max(1, min(query.limit, MAX_LIMIT))
    offset = max(0, query.offset)
    exact = query.text.strip() or query.code.strip()
    sql = f"SELECT {_COLUMNS} FROM battery"
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY lower(code) = lower(?) DESC, received_seq DESC, code LIMIT ? OFFSET ?"
    found = db.execute_sql(sql, (*params, exact, limit + 1, offset)).fetchall()
    rows = tuple(_row(r, makers or {}) for r in found[:limit])
    return SearchPage(rows, more=len(found) > limit, offset=offset)


def battery_row(db: pw.SqliteDatabase, code: str, makers: Mapping[str, MakerInfo] | None = None) -> BatteryRow | None:
    found = db.execute_sql(f"SELECT {_COLUMNS} FROM battery WHERE code = ?", (code,)).fetchone()
    return _row(found, makers or {}) if found else None


def _criteria(query: BatteryQuery) -> tuple[list[str], list[Any]]:
    where: list[str] = []
    params: list[Any] = []
    text = query.text.strip()
    if text:
        where.append(
            "(instr(lower(code), lower(?)) > 0 OR instr(lower(coalesce(vin, '')), lower(?)) > 0 "
            "OR instr(lower(coalesce(recycling_no, '')), lower(?)) > 0)"
        )
        params += [text, text, text]
    if query.code.strip():
        where.append("instr(lower(code), lower(?)) > 0")
        params.append(query.code.strip())
    if query.vin.strip():
        where.append("instr(lower(coalesce(vin, '')), lower(?)) > 0")
        params.append(query.vin.strip())
    if query.status:
        where.append("status = ?")
        params.append(query.status)
    # Local days to UTC instants: julianday() reads the recorded ISO text with its offset, whatever its precision.
    if query.received_from is not None:
        where.append("julianday(received_at) >= julianday(?)")
        params.append(_local_midnight(query.received_from))
    if query.received_to is not None:
        where.append("julianday(received_at) < julianday(?)")
        params.append(_local_midnight(query.received_to + timedelta(days=1)))
    return where, params


def _local_midnight(day: date) -> str:
    return datetime.combine(day, time(0), CHINA).isoformat()


def _row(r: tuple[Any, ...], makers: Mapping[str, MakerInfo]) -> BatteryRow:
    code, kind, status, maker, chemistry, recycling_no, vin, document, parent, received_at = r
    info = makers.get(maker) if maker else None
    name = (info.name_zh or info.name_en or None) if info else None
    on = local_date(received_at) if received_at else None
    return BatteryRow(code, kind, status, maker, name, chemistry, recycling_no, vin, document, parent, received_at, on)


# ---- the family tree ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class TreeNode:
    code: str
    kind: str | None  # None: linked, but no battery row (a damaged projection)
    status: str | None
    children: tuple[TreeNode, ...] = ()

    def find(self, code: str) -> TreeNode | None:
        if self.code == code:
            return self
        for child in self.children:
            found = child.find(code)
            if found is not None:
                return found
        return None


def family_tree(db: pw.SqliteDatabase, code: str) -> TreeNode | None:
    """The whole family of ``code``, from its root pack down, children in the order they were scanned. None when
    the code is neither a battery on record nor linked to one."""
    ancestors = StoreHistory(db).ancestors(code)
    root = ancestors[-1] if ancestors else code
    rows = db.execute_sql(
        "WITH RECURSIVE family(code, depth) AS ("
        " SELECT ?, 0"
        " UNION SELECT l.child, f.depth + 1 FROM link l JOIN family f ON l.parent = f.code WHERE f.depth < ?"
        ") SELECT DISTINCT f.code, l.parent, l.position, b.kind, b.status FROM family f"
        " LEFT JOIN link l ON l.child = f.code LEFT JOIN battery b ON b.code = f.code",
        (root, MAX_DEPTH),
    ).fetchall()
    known = {r[0]: (r[3], r[4]) for r in rows}
    if known.get(root, (None, None))[0] is None and len(rows) <= 1:
        return None
    children: dict[str, list[tuple[int, str]]] = {}
    for child, parent, position, _kind, _status in rows:
        if parent is not None and child != root:
            children.setdefault(parent, []).append((position, child))
    return _node(root, known, children, set())


def _node(
    code: str,
    known: dict[str, tuple[str | None, str | None]],
    children: dict[str, list[tuple[int, str]]],
    seen: set[str],
) -> TreeNode:
    seen.add(code)
    below = tuple(_node(c, known, children, seen) for _, c in sorted(set(children.get(code, ()))) if c not in seen)
    kind, status = known.get(code, (None, None))
    return TreeNode(code, kind, status, below)


# ---- the timeline ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Detail:
    """One fact of an event worth a glance: ``name`` is one of DETAIL_NAMES; ``value`` is data or, for
    ``result``, ``route``, ``destination`` and ``context``, a code the screen words."""

    name: str
    value: str


@dataclass(frozen=True)
class Reason:
    code: str
    params: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class TimelineEntry:
    seq: int
    event_id: str
    type: str
    at: datetime  # in the site's local time
    actor: str
    details: tuple[Detail, ...] = ()
    reasons: tuple[Reason, ...] = ()  # why it was refused or quarantined
    corrected: str | None = None  # "void" or "amend" when a later correction changed it


DETAIL_NAMES = (
    "recycling_no", "source", "document", "vin", "mass_kg", "parent", "child", "result", "route", "children",
    "method", "receiver", "destination", "reason", "number", "reference", "context", "corrects",
)  # fmt: skip


def timeline(db: pw.SqliteDatabase, code: str) -> tuple[TimelineEntry, ...]:
    """Every event about ``code``, oldest first, with the corrections of those events among them; an amended
    event shows its amended facts."""
    events = StoreHistory(db).timeline(code)
    if not events:
        return ()
    marks = ",".join("?" * len(events))
    corrections = db.execute_sql(
        f"SELECT target_seq, correction_seq, kind, payload FROM correction WHERE target_seq IN ({marks})",
        tuple(e.seq for e in events),
    ).fetchall()
    corrected = {r[0]: (r[2], json.loads(r[3]) if r[3] else None) for r in corrections}
    entries = []
    for event in events:
        kind, amended = corrected.get(event.seq, (None, None))
        entries.append(_entry(event, amended or event.payload, kind))
    by_seq = {e.seq: e for e in events}
    for target, seq, _kind, _payload in corrections:
        fix = get_event(db, seq=seq)
        if fix is not None:
            entries.append(_entry(fix, fix.payload, None, corrects=by_seq[target].seq))
    return tuple(sorted(entries, key=lambda e: e.seq))


def _entry(
    event: StoredEvent, p: Mapping[str, Any], corrected: str | None, corrects: int | None = None
) -> TimelineEntry:
    at = datetime.fromisoformat(event.wall_time).astimezone(CHINA)
    details = _details(event.type, p)
    if corrects is not None:
        details = (Detail("corrects", str(corrects)), *details)
    return TimelineEntry(event.seq, event.id, event.type, at, event.actor, details, _reasons(event.type, p), corrected)


_SIMPLE: dict[str, tuple[str, ...]] = {
    "battery.received": ("recycling_no", "source", "document", "vin", "mass_kg"),
    "battery.child_linked": ("parent", "child"),
    "battery.inspected": ("result", "route", "mass_kg"),
    "battery.treated": ("method",),
    "battery.quarantine_released": ("reason",),
    "battery.handed_out": ("destination", "document"),
    "battery.certified": ("number",),
    "certificate.issued": ("number", "reason"),
    "certificate.revoked": ("number", "reason"),
    "scan.refused": ("context", "parent"),
    "upload.reported": ("reference",),
    "correction.void": ("reason",),
    "correction.amend": ("reason",),
}


def _details(event_type: str, p: Mapping[str, Any]) -> tuple[Detail, ...]:
    values = dict(p)
    if event_type == "battery.received":
        source = p.get("source") or {}
        values |= {"source": source.get("name"), "document": source.get("document")}
    found = [
        Detail(name, _text(values[name])) for name in _SIMPLE.get(event_type, ()) if values.get(name) not in (None, "")
    ]
    if event_type == "battery.dismantled":
        found.append(Detail("children", str(len(p.get("children") or ()))))
    elif event_type == "battery.handed_out" and (p.get("receiver") or {}).get("name"):
        found.insert(0, Detail("receiver", str(p["receiver"]["name"])))
    return tuple(found)


def _text(value: Any) -> str:
    return f"{value:.3f}".rstrip("0").rstrip(".") if isinstance(value, float) else str(value)


def _reasons(event_type: str, p: Mapping[str, Any]) -> tuple[Reason, ...]:
    if event_type == "battery.inspected":  # what the checklist found (the page's inspect() keeps it in items)
        findings = (p.get("items") or {}).get("findings") or ()
        return tuple(Reason(f["code"], dict(f.get("params") or {})) for f in findings if "code" in f)
    wanted = {"scan.refused": "reject", "battery.received": "quarantine"}.get(event_type)
    if wanted is None:
        return ()
    findings = (p.get("verdict") or {}).get("findings") or ()
    return tuple(Reason(f["code"], dict(f.get("params") or {})) for f in findings if f.get("outcome") == wanted)


# ---- everything about one battery --------------------------------------------------------------------------


@dataclass(frozen=True)
class Dossier:
    code: str
    battery: BatteryRow | None
    timeline: tuple[TimelineEntry, ...]
    tree: TreeNode | None


def dossier(db: pw.SqliteDatabase, code: str, makers: Mapping[str, MakerInfo] | None = None) -> Dossier:
    """What the browser shows for one selected battery, read in one go."""
    return Dossier(code, battery_row(db, code, makers), timeline(db, code), family_tree(db, code))
