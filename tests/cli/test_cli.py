"""The command line, run as a real process (as scripts and the later UI tests use it)."""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from station.operations.intake import IntakeForm, receive
from station.store.store import Store
from tests.conftest import make_code

ROOT = Path(__file__).resolve().parents[2]


def cli(db: Path, *args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "TRACE_STATION_ACTOR": "cli-test"}
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--db", str(db), *args],
        input=stdin,
        capture_output=True,
        env=env,
        cwd=ROOT,
        timeout=120,
    )


def test_check_code_json_lines(db_path: Path):
    good = "001CB240000003B3C0221953"
    out = cli(db_path, "check-code", "--json", good, "03UPE01000011C85A00FTY45")
    assert out.returncode == 0, out.stderr.decode()
    lines = [json.loads(x) for x in out.stdout.decode().splitlines()]
    assert len(lines) == 2
    first = lines[0]
    assert first["input"] == good and first["code"] == good and first["valid"] is True
    assert first["verdict"] == "accept"
    assert first["fields"] == {
        "maker": "001",
        "product_type": "C",
        "chemistry": "B",
        "chemistry_name": "LFP",
        "spec": "24",
        "trace": "0000003",
        "production_date": "2021-03-12",
        "serial": "0221953",
        "echelon": False,
    }
    second = lines[1]
    assert second["verdict"] == "accept_warnings"
    assert any(f["severity"] == "warning" for f in second["findings"])


def test_check_code_reads_stdin_and_exits_non_zero_on_reject(db_path: Path):
    stdin = b"001cb240000003b3c0221953\r\nNOT A CODE\n\xff\xfe binary\x00\n"
    out = cli(db_path, "check-code", "--json", stdin=stdin)
    assert out.returncode == 1
    rows = [json.loads(x) for x in out.stdout.decode().splitlines()]
    assert [r["verdict"] for r in rows] == ["accept", "reject", "reject"]
    assert rows[0]["code"] == "001CB240000003B3C0221953"
    assert rows[1]["code"] is None and rows[1]["findings"]


def test_check_code_sees_the_local_records(db_path: Path):
    store = Store.open(db_path, station_id="ST0001")
    pack = make_code("P")
    receive(store, "tester", IntakeForm(pack))
    store.close()
    out = cli(db_path, "check-code", "--json", pack)
    assert out.returncode == 1
    row = json.loads(out.stdout)
    assert row["verdict"] == "reject" and "duplicate_intake" in {f["code"] for f in row["findings"]}


def test_events_verify_db_rebuild_and_info(db_path: Path):
    store = Store.open(db_path, station_id="ST0001")
    receive(store, "tester", IntakeForm(make_code("P")))
    store.close()
    out = cli(db_path, "events", "verify")
    assert out.returncode == 0 and b"chain: ok" in out.stdout and b"projections: ok" in out.stdout
    out = cli(db_path, "db", "rebuild")
    assert out.returncode == 0 and b"from 3 events" in out.stdout
    out = cli(db_path, "db", "info")
    assert b"station: ST0001" in out.stdout


def test_makers_import(db_path: Path, tmp_path: Path):
    csv_file = tmp_path / "makers.csv"
    csv_file.write_text(
        "maker_code,name_zh,name_en,source\n0AB,某电池公司,Some Battery Co,test\nbad!,x,y,z\n001,宁德时代,CATL,same\n",
        encoding="utf-8",
    )
    out = cli(db_path, "makers", "import", str(csv_file))
    assert out.returncode == 1  # one line rejected
    assert (
        b"added 1, updated 0, unchanged 1, rejected 1" in out.stdout
        and b"line 3: maker_code_invalid" in out.stdout
    )
    row = json.loads(cli(db_path, "check-code", "--json", make_code("P", maker="0AB")).stdout)
    assert "maker_unknown" not in {f["code"] for f in row["findings"]}


def test_export_events_and_batteries(db_path: Path, tmp_path: Path):
    store = Store.open(db_path, station_id="ST0001")
    from station.operations.intake import Source

    receive(
        store, "tester", IntakeForm(make_code("P"), Source('=HYPERLINK("http://x")', "91350100M000100Y43"))
    )
    store.close()
    out = cli(db_path, "export", "batteries", "--format", "csv", str(tmp_path / "b.csv"))
    assert out.returncode == 0
    rows = list(csv.DictReader((tmp_path / "b.csv").open(encoding="utf-8-sig")))
    assert len(rows) == 1 and rows[0]["source_name"].startswith("'=")  # a formula stays text
    out = cli(db_path, "export", "events", "--format", "csv", str(tmp_path / "e.csv"))
    events = list(csv.DictReader((tmp_path / "e.csv").open(encoding="utf-8-sig")))
    assert [e["type"] for e in events] == ["station.configured", "ruleset.installed", "battery.received"]


def test_database_location_from_environment(tmp_path: Path):
    target = tmp_path / "from-env.sqlite3"
    env = {**os.environ, "PYTHONPATH": str(ROOT), "TRACE_STATION_DB": str(target)}
    out = subprocess.run([sys.executable, str(ROOT / "main.py"), "db", "info"], capture_output=True, env=env)
    assert out.returncode == 0 and target.exists()
    assert str(target).encode() in out.stdout


@pytest.mark.parametrize(
    "args", [["list", "add", "X", "--kind", "nonsense"], ["configure", "--role", "pirate"]]
)
def test_usage_errors_exit_2(db_path: Path, args: list[str]):
    assert cli(db_path, *args).returncode == 2


def test_configure_sets_the_contact_and_the_echelon_maker(db_path: Path):
    Store.open(db_path, station_id="ST0001").close()
    out = cli(db_path, "configure", "--site-contact", "张三 0591-12345678", "--echelon-maker", "0ab")
    assert out.returncode == 0, out.stderr
    store = Store.open(db_path, station_id="ST0001")
    try:
        config = store.config()
        assert (config["site_contact"], config["echelon_maker"]) == ("张三 0591-12345678", "0AB")
    finally:
        store.close()
