"""A bench for workflow-page tests: the test's store, a real task runner, and a logged-in operator."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from station.store.store import Store
from tests.ui.people import logged_in
from ui.tasks import TaskRunner
from ui.workflows.bench import Bench


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
