"""Hazardous waste at a busy site for a year: 50,000 fills and 2,000 transfers, then the ledger and the check.

One command: ``.venv/bin/python bench/hazard.py`` (``--small`` for a 5,000-fill smoke run that leaves the docs
alone, ``--no-doc`` to only print). It builds ``bench/out/hazard-year.sqlite3`` afresh: packs received, containers
opened, filled, sealed and handed out under manifests day by day, with payloads shaped exactly as the operations
write them, recorded through ``Store.record`` (hash chain and projections) in batches of a day's events. Then it
times, each five times (median and worst): the ledger of the year (rows, CSV, XLSX), the mass balance, the whole
``hazard check`` and the container list, and the ledger of each format followed by the check, judged against 2 s;
and on the full year the real operations: a fill's append (fsync'd), the void of a fill, and a rebuild of every
projection. The figures go to docs/benchmarks.md between the hazard markers.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import platform
import random
import sqlite3
import statistics
import subprocess
import sys
import time
from collections import Counter, deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from docsection import write_section  # noqa: E402

from station.codes import encode_date  # noqa: E402
from station.hazard.balance import mass_balance  # noqa: E402
from station.hazard.catalogue import Catalogue  # noqa: E402
from station.hazard.idcode import container_code  # noqa: E402
from station.hazard.ledger import export_ledger, ledger_rows  # noqa: E402
from station.hazard.queries import container_states  # noqa: E402
from station.hazard.report import check_hazard  # noqa: E402
from station.operations.corrections import correct  # noqa: E402
from station.operations.hazard_containers import FillRequest, fill, open_container  # noqa: E402
from station.operations.reference import configure_station  # noqa: E402
from station.store.events import NewEvent  # noqa: E402
from station.store.rebuild import rebuild  # noqa: E402
from station.store.store import Store  # noqa: E402

OUT = ROOT / "bench" / "out"
DOC = ROOT / "docs" / "benchmarks.md"
USCC = "91350100M000100Y43"
ACTOR = "bench"
YEAR = 2025
TARGET_S = 2.0

# fraction -> (share of packs that yield it, grams per fill, fills per container before it is sealed)
FRACTIONS = {
    "bms_boards": (1.0, (800, 3500), 8),
    "coolant": (0.7, (4000, 9000), 10),
    "absorbents": (0.4, (200, 1200), 20),
    "electrolyte": (0.2, (300, 2000), 15),
    "lead_acid": (0.05, (9000, 16000), 5),
}


@dataclass(frozen=True)
class Size:
    fills: int
    transfers: int


FULL, SMALL = Size(50_000, 2_000), Size(5_000, 200)


@dataclass
class Box:
    code: str
    waste: str
    ctype: str
    location: str
    capacity_g: int
    fills: int = 0
    mass_g: int = 0
    sealed_on: date | None = None


@dataclass
class Year:
    """The generator's state: open container per waste and group, sealed ones waiting for a truck."""

    catalogue: Catalogue
    rng: random.Random
    station: str
    # By waste code and group: coolant and electrolyte share a code but must not share a container (the fill
    # operation refuses it, and the check flags it on the record).
    open_box: dict[tuple[str, str], Box] = field(default_factory=dict)
    waiting: dict[str, deque[Box]] = field(default_factory=dict)
    sequence: Counter[tuple[str, date]] = field(default_factory=Counter)
    packs: int = 0
    fills: int = 0
    transfers: int = 0
    manifests: int = 0


def days(year: int) -> list[date]:
    first = date(year, 1, 2)
    return [first + timedelta(n) for n in range(363) if (first + timedelta(n)).weekday() != 6]


def _opened(y: Year, waste: str, day: date) -> tuple[Box, NewEvent]:
    w = y.catalogue.codes[waste]
    ctype = y.catalogue.container_types[w.containers[0]]
    y.sequence[(waste, day)] += 1
    code = container_code(USCC, waste, day, y.sequence[(waste, day)]).text
    box = Box(code, waste, ctype.name, f"HW-STORE-{1 + len(y.sequence) % 3}", int(ctype.capacity_kg * 1000))
    payload = {
        "id_code": code,
        "waste_code": waste,
        "category": w.category,
        "waste_name": w.name_zh,
        "hazards": list(w.hazards),
        "form": w.form,
        "container_type": ctype.name,
        "volume_l": ctype.volume_l,
        "capacity_g": box.capacity_g,
        "location": box.location,
        "on": day.isoformat(),
        "ruleset": y.catalogue.version,
    }
    return box, NewEvent("hazard.container_opened", payload)


def _sealed(box: Box, day: date, y: Year) -> NewEvent:
    w = y.catalogue.codes[box.waste]
    box.sealed_on = day
    y.waiting.setdefault(box.waste, deque()).append(box)
    payload = {
        "id_code": box.code,
        "mass_g": box.mass_g,
        "weighed_g": box.mass_g + y.rng.randint(-50, 50),
        "location": box.location,
        "waste_code": box.waste,
        "category": w.category,
        "waste_name": w.name_zh,
        "container_type": box.ctype,
        "on": day.isoformat(),
    }
    return NewEvent("hazard.sealed", payload)


def _filled(y: Year, fraction: str, pack: str, day: date, seals: list[NewEvent]) -> list[NewEvent]:
    f = y.catalogue.fractions[fraction]
    waste = y.catalogue.codes[f.code]
    grams = y.rng.randint(*FRACTIONS[fraction][1])
    events: list[NewEvent] = []
    box = y.open_box.get((f.code, f.group))
    if box is not None and (box.fills >= FRACTIONS[fraction][2] or box.mass_g + grams > box.capacity_g):
        seals.append(_sealed(box, day, y))
        box = None
    if box is None:
        box, opened = _opened(y, f.code, day)
        y.open_box[(f.code, f.group)] = box
        events.append(opened)
    box.fills += 1
    box.mass_g += grams
    y.fills += 1
    payload = {
        "id_code": box.code,
        "fraction": fraction,
        "group": f.group,
        "waste_code": f.code,
        "category": waste.category,
        "waste_name": waste.name_zh,
        "container_type": box.ctype,
        "mass_g": grams,
        "source": "scale",
        "pack": pack,
        "item": None,
        "facility": y.station,
        "on": day.isoformat(),
    }
    events.append(NewEvent("hazard.filled", payload))
    return events


def _transfers(y: Year, day: date, quota: int) -> list[NewEvent]:
    """Trucks leave until the year's pace is kept, each with one waste (1-3 containers sealed 2+ days ago)."""
    events: list[NewEvent] = []
    while y.transfers < quota:
        cutoff = day - timedelta(days=2)
        ready = [w for w, q in sorted(y.waiting.items()) if q and q[0].sealed_on <= cutoff]
        if not ready:
            break
        waste = y.rng.choice(ready)
        queue, group = y.waiting[waste], []
        size = y.rng.choice((1, 1, 2, 3))
        while queue and queue[0].sealed_on <= cutoff and len(group) < size:
            group.append(queue.popleft())
        events.append(_manifest(y, waste, group, day))
    return events


def _manifest(y: Year, waste: str, group: list[Box], day: date) -> NewEvent:
    w = y.catalogue.codes[waste]
    y.manifests += 1
    y.transfers += 1
    payload = {
        "manifest_no": f"{day:%Y%m%d}{y.manifests:06d}",
        "on": day.isoformat(),
        "waste_code": waste,
        "category": w.category,
        "waste_name": w.name_zh,
        "quantity_g": sum(b.mass_g for b in group),
        "receiver": {"name": "某某环保科技有限公司", "uscc": USCC, "licence": "闽危废经第3501号"},
        "carrier": {"name": "某某危险品运输有限公司", "plate": "闽AD1234", "driver": "张师傅"},
        "containers": [
            {"id_code": b.code, "mass_g": b.mass_g, "container_type": b.ctype, "location": b.location} for b in group
        ],
    }
    return NewEvent("hazard.transferred", payload)


def year_of_events(size: Size, catalogue: Catalogue, station: str) -> Iterator[list[NewEvent]]:
    """One list of events per working day, in the order the site would record them."""
    y = Year(catalogue, random.Random(20250101), station)
    calendar = days(YEAR)
    for index, day in enumerate(calendar):
        fill_quota = round(size.fills * (index + 1) / len(calendar))
        transfer_quota = round(size.transfers * (index + 1) / len(calendar))
        received: list[NewEvent] = []
        filled: list[NewEvent] = []
        seals: list[NewEvent] = []
        while y.fills < fill_quota:
            y.packs += 1
            pack = f"001PB240000003{encode_date(date(2019, 5, 6))}{y.packs:07d}"
            received.append(
                NewEvent(
                    "battery.received",
                    {"code": pack, "kind": "P", "recycling_no": f"{station}-P{y.packs:08d}", "mass_kg": 410.0},
                )
            )
            for fraction, (share, _grams, _per_box) in FRACTIONS.items():
                if y.fills < fill_quota and y.rng.random() < share:
                    filled += _filled(y, fraction, pack, day, seals)
        yield received + filled + seals + _transfers(y, day, transfer_quota)
    assert y.fills == size.fills, y.fills


def build(path: Path, size: Size) -> tuple[Store, float, Counter[str]]:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    store = Store.open(path, station_id="STBENCH")
    configure_station(store, ACTOR, role="dismantler", site_name="bench", site_uscc=USCC)
    catalogue = Catalogue.from_rules(store.ruleset())
    started = time.perf_counter()
    for batch in year_of_events(size, catalogue, store.station_id):
        store.record(ACTOR, batch)
    seconds = time.perf_counter() - started
    counts = Counter(dict(store.db.execute_sql("SELECT type, COUNT(*) FROM event GROUP BY type").fetchall()))
    return store, seconds, counts


def timed(call: Callable[[], Any], runs: int = 5) -> tuple[float, float]:
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        call()
        samples.append(time.perf_counter() - started)
    return statistics.median(samples), max(samples)


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    rank = (len(ordered) - 1) * p / 100
    low = int(rank)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (rank - low)


def measure(store: Store, tmp: Path) -> dict[str, Any]:
    rules, year_start, year_end = store.ruleset(), date(YEAR, 1, 1), date(YEAR, 12, 31)
    today = date(YEAR, 12, 31)
    r: dict[str, Any] = {}
    r["ledger_rows"] = timed(lambda: sum(1 for _ in ledger_rows(store.db, year_start, year_end)))
    r["ledger_records"] = sum(1 for _ in ledger_rows(store.db, year_start, year_end))
    r["ledger_csv"] = timed(lambda: export_ledger(store.db, year_start, year_end, tmp / "ledger.csv", "csv"))
    r["ledger_xlsx"] = timed(lambda: export_ledger(store.db, year_start, year_end, tmp / "ledger.xlsx", "xlsx"))
    r["balance"] = timed(lambda: mass_balance(store.db))
    r["check"] = timed(lambda: check_hazard(store.db, rules, today))

    def ledger_then_check(fmt: str) -> None:
        # The target's own measure: the year's ledger written, then the check, as one run.
        export_ledger(store.db, year_start, year_end, tmp / f"ledger.{fmt}", fmt)
        check_hazard(store.db, rules, today)

    r["csv_and_check"] = timed(lambda: ledger_then_check("csv"))
    r["xlsx_and_check"] = timed(lambda: ledger_then_check("xlsx"))
    r["containers"] = timed(lambda: container_states(store.db))
    report = check_hazard(store.db, rules, today)
    r["check_findings"] = Counter(f.code for f in report.findings)
    r["check_ok"] = report.ok
    r["container_count"], r["on_site"] = report.containers, report.on_site
    r["csv_bytes"] = (tmp / "ledger.csv").stat().st_size
    r["xlsx_bytes"] = (tmp / "ledger.xlsx").stat().st_size
    # The real operations on the full year: fsync'd appends with every fill rule judged, then corrections.
    code = open_container(store, ACTOR, "900-041-49", "HW-STORE-9", today=today).code.text
    pack = store.db.execute_sql("SELECT code FROM battery ORDER BY code DESC LIMIT 1").fetchone()[0]
    latencies, events = [], []
    for _ in range(200):
        started = time.perf_counter()
        events.append(fill(store, ACTOR, FillRequest(code, "absorbents", "0.25", pack), today))
        latencies.append((time.perf_counter() - started) * 1000)
    r["fill_ms"] = (statistics.median(latencies), percentile(latencies, 95), max(latencies))
    started = time.perf_counter()
    correct(store, ACTOR, events[17].id, "bench: void of a fill in a container of 200 fills")
    r["void_recent_ms"] = (time.perf_counter() - started) * 1000
    old = store.db.execute_sql(
        "SELECT e.id FROM event e JOIN hazard_ledger l ON l.seq = e.seq WHERE l.kind = 'generation' "
        "AND l.on_date = ? ORDER BY e.seq LIMIT 1",
        (f"{YEAR}-06-02",),
    ).fetchone()[0]
    started = time.perf_counter()
    correct(store, ACTOR, old, "bench: void of a fill in a container handed out in June")
    r["void_old_ms"] = (time.perf_counter() - started) * 1000
    r["check_after_void"] = Counter(f.code for f in check_hazard(store.db, rules, today).findings)
    started = time.perf_counter()
    r["rebuild_events"] = rebuild(store.db)
    r["rebuild_s"] = time.perf_counter() - started
    return r


def machine() -> list[tuple[str, str]]:
    def first(path: str, prefix: str) -> str | None:
        with contextlib.suppress(OSError):
            for line in Path(path).read_text().splitlines():
                if line.startswith(prefix):
                    return line.split(":", 1)[1].strip()
        return None

    mem = first("/proc/meminfo", "MemTotal")
    cpu = first("/proc/cpuinfo", "model name") or platform.processor() or "unknown"
    ram = f"{int(mem.split()[0]) / 1024**2:.1f} GiB" if mem else "unknown"
    commit = subprocess.run(["git", "-C", str(ROOT), "log", "-1", "--format=%h"], capture_output=True, text=True)
    return [
        ("CPU", cpu),
        ("cores", str(os.cpu_count())),
        ("RAM", ram),
        ("OS", f"{platform.system()} {platform.release()}"),
        ("Python", platform.python_version()),
        ("SQLite", sqlite3.sqlite_version),
        ("load average (1, 5, 15 min) at the end", ", ".join(f"{x:.2f}" for x in os.getloadavg())),
        ("code", commit.stdout.strip() or "unknown"),
        ("date", datetime.now().astimezone().strftime("%Y-%m-%d %H:%M %Z")),
    ]


def section(size: Size, path: Path, build_s: float, counts: Counter[str], r: dict[str, Any]) -> str:
    def secs(key: str) -> str:
        median, worst = r[key]
        return f"{median:.3f} | {worst:.3f}"

    def judged(fmt: str) -> str:
        median, worst = r[f"{fmt}_and_check"]
        verdict = "met" if median <= TARGET_S else "MISSED"
        return (
            f"{fmt.upper()} ledger of the year + full check: {median:.3f} s (median; worst {worst:.3f}) — **{verdict}**"
        )

    ms = r["fill_ms"]
    lines = [
        "## Hazardous waste: a year of a busy site (`bench/hazard.py`)",
        "",
        f"One command: `.venv/bin/python bench/hazard.py`. The year is built afresh in **{build_s:.0f} s** "
        f"(`{path.relative_to(ROOT)}`): payloads shaped as the operations write them, recorded through "
        "`Store.record` (hash chain and projections) one working day per transaction.",
        "",
        "| event type | events |",
        "|---|---|",
        *(f"| {t} | {n:,} |" for t, n in counts.most_common()),
        "",
        f"{r['ledger_records']:,} ledger records, {r['container_count']:,} containers ({r['on_site']:,} still on site "
        f"at year end). Check on {YEAR}-12-31: {dict(r['check_findings']) or 'no findings'} "
        f"({'ok' if r['check_ok'] else 'errors'}).",
        "",
        "| reading the year (5 runs) | median s | worst s |",
        "|---|---|---|",
        f"| ledger rows, whole year | {secs('ledger_rows')} |",
        f"| `hazard ledger --format csv` (export, {r['csv_bytes'] / 1024**2:.1f} MiB) | {secs('ledger_csv')} |",
        f"| `hazard ledger --format xlsx` (export, {r['xlsx_bytes'] / 1024**2:.1f} MiB) | {secs('ledger_xlsx')} |",
        f"| mass balance (every container and code) | {secs('balance')} |",
        f"| `hazard check` (balance, consistency, storage time, lab follow-ups) | {secs('check')} |",
        f"| container list with states | {secs('containers')} |",
        f"| CSV ledger, then `hazard check` | {secs('csv_and_check')} |",
        f"| XLSX ledger, then `hazard check` | {secs('xlsx_and_check')} |",
        "",
        f"**Target: ledger and mass-balance check ≤ {TARGET_S:g} s.** {judged('csv')}; {judged('xlsx')}. "
        f"The XLSX is written by `station/xlsx.py` (shared strings, deflate level 1): "
        f"{r['ledger_xlsx'][0] / r['ledger_records'] * 1e6:.0f} µs a record of 20 cells, reading included "
        "(openpyxl's write-only mode took about 190 µs, 11 s for the year).",
        "",
        "| real operations on the full year | figure |",
        "|---|---|",
        f"| `fill` append (rules judged, fsync'd), 200 samples | p50 {ms[0]:.2f} ms, p95 {ms[1]:.2f} ms, "
        f"max {ms[2]:.2f} ms |",
        f"| void of a fill in a container of 200 fills (replays that container) | {r['void_recent_ms']:.1f} ms |",
        f"| void of a fill in a container handed out in June (replays it and its manifest's) | "
        f"{r['void_old_ms']:.1f} ms |",
        f"| rebuild of every projection ({r['rebuild_events']:,} events) | {r['rebuild_s']:.1f} s |",
        "",
        f"After the June void the check names the broken balance: {dict(r['check_after_void'])}.",
        "",
        "| machine | |",
        "|---|---|",
        *(f"| {k} | {v} |" for k, v in machine()),
    ]
    if size is not FULL:
        lines.insert(1, f"\n*Smoke run: {size.fills:,} fills, {size.transfers:,} transfers.*")
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--small", action="store_true", help="5,000 fills and 200 transfers; docs left alone")
    parser.add_argument("--no-doc", action="store_true", help="print the section, leave docs/benchmarks.md alone")
    args = parser.parse_args()
    size = SMALL if args.small else FULL
    OUT.mkdir(parents=True, exist_ok=True)
    path = OUT / ("hazard-year-small.sqlite3" if args.small else "hazard-year.sqlite3")
    print(f"building {path.relative_to(ROOT)}: {size.fills:,} fills, {size.transfers:,} transfers ...", flush=True)
    store, build_s, counts = build(path, size)
    try:
        assert counts["hazard.filled"] == size.fills and counts["hazard.transferred"] == size.transfers, counts
        results = measure(store, OUT)
    finally:
        store.close()
    body = section(size, path, build_s, counts, results)
    print(body)
    if not (args.small or args.no_doc):
        write_section("hazard", body)
        print(f"updated {DOC.relative_to(ROOT)} [hazard]")
    return 0


if __name__ == "__main__":
    sys.exit(main())
