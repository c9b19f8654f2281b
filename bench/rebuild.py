"""Rebuild every projection from the 5,000,000-event log (``station.store.rebuild.rebuild``), watching memory.

Target (issue): <= 2 minutes, with memory flat. Runs on a copy of the big database (a rebuild rewrites the
projection tables; the cache must stay as seeded) and checks afterwards that the rebuilt tables equal the
seeded ones row for row. RSS is read from /proc/self/statm in the progress callback, which ``rebuild`` calls
after every commit (every 20,000 events).
"""

from __future__ import annotations

import resource
import time
from pathlib import Path

import common
import host
import seed

from station.store.db import open_database
from station.store.rebuild import rebuild
from station.store.schema import PROJECTIONS

TARGET_S = 120.0
SHOWN_SAMPLES = 12


def compare(copy: Path, original: Path) -> list[tuple[str, str, str]]:
    """Row counts and rows present on one side only, per projection table: (table, rows, differing rows)."""
    db = open_database(copy, bind=False)
    db.execute_sql("ATTACH DATABASE ? AS seeded", (str(original),))
    out = []
    for model in PROJECTIONS:
        t = model._meta.table_name
        rows = db.execute_sql(f"SELECT COUNT(*) FROM main.{t}").fetchone()[0]
        differ = sum(
            db.execute_sql(f"SELECT COUNT(*) FROM (SELECT * FROM {a}.{t} EXCEPT SELECT * FROM {b}.{t})").fetchone()[0]
            for a, b in (("main", "seeded"), ("seeded", "main"))
        )
        out.append((t, f"{rows:,}", f"{differ:,}"))
    db.execute_sql("DETACH DATABASE seeded")
    db.close()
    return out


def main() -> None:
    args = common.parse_args(
        __doc__.splitlines()[0],
        [
            ("--keep", {"action": "store_true", "help": "keep the rebuilt copy in bench/out"}),
            ("--no-verify", {"action": "store_true", "help": "skip the row-by-row comparison afterwards"}),
        ],
    )
    seed.ensure(args.size)
    copy = common.OUT / f"rebuild-{args.size.db_path.name}"
    copied = common.copy_database(args.size.db_path, copy)
    host.begin_measuring(0 if args.small else 600)
    db = open_database(copy)
    samples: list[tuple[float, int, float]] = []  # (seconds, events done, RSS MiB)
    start_rss = host.rss_mib()
    start, start_cpu = time.perf_counter(), time.process_time()

    def progress(done: int, total: int) -> bool:
        samples.append((time.perf_counter() - start, done, host.rss_mib()))
        if len(samples) % 25 == 0:
            print(f"  {done:>10,}/{total:,} events  {samples[-1][0]:6.1f} s  rss {samples[-1][2]:.0f} MiB", flush=True)
        return True

    events = rebuild(db, progress)
    elapsed, cpu = time.perf_counter() - start, time.process_time() - start_cpu
    end_rss = host.rss_mib()
    db.close()
    peak_rss = max([start_rss, end_rss, *(s[2] for s in samples)])
    max_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kernel's high-water mark, KiB
    table = None if args.no_verify else compare(copy, args.size.db_path)
    if not args.keep:
        common.remove_database(copy)

    step = max(1, len(samples) // SHOWN_SAMPLES)
    shown = samples[::step] if samples[-1] in samples[::step] else [*samples[::step], samples[-1]]
    verdict = "met" if elapsed <= TARGET_S else "MISSED"
    parts = [
        "## Rebuild of the projections (`bench/rebuild.py`)",
        f"**{events:,} events replayed in {elapsed:.1f} s** ({events / elapsed:,.0f} events/s; target ≤ "
        f"{TARGET_S:.0f} s: {verdict}; {cpu:.1f} s of CPU in this process), on a copy of "
        f"`{args.size.db_path.name}` (copied and fsynced in {copied:.0f} s, outside the figure). "
        f"RSS from /proc/self/statm: **start {start_rss:.0f} MiB, peak {peak_rss:.0f} MiB, "
        f"end {end_rss:.0f} MiB** over {len(samples)} samples (one per commit of 20,000 events); "
        f"the kernel's high-water mark (ru_maxrss) for the whole process is {max_rss:.0f} MiB.",
        common.table(
            ["elapsed s", "events done", "RSS MiB"], [(f"{s:.1f}", f"{d:,}", f"{r:.0f}") for s, d, r in shown]
        ),
    ]
    if table is not None:
        identical = all(row[2] == "0" for row in table)
        parts += [
            "Rebuilt tables against the seeded ones (rows on one side only, both directions): "
            + ("**identical**." if identical else "**DIFFERENT**."),
            common.table(["table", "rows", "rows differing"], table),
        ]
    parts.append(common.machine_table())
    body = "\n\n".join(parts)
    print(body)
    if not args.no_doc:
        summary = [
            (f"rebuild of {events:,} events", f"≤ {TARGET_S:.0f} s", f"**{elapsed:.1f} s** ({verdict})"),
            ("rebuild RSS start / peak / end", "flat", f"{start_rss:.0f} / {peak_rss:.0f} / {end_rss:.0f} MiB"),
        ]
        common.publish("rebuild", body, args.size, summary)


if __name__ == "__main__":
    main()
