"""Projection handlers for operators: added with a role, later given another role, switched off or back on."""

from __future__ import annotations

from typing import TYPE_CHECKING

from station.store.handler import Handler, Payload, no_subjects

if TYPE_CHECKING:
    from station.store.events import StoredEvent
    from station.store.projections import Projector


def added(px: Projector, ev: StoredEvent, p: Payload) -> None:
    px.execute(
        "INSERT INTO operator(operator_id, name, role, active, seq) VALUES (?,?,?,1,?)",
        (p["operator_id"], p["name"], p["role"], ev.seq),
    )


def changed(px: Projector, ev: StoredEvent, p: Payload) -> None:
    sets, values = ["seq = ?"], [ev.seq]
    for field in ("name", "role", "active"):
        if field in p:
            sets.append(f"{field} = ?")
            values.append(p[field])
    px.execute(f"UPDATE operator SET {', '.join(sets)} WHERE operator_id = ?", (*values, p["operator_id"]))


HANDLERS: dict[str, Handler] = {
    "operator.added": Handler(no_subjects, added),
    "operator.changed": Handler(no_subjects, changed),
}
