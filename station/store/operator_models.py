"""The station's operators: who they are (a projection of the log) and how they prove it (local secrets).

``operator`` is rebuilt from ``operator.added`` / ``operator.changed`` events, so who may do what is audited and
syncs with everything else. ``operator_credential`` is not a projection and is never synced: it holds only
slow-KDF hashes of PINs and keyed hashes of badges, which have no business leaving the bench. A rebuild of the
projections leaves it alone.
"""

from __future__ import annotations

import peewee as pw

from station.store.models import BaseModel


class OperatorRecord(BaseModel):
    operator_id = pw.TextField(primary_key=True)
    name = pw.TextField(unique=True)
    role = pw.TextField()
    active = pw.BooleanField()
    seq = pw.IntegerField()  # the event that last changed the row

    class Meta:
        table_name = "operator"


class Credential(BaseModel):
    operator_id = pw.TextField(primary_key=True)
    pin_hash = pw.TextField(null=True)
    badge_hash = pw.TextField(null=True, unique=True)
    failures = pw.IntegerField(default=0)
    locked_until = pw.TextField(null=True)  # UTC ISO instant; log-in refused before it

    class Meta:
        table_name = "operator_credential"


PROJECTIONS: tuple[type[BaseModel], ...] = (OperatorRecord,)
LOCAL_TABLES: tuple[type[BaseModel], ...] = (Credential,)
