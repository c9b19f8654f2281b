"""What ``bench/server_ingest.py`` pushes and how it watches: intake events as a station writes them, chained as a
station chains them, and the CPU time and memory of the server's and PostgreSQL's processes (from /proc)."""

from __future__ import annotations

import os
import platform
import sys
import threading
import time
import uuid
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as `python bench/server_ingest.py`: the checkout's packages
    sys.path.insert(0, str(ROOT))

from station.codes import encode_date  # noqa: E402
from station.store.events import GENESIS_HASH, event_hash  # noqa: E402
from tests.server.live import ProcessServer  # noqa: E402
from tests.server.pg import Cluster  # noqa: E402

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
        "ruleset": {"sha256": "0" * 64, "version": "builtin-4"},
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


def server_pids(server: ProcessServer) -> list[int]:
    assert server.process is not None
    return [server.process.pid, *server.children()]


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


def cpu_model() -> str:
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            return line.split(":", 1)[1].strip()
    return platform.processor() or "unknown"
