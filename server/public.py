"""What anyone may ask without a token: is this certificate genuine? As JSON for programs, and as the page the
certificate's QR code leads to (``/verify?c=TSC1...``: the address ``trace-station certificate issue`` prints by
default, the enrolled server + ``/verify``)."""

# No ``from __future__ import annotations``: FastAPI reads the handlers' annotations at run time.
from typing import Annotated

import peewee as pw
from fastapi import APIRouter, Query
from fastapi.responses import HTMLResponse

from server import certificates, verify_page
from server.certificates import CertificateCheck
from server.schemas import CertificateVerifyOut

# The page: no script, no outside resources, never cached (a revocation must show at the next scan), and the
# payload in its address is not passed on to any other site.
PAGE_HEADERS = {
    "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'",
    "Cache-Control": "no-store",
    "Referrer-Policy": "no-referrer",
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
}


def certificate_routes(db: pw.Database) -> APIRouter:
    router = APIRouter()

    @router.get("/v1/certificates/verify", response_model=CertificateVerifyOut, tags=["certificates"])
    def verify_certificate(
        c: Annotated[str, Query(max_length=certificates.MAX_PAYLOAD, description="the QR payload, TSC1...")],
    ) -> CertificateVerifyOut:
        """Check a certificate's QR payload: its signature against the key its station registered at enrolment,
        then the station's records: valid, revoked, superseded, unknown or invalid, with the key facts."""
        with db.connection_context():
            return as_out(certificates.verify(c))

    @router.get("/verify", response_class=HTMLResponse, include_in_schema=False)
    def verify_page_html(c: str = "") -> HTMLResponse:
        with db.connection_context():
            check = certificates.verify(c)
        return HTMLResponse(verify_page.render(check), headers=PAGE_HEADERS)

    return router


def as_out(check: CertificateCheck) -> CertificateVerifyOut:
    f, r = check.facts, check.record
    return CertificateVerifyOut(
        status=check.status,  # type: ignore[arg-type]
        reason=check.reason,
        signature=check.signature_proven,
        number=_text(f.get("n")),
        version=int(str(f["v"])) if "v" in f else None,
        kind=_text(f.get("k")),
        issued_at=_text(f.get("t")),
        pack=_text(f.get("p")),
        vin=_text(f.get("vin")),
        issuer_uscc=_text(f.get("i")),
        issuer_name=r.issuer_name if r else None,
        station_id=_text(f.get("st")),
        site_id=r.site_id if r else None,
        site_name=r.site_name if r else None,
        latest_version=r.latest_version if r else None,
        revoked_reason=r.revoked_reason if r else None,
        revoked_at=r.revoked_at if r else None,
    )


def _text(value: object) -> str | None:
    return None if value in (None, "") else str(value)
