"""Half-done steps of a workflow, kept so that a crash or a power cut loses no typing. A draft is not a record:
it never enters the event log and never syncs; finishing the step records the events and deletes the draft in
one transaction, so a step is never recorded twice nor lost between the two."""

from __future__ import annotations

import peewee as pw

from station.store.models import BaseModel


class DraftRecord(BaseModel):
    workflow = pw.TextField(primary_key=True)  # one open draft per workflow and station
    actor = pw.TextField()  # who typed it last
    data = pw.TextField()  # canonical JSON of the step's fields
    updated_at = pw.TextField()  # UTC ISO instant

    class Meta:
        table_name = "draft"


LOCAL_TABLES: tuple[type[BaseModel], ...] = (DraftRecord,)
