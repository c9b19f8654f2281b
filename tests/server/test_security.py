"""Refusals: a token speaks for its own station only, revoked tokens are dead, altered history is caught, and
oversized or malformed requests are refused cleanly (a 4xx with a reason, never a 500)."""

from __future__ import annotations

import json
import sqlite3

import httpx
import pytest

from server import auth
from station.store.events import NewEvent, event_hash, iter_events
from station.sync import state
from station.sync.client import ServerRefused, SyncClient
from station.sync.pusher import SyncBlocked
from tests.server.helpers import add_events, server_events, service
from tests.server.live import ThreadServer


def headers(path) -> dict[str, str]:
    return {"Authorization": f"Bearer {state.load_token(path)}"}


def test_a_token_cannot_push_or_read_as_another_station(live_server, make_station, server_db):
    a = make_station("STA", live_server.url)
    b = make_station("STB", live_server.url)
    add_events(a.store, 3)
    events = [e.as_dict() for e in iter_events(a.store.db)]
    as_b = httpx.post(f"{live_server.url}/v1/stations/STB/events", json={"events": events}, headers=headers(a.path))
    assert as_b.status_code == 403 and as_b.json()["detail"]["reason"] == "token_for_other_station"
    read_b = httpx.get(f"{live_server.url}/v1/stations/STB/cursor", headers=headers(a.path))
    assert read_b.status_code == 403
    # B's own path with B's token, but A's events: each is refused as another station's.
    b_events = httpx.post(f"{live_server.url}/v1/stations/STB/events", json={"events": events}, headers=headers(b.path))
    assert b_events.status_code == 200
    reasons = [r["reason"] for r in b_events.json()["results"]]
    assert reasons == ["station_mismatch"] + ["follows_rejected"] * (len(events) - 1)
    assert server_events(server_db, "STB") == [] and server_events(server_db, "STA") == []


@pytest.mark.parametrize("value", [None, "Bearer nonsense", "Bearer tst1_" + "x" * 43, "Basic dXNlcjpwYXNz"])
def test_missing_or_unknown_tokens_are_refused(live_server, make_station, value):
    make_station("STA", live_server.url)
    sent = {"Authorization": value} if value else {}
    answer = httpx.get(f"{live_server.url}/v1/stations/STA/cursor", headers=sent)
    assert answer.status_code == 401 and answer.headers["www-authenticate"] == "Bearer"
    assert answer.json()["detail"]["reason"] in {"token_missing", "token_invalid"}


def test_a_revoked_token_is_refused_and_listed_as_a_problem(live_server, make_station, server_db):
    a = make_station("STA", live_server.url)
    add_events(a.store, 5)
    with server_db.connection_context():
        assert auth.revoke("STA") == 1
    sync = service(a)
    with pytest.raises(SyncBlocked) as blocked:
        sync.run_once()
    assert blocked.value.problem.reason == "token_revoked" and blocked.value.problem.resolution == "re_enrol"
    status = sync.status()
    assert status.pending == a.store.event_count() and [p.reason for p in status.problems] == ["token_revoked"]
    assert server_events(server_db, "STA") == []


def test_an_altered_unsent_event_is_rejected_and_blocks_what_follows(live_server, make_station, server_db):
    a = make_station("STA", live_server.url)
    add_events(a.store, 6, per_action=1)
    service(a).run_once()
    add_events(a.store, 3, per_action=1)
    last = a.store.event_count()
    _tamper(a.path, last - 1, rehash=False)
    with pytest.raises(SyncBlocked) as blocked:
        service(a).run_once()
    p = blocked.value.problem
    assert (p.seq, p.reason, p.resolution) == (last - 1, "hash_mismatch", "verify_and_restore")
    held = server_events(server_db, "STA")
    assert held[-1].seq == last - 2  # the good event before the altered one went through
    assert state.cursor(a.store.db).seq == last - 2
    assert [x.reason for x in state.problems(a.store.db)] == ["hash_mismatch"]


def test_a_rewritten_past_is_caught_by_client_and_server(live_server, make_station, server_db):
    a = make_station("STA", live_server.url)
    add_events(a.store, 6, per_action=1)
    service(a).run_once()
    original = server_events(server_db, "STA")
    # Rewrite event 4 and re-hash everything after it, as a careful forger would.
    _tamper(a.path, 4, rehash=True)
    with pytest.raises(SyncBlocked) as blocked:
        service(a).run_once()
    assert blocked.value.problem.reason == "server_chain_differs"
    # Sent anyway, the forged events are refused by the server, which keeps the original history.
    forged = list(iter_events(a.store.db))[3:]
    with SyncClient(live_server.url, state.load_token(a.path)) as client:
        reply = client.push("STA", forged)
    assert [r.reason for r in reply.results] == ["differs_from_stored"] + ["follows_rejected"] * (len(forged) - 1)
    assert server_events(server_db, "STA") == original


def test_oversized_requests_are_refused(server_db, make_station):
    with ThreadServer(server_db, max_body_bytes=64 * 1024) as small:
        a = make_station("STA", small.url)
        big = {"events": [{"pad": "x" * 100_000}]}
        answer = httpx.post(f"{small.url}/v1/stations/STA/events", json=big, headers=headers(a.path))
        assert answer.status_code == 413 and answer.json()["detail"]["reason"] == "request_too_large"

        def chunks():  # no Content-Length: the limit is counted on the stream
            for _ in range(20):
                yield b"x" * 8192

        streamed = httpx.post(f"{small.url}/v1/stations/STA/events", content=chunks(), headers=headers(a.path))
        assert streamed.status_code == 413
        many = {"events": [{}] * 1001}
        assert httpx.post(f"{small.url}/v1/stations/STA/events", json=many, headers=headers(a.path)).status_code == 413


def test_one_event_too_large_for_the_server_blocks_only_from_itself(server_db, make_station):
    with ThreadServer(server_db, max_body_bytes=64 * 1024) as small:
        a = make_station("STA", small.url)
        add_events(a.store, 20, per_action=1)
        (huge,) = a.store.record("tester", [NewEvent("test.photo", {"blob": "y" * 100_000})])
        add_events(a.store, 5, per_action=1)
        with pytest.raises(SyncBlocked) as blocked:
            service(a, batch_size=100).run_once()
        assert (blocked.value.problem.reason, blocked.value.problem.seq) == ("event_too_large", huge.seq)
        assert state.cursor(a.store.db).seq == huge.seq - 1  # everything before it was stored, in halved batches
        assert_held = server_events(server_db, "STA")
        assert len(assert_held) == huge.seq - 1


@pytest.mark.parametrize(
    "body, content_type",
    [
        (b"{not json", "application/json"),
        (b'{"events": "nope"}', "application/json"),
        (b'{"events": [1, 2]}', "application/json"),
        (b"events=1", "application/x-www-form-urlencoded"),
        (b'{"events": [{"seq": 1}]}', "text/plain"),
    ],
)
def test_malformed_requests_are_refused_cleanly(live_server, make_station, body, content_type):
    a = make_station("STA", live_server.url)
    answer = httpx.post(
        f"{live_server.url}/v1/stations/STA/events",
        content=body,
        headers={**headers(a.path), "Content-Type": content_type},
    )
    assert answer.status_code == 422 and answer.json()["detail"]["reason"] == "request_invalid"


def test_malformed_events_are_answered_in_place(live_server, make_station, server_db):
    a = make_station("STA", live_server.url)
    add_events(a.store, 3, per_action=1)
    good = [e.as_dict() for e in iter_events(a.store.db)]
    wrong_types = {**good[2], "seq": "3"}
    extra_field = {**good[2], "signature": "x"}
    for bad in ({"seq": 3}, wrong_types, extra_field, {**good[2], "hash": "zz"}):
        with SyncClient(live_server.url, state.load_token(a.path)) as client:
            reply = client._call("POST", "/stations/STA/events", {"events": [*good[:2], bad]})
        statuses = [(r["status"], r["reason"]) for r in reply["results"]]
        assert statuses[2] == ("rejected", "malformed"), bad
    assert [e.seq for e in server_events(server_db, "STA")] == [1, 2]


def test_refusals_raise_server_refused_in_the_client(live_server):
    with SyncClient(live_server.url) as client, pytest.raises(ServerRefused) as refused:
        client.enrol("WRONG-CODE", "STZ", "A" * 43 + "=")
    assert refused.value.status == 403 and refused.value.reason == "enrolment_code_invalid"


def _tamper(db_path, seq: int, rehash: bool) -> None:
    """Change event ``seq``'s payload behind the store's back (the append-only triggers dropped first)."""
    con = sqlite3.connect(db_path)
    con.execute("DROP TRIGGER event_no_update")
    payload = '{"n":999,"note":"forged"}'
    con.execute("UPDATE event SET payload = ? WHERE seq = ?", (payload, seq))
    if rehash:
        rows = con.execute(
            "SELECT seq, id, station_id, type, schema, payload, actor, wall_time, mono_ns, prev_hash FROM event "
            "WHERE seq >= ? ORDER BY seq",
            (seq,),
        ).fetchall()
        prev = con.execute("SELECT hash FROM event WHERE seq = ?", (seq - 1,)).fetchone()[0]
        for s, id_, st, ty, sc, pl, ac, wt, mn, _ in rows:
            fields = {
                "seq": s,
                "id": id_,
                "station_id": st,
                "type": ty,
                "schema": sc,
                "payload": json.loads(pl),
                "actor": ac,
                "wall_time": wt,
                "mono_ns": mn,
                "prev_hash": prev,
            }
            prev = event_hash(fields)
            con.execute("UPDATE event SET prev_hash = ?, hash = ? WHERE seq = ?", (fields["prev_hash"], prev, s))
    con.commit()
    con.close()
