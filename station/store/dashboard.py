"""The shift dashboard's figures: what the bench did in a shift, and what stands on site now.

``shift_figures`` counts the log's events whose UTC wall time falls in ``[start, end)`` the way the daily report
counts a day (voided events not at all, amended ones as amended): batteries received, children linked (modules and
cells dismantled out of their parent), batteries closed as dismantled, batteries handed out, certificates issued
and revoked. The state now comes from the projections: the batteries in quarantine (the oldest first, with when
they went in), and, judged on the site's local day as ``station.documents.daily_report.daily_figures`` judges it,
the hazardous stock on hand by waste code and the uploads due, at risk and overdue.

``station.shifts.current_shift`` finds the window of the shift an instant falls in.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, date, datetime

from station.documents.daily_report import StockLine, daily_figures
from station.status import QUARANTINED
from station.store.localtime import today as local_today
from station.store.store import Store

OLDEST_SHOWN = 5
COUNTED = (
    "battery.received",
    "battery.child_linked",
    "battery.dismantled",
    "battery.handed_out",
    "certificate.issued",
    "certificate.revoked",
)


@dataclass(frozen=True)
class Quarantined:
    code: str
    since: datetime  # UTC: when it went into quarantine (intake or inspection)


@dataclass(frozen=True)
class ShiftFigures:
    start: datetime  # UTC, included
    end: datetime  # UTC, excluded
    received: int  # batteries received (distinct codes)
    children_linked: int  # modules and cells scanned out of their parent
    dismantled: int  # batteries closed as dismantled
    handed_out: int  # batteries handed out (one hand-over may carry several)
    certificates_issued: int  # issues and re-issues
    certificates_revoked: int
    quarantined: int  # now
    oldest_quarantined: tuple[Quarantined, ...]  # the oldest OLDEST_SHOWN, oldest first
    stock: tuple[StockLine, ...]  # hazardous waste on hand now, by waste code
    uploads_due: int  # now
    uploads_at_risk: int
    uploads_overdue: int


def shift_figures(store: Store, start: datetime, end: datetime, today: date | None = None) -> ShiftFigures:
    """The shift ``[start, end)`` (aware instants); the state now judged on ``today`` (the site's local day)."""
    low, high = _utc_text(start), _utc_text(end)
    counts = _count_events(store, low, high)
    quarantined, oldest = _quarantine(store)
    now = daily_figures(store, today or local_today())
    return ShiftFigures(
        start=start.astimezone(UTC),
        end=end.astimezone(UTC),
        received=counts["battery.received"],
        children_linked=counts["battery.child_linked"],
        dismantled=counts["battery.dismantled"],
        handed_out=counts["battery.handed_out"],
        certificates_issued=counts["certificate.issued"],
        certificates_revoked=counts["certificate.revoked"],
        quarantined=quarantined,
        oldest_quarantined=oldest,
        stock=now.stock,
        uploads_due=now.due,
        uploads_at_risk=now.at_risk,
        uploads_overdue=now.overdue,
    )


def _utc_text(instant: datetime) -> str:
    if instant.tzinfo is None:
        raise ValueError("a shift's bounds must be aware instants")
    return instant.astimezone(UTC).isoformat(timespec="microseconds")


def _count_events(store: Store, low: str, high: str) -> dict[str, int]:
    rows = store.db.execute_sql(
        "SELECT e.type, e.payload, c.kind, c.payload FROM event e "
        "LEFT JOIN correction c ON c.target_seq = e.seq "
        f"WHERE e.type IN ({','.join('?' * len(COUNTED))}) AND e.wall_time >= ? AND e.wall_time < ?",
        (*COUNTED, low, high),
    )
    tally = dict.fromkeys(COUNTED, 0)
    received: set[str] = set()
    for kind, payload, correction, amended in rows:
        if correction == "void":
            continue
        body = json.loads(amended if correction == "amend" and amended else payload)
        if kind == "battery.received":
            received.add(body.get("code", ""))
        elif kind == "battery.handed_out":
            tally[kind] += len(body.get("codes") or [])
        else:
            tally[kind] += 1
    tally["battery.received"] = len(received)
    return tally


# The latest event that put each quarantined battery there: an intake with quarantine reasons or an inspection
# that found it so, as amended; a voided one did not.
_BODY = "CASE WHEN c.kind = 'amend' AND c.payload IS NOT NULL THEN c.payload ELSE e.payload END"
_QUARANTINE = (
    "SELECT b.code, b.received_at, MAX(CASE WHEN c.kind IS NOT 'void' AND ("
    f"(e.type = 'battery.received' AND json_array_length({_BODY}, '$.quarantine_reasons') > 0) "
    f"OR (e.type = 'battery.inspected' AND json_extract({_BODY}, '$.result') = 'quarantine')"
    ") THEN e.wall_time END) "
    "FROM battery b "
    "LEFT JOIN event_subject s ON s.subject = b.code "
    "LEFT JOIN event e ON e.seq = s.seq AND e.type IN ('battery.received', 'battery.inspected') "
    "LEFT JOIN correction c ON c.target_seq = e.seq "
    "WHERE b.status = ? GROUP BY b.code"
)


def _quarantine(store: Store) -> tuple[int, tuple[Quarantined, ...]]:
    found = []
    for code, received_at, since in store.db.execute_sql(_QUARANTINE, (QUARANTINED,)):
        when = since or received_at
        found.append(Quarantined(code, _instant(when) if when else datetime.min.replace(tzinfo=UTC)))
    found.sort(key=lambda q: (q.since, q.code))
    return len(found), tuple(found[:OLDEST_SHOWN])


def _instant(text: str) -> datetime:
    instant = datetime.fromisoformat(text)
    return instant.replace(tzinfo=UTC) if instant.tzinfo is None else instant.astimezone(UTC)


# ---- shifts ----------------------------------------------------------------------------------------------------

