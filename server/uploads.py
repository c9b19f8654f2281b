"""The upload list for the national traceability platform: what each station must report, by when.

Worked out from the events the stations pushed, the way a station works out its own duties (``station.store``
projections and ``station.rules.deadlines``): an event owes a report when the site's role (its last
``station.configured`` before the event) has a deadline for that event type in the rule set the station had
installed then; it is due that many working days after the event's local (China) date, by the calendar of the rule
set the station holds now; ``upload.reported`` marks it done; a voided event owes nothing; an amended one owes it
for its amended codes. The list is computed on demand, one station at a time, reading only the event types that
matter: a nightly export, not a request path.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, replace
from datetime import date
from typing import Any, TextIO

from server.models import Event, EventCorrection, Station
from station.rules.deadlines import Duty, deadline
from station.rules.ruleset import RuleSet
from station.store.export import safe_cell
from station.store.localtime import local_date

# Event types whose projection creates a duty at the station, and the codes each is about.
DUTY_TYPES = {
    "battery.received": lambda p: [p["code"]],
    "battery.dismantled": lambda p: [p["code"]],
    "battery.treated": lambda p: [p["code"]],
    "battery.certified": lambda p: [p["code"]],
    "battery.handed_out": lambda p: list(p["codes"]),
    "vehicle.received": lambda p: [f"VIN:{p['vin']}"],
}
CONTEXT_TYPES = ("station.configured", "ruleset.installed", "upload.reported")
COLUMNS = (
    "station_id",
    "site_id",
    "role",
    "event_seq",
    "event_id",
    "event_type",
    "subjects",
    "occurred_on",
    "working_days",
    "due",
    "workdays_left",
    "state",
    "assumed_calendar",
    "reported_ref",
)


@dataclass(frozen=True)
class Upload:
    station_id: str
    site_id: str
    role: str
    event_id: str
    subjects: tuple[str, ...]
    duty: Duty
    due: date
    workdays_left: int
    state: str  # due / at_risk / overdue / reported
    assumed_calendar: bool
    reported_ref: str | None


def uploads(today: date, station_ids: Iterable[str] = (), include_reported: bool = False) -> list[Upload]:
    query = Station.select().order_by(Station.id)
    wanted = list(station_ids)
    if wanted:
        query = query.where(Station.id.in_(wanted))
    found = [u for s in query for u in station_uploads(s, today) if include_reported or u.reported_ref is None]
    return sorted(found, key=lambda u: (u.due, u.station_id, u.duty.event_seq))


def station_uploads(station: Station, today: date) -> list[Upload]:
    corrections = {c.target_seq: c for c in EventCorrection.select().where(EventCorrection.station == station.id)}
    role: str | None = None
    rules: RuleSet | None = None
    owed: list[tuple[str, Duty, tuple[str, ...], str]] = []  # (event id, duty, subjects, role at the event)
    reported: dict[str, str] = {}  # event id -> the platform's receipt
    for row in _relevant(station.id):
        payload = _payload(row, corrections.get(row.seq))
        if payload is None:
            continue  # voided: as if it never happened
        if row.type == "station.configured":
            role = payload.get("role")
        elif row.type == "ruleset.installed":
            rules = RuleSet.from_content(payload["content"])
        elif row.type == "upload.reported":
            reported[str(payload["event_id"])] = str(payload.get("reference", ""))
        elif rules is not None and role is not None:
            days = rules.deadline_days(role, row.type)
            subjects = _subjects(row.type, payload)
            if days is not None and subjects:
                owed.append(
                    (row.id, Duty(row.seq, subjects[0], row.type, local_date(row.wall_time), days), subjects, role)
                )
    if rules is None:
        return []
    result = []
    for event_id, duty, subjects, duty_role in owed:
        ref = reported.get(event_id)
        d = deadline(replace(duty, reported=ref is not None), rules.calendar, today, rules.at_risk_workdays)
        result.append(
            Upload(
                station.id,
                station.site_id,
                duty_role,
                event_id,
                subjects,
                d.duty,
                d.due,
                d.workdays_left,
                d.state.value,
                d.assumed_calendar,
                ref,
            )
        )
    return result


def _subjects(event_type: str, payload: Mapping[str, Any]) -> tuple[str, ...]:
    try:
        return tuple(str(c) for c in DUTY_TYPES[event_type](payload))
    except (KeyError, TypeError):  # a record the station could not have projected either
        return ()


def _relevant(station_id: str, chunk: int = 5000) -> Iterator[Event]:
    types = [*CONTEXT_TYPES, *DUTY_TYPES]
    after = 0
    while True:
        rows = list(
            Event.select(Event.seq, Event.id, Event.type, Event.payload, Event.wall_time)
            .where((Event.station == station_id) & (Event.seq > after) & Event.type.in_(types))
            .order_by(Event.seq)
            .limit(chunk)
        )
        yield from rows
        if len(rows) < chunk:
            return
        after = rows[-1].seq


def _payload(row: Event, correction: EventCorrection | None) -> Mapping[str, Any] | None:
    if correction is None:
        return json.loads(row.payload)
    if correction.kind == "void":
        return None
    return json.loads(correction.payload)


def write_csv(items: Iterable[Upload], out: TextIO) -> int:
    writer = csv.writer(out)
    writer.writerow(COLUMNS)
    count = 0
    for u in items:
        row = (
            u.station_id,
            u.site_id,
            u.role,
            u.duty.event_seq,
            u.event_id,
            u.duty.event_type,
            " ".join(u.subjects),
            u.duty.occurred_on.isoformat(),
            u.duty.working_days,
            u.due.isoformat(),
            u.workdays_left,
            u.state,
            u.assumed_calendar,
            u.reported_ref or "",
        )
        writer.writerow([safe_cell(v) for v in row])
        count += 1
    return count
