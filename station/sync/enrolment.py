"""Enrolment: a one-time code from the server's operator becomes this station's token, and the server learns the
station's public key. Afterwards the station syncs on its own."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import peewee as pw

from station.identity import load_or_create
from station.sync import state
from station.sync.client import DEFAULT_TIMEOUTS, SyncClient, Timeouts


@dataclass(frozen=True)
class Enrolled:
    station_id: str
    site_id: str
    server_url: str
    public_key: str


def enrol(
    db: pw.Database,
    db_path: Path,
    station_id: str,
    server_url: str,
    code: str,
    ca_bundle: str | None = None,
    timeouts: Timeouts = DEFAULT_TIMEOUTS,
) -> Enrolled:
    """Raises ``ServerRefused`` (bad or spent code...) or ``ServerUnavailable``; nothing is saved then."""
    identity = load_or_create(db_path)
    with SyncClient(server_url, ca_bundle=ca_bundle, timeouts=timeouts) as client:
        reply = client.enrol(code, station_id, identity.public_key_b64)
    state.save_token(db_path, reply.token)
    state.put(db, state.SERVER, server_url.rstrip("/"))
    state.put(db, state.CA_BUNDLE, ca_bundle)
    # A new server (or a re-enrolment) says where its chain stands at the next round; old refusals are moot.
    state.put(db, state.CURSOR, None)
    state.set_problems(db, [])
    return Enrolled(reply.station_id, reply.site_id, server_url, identity.public_key_b64)
