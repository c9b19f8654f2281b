"""Projection tables of hazardous-substance handling: containers, the HJ 1259 ledger, transfers, checklists, XRF.

Every row is written by exactly one event and carries that event's ``seq`` (last in composite keys, so integrity
reports point at it). That is what lets a correction replay them: dropping the rows of the events being replayed
and applying those events again gives the same tables as a rebuild (see ``hazard_events``). Masses are whole grams.
A container's state is not stored: it follows from its ledger rows (storage-in: sealed; storage-out: handed out).
"""

from __future__ import annotations

import peewee as pw

from station.store.models import BaseModel


class HazardContainer(BaseModel):
    seq = pw.IntegerField(primary_key=True)  # the opening
    id_code = pw.TextField(index=True)  # HJ 1276, 37 characters
    waste_code = pw.TextField()
    category = pw.TextField()
    waste_name = pw.TextField()
    hazards = pw.TextField()  # "T,C"
    form = pw.TextField()
    container_type = pw.TextField()
    volume_l = pw.FloatField()
    capacity_g = pw.IntegerField()
    location = pw.TextField()
    opened_on = pw.TextField()

    class Meta:
        table_name = "hazard_container"


class HazardLedger(BaseModel):
    """One HJ 1259 record: generation (a fill), storage-in (a seal) or storage-out (a transfer), per container."""

    id_code = pw.TextField()
    seq = pw.IntegerField(index=True)
    kind = pw.TextField()  # generation / storage_in / storage_out
    batch_no = pw.TextField()
    on_date = pw.TextField(index=True)
    at_time = pw.TextField()  # UTC wall time of the event
    waste_code = pw.TextField()
    category = pw.TextField(null=True)
    waste_name = pw.TextField(null=True)
    mass_g = pw.IntegerField()
    container_type = pw.TextField(null=True)
    facility = pw.TextField()  # generation: the station; storage: the storage location
    handler = pw.TextField()
    destination = pw.TextField()  # storage / contracted
    pack_code = pw.TextField(null=True, index=True)
    fraction = pw.TextField(null=True)
    grp = pw.TextField(null=True)  # incompatibility group of the fraction
    source = pw.TextField(null=True)  # scale / typed
    receiver_name = pw.TextField(null=True)
    receiver_licence = pw.TextField(null=True)
    manifest_no = pw.TextField(null=True)

    class Meta:
        table_name = "hazard_ledger"
        primary_key = pw.CompositeKey("id_code", "seq")


class HazardTransfer(BaseModel):
    seq = pw.IntegerField(primary_key=True)
    manifest_no = pw.TextField(index=True)
    on_date = pw.TextField()
    waste_code = pw.TextField()
    quantity_g = pw.IntegerField()
    containers = pw.IntegerField()
    receiver_name = pw.TextField()
    receiver_uscc = pw.TextField()
    receiver_licence = pw.TextField()
    carrier_name = pw.TextField()
    plate = pw.TextField()
    driver = pw.TextField()

    class Meta:
        table_name = "hazard_transfer"


class HazardCheck(BaseModel):
    seq = pw.IntegerField(primary_key=True)
    pack_code = pw.TextField(index=True)
    item = pw.TextField()
    on_date = pw.TextField()
    actor = pw.TextField()
    vals = pw.TextField()  # canonical JSON

    class Meta:
        table_name = "hazard_check"


class HazardXrf(BaseModel):
    seq = pw.IntegerField(primary_key=True)
    sample = pw.TextField(index=True)
    parent = pw.TextField(index=True)
    component = pw.TextField()
    material = pw.TextField()
    instrument = pw.TextField()
    on_date = pw.TextField()
    verdict = pw.TextField()
    elements = pw.TextField()  # canonical JSON: element -> {mg_kg, uncertainty, verdict}
    ruleset = pw.TextField()

    class Meta:
        table_name = "hazard_xrf"


class HazardLab(BaseModel):
    seq = pw.IntegerField(primary_key=True)
    sample = pw.TextField(index=True)
    report_no = pw.TextField()
    lab = pw.TextField()
    on_date = pw.TextField()
    verdict = pw.TextField()  # pass / fail
    results = pw.TextField()  # canonical JSON: substance -> mg/kg

    class Meta:
        table_name = "hazard_lab"


PROJECTIONS: tuple[type[BaseModel], ...] = (
    HazardContainer,
    HazardLedger,
    HazardTransfer,
    HazardCheck,
    HazardXrf,
    HazardLab,
)
