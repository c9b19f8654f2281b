"""The site's lists for the authorities and the office, as CSV or XLSX: batteries received and handed out over a
period, and the traceability upload list (what must be reported to the national platform by when).

Rows come from the projections (corrections already applied: a voided hand-over is not listed, an amended one is
listed as amended), so an export says what the records say now. Both formats hold the same values; text gets the
spreadsheet formula guard, so a scanned ``=HYPERLINK(...)`` stays text. Files are written under a temporary name
and renamed when complete: a half-written export never stands under the final name.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from pathlib import Path
from typing import Any

from station.operations.reporting import deadlines
from station.store.export import safe_cell, write_csv
from station.store.localtime import CHINA
from station.store.store import Store
from station.xlsx import write_sheet

FORMATS = ("csv", "xlsx")


@dataclass(frozen=True)
class Period:
    start: date  # first day, local (China) time
    end: date  # last day, inclusive

    def utc_bounds(self) -> tuple[str, str]:
        """The period as UTC wall-time strings comparable with the event log's ``wall_time``."""
        low = datetime.combine(self.start, time.min, CHINA).astimezone(UTC)
        high = datetime.combine(self.end, time.max, CHINA).astimezone(UTC)
        return low.isoformat(timespec="microseconds"), high.isoformat(timespec="microseconds")


@dataclass(frozen=True)
class Listing:
    header: tuple[str, ...]
    rows: Callable[[Store, Period | None], Iterator[Sequence[Any]]]
    numbers: dict[int, str]  # column → number format in the XLSX
    needs_period: bool = True


def _local(wall_time: str | None) -> str:
    if not wall_time:
        return ""
    return datetime.fromisoformat(wall_time).astimezone(CHINA).strftime("%Y-%m-%d %H:%M:%S")


_IN_HEADER = (
    "code",
    "kind",
    "maker",
    "chemistry",
    "production_date",
    "recycling_no",
    "received_at",
    "source_name",
    "source_uscc",
    "source_document",
    "vin",
    "mass_kg",
    "status",
)


def _batteries_in(store: Store, period: Period | None) -> Iterator[Sequence[Any]]:
    assert period is not None
    low, high = period.utc_bounds()
    cursor = store.db.execute_sql(
        # Received at intake, not made here: a module or cell taken out of a pack has no intake of its own.
        "SELECT b.code, b.kind, b.maker, b.chemistry, b.production_date, b.recycling_no, b.received_at, "
        "b.source_name, b.source_uscc, b.source_document, b.vin, b.mass_kg, b.status FROM battery b "
        "JOIN event e ON e.seq = b.received_seq AND e.type = 'battery.received' "
        "WHERE b.received_at >= ? AND b.received_at <= ? ORDER BY b.received_at, b.code",
        (low, high),
    )
    for row in cursor:
        row = list(row)
        row[6] = _local(row[6])
        yield row


_OUT_HEADER = (
    "code",
    "handed_out_at",
    "receiver_name",
    "receiver_uscc",
    "receiver_licence",
    "destination",
    "document",
    "actor",
    "event_id",
)


def _batteries_out(store: Store, period: Period | None) -> Iterator[Sequence[Any]]:
    assert period is not None
    low, high = period.utc_bounds()
    # The log, with each hand-over's correction applied: void drops it, amend replaces its payload.
    cursor = store.db.execute_sql(
        "SELECT e.id, e.wall_time, e.actor, e.payload, c.kind, c.payload FROM event e "
        "LEFT JOIN correction c ON c.target_seq = e.seq "
        "WHERE e.type = 'battery.handed_out' AND e.wall_time >= ? AND e.wall_time <= ? ORDER BY e.seq",
        (low, high),
    )
    for event_id, wall_time, actor, payload, kind, amended in cursor:
        if kind == "void":
            continue
        body = json.loads(amended if kind == "amend" and amended else payload)
        receiver = body.get("receiver") or {}
        for code in body.get("codes") or ():
            yield [
                code,
                _local(wall_time),
                receiver.get("name", ""),
                receiver.get("uscc", ""),
                receiver.get("licence", ""),
                body.get("destination", ""),
                body.get("document", ""),
                actor,
                event_id,
            ]


_UPLOAD_HEADER = (
    "subject",
    "event_type",
    "event_seq",
    "occurred_on",
    "due",
    "state",
    "workdays_left",
    "assumed_calendar",
)


def _uploads(store: Store, period: Period | None) -> Iterator[Sequence[Any]]:
    """Every duty not yet reported, soonest first; ``period`` (optional) keeps those due within it."""
    for d in sorted(deadlines(store), key=lambda d: (d.due, d.duty.event_seq)):
        if period is not None and not period.start <= d.due <= period.end:
            continue
        yield [
            d.duty.subject,
            d.duty.event_type,
            d.duty.event_seq,
            d.duty.occurred_on.isoformat(),
            d.due.isoformat(),
            d.state.value,
            d.workdays_left,
            "yes" if d.assumed_calendar else "no",
        ]


LISTINGS: dict[str, Listing] = {
    "batteries_in": Listing(_IN_HEADER, _batteries_in, {11: "0.0"}),
    "batteries_out": Listing(_OUT_HEADER, _batteries_out, {}),
    "uploads": Listing(_UPLOAD_HEADER, _uploads, {2: "0", 6: "0"}, needs_period=False),
}


def export_listing(store: Store, what: str, path: Path, fmt: str = "csv", period: Period | None = None) -> int:
    """Write listing ``what`` to ``path``; returns the number of rows. ValueError for an unknown listing or format,
    or a listing that needs a period without one."""
    listing = LISTINGS.get(what)
    if listing is None:
        raise ValueError(f"unknown listing {what!r}; known: {', '.join(LISTINGS)}")
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}")
    if listing.needs_period and period is None:
        raise ValueError(f"{what} needs a period (--from and --to)")
    tmp = path.with_name(path.name + ".part")
    rows = listing.rows(store, period)
    try:
        if fmt == "csv":
            count = write_csv(tmp, listing.header, rows)
        else:
            count = write_sheet(tmp, what, listing.header, rows, listing.numbers, text=safe_cell)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    os.replace(tmp, path)
    return count
