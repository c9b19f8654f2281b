"""Benchmark of the central server's ingest, through the whole HTTP path on PostgreSQL, over loopback.

    .venv/bin/python bench/server_ingest.py [--events 100000] [--stations 8] [--batch 500] [--no-write]

One command: a private PostgreSQL cluster with its default durability (every commit flushed), migrated; the real
server (``python -m server serve``, default limits) on 127.0.0.1; then

1. ingest, with ``--workers 2`` and with one: ``--stations`` stations, each enrolled over HTTP, push ``--events``
   pre-built intake events between them in ``--batch``-event requests at once (bodies encoded before the clock
   starts: the server is measured, not the client). Each answer must say ``stored`` for every event; the server's
   CPU time, PostgreSQL's and the client's are taken from /proc, the server's RSS sampled throughout;
2. idle rounds: what an enrolled station with nothing to send asks every 30 s (rule set 204, cursor);
3. backlog: one real station database holding ``--events`` events (built once, cached in bench/out) syncs them
   with the station's own client (``SyncService.run_once``), then ``trace-server verify`` re-walks every chain;
4. PostgreSQL alone: the same rows as batched idempotent ``INSERT ... ON CONFLICT DO NOTHING``, for scale.

Writes its section of docs/benchmarks.md (``server_report``), between the server markers only.
"""

from __future__ import annotations

import argparse
import base64
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from datetime import UTC, datetime
from pathlib import Path

import httpx
import psycopg2.extras

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from docsection import write_section  # noqa: E402
from server_load import (  # noqa: E402
    Memory,
    chain,
    cpu_seconds,
    intake_payload,
    pg_settings,
    postgres_pids,
    server_pids,
)
from server_report import render  # noqa: E402

from server import auth, migrations, models, reference  # noqa: E402
from server.db import open_database  # noqa: E402
from station.canonical import canonical_json  # noqa: E402
from station.rules.ruleset import builtin  # noqa: E402
from station.store.events import NewEvent, iter_events  # noqa: E402
from station.store.store import Store  # noqa: E402
from station.sync.client import Timeouts  # noqa: E402
from station.sync.enrolment import enrol  # noqa: E402
from station.sync.service import SyncService, SyncSettings  # noqa: E402
from tests.server.live import ProcessServer  # noqa: E402
from tests.server.pg import Cluster  # noqa: E402

OUT = ROOT / "bench" / "out"


def enrolled_token(db_url: str, url: str, station: str) -> str:
    db = open_database(db_url)
    models.database.initialize(db)
    with db.connection_context():
        code = auth.issue_code("S1", station)
    db.close_all()
    key = base64.b64encode(os.urandom(32)).decode()  # a key never used to sign: ingest checks chains, not signatures
    answer = httpx.post(f"{url}/v1/enrol", json={"code": code, "station_id": station, "public_key": key}, timeout=30)
    answer.raise_for_status()
    return answer.json()["token"]


def ingest(
    db_url: str,
    server: ProcessServer,
    cluster: Cluster,
    stations: int,
    total: int,
    batch: int,
    prefix: str,
    serial_base: int,
) -> dict:
    per = total // stations
    bodies: dict[str, list[bytes]] = {}
    tokens: dict[str, str] = {}
    for n in range(stations):
        sid = f"{prefix}{n:02d}"
        tokens[sid] = enrolled_token(db_url, server.url, sid)
        events = chain(sid, per, first_serial=serial_base + n * per)
        bodies[sid] = [json.dumps({"events": events[i : i + batch]}).encode() for i in range(0, per, batch)]
    errors: list[str] = []

    def push(sid: str) -> None:
        headers = {"Authorization": f"Bearer {tokens[sid]}", "Content-Type": "application/json"}
        with httpx.Client(base_url=server.url, headers=headers, timeout=120) as client:
            for body in bodies[sid]:
                answer = client.post(f"/v1/stations/{sid}/events", content=body)
                stored = answer.status_code == 200 and all(r["status"] == "stored" for r in answer.json()["results"])
                if not stored:
                    errors.append(f"{sid}: HTTP {answer.status_code} {answer.text[:200]}")
                    return

    threads = [threading.Thread(target=push, args=(sid,)) for sid in bodies]
    pids = server_pids(server)
    pg = postgres_pids(cluster)
    before = (cpu_seconds(pids), cpu_seconds(pg), time.process_time())
    with Memory(pids) as memory:
        started = time.perf_counter()
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        elapsed = time.perf_counter() - started
    pg = sorted(set(pg) | set(postgres_pids(cluster)))
    after = (cpu_seconds(pids), cpu_seconds(pg), time.process_time())
    if errors:
        raise SystemExit(f"ingest failed: {errors[:3]}")
    events = per * stations
    server_cpu, pg_cpu, client_cpu = (a - b for a, b in zip(after, before, strict=True))
    return {
        "events": events,
        "seconds": elapsed,
        "rate": events / elapsed,
        "requests": sum(len(b) for b in bodies.values()),
        "memory": memory.summary(),
        "cpu_us": {
            "server": server_cpu / events * 1e6,
            "postgres": pg_cpu / events * 1e6,
            "client": client_cpu / events * 1e6,
        },
    }


def postgres_alone(db_url: str, total: int, batch: int) -> dict:
    """The same rows into a table shaped like ``event``, batched and idempotent, with nothing else around."""
    db = open_database(db_url)
    conn = db.connection()
    with conn.cursor() as cur:
        cur.execute("CREATE TABLE bench_event (LIKE event INCLUDING ALL)")
    conn.commit()
    events = chain("PGONLY", total, first_serial=9_000_000)
    rows = [
        (
            e["station_id"],
            e["seq"],
            e["id"],
            e["type"],
            e["schema"],
            canonical_json(e["payload"]),
            e["actor"],
            e["wall_time"],
            e["mono_ns"],
            e["prev_hash"],
            e["hash"],
            datetime.now(UTC).replace(tzinfo=None),
        )
        for e in events
    ]
    sql = (
        "INSERT INTO bench_event (station_id, seq, id, type, schema, payload, actor, wall_time, mono_ns, "
        "prev_hash, hash, received_at) VALUES %s ON CONFLICT DO NOTHING"
    )
    started = time.perf_counter()
    for i in range(0, total, batch):
        with conn.cursor() as cur:
            psycopg2.extras.execute_values(cur, sql, rows[i : i + batch], page_size=batch)
        conn.commit()
    elapsed = time.perf_counter() - started
    db.close_all()
    return {"rows": total, "seconds": elapsed, "rate": total / elapsed}


def backlog_db(count: int) -> Path:
    """A station database with ``count`` intake events, built once (through the station's own store)."""
    cached = OUT / f"server-backlog-{count}.sqlite3"
    if not cached.exists():
        OUT.mkdir(parents=True, exist_ok=True)
        tmp = cached.with_name(cached.name + ".part")
        tmp.unlink(missing_ok=True)
        store = Store.open(tmp, station_id="BACKLOG")
        done = store.event_count()
        while done < count:
            n = min(1000, count - done)
            store.record("bench", [NewEvent("battery.received", intake_payload(done + i, "BACKLOG")) for i in range(n)])
            done = store.event_count()
        store.close()
        tmp.replace(cached)
    return cached


def idle_rounds(db_url: str, server: ProcessServer, stations: int = 200, rounds: int = 4000, threads: int = 8) -> dict:
    """What every enrolled station does every 30 s with nothing to send: ask for the rule set with the hash it holds
    (answered 204) and for its cursor. Many tokens, so that the per-token rate limit is not what is measured."""
    db = open_database(db_url)
    models.database.initialize(db)
    with db.connection_context():
        release = reference.publish(json.dumps({**builtin().content, "version": "bench-1"}))
        tokens = []
        for n in range(stations):
            sid = f"IDLE{n:04d}"
            models.Station.create(id=sid, site="S1", public_key=base64.b64encode(os.urandom(32)).decode())
            tokens.append((sid, auth.new_token(sid)))
    db.close_all()

    def work(share: list[tuple[str, str]], count: int) -> None:
        with httpx.Client(base_url=server.url, timeout=30) as client:
            for i in range(count):
                sid, token = share[i % len(share)]
                headers = {"Authorization": f"Bearer {token}"}
                rules = client.get("/v1/ruleset", params={"have": release.sha256}, headers=headers)
                cursor = client.get(f"/v1/stations/{sid}/cursor", headers=headers)
                assert (rules.status_code, cursor.status_code) == (204, 200), (rules.text, cursor.text)

    pids = server_pids(server)
    before = cpu_seconds(pids)
    workers = [threading.Thread(target=work, args=(tokens[k::threads], rounds // threads)) for k in range(threads)]
    started = time.perf_counter()
    for t in workers:
        t.start()
    for t in workers:
        t.join()
    elapsed = time.perf_counter() - started
    done = rounds // threads * threads
    return {
        "rounds": done,
        "seconds": elapsed,
        "rate": done / elapsed,
        "cpu_ms_per_round": (cpu_seconds(pids) - before) / done * 1000,
    }


def backlog(db_url: str, server: ProcessServer, count: int, batch: int, workdir: Path) -> dict:
    path = workdir / "backlog" / "station.sqlite3"
    path.parent.mkdir(parents=True)
    shutil.copy(backlog_db(count), path)
    store = Store.open(path)
    db = open_database(db_url)
    models.database.initialize(db)
    with db.connection_context():
        code = auth.issue_code("S1", store.station_id)
    enrol(store.db, path, store.station_id, server.url, code)
    pending = store.event_count()
    sync = SyncService(store, SyncSettings(batch_size=batch, timeouts=Timeouts(read=120.0)))
    with Memory(server_pids(server)) as memory:
        started = time.perf_counter()
        rounds = 0
        while True:
            rounds += 1
            if sync.run_once().pending == 0:
                break
        elapsed = time.perf_counter() - started
    last = list(iter_events(store.db, after=pending - 1))[-1]
    with db.connection_context():
        head = models.Station.get_by_id(store.station_id)
    assert (head.head_seq, head.head_hash) == (last.seq, last.hash), "the server's head is not the station's"
    store.close()
    started = time.perf_counter()
    verify = subprocess.run(
        [sys.executable, "-m", "server", "--db", db_url, "verify"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    verify_seconds = time.perf_counter() - started
    assert verify.returncode == 0, verify.stdout + verify.stderr
    with db.connection_context():
        stored = models.Event.select().count()
    db.close_all()
    return {
        "events": pending,
        "seconds": elapsed,
        "rate": pending / elapsed,
        "rounds": rounds,
        "memory": memory.summary(),
        "verify_seconds": verify_seconds,
        "verified_events": stored,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--stations", type=int, default=8)
    parser.add_argument("--batch", type=int, default=500)
    parser.add_argument("--no-write", action="store_true", help="print the section, leave docs/benchmarks.md alone")
    args = parser.parse_args()
    load_before = os.getloadavg()[0]
    cluster = Cluster.start(durable=True)
    workdir = Path(tempfile.mkdtemp(prefix="trace-bench-server-"))
    try:
        cluster.create_database("bench")
        url = cluster.url("bench")
        db = open_database(url)
        models.database.initialize(db)
        migrations.migrate(db)
        with db.connection_context():
            models.Site.create(id="S1", name="bench")
        db.close_all()
        fast: dict[int, dict] = {}
        for workers in (2, 1):
            with ProcessServer(url, options=("--workers", str(workers))) as server:
                print(f"ingest, {workers} worker(s) ...", flush=True)
                fast[workers] = ingest(
                    url, server, cluster, args.stations, args.events, args.batch, f"W{workers}N", workers * 10_000_000
                )
                print(fast[workers], flush=True)
        with ProcessServer(url) as server:
            print("idle rounds ...", flush=True)
            idle = idle_rounds(url, server)
            print(idle, flush=True)
            print("backlog ...", flush=True)
            slow = backlog(url, server, args.events, args.batch, workdir)
            print(slow, flush=True)
        print("PostgreSQL alone ...", flush=True)
        alone = postgres_alone(url, args.events, args.batch)
        print(alone, flush=True)
        settings = pg_settings(cluster)
    finally:
        cluster.stop()
        shutil.rmtree(workdir, ignore_errors=True)
    section = render(args, fast, idle, slow, alone, settings, load_before, os.getloadavg()[0])
    print(section)
    if not args.no_write:
        write_section("server", section)
    return 0


if __name__ == "__main__":
    sys.exit(main())
