"""Hazard projections are a pure function of the log: a rebuild reproduces them, and a correction's replay of a
container family gives exactly what a rebuild gives."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from station.hazard import certificate_blockers
from station.hazard.queries import OPEN, SEALED, container_state
from station.hazard.report import check_hazard
from station.operations.corrections import correct
from station.operations.hazard_checklist import record_check
from station.operations.hazard_xrf import import_xrf, record_lab_report
from station.store import migrations
from station.store.integrity import verify, verify_projections
from station.store.rebuild import rebuild
from station.store.schema import PROJECTIONS
from station.store.store import Store
from tests.conftest import ACTOR
from tests.hazard.conftest import DAY, fill_, open_, seal_, transfer_
from tests.operations.scenario import run_day

HAZARD_TABLES = [m._meta.table_name for m in PROJECTIONS if m._meta.table_name.startswith("hazard_")]


def dump(store: Store) -> dict[str, list[tuple]]:
    return {
        m._meta.table_name: store.db.execute_sql(f"SELECT * FROM {m._meta.table_name} ORDER BY 1, 2").fetchall()
        for m in PROJECTIONS
    }


def assert_equal_to_rebuild(store: Store) -> dict[str, list[tuple]]:
    before = dump(store)
    assert verify_projections(store.db) == []
    rebuild(store.db)
    assert dump(store) == before
    return before


def codes(store: Store) -> set[str]:
    return {f.code for f in check_hazard(store.db, store.ruleset(), DAY).findings}


def test_rebuild_reproduces_every_hazard_table(site: Store, tmp_path: Path):
    made = run_day(site, DAY)
    pack = made["packs"][1]
    boards, rags = open_(site), open_(site, "900-041-49")
    fill_(site, boards, "3.2", pack=pack)
    record_check(site, ACTOR, pack, "bms_removed", {"count": 2, "mass_kg": "1.1", "container": boards}, DAY)
    record_check(site, ACTOR, pack, "electrolyte_leakage", {"found": "no"}, DAY)
    fill_(site, rags, "0.3", fraction="absorbents")
    seal_(site, boards, weighed_kg="4.3")
    transfer_(site, [boards], "4.3")
    csv_file = tmp_path / "xrf.csv"
    lines = ["sample,parent,component,material,Pb,Pb err", f"X-1,{pack},casing,metal,1000,5"]
    lines.append(f"X-2,{made['packs'][0]},lid,metal,1,1")
    csv_file.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert len(import_xrf(site, ACTOR, csv_file, "Vanta", DAY).added) == 2
    record_lab_report(site, ACTOR, "X-1", "LAB-1", "lab", "pass", {"Pb": 990.0}, DAY)
    tables = assert_equal_to_rebuild(site)
    assert all(tables[t] for t in HAZARD_TABLES), {t: len(tables[t]) for t in HAZARD_TABLES}
    assert verify(site.db, site.station_id).ok


def test_voiding_a_fill_of_an_open_container(site: Store, pack: str):
    code = open_(site)
    keep = fill_(site, code, "2", pack=pack)
    wrong = fill_(site, code, "5")
    other = open_(site)
    fill_(site, other, "1")
    correct(site, ACTOR, wrong.id, "scanned into the wrong container")
    assert container_state(site.db, code).filled_g == 2000 and container_state(site.db, other).filled_g == 1000
    assert codes(site) == set()
    assert keep.payload["mass_g"] == 2000
    assert_equal_to_rebuild(site)


def test_voiding_a_fill_after_the_seal_breaks_the_balance_and_the_check_says_where(site: Store):
    code = open_(site)
    fill_(site, code, "2")
    wrong = fill_(site, code, "5")
    seal_(site, code)
    correct(site, ACTOR, wrong.id, "double entry")
    state = container_state(site.db, code)
    assert state.status == SEALED and state.filled_g == 2000 and state.stored_in_g == 7000
    findings = check_hazard(site.db, site.ruleset(), DAY).findings
    by_code = {f.code: f.params for f in findings}
    assert by_code["mass_balance_container"] == {
        "container": code,
        "generated_g": 2000,
        "stored_in_g": 7000,
        "handed_out_g": None,
    }
    assert by_code["mass_balance_code"]["difference_g"] == -5000
    assert_equal_to_rebuild(site)


def test_amending_a_fills_mass_and_container(site: Store):
    first, second = open_(site), open_(site)
    event = fill_(site, first, "4")
    correct(site, ACTOR, event.id, "scale read too early", dict(event.payload) | {"mass_g": 3500})
    assert container_state(site.db, first).filled_g == 3500
    assert_equal_to_rebuild(site)
    moved = dict(event.payload) | {"mass_g": 3500, "id_code": second}
    correct(site, ACTOR, event.id, "it went into the other drum", moved)
    assert container_state(site.db, first).filled_g == 0 and container_state(site.db, first).status == OPEN
    assert container_state(site.db, second).filled_g == 3500
    assert_equal_to_rebuild(site)


def test_voiding_an_opening_leaves_its_fills_named(site: Store):
    code = open_(site)
    fill_(site, code, "1")
    opening = site.db.execute_sql("SELECT id FROM event WHERE type = 'hazard.container_opened'").fetchone()[0]
    correct(site, ACTOR, opening, "opened twice")
    assert container_state(site.db, code) is None
    assert "ledger_container_unknown" in codes(site)
    assert_equal_to_rebuild(site)


def test_voiding_a_transfer_puts_the_containers_back_in_store(site: Store):
    code = open_(site)
    fill_(site, code, "1")
    seal_(site, code)
    event = transfer_(site, [code], "1", manifest="202603020009")
    correct(site, ACTOR, event.id, "the truck did not come")
    assert container_state(site.db, code).status == SEALED
    assert site.db.execute_sql("SELECT COUNT(*) FROM hazard_transfer").fetchone()[0] == 0
    assert_equal_to_rebuild(site)
    transfer_(site, [code], "1", manifest="202603020010")
    assert codes(site) == set()
    assert_equal_to_rebuild(site)


def test_amending_a_manifest_quantity_is_named_by_the_check(site: Store):
    code = open_(site)
    fill_(site, code, "1")
    seal_(site, code)
    event = transfer_(site, [code], "1")
    correct(site, ACTOR, event.id, "typo", dict(event.payload) | {"quantity_g": 1200})
    assert "manifest_quantity_differs" in codes(site)
    assert_equal_to_rebuild(site)


def test_correcting_a_checklist_item(site: Store, pack: str):
    events = record_check(site, ACTOR, pack, "ppe_extraction", {"ppe": "yes", "extraction": "yes"}, DAY)
    assert "ppe_extraction" not in {f.params.get("item") for f in certificate_blockers(site, pack)}
    correct(site, ACTOR, events[0].id, "recorded for the wrong pack")
    assert "ppe_extraction" in {f.params.get("item") for f in certificate_blockers(site, pack)}
    assert_equal_to_rebuild(site)
    record_check(site, ACTOR, pack, "ppe_extraction", {"ppe": "yes", "extraction": "yes"}, DAY)
    assert_equal_to_rebuild(site)


def test_a_battery_correction_does_not_disturb_hazard_rows(site: Store, pack: str):
    code = open_(site)
    fill_(site, code, "2", pack=pack)
    received = site.db.execute_sql("SELECT id FROM event WHERE type = 'battery.received'").fetchone()[0]
    before = {t: dump(site)[t] for t in HAZARD_TABLES}
    correct(site, ACTOR, received, "wrong pack", None)
    assert {t: dump(site)[t] for t in HAZARD_TABLES} == before
    named = [f for f in check_hazard(site.db, site.ruleset(), DAY).findings if f.code == "ledger_pack_unknown"]
    assert [(f.severity.value, f.params["pack"]) for f in named] == [("warning", pack)]
    assert_equal_to_rebuild(site)


def test_an_old_database_gets_the_hazard_tables_by_migration(tmp_path: Path):
    path = tmp_path / "old.sqlite3"
    Store.open(path, station_id="ST0001").close()
    con = sqlite3.connect(path)
    for table in HAZARD_TABLES:
        con.execute(f"DROP TABLE {table}")
    con.execute("UPDATE meta SET value = '1' WHERE key = 'schema_version'")
    con.commit()
    con.close()
    store = Store.open(path)
    assert migrations.schema_version(store.db) == len(migrations.MIGRATIONS)
    assert path.with_name(path.name + ".schema1.bak").exists()
    assert all(store.db.table_exists(t) for t in HAZARD_TABLES)
    store.close()
