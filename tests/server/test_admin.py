"""The operator's commands on the server's data: chains re-verified, makers and block lists published as rule-set
versions that stations pull and judge by, and the upload list, which must agree with each station's own duties."""

from __future__ import annotations

import csv
import io
from datetime import timedelta

import peewee as pw

from server import chains, uploads
from server.models import Event
from station.operations.corrections import correct
from station.operations.intake import IntakeForm, receive
from station.operations.reporting import deadlines
from station.store.events import event_hash
from station.store.localtime import today as local_today
from tests.conftest import ACTOR, make_code
from tests.operations.scenario import run_day
from tests.server.helpers import add_events, service
from tests.server.test_cli import run


def two_synced_stations(make_station, url: str):
    a = make_station("STA", url)
    b = make_station("STB", url)
    add_events(a.store, 30)
    add_events(b.store, 30)
    service(a).run_once()
    service(b).run_once()
    return a, b


def test_verify_names_the_first_bad_event_of_each_station(live_server, make_station, server_db, server_db_url):
    two_synced_stations(make_station, live_server.url)
    clean = run("--db", server_db_url, "verify")
    assert clean.returncode == 0, clean.stderr
    assert "STA" in clean.stdout and "ok   32 events, head 32" in clean.stdout
    with server_db.connection_context():
        victim = Event.get((Event.station == "STB") & (Event.seq == 17))
        server_db.execute_sql("UPDATE event SET payload = %s WHERE station_id = 'STB' AND seq = 17", ('{"n":999}',))
    broken = run("--db", server_db_url, "verify")
    assert broken.returncode == 1
    assert (
        f"STB              BAD  at event 17 ({victim.id}): hash_mismatch; 16 events verified before it" in broken.stdout
    )
    assert "STA              ok" in broken.stdout and "2 station(s), 1 with a broken chain" in broken.stderr
    only_a = run("--db", server_db_url, "verify", "--station", "STA", "--json")
    assert only_a.returncode == 0 and '"ok": true' in only_a.stdout and "STB" not in only_a.stdout


def test_each_kind_of_break_is_named(live_server, make_station, server_db):
    two_synced_stations(make_station, live_server.url)
    with server_db.connection_context():
        # A row rewritten with a consistent hash of its own: the next one no longer continues from it.
        row = Event.get((Event.station == "STA") & (Event.seq == 10))
        fields = {
            "seq": row.seq,
            "id": row.id,
            "station_id": row.station_id,
            "type": row.type,
            "schema": row.schema,
            "payload": {"n": -1},
            "actor": row.actor,
            "wall_time": row.wall_time,
            "mono_ns": row.mono_ns,
            "prev_hash": row.prev_hash,
        }
        Event.update(payload='{"n":-1}', hash=event_hash(fields)).where(
            (Event.station == "STA") & (Event.seq == 10)
        ).execute()
        Event.delete().where((Event.station == "STB") & (Event.seq == 5)).execute()
        reports = {r.station_id: r for r in chains.verify_all()}
    assert (reports["STA"].bad_seq, reports["STA"].reason, reports["STA"].events) == (11, "prev_hash_mismatch", 10)
    assert (reports["STB"].bad_seq, reports["STB"].reason) == (6, "seq_gap")
    with server_db.connection_context():
        Event.delete().where((Event.station == "STB") & (Event.seq >= 5)).execute()
        (tail,) = chains.verify_all(["STB"])
    assert (tail.reason, tail.bad_seq, tail.events) == ("head_mismatch", 4, 4)


def test_makers_import_publishes_a_version_stations_pull(live_server, make_station, server_db_url, tmp_path):
    a = make_station("STA", live_server.url)
    sheet = tmp_path / "makers.csv"
    sheet.write_text("maker_code,name_zh,name_en\nZZ9,某电池厂,Some Cells Ltd\nbad!,x,y\nZZ8,,\n", encoding="utf-8-sig")
    out = run("--db", server_db_url, "makers", "import", str(sheet))
    assert out.returncode == 1  # published, with refused lines named
    assert "1 added, 0 updated, 0 unchanged, 2 refused" in out.stdout
    assert "rule set builtin-4+server1 published" in out.stdout
    assert "line 3: maker_code_invalid" in out.stderr and "line 4: maker_name_missing" in out.stderr
    again = run("--db", server_db_url, "makers", "import", str(sheet))
    assert "0 added, 0 updated, 1 unchanged" in again.stdout and "published" not in again.stdout
    wrong = tmp_path / "wrong.csv"
    wrong.write_text("code,name\nZZ7,x\n", encoding="utf-8")
    refused = run("--db", server_db_url, "makers", "import", str(wrong))
    assert refused.returncode == 2 and "csv_columns_missing" in refused.stderr
    service(a).run_once()
    rules = a.store.ruleset()
    assert rules.version == "builtin-4+server1" and rules.code_tables.makers["ZZ9"].name_en == "Some Cells Ltd"


def test_blocklist_changes_reach_the_stations_verdicts(live_server, make_station, server_db_url):
    a = make_station("STA", live_server.url)
    pack = make_code("P", 5100)
    added = run("--db", server_db_url, "blocklist", "add", pack.lower(), "--reason", "stolen", "--reference", "PSB-1")
    assert added.returncode == 0 and "rule set builtin-4+server1 published" in added.stdout
    service(a).run_once()
    refused = receive(a.store, ACTOR, IntakeForm(pack))
    assert not refused.received and "list_blocked" in {f.code for f in refused.verdict.findings}
    removed = run("--db", server_db_url, "blocklist", "remove", pack)
    assert removed.returncode == 0 and "builtin-4+server2" in removed.stdout
    assert run("--db", server_db_url, "blocklist", "remove", pack).returncode == 2  # on no list now
    service(a).run_once()
    assert receive(a.store, ACTOR, IntakeForm(pack)).received
    recall = run("--db", server_db_url, "blocklist", "add", pack, "--kind", "recall")
    assert "builtin-4+server3" in recall.stdout


def test_the_upload_list_agrees_with_each_stations_own_duties(
    live_server, make_station, server_db, server_db_url, tmp_path
):
    a = make_station("STA", live_server.url)
    b = make_station("STB", live_server.url)
    run_day(a.store, local_today())  # dismantler: intakes, a vehicle, hand-outs, corrections, a duty reported
    run_day(b.store, local_today() - timedelta(days=3))
    wrong = receive(a.store, ACTOR, IntakeForm(make_code("P", 5300)))
    correct(a.store, ACTOR, wrong.event.id, "received at the wrong site")  # voided: owes no report
    service(a).run_once()
    service(b).run_once()
    for day in (local_today(), local_today() + timedelta(days=12), local_today() + timedelta(days=40)):
        for include_reported in (False, True):
            with server_db.connection_context():
                listed = uploads.uploads(day, include_reported=include_reported)
            for station in (a, b):
                own = deadlines(station.store, day, include_reported=include_reported)
                mine = [u for u in listed if u.station_id == station.station_id]
                assert [(u.duty.event_seq, u.duty.event_type, u.due, u.state, u.workdays_left) for u in mine] == [
                    (d.duty.event_seq, d.duty.event_type, d.due, d.state.value, d.workdays_left) for d in own
                ]
                assert all(d.duty.subject in u.subjects for u, d in zip(mine, own, strict=True))
    states = {u.state for u in uploads_at(server_db, local_today() + timedelta(days=40))}
    assert states == {"overdue"}
    out = run("--db", server_db_url, "uploads", "--format", "csv", "--station", "STB", "--all")
    assert out.returncode == 0, out.stderr
    rows = list(csv.DictReader(io.StringIO(out.stdout)))
    assert rows and {r["station_id"] for r in rows} == {"STB"} and rows[0]["role"] == "dismantler"
    assert any(r["reported_ref"] == "PLATFORM-RECEIPT-1" and r["state"] == "reported" for r in rows)
    target = tmp_path / "uploads.csv"
    assert run("--db", server_db_url, "uploads", "--format", "csv", "--out", str(target)).returncode == 0
    written = target.read_bytes()
    assert written.startswith(b"\xef\xbb\xbfstation_id,site_id,role,event_seq")
    assert len(list(csv.DictReader(io.StringIO(written.decode("utf-8-sig"))))) == len(
        uploads_at(server_db, local_today())
    )


def uploads_at(db: pw.Database, day):
    with db.connection_context():
        return uploads.uploads(day)
