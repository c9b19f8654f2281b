"""Intake append latency: ``station.operations.intake.receive`` end to end, each in its own durable commit.

Target (issue): p95 <= 2 ms per intake with ``synchronous=FULL``, hashing and projections included, on a fresh
database and on the big one (a copy, so the cached database stays as seeded). The baseline is a bare SQLite
commit of one row with ``synchronous=FULL`` in WAL mode on the same disk: the floor the fsync sets, which no
amount of Python can go below.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable
from typing import Any

import common
import host
import seed
from seed import FAMILIES
from templates import SOURCE, VIN

from station.operations.intake import IntakeForm, receive
from station.operations.reference import configure_station
from station.store.localtime import today as local_today
from station.store.store import Store

TARGET_MS = 2.0
NEW_SERIALS = 7_000_000  # above every serial the seed or check_code.py uses
WARMUP = 20


def timed(store: Store, sink: list[float]) -> None:
    """Time ``Store.record`` inside each intake: the transaction, hashing, projections and the commit's fsync."""
    original: Callable[..., Any] = store.record

    def record(*args: Any, **kwargs: Any) -> Any:
        start = time.perf_counter_ns()
        try:
            return original(*args, **kwargs)
        finally:
            sink.append((time.perf_counter_ns() - start) / 1e6)

    store.record = record  # type: ignore[method-assign]


def intakes(store: Store, n: int, first_serial: int) -> dict[str, list[float]]:
    """``n`` new packs received (plus warm-up), then n/4 of them scanned again (refused, also recorded)."""
    today, record_ms = local_today(), []
    timed(store, record_ms)
    codes = [FAMILIES[k % 2].pack(first_serial + k) for k in range(WARMUP + n)]
    out: dict[str, list[float]] = {"receive": [], "refused": []}
    for k, code in enumerate(codes):
        form = IntakeForm(code, SOURCE, vin=VIN, mass_kg=410.5, measurements={"temperature_c": 24.0})
        start = time.perf_counter_ns()
        result = receive(store, "tech-01", form, today)
        if k >= WARMUP:
            out["receive"].append((time.perf_counter_ns() - start) / 1e6)
        assert result.received, result.verdict.as_dict()
    out["record"] = record_ms[WARMUP:]
    for code in codes[WARMUP : WARMUP + n // 4]:
        start = time.perf_counter_ns()
        result = receive(store, "tech-01", IntakeForm(code, SOURCE), today)
        out["refused"].append((time.perf_counter_ns() - start) / 1e6)
        assert not result.received
    return out


def fresh(n: int) -> dict[str, list[float]]:
    path = common.OUT / "append-fresh.sqlite3"
    common.remove_database(path)
    store = Store.open(path, station_id="STAP01")
    configure_station(store, "admin", role="dismantler", site_name="基准测试拆解站", site_uscc="91350100M000100Y43")
    try:
        return intakes(store, n, NEW_SERIALS)
    finally:
        store.close()
        common.remove_database(path)


def big(size: common.Size, n: int, keep: bool) -> tuple[dict[str, list[float]], float]:
    """On a copy of the big database: appending must not change the cache the other benchmarks read."""
    copy = common.OUT / f"append-{size.db_path.name}"
    copied = common.copy_database(size.db_path, copy)
    store = Store.open(copy)
    try:
        return intakes(store, n, NEW_SERIALS + 500_000), copied
    finally:
        store.close()
        if not keep:
            common.remove_database(copy)


def bare_commits(n: int) -> list[float]:
    """One ~1 KB row per transaction, ``BEGIN IMMEDIATE`` ... ``COMMIT``, WAL and synchronous=FULL."""
    path = common.OUT / "append-baseline.sqlite3"
    common.remove_database(path)
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=FULL")
        conn.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, payload TEXT NOT NULL)")
        row = "x" * 1000  # the size of an intake event's payload
        out = []
        for k in range(WARMUP + n):
            start = time.perf_counter_ns()
            conn.execute("BEGIN IMMEDIATE")
            conn.execute("INSERT INTO t (payload) VALUES (?)", (row,))
            conn.execute("COMMIT")
            if k >= WARMUP:
                out.append((time.perf_counter_ns() - start) / 1e6)
        return out
    finally:
        conn.close()
        common.remove_database(path)


def main() -> None:
    args = common.parse_args(
        __doc__.splitlines()[0], [("--keep", {"action": "store_true", "help": "keep the big copy in bench/out"})]
    )
    seed.ensure(args.size)
    n = 200 if args.small else 2_000
    host.begin_measuring(0 if args.small else 600)
    baseline = bare_commits(n)
    on_fresh = fresh(n)
    on_big, copy_s = big(args.size, n, args.keep)
    rows = [
        common.latency_row("bare SQLite commit of one row (baseline)", baseline),
        common.latency_row("**receive(), fresh database**", on_fresh["receive"], TARGET_MS),
        common.latency_row("  of which Store.record (transaction + commit)", on_fresh["record"]),
        common.latency_row("  receive() refused as duplicate (scan.refused)", on_fresh["refused"]),
        common.latency_row(f"**receive(), {args.size.db_path.name} copy**", on_big["receive"], TARGET_MS),
        common.latency_row("  of which Store.record (transaction + commit)", on_big["record"]),
        common.latency_row("  receive() refused as duplicate (scan.refused)", on_big["refused"]),
    ]
    body = "\n\n".join(
        [
            "## Intake append latency (`bench/append.py`)",
            f"p95 of `intake.receive()` per accepted intake: **{common.percentile(on_fresh['receive'], 95):.2f} ms** "
            f"on a fresh database, **{common.percentile(on_big['receive'], 95):.2f} ms** on a copy of "
            f"`{args.size.db_path.name}` (target ≤ {TARGET_MS:g} ms); a bare one-row commit costs "
            f"{common.percentile(baseline, 95):.2f} ms at p95 on the same disk. Each intake is judged (full rule "
            "set), hashed, projected and committed in its own IMMEDIATE transaction with `synchronous=FULL` in WAL "
            f"mode; {WARMUP} warm-up intakes are not counted. (Copying and fsyncing the big database took "
            f"{copy_s:.0f} s, outside the figures.)",
            common.table(common.LATENCY_HEADERS, rows),
            common.machine_table(),
        ]
    )
    print(body)
    if not args.no_doc:
        summary = [
            ("intake append p95, fresh database", f"≤ {TARGET_MS:g} ms", _verdict(on_fresh["receive"])),
            (f"intake append p95, {args.size.db_path.name} copy", f"≤ {TARGET_MS:g} ms", _verdict(on_big["receive"])),
            ("bare one-row commit p95 (baseline)", "", f"{common.percentile(baseline, 95):.2f} ms"),
        ]
        common.publish("append", body, args.size, summary)


def _verdict(ms: list[float]) -> str:
    p95 = common.percentile(ms, 95)
    return f"**{p95:.2f} ms** ({'met' if p95 <= TARGET_MS else 'MISSED'})"


if __name__ == "__main__":
    main()
