"""The day's certificates from the window: the real dialog follows the batch on the writer thread pack by pack,
words a refusal, and its button stops the batch between packs."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from hardware.printers.service import PrintService
from station.documents.certificate.batch import packs_to_certify
from station.settings import Settings
from station.store.localtime import today as local_today
from station.store.store import Store
from tests.documents.certificates import identity
from tests.documents.listener import RawListener, free_port
from tests.documents.test_batch import TEMPLATE, a_day
from tests.ui.people import logged_in
from ui.batch_issue import BatchIssue, BatchIssueDialog
from ui.printing import printer_for
from ui.tasks import TaskRunner


def test_the_dialog_follows_the_batch_to_its_end(qtbot, store: Store, tmp_path: Path):
    a_day(store)
    tasks = TaskRunner()
    batch = BatchIssue(store, tasks, lambda: "operator-5", identity(store), TEMPLATE)
    dialog = BatchIssueDialog(batch)
    qtbot.addWidget(dialog)
    steps = []
    batch.progressed.connect(lambda done, total, r, printing: steps.append((done, total, r, printing)))
    with qtbot.waitSignal(batch.finished, timeout=60000):
        batch.start(local_today(), tmp_path)
    assert [(d, t, p) for d, t, _, p in steps] == [(1, 3, None), (2, 3, None), (3, 3, None)]  # no printer set
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


def test_each_certificate_is_printed_as_it_is_issued(qtbot, store: Store, tmp_path: Path):
    a_day(store)
    printer = RawListener()  # a real TCP listener, as a port-9100 printer
    try:
        tasks = TaskRunner()
        printing = PrintService({"certificate": printer_for(f"socket://127.0.0.1:{printer.port}")}, tmp_path / "spool")
        batch = BatchIssue(store, tasks, lambda: "op", identity(store), TEMPLATE, printing=printing)
        dialog = BatchIssueDialog(batch)
        qtbot.addWidget(dialog)
        steps = []
        batch.progressed.connect(lambda d, t, r, p: steps.append((r, p)))
        with qtbot.waitSignal(batch.finished, timeout=60000):
            batch.start(local_today(), tmp_path / "out")
        tasks.wait()
        issued = [(r, p) for r, p in steps if r.number]
        assert len(issued) == 2 and all(p == "" for _, p in issued)
        assert printer.wait_for(2) == [r.file.read_bytes() for r, _ in issued]  # the PDFs, byte for byte, in order
        assert printing.pending() == []
        dialog._progressed(1, 3, *issued[0])
        assert dialog.labelText().endswith("(printed)")
    finally:
        printer.close()


def test_a_failed_print_is_said_and_kept(qtbot, store: Store, tmp_path: Path):
    a_day(store)
    tasks = TaskRunner()
    printing = PrintService({"certificate": printer_for(f"socket://127.0.0.1:{free_port()}")}, tmp_path / "spool")
    batch = BatchIssue(store, tasks, lambda: "op", identity(store), TEMPLATE, printing=printing)
    dialog = BatchIssueDialog(batch)
    qtbot.addWidget(dialog)
    steps = []
    batch.progressed.connect(lambda d, t, r, p: steps.append((r, p)))
    with qtbot.waitSignal(batch.finished, timeout=60000):
        batch.start(local_today(), tmp_path / "out")
    tasks.wait()
    issued = [(r, p) for r, p in steps if r.number]
    assert len(issued) == 2 and {p for _, p in issued} <= {"printer_refused", "printer_unreachable"}
    assert len(printing.pending("certificate")) == 2  # nothing lost: both wait in the spool
    dialog._progressed(1, 3, *issued[0])
    assert "not printed" in dialog.labelText() and "waits for a retry" in dialog.labelText()


def test_the_window_menu_issues_the_day_into_the_documents_folder(qtbot, store: Store, tmp_path: Path, monkeypatch):
    from PySide6.QtCore import QCoreApplication

    from ui.app import batch_issue, print_service
    from ui.i18n import Translations
    from ui.main_window import MainWindow

    monkeypatch.setenv("XDG_DOCUMENTS_DIR", str(tmp_path / "docs"))
    a_day(store)
    tasks = TaskRunner()
    session = logged_in(store)
    window = MainWindow(store, tasks, Translations(QCoreApplication.instance()), session)
    qtbot.addWidget(window)
    assert not window.batch_action.isEnabled()
    window.set_batch_issue(batch_issue(store, tasks, session.actor, window, print_service(Settings(None), store)))
    assert window.batch_action.isEnabled() and window.batch_action.text() == "Issue the day's certificates…"
    window.batch_action.trigger()
    folder = tmp_path / "docs" / "Trace Station" / "certificates" / local_today().isoformat()
    qtbot.waitUntil(lambda: len(list(folder.glob("*.pdf"))) == 2, timeout=60000)
    dialog = window.findChild(BatchIssueDialog)
    qtbot.waitUntil(lambda: dialog.labelText() == "2 issued, 1 not issued.", timeout=30000)
    tasks.wait()
