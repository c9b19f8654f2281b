"""Server tables. ``Event`` holds every station's log exactly as the station hashed it; ``Station.head_*`` is the
last event accepted from each station, the point its chain must continue from."""

from __future__ import annotations

from datetime import UTC, datetime

import peewee as pw

from station.store.events import GENESIS_HASH

database = pw.DatabaseProxy()


def utcnow() -> datetime:
    """Naive UTC: PostgreSQL's ``timestamp`` and SQLite's text both keep it without a zone."""
    return datetime.now(UTC).replace(tzinfo=None)


class BaseModel(pw.Model):
    class Meta:
        database = database


class ServerMeta(BaseModel):
    key = pw.TextField(primary_key=True)
    value = pw.TextField()

    class Meta:
        table_name = "server_meta"


class Site(BaseModel):
    id = pw.TextField(primary_key=True)
    name = pw.TextField()
    created_at = pw.DateTimeField(default=utcnow)

    class Meta:
        table_name = "site"


class Station(BaseModel):
    id = pw.TextField(primary_key=True)
    site = pw.ForeignKeyField(Site, backref="stations", column_name="site_id")
    public_key = pw.TextField()  # base64 of the raw Ed25519 key
    enrolled_at = pw.DateTimeField(default=utcnow)
    head_seq = pw.BigIntegerField(default=0)
    head_hash = pw.TextField(default=GENESIS_HASH)
    last_push_at = pw.DateTimeField(null=True)

    class Meta:
        table_name = "station"


class EnrolmentCode(BaseModel):
    """A one-time code; only its hash is kept. ``station_id`` set: the code enrols (or re-enrols) that station."""

    code_hash = pw.TextField(primary_key=True)
    site = pw.ForeignKeyField(Site, column_name="site_id")
    station_id = pw.TextField(null=True)
    created_at = pw.DateTimeField(default=utcnow)
    expires_at = pw.DateTimeField()
    used_at = pw.DateTimeField(null=True)

    class Meta:
        table_name = "enrolment_code"


class Token(BaseModel):
    """A station's bearer token; only its SHA-256 is kept. ``prefix`` names it in listings and logs."""

    id = pw.AutoField()
    station = pw.ForeignKeyField(Station, backref="tokens", column_name="station_id")
    token_hash = pw.TextField(unique=True)
    prefix = pw.TextField()
    created_at = pw.DateTimeField(default=utcnow)
    revoked_at = pw.DateTimeField(null=True)

    class Meta:
        table_name = "token"


class Event(BaseModel):
    station = pw.ForeignKeyField(Station, column_name="station_id")
    seq = pw.BigIntegerField()
    id = pw.TextField(unique=True)
    type = pw.TextField()
    schema = pw.IntegerField()
    payload = pw.TextField()  # the canonical JSON the station hashed: text, so it re-hashes to the same value
    actor = pw.TextField()
    wall_time = pw.TextField()
    mono_ns = pw.BigIntegerField()
    prev_hash = pw.TextField()
    hash = pw.TextField()
    received_at = pw.DateTimeField(default=utcnow)

    class Meta:
        table_name = "event"
        primary_key = pw.CompositeKey("station", "seq")


class EventFlag(BaseModel):
    """A business conflict found on arrival (the event is stored all the same)."""

    station = pw.ForeignKeyField(Station, column_name="station_id")
    seq = pw.BigIntegerField()
    reason = pw.TextField()
    detail = pw.TextField()  # JSON
    flagged_at = pw.DateTimeField(default=utcnow)

    class Meta:
        table_name = "event_flag"
        primary_key = pw.CompositeKey("station", "seq", "reason")


class Rejection(BaseModel):
    """Why the server refused a station's event; one row per (station, seq, reason), counted on each retry."""

    station = pw.ForeignKeyField(Station, column_name="station_id")
    seq = pw.BigIntegerField()
    reason = pw.TextField()
    event_id = pw.TextField(null=True)
    first_at = pw.DateTimeField(default=utcnow)
    last_at = pw.DateTimeField(default=utcnow)
    count = pw.IntegerField(default=1)

    class Meta:
        table_name = "rejection"
        primary_key = pw.CompositeKey("station", "seq", "reason")


class BatteryIndex(BaseModel):
    """Where each battery was last seen across all stations: the basis of cross-site conflict flags."""

    code = pw.TextField(primary_key=True)
    station = pw.ForeignKeyField(Station, column_name="station_id")
    seq = pw.BigIntegerField()
    state = pw.TextField()  # received / dismantled / treated / handed_out

    class Meta:
        table_name = "battery_index"


class RuleSetRelease(BaseModel):
    """A rule set the server hands to stations; the newest is in force. ``content`` is its canonical JSON."""

    id = pw.AutoField()
    version = pw.TextField(unique=True)
    sha256 = pw.TextField()
    content = pw.TextField()
    published_at = pw.DateTimeField(default=utcnow)

    class Meta:
        table_name = "ruleset_release"


class StationKey(BaseModel):
    """Every public key a station registered at enrolment. A re-enrolment with a new key keeps the old one here, so
    certificates signed before it still verify; ``key_id`` is the fingerprint a certificate names its key by."""

    station = pw.ForeignKeyField(Station, backref="keys", column_name="station_id")
    key_id = pw.TextField(index=True)
    public_key = pw.TextField()  # base64 of the raw Ed25519 key
    registered_at = pw.DateTimeField(default=utcnow)

    class Meta:
        table_name = "station_key"
        primary_key = pw.CompositeKey("station", "key_id")


class Certificate(BaseModel):
    """A certificate of disposal as its station issued it (``certificate.issued``), one row per version; a
    ``certificate.revoked`` event marks every version of the number. Whether a version is superseded is read from
    the newer rows, not stored."""

    number = pw.TextField()
    version = pw.IntegerField()
    station = pw.ForeignKeyField(Station, column_name="station_id")
    seq = pw.BigIntegerField()
    pack_code = pw.TextField(index=True)
    kind = pw.TextField()
    issued_at = pw.TextField()  # as signed: UTC, ISO 8601
    sha256 = pw.TextField()
    key_id = pw.TextField()
    payload = pw.TextField()  # the signed ``TSC1...`` text
    issuer_name = pw.TextField()
    issuer_uscc = pw.TextField()
    vin = pw.TextField(default="")
    revoked_seq = pw.BigIntegerField(null=True)
    revoked_reason = pw.TextField(null=True)
    revoked_at = pw.TextField(null=True)  # the station's wall time of the revocation

    class Meta:
        table_name = "certificate"
        primary_key = pw.CompositeKey("number", "version")


class BatteryEvent(BaseModel):
    """Which events are about which battery code, across every station: the battery history's index. An amendment
    that names another code adds a row for the amended event under that code."""

    code = pw.TextField()
    station = pw.ForeignKeyField(Station, column_name="station_id")
    seq = pw.BigIntegerField()

    class Meta:
        table_name = "battery_event"
        primary_key = pw.CompositeKey("code", "station", "seq")


class EventCorrection(BaseModel):
    """The correction in force for an event (the station's own ``correction`` table, kept on the server): ``void``,
    or ``amend`` with the payload that replaces the original's. A later correction of the same event replaces it."""

    station = pw.ForeignKeyField(Station, column_name="station_id")
    target_seq = pw.BigIntegerField()
    correction_seq = pw.BigIntegerField()
    kind = pw.TextField()  # void / amend
    payload = pw.TextField(null=True)  # canonical JSON of the amended payload

    class Meta:
        table_name = "event_correction"
        primary_key = pw.CompositeKey("station", "target_seq")


ALL_MODELS: tuple[type[BaseModel], ...] = (
    ServerMeta,
    Site,
    Station,
    EnrolmentCode,
    Token,
    Event,
    EventFlag,
    Rejection,
    BatteryIndex,
    RuleSetRelease,
    StationKey,
    Certificate,
    BatteryEvent,
    EventCorrection,
)
