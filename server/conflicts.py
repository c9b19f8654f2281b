"""Business conflicts across stations, found as events arrive: the events are stored all the same and flagged.

The server keeps where each battery was last seen (``battery_index``). A battery received at one station while
another station still holds it, or after another station dismantled or treated it, is flagged for a person to
look at: a wrong scan, a copied label or a pack that changed hands without a hand-over record.
Pushes from different stations run concurrently; two receipts of one code in the very same instant may both go
unflagged against each other, and the nightly audit (a later issue) catches those.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from server import bulk
from server.models import BatteryIndex
from station.canonical import canonical_json
from station.store.events import StoredEvent

# Event type -> the state it leaves the battery (or batteries) in, and where the codes sit in the payload.
STATES = {
    "battery.received": "received",
    "battery.dismantled": "dismantled",
    "battery.treated": "treated",
    "battery.handed_out": "handed_out",
}
FINISHED = frozenset({"dismantled", "treated"})


@dataclass(frozen=True)
class Seen:
    station_id: str
    seq: int
    state: str


@dataclass(frozen=True)
class Flag:
    seq: int
    reason: str  # battery_held_elsewhere / battery_finished_elsewhere
    detail: Mapping[str, Any]

    def detail_json(self) -> str:
        return canonical_json(dict(self.detail))


def codes_of(event: StoredEvent) -> list[str]:
    if event.type not in STATES:
        return []
    payload = event.payload
    codes = payload.get("codes") if event.type == "battery.handed_out" else [payload.get("code")]
    return [c for c in codes or () if isinstance(c, str) and c]


def judge(events: Sequence[StoredEvent], seen: dict[str, Seen]) -> tuple[list[Flag], dict[str, Seen]]:
    """Flags for ``events`` (in order) given where their batteries were last seen; ``seen`` is updated in place
    and the changed entries are returned for storing."""
    flags: list[Flag] = []
    changed: dict[str, Seen] = {}
    for event in events:
        for code in codes_of(event):
            before = seen.get(code)
            if event.type == "battery.received" and before and before.station_id != event.station_id:
                reason = "battery_finished_elsewhere" if before.state in FINISHED else "battery_held_elsewhere"
                if before.state != "handed_out":
                    flags.append(
                        Flag(
                            event.seq,
                            reason,
                            {"code": code, "station_id": before.station_id, "seq": before.seq, "state": before.state},
                        )
                    )
            seen[code] = changed[code] = Seen(event.station_id, event.seq, STATES[event.type])
    return flags, changed


def load_seen(codes: Iterable[str]) -> dict[str, Seen]:
    wanted = sorted(set(codes))
    if not wanted:
        return {}
    rows = bulk.select_in(
        BatteryIndex._meta.database, "SELECT code, station_id, seq, state FROM battery_index WHERE code {in}", wanted
    )
    return {code: Seen(station, seq, state) for code, station, seq, state in rows}


def store_seen(changed: Mapping[str, Seen]) -> None:
    if not changed:
        return
    rows = [(c, s.station_id, s.seq, s.state) for c, s in changed.items()]
    bulk.insert(
        BatteryIndex._meta.database,
        "battery_index",
        ("code", "station_id", "seq", "state"),
        rows,
        "ON CONFLICT (code) DO UPDATE SET station_id = excluded.station_id, seq = excluded.seq, state = excluded.state",
    )
