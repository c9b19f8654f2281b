"""Build the big benchmark database once: 1,000,000 batteries and 5,000,000 events, cached in bench/out/.

Everything in it is what the station itself would have written: a real hash chain from ``EventWriter``, real
projections from ``Projector``, and payloads captured from the real operations (bench/templates.py) with only
the codes changed. What differs from the bench is the commit: ``Store.record`` commits (and fsyncs) once per
user action, which would take hours here, so the bulk goes through the same writer and projector in
transactions of COMMIT_EVERY events with ``synchronous=OFF``. The file is built under a temporary name and
renamed when complete, so an interrupted build is never mistaken for the cache.

The life of each pack: received (2% hot: quarantined, then released), inspected, four modules linked
(``battery.child_linked``), dismantled (5% are still being dismantled), reported to the platform (90%); then
refused scans fill the log up to the event count: the pack scanned again, a module scanned twice, a module at
intake, a look-alike letter. Finally a rule set with 2,000 list entries (half of them packs on record) is
installed, as when a recall list arrives.
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Generator
from typing import Any

import common
import host
from common import Size
from templates import REFUSED_KINDS, Capture, Family, capture, slot_values

from station.operations.reference import configure_station, install_ruleset
from station.store.db import open_database
from station.store.events import EventWriter, NewEvent, StoredEvent
from station.store.localtime import today as local_today
from station.store.projections import Projector
from station.store.store import Store

STATION_ID = "STBE01"
FAMILIES = (Family("001", "B"), Family("04Q", "E"))
ACTORS = ("tech-01", "tech-02", "tech-03")
COMMIT_EVERY = 50_000
TEMPLATE_SERIALS = (1_900_000, 1_900_010)  # one template pack (+ its hot twin) per family
TEMPLATE_BATTERIES = 6 * len(FAMILIES)  # template pack, its 4 modules, the hot pack
LISTED = 1_000  # unrecorded codes on lists, and as many recorded packs under recall


class Plan:
    """Which bulk pack does what; pure functions of the pack index so the counts are known in advance."""

    def __init__(self, size: Size) -> None:
        # Batteries = packs with 4 modules * 5 + the few packs still waiting with none.
        self.packs, self.waiting = divmod(size.batteries - TEMPLATE_BATTERIES, 5)
        self.packs += self.waiting

    def modules(self, i: int) -> int:
        return 0 if i >= self.packs - self.waiting else 4

    def hot(self, i: int) -> bool:
        return i % 50 == 25

    def open(self, i: int) -> bool:
        return i % 20 == 19 or self.modules(i) == 0

    def reported(self, i: int) -> bool:
        return i % 10 != 9

    def lifecycle(self, i: int) -> int:
        return 2 + self.hot(i) + self.modules(i) + (not self.open(i)) + self.reported(i)


def bulk_events(
    plan: Plan, templates: dict[Family, Capture], first_seq: int, refused_total: int
) -> Generator[tuple[str, NewEvent], StoredEvent, None]:
    """Yields (actor, event); is sent back each stored event (its seq and id feed later payloads)."""
    seq = first_seq
    for i in range(plan.packs):
        family = FAMILIES[i % len(FAMILIES)]
        t, actor = templates[family], ACTORS[i % len(ACTORS)]
        values = slot_values(family, i, recycling_no=f"{STATION_ID}-{seq:08d}")
        received = yield actor, t["received_hot" if plan.hot(i) else "received"].fill(values)
        assert received.seq == seq, "the recycling number must be the received event's own sequence number"
        values["event_id"] = received.id
        for template in ([t["released"]] if plan.hot(i) else []) + [t["inspected"]]:
            yield actor, template.fill(values)
        for m in range(plan.modules(i)):
            yield actor, t["linked"].fill(values | {"m0": values[f"m{m}"], "m0_serial": values[f"m{m}_serial"]})
        steps = [] if plan.open(i) else [t["dismantled"]]
        kinds = REFUSED_KINDS if plan.modules(i) else ("refused_pack", "refused_lookalike")
        # Spread the refused scans evenly over the packs so the total comes out exact.
        refused = (i + 1) * refused_total // plan.packs - i * refused_total // plan.packs
        steps += [t[kinds[k % len(kinds)]] for k in range(refused)]
        steps += [t["reported"]] if plan.reported(i) else []
        for template in steps:
            yield actor, template.fill(values)
        seq += plan.lifecycle(i) + refused


def write_bulk(store: Store, events: Generator[tuple[str, NewEvent], StoredEvent, None], total: int) -> None:
    """The store's own writer and projector, in big transactions: the one-commit-per-event path would take hours."""
    db = store.db
    writer, projector = EventWriter(db, store.station_id), Projector(db)
    head = writer.head()
    started, done = time.perf_counter(), 0
    db.execute_sql("BEGIN")
    try:
        actor, new = next(events)
        while True:
            event = writer.insert(new, actor, head)
            projector.apply(event)
            head, done = (event.seq, event.hash), done + 1
            if done % COMMIT_EVERY == 0:
                db.execute_sql("COMMIT")
                elapsed = time.perf_counter() - started
                eta = elapsed / done * (total - done)
                print(
                    f"  {event.seq:>10,} events  {done / elapsed:>8,.0f}/s  eta {eta:>5.0f} s  "
                    f"rss {host.rss_mib():.0f} MiB",
                    flush=True,
                )
                db.execute_sql("BEGIN")
            try:
                actor, new = events.send(event)
            except StopIteration:
                break
        db.execute_sql("COMMIT")
    finally:
        if db.connection().in_transaction:
            db.execute_sql("ROLLBACK")


def list_ruleset(store: Store, plan: Plan) -> None:
    """A recall list arrives: codes not yet seen (blocked / recall / quarantine) and recorded packs (recall)."""
    rules = store.ruleset()
    lists = {}
    kinds = ("blocked", "recall", "quarantine")
    for n in range(LISTED):
        fresh = FAMILIES[n % 2].pack(8_000_000 + n)
        lists[fresh] = {"list": kinds[n % 3], "reason": "maker notice", "reference": f"RC-2026-{n:04d}"}
        i = n * plan.packs // LISTED
        recorded = FAMILIES[i % 2].pack(i)
        lists[recorded] = {"list": "recall", "reason": "maker recall", "reference": f"RC-2026-{n:04d}"}
    install_ruleset(store, "admin", rules.with_changes("builtin-1+local1", lists=lists), "local")


def build(size: Size) -> dict[str, Any]:
    common.OUT.mkdir(parents=True, exist_ok=True)
    partial = size.db_path.with_name(size.db_path.name + ".partial")
    for leftover in (partial, partial.with_name(partial.name + "-wal"), partial.with_name(partial.name + "-shm")):
        leftover.unlink(missing_ok=True)
    host.begin_measuring(0 if size.events < 1_000_000 else 600)
    started = time.perf_counter()
    today = local_today()
    store = Store.open(partial, station_id=STATION_ID)
    configure_station(store, "admin", role="dismantler", site_name="基准测试拆解站", site_uscc="91350100M000100Y43")
    templates = {f: capture(store, "tech-01", f, s, today) for f, s in zip(FAMILIES, TEMPLATE_SERIALS, strict=True)}
    plan = Plan(size)
    header = store.event_count()
    lifecycle = sum(plan.lifecycle(i) for i in range(plan.packs))
    refused = size.events - header - lifecycle - 1  # the last one installs the list rule set
    print(f"seeding {size.db_path.name}: {plan.packs:,} packs, {refused:,} refused scans, {size.events:,} events")
    # Nothing here is original data: trade durability for speed, and keep the indexes in memory.
    for pragma in ("synchronous=OFF", "cache_size=-1000000", "temp_store=MEMORY"):
        store.db.execute_sql(f"PRAGMA {pragma}")
    write_bulk(store, bulk_events(plan, templates, header + 1, refused), size.events - header - 1)
    store.db.execute_sql("PRAGMA synchronous=FULL")
    list_ruleset(store, plan)
    counts = {
        "events": store.event_count(),
        "batteries": store.db.execute_sql("SELECT COUNT(*) FROM battery").fetchone()[0],
        "seconds": round(time.perf_counter() - started, 1),
    }
    store.db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()
    os.replace(partial, size.db_path)
    counts["bytes"] = size.db_path.stat().st_size
    counts["machine"] = common.machine()  # a later report of the cached database names the build's machine
    size.db_path.with_suffix(".json").write_text(json.dumps(counts, indent=1))
    print(f"built {size.db_path} in {counts['seconds']:.0f} s")
    return counts


def ensure(size: Size) -> None:
    """The cached database, built first if it is missing (every benchmark calls this)."""
    if not size.db_path.exists():
        report(size, build(size))


def report(size: Size, counts: dict[str, Any]) -> None:
    db = open_database(size.db_path, bind=False)
    by_type = db.execute_sql("SELECT type, COUNT(*) FROM event GROUP BY type ORDER BY 2 DESC").fetchall()
    by_status = db.execute_sql("SELECT kind, status, COUNT(*) FROM battery GROUP BY 1, 2 ORDER BY 3 DESC").fetchall()
    db.close()
    body = "\n\n".join(
        [
            "## The benchmark database (`bench/seed.py`)",
            f"Built in **{counts['seconds']:.0f} s**: {counts['events']:,} events, {counts['batteries']:,} "
            f"batteries, {int(counts['bytes']) / 1024**3:.2f} GiB (`{size.db_path.relative_to(common.ROOT)}`). "
            f"Bulk written by the store's `EventWriter` and `Projector` in transactions of {COMMIT_EVERY:,} events "
            "with `synchronous=OFF`; payloads captured from the real operations with the codes varied. "
            + " ".join(__doc__.split("\n\n")[2].split()).replace("``", "`")
            + " Wall-clock times are the seeding day's (the writer stamps them), so every open reporting duty "
            "is due within its 15 working days.",
            common.table(["event type", "events"], [(t, f"{n:,}") for t, n in by_type]),
            common.table(["kind", "status", "batteries"], [(k, s, f"{n:,}") for k, s, n in by_status]),
            common.machine_table(counts.get("machine")),
        ]
    )
    print(body)
    summary = [("seed the big database", "about 10 min", f"{counts['seconds']:.0f} s")]
    common.publish("seed", body, size, summary, counts.get("machine"))


def main() -> None:
    args = common.parse_args(__doc__.splitlines()[0], [("--force", {"action": "store_true", "help": "rebuild"})])
    if args.force or not args.size.db_path.exists():
        counts = build(args.size)
    else:
        counts = json.loads(args.size.db_path.with_suffix(".json").read_text())
        print(f"{args.size.db_path} is cached (built in {counts['seconds']:.0f} s); --force rebuilds it")
    if not args.no_doc:
        report(args.size, counts)


if __name__ == "__main__":
    main()
