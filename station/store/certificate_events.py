"""Projection handlers for certificates of disposal: issued (a new version supersedes the older ones) and revoked.

Each event names the pack and ``CERT:<number>`` as its subjects: the certificate shows on the pack's timeline, and a
correction replaying the pack's family deletes the certificate rows its events wrote (trigger of migration 3) before
writing them again.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from station.canonical import canonical_json
from station.store.handler import Handler, Payload

if TYPE_CHECKING:
    from station.store.events import StoredEvent
    from station.store.projections import Projector

SUBJECT_PREFIX = "CERT:"


def _subjects(_px: Projector, p: Payload) -> Iterable[str]:
    return (p["code"], SUBJECT_PREFIX + p["number"])


def issued(px: Projector, ev: StoredEvent, p: Payload) -> None:
    data = p["data"]
    px.execute(
        "UPDATE certificate SET status = 'superseded' WHERE number = ? AND version < ? AND status = 'issued'",
        (p["number"], p["version"]),
    )
    px.execute(
        "INSERT OR REPLACE INTO certificate(number, version, seq, pack_code, kind, issued_at, sha256, key_id, "
        "payload, qr_text, data, status) VALUES (?,?,?,?,?,?,?,?,?,?,?, 'issued')",
        (
            p["number"],
            p["version"],
            ev.seq,
            p["code"],
            data["kind"],
            data["issued_at"],
            p["sha256"],
            p["key_id"],
            p["payload"],
            p["qr_text"],
            canonical_json(data),
        ),
    )


def revoked(px: Projector, ev: StoredEvent, p: Payload) -> None:
    px.execute(
        "UPDATE certificate SET status = 'revoked', revoked_seq = ?, revoked_reason = ? "
        "WHERE number = ? AND status != 'revoked'",
        (ev.seq, p["reason"], p["number"]),
    )


HANDLERS: dict[str, Handler] = {
    "certificate.issued": Handler(_subjects, issued),
    "certificate.revoked": Handler(_subjects, revoked),
}
