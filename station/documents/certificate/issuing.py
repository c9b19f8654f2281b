"""Issuing, re-issuing and revoking certificates of disposal: user actions recorded as events.

The number is the site's credit code, the station id and the event sequence number of the issue, assigned under the
store's write lock: unique across every station of every site without a shared counter. The issuing event keeps
the canonical data, its SHA-256 and the signed payload, so a reprint renders exactly what was signed. A re-issue is
a new version of the same number (the old one is superseded); a revocation ends the certificate. Both carry a
reason and the actor, and are allowed only within the rule set's window (``certificates.revocation_window_days``,
7 days by default, as Catena-X end-of-life certificates do).
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from station import status as battery_status
from station.documents.certificate import render as renderer
from station.documents.certificate.gather import gather
from station.documents.certificate.model import KINDS, Certificate, Fraction, Issuer
from station.documents.certificate.signing import KnownKeys, Signer, key_id, qr_text, sign
from station.documents.certificate.verify import RecordEntry
from station.findings import has_errors
from station.hazard import certificate_blockers
from station.operations.errors import OperationError
from station.operators import authorize
from station.store.events import NewEvent, StoredEvent
from station.store.queries import StoreHistory
from station.store.store import Store

DEFAULT_WINDOW_DAYS = 7


@dataclass(frozen=True)
class IssuerDetails:
    """The issuer's address, licences and authority as this certificate prints them; the address and licences
    left empty are taken from the station configuration."""

    address: str = ""
    licences: tuple[str, ...] = ()
    authority: str = ""


@dataclass(frozen=True)
class IssueRequest:
    pack_code: str
    kind: str = "dismantling"
    issuer: IssuerDetails = IssuerDetails()
    fractions: tuple[Fraction, ...] | None = None  # None: modules/cells and the hazardous-waste ledger's fills
    signatories: tuple[str, ...] = ()
    verify_url: str = ""  # the central server's verification page; empty: the QR holds the bare payload
    extra: tuple[tuple[str, str], ...] = field(default=())


@dataclass(frozen=True)
class Issued:
    certificate: Certificate
    qr_text: str
    event: StoredEvent


def issue(store: Store, actor: str, signer: Signer, request: IssueRequest, now: datetime | None = None) -> Issued:
    if request.kind not in KINDS:
        raise OperationError("certificate_kind_unknown", kind=request.kind)
    _issuer_configured(store)
    active = [e for e in records(store, pack=request.pack_code) if e.status != "revoked"]
    if active:
        raise OperationError("certificate_exists", number=active[0].number)
    blockers = certificate_blockers(store, request.pack_code)
    if has_errors(blockers):  # first: the list of what is still missing says the most
        raise OperationError("certificate_blocked", findings=[f.as_dict() for f in blockers])
    _check_ready(store, request.pack_code)
    draft = _draft(store, request, now)

    def build(next_seq: int) -> list[NewEvent]:
        config = store.config() or {}
        number = f"{config['site_uscc']}-{store.station_id}-{next_seq:08d}"
        return _issue_events(store, signer, dataclasses.replace(draft, number=number), request.verify_url)

    events = store.record(actor, build)
    return _issued(events)


def reissue(
    store: Store,
    actor: str,
    signer: Signer,
    number: str,
    reason: str,
    request: IssueRequest,
    now: datetime | None = None,
) -> Issued:
    """A corrected version of certificate ``number``, from the records as they are now."""
    current = _current(store, number, now, reason)
    # A new version says the same as a first issue does: a mandatory item voided since must block it too.
    blockers = certificate_blockers(store, current.pack.code)
    if has_errors(blockers):
        raise OperationError("certificate_blocked", findings=[f.as_dict() for f in blockers])
    draft = _draft(store, dataclasses.replace(request, pack_code=current.pack.code), now)
    corrected = dataclasses.replace(draft, number=number, version=current.version + 1, replaces_version=current.version)
    events = store.record(actor, _issue_events(store, signer, corrected, request.verify_url, reason))
    return _issued(events)


def revoke(store: Store, actor: str, number: str, reason: str, now: datetime | None = None) -> StoredEvent:
    authorize(store, actor, "revoke_certificate")
    current = _current(store, number, now, reason)
    (event,) = store.record(
        actor, [NewEvent("certificate.revoked", {"number": number, "code": current.pack.code, "reason": reason})]
    )
    return event


def reprint(store: Store, number: str, version: int | None = None) -> bytes:
    """The certificate's PDF, rendered again from the data that was signed: identical to the original."""
    sql = "SELECT data, qr_text FROM certificate WHERE number = ?"
    params: tuple = (number,)
    if version is not None:
        sql, params = sql + " AND version = ?", (number, version)
    row = store.db.execute_sql(sql + " ORDER BY version DESC LIMIT 1", params).fetchone()
    if row is None:
        raise OperationError("certificate_unknown", number=number)
    return renderer.render(Certificate.from_dict(json.loads(row[0])), row[1])


def records(store: Store, number: str | None = None, pack: str | None = None) -> list[RecordEntry]:
    column, value = ("number", number) if number is not None else ("pack_code", pack)
    rows = store.db.execute_sql(
        f"SELECT number, version, sha256, status, COALESCE(revoked_reason, '') FROM certificate "
        f"WHERE {column} = ? ORDER BY number, version",
        (value,),
    )
    return [RecordEntry(*r) for r in rows]


class StoreRecords:
    """``verify.Records`` on the station database."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def lookup(self, number: str) -> Sequence[RecordEntry]:
        return records(self._store, number=number)


def own_keys(store: Store, signer: Signer) -> KnownKeys:
    keys = KnownKeys()
    keys.add(store.station_id, signer.public_key)
    return keys


# A pack is certified once its disposal is done: dismantled or treated (or again, after a revocation).
CERTIFIABLE = (battery_status.DISMANTLED, battery_status.TREATED, battery_status.CERTIFIED)


def _check_ready(store: Store, pack_code: str) -> None:
    battery = StoreHistory(store.db).battery(pack_code)
    if battery is not None and (battery.kind != "P" or battery.status not in CERTIFIABLE):
        raise OperationError("certificate_pack_not_ready", code=pack_code, kind=battery.kind, status=battery.status)


def preview(store: Store, request: IssueRequest, now: datetime | None = None) -> Certificate:
    """The certificate as ``issue`` would sign it now, unnumbered and unsigned (the bench shows it first)."""
    return _draft(store, request, now)


# How a certificate names the issuer's licences (printed in Chinese, as the document is).
LICENCE_NAMES = {
    "hazardous_waste": "危险废物经营许可证",
    "whitelist": "行业规范条件企业名单",
    "dismantling": "报废机动车回收拆解企业资质认定",
    "other": "",
}


def configured_licences(config: dict) -> tuple[str, ...]:
    return tuple(
        " ".join(part for part in (LICENCE_NAMES.get(str(lic.get("kind")), ""), str(lic.get("number", ""))) if part)
        for lic in config.get("licences") or ()
    )


def _issuer_configured(store: Store) -> dict:
    config = store.config() or {}
    if not config.get("site_name") or not config.get("site_uscc"):
        raise OperationError("issuer_incomplete")
    return config


def _draft(store: Store, request: IssueRequest, now: datetime | None) -> Certificate:
    config = _issuer_configured(store)
    details = request.issuer
    # What the request does not say comes from the station configuration (set in the set-up wizard).
    address = details.address or str(config.get("site_address") or "")
    licences = details.licences or configured_licences(config)
    issuer = Issuer(config["site_name"], config["site_uscc"], address, licences, details.authority)
    found = gather(store, request.pack_code, issuer)
    if found is None:
        raise OperationError("battery_unknown", code=request.pack_code)
    issued_at = (now or datetime.now(UTC)).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    return Certificate(
        number="",
        kind=request.kind,
        version=1,
        issued_at=issued_at,
        issuer=found.issuer,
        source=found.source,
        source_document=found.source_document,
        pack=found.pack,
        vin=found.vin,
        items=found.items,
        inspection=found.inspection,
        steps=found.steps,
        fractions=found.fractions if request.fractions is None else request.fractions,
        downstream=found.downstream,
        signatories=request.signatories,
        extra=request.extra,
    )


def _issue_events(
    store: Store, signer: Signer, certificate: Certificate, verify_url: str, reason: str = ""
) -> list[NewEvent]:
    payload = sign(certificate, store.station_id, signer)
    body = {
        "number": certificate.number,
        "version": certificate.version,
        "code": certificate.pack.code,
        "data": certificate.as_dict(),
        "sha256": certificate.sha256,
        "payload": payload,
        "qr_text": qr_text(payload, verify_url),
        "key_id": key_id(signer.public_key),
    }
    if reason:
        body["reason"] = reason
    events = [NewEvent("certificate.issued", body)]
    if certificate.version == 1:
        events.append(NewEvent("battery.certified", {"code": certificate.pack.code, "number": certificate.number}))
    return events


def _issued(events: list[StoredEvent]) -> Issued:
    p = events[0].payload
    return Issued(Certificate.from_dict(dict(p["data"])), p["qr_text"], events[0])


def _current(store: Store, number: str, now: datetime | None, reason: str) -> Certificate:
    if not reason.strip():
        raise OperationError("reason_missing")
    entries = records(store, number=number)
    if not entries:
        raise OperationError("certificate_unknown", number=number)
    if any(e.status == "revoked" for e in entries):
        raise OperationError("certificate_already_revoked", number=number)
    row = store.db.execute_sql("SELECT data FROM certificate WHERE number = ? AND version = 1", (number,)).fetchone()
    first = Certificate.from_dict(json.loads(row[0]))
    days = int(store.ruleset().content.get("certificates", {}).get("revocation_window_days", DEFAULT_WINDOW_DAYS))
    issued = datetime.strptime(first.issued_at, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)
    if (now or datetime.now(UTC)) - issued > timedelta(days=days):
        raise OperationError("revocation_window_closed", number=number, days=days)
    latest = store.db.execute_sql(
        "SELECT data FROM certificate WHERE number = ? ORDER BY version DESC LIMIT 1", (number,)
    ).fetchone()
    return Certificate.from_dict(json.loads(latest[0]))
