"""Read-side questions the dismantling and hand-over benches ask before they record anything: may this pack be
opened, what is already linked into it, how many parts its model had last time, may this battery leave."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import peewee as pw

from station import status
from station.findings import Finding, Severity
from station.operations.echelon import echelon_maker, original_of, route_of
from station.operations.errors import OperationError
from station.operations.scanning import check
from station.rules.engine import CHILD_KINDS
from station.rules.verdict import Context, Outcome, ScanRequest, Verdict
from station.store.queries import StoreHistory
from station.store.store import Store

OPEN_STATUSES = (status.IN_STORE, status.DISMANTLING)
FINISHED_STATUSES = (status.DISMANTLED, status.TREATED, status.CERTIFIED)
MODEL_PREFIX = 14  # maker, type, chemistry, spec and traceability code: one model from one line


@dataclass(frozen=True)
class LinkedChild:
    code: str
    kind: str
    echelon_code: str | None


@dataclass(frozen=True)
class OpenPack:
    code: str
    kind: str
    status: str
    children: tuple[LinkedChild, ...]
    suggested_children: int | None  # how many the last dismantled pack of the same model had
    recodes: bool  # its children get echelon-use codes (routed to echelon use, and the site has a maker code)


def read_code(store: Store, payload: str | bytes, today: date | None = None) -> str:
    """The battery code in a scanned payload; a payload without one is refused with the reader's first error."""
    verdict = check(store, ScanRequest(payload, Context.LOOKUP), today)
    if verdict.code is None:
        raise _first_error(verdict.read.findings)
    return verdict.code


def open_pack(store: Store, payload: str | bytes, today: date | None = None) -> OpenPack:
    """The pack a scan names, if it may be dismantled now: on record, not in quarantine, in store or already being
    dismantled (a bench reopening it after a restart), and able to hold modules or cells."""
    code = read_code(store, payload, today)
    return reopen(store, code)


def reopen(store: Store, code: str) -> OpenPack:
    battery = StoreHistory(store.db).battery(code)
    if battery is None:
        raise OperationError("battery_unknown", code=code)
    if battery.status == status.QUARANTINED:
        raise OperationError("parent_quarantined", parent=code)
    if battery.status not in OPEN_STATUSES:
        raise OperationError("not_dismantlable", code=code, status=battery.status)
    if not CHILD_KINDS.get(battery.kind):
        raise OperationError("nothing_to_dismantle", code=code, kind=battery.kind)
    recodes = echelon_maker(store) is not None and route_of(store.db, code) == "echelon"
    return OpenPack(
        code, battery.kind, battery.status, linked_children(store.db, code), suggested_children(store.db, code), recodes
    )


def linked_children(db: pw.SqliteDatabase, parent: str) -> tuple[LinkedChild, ...]:
    rows = db.execute_sql(
        "SELECT l.child, COALESCE(b.kind, ''), b.echelon_code FROM link l LEFT JOIN battery b ON b.code = l.child "
        "WHERE l.parent = ? ORDER BY l.position",
        (parent,),
    ).fetchall()
    return tuple(LinkedChild(*row) for row in rows)


def suggested_children(db: pw.SqliteDatabase, code: str) -> int | None:
    """How many modules or cells the last finished pack of the same model (same first 14 characters) had; None
    when no such pack was dismantled here. A range over the primary key: cheap however long the records."""
    if len(code) < MODEL_PREFIX + 1:
        return None
    prefix = code[:MODEL_PREFIX]
    row = db.execute_sql(
        "SELECT (SELECT COUNT(*) FROM link l WHERE l.parent = b.code) FROM battery b "
        f"WHERE b.code > ? AND b.code < ? AND b.code <> ? AND b.status IN ({', '.join('?' * len(FINISHED_STATUSES))}) "
        "AND EXISTS (SELECT 1 FROM link l WHERE l.parent = b.code) ORDER BY b.updated_seq DESC LIMIT 1",
        (prefix, prefix + "~", code, *FINISHED_STATUSES),
    ).fetchone()
    return row[0] if row else None


@dataclass(frozen=True)
class OutboundItem:
    code: str  # the code on record (the original one when an echelon-use label was scanned)
    scanned: str
    verdict: Verdict

    @property
    def refused(self) -> bool:
        return self.verdict.outcome is Outcome.REJECT

    @property
    def reasons(self) -> tuple[Finding, ...]:
        """What stands against it leaving (refused), or what to know about it (warnings)."""
        wanted = Severity.ERROR if self.refused else Severity.WARNING
        return tuple(f for f in self.verdict.findings if f.severity is wanted)


def outbound_item(store: Store, payload: str | bytes, today: date | None = None) -> OutboundItem:
    """A battery scanned for hand-over, judged as ``hand_out`` will judge it. An echelon-use label this station
    printed names the battery by its original code, which is what the hand-over records."""
    scanned = read_code(store, payload, today)
    code = original_of(store.db, scanned) or scanned
    verdict = check(store, ScanRequest(code, Context.OUTBOUND), today)
    return OutboundItem(code, scanned, verdict)


def _first_error(findings: tuple[Finding, ...]) -> OperationError:
    for finding in findings:
        if finding.severity is Severity.ERROR:
            return OperationError(finding.code, **finding.params)
    return OperationError("code_not_recognised")
