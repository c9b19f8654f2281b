"""Tables. ``Event`` is the source of truth; every other table but ``Meta`` is a projection of the events.

Projection tables are written only by ``station.store.projections`` (with plain SQL, for rebuild speed) and read
through these models.
"""

from __future__ import annotations

import peewee as pw

database = pw.DatabaseProxy()


class BaseModel(pw.Model):
    class Meta:
        database = database


class MetaEntry(BaseModel):
    """Facts about this database file (schema version, station identity): not history."""

    key = pw.TextField(primary_key=True)
    value = pw.TextField()

    class Meta:
        table_name = "meta"


class Event(BaseModel):
    seq = pw.IntegerField(primary_key=True)
    id = pw.TextField(unique=True)
    station_id = pw.TextField()
    type = pw.TextField()
    schema = pw.IntegerField()
    payload = pw.TextField()
    actor = pw.TextField()
    wall_time = pw.TextField()
    mono_ns = pw.IntegerField()
    prev_hash = pw.TextField()
    hash = pw.TextField()

    class Meta:
        table_name = "event"


# ---- projections -------------------------------------------------------------------------------------------


class Battery(BaseModel):
    code = pw.TextField(primary_key=True)
    kind = pw.TextField()  # P / M / C
    scheme = pw.TextField()
    maker = pw.TextField(null=True)
    chemistry = pw.TextField(null=True)
    production_date = pw.TextField(null=True)
    echelon = pw.IntegerField(default=0)
    original_code = pw.TextField(null=True)
    status = pw.TextField(index=True)
    parent_code = pw.TextField(null=True, index=True)
    recycling_no = pw.TextField(null=True, unique=True)
    source_name = pw.TextField(null=True)
    source_uscc = pw.TextField(null=True)
    source_document = pw.TextField(null=True)
    vin = pw.TextField(null=True, index=True)
    mass_kg = pw.FloatField(null=True)
    route = pw.TextField(null=True)
    inspection_result = pw.TextField(null=True)
    quarantine_reasons = pw.TextField(null=True)  # JSON list of reason codes
    received_seq = pw.IntegerField(null=True)
    received_at = pw.TextField(null=True)
    updated_seq = pw.IntegerField()

    class Meta:
        table_name = "battery"


class Link(BaseModel):
    child = pw.TextField(primary_key=True)
    parent = pw.TextField(index=True)
    position = pw.IntegerField()
    seq = pw.IntegerField()

    class Meta:
        table_name = "link"


class Duty(BaseModel):
    """A reporting duty created by an event: due ``working_days`` after ``occurred_on``."""

    event_seq = pw.IntegerField(primary_key=True)
    subject = pw.TextField(index=True)
    event_type = pw.TextField()
    occurred_on = pw.TextField()
    working_days = pw.IntegerField()
    reported_seq = pw.IntegerField(null=True, index=True)
    reported_ref = pw.TextField(null=True)

    class Meta:
        table_name = "duty"


class EventSubject(BaseModel):
    """Which battery (or ``VIN:`` vehicle) each event is about: a battery's timeline and the scope of a correction."""

    subject = pw.TextField()
    seq = pw.IntegerField()

    class Meta:
        table_name = "event_subject"
        primary_key = pw.CompositeKey("subject", "seq")


class Correction(BaseModel):
    target_seq = pw.IntegerField(primary_key=True)
    correction_seq = pw.IntegerField()
    kind = pw.TextField()  # void / amend
    payload = pw.TextField(null=True)  # amended payload

    class Meta:
        table_name = "correction"


class RuleSetVersion(BaseModel):
    seq = pw.IntegerField(primary_key=True)
    version = pw.TextField()
    sha256 = pw.TextField()
    source = pw.TextField()
    content = pw.TextField()

    class Meta:
        table_name = "ruleset"


class StationConfig(BaseModel):
    seq = pw.IntegerField(primary_key=True)
    station_id = pw.TextField()
    site_name = pw.TextField()
    site_uscc = pw.TextField()
    role = pw.TextField()
    content = pw.TextField()

    class Meta:
        table_name = "station_config"


PROJECTIONS: tuple[type[BaseModel], ...] = (
    Battery,
    Link,
    Duty,
    EventSubject,
    Correction,
    RuleSetVersion,
    StationConfig,
)
ALL_MODELS: tuple[type[BaseModel], ...] = (MetaEntry, Event, *PROJECTIONS)
