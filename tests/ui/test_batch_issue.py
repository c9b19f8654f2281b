"""The day's certificates from the window: the real dialog follows the batch on the writer thread pack by pack,
words a refusal, and its button stops the batch between packs."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from station.documents.certificate.batch import packs_to_certify
from station.store.localtime import today as local_today
from station.store.store import Store
from tests.documents.certificates import identity
from tests.documents.test_batch import TEMPLATE, a_day
from ui.batch_issue import BatchIssue, BatchIssueDialog
from ui.tasks import TaskRunner


def test_the_dialog_follows_the_batch_to_its_end(qtbot, store: Store, tmp_path: Path):
    a_day(store)
    tasks = TaskRunner()
    batch = BatchIssue(store, tasks, lambda: "operator-5", identity(store), TEMPLATE)
    dialog = BatchIssueDialog(batch)
    qtbot.addWidget(dialog)
    steps = []
    batch.progressed.connect(lambda done, total, r: steps.append((done, total, r)))
    with qtbot.waitSignal(batch.finished, timeout=60000):
        batch.start(local_today(), tmp_path)
    assert [(d, t) for d, t, _ in steps] == [(1, 3), (2, 3), (3, 3)]
    assert (dialog.value(), dialog.maximum()) == (3, 3)
    assert dialog.labelText() == "2 issued, 1 not issued."
    dialog._progressed(*steps[1])  # what the dialog said when the blocked pack came by
    assert "not issued" in dialog.labelText() and "cannot be certified yet" in dialog.labelText()  # worded
    assert len(list(tmp_path.glob("*.pdf"))) == 2 and not batch.running
    row = store.db.execute_sql("SELECT actor FROM event WHERE type = 'certificate.issued' LIMIT 1").fetchone()
    assert row == ("operator-5",)
    tasks.wait()


def test_its_button_stops_the_batch_between_packs(qtbot, store: Store, tmp_path: Path):
    *_, third = a_day(store)
    tasks = TaskRunner()
    batch = BatchIssue(store, tasks, lambda: "operator-5", identity(store), TEMPLATE)
    dialog = BatchIssueDialog(batch)
    qtbot.addWidget(dialog)
    button = dialog.findChild(QPushButton)
    assert button.text() == "Stop after this pack"
    # Pressed right after the first pack: on the worker, so the stop lands before the second pack, every time.
    batch.progressed.connect(lambda *_: batch.cancel(), Qt.ConnectionType.DirectConnection)
    with qtbot.waitSignal(batch.finished, timeout=60000) as got:
        batch.start(local_today(), tmp_path)
    result = got.args[0]
    assert result.cancelled and len(result.results) == 1
    assert "Stopped" in dialog.labelText() and button.text() == "Close"
    assert third in packs_to_certify(store, local_today())  # left for the next run
    tasks.wait()


def test_the_button_is_what_stops_it(qtbot, store: Store):
    batch = BatchIssue(store, TaskRunner(), lambda: "operator-5", identity(store), TEMPLATE)
    dialog = BatchIssueDialog(batch)
    qtbot.addWidget(dialog)
    assert not batch._stop.is_set()
    qtbot.mouseClick(dialog.findChild(QPushButton), Qt.MouseButton.LeftButton)
    assert batch._stop.is_set()
