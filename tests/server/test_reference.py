"""Rule-set releases: published on the server, pulled by stations only when changed, installed as one event."""

from __future__ import annotations

import json

import httpx
import pytest

from server import reference
from station.rules.ruleset import builtin
from station.sync import state
from station.sync.client import SyncClient
from station.sync.pusher import SyncBlocked
from tests.server.helpers import assert_server_holds_exactly, server_events, service


def release_text(version: str, **changes) -> str:
    content = {**builtin().content, **changes, "version": version}
    return json.dumps(content, ensure_ascii=False)


def test_a_published_rule_set_is_pulled_once_and_pushed_back_as_an_event(live_server, make_station, server_db):
    a = make_station("STA", live_server.url)
    lists = {"001PB240000003B3C0221953": {"list": "recall", "reason": "maker recall 2026-11", "reference": "R-1"}}
    with server_db.connection_context():
        published = reference.publish(release_text("central-7", lists=lists))
    sync = service(a)
    sync.run_once()
    rules = a.store.ruleset()
    assert (rules.version, rules.sha256) == ("central-7", published.sha256)
    assert "001PB240000003B3C0221953" in rules.lists and sync.last_pull == "central-7"
    installed = [e for e in server_events(server_db, "STA") if e.type == "ruleset.installed"]
    assert installed[-1].payload["source"] == "server" and installed[-1].actor == "sync"
    count = a.store.event_count()
    sync.run_once()  # unchanged: answered 204, nothing installed
    assert a.store.event_count() == count
    assert_server_holds_exactly(server_db, a)


def test_the_pull_answers_204_to_a_current_station(live_server, make_station, server_db):
    a = make_station("STA", live_server.url)
    auth = {"Authorization": f"Bearer {state.load_token(a.path)}"}
    none = httpx.get(f"{live_server.url}/v1/ruleset", headers=auth)
    assert none.status_code == 404 and none.json()["detail"]["reason"] == "no_ruleset_published"
    with server_db.connection_context():
        published = reference.publish(release_text("central-1"))
    full = httpx.get(f"{live_server.url}/v1/ruleset", headers=auth, params={"have": "0" * 64})
    assert full.status_code == 200 and full.json()["sha256"] == published.sha256
    assert (
        httpx.get(f"{live_server.url}/v1/ruleset", headers=auth, params={"have": published.sha256}).status_code == 204
    )
    assert httpx.get(f"{live_server.url}/v1/ruleset").status_code == 401
    with SyncClient(live_server.url, state.load_token(a.path)) as client:
        assert client.ruleset(published.sha256) is None


def test_publishing_checks_the_document_and_its_version(server_db):
    with server_db.connection_context():
        reference.publish(release_text("central-2"))
        with pytest.raises(ValueError, match="already published"):
            reference.publish(release_text("central-2"))
        with pytest.raises(ValueError, match="ruleset_section_missing"):
            reference.publish(json.dumps({"version": "broken"}))


def test_a_blocked_station_still_receives_the_rule_set(live_server, make_station, server_db):
    a = make_station("STA", live_server.url)
    a.store.db.execute_sql("DROP TRIGGER event_no_update")
    a.store.db.execute_sql("""UPDATE event SET payload = '{"role":"pirate"}' WHERE seq = 1""")
    with server_db.connection_context():
        reference.publish(release_text("central-3"))
    with pytest.raises(SyncBlocked):
        service(a).run_once()
    assert a.store.ruleset().version == "central-3"
    assert server_events(server_db, "STA") == []
