"""Drafts survive a restart and vanish with the record that finishes them, all or nothing; photos are kept by
hash, whole or not at all."""

from __future__ import annotations

import hashlib

import pytest

from station import drafts, photos
from station.operations.errors import OperationError
from station.operations.intake import IntakeForm, receive
from station.store.store import Store
from tests.conftest import ACTOR, make_code


def test_a_draft_is_restored_after_the_store_is_reopened(db_path, store: Store):
    drafts.save(store, "intake", ACTOR, {"code": "X", "vin": "LSVAU2180N2183294"})
    drafts.save(store, "intake", "operator:b", {"code": "Y"})
    store.close()
    again = Store.open(db_path)
    try:
        draft = drafts.load(again, "intake")
        assert draft.data == {"code": "Y"} and draft.actor == "operator:b"
        assert drafts.load(again, "inspection") is None
        assert again.db.execute_sql("SELECT COUNT(*) FROM event WHERE type LIKE 'draft%'").fetchone()[0] == 0
    finally:
        again.close()


def test_finishing_records_and_deletes_the_draft_together(store: Store):
    drafts.save(store, "intake", ACTOR, {"code": "X"})
    result = drafts.finish(store, "intake", lambda: receive(store, ACTOR, IntakeForm(make_code("P", 3))))
    assert result.received and drafts.load(store, "intake") is None


def test_a_refused_record_keeps_the_draft(store: Store):
    drafts.save(store, "intake", ACTOR, {"code": "X"})
    with pytest.raises(OperationError, match="source_uscc_invalid"):
        drafts.finish(
            store,
            "intake",
            lambda: receive(store, ACTOR, IntakeForm(make_code("P", 4), vin="", mass_kg=None, source=_bad_source())),
        )
    assert drafts.load(store, "intake").data == {"code": "X"}
    assert store.db.execute_sql("SELECT COUNT(*) FROM battery").fetchone()[0] == 0


def _bad_source():
    from station.operations.intake import Source

    return Source("Somebody", "91110000000000000X")


def test_photos_are_kept_by_hash_and_cited_by_the_intake(db_path, store: Store):
    jpeg = b"\xff\xd8\xff\xe0" + bytes(range(256)) * 4
    digest = photos.keep(db_path, jpeg)
    assert digest == hashlib.sha256(jpeg).hexdigest()
    assert photos.keep(db_path, jpeg) == digest  # the same picture twice: one file
    assert photos.path(db_path, digest).read_bytes() == jpeg
    assert not list(photos.folder(db_path).glob("*.part"))
    result = receive(store, ACTOR, IntakeForm(make_code("P", 5), photos=(digest,)))
    assert result.event.payload["photos"] == [digest]
    with pytest.raises(OperationError, match="photo_not_jpeg"):
        photos.keep(db_path, b"<svg onload=alert(1)>")
    with pytest.raises(OperationError, match="photo_unknown"):
        photos.path(db_path, "../../etc/passwd")
