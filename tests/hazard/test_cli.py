"""``trace-station hazard ...`` run as real processes: a container's life, the ledger files, the check's exit status."""

from __future__ import annotations

import csv
import json
from pathlib import Path

from openpyxl import load_workbook

from station.operations.corrections import correct
from station.operations.intake import IntakeForm, receive
from station.store.store import Store
from tests.cli.test_cli import cli
from tests.conftest import make_code
from tests.hazard.conftest import SITE_USCC

TODAY = ["--today", "2026-03-02"]


def ok(out) -> str:
    assert out.returncode == 0, (out.returncode, out.stdout.decode(), out.stderr.decode())
    return out.stdout.decode()


def setup_site(db: Path) -> str:
    ok(cli(db, "configure", "--role", "dismantler", "--site-uscc", SITE_USCC))
    store = Store.open(db)
    pack = make_code("P", serial=321)
    receive(store, "tester", IntakeForm(pack))
    store.close()
    return pack


def test_a_container_from_opening_to_transfer(db_path: Path, tmp_path: Path):
    pack = setup_site(db_path)
    code = ok(cli(db_path, "hazard", "open", "900-045-49", "--location", "HW-STORE-1", *TODAY)).strip()
    assert len(code) == 37 and code.startswith(SITE_USCC + "90004549" + "20260302")
    ok(cli(db_path, "hazard", "fill", code, "--fraction", "bms_boards", "--kg", "12.5", "--pack", pack, *TODAY))
    refused = cli(db_path, "hazard", "fill", code, "--fraction", "coolant", "--kg", "1", *TODAY)
    assert refused.returncode == 2 and refused.stderr.decode().startswith("refused: waste_code_mismatch")
    listed = [json.loads(line) for line in ok(cli(db_path, "hazard", "containers", "--json", *TODAY)).splitlines()]
    assert listed == [
        {
            "container": code,
            "status": "open",
            "waste_code": "900-045-49",
            "container_type": "steel_drum_200l",
            "location": "HW-STORE-1",
            "kg": "12.500",
            "capacity_kg": "250.000",
            "fills": 1,
            "opened_on": "2026-03-02",
            "stored_since": "2026-03-02",
            "storage": "ok",
            "due": "2027-03-02",
            "manifest_no": None,
        }
    ]
    assert "sealed" in ok(cli(db_path, "hazard", "seal", code, "--weighed-kg", "12.6", *TODAY))
    transfer = [
        "hazard", "transfer", code, "--manifest", "202603020001", "--quantity-kg", "12.5",
        "--receiver-name", "某某环保", "--receiver-uscc", SITE_USCC, "--receiver-licence", "HW-1",
        "--carrier", "运输", "--plate", "闽A12345", "--driver", "张", *TODAY,
    ]  # fmt: skip
    assert "manifest 202603020001: 1 container(s), 12.500 kg" in ok(cli(db_path, *transfer))
    again = cli(db_path, *transfer)
    assert again.returncode == 2 and b"manifest_duplicate" in again.stderr
    assert ok(cli(db_path, "hazard", "containers", *TODAY)) == ""
    assert "handed_out" in ok(cli(db_path, "hazard", "containers", "--all", *TODAY))

    ok(
        cli(
            db_path,
            "hazard",
            "ledger",
            "--from",
            "2026-01-01",
            "--to",
            "2026-12-31",
            "--format",
            "csv",
            str(tmp_path / "l.csv"),
        )
    )
    rows = list(csv.DictReader((tmp_path / "l.csv").open(encoding="utf-8-sig")))
    assert [(r["record"], r["quantity"]) for r in rows] == [
        ("generation", "12.500"),
        ("storage_in", "12.500"),
        ("storage_out", "12.500"),
    ]
    out = ok(
        cli(
            db_path,
            "hazard",
            "ledger",
            "--from",
            "2026-03-02",
            "--to",
            "2026-03-02",
            "--format",
            "xlsx",
            str(tmp_path / "l.xlsx"),
        )
    )
    assert out.startswith("3 ledger records")
    assert len(list(load_workbook(tmp_path / "l.xlsx", read_only=True)["ledger"].iter_rows())) == 4
    assert "errors: 0" in ok(cli(db_path, "hazard", "check", *TODAY))
    assert ok(cli(db_path, "events", "verify")).endswith("projections: ok (equal to a rebuild from the log)\n")


def test_check_exits_non_zero_on_a_violation(db_path: Path):
    setup_site(db_path)
    code = ok(cli(db_path, "hazard", "open", "900-041-49", "--location", "HW-2", *TODAY)).strip()
    ok(cli(db_path, "hazard", "fill", code, "--fraction", "absorbents", "--kg", "1", "--typed", *TODAY))
    body = json.loads(ok(cli(db_path, "hazard", "check", "--json", "--today", "2027-02-01")))
    assert body["ok"] is True and [f["code"] for f in body["findings"]] == ["storage_due_soon"]
    assert body["codes"] == [
        {"waste_code": "900-041-49", "generated_kg": "1.000", "in_storage_kg": "1.000", "handed_out_kg": "0.000"}
    ]
    late = cli(db_path, "hazard", "check", "--today", "2027-03-03")
    assert late.returncode == 1
    assert b"storage_overdue" in late.stdout and b"errors: 1, warnings: 0" in late.stdout


def test_checklist_items_and_blockers(db_path: Path):
    pack = setup_site(db_path)
    blockers = cli(db_path, "hazard", "blockers", pack, "--json")
    assert blockers.returncode == 1
    assert {json.loads(line)["params"]["item"] for line in blockers.stdout.decode().splitlines()} == {
        "service_disconnect", "coolant_drained", "electrolyte_leakage", "bms_removed", "ppe_extraction",
    }  # fmt: skip
    code = ok(cli(db_path, "hazard", "open", "900-404-06", "--location", "HW-3", *TODAY)).strip()
    out = ok(cli(db_path, "hazard", "item", pack, "coolant_drained", "mass_kg=6.5", f"container={code}", *TODAY))
    assert f"filled 6.500 kg into {code}" in out
    for args in (
        ["service_disconnect", "removed=yes", "wait_min=15"],
        ["electrolyte_leakage", "found=no"],
        ["bms_removed", "count=0"],
        ["ppe_extraction", "ppe=yes", "extraction=yes"],
    ):
        ok(cli(db_path, "hazard", "item", pack, *args, *TODAY))
    bad = cli(db_path, "hazard", "item", pack, "lead_acid_removed", "present=perhaps", *TODAY)
    assert bad.returncode == 2 and b"check_item_invalid" in bad.stderr
    assert cli(db_path, "hazard", "item", pack, "lead_acid_removed", "nonsense", *TODAY).returncode == 2
    assert ok(cli(db_path, "hazard", "blockers", pack)).strip() == "no hazardous-substance blockers"


def test_xrf_import_and_lab_report(db_path: Path, tmp_path: Path):
    pack = setup_site(db_path)
    data = tmp_path / "vanta.csv"
    data.write_text(
        "Sample,Parent,Component,Material,Pb,Pb +/-,Cd,Cd +/-,Hg,Hg +/-,Cr,Cr +/-,Br,Br +/-\n"
        f"B-1,{pack},BMS board,electronic,1000,10,<LOD,3,5,1,5,1,5,1\n"
        f"B-2,{pack},casing,wood,1,1,1,1,1,1,1,1,1,1\n",
        encoding="utf-8",
    )
    out = cli(db_path, "hazard", "xrf", "import", str(data), "--instrument", "Vanta", *TODAY)
    assert out.returncode == 1  # one line rejected
    text = out.stdout.decode()
    assert "added 1, rejected 1" in text and "line 2: added B-1" in text and "line 3: xrf_material_unknown" in text
    assert b"xrf_lab_followup_missing" in cli(db_path, "hazard", "check", *TODAY).stdout
    ok(
        cli(
            db_path,
            "hazard",
            "xrf",
            "lab",
            "B-1",
            "--report",
            "R-9",
            "--lab",
            "CTI",
            "--verdict",
            "pass",
            "--result",
            "Pb=950",
            *TODAY,
        )
    )
    assert b"xrf_lab_followup_missing" not in cli(db_path, "hazard", "check", *TODAY).stdout
    assert cli(db_path, "hazard", "xrf", "import", str(tmp_path / "none.csv")).returncode == 2


def test_catalogue_and_usage_errors(db_path: Path, tmp_path: Path):
    text = ok(cli(db_path, "hazard", "catalogue"))
    assert "900-045-49  HW49" in text and "fraction coolant" in text and "(unconfirmed)" in text
    assert json.loads(ok(cli(db_path, "hazard", "catalogue", "--json")))["storage"]["limit_days"] == 365
    assert (
        cli(db_path, "hazard", "ledger", "--from", "2026-13-01", "--to", "2026-12-31", str(tmp_path / "x")).returncode
        == 2
    )
    reversed_period = cli(
        db_path, "hazard", "ledger", "--from", "2026-02-01", "--to", "2026-01-01", str(tmp_path / "x")
    )
    assert reversed_period.returncode == 2
    assert (
        cli(
            db_path, "hazard", "ledger", "--from", "2026-01-01", "--to", "2026-01-02", "--format", "pdf", "x"
        ).returncode
        == 2
    )
    assert cli(db_path, "hazard", "open", "900-045-49", "--location", "X").returncode == 2  # no site credit code


def test_check_exits_non_zero_on_a_broken_mass_balance(db_path: Path):
    setup_site(db_path)
    code = ok(cli(db_path, "hazard", "open", "900-045-49", "--location", "HW-1", *TODAY)).strip()
    ok(cli(db_path, "hazard", "fill", code, "--fraction", "bms_boards", "--kg", "2", "--typed", *TODAY))
    ok(cli(db_path, "hazard", "fill", code, "--fraction", "bms_boards", "--kg", "5", "--typed", *TODAY))
    ok(cli(db_path, "hazard", "seal", code, *TODAY))
    assert b"errors: 0" in cli(db_path, "hazard", "check", *TODAY).stdout
    store = Store.open(db_path)
    (second_fill,) = store.db.execute_sql(
        "SELECT id FROM event WHERE type = 'hazard.filled' ORDER BY seq DESC LIMIT 1"
    ).fetchone()
    correct(store, "site-manager", second_fill, "entered twice")  # after the seal: the balance breaks
    store.close()
    broken = cli(db_path, "hazard", "check", *TODAY)
    assert broken.returncode == 1, broken.stdout.decode()
    assert b"mass_balance_container" in broken.stdout and b"mass_balance_code" in broken.stdout


def test_the_ledger_of_one_container(db_path: Path, tmp_path: Path):
    setup_site(db_path)
    boards = ok(cli(db_path, "hazard", "open", "900-045-49", "--location", "HW-1", *TODAY)).strip()
    other = ok(cli(db_path, "hazard", "open", "900-041-49", "--location", "HW-2", *TODAY)).strip()
    ok(cli(db_path, "hazard", "fill", boards, "--fraction", "bms_boards", "--kg", "2", "--typed", *TODAY))
    ok(cli(db_path, "hazard", "fill", other, "--fraction", "absorbents", "--kg", "1", "--typed", *TODAY))
    ok(cli(db_path, "hazard", "seal", boards, *TODAY))
    span = ["--from", "2026-03-01", "--to", "2026-03-31"]
    out = tmp_path / "boards.csv"
    assert ok(cli(db_path, "hazard", "ledger", *span, "--container", boards.lower(), str(out))).startswith("2 ledger")
    with out.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    assert len(rows) == 2 and all(boards in r.values() for r in rows)  # its fill and its seal, not the other's
    unknown = cli(db_path, "hazard", "ledger", *span, "--container", SITE_USCC + "9000454920260302999", str(out))
    assert unknown.returncode == 2 and b"container_unknown" in unknown.stderr
