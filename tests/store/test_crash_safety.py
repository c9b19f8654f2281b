"""Kill a writer with SIGKILL at random moments, many times: nothing committed is lost, nothing half-written."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from station.store.integrity import verify
from station.store.store import Store

ROOT = Path(__file__).resolve().parents[2]
KILLS = int(os.environ.get("CRASH_KILLS", "200"))


@pytest.mark.slow
def test_sigkill_loses_no_committed_event(tmp_path: Path):
    path = tmp_path / "crash.sqlite3"
    Store.open(path, station_id="ST0001").close()
    rng = random.Random(20261124)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    committed: set[int] = set()
    serial = 1
    for _ in range(KILLS):
        child = subprocess.Popen(
            [sys.executable, "-m", "tests.store.crash_writer", str(path), str(serial)],
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        assert child.stdout is not None
        # Wait for the first commit, then kill at a random moment within the next stretch of appends.
        first = child.stdout.readline()
        assert first, child.stderr.read().decode() if child.stderr else ""
        time.sleep(rng.uniform(0, 0.03))
        child.send_signal(signal.SIGKILL)
        out = first + child.stdout.read()
        child.wait()
        seqs = [int(x) for x in out.split()]
        committed.update(seqs)
        serial += 100_000  # each run receives fresh codes
        store = Store.open(path)
        stored = {r[0] for r in store.db.execute_sql("SELECT seq FROM event")}
        missing = committed - stored
        assert not missing, f"committed events lost: {sorted(missing)[:5]}"
        # no partial event: every stored intake has its battery row, and the chain verifies
        orphans = store.db.execute_sql(
            "SELECT COUNT(*) FROM event e WHERE e.type = 'battery.received' "
            "AND NOT EXISTS (SELECT 1 FROM battery b WHERE b.received_seq = e.seq)"
        ).fetchone()[0]
        assert orphans == 0
        report = verify(store.db, store.station_id, check_projections=False)
        assert report.chain is None, report.chain
        store.close()
    store = Store.open(path)
    assert verify(store.db, store.station_id).ok  # and the projections equal a rebuild, once at the end
    assert len(committed) >= KILLS
    store.close()
