"""Checking a certificate offline: from its QR payload alone, or from the PDF file.

From a payload: the signature against the known public keys, and what this station's records say (revoked,
superseded, other data). From a PDF, also: the embedded data hashes to the signed SHA-256, the signed facts are the
data's, and the printed text is the text of that data (the PDF is rendered again from the data and both texts are
compared, whitespace aside) - so a changed field, a QR code copied onto another certificate, or a page edited after
printing are each caught. Poppler's tools read the PDF: ``pdftoppm`` (pixels for the QR), ``pdfdetach`` (the data)
and ``pdftotext``.
"""

from __future__ import annotations

import json
import re
import subprocess
import tempfile
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

import numpy as np
import zxingcpp
from PIL import Image

from station.documents.certificate.model import Certificate
from station.documents.certificate.render import ATTACHMENT, render
from station.documents.certificate.signing import KnownKeys, PayloadError, SignedFacts, open_payload
from station.findings import Finding, error, has_errors, warning

QrReader = Callable[[np.ndarray], Sequence[str]]


class Records(Protocol):
    """What the station knows about its certificates (``issuing.StoreRecords``)."""

    def lookup(self, number: str) -> Sequence[RecordEntry]: ...


@dataclass(frozen=True)
class RecordEntry:
    number: str
    version: int
    sha256: str
    status: str  # issued / superseded / revoked
    reason: str = ""


@dataclass(frozen=True)
class Verification:
    findings: tuple[Finding, ...]
    signed: SignedFacts | None = None
    certificate: Certificate | None = None
    checks: tuple[str, ...] = field(default=())  # what was proven, as codes: signature, data_hash, text, identical

    @property
    def ok(self) -> bool:
        return self.signed is not None and not has_errors(self.findings)


def verify_payload(text: str, keys: KnownKeys, records: Records | None = None) -> Verification:
    try:
        signed = open_payload(text, keys)
    except PayloadError as err:
        return Verification((error(err.reason),))
    return Verification(tuple(_record_findings(signed, records)), signed, checks=("signature",))


def verify_pdf(
    pdf: bytes, keys: KnownKeys, records: Records | None = None, read_qr: QrReader | None = None
) -> Verification:
    texts = [t for page in first_page_pixels(pdf) for t in (read_qr or read_qr_codes)(page)]
    payload = next((t for t in texts if "TSC1." in t), None)
    if payload is None:
        return Verification((error("qr_unreadable"),))
    result = verify_payload(payload, keys, records)
    if result.signed is None:
        return result
    signed, findings, checks = result.signed, list(result.findings), list(result.checks)
    data = embedded_data(pdf)
    if data is None:
        return Verification((*findings, error("data_missing")), signed, checks=tuple(checks))
    try:
        certificate = Certificate.from_dict(json.loads(data.decode("utf-8")))
    except (ValueError, TypeError, KeyError):
        return Verification((*findings, error("data_unreadable")), signed, checks=tuple(checks))
    if certificate.sha256 != signed.sha256:
        findings.append(error("data_hash_mismatch"))
    else:
        checks.append("data_hash")
    findings += _facts_agree(signed.facts, certificate)
    fresh = render(certificate, payload)
    if fresh == pdf:
        checks += ["text", "identical"]
    elif _squeeze(pdf_text(fresh)) == _squeeze(pdf_text(pdf)):
        checks.append("text")
    else:
        findings.append(error("text_mismatch"))
    return Verification(tuple(findings), signed, certificate, tuple(checks))


def _record_findings(signed: SignedFacts, records: Records | None) -> list[Finding]:
    if records is None:
        return []
    number, version = str(signed.facts["n"]), int(str(signed.facts["v"]))
    entries = records.lookup(number)
    mine = next((e for e in entries if e.version == version), None)
    if mine is None:
        return [warning("certificate_not_on_record", number=number)]
    found: list[Finding] = []
    if mine.sha256 != signed.sha256:
        found.append(error("record_differs", number=number))
    if any(e.status == "revoked" for e in entries):
        reason = next(e.reason for e in entries if e.status == "revoked")
        found.append(error("certificate_revoked", number=number, reason=reason))
    newer = [e.version for e in entries if e.version > version]
    if newer:
        found.append(warning("certificate_superseded", number=number, version=max(newer)))
    return found


def _facts_agree(facts: Mapping[str, object], c: Certificate) -> list[Finding]:
    shown = {
        "n": c.number,
        "v": c.version,
        "k": c.kind,
        "t": c.issued_at,
        "p": c.pack.code,
        "vin": c.vin,
        "i": c.issuer.uscc,
    }
    return [
        error("facts_mismatch", field=key, signed=facts.get(key), shown=value)
        for key, value in shown.items()
        if facts.get(key) != value
    ]


def _squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


def first_page_pixels(pdf: bytes, dpi: int = 300) -> list[np.ndarray]:
    """The first page in grey: the QR code is printed there."""
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "certificate.pdf"
        source.write_bytes(pdf)
        subprocess.run(
            ["pdftoppm", "-r", str(dpi), "-f", "1", "-l", "1", "-gray", "-png", str(source), f"{tmp}/page"],
            check=True,
            capture_output=True,
        )
        return [np.array(Image.open(p).convert("L")) for p in sorted(Path(tmp).glob("page*.png"))]


def read_qr_codes(image: np.ndarray) -> list[str]:
    """QR codes in a clean render of our own document; their bytes as UTF-8. (A camera frame goes through the
    station's decoder in ``hardware.decode`` instead; this is a document we drew, at 300 dpi.)"""
    found = zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode)
    return [b.bytes.decode("utf-8", "replace") for b in found]


def embedded_data(pdf: bytes) -> bytes | None:
    with tempfile.TemporaryDirectory() as tmp:
        source, target = Path(tmp) / "certificate.pdf", Path(tmp) / "data.json"
        source.write_bytes(pdf)
        listed = subprocess.run(["pdfdetach", "-list", str(source)], capture_output=True, text=True, check=False)
        names = re.findall(r"^(\d+): (.+)$", listed.stdout, flags=re.MULTILINE)
        index = next((i for i, name in names if name.strip() == ATTACHMENT), None)
        if index is None:
            return None
        subprocess.run(["pdfdetach", "-save", index, "-o", str(target), str(source)], check=True, capture_output=True)
        return target.read_bytes()


def pdf_text(pdf: bytes) -> str:
    done = subprocess.run(["pdftotext", "-raw", "-enc", "UTF-8", "-", "-"], input=pdf, capture_output=True, check=True)
    return done.stdout.decode("utf-8")
