"""check-code latency: one scan judged with the full rule set against the big database, in-process.

Target (issue): p95 <= 5 ms per scan on 1,000,000 batteries / 5,000,000 events. Each scan is
``station.operations.scanning.check(store, ScanRequest(payload, context, parent), today)``, exactly what intake,
dismantling and the ``check-code`` command call, on a mix of what a bench sees: codes already on record
(rejected as duplicates), new codes, codes under lists (directly or through their pack), child-context scans
into open, closed and own packs, and labels with a look-alike letter.
"""

from __future__ import annotations

import random
import time
from collections import Counter, defaultdict
from collections.abc import Callable

import common
import host
import seed
from seed import FAMILIES
from templates import Family, lookalike

from station.codes import read_code
from station.operations.scanning import check
from station.rules.verdict import Context, ScanRequest
from station.store.localtime import today as local_today
from station.store.store import Store

TARGET_MS = 5.0
RNG_SEED = 20261124
NEW_SERIALS = 6_000_000  # above every serial the seed used for bulk packs and modules
UNKNOWN_MAKER = Family("0AB", "B")  # not in the rule set's makers: a warning, still accepted

# (category, share of the mix)
MIX = (
    ("intake: pack on record", 0.10),
    ("intake: pack with an open reporting duty", 0.05),
    ("intake: module on record", 0.10),
    ("intake: new code", 0.20),
    ("intake: new code, unknown maker", 0.05),
    ("intake: new code on a list", 0.05),
    ("intake: recorded pack under recall", 0.05),
    ("intake: module of a recalled pack", 0.05),
    ("child: new module into open pack", 0.15),
    ("child: module again into its pack", 0.10),
    ("child: new module into dismantled pack", 0.05),
    ("intake: look-alike letter", 0.05),
)

Scan = tuple[str, ScanRequest]


def sample_records(store: Store, rng: random.Random) -> dict[str, list[tuple[str, str | None]]]:
    """Recorded batteries by kind and status, and the listed codes; an even spread of about 30,000 rows is read
    once (every n-th rowid) rather than sorting a million rows at random."""
    total = store.db.execute_sql("SELECT MAX(rowid) FROM battery").fetchone()[0]
    step = max(1, total // 30_000)
    rows = store.db.execute_sql(
        "SELECT code, kind, status, parent_code FROM battery WHERE rowid % ? = 0", (step,)
    ).fetchall()
    groups: dict[str, list[tuple[str, str | None]]] = defaultdict(list)
    for code, kind, status, parent in rows:
        groups[f"{kind}:{status}"].append((code, parent))
    # Packs whose intake is not yet reported: the deadline rule computes their due date on every scan.
    duties = store.db.execute_sql(
        "SELECT subject FROM duty WHERE reported_seq IS NULL AND event_seq % ? = 0", (max(1, step // 10),)
    ).fetchall()
    groups["duty:open"] = [(code, None) for (code,) in duties]
    for code, entry in sorted(store.ruleset().lists.items()):  # sorted: the same mix on every run
        on_record = store.db.execute_sql("SELECT 1 FROM battery WHERE code = ?", (code,)).fetchone()
        groups["listed:recorded" if on_record and entry.kind == "recall" else "listed:new"].append((code, None))
    for pack, _ in rng.sample(groups["listed:recorded"], min(200, len(groups["listed:recorded"]))):
        children = store.db.execute_sql("SELECT child FROM link WHERE parent = ?", (pack,)).fetchall()
        groups["listed:module"] += [(child, pack) for (child,) in children]
    return groups


class MixBuilder:
    """Turns the mix's categories into scan requests: recorded codes from the database, new ones made up."""

    def __init__(self, store: Store, rng: random.Random) -> None:
        self.rng = rng
        self.groups = sample_records(store, rng)
        self.serials = iter(range(NEW_SERIALS, NEW_SERIALS + 1_000_000))
        self.makers: dict[str, Callable[[], ScanRequest]] = {
            "intake: pack on record": lambda: intake(self.pick("P:dismantled")[0]),
            "intake: pack with an open reporting duty": lambda: intake(self.pick("duty:open")[0]),
            "intake: module on record": lambda: intake(self.pick("M:in_store")[0]),
            "intake: new code": lambda: intake(self.new(rng.choice(FAMILIES))),
            "intake: new code, unknown maker": lambda: intake(self.new(UNKNOWN_MAKER)),
            "intake: new code on a list": lambda: intake(self.pick("listed:new")[0]),
            "intake: recorded pack under recall": lambda: intake(self.pick("listed:recorded")[0]),
            "intake: module of a recalled pack": lambda: intake(self.pick("listed:module")[0]),
            "child: new module into open pack": lambda: self.into(self.pick("P:dismantling")[0]),
            "child: module again into its pack": lambda: child(*self.pick("M:in_store")),
            "child: new module into dismantled pack": lambda: self.into(self.pick("P:dismantled")[0]),
            "intake: look-alike letter": lambda: intake(lookalike(self.new(rng.choice(FAMILIES)))),
        }

    def pick(self, group: str) -> tuple[str, str | None]:
        return self.rng.choice(self.groups[group])

    def new(self, family: Family, kind: str = "P") -> str:
        serial = next(self.serials)
        return family.pack(serial) if kind == "P" else family.module(serial)

    def into(self, pack: str) -> ScanRequest:
        """A fresh module of the pack's own maker and chemistry, so only the pack's state decides."""
        family = next(f for f in FAMILIES if pack.startswith(f.maker))
        return child(self.new(family, "M"), pack)

    def build(self, n: int) -> list[Scan]:
        scans = [(name, self.makers[name]()) for name, share in MIX for _ in range(round(n * share))]
        self.rng.shuffle(scans)
        return scans


def intake(payload: str) -> ScanRequest:
    return ScanRequest(payload, Context.INTAKE)


def child(payload: str, parent: str | None) -> ScanRequest:
    return ScanRequest(payload, Context.CHILD, parent_code=parent)


def run(store: Store, scans: list[Scan]) -> tuple[dict[str, list[float]], dict[str, Counter[str]]]:
    today = local_today()
    times: dict[str, list[float]] = defaultdict(list)
    outcomes: dict[str, Counter[str]] = defaultdict(Counter)
    for name, request in scans:
        start = time.perf_counter_ns()
        verdict = check(store, request, today)
        times[name].append((time.perf_counter_ns() - start) / 1e6)
        outcomes[name][verdict.outcome.value] += 1
    return times, outcomes


def breakdown(store: Store, scans: list[Scan]) -> list[tuple[str, float]]:
    """Mean cost of the parts every scan pays, measured alone: where the milliseconds go."""
    today, rules = local_today(), store.ruleset()
    parts: list[tuple[str, float]] = []
    for label, fn in (
        ("Store.ruleset() (reads the rule set row)", lambda _r: store.ruleset()),
        ("read_code() (decode only)", lambda r: read_code(r.payload, rules.code_tables, today)),
    ):
        start = time.perf_counter()
        for _name, request in scans:
            fn(request)
        parts.append((label, (time.perf_counter() - start) * 1000 / len(scans)))
    return parts


def main() -> None:
    args = common.parse_args(__doc__.splitlines()[0])
    seed.ensure(args.size)
    n = 2_000 if args.small else 20_000
    store = Store.open(args.size.db_path)
    mix = MixBuilder(store, random.Random(RNG_SEED))
    warmup, scans = mix.build(200), mix.build(n)  # made before any timing: sampling reads the whole table
    store.close()
    host.begin_measuring(0 if args.small else 600)
    # Reopen so the first scans meet an empty SQLite page cache, as after a start of the station.
    store = Store.open(args.size.db_path)
    cold, _ = run(store, warmup[:100])
    run(store, warmup[100:])
    times, outcomes = run(store, scans)
    parts = breakdown(store, scans)
    listed = len(store.ruleset().lists)
    store.close()

    everything = _flat(times)
    p95 = common.percentile(everything, 95)
    rows = [common.latency_row("**all scans**", everything, TARGET_MS)]
    rows += [common.latency_row(name, times[name]) for name, _ in MIX]
    rows.append(common.latency_row("first 100 scans after opening (not in the figures above)", _flat(cold)))
    outcome_rows = [(name, ", ".join(f"{k} {v:,}" for k, v in sorted(outcomes[name].items()))) for name, _ in MIX]
    body = "\n\n".join(
        [
            "## check-code latency (`bench/check_code.py`)",
            f"**p95 {p95:.2f} ms per scan** (target ≤ {TARGET_MS:g} ms: {'met' if p95 <= TARGET_MS else 'MISSED'}); "
            f"{len(everything):,} scans in-process on `{args.size.db_path.name}` with the full rule set "
            f"({listed:,} list entries), after 200 warm-up scans. Each scan is "
            "`scanning.check(store, ScanRequest(payload, context, parent), today)`.",
            common.table(common.LATENCY_HEADERS, rows),
            "Outcomes per category (the mix hits the rules it is meant to):",
            common.table(["category", "outcomes"], outcome_rows),
            "Mean cost of parts every scan pays, measured alone over the same scans:",
            common.table(["part", "mean ms"], [(label, f"{ms:.3f}") for label, ms in parts]),
            common.machine_table(),
        ]
    )
    print(body)
    if not args.no_doc:
        verdict = "met" if p95 <= TARGET_MS else "MISSED"
        summary = [("check-code p95 per scan, in-process", f"≤ {TARGET_MS:g} ms", f"**{p95:.2f} ms** ({verdict})")]
        common.publish("check_code", body, args.size, summary)


def _flat(times: dict[str, list[float]]) -> list[float]:
    return [t for ts in times.values() for t in ts]


if __name__ == "__main__":
    main()
