"""China RoHS screening records: XRF readings imported from the analyser's CSV, and the laboratory follow-ups."""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from station.hazard.xrf import NEEDS_LAB, XrfRules, screen
from station.hazard.xrf_csv import RowProblem, XrfFileError, XrfRow, parse_xrf_csv
from station.operations.errors import OperationError
from station.store.events import NewEvent, StoredEvent
from station.store.localtime import today as local_today
from station.store.queries import StoreHistory
from station.store.store import Store

LAB_VERDICTS = ("pass", "fail")


@dataclass
class XrfImport:
    added: list[tuple[int, str]] = field(default_factory=list)  # (line, sample)
    rejected: list[RowProblem] = field(default_factory=list)
    events: list[StoredEvent] = field(default_factory=list)


def import_xrf(store: Store, actor: str, path: Path, instrument: str = "", today: date | None = None) -> XrfImport:
    """Every good line becomes a screening record, all in one transaction; every bad line is named with its
    reason. ``instrument`` fills in lines whose file has no instrument column."""
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise OperationError("csv_not_utf8", file=str(path)) from exc
    except OSError as exc:
        raise OperationError("file_unreadable", file=str(path), error=str(exc)) from exc
    rules = store.ruleset()
    xrf_rules = XrfRules.from_rules(rules)
    try:
        rows, problems = parse_xrf_csv(text, xrf_rules)
    except XrfFileError as exc:
        raise OperationError(exc.reason, **exc.params) from exc
    day = today or local_today()
    result = XrfImport(rejected=list(problems))
    history = StoreHistory(store.db)
    events: list[NewEvent] = []
    for row in rows:
        problem = _row_problem(store, history, row)
        if problem is not None:
            result.rejected.append(problem)
            continue
        events.append(_screening_event(row, xrf_rules, instrument, rules.version, day))
        result.added.append((row.line, row.sample))
    result.rejected.sort(key=lambda p: p.line)
    if events:
        result.events = store.record(actor, events)
    return result


def _row_problem(store: Store, history: StoreHistory, row: XrfRow) -> RowProblem | None:
    if store.db.execute_sql("SELECT 1 FROM hazard_xrf WHERE sample = ? LIMIT 1", (row.sample,)).fetchone():
        return RowProblem(row.line, "xrf_sample_duplicate", {"sample": row.sample})
    if history.battery(row.parent) is None:
        return RowProblem(row.line, "xrf_parent_unknown", {"parent": row.parent})
    return None


def _screening_event(row: XrfRow, rules: XrfRules, instrument: str, version: str, day: date) -> NewEvent:
    screening = screen(rules, row.material, row.readings)
    elements = {
        r.element: r.as_dict() | {"verdict": None if (v := screening.elements[r.element]) is None else v.value}
        for r in row.readings
    }
    payload = {
        "sample": row.sample,
        "parent": row.parent,
        "component": row.component,
        "material": row.material,
        "instrument": row.instrument or instrument,
        "reading": row.reading_no,
        "on": (row.measured_on or day).isoformat(),
        "elements": elements,
        "not_measured": list(screening.not_measured),
        "lab_only": list(screening.lab_only),
        "verdict": screening.verdict.value,
        "ruleset": version,
    }
    return NewEvent("hazard.xrf_screened", payload)


def record_lab_report(
    store: Store,
    actor: str,
    sample: str,
    report_no: str,
    lab: str,
    verdict: str,
    results: Mapping[str, float] | None = None,
    today: date | None = None,
) -> StoredEvent:
    """The laboratory's answer (ICP and the like) for a sample XRF could not clear."""
    row = store.db.execute_sql("SELECT verdict FROM hazard_xrf WHERE sample = ? LIMIT 1", (sample,)).fetchone()
    if row is None:
        raise OperationError("xrf_sample_unknown", sample=sample)
    if row[0] not in {v.value for v in NEEDS_LAB}:
        raise OperationError("xrf_lab_not_required", sample=sample, verdict=row[0])
    if not report_no.strip() or not lab.strip():
        raise OperationError("lab_report_incomplete")
    if verdict not in LAB_VERDICTS:
        raise OperationError("lab_verdict_unknown", verdict=verdict)
    values = dict(results or {})
    if not all(_amount(v) for v in values.values()):
        raise OperationError("lab_result_invalid")
    payload = {
        "sample": sample,
        "report_no": report_no.strip(),
        "lab": lab.strip(),
        "verdict": verdict,
        "results": values,
        "on": (today or local_today()).isoformat(),
    }
    (event,) = store.record(actor, [NewEvent("hazard.lab_reported", payload)])
    return event


def _amount(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value) and value >= 0
