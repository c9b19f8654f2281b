"""Enrolment and push against the real server on PostgreSQL: exactly once, in order, chains verified."""

from __future__ import annotations

import httpx
import peewee as pw

import station.store.events as events_module
from server.models import Event as ServerEvent
from server.models import EventFlag, Station, Token, utcnow
from station.identity import load_or_create
from station.operations.intake import IntakeForm, receive
from station.store.events import GENESIS_HASH, NewEvent, iter_events
from station.sync import state
from station.sync.client import SyncClient
from station.sync.enrolment import enrol
from tests.conftest import make_code
from tests.server.conftest import issue_code
from tests.server.helpers import add_events, assert_server_holds_exactly, server_events, service


def test_a_round_pushes_the_whole_log_once(live_server, make_station, server_db: pw.Database):
    a = make_station("STA", live_server.url)
    receive(a.store, "tester", IntakeForm(make_code("P", 1)))
    add_events(a.store, 230)
    sync = service(a)
    report = sync.run_once()
    total = a.store.event_count()
    assert (report.sent, report.stored, report.duplicates, report.pending) == (total, total, 0, 0)
    assert report.acknowledged == total and state.cursor(a.store.db).seq == total
    assert_server_holds_exactly(server_db, a)
    again = sync.run_once()
    assert (again.sent, again.stored) == (0, 0)
    with server_db.connection_context():
        assert Station.get_by_id("STA").head_seq == total
    status = sync.status()
    assert status.pending == 0 and status.reachable and status.last_success and not status.problems


def test_duplicated_deliveries_are_stored_once(live_server, make_station, server_db: pw.Database):
    a = make_station("STA", live_server.url)
    add_events(a.store, 40)
    events = list(iter_events(a.store.db))
    with SyncClient(live_server.url, state.load_token(a.path)) as client:
        first = client.push("STA", events[:30])
        assert {r.status for r in first.results} == {"stored"} and first.acknowledged == 30
        # The same batch again, then an overlapping one with an event repeated inside it.
        second = client.push("STA", events[:30])
        assert {r.status for r in second.results} == {"duplicate"} and second.acknowledged == 30
        third = client.push("STA", events[25:] + events[35:37])
        assert [r.status for r in third.results] == ["duplicate"] * 5 + ["stored"] * (len(events) - 30) + [
            "duplicate"
        ] * 2
        assert third.acknowledged == len(events) and third.acknowledged_hash == events[-1].hash
    assert_server_holds_exactly(server_db, a)


def test_cursor_of_a_new_station_is_genesis(live_server, make_station):
    a = make_station("STA", live_server.url)
    with SyncClient(live_server.url, state.load_token(a.path)) as client:
        assert client.cursor("STA") == (0, GENESIS_HASH)


def test_two_stations_sync_independently_and_conflicts_are_flagged(live_server, make_station, server_db):
    a = make_station("STA", live_server.url)
    b = make_station("STB", live_server.url)
    pack = make_code("P", 77)
    receive(a.store, "tester", IntakeForm(pack))
    service(a).run_once()
    # The same pack received at a second site while the first still holds it: stored, and flagged.
    received = receive(b.store, "tester", IntakeForm(pack))
    report = service(b).run_once()
    assert report.flagged == 1 and report.stored == b.store.event_count()
    assert_server_holds_exactly(server_db, a)
    assert_server_holds_exactly(server_db, b)
    with server_db.connection_context():
        flags = list(EventFlag.select().where(EventFlag.station == "STB"))
    assert [(f.seq, f.reason) for f in flags] == [(received.event.seq, "battery_held_elsewhere")]


def test_tokens_are_kept_hashed(live_server, make_station, server_db):
    a = make_station("STA", live_server.url)
    token = state.load_token(a.path)
    assert token and (a.path.parent / "station.sync-token").stat().st_mode & 0o777 == 0o600
    with server_db.connection_context():
        stored = [t.token_hash for t in Token.select()]
    assert token not in stored and len(stored) == 1 and len(stored[0]) == 64


def test_enrolment_code_is_single_use_and_bound(live_server, make_station, server_db):
    a = make_station("STA")
    key = load_or_create(a.path).public_key_b64
    code = issue_code(server_db)
    body = {"code": code, "station_id": "STA", "public_key": key}
    assert httpx.post(f"{live_server.url}/v1/enrol", json=body).status_code == 200
    again = httpx.post(f"{live_server.url}/v1/enrol", json=body)
    assert again.status_code == 403 and again.json()["detail"]["reason"] == "enrolment_code_invalid"
    # A fresh unbound code cannot take over an enrolled station id.
    taken = httpx.post(f"{live_server.url}/v1/enrol", json={**body, "code": issue_code(server_db)})
    assert taken.status_code == 409 and taken.json()["detail"]["reason"] == "station_already_enrolled"
    # A code bound to another station is refused and stays unspent.
    bound = issue_code(server_db, station_id="STX")
    other = httpx.post(f"{live_server.url}/v1/enrol", json={**body, "code": bound})
    assert other.status_code == 403 and other.json()["detail"]["reason"] == "enrolment_code_for_other_station"
    assert (
        httpx.post(f"{live_server.url}/v1/enrol", json={**body, "code": bound, "station_id": "STX"}).status_code == 200
    )
    bad_key = httpx.post(
        f"{live_server.url}/v1/enrol", json={**body, "code": issue_code(server_db), "public_key": "AAAA"}
    )
    assert bad_key.status_code == 422 and bad_key.json()["detail"]["reason"] == "public_key_invalid"


def test_re_enrolment_issues_a_new_token_and_keeps_the_chain(live_server, make_station, server_db):
    a = make_station("STA", live_server.url)
    add_events(a.store, 10)
    service(a).run_once()
    old = state.load_token(a.path)
    enrol(a.store.db, a.path, "STA", live_server.url, issue_code(server_db, station_id="STA"))
    assert state.load_token(a.path) != old
    refused = httpx.get(f"{live_server.url}/v1/stations/STA/cursor", headers={"Authorization": f"Bearer {old}"})
    assert refused.status_code == 401 and refused.json()["detail"]["reason"] == "token_revoked"
    add_events(a.store, 5)
    report = service(a).run_once()
    assert report.stored == 5
    assert_server_holds_exactly(server_db, a)
    assert len(server_events(server_db, "STA")) == a.store.event_count()


def test_a_station_clock_far_off_does_not_matter(live_server, make_station, server_db, monkeypatch):
    """The server orders by the station's sequence and hash chain, never by its wall clock: a station whose clock
    is years ahead (or behind) syncs like any other, and the server notes its own receipt time."""
    a = make_station("STA", live_server.url)
    monkeypatch.setattr(events_module, "utc_now", lambda: "2031-02-30T99:00:00.000000+00:00")
    add_events(a.store, 3, per_action=1)
    monkeypatch.setattr(events_module, "utc_now", lambda: "1999-01-01T00:00:00.000000+00:00")
    add_events(a.store, 3, per_action=1)
    assert service(a).run_once().pending == 0
    assert_server_holds_exactly(server_db, a)
    with server_db.connection_context():
        received = [e.received_at for e in ServerEvent.select()]
    assert all(abs((utcnow() - r).total_seconds()) < 60 for r in received)


def test_text_with_copy_delimiters_is_stored_exactly(live_server, make_station, server_db):
    """Event rows reach PostgreSQL through COPY's text format: tabs, newlines, carriage returns and backslashes in
    any text column come back byte for byte (the chain check would fail otherwise)."""
    a = make_station("STA", live_server.url)
    awkward = "tab\there\nnew line\r\nback\\slash \\N \\. end"
    a.store.record(f"op{awkward}", [NewEvent(f"test.{awkward}", {"k": awkward, awkward: [awkward, None, True]})])
    assert service(a).run_once().pending == 0
    stored = assert_server_holds_exactly(server_db, a)[-1]
    assert stored.actor == f"op{awkward}" and stored.payload["k"] == awkward
