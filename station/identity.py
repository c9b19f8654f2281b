"""The station's Ed25519 identity: one key pair per station database, made once, kept beside the database.

The central server learns the public key at enrolment; certificates and anything else the station vouches for are
signed with the private key. The key file is written with mode 0600 from its very creation, never
widened afterwards, and never overwritten: losing it means re-enrolling, replacing it silently would mean a station
whose past signatures no longer verify.
"""

from __future__ import annotations

import base64
import os
import threading
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

KEY_SUFFIX = ".identity.pem"
PUBLIC_KEY_BYTES = 32


class IdentityError(Exception):
    """The key file exists but cannot be used (unreadable, not an Ed25519 key, readable by others)."""


@dataclass(frozen=True)
class Identity:
    private_key: Ed25519PrivateKey
    path: Path

    @property
    def public_key(self) -> bytes:
        """The raw 32-byte public key."""
        return self.private_key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)

    @property
    def public_key_b64(self) -> str:
        """The public key as the server stores and shows it: standard base64 of the raw bytes."""
        return base64.b64encode(self.public_key).decode("ascii")

    def public_key_pem(self) -> str:
        return (
            self.private_key.public_key()
            .public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
            .decode("ascii")
        )

    def sign(self, data: bytes) -> bytes:
        return self.private_key.sign(data)


def key_path(db_path: Path | str) -> Path:
    """``station.sqlite3`` keeps its key in ``station.identity.pem``: one key per database, even when several
    databases share a folder (tests, a site's spare station)."""
    db_path = Path(db_path)
    return db_path.with_name(db_path.stem + KEY_SUFFIX)


def load_or_create(db_path: Path | str) -> Identity:
    path = key_path(db_path)
    try:
        return load(path)
    except FileNotFoundError:
        pass
    key = Ed25519PrivateKey.generate()
    pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    path.parent.mkdir(parents=True, exist_ok=True)
    # Written whole to a private temporary file, then linked into place: link() fails if the key exists, so when
    # two processes start at once exactly one key wins, and nobody ever reads a half-written file.
    tmp = path.with_name(f"{path.name}.{os.getpid()}.{threading.get_ident()}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(pem)
            f.flush()
            os.fsync(f.fileno())
        os.link(tmp, path)
    except FileExistsError:
        return load(path)
    finally:
        tmp.unlink(missing_ok=True)
    return Identity(key, path)


def load(path: Path) -> Identity:
    data = path.read_bytes()  # FileNotFoundError goes to the caller, who may create the key
    if os.name == "posix" and path.stat().st_mode & 0o077:
        raise IdentityError(f"{path} is readable by other users; make it mode 0600 (chmod 600)")
    try:
        key = serialization.load_pem_private_key(data, password=None)
    except ValueError as exc:
        raise IdentityError(f"{path} does not hold a private key: {exc}") from exc
    if not isinstance(key, Ed25519PrivateKey):
        raise IdentityError(f"{path} holds a {type(key).__name__}, not an Ed25519 key")
    return Identity(key, path)


def public_key_from_b64(text: str) -> Ed25519PublicKey:
    """Parse a base64 raw public key; ``ValueError`` when it is not 32 bytes of valid base64."""
    raw = base64.b64decode(text.encode("ascii"), validate=True)
    if len(raw) != PUBLIC_KEY_BYTES:
        raise ValueError(f"an Ed25519 public key has {PUBLIC_KEY_BYTES} bytes, not {len(raw)}")
    return Ed25519PublicKey.from_public_bytes(raw)


def verify(public_key: bytes | str, signature: bytes, data: bytes) -> bool:
    """True when ``signature`` is ``data`` signed by the key (raw bytes or base64 text)."""
    try:
        key = (
            public_key_from_b64(public_key)
            if isinstance(public_key, str)
            else Ed25519PublicKey.from_public_bytes(public_key)
        )
        key.verify(signature, data)
    except (InvalidSignature, ValueError):
        return False
    return True
