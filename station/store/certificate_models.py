"""The projection table of certificates of disposal: one row per issued version, with its status."""

from __future__ import annotations

import peewee as pw

from station.store.models import BaseModel


class CertificateRecord(BaseModel):
    number = pw.TextField()
    version = pw.IntegerField()
    seq = pw.IntegerField(index=True)  # the issuing event
    pack_code = pw.TextField(index=True)
    kind = pw.TextField()
    issued_at = pw.TextField()
    sha256 = pw.TextField()
    key_id = pw.TextField()
    payload = pw.TextField()  # the signed QR payload
    qr_text = pw.TextField()  # what the QR code holds (verification address and payload)
    data = pw.TextField()  # the certificate's canonical JSON: a reprint renders from it
    status = pw.TextField()  # issued / superseded / revoked
    revoked_seq = pw.IntegerField(null=True)
    revoked_reason = pw.TextField(null=True)

    class Meta:
        table_name = "certificate"
        primary_key = pw.CompositeKey("number", "version")


PROJECTIONS: tuple[type[BaseModel], ...] = (CertificateRecord,)
