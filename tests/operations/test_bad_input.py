"""Bad input at intake: clear findings, no crash, nothing half-stored."""

from __future__ import annotations

from datetime import date

import pytest

from station.operations.errors import OperationError
from station.operations.intake import IntakeForm, Source, receive
from station.store.integrity import verify
from station.store.store import Store
from tests.conftest import ACTOR, make_code

BAD = [
    "",
    "   ",
    "A" * 10_000_000,
    b"\x00" * 64,
    bytes(range(256)),
    "001CB24\x000003B3C0221953",
    "'; DROP TABLE battery; --",
    "<script>alert(1)</script>",
    "００１CB240000003B3C0221953",  # full-width digits
    "001CВ240000003B3C0221953",  # Cyrillic Ve
    "001CΒ240000003B3C0221953",  # Greek Beta
]


@pytest.mark.parametrize("payload", BAD, ids=lambda p: repr(p)[:30])
def test_bad_payloads_are_refused_on_record(store: Store, today: date, payload):
    before = store.db.execute_sql("SELECT COUNT(*) FROM battery").fetchone()[0]
    result = receive(store, ACTOR, IntakeForm(payload), today)
    assert not result.received
    assert result.verdict.findings, "a refusal always says why"
    assert result.event.type == "scan.refused"
    assert len(result.event.payload["raw"]) <= 4096
    assert store.db.execute_sql("SELECT COUNT(*) FROM battery").fetchone()[0] == before
    assert (
        store.db.execute_sql("SELECT COUNT(*) FROM sqlite_master WHERE name = 'battery'").fetchone()[0] == 1
    )


def test_markup_around_a_code_is_kept_as_raw_data(store: Store, today: date):
    raw = "</para><para>001CB240000003B3C0221953"
    result = receive(store, ACTOR, IntakeForm(raw), today)
    assert result.received and result.event.payload["code"] == "001CB240000003B3C0221953"
    assert result.event.payload["raw"] == raw


def test_huge_payload_keeps_its_hash(store: Store, today: date):
    result = receive(store, ACTOR, IntakeForm("A" * 10_000_000), today)
    assert result.event.payload["raw_truncated"] is True
    assert result.event.payload["raw_length"] == 10_000_000
    assert len(result.event.payload["raw_sha256"]) == 64


def test_markup_in_every_field_is_stored_as_data(store: Store, today: date):
    name = "</para>&amp;<b>\"'; DROP TABLE event; --"
    result = receive(
        store, ACTOR, IntakeForm(make_code("P"), Source(name, "91350100M000100Y43", "<doc>")), today
    )
    assert result.received
    row = store.db.execute_sql("SELECT source_name, source_document FROM battery").fetchone()
    assert row == (name, "<doc>")
    assert verify(store.db, store.station_id).ok


@pytest.mark.parametrize(
    ("form", "reason"),
    [
        (IntakeForm(make_code("P"), Source("x", "91350100M000100Y44")), "source_uscc_invalid"),
        (IntakeForm(make_code("P"), vin="1M8GDM9AXKP04278O"), "vin_invalid"),
        (IntakeForm(make_code("P"), vin="1M8GDM9A1KP042788"), "vin_needs_confirmation"),
        (IntakeForm(make_code("P"), mass_kg=-3), "mass_out_of_range"),
    ],
)
def test_bad_form_fields_are_refused_before_anything_is_written(store: Store, today: date, form, reason):
    before = store.event_count()
    with pytest.raises(OperationError) as err:
        receive(store, ACTOR, form, today)
    assert err.value.reason == reason
    assert store.event_count() == before


def test_confirmed_vin_with_wrong_check_digit_is_accepted(store: Store, today: date):
    form = IntakeForm(make_code("P"), vin="1M8GDM9A1KP042788", vin_confirmed=True)
    assert receive(store, ACTOR, form, today).received

