"""Operators: roles, PINs under scrypt, badges under a keyed hash, lockout, and the supervisor-only acts."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from station import operators as ops
from station.operations.corrections import correct
from station.operations.errors import OperationError
from station.store.rebuild import rebuild
from station.store.store import Store
from tests.conftest import ACTOR


def reason(exc: pytest.ExceptionInfo[OperationError]) -> str:
    return exc.value.reason


@pytest.fixture
def admin(store: Store) -> ops.Operator:
    return ops.add_operator(store, ACTOR, "Wang Fang", "administrator", "2580", badge="BADGE-0001")


def test_the_first_operator_must_be_an_administrator(store: Store):
    with pytest.raises(OperationError) as exc:
        ops.add_operator(store, ACTOR, "Li Lei", "technician", "2580")
    assert reason(exc) == "first_operator_not_administrator"
    assert ops.operators(store) == []


def test_only_an_administrator_adds_operators(store: Store, admin: ops.Operator):
    tech = ops.add_operator(store, admin.actor, "Li Lei", "technician", "7391")
    with pytest.raises(OperationError) as exc:
        ops.add_operator(store, tech.actor, "Zhao Min", "technician", "7392")
    assert reason(exc) == "not_permitted"
    assert exc.value.params == {"action": "manage_operators", "needs": "administrator"}
    assert [o.name for o in ops.operators(store)] == ["Li Lei", "Wang Fang"]


def test_names_are_unique_whatever_the_case_and_spacing(store: Store, admin: ops.Operator):
    with pytest.raises(OperationError) as exc:
        ops.add_operator(store, admin.actor, "  wang   FANG ", "technician", "7391")
    assert reason(exc) == "operator_name_taken"


@pytest.mark.parametrize(
    ("pin", "code"),
    [
        ("12a4", "pin_not_digits"),
        ("１２３４", "pin_not_digits"),
        ("258", "pin_length"),
        ("1" * 13, "pin_length"),
        ("7777", "pin_too_simple"),
        ("1234", "pin_too_simple"),
        ("9876", "pin_too_simple"),
        ("890123", "pin_too_simple"),
    ],
)
def test_weak_or_malformed_pins_are_refused(store: Store, pin: str, code: str):
    with pytest.raises(OperationError) as exc:
        ops.add_operator(store, ACTOR, "Wang Fang", "administrator", pin)
    assert reason(exc) == code


def test_the_pin_is_stored_only_as_a_salted_scrypt_hash(store: Store, admin: ops.Operator, db_path):
    store.db.execute_sql("PRAGMA wal_checkpoint(FULL)")
    (stored,) = store.db.execute_sql("SELECT pin_hash FROM operator_credential").fetchone()
    assert stored.startswith("scrypt$32768$8$1$")
    assert "2580" not in stored
    assert b"2580" not in db_path.read_bytes() and b"BADGE-0001" not in db_path.read_bytes()
    again = ops.hash_pin("2580")
    assert again != stored  # a fresh salt each time
    assert ops.verify_pin("2580", stored) and ops.verify_pin("2580", again)
    assert not ops.verify_pin("2581", stored)


def test_credentials_never_enter_the_event_log(store: Store, admin: ops.Operator):
    rows = store.db.execute_sql("SELECT payload FROM event WHERE type LIKE 'operator.%'").fetchall()
    assert len(rows) == 1
    assert "scrypt" not in rows[0][0] and "pin" not in rows[0][0] and "badge" not in rows[0][0]


def test_log_in_by_name_and_pin_or_by_badge(store: Store, admin: ops.Operator):
    assert ops.log_in_with_pin(store, " wang fang", "2580") == admin
    assert ops.log_in_with_badge(store, "BADGE-0001\n") == admin
    with pytest.raises(OperationError) as exc:
        ops.log_in_with_badge(store, "BADGE-0002")
    assert reason(exc) == "badge_unknown"


def test_a_battery_label_is_no_badge(store: Store, admin: ops.Operator):
    from tests.conftest import make_code

    with pytest.raises(OperationError) as exc:
        ops.log_in_with_badge(store, make_code("P", 5))
    assert reason(exc) == "badge_is_battery_label"


def test_a_wrong_name_and_a_wrong_pin_are_refused_alike(store: Store, admin: ops.Operator):
    for name, pin in (("Nobody", "2580"), ("Wang Fang", "2581")):
        with pytest.raises(OperationError) as exc:
            ops.log_in_with_pin(store, name, pin)
        assert reason(exc) == "login_failed" and exc.value.params == {}


def test_five_wrong_pins_lock_the_name_for_five_minutes(store: Store, admin: ops.Operator):
    now = datetime(2026, 12, 7, 8, 0, tzinfo=UTC)
    for _ in range(4):
        with pytest.raises(OperationError, match="login_failed"):
            ops.log_in_with_pin(store, "Wang Fang", "1111", now=now)
    with pytest.raises(OperationError) as exc:
        ops.log_in_with_pin(store, "Wang Fang", "1111", now=now)
    assert reason(exc) == "login_locked" and exc.value.params == {"minutes": 5}
    # Locked: even the right PIN is refused, until the time has passed.
    with pytest.raises(OperationError, match="login_locked"):
        ops.log_in_with_pin(store, "Wang Fang", "2580", now=now + timedelta(minutes=4))
    assert ops.log_in_with_pin(store, "Wang Fang", "2580", now=now + timedelta(minutes=5, seconds=1)) == admin


def test_a_right_pin_clears_the_failures(store: Store, admin: ops.Operator):
    now = datetime(2026, 12, 7, 8, 0, tzinfo=UTC)
    for _ in range(4):
        with pytest.raises(OperationError):
            ops.log_in_with_pin(store, "Wang Fang", "1111", now=now)
    ops.log_in_with_pin(store, "Wang Fang", "2580", now=now)
    with pytest.raises(OperationError, match="login_failed"):
        ops.log_in_with_pin(store, "Wang Fang", "1111", now=now)


def test_an_administrator_resets_a_pin_and_a_badge(store: Store, admin: ops.Operator):
    tech = ops.add_operator(store, admin.actor, "Li Lei", "technician", "7391", badge="B-7")
    with pytest.raises(OperationError, match="not_permitted"):
        ops.set_credentials(store, tech.actor, admin.operator_id, pin="4826")
    ops.set_credentials(store, tech.actor, tech.operator_id, pin="4826")  # one's own PIN
    assert ops.log_in_with_pin(store, "Li Lei", "4826") == tech
    with pytest.raises(OperationError, match="badge_taken"):
        ops.set_credentials(store, admin.actor, tech.operator_id, badge="BADGE-0001")
    ops.set_credentials(store, admin.actor, tech.operator_id, badge="")
    with pytest.raises(OperationError, match="badge_unknown"):
        ops.log_in_with_badge(store, "B-7")


def test_a_switched_off_operator_can_neither_log_in_nor_act(store: Store, admin: ops.Operator):
    sup = ops.add_operator(store, admin.actor, "Zhao Min", "supervisor", "7391", badge="B-9")
    ops.change_operator(store, admin.actor, sup.operator_id, active=False)
    with pytest.raises(OperationError, match="login_failed"):
        ops.log_in_with_pin(store, "Zhao Min", "7391")
    with pytest.raises(OperationError, match="badge_unknown"):
        ops.log_in_with_badge(store, "B-9")
    with pytest.raises(OperationError, match="not_permitted"):
        ops.authorize(store, sup.actor, "correct")


def test_the_last_administrator_stays(store: Store, admin: ops.Operator):
    for change in ({"role": "supervisor"}, {"active": False}):
        with pytest.raises(OperationError) as exc:
            ops.change_operator(store, admin.actor, admin.operator_id, **change)
        assert reason(exc) == "last_administrator"
    other = ops.add_operator(store, admin.actor, "Zhao Min", "administrator", "7391")
    ops.change_operator(store, other.actor, admin.operator_id, role="supervisor")
    assert ops.operator(store, admin.operator_id).role == "supervisor"


def test_corrections_are_a_supervisors_act(store: Store, admin: ops.Operator):
    tech = ops.add_operator(store, admin.actor, "Li Lei", "technician", "7391")
    sup = ops.add_operator(store, admin.actor, "Zhao Min", "supervisor", "7392")
    (event,) = store.db.execute_sql("SELECT id FROM event WHERE type = 'operator.added' LIMIT 1").fetchone()
    target = store.db.execute_sql("SELECT id FROM event WHERE type = 'ruleset.installed'").fetchone()[0]
    with pytest.raises(OperationError) as exc:
        correct(store, tech.actor, target, "typo")
    assert reason(exc) == "not_permitted" and exc.value.params["action"] == "correct"
    # The supervisor passes the role check; the rule set itself is not correctable (replaced by a new version).
    with pytest.raises(OperationError, match="event_not_correctable"):
        correct(store, sup.actor, target, "typo")
    with pytest.raises(OperationError, match="event_not_correctable"):
        correct(store, sup.actor, event, "operators are changed, not corrected")


def test_every_operator_event_names_its_actor(store: Store, admin: ops.Operator):
    ops.add_operator(store, admin.actor, "Li Lei", "technician", "7391")
    actors = [r[0] for r in store.db.execute_sql("SELECT actor FROM event WHERE type LIKE 'operator.%' ORDER BY seq")]
    assert actors == [ACTOR, admin.actor]


def test_operators_survive_a_rebuild_and_credentials_are_not_projections(store: Store, admin: ops.Operator):
    ops.add_operator(store, admin.actor, "Li Lei", "technician", "7391")
    rebuild(store.db)
    assert [o.name for o in ops.operators(store)] == ["Li Lei", "Wang Fang"]
    assert ops.log_in_with_pin(store, "Li Lei", "7391").role == "technician"


def test_a_store_reopened_keeps_its_badge_key(db_path, store: Store, admin: ops.Operator):
    store.close()
    again = Store.open(db_path)
    try:
        assert ops.log_in_with_badge(again, "BADGE-0001") == admin
    finally:
        again.close()


def test_sql_in_a_name_is_data(store: Store):
    name = "x'); DROP TABLE operator; --"
    ops.add_operator(store, ACTOR, name, "administrator", "2580")
    assert ops.log_in_with_pin(store, name, "2580").name == name
    assert store.db.table_exists("operator")
