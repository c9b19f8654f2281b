"""Every reason code of the documents package, with a one-line English gloss for developers and translators."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

REASONS: Mapping[str, str] = MappingProxyType(
    {
        # verification of a certificate
        "payload_missing": "No certificate payload (TSC1...) was found in the QR code or the text given.",
        "payload_malformed": "The certificate payload is damaged or not of this format.",
        "key_unknown": "The certificate was signed with a key this verifier does not know.",
        "signature_invalid": "The signature does not match the certificate's facts: they were changed.",
        "key_station_mismatch": "The signing key belongs to station {known}, not to {claimed}.",
        "qr_unreadable": "No certificate QR code could be read from the document.",
        "data_missing": "The PDF carries no certificate data (certificate.json) to check its content against.",
        "data_unreadable": "The certificate data embedded in the PDF is damaged.",
        "data_hash_mismatch": "The certificate's data is not the data that was signed.",
        "facts_mismatch": "The QR code's {field} ({signed}) differs from the certificate's ({shown}).",
        "text_mismatch": "The printed text of the PDF differs from the signed data.",
        "certificate_revoked": "The certificate was revoked ({reason}).",
        "certificate_superseded": "A newer version {version} of this certificate was issued.",
        "certificate_not_on_record": "This station has no record of the certificate (issued elsewhere?).",
        "record_differs": "This station's record of the certificate has other data.",
        # issuing, revoking, re-issuing
        "certificate_exists": "The pack already has certificate {number}; re-issue it instead.",
        "certificate_unknown": "No certificate {number} is on record.",
        "certificate_already_revoked": "Certificate {number} is already revoked.",
        "revocation_window_closed": "Certificates can be revoked within {days} days of issue; {number} is older.",
        "certificate_blocked": "The pack cannot be certified yet (see findings).",
        "certificate_kind_unknown": "The certificate type must be dismantling, recycling or destruction.",
        "issuer_incomplete": "The site's name and credit code must be configured before certificates are issued.",
        "certificate_pack_not_ready": "Only a dismantled or treated pack is certified; {code} is {kind}, {status}.",
    }
)
