"""``trace-server`` and the station's ``enroll`` / ``sync`` commands, run as real processes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from server import models
from server.cli import openapi_json
from server.db import ENV_DB, open_database
from station.identity import key_path
from station.rules.ruleset import builtin
from station.store.store import Store
from tests.server.conftest import StationHandle
from tests.server.helpers import add_events, assert_server_holds_exactly
from tests.server.live import ROOT, ProcessServer


def run(*args: str, db: Path | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "TRACE_STATION_ACTOR": "cli-test"}
    env.pop(ENV_DB, None)
    if db is None:
        command = [sys.executable, "-m", "server", *args]
    else:
        command = [sys.executable, str(ROOT / "main.py"), "--db", str(db), *args]
    return subprocess.run(command, capture_output=True, text=True, env=env, cwd=ROOT, timeout=60)


def test_committed_openapi_schema_is_the_served_one():
    committed = (ROOT / "server" / "openapi-v1.json").read_text(encoding="utf-8")
    assert committed.strip() == openapi_json(), "API changed: regenerate with `trace-server openapi`"
    schema = json.loads(committed)
    assert schema["info"]["version"].startswith("1.") and all(p.startswith("/v1/") for p in schema["paths"])


@pytest.mark.slow
def test_administration_enrolment_and_sync_from_the_command_line(pg_cluster, server_db_url, tmp_path):
    assert run("--db", server_db_url, "migrate").returncode == 0  # already migrated: nothing to do, no error
    assert run("--db", server_db_url, "site", "create", "S9", "--name", "回收站九").returncode == 0
    assert run("--db", server_db_url, "site", "create", "S9", "--name", "again").returncode == 2
    issued = run("--db", server_db_url, "station", "enroll", "--site", "S9")
    assert issued.returncode == 0, issued.stderr
    code = issued.stdout.strip()
    assert len(code) == 19 and code.count("-") == 3

    db = tmp_path / "station.sqlite3"
    store = Store.open(db, station_id="STCLI")
    add_events(store, 40)
    store.close()
    with ProcessServer(server_db_url) as server:
        wrong = run("enroll", "--server", server.url, "--code", "AAAA-BBBB-CCCC-DDDD", db=db)
        assert wrong.returncode == 2 and "enrolment_code_invalid" in wrong.stderr
        enrolled = run("enroll", "--server", server.url, "--code", code.lower(), db=db)
        assert enrolled.returncode == 0, enrolled.stderr
        assert "station STCLI enrolled at site S9" in enrolled.stdout
        assert key_path(db).stat().st_mode & 0o777 == 0o600

        before = json.loads(run("sync", "--status", "--json", db=db).stdout)
        assert before["pending"] == 42 and before["enrolled"] and before["reachable"] is None
        once = run("sync", "--once", "--batch", "15", db=db)
        assert once.returncode == 0, once.stderr
        assert "sent 42 (stored 42, duplicates 0, flagged 0); acknowledged 42; pending 0" in once.stdout
        after = json.loads(run("sync", "--status", "--json", db=db).stdout)
        assert after["pending"] == 0 and after["acknowledged"] == 42 and after["last_success"]

        listed = run("--db", server_db_url, "station", "list")
        assert "STCLI" in listed.stdout and "head        42" in listed.stdout
        assert run("--db", server_db_url, "token", "revoke", "STCLI").stdout.startswith("1 token(s) revoked")
        refused = run("sync", "--once", db=db)
        assert refused.returncode == 1 and "blocked: token_revoked" in refused.stderr
        status = run("sync", "--status", db=db).stdout
        assert "problem: token_revoked" in status and "resolve: re_enrol" in status

    store = Store.open(db)
    server_db = open_database(server_db_url)
    models.database.initialize(server_db)
    try:
        assert_server_holds_exactly(server_db, StationHandle(store, db))
    finally:
        server_db.close_all()
        store.close()


def test_serve_refuses_a_database_that_is_not_migrated(pg_cluster):
    pg_cluster.create_database("unmigrated")
    try:
        out = run("--db", pg_cluster.url("unmigrated"), "serve", "--port", "1")
        assert out.returncode == 2 and "trace-server migrate" in out.stderr
    finally:
        pg_cluster.drop_database("unmigrated")


def test_no_database_is_a_usage_error():
    env_free = run("migrate")
    assert env_free.returncode == 2 and "TRACE_SERVER_DB" in env_free.stderr


def test_ruleset_publish_from_the_command_line(server_db_url, tmp_path):
    good = tmp_path / "rules.json"
    good.write_text(json.dumps({**builtin().content, "version": "central-9"}, ensure_ascii=False), encoding="utf-8")
    out = run("--db", server_db_url, "ruleset", "publish", str(good))
    assert out.returncode == 0 and out.stdout.startswith("rule set central-9 published")
    again = run("--db", server_db_url, "ruleset", "publish", str(good))
    assert again.returncode == 2 and "already published" in again.stderr
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    assert "ruleset_not_json" in run("--db", server_db_url, "ruleset", "publish", str(bad)).stderr


def test_serve_with_two_workers_takes_pushes(pg_cluster, server_db_url, tmp_path):
    assert run("--db", server_db_url, "site", "create", "S9", "--name", "n").returncode == 0
    db = tmp_path / "station.sqlite3"
    store = Store.open(db, station_id="STW")
    add_events(store, 1200)
    store.close()
    with ProcessServer(server_db_url, options=("--workers", "2")) as server:
        assert len(server.children()) >= 2
        code = run("--db", server_db_url, "station", "enroll", "--site", "S9").stdout.strip()
        assert run("enroll", "--server", server.url, "--code", code, db=db).returncode == 0
        once = run("sync", "--once", "--batch", "100", db=db)  # a dozen requests, spread over both workers
        assert once.returncode == 0 and "pending 0" in once.stdout, once.stderr
    store = Store.open(db)
    server_db = open_database(server_db_url)
    models.database.initialize(server_db)
    try:
        assert_server_holds_exactly(server_db, StationHandle(store, db))
    finally:
        server_db.close_all()
        store.close()
