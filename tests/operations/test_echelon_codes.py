"""Echelon-use re-coding at dismantling: a pack routed to echelon use gives each module and cell a 19-character
code of the site's own, valid by the station's own parser, unique at the station, kept in the log and queryable."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest

from station.codes import encode_date, parse_gb_code, read_code
from station.operations.corrections import correct
from station.operations.dismantling import finish_dismantling, link_child
from station.operations.echelon import echelon_code_of, original_of
from station.operations.errors import OperationError
from station.operations.inspection import record_inspection
from station.operations.intake import IntakeForm, receive
from station.operations.reference import configure_station
from station.store import migrations
from station.store.integrity import verify_projections
from station.store.rebuild import rebuild
from station.store.store import Store
from tests.conftest import ACTOR, make_code

PACK = make_code("P", serial=1)


def echelon_pack(store: Store, today: date, pack: str = PACK, route: str | None = "echelon", maker: str = "E01"):
    configure_station(store, ACTOR, echelon_maker=maker)
    assert receive(store, ACTOR, IntakeForm(pack), today).received
    record_inspection(store, ACTOR, pack, "pass", route, {"voltage_v": 40.0}, {})


def test_each_module_of_an_echelon_pack_gets_a_valid_code_of_the_site(store: Store, today: date):
    echelon_pack(store, today)
    module = make_code("M", serial=11, chem="B", spec="24")
    result = link_child(store, ACTOR, PACK, module, today)
    assert result.linked
    new = result.echelon_code
    assert new == f"E01MB24{encode_date(today)}0000001RM"
    assert result.event.payload["echelon_code"] == new
    fields, findings = parse_gb_code(new, store.ruleset().code_tables, today)
    assert fields is not None and fields.echelon and fields.echelon_suffix == "M"
    assert (fields.maker, fields.product_type, fields.chemistry, fields.spec) == ("E01", "M", "B", "24")
    assert fields.production_date == today and fields.serial == "0000001"
    assert not [f for f in findings if f.severity.value == "error"]
    read = read_code(new, store.ruleset().code_tables, today)
    assert read.code == new and read.scheme.value == "gbt34014_echelon"
    # queryable both ways, and the original code stays the battery's code
    assert echelon_code_of(store.db, module) == new
    assert original_of(store.db, new) == module


def test_serials_count_up_across_packs_and_levels(store: Store, today: date):
    echelon_pack(store, today)
    other = make_code("P", serial=2)
    receive(store, ACTOR, IntakeForm(other), today)
    record_inspection(store, ACTOR, other, "pass", "echelon", {}, {})
    m1, m2 = make_code("M", serial=11), make_code("M", serial=12)
    codes = [link_child(store, ACTOR, PACK, m1, today).echelon_code]
    codes.append(link_child(store, ACTOR, other, m2, today).echelon_code)
    # cells of an echelon module follow the pack's route
    cell = make_code("C", serial=111, spec="3A")
    codes.append(link_child(store, ACTOR, m1, cell, today).echelon_code)
    assert [c[10:17] for c in codes] == ["0000001", "0000002", "0000003"]
    assert codes[2] == f"E01CB3A{encode_date(today)}0000003RC"
    assert len(set(codes)) == 3


@pytest.mark.parametrize(("route", "maker"), [("recycling", "E01"), (None, "E01"), ("echelon", "")])
def test_no_code_without_an_echelon_route_or_without_a_maker_code(store: Store, today: date, route, maker):
    echelon_pack(store, today, route=route, maker=maker)
    result = link_child(store, ACTOR, PACK, make_code("M", serial=11), today)
    assert result.linked and result.echelon_code is None
    assert "echelon_code" not in result.event.payload
    assert echelon_code_of(store.db, make_code("M", serial=11)) is None


def test_the_latest_inspection_decides(store: Store, today: date):
    echelon_pack(store, today)
    record_inspection(store, ACTOR, PACK, "pass", "recycling", {}, {})  # re-inspected: not fit for re-use
    assert link_child(store, ACTOR, PACK, make_code("M", serial=11), today).echelon_code is None


def test_a_refused_child_takes_no_serial(store: Store, today: date):
    echelon_pack(store, today)
    module = make_code("M", serial=11)
    link_child(store, ACTOR, PACK, module, today)
    again = link_child(store, ACTOR, PACK, module, today)
    assert not again.linked and again.echelon_code is None
    assert "echelon_code" not in again.event.payload
    assert link_child(store, ACTOR, PACK, make_code("M", serial=12), today).echelon_code[10:17] == "0000002"


def test_a_voided_link_keeps_its_serial_used(store: Store, today: date):
    """Its label may already be on a module: the number is never given again."""
    echelon_pack(store, today)
    wrong = link_child(store, ACTOR, PACK, make_code("M", serial=11), today)
    correct(store, ACTOR, wrong.event.id, "module belongs to another pack")
    assert original_of(store.db, wrong.echelon_code) is None
    assert link_child(store, ACTOR, PACK, make_code("M", serial=12), today).echelon_code[10:17] == "0000002"


def test_codes_survive_a_rebuild_and_the_integrity_check(store: Store, today: date):
    echelon_pack(store, today)
    modules = [make_code("M", serial=11 + i) for i in range(3)]
    codes = [link_child(store, ACTOR, PACK, m, today).echelon_code for m in modules]
    finish_dismantling(store, ACTOR, PACK, expected_children=3)
    rebuild(store.db)
    assert [echelon_code_of(store.db, m) for m in modules] == codes
    assert verify_projections(store.db) == []


def test_two_benches_never_give_the_same_serial(db_path: Path, today: date):
    store = Store.open(db_path, station_id="ST0001")
    echelon_pack(store, today)
    other = Store.open(db_path)
    first_look = store.ruleset
    interleaved: list[str] = []

    def ruleset_then_other_bench():
        rules = first_look()
        if not interleaved:  # the other bench links between this bench's look and its write
            interleaved.append(link_child(other, "bench-b", PACK, make_code("M", serial=21), today).echelon_code)
        return rules

    store.ruleset = ruleset_then_other_bench
    mine = link_child(store, "bench-a", PACK, make_code("M", serial=22), today).echelon_code
    assert interleaved[0][10:17] == "0000001" and mine[10:17] == "0000002"
    store.close()
    other.close()


def test_an_old_database_gets_the_column_last_and_stays_consistent(db_path: Path, today: date):
    store = Store.open(db_path, station_id="ST0001")
    receive(store, ACTOR, IntakeForm(PACK), today)
    link_child(store, ACTOR, PACK, make_code("M", serial=11), today)
    store.close()
    con = sqlite3.connect(db_path)  # as schema 5 left it
    con.execute("DROP INDEX battery_echelon_code_idx")
    con.execute("ALTER TABLE battery DROP COLUMN echelon_code")
    con.execute("UPDATE meta SET value = '5' WHERE key = 'schema_version'")
    con.commit()
    con.close()
    store = Store.open(db_path)
    try:
        columns = [row[1] for row in store.db.execute_sql("PRAGMA table_info(battery)").fetchall()]
        assert columns[-1] == "echelon_code"
        assert migrations.schema_version(store.db) == len(migrations.MIGRATIONS)
        assert verify_projections(store.db) == []  # a fresh rebuild has the same columns in the same order
    finally:
        store.close()


@pytest.mark.parametrize("maker", ["E0", "E011", "E-1", "e0 1", 123])
def test_the_echelon_maker_code_is_checked(store: Store, maker):
    with pytest.raises(OperationError) as refused:
        configure_station(store, ACTOR, echelon_maker=maker)
    assert refused.value.reason == "echelon_maker_invalid"


def test_the_echelon_maker_code_is_kept_in_capitals_and_can_be_cleared(store: Store):
    configure_station(store, ACTOR, echelon_maker=" e01 ")
    assert store.config()["echelon_maker"] == "E01"
    configure_station(store, ACTOR, site_name="站")
    assert store.config()["echelon_maker"] == "E01"
    configure_station(store, ACTOR, echelon_maker="")
    assert store.config()["echelon_maker"] == ""


def test_a_re_coded_module_scanned_by_its_new_label_is_the_same_battery(store: Store, today: date):
    from station.rules.verdict import Outcome
    from station.store.queries import StoreHistory

    echelon_pack(store, today)
    module = make_code("M", serial=12)
    new = link_child(store, ACTOR, PACK, module, today).echelon_code
    assert StoreHistory(store.db).battery(new).code == module
    again = link_child(store, ACTOR, PACK, new, today)  # its new label scanned into the pack again
    assert not again.linked and "child_duplicate" in {f.code for f in again.verdict.findings}
    assert receive(store, ACTOR, IntakeForm(new), today).verdict.outcome is Outcome.REJECT  # no second intake
