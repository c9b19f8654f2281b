"""Background work: results reach the GUI thread, in order for writes, and a result for a widget deleted while its
read was on a worker is dropped instead of raising from inside Qt."""

from __future__ import annotations

import threading

from PySide6.QtWidgets import QLabel

from ui.tasks import TaskRunner


def test_writes_run_in_order_and_results_come_back_on_the_gui_thread(qtbot):
    tasks = TaskRunner()
    seen, threads = [], []
    gui = threading.get_ident()
    for n in range(5):
        tasks.write(lambda n=n: (threads.append(threading.get_ident()), n)[1], seen.append, lambda exc: None)
    qtbot.waitUntil(lambda: len(seen) == 5)
    assert seen == [0, 1, 2, 3, 4]
    assert gui not in threads


def test_a_result_for_a_deleted_widget_is_dropped(qtbot):
    tasks = TaskRunner()
    label = QLabel()
    gate = threading.Event()
    errors = []
    tasks.read(lambda: gate.wait(5) and "late answer", label.setText, errors.append)
    label.deleteLater()
    qtbot.waitUntil(lambda: not _valid(label))
    gate.set()
    tasks.wait()
    qtbot.wait(50)  # let the queued result arrive; it must not raise
    assert errors == []


def test_an_error_reaches_the_error_callback(qtbot):
    tasks = TaskRunner()
    errors = []
    tasks.read(lambda: 1 / 0, lambda _: None, errors.append)
    qtbot.waitUntil(lambda: bool(errors))
    assert isinstance(errors[0], ZeroDivisionError)


def _valid(obj) -> bool:
    import shiboken6

    return shiboken6.isValid(obj)
