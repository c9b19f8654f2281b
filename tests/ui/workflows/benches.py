"""A bench for workflow-page tests: the test's store, a real task runner, and a logged-in operator."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from station.store.store import Store
from tests.ui.people import logged_in
from ui.tasks import TaskRunner
from ui.workflows.bench import Bench

ROOT = Path(__file__).resolve().parents[3]


def make_bench(store: Store, role: str = "technician", name: str = "Li Ming", **devices) -> Bench:
    """``devices``: feed=, scale=, printers=, remote=, recorded=, verify_url= as a bench would have them."""
    tasks = TaskRunner(QCoreApplication.instance())
    return Bench(store, tasks, logged_in(store, role=role, name=name), **devices)


def settle(qtbot, bench: Bench) -> None:
    """Wait until every background read and write has run and its answer reached the page."""
    bench.tasks.wait()
    qtbot.wait(20)  # the answers are queued back to the GUI thread
    bench.tasks.wait()
    qtbot.wait(20)


def crash_in(script: str, *args: str) -> None:
    """Run ``script`` (a bench that types part of a step) in a fresh interpreter that dies with exit status 9 the
    moment its draft is on disk, as a power cut would, and check that it did."""
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    done = subprocess.run([sys.executable, "-c", script, *args], env=env, timeout=60, capture_output=True)
    assert done.returncode == 9, done.stderr.decode()
