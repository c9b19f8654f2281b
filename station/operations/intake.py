"""Intake (接收入库): a battery arrives, is judged, and goes to store or to quarantine."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date

from station.codes import validate_uscc, validate_vin
from station.findings import has_errors
from station.operations.errors import OperationError
from station.operations.scanning import check, refused_event, scan_payload
from station.rules.engine import judge
from station.rules.verdict import Context, Outcome, RemoteHistory, ScanRequest, Verdict
from station.store.events import NewEvent, StoredEvent
from station.store.queries import StoreHistory
from station.store.store import Store


@dataclass(frozen=True)
class Source:
    """Where the battery comes from: the handing-over company and its document (报废汽车回收证明 number...)."""

    name: str = ""
    uscc: str = ""
    document: str = ""


@dataclass(frozen=True)
class IntakeForm:
    payload: str | bytes
    source: Source = Source()
    vin: str = ""
    mass_kg: float | None = None
    flags: frozenset[str] = frozenset()
    measurements: Mapping[str, float] = field(default_factory=dict)
    kind: str = "P"  # for batteries with no code: what the technician sees
    vin_confirmed: bool = False  # the operator confirmed a VIN whose check digit does not match
    photos: tuple[str, ...] = ()  # SHA-256 names of photos kept by station.photos


@dataclass(frozen=True)
class IntakeResult:
    verdict: Verdict
    event: StoredEvent
    received: bool


def receive(
    store: Store, actor: str, form: IntakeForm, today: date | None = None, remote: RemoteHistory | None = None
) -> IntakeResult:
    """Judge and record one intake in one transaction. Rejected scans are recorded as refused, never dropped.

    ``remote``: the other stations' history (``station.sync.history.ServerHistory``), asked only when the local
    verdict would take the battery in, and before the write transaction opens: a slow network never holds the
    database. It blocks for up to its timeout, so call ``receive`` off the GUI thread. None (the default): no
    remote lookup, and intake needs no network."""
    _check_identifiers(form)
    request = ScanRequest(form.payload, Context.INTAKE, flags=form.flags, measurements=form.measurements)
    first = check(store, request, today)
    if remote is not None and first.code is not None and first.outcome is not Outcome.REJECT:
        request = replace(request, remote=remote.lookup(first.code))
    verdicts: list[Verdict] = []

    def build(next_seq: int) -> list[NewEvent]:
        # Judged again under the write lock: another station process may have received the same code since the
        # first look, and two intakes of one battery must never both be recorded.
        verdict = judge(request, first.read, StoreHistory(store.db), store.ruleset(), first.judged_on)
        verdicts.append(verdict)
        if verdict.outcome is Outcome.REJECT:
            return [refused_event(verdict, context=Context.INTAKE.value)]
        payload = scan_payload(verdict)
        # Every later step binds to this number, also for a battery that has no code of its own.
        recycling_no = f"{store.station_id}-{next_seq:08d}"
        payload.update(
            code=verdict.code or f"NOCODE-{recycling_no}",
            kind=form.kind,
            recycling_no=recycling_no,
            source={"name": form.source.name, "uscc": form.source.uscc, "document": form.source.document},
            vin=form.vin.strip().upper() or None,
            mass_kg=form.mass_kg,
            flags=sorted(form.flags),
            measurements=dict(form.measurements),
            quarantine_reasons=list(verdict.quarantine_reasons),
        )
        if form.photos:
            payload["photos"] = list(form.photos)
        return [NewEvent("battery.received", payload)]

    (event,) = store.record(actor, build)
    return IntakeResult(verdicts[-1], event, received=event.type == "battery.received")


def _check_identifiers(form: IntakeForm) -> None:
    if form.source.uscc:
        findings = validate_uscc(form.source.uscc.strip().upper())
        if has_errors(findings):
            raise OperationError("source_uscc_invalid", findings=[f.as_dict() for f in findings])
    if form.vin:
        findings = validate_vin(form.vin.strip().upper())
        if has_errors(findings):
            raise OperationError("vin_invalid", findings=[f.as_dict() for f in findings])
        if findings and not form.vin_confirmed:
            raise OperationError("vin_needs_confirmation", findings=[f.as_dict() for f in findings])
    if form.mass_kg is not None and not 0 < form.mass_kg < 5000:
        raise OperationError("mass_out_of_range", mass_kg=form.mass_kg)
