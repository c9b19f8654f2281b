"""The certificate's QR payload: its key facts and the SHA-256 of its canonical data, signed with the station's
Ed25519 key, behind the address of the central server's verification page.

``TSC1.<facts>.<signature>``, both parts base64url without padding; ``facts`` is canonical JSON with short keys (a
QR code's size grows with every character). Anyone holding the station's public key can check it offline; the key
is named in the facts by a fingerprint so a verifier picks it from the keys it knows.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Protocol
from urllib.parse import quote

from station.canonical import canonical_json
from station.documents.certificate.model import Certificate
from station.identity import verify as verify_signature

PREFIX = "TSC1"
_PAYLOAD = re.compile(r"TSC1\.([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]+)")


class Signer(Protocol):
    """What signs: ``station.identity.Identity`` is one."""

    @property
    def public_key(self) -> bytes: ...

    def sign(self, data: bytes) -> bytes: ...


def key_id(public_key: bytes) -> str:
    """A short fingerprint of a raw public key: 12 base64url characters of its SHA-256."""
    return _b64(hashlib.sha256(public_key).digest()[:9])


@dataclass(frozen=True)
class KnownKey:
    station_id: str
    public_key: bytes


class KnownKeys:
    """The public keys a verifier trusts, by fingerprint (the station's own, and those the server published)."""

    def __init__(self, keys: Iterable[KnownKey] = ()) -> None:
        self._keys = {key_id(k.public_key): k for k in keys}

    def add(self, station_id: str, public_key: bytes) -> None:
        self._keys[key_id(public_key)] = KnownKey(station_id, public_key)

    def get(self, fingerprint: str) -> KnownKey | None:
        return self._keys.get(fingerprint)

    def __len__(self) -> int:
        return len(self._keys)


def facts(certificate: Certificate, station_id: str, public_key: bytes) -> dict[str, object]:
    return {
        "n": certificate.number,
        "v": certificate.version,
        "k": certificate.kind,
        "t": certificate.issued_at,
        "p": certificate.pack.code,
        "vin": certificate.vin,
        "i": certificate.issuer.uscc,
        "st": station_id,
        "kid": key_id(public_key),
        "h": _b64(bytes.fromhex(certificate.sha256)),
    }


def sign(certificate: Certificate, station_id: str, signer: Signer) -> str:
    body = canonical_json(facts(certificate, station_id, signer.public_key)).encode("utf-8")
    return f"{PREFIX}.{_b64(body)}.{_b64(signer.sign(body))}"


def qr_text(payload: str, verify_url: str) -> str:
    """What the QR code holds: the verification page's address with the payload, or the bare payload."""
    return f"{verify_url}?c={quote(payload, safe='.-_')}" if verify_url else payload


@dataclass(frozen=True)
class SignedFacts:
    facts: Mapping[str, object]
    station_id: str  # of the key that signed, as the verifier knows it

    @property
    def sha256(self) -> str:
        return _unb64(str(self.facts["h"])).hex()


class PayloadError(Exception):
    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def open_payload(text: str, keys: KnownKeys) -> SignedFacts:
    """The facts, once the signature checks out against a known key. ``PayloadError`` reasons:
    ``payload_missing``, ``payload_malformed``, ``key_unknown``, ``signature_invalid``, ``key_station_mismatch``."""
    found = _PAYLOAD.search(text)
    if found is None:
        raise PayloadError("payload_missing")
    try:
        body, signature = _unb64(found.group(1)), _unb64(found.group(2))
        content = json.loads(body.decode("utf-8"))
    except (ValueError, UnicodeDecodeError) as exc:
        raise PayloadError("payload_malformed") from exc
    if not isinstance(content, dict) or not {"n", "v", "h", "kid", "st"} <= set(content):
        raise PayloadError("payload_malformed")
    key = keys.get(str(content["kid"]))
    if key is None:
        raise PayloadError("key_unknown")
    if not verify_signature(key.public_key, signature, body):
        raise PayloadError("signature_invalid")
    if key.station_id != content["st"]:
        raise PayloadError("key_station_mismatch")
    return SignedFacts(content, key.station_id)


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
