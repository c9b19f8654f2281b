"""The station's Ed25519 identity: made once, private to its owner, signatures that verify and only those."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest

from station.identity import IdentityError, key_path, load_or_create, public_key_from_b64, verify


def test_made_once_with_mode_0600_and_kept(tmp_path: Path):
    db = tmp_path / "station.sqlite3"
    first = load_or_create(db)
    assert first.path == tmp_path / "station.identity.pem" == key_path(db)
    assert first.path.stat().st_mode & 0o777 == 0o600
    again = load_or_create(db)
    assert again.public_key == first.public_key and len(first.public_key) == 32
    other = load_or_create(tmp_path / "spare.sqlite3")
    assert other.public_key != first.public_key  # one key per database, even in one folder


def test_sign_and_verify(tmp_path: Path):
    me = load_or_create(tmp_path / "station.sqlite3")
    signature = me.sign(b"certificate 42")
    assert verify(me.public_key, signature, b"certificate 42")
    assert verify(me.public_key_b64, signature, b"certificate 42")
    assert not verify(me.public_key_b64, signature, b"certificate 43")
    assert not verify(me.public_key_b64, signature[:-1] + bytes([signature[-1] ^ 1]), b"certificate 42")
    stranger = load_or_create(tmp_path / "other.sqlite3")
    assert not verify(stranger.public_key, signature, b"certificate 42")
    assert not verify("not base64!", signature, b"certificate 42")
    assert "BEGIN PUBLIC KEY" in me.public_key_pem()


def test_a_key_readable_by_others_or_not_a_key_is_refused(tmp_path: Path):
    db = tmp_path / "station.sqlite3"
    path = load_or_create(db).path
    os.chmod(path, 0o644)
    with pytest.raises(IdentityError, match="chmod 600"):
        load_or_create(db)
    path.write_bytes(b"-----BEGIN PRIVATE KEY-----\ngarbage\n-----END PRIVATE KEY-----\n")
    os.chmod(path, 0o600)
    with pytest.raises(IdentityError, match="does not hold a private key"):
        load_or_create(db)


def test_two_processes_starting_together_get_one_key(tmp_path: Path):
    db = tmp_path / "station.sqlite3"
    keys: list[bytes] = []
    threads = [threading.Thread(target=lambda: keys.append(load_or_create(db).public_key)) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(set(keys)) == 1


@pytest.mark.parametrize("text", ["", "AAAA", "A" * 44, "%%%%"])
def test_bad_public_keys(text: str):
    with pytest.raises(ValueError):
        public_key_from_b64(text)
