"""The machine a benchmark runs on, and how busy other processes keep it while it measures.

Kept apart from common.py because none of it knows about the station: CPU, memory, disk, the code's commit, and
the CPU and disk use of everything else on the machine, read from /proc.
"""

from __future__ import annotations

import os
import platform
import sqlite3
import subprocess
import time
from datetime import datetime
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SCRATCH = REPO / "bench" / "out"  # where the databases live: the disk whose fsync we time


# ---- the machine ------------------------------------------------------------------------------------------


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def _ram() -> str:
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                return f"{int(line.split()[1]) / 1024**2:.1f} GiB"
    except OSError:
        pass
    return "unknown"


def _mount_of(path: Path) -> tuple[str, str]:
    """The block device and file system type of the mount holding ``path`` (longest matching mount point)."""
    path.mkdir(parents=True, exist_ok=True)
    best = ("?", "?", "")
    for line in Path("/proc/mounts").read_text().splitlines():
        device, mount, fstype = line.split()[:3]
        if str(path).startswith(mount) and len(mount) >= len(best[2]):
            best = (device, fstype, mount)
    return best[0], best[1]


def _disk(path: Path) -> str:
    """The disk holding ``path``: an fsync costs what this disk makes it cost."""
    device, fstype = _mount_of(path)
    st = os.statvfs(path)
    size = st.f_blocks * st.f_frsize / 1024**3
    rotational = Path(f"/sys/block/{Path(device).name}/queue/rotational")
    kind = f", queue/rotational={rotational.read_text().strip()}" if rotational.exists() else ""
    return f"{device} {fstype}, {size:.0f} GiB{kind}"


def _git_commit() -> str:
    try:
        out = subprocess.run(
            ["git", "-C", str(REPO), "log", "-1", "--format=%h"], capture_output=True, text=True, check=True
        )
        dirty = subprocess.run(
            ["git", "-C", str(REPO), "status", "--porcelain", "station"], capture_output=True, text=True
        )
        return out.stdout.strip() + (" + uncommitted changes in station/" if dirty.stdout.strip() else "")
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


# ---- other work on the machine ------------------------------------------------------------------------------
# The machine may be shared (tests, other jobs): every latency here is only honest next to how busy it was.


def _busy_jiffies() -> int:
    """CPU time spent busy by the whole machine since boot (all cores), from the first line of /proc/stat."""
    user, nice, system, _idle, _iowait, irq, softirq, steal = map(int, Path("/proc/stat").read_text().split()[1:9])
    return user + nice + system + irq + softirq + steal


def _own_jiffies() -> int:
    fields = Path("/proc/self/stat").read_text().rsplit(")", 1)[1].split()
    return int(fields[11]) + int(fields[12])  # utime, stime (fields 14 and 15 of proc(5))


def _others_waiting(seconds: float = 3.0) -> float:
    """Mean number of tasks other than this one that are runnable or blocked on I/O (an fsync competes too)."""
    samples = []
    for _ in range(int(seconds / 0.25)):
        stat = dict(line.split(maxsplit=1) for line in Path("/proc/stat").read_text().splitlines() if " " in line)
        samples.append(int(stat["procs_running"]) - 1 + int(stat["procs_blocked"]))
        time.sleep(0.25)
    return sum(samples) / len(samples)


def _disk_written(device: str) -> int:
    """Bytes written to ``device`` (e.g. vda) since boot, by everyone."""
    for line in Path("/proc/diskstats").read_text().splitlines():
        parts = line.split()
        if parts[2] == device:
            return int(parts[9]) * 512  # sectors written; diskstats sectors are always 512 bytes
    return 0


def _own_written() -> int:
    for line in Path("/proc/self/io").read_text().splitlines():
        if line.startswith("write_bytes:"):
            return int(line.split()[1])
    return 0


class _Meter:
    start: tuple[float, int, int, int, int] | None = None
    waited_s: float = 0.0


def begin_measuring(max_wait_s: float = 600.0) -> None:
    """Wait (up to ``max_wait_s``) until no other process wants the CPU or the disk, then start counting what
    others use while we measure: a shared machine is reported, not hidden."""
    start_meter(wait_for_quiet(max_wait_s))


def wait_for_quiet(max_wait_s: float = 600.0) -> float:
    """Wait (up to ``max_wait_s``, and at least one 3 s sample) for no other process wanting the CPU or the disk;
    the seconds waited. Apart from ``start_meter`` so that a benchmark can wait in one process and measure in a
    fresh one (a start-up time must not contain the wait)."""
    started = time.monotonic()
    while (busy := _others_waiting()) >= 0.3 and time.monotonic() - started < max_wait_s:
        print(f"  the machine is busy ({busy:.1f} other tasks running or in I/O): waiting to measure", flush=True)
        time.sleep(10)
    return time.monotonic() - started


def start_meter(waited_s: float = 0.0) -> None:
    """From now on, count the CPU and disk other processes use (``others_load``)."""
    _Meter.waited_s = waited_s
    device = _disk_device()
    _Meter.start = (time.monotonic(), _busy_jiffies(), _own_jiffies(), _disk_written(device), _own_written())


def others_load() -> list[tuple[str, str]]:
    """CPU share and disk writes of other processes since ``begin_measuring``."""
    if _Meter.start is None:
        return [("other processes while measuring", "not measured")]
    t0, busy0, own0, disk0, own_disk0 = _Meter.start
    elapsed = time.monotonic() - t0
    capacity = elapsed * os.sysconf("SC_CLK_TCK") * (os.cpu_count() or 1)
    cpu = max(0.0, ((_busy_jiffies() - busy0) - (_own_jiffies() - own0)) / capacity)
    written = max(0, (_disk_written(_disk_device()) - disk0) - (_own_written() - own_disk0)) / 1024**2
    return [
        (
            "other processes while measuring",
            f"{cpu:.0%} of all CPU cores, {written / elapsed:.1f} MiB/s written to the disk "
            f"(after waiting {_Meter.waited_s:.0f} s for a quiet machine)",
        )
    ]


def _disk_device() -> str:
    return Path(_mount_of(SCRATCH)[0]).name


def describe() -> list[tuple[str, str]]:
    return [
        ("CPU", _cpu_model()),
        ("cores", str(os.cpu_count())),
        ("RAM", _ram()),
        ("disk", _disk(SCRATCH)),
        ("OS", f"{platform.system()} {platform.release()}"),
        ("Python", platform.python_version()),
        ("SQLite", sqlite3.sqlite_version),
        ("code", _git_commit()),
        ("date", datetime.now().astimezone().strftime("%Y-%m-%d %H:%M %Z")),
        *others_load(),
    ]


def rss_mib() -> float:
    """Resident set size of this process, from /proc/self/statm (pages)."""
    resident = int(Path("/proc/self/statm").read_text().split()[1])
    return resident * os.sysconf("SC_PAGE_SIZE") / 1024**2
