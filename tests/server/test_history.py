"""Battery history across stations: the server's index and scope, and the station's lookup at intake (a pack
dismantled elsewhere is refused; a server that cannot answer in time makes the intake provisional)."""

from __future__ import annotations

import socket
import time

import httpx

from server import auth, migrations, models
from server.models import BatteryEvent
from station.operations.corrections import correct
from station.operations.dismantling import finish_dismantling, link_child
from station.operations.intake import IntakeForm, Source, receive
from station.store.events import iter_events
from station.sync import state
from station.sync.enrolment import enrol
from station.sync.history import ServerHistory
from tests.conftest import ACTOR, TODAY, make_code
from tests.server.conftest import issue_code
from tests.server.helpers import service

SOURCE = Source("某某报废汽车回收有限公司", "91350100M000100Y43", "BF-2026-0001")
VIN = "1M8GDM9AXKP042788"


def dismantled(station, pack: str) -> None:
    assert receive(station.store, ACTOR, IntakeForm(pack, SOURCE, vin=VIN, mass_kg=400.0), TODAY).received
    assert link_child(station.store, ACTOR, pack, make_code("M", serial=int(pack[-4:]) + 1), TODAY).linked
    finish_dismantling(station.store, ACTOR, pack, expected_children=1)
    service(station).run_once()


def history(url: str, station, code: str) -> dict:
    answer = httpx.get(
        f"{url}/v1/batteries/{code}/history", headers={"Authorization": f"Bearer {state.load_token(station.path)}"}
    )
    assert answer.status_code == 200, answer.text
    return answer.json()


def other_site_station(make_station, server_db, url: str, station_id: str = "STC"):
    with server_db.connection_context():
        models.Site.get_or_create(id="S2", defaults={"name": "Site two"})
    c = make_station(station_id)
    enrol(c.store.db, c.path, station_id, url, issue_code(server_db, site="S2"))
    return c


def test_a_pack_dismantled_at_another_station_is_refused_at_intake(live_server, make_station, server_db):
    a = make_station("STA", live_server.url)
    b = make_station("STB", live_server.url)
    pack = make_code("P", 4100)
    dismantled(b, pack)
    with ServerHistory.for_store(a.store) as remote:
        result = receive(a.store, ACTOR, IntakeForm(pack, SOURCE), TODAY, remote=remote)
    assert not result.received and result.event.type == "scan.refused"
    (hit,) = [f for f in result.verdict.findings if f.code == "dismantled_elsewhere"]
    assert hit.params["station"] == "STB" and hit.params["status"] == "dismantled"
    # A pack only received elsewhere (not finished there) is taken in: the server flags the overlap on push.
    other = make_code("P", 4200)
    assert receive(b.store, ACTOR, IntakeForm(other, SOURCE), TODAY).received
    service(b).run_once()
    with ServerHistory.for_store(a.store) as remote:
        taken = receive(a.store, ACTOR, IntakeForm(other, SOURCE), TODAY, remote=remote)
    assert taken.received and not {f.code for f in taken.verdict.findings} & {
        "dismantled_elsewhere",
        "history_unavailable",
    }


def test_a_voided_dismantling_does_not_count(live_server, make_station):
    a = make_station("STA", live_server.url)
    b = make_station("STB", live_server.url)
    pack = make_code("P", 4300)
    dismantled(b, pack)
    closing = next(e for e in iter_events(b.store.db) if e.type == "battery.dismantled")
    correct(b.store, ACTOR, closing.id, "closed the wrong pack")
    service(b).run_once()
    found = history(live_server.url, a, pack)
    assert [e["status"] for e in found["events"] if e["type"] == "battery.dismantled"] == ["voided"]
    with ServerHistory.for_store(a.store) as remote:
        assert remote.lookup(pack).sightings == ()


def test_scope_public_facts_for_all_whole_payloads_within_the_site(live_server, make_station, server_db):
    a = make_station("STA", live_server.url)  # site S1, like B
    b = make_station("STB", live_server.url)
    c = other_site_station(make_station, server_db, live_server.url)
    pack = make_code("P", 4400)
    dismantled(b, pack)
    same_site = history(live_server.url, a, pack)
    other_site = history(live_server.url, c, pack)
    types = ["battery.received", "battery.child_linked", "battery.dismantled"]
    assert [e["type"] for e in same_site["events"]] == types == [e["type"] for e in other_site["events"]]
    received = same_site["events"][0]
    assert received["payload"]["source"]["name"] == SOURCE.name and received["payload"]["vin"] == VIN
    assert received["station_id"] == "STB" and received["site_id"] == "S1" and received["status"] == "in_force"
    for event in other_site["events"]:
        assert event["payload"] is None
        assert SOURCE.name not in str(event) and VIN not in str(event) and SOURCE.uscc not in str(event)
    assert other_site["events"][0]["facts"] == {"kind": "P", "quarantined": False}
    assert other_site["events"][1]["facts"]["parent"] == pack
    assert history(live_server.url, c, make_code("P", 9999)) == {
        "code": make_code("P", 9999),
        "events": [],
        "truncated": False,
    }
    refused = httpx.get(f"{live_server.url}/v1/batteries/{pack}/history")
    assert refused.status_code == 401


def test_an_amended_code_moves_the_event(live_server, make_station):
    a = make_station("STA", live_server.url)
    b = make_station("STB", live_server.url)
    wrong, right = make_code("P", 4500), make_code("P", 4501)
    first = receive(b.store, ACTOR, IntakeForm(wrong, SOURCE), TODAY)
    correct(b.store, ACTOR, first.event.id, "typed the wrong code", dict(first.event.payload) | {"code": right})
    service(b).run_once()
    assert history(live_server.url, a, wrong)["events"] == []
    (moved,) = history(live_server.url, a, right)["events"]
    assert moved["status"] == "amended" and moved["seq"] == first.event.seq


def test_an_unreachable_or_silent_server_makes_the_intake_provisional(make_station, tmp_path):
    a = make_station("STA")
    with socket.socket() as closed:
        closed.bind(("127.0.0.1", 0))
        port = closed.getsockname()[1]  # nothing listens here once closed
    state.put(a.store.db, state.SERVER, f"http://127.0.0.1:{port}")
    state.save_token(a.path, "tst1_" + "x" * 43)
    with ServerHistory.for_store(a.store) as remote:
        result = receive(a.store, ACTOR, IntakeForm(make_code("P", 4600)), TODAY, remote=remote)
    assert result.received and "history_unavailable" in {f.code for f in result.verdict.findings}

    with socket.socket() as silent:  # accepts the connection, never answers
        silent.bind(("127.0.0.1", 0))
        silent.listen(8)
        state.put(a.store.db, state.SERVER, f"http://127.0.0.1:{silent.getsockname()[1]}")
        started = time.monotonic()
        with ServerHistory.for_store(a.store) as remote:
            result = receive(a.store, ACTOR, IntakeForm(make_code("P", 4601)), TODAY, remote=remote)
        waited = time.monotonic() - started
    assert result.received and "history_unavailable" in {f.code for f in result.verdict.findings}
    assert waited < 4.0, f"the bench waited {waited:.1f} s for the server"


def test_without_a_server_there_is_no_lookup(make_station):
    a = make_station("STA")
    assert ServerHistory.for_store(a.store) is None
    result = receive(a.store, ACTOR, IntakeForm(make_code("P", 4700)), TODAY, remote=ServerHistory.for_store(a.store))
    assert result.received and not result.verdict.findings


def test_a_revoked_token_leaves_the_history_unknown(live_server, make_station, server_db):
    a = make_station("STA", live_server.url)
    with server_db.connection_context():
        auth.revoke("STA")
    with ServerHistory.for_store(a.store) as remote:
        assert remote.lookup(make_code("P", 4800)).reachable is False


def test_the_migration_indexes_events_already_pushed(live_server, make_station, server_db):
    a = make_station("STA", live_server.url)
    b = make_station("STB", live_server.url)
    dismantled(b, make_code("P", 4900))
    wrong = receive(b.store, ACTOR, IntakeForm(make_code("P", 4901), SOURCE), TODAY)
    correct(
        b.store,
        ACTOR,
        wrong.event.id,
        "typed the wrong code",
        dict(wrong.event.payload) | {"code": make_code("P", 4902)},
    )
    service(b).run_once()
    before = [history(live_server.url, a, make_code("P", n)) for n in (4900, 4901, 4902)]
    with server_db.connection_context():
        server_db.execute_sql("DROP TABLE battery_event")
        server_db.execute_sql("DROP TABLE event_correction")
        models.ServerMeta.update(value="3").where(models.ServerMeta.key == "schema_version").execute()
        assert migrations.migrate(server_db) == 1
        assert BatteryEvent.select().count() > 0
    assert [history(live_server.url, a, make_code("P", n)) for n in (4900, 4901, 4902)] == before
