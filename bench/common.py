"""Shared bits of the benchmarks: sizes, paths, database copies, percentiles and the docs/benchmarks.md sections.

Every figure in docs/benchmarks.md is only meaningful next to the machine that produced it, so each section
carries its own machine table: sections are re-run one at a time and may come from different days.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import re
import shutil
import sys
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import host

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out"  # git-ignored: cached databases and scratch copies
DOC = ROOT / "docs" / "benchmarks.md"

# The scripts run as `.venv/bin/python bench/x.py`: make `station` and `bench` importable from the checkout.
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

DOC_TITLE = """# Benchmarks

Figures from the scripts in `bench/`, each run by one command on the machine named in its section.
"""

INTRO = """## Foundation: 1,000,000 batteries and 5,000,000 events

The big database is built once by `bench/seed.py` and cached in `bench/out/` (git-ignored); every other script
builds it first when it is missing. `--small` runs the same code on 20,000 batteries / 100,000 events in
seconds (a smoke test that writes to `bench/out/benchmarks-small.md`, never here). Each script first waits up to
ten minutes for the machine to be quiet and then reports, beside its figures, how much CPU and disk the other
processes used while it measured: on a shared machine a latency means little without that.

```
.venv/bin/python bench/seed.py        # build the cached big database (--force to rebuild it)
.venv/bin/python bench/check_code.py  # check-code latency
.venv/bin/python bench/append.py      # intake append latency, and a bare SQLite commit as baseline
.venv/bin/python bench/rebuild.py     # rebuild of every projection from the log, with RSS samples
```
"""


@dataclass(frozen=True)
class Size:
    name: str
    batteries: int  # packs and their modules (4 per pack)
    events: int  # the log is topped up with refused scans to reach this many events

    @property
    def db_path(self) -> Path:
        return OUT / f"{self.name}.sqlite3"


FULL = Size("big-1m", batteries=1_000_000, events=5_000_000)
SMALL = Size("small-20k", batteries=20_000, events=100_000)


def parse_args(description: str, extra: Sequence[tuple[str, dict]] = ()) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--small", action="store_true", help="20,000 batteries / 100,000 events: a smoke run")
    parser.add_argument("--no-doc", action="store_true", help="print the results, leave docs/benchmarks.md alone")
    for flag, options in extra:
        parser.add_argument(flag, **options)
    args = parser.parse_args()
    args.size = SMALL if args.small else FULL
    return args


def machine() -> list[tuple[str, str]]:
    return host.describe()


# ---- database files -----------------------------------------------------------------------------------------


def sidecars(path: Path) -> list[Path]:
    return [path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")]


def remove_database(path: Path) -> None:
    for p in sidecars(path):
        p.unlink(missing_ok=True)


def copy_database(src: Path, dst: Path) -> float:
    """Copy a closed database with its WAL files; returns the seconds it took.

    The copy is fsynced before anything is timed on it: otherwise gigabytes of dirty pages are still waiting
    for write-back, and the first fsync of the file (a WAL checkpoint inside an append) pays for all of them.
    """
    start = time.perf_counter()
    remove_database(dst)
    for s, d in zip(sidecars(src), sidecars(dst), strict=True):
        if s.exists():
            shutil.copyfile(s, d)
            fd = os.open(d, os.O_RDONLY)
            try:
                os.fsync(fd)
            finally:
                os.close(fd)
    return time.perf_counter() - start


# ---- numbers -----------------------------------------------------------------------------------------------


def percentile(values: Sequence[float], p: float) -> float:
    """Linear interpolation between closest ranks (numpy's default), on an unsorted sample."""
    if not values:
        return math.nan
    ordered = sorted(values)
    rank = (len(ordered) - 1) * p / 100
    low = math.floor(rank)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (rank - low)


def latency_row(label: str, ms: Sequence[float], target: float | None = None) -> list[str]:
    """One table row: n, mean, p50, p95, p99, max in milliseconds, and the p95 against its target."""
    p95 = percentile(ms, 95)
    verdict = "" if target is None else ("met" if p95 <= target else "MISSED") + f" (≤ {target:g} ms)"
    stats = [sum(ms) / len(ms), percentile(ms, 50), p95, percentile(ms, 99), max(ms)]
    return [label, f"{len(ms):,}", *(f"{v:.3f}" for v in stats), verdict]


LATENCY_HEADERS = ["", "n", "mean ms", "p50 ms", "p95 ms", "p99 ms", "max ms", "p95 vs target"]


# ---- markdown ----------------------------------------------------------------------------------------------


def table(headers: Sequence[str], rows: Iterable[Sequence[object]]) -> str:
    lines = ["| " + " | ".join(headers) + " |", "|" + "|".join("---" for _ in headers) + "|"]
    lines += ["| " + " | ".join(str(c) for c in row) + " |" for row in rows]
    return "\n".join(lines)


def machine_table(rows: Sequence[Sequence[str]] | None = None) -> str:
    return table(["machine", ""], rows or machine())


# Our sections, in the order they appear; a missing one goes right after the last of ours before it, so the
# foundation's sections stay together whatever other benchmarks share the file.
SECTIONS = ("intro", "summary", "seed", "check_code", "append", "rebuild")


def update_section(name: str, body: str, size: Size) -> None:
    """Replace (or insert) the section between this script's markers, leaving every other section as it is.

    Smoke runs (--small) write to bench/out/benchmarks-small.md, so they exercise this path without ever
    overwriting the real figures in docs/.
    """
    doc = _doc(size)
    text = doc.read_text(encoding="utf-8") if doc.exists() else DOC_TITLE
    block = f"{_start(name)}\n{body.strip()}\n{_end(name)}"
    pattern = re.compile(re.escape(_start(name)) + r".*?" + re.escape(_end(name)), re.DOTALL)
    if pattern.search(text):
        text = pattern.sub(lambda _m: block, text)
    else:
        before = [_end(n) for n in SECTIONS[: SECTIONS.index(name)] if _end(n) in text]
        if before:
            at = text.index(before[-1]) + len(before[-1])
        else:  # ours come first, after the title, before any other benchmark's section
            other = text.find("<!-- ")
            at = len(text.rstrip()) if other < 0 else other
        text = text[:at].rstrip() + "\n\n" + block + "\n\n" + text[at:].lstrip()
    doc.write_text(text.rstrip() + "\n", encoding="utf-8")
    print(f"updated {doc.relative_to(ROOT)} [{name}]")


def publish(
    name: str,
    body: str,
    size: Size,
    summary: Sequence[tuple[str, str, str]],
    measured_on: Sequence[Sequence[str]] | None = None,
) -> None:
    """Write this script's section, and its lines of the summary: (what, target, measured with verdict).

    ``measured_on`` is the machine table of the run the figures come from (default: this run's).
    """
    about = dict(measured_on or machine())
    results = OUT / f"summary-{size.name}.json"
    known = json.loads(results.read_text()) if results.exists() else {}
    load = about.get("other processes while measuring", "not measured").split(" (")[0]
    known[name] = [[*row, about["date"], load] for row in summary]
    results.write_text(json.dumps(known, ensure_ascii=False, indent=1))
    rows = [row for n in SECTIONS if n in known for row in known[n]]
    table_md = table(["measure", "target", "measured", "run", "other processes meanwhile"], rows)
    update_section("intro", INTRO, size)
    update_section("summary", "### Summary\n\n" + table_md, size)
    update_section(name, body, size)


def _doc(size: Size) -> Path:
    return DOC if size is FULL else OUT / "benchmarks-small.md"


def _start(name: str) -> str:
    return f"<!-- bench:{name}:start -->"


def _end(name: str) -> str:
    return f"<!-- bench:{name}:end -->"
