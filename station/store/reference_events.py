"""Projection handlers for the station's reference data: its configuration and the rule set in force."""

from __future__ import annotations

from typing import TYPE_CHECKING

from station.canonical import canonical_json
from station.store.handler import Handler, Payload, no_subjects

if TYPE_CHECKING:
    from station.store.events import StoredEvent
    from station.store.projections import Projector


def configured(px: Projector, ev: StoredEvent, p: Payload) -> None:
    px.execute(
        "INSERT INTO station_config(seq, station_id, site_name, site_uscc, role, content) VALUES (?,?,?,?,?,?)",
        (ev.seq, ev.station_id, p.get("site_name", ""), p.get("site_uscc", ""), p["role"], canonical_json(p)),
    )


def ruleset_installed(px: Projector, ev: StoredEvent, p: Payload) -> None:
    px.execute(
        "INSERT INTO ruleset(seq, version, sha256, source, content) VALUES (?,?,?,?,?)",
        (ev.seq, p["version"], p["sha256"], p["source"], canonical_json(p["content"])),
    )


HANDLERS: dict[str, Handler] = {
    "station.configured": Handler(no_subjects, configured),
    "ruleset.installed": Handler(no_subjects, ruleset_installed),
}
