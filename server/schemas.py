"""The wire format of API v1 (pydantic): what the OpenAPI schema documents and what requests are checked against.

Field names and meanings are a contract with stations in the field: add optional fields, never rename or remove
one within v1.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

HEX64 = r"^[0-9a-f]{64}$"
MAX_BATCH = 1000  # events per push; the client sends 500 by default


class EventIn(BaseModel):
    """One event exactly as the station stored and hashed it (``station.store.events.StoredEvent.as_dict``)."""

    model_config = ConfigDict(extra="forbid", strict=True)

    seq: int = Field(ge=1)
    id: str = Field(min_length=1, max_length=64)
    station_id: str = Field(min_length=1, max_length=64)
    type: str = Field(min_length=1, max_length=100)
    schema_: int = Field(alias="schema", ge=1)
    payload: dict[str, Any]
    actor: str = Field(min_length=1, max_length=200)
    wall_time: str = Field(min_length=1, max_length=40)
    mono_ns: int
    prev_hash: str = Field(pattern=HEX64)
    hash: str = Field(pattern=HEX64)


class PushRequest(BaseModel):
    events: list[dict[str, Any]] = Field(
        description=(
            "Events in sequence order, each shaped as EventIn. They are checked one by one so that a malformed "
            "event is answered in its place instead of failing the whole request."
        )
    )


class EventResultOut(BaseModel):
    seq: int | None
    id: str | None
    status: Literal["stored", "duplicate", "rejected"]
    reason: str | None = Field(
        None,
        description=(
            "for rejected: malformed, station_mismatch, hash_mismatch, differs_from_stored, seq_gap, "
            "prev_hash_mismatch, id_reused, follows_rejected"
        ),
    )
    flags: list[str] = Field(default_factory=list, description="business conflicts found (the event is stored)")


class PushResponse(BaseModel):
    acknowledged: int = Field(description="the last sequence number the server holds for this station")
    acknowledged_hash: str = Field(description="that event's hash (64 zeros when none)")
    results: list[EventResultOut]


class CursorResponse(BaseModel):
    station_id: str
    acknowledged: int
    acknowledged_hash: str


class EnrolRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    code: str = Field(min_length=1, max_length=64)
    station_id: str = Field(pattern=r"^[A-Za-z0-9_.-]{1,64}$")
    public_key: str = Field(min_length=1, max_length=100, description="base64 of the raw 32-byte Ed25519 key")


class EnrolResponse(BaseModel):
    station_id: str
    site_id: str
    token: str = Field(description="the bearer token; shown once, kept hashed by the server")


class ErrorDetail(BaseModel):
    reason: str


class ErrorResponse(BaseModel):
    detail: ErrorDetail


class Health(BaseModel):
    status: Literal["ok"]
    api: str
    schema_version: int


class RuleSetOut(BaseModel):
    version: str
    sha256: str = Field(description="SHA-256 of the canonical JSON of content")
    content: dict[str, Any]


class CertificateVerifyOut(BaseModel):
    """What the platform says about a certificate's QR payload. The facts are given only when the signature was
    proven against a key a station registered at enrolment; the record only when the station pushed it."""

    status: Literal["valid", "revoked", "superseded", "unknown", "invalid"]
    reason: str | None = Field(
        None,
        description=(
            "why, when not valid: payload_missing, payload_malformed, signature_invalid, key_station_mismatch, "
            "record_differs (invalid); key_unknown, certificate_not_on_record (unknown); certificate_revoked; "
            "certificate_superseded"
        ),
    )
    signature: bool = Field(description="the signature was proven against the station's registered key")
    number: str | None = None
    version: int | None = None
    kind: str | None = Field(None, description="dismantling / recycling / destruction")
    issued_at: str | None = Field(None, description="UTC, ISO 8601, as signed")
    pack: str | None = None
    vin: str | None = None
    issuer_uscc: str | None = None
    issuer_name: str | None = Field(None, description="as on the certificate the station pushed")
    station_id: str | None = None
    site_id: str | None = None
    site_name: str | None = Field(None, description="the site as registered on the platform")
    latest_version: int | None = None
    revoked_reason: str | None = None
    revoked_at: str | None = Field(None, description="the station's time of the revocation")


class HistoryEventOut(BaseModel):
    station_id: str
    site_id: str
    seq: int
    type: str
    wall_time: str = Field(description="the station's clock")
    status: Literal["in_force", "voided", "amended"]
    facts: dict[str, Any] = Field(description="the public facts of the event's type, shared platform-wide")
    payload: dict[str, Any] | None = Field(None, description="the whole payload: for stations of the same site only")


class BatteryHistoryOut(BaseModel):
    code: str
    events: list[HistoryEventOut] = Field(description="oldest first, by the stations' clocks")
    truncated: bool = Field(description="more events exist than one answer holds")
