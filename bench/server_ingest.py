"""Benchmark of the central server's ingest, through the whole HTTP path on PostgreSQL, over loopback.

    .venv/bin/python bench/server_ingest.py [--events 100000] [--stations 8] [--batch 500] [--no-write]

One command: a private PostgreSQL cluster with its default durability (every commit flushed), migrated; the real
server (``python -m server serve``, default limits) on 127.0.0.1; then

1. ingest: ``--stations`` stations, each enrolled over HTTP, push ``--events`` pre-built intake events between them
   in ``--batch``-event requests at once (bodies encoded before the clock starts: the server is measured, not the
   client). Each answer must say ``stored`` for every event; the server's RSS is sampled throughout;
2. PostgreSQL alone: the same rows as batched idempotent ``INSERT ... ON CONFLICT DO NOTHING``, for scale;
3. backlog: one real station database holding ``--events`` events (built once, cached in bench/out) syncs them
   with the station's own client (``SyncService.run_once``), then the server re-verifies every chain.

Writes its section of docs/benchmarks.md, between the server markers only (others own the rest).
"""

from __future__ import annotations

import argparse
import base64
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path

import httpx
import psycopg2.extras

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from server import auth, migrations, models, reference  # noqa: E402
from server.db import open_database  # noqa: E402
from station.canonical import canonical_json  # noqa: E402
from station.codes import encode_date  # noqa: E402
from station.rules.ruleset import builtin  # noqa: E402
from station.store.events import GENESIS_HASH, NewEvent, event_hash, iter_events  # noqa: E402
from station.store.store import Store  # noqa: E402
from station.sync.client import Timeouts  # noqa: E402
from station.sync.enrolment import enrol  # noqa: E402
from station.sync.service import SyncService, SyncSettings  # noqa: E402
from tests.server.live import ProcessServer  # noqa: E402
from tests.server.pg import Cluster  # noqa: E402

DOC = ROOT / "docs" / "benchmarks.md"
OUT = ROOT / "bench" / "out"
START, END = "<!-- server:start -->", "<!-- server:end -->"
SOURCE = {"document": "BF-2026-0001", "name": "某某报废汽车回收有限公司", "uscc": "91350100M000100Y43"}


def intake_payload(serial: int, station: str) -> dict:
    """A battery.received payload as a station writes it (about 780 bytes of canonical JSON)."""
    code = f"001PB240000003{encode_date(date(2024, 5, 6))}{serial:07d}"
    fields = {
        "chemistry": "B",
        "chemistry_name": "LFP",
        "date_code": encode_date(date(2024, 5, 6)),
        "echelon": False,
        "echelon_suffix": None,
        "maker": "001",
        "maker_name_en": "CATL",
        "maker_name_zh": "宁德时代",
        "product_type": "P",
        "production_date": "2024-05-06",
        "serial": f"{serial:07d}",
        "spec": "24",
        "trace": "0000003",
    }
    verdict = {
        "context": "intake",
        "findings": [],
        "judged_on": "2026-11-24",
        "outcome": "accept",
        "ruleset": {"sha256": "0" * 64, "version": "builtin-2"},
    }
    return {
        "code": code,
        "extra": {},
        "fields": fields,
        "flags": [],
        "kind": "P",
        "mass_kg": 400.0,
        "measurements": {},
        "quarantine_reasons": [],
        "raw": code,
        "recycling_no": f"{station}-{serial:08d}",
        "scheme": "gbt34014",
        "source": SOURCE,
        "verdict": verdict,
        "vin": "1M8GDM9AXKP042788",
    }


def chain(station: str, count: int, first_serial: int) -> list[dict]:
    """``count`` hash-chained events of one station, as it would push them."""
    events, prev = [], GENESIS_HASH
    for seq in range(1, count + 1):
        fields = {
            "seq": seq,
            "id": str(uuid.uuid4()),
            "station_id": station,
            "type": "battery.received",
            "schema": 1,
            "payload": intake_payload(first_serial + seq, station),
            "actor": "bench",
            "wall_time": datetime.now(UTC).isoformat(timespec="microseconds"),
            "mono_ns": time.monotonic_ns(),
            "prev_hash": prev,
        }
        prev = event_hash(fields)
        events.append({**fields, "hash": prev})
    return events


@dataclass
class Memory:
    """The server's resident memory (all its processes), sampled every 0.2 s while something runs."""

    pids: list[int]
    samples: list[tuple[float, int]] = field(default_factory=list)
    _stop: threading.Event = field(default_factory=threading.Event)

    def rss_mb(self) -> float:
        total = 0.0
        for pid in self.pids:
            for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1]) / 1024
        return total

    def __enter__(self) -> Memory:
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()
        return self

    def _run(self) -> None:
        start = time.monotonic()
        while not self._stop.wait(0.2):
            self.samples.append((time.monotonic() - start, int(self.rss_mb())))

    def __exit__(self, *_exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def summary(self) -> str:
        values = [v for _, v in self.samples] or [int(self.rss_mb())]
        quarter = max(1, len(values) // 4)
        return (
            f"{values[0]} → {max(values)} peak → {values[-1]} MB (first quarter max {max(values[:quarter])}, "
            f"last quarter max {max(values[-quarter:])})"
        )


def cpu_seconds(pids: list[int]) -> float:
    """User + system CPU time of the processes (those that exited meanwhile are not counted)."""
    total = 0
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except FileNotFoundError:
            continue
        total += int(fields[11]) + int(fields[12])
    return total / os.sysconf("SC_CLK_TCK")


def postgres_pids(cluster: Cluster) -> list[int]:
    """The postmaster and its children: the backends serving the server's pooled connections, the WAL writer..."""
    master = (cluster.data_dir / "postmaster.pid").read_text().split()[0]
    children = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if (entry / "stat").read_text().rsplit(")", 1)[1].split()[1] == master:
                    children.append(int(entry.name))
            except (FileNotFoundError, ProcessLookupError):
                continue
    return [int(master), *children]


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


def server_pids(server: ProcessServer) -> list[int]:
    assert server.process is not None
    return [server.process.pid, *server.children()]


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
        write_section(section)
    return 0


def pg_settings(cluster: Cluster) -> dict[str, str]:
    conn = cluster.admin()
    try:
        with conn.cursor() as cur:
            cur.execute(
                "SELECT name, setting FROM pg_settings WHERE name IN ('server_version', 'fsync', "
                "'synchronous_commit', 'shared_buffers', 'wal_level')"
            )
            return dict(cur.fetchall())
    finally:
        conn.close()


def render(
    args: argparse.Namespace,
    fast: dict[int, dict],
    idle: dict,
    slow: dict,
    alone: dict,
    pg: dict,
    load_before: float,
    load_after: float,
) -> str:
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, cwd=ROOT).stdout
    verify_rate = slow["verified_events"] / slow["verify_seconds"]
    rows = [("measurement", "events", "seconds", "events/s", "target"), ("---", "---", "---", "---", "---")]
    for workers, f in sorted(fast.items()):
        rows.append(
            (
                f"ingest: {args.stations} stations pushing at once, {args.batch}-event requests ({f['requests']}); "
                f"`serve --workers {workers}`",
                f"{f['events']:,}",
                f"{f['seconds']:.1f}",
                f"**{f['rate']:,.0f}**",
                "≥ 15,000",
            )
        )
    rows += [
        (
            f"backlog: one station's log synced by its own client ({slow['rounds']} round(s))",
            f"{slow['events']:,}",
            f"**{slow['seconds']:.1f}**",
            f"{slow['rate']:,.0f}",
            "≤ 60 s",
        ),
        (
            f"idle rounds (rule set 204 + cursor, 200 tokens), `--workers 1`: rounds/s; server CPU "
            f"{idle['cpu_ms_per_round']:.2f} ms a round",
            f"{idle['rounds']:,} rounds",
            f"{idle['seconds']:.1f}",
            f"{idle['rate']:,.0f}",
            "",
        ),
        (
            "PostgreSQL alone: the same rows, batched `INSERT ... ON CONFLICT DO NOTHING`",
            f"{alone['rows']:,}",
            f"{alone['seconds']:.1f}",
            f"{alone['rate']:,.0f}",
            "",
        ),
        (
            "`trace-server verify`: every stored chain re-walked",
            f"{slow['verified_events']:,}",
            f"{slow['verify_seconds']:.1f}",
            f"{verify_rate:,.0f}",
            "",
        ),
    ]
    table = "\n".join("| " + " | ".join(r) + " |" for r in rows)
    cpu_lines = "\n".join(
        f"CPU per event, `--workers {w}`: server {f['cpu_us']['server']:.0f} µs, PostgreSQL "
        f"{f['cpu_us']['postgres']:.0f} µs, the pushing client {f['cpu_us']['client']:.0f} µs "
        f"({os.cpu_count()} cores shared by all three)."
        for w, f in sorted(fast.items())
    )
    memory_lines = "; ".join(f"`--workers {w}` {f['memory']}" for w, f in sorted(fast.items()))
    return f"""## Central server ingest (`bench/server_ingest.py`)

The real server (`python -m server serve`, one and two worker processes, default limits) on 127.0.0.1 and
PostgreSQL with its default durability (`fsync={pg.get("fsync")}`,
`synchronous_commit={pg.get("synchronous_commit")}`: each push is one flushed transaction) on the same machine.
Events are intakes as a station writes them (about 780 bytes of JSON each); every request goes through the whole
path: HTTP, size and rate limits, token, JSON and schema check, hash and chain check per event, insert, the
cross-station conflict index, certificates and the battery-history index.

{table}

{cpu_lines}

Server memory (RSS, all its processes): {memory_lines}; during the backlog: {slow["memory"]}.

| machine | |
|---|---|
| CPU | {_cpu()} |
| cores | {os.cpu_count()} |
| Python | {platform.python_version()} |
| PostgreSQL | {pg.get("server_version")} (shared_buffers {pg.get("shared_buffers")} × 8 kB) |
| code | {commit.strip()} |
| date | {datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")} |
| load average (1 min) before / after | {load_before:.2f} / {load_after:.2f} |

Run: `.venv/bin/python bench/server_ingest.py` (client, server and PostgreSQL share the machine's cores).
"""


def _cpu() -> str:
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            return line.split(":", 1)[1].strip()
    return platform.processor() or "unknown"


def write_section(body: str) -> None:
    """Replace only the text between our markers, re-reading the file just before writing (others write theirs)."""
    text = DOC.read_text(encoding="utf-8") if DOC.exists() else "# Benchmarks\n"
    block = f"{START}\n{body}{END}"
    if START in text and END in text:
        head, rest = text.split(START, 1)
        text = head + block + rest.split(END, 1)[1]
    else:
        text = text.rstrip("\n") + "\n\n" + block + "\n"
    DOC.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())
