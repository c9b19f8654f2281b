"""The central server's section of docs/benchmarks.md, from the figures ``bench/server_ingest.py`` measured; written
between the server markers only (other benchmarks own the rest of the file)."""

from __future__ import annotations

import argparse
import os
import platform
import subprocess
from datetime import UTC, datetime
from pathlib import Path

from server_load import cpu_model

ROOT = Path(__file__).resolve().parent.parent


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
| CPU | {cpu_model()} |
| cores | {os.cpu_count()} |
| Python | {platform.python_version()} |
| PostgreSQL | {pg.get("server_version")} (shared_buffers {pg.get("shared_buffers")} × 8 kB) |
| code | {commit.strip()} |
| date | {datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")} |
| load average (1 min) before / after | {load_before:.2f} / {load_after:.2f} |

Run: `.venv/bin/python bench/server_ingest.py` (client, server and PostgreSQL share the machine's cores).
"""


