"""Photos taken during a step (intake, inspection): JPEG files beside the database, named by their SHA-256.

A record names its photos by hash, so a photo cannot be swapped under the record that cites it, and taking the
same picture twice keeps one file. Each file is written under a temporary name, flushed and renamed: a power
cut leaves a whole photo or none.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from station.operations.errors import OperationError

JPEG_MAGIC = b"\xff\xd8\xff"


def folder(db_path: Path | str) -> Path:
    return Path(f"{db_path}.photos")


def keep(db_path: Path | str, jpeg: bytes) -> str:
    """Store one photo; returns its hash (the name a record cites)."""
    if not jpeg.startswith(JPEG_MAGIC):
        raise OperationError("photo_not_jpeg")
    digest = hashlib.sha256(jpeg).hexdigest()
    target = path(db_path, digest)
    if target.exists():
        return digest
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(target.name + ".part")
    with open(tmp, "wb") as out:
        out.write(jpeg)
        out.flush()
        os.fsync(out.fileno())
    os.replace(tmp, target)
    return digest


def path(db_path: Path | str, digest: str) -> Path:
    if len(digest) != 64 or not all(c in "0123456789abcdef" for c in digest):
        raise OperationError("photo_unknown", photo=digest)
    return folder(db_path) / f"{digest}.jpg"
