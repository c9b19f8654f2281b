"""Certificates of disposal on the server: projected from the stations' ``certificate.*`` events as they arrive,
and verified from the QR payload alone against the keys the stations registered at enrolment.

The payload names its key by fingerprint and its station; the server trusts only keys it was given at enrolment
(``station_key``), never a key a payload or an event brings along. A certificate is then:

- ``invalid``: the payload is missing or malformed, its signature does not match, or it contradicts the record
  the station pushed (the same number and version with other data);
- ``unknown``: signed by no key the platform knows, or genuinely signed but not (yet) pushed by its station;
- ``revoked`` (any version of the number revoked), ``superseded`` (a newer version exists) or ``valid``.
"""

from __future__ import annotations

import base64
import logging
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from server.conflicts import Flag
from server.models import Certificate, Station, StationKey
from station.documents.certificate.signing import KnownKey, KnownKeys, PayloadError, key_id, open_payload
from station.store.events import StoredEvent

log = logging.getLogger(__name__)
MAX_PAYLOAD = 4096  # characters; a real payload is about 400
ISSUED, REVOKED = "certificate.issued", "certificate.revoked"
INVALID_REASONS = frozenset({"payload_missing", "payload_malformed", "signature_invalid", "key_station_mismatch"})


def register_key(station_id: str, public_key_b64: str) -> None:
    """Remember a key a station enrolled with (idempotent: a re-enrolment with the same key adds nothing)."""
    fingerprint = key_id(base64.b64decode(public_key_b64))
    StationKey.insert(station=station_id, key_id=fingerprint, public_key=public_key_b64).on_conflict_ignore().execute()


class RegisteredKeys(KnownKeys):
    """``KnownKeys`` read from ``station_key``: only what stations registered at enrolment."""

    def get(self, fingerprint: str) -> KnownKey | None:
        row = StationKey.select().where(StationKey.key_id == fingerprint).order_by(StationKey.registered_at).first()
        return KnownKey(row.station_id, base64.b64decode(row.public_key)) if row else None


# ---- projection on ingest ------------------------------------------------------------------------------------


def project(events: Sequence[StoredEvent]) -> list[Flag]:
    """Store the certificates these events issue or revoke; flags for what cannot be read or verified (the events
    are stored all the same: a person looks at the flag)."""
    wanted = [e for e in events if e.type in (ISSUED, REVOKED)]
    if not wanted:
        return []
    keys = _station_keys({e.station_id for e in wanted})
    flags: list[Flag] = []
    for event in wanted:
        try:
            flag = _issued(event, keys) if event.type == ISSUED else _revoked(event)
        except (KeyError, TypeError, ValueError) as exc:
            log.warning("station %s event %d: unreadable %s (%s)", event.station_id, event.seq, event.type, exc)
            flag = Flag(event.seq, "certificate_malformed", {"type": event.type})
        if flag is not None:
            flags.append(flag)
    return flags


def _station_keys(station_ids: Iterable[str]) -> dict[str, dict[str, bytes]]:
    keys: dict[str, dict[str, bytes]] = {}
    for row in StationKey.select().where(StationKey.station.in_(sorted(station_ids))):
        keys.setdefault(row.station_id, {})[row.key_id] = base64.b64decode(row.public_key)
    return keys


def _issued(event: StoredEvent, keys: Mapping[str, Mapping[str, bytes]]) -> Flag | None:
    p = event.payload
    data: Mapping[str, Any] = p["data"]
    issuer: Mapping[str, Any] = data["issuer"]
    number, version = str(p["number"]), int(p["version"])
    Certificate.insert(
        number=number,
        version=version,
        station=event.station_id,
        seq=event.seq,
        pack_code=str(p["code"]),
        kind=str(data["kind"]),
        issued_at=str(data["issued_at"]),
        sha256=str(p["sha256"]),
        key_id=str(p["key_id"]),
        payload=str(p["payload"]),
        issuer_name=str(issuer.get("name", "")),
        issuer_uscc=str(issuer.get("uscc", "")),
        vin=str(data.get("vin") or ""),
    ).on_conflict_ignore().execute()  # a number reused for other data is caught when anyone verifies it
    # Checked now too, so that a station signing with a key the platform does not know is seen before a buyer
    # scans one of its certificates.
    station_keys = KnownKeys(KnownKey(event.station_id, k) for k in keys.get(event.station_id, {}).values())
    try:
        signed = open_payload(str(p["payload"]), station_keys)
    except PayloadError as err:
        return Flag(event.seq, "certificate_unverifiable", {"number": number, "version": version, "why": err.reason})
    if (signed.facts.get("n"), signed.facts.get("v"), signed.sha256) != (number, version, str(p["sha256"])):
        return Flag(event.seq, "certificate_unverifiable", {"number": number, "version": version, "why": "facts"})
    return None


def _revoked(event: StoredEvent) -> Flag | None:
    p = event.payload
    changed = (
        Certificate.update(revoked_seq=event.seq, revoked_reason=str(p.get("reason", "")), revoked_at=event.wall_time)
        .where(
            (Certificate.number == str(p["number"]))
            & (Certificate.station == event.station_id)
            & Certificate.revoked_seq.is_null()
        )
        .execute()
    )
    return None if changed else Flag(event.seq, "certificate_revoked_unknown", {"number": str(p["number"])})


# ---- verification ----------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Record:
    """What the platform holds about the verified version."""

    station_id: str
    site_id: str
    site_name: str
    issuer_name: str
    latest_version: int
    revoked_reason: str | None
    revoked_at: str | None


@dataclass(frozen=True)
class CertificateCheck:
    status: str  # valid / revoked / superseded / unknown / invalid
    reason: str | None  # the reason code behind any status but valid
    facts: Mapping[str, object]  # the signed facts; empty unless the signature was proven
    record: Record | None = None

    @property
    def signature_proven(self) -> bool:
        return bool(self.facts)


def verify(text: str) -> CertificateCheck:
    if len(text) > MAX_PAYLOAD:
        return CertificateCheck("invalid", "payload_malformed", {})
    try:
        signed = open_payload(text, RegisteredKeys())
    except PayloadError as err:
        return CertificateCheck("invalid" if err.reason in INVALID_REASONS else "unknown", err.reason, {})
    facts = signed.facts
    try:
        number, version = str(facts["n"]), int(str(facts["v"]))
    except ValueError:
        return CertificateCheck("invalid", "payload_malformed", {})
    rows = list(Certificate.select().where(Certificate.number == number).order_by(Certificate.version))
    mine = next((r for r in rows if r.version == version), None)
    if mine is None:
        return CertificateCheck("unknown", "certificate_not_on_record", facts)
    if mine.sha256 != signed.sha256 or mine.station_id != signed.station_id:
        return CertificateCheck("invalid", "record_differs", {})
    station = Station.get_by_id(mine.station_id)
    revoked = next((r for r in rows if r.revoked_seq is not None), None)
    record = Record(
        station_id=mine.station_id,
        site_id=station.site_id,
        site_name=station.site.name,
        issuer_name=mine.issuer_name,
        latest_version=rows[-1].version,
        revoked_reason=revoked.revoked_reason if revoked else None,
        revoked_at=revoked.revoked_at if revoked else None,
    )
    if revoked is not None:
        return CertificateCheck("revoked", "certificate_revoked", facts, record)
    if record.latest_version > version:
        return CertificateCheck("superseded", "certificate_superseded", facts, record)
    return CertificateCheck("valid", None, facts, record)
