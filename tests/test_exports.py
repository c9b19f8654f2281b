"""The site's period lists as CSV and XLSX: batteries in, batteries out (corrections applied) and the upload list;
both formats hold the same values, scanned text stays text, and the command line refuses what it cannot do."""

from __future__ import annotations

import csv
from datetime import timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook

from station.exports import LISTINGS, Period, export_listing
from station.operations.corrections import correct
from station.operations.intake import IntakeForm, Source, receive
from station.operations.outbound import hand_out
from station.store.localtime import today as local_today
from station.store.store import Store
from tests.cli.test_cli import cli
from tests.conftest import ACTOR, make_code
from tests.operations.scenario import RECEIVER, run_day

AWKWARD = Source('=HYPERLINK("http://x","点我") <b>&</para>', "91350100M000100Y43", "+1-SUM(A1)")


def read_csv(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as f:
        return list(csv.reader(f))


def read_xlsx(path: Path) -> list[list[str]]:
    sheet = load_workbook(path, read_only=True).active
    return [["" if v is None else (f"{v:g}" if isinstance(v, float) else str(v)) for v in row] for row in sheet.values]


@pytest.fixture
def day_store(store: Store) -> Store:
    today = local_today()
    run_day(store, today)
    assert receive(store, ACTOR, IntakeForm(make_code("P", serial=888), AWKWARD, mass_kg=401.25), today).received
    voided = hand_out(store, ACTOR, [make_code("P", serial=888)], RECEIVER, "recycling", "OUT-2", today)
    correct(store, ACTOR, voided.id, "the truck did not come")
    return store


def today_period() -> Period:
    day = local_today()
    return Period(day, day)


def test_batteries_in_lists_the_days_intakes_with_their_source(day_store: Store, tmp_path: Path):
    out = tmp_path / "in.csv"
    count = export_listing(day_store, "batteries_in", out, "csv", today_period())
    rows = read_csv(out)
    assert rows[0] == list(LISTINGS["batteries_in"].header)
    assert count == len(rows) - 1 == 6  # run_day's four accepted packs and the quarantined one, and ours
    ours = next(r for r in rows if r[0] == make_code("P", serial=888))
    assert ours[7] == "'" + AWKWARD.name  # formula guard: a spreadsheet shows it, never runs it
    assert ours[9] == "'" + AWKWARD.document and ours[11] == "401.25"
    empty = export_listing(
        day_store,
        "batteries_in",
        tmp_path / "none.csv",
        "csv",
        Period(local_today() - timedelta(days=9), local_today() - timedelta(days=2)),
    )
    assert empty == 0 and len(read_csv(tmp_path / "none.csv")) == 1


def test_batteries_out_applies_corrections(day_store: Store, tmp_path: Path):
    out = tmp_path / "out.csv"
    export_listing(day_store, "batteries_out", out, "csv", today_period())
    rows = read_csv(out)[1:]
    assert len(rows) == 2  # run_day's two modules; the voided hand-over of our pack is not listed
    assert {r[2] for r in rows} == {RECEIVER.name} and {r[5] for r in rows} == {"echelon"}
    assert all(r[7] == ACTOR for r in rows)


@pytest.mark.parametrize("what", sorted(LISTINGS))
def test_csv_and_xlsx_hold_the_same_values(day_store: Store, tmp_path: Path, what: str):
    period = today_period() if LISTINGS[what].needs_period else None
    n_csv = export_listing(day_store, what, tmp_path / "a.csv", "csv", period)
    n_xlsx = export_listing(day_store, what, tmp_path / "a.xlsx", "xlsx", period)
    assert n_csv == n_xlsx > 0
    as_csv, as_xlsx = read_csv(tmp_path / "a.csv"), read_xlsx(tmp_path / "a.xlsx")
    assert len(as_csv) == len(as_xlsx)
    for left, right in zip(as_csv, as_xlsx, strict=True):
        assert [v.removesuffix(".0") for v in left] == right


def test_the_upload_list_is_soonest_first_and_leaves_out_what_was_reported(day_store: Store, tmp_path: Path):
    export_listing(day_store, "uploads", tmp_path / "up.csv")
    rows = read_csv(tmp_path / "up.csv")[1:]
    dues = [r[4] for r in rows]
    assert dues == sorted(dues) and len(rows) >= 5
    reported = day_store.db.execute_sql("SELECT event_seq FROM duty WHERE reported_seq IS NOT NULL").fetchall()
    assert reported and {str(seq) for (seq,) in reported}.isdisjoint({r[2] for r in rows})


def test_the_command_line_exports_and_refuses(db_path: Path, tmp_path: Path):
    store = Store.open(db_path)
    run_day(store, local_today())
    store.close()
    day = local_today().isoformat()
    out = tmp_path / "in.xlsx"
    done = cli(db_path, "export", "batteries_in", "--format", "xlsx", "--from", day, "--to", day, str(out))
    assert done.returncode == 0, done.stderr.decode()
    assert b"5 batteries_in written" in done.stdout and len(read_xlsx(out)) == 6
    assert cli(db_path, "export", "batteries_in", str(tmp_path / "x.csv")).returncode == 2  # needs a period
    assert cli(db_path, "export", "uploads", "--from", day, str(tmp_path / "x.csv")).returncode == 2
    assert cli(db_path, "export", "events", "--format", "xlsx", str(tmp_path / "x.xlsx")).returncode == 2
    assert not list(tmp_path.glob("x.*"))  # nothing half-written left behind
    assert cli(db_path, "export", "uploads", "--format", "xlsx", str(tmp_path / "up.xlsx")).returncode == 0
