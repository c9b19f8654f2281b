"""The Work tab in the window: scans go to the chosen workflow while it is shown, to the scan screen otherwise,
and to the lock screen while locked; every workflow fits a 1366×768 screen."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QWidget

from tests.conftest import make_code
from tests.ui.people import logged_in
from ui.i18n import Translations
from ui.main_window import MainWindow
from ui.tasks import TaskRunner
from ui.workflows.catalogue import PAGES
from ui.workflows.intake_page import IntakePage

CODE = make_code("P", serial=31)


def window_for(qtbot, store, role="technician"):
    tasks = TaskRunner()
    session = logged_in(store, role=role, name="Li Ming")
    window = MainWindow(store, tasks, Translations(QCoreApplication.instance()), session)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    return window, tasks, session


def test_scans_follow_the_tab_and_the_chosen_workflow(qtbot, store):
    window, tasks, session = window_for(qtbot, store)
    intake = window.work.page(IntakePage)
    window.scan.scanner_input(CODE)  # the Scan tab is shown: judged there
    qtbot.waitUntil(lambda: window.scan.banner.outcome is not None, timeout=5000)
    assert intake.code.text() == ""

    window.tabs.setCurrentWidget(window.work)
    window.scan.scanner_input(make_code("P", serial=32))
    assert intake.code.text() == make_code("P", serial=32)

    session.lock()
    window.scan.scanner_input(make_code("P", serial=33))  # locked: a label is not a badge, and nothing is typed
    assert intake.code.text() == make_code("P", serial=32)
    assert window.pages.currentWidget() is window.login
    tasks.wait()


def test_alt_and_a_number_chooses_a_workflow(qtbot, store):
    window, tasks, _ = window_for(qtbot, store)
    window.tabs.setCurrentWidget(window.work)
    window.work.steps.setCurrentRow(len(PAGES) - 1)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)  # shortcuts reach the active window only
    qtbot.keyClick(window.work.steps, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)
    assert window.work.current() is window.work.page(IntakePage)
    assert window.work.steps.item(0).text().startswith("1  ")
    tasks.wait()


def test_every_workflow_fits_a_1366_by_768_screen(qtbot, store):
    window, tasks, _ = window_for(qtbot, store)
    window.tabs.setCurrentWidget(window.work)
    for row, page in enumerate(window.work.pages):
        window.work.steps.setCurrentRow(row)
        qtbot.wait(10)
        hint = window.minimumSizeHint()
        # 768 less a taskbar and the window's title bar
        assert hint.width() <= 1366 and hint.height() <= 700, (type(page).__name__, hint)
    tasks.wait()


def test_every_button_of_every_workflow_is_a_touch_target(qtbot, store):
    from PySide6.QtWidgets import QPushButton

    window, tasks, _ = window_for(qtbot, store)
    window.tabs.setCurrentWidget(window.work)
    for row, page in enumerate(window.work.pages):
        window.work.steps.setCurrentRow(row)
        qtbot.wait(10)
        small = [b.text() for b in page.findChildren(QPushButton) if b.isVisible() and b.height() < 40]
        assert not small, (type(page).__name__, small)
    tasks.wait()


def test_every_control_of_every_workflow_is_reached_by_the_keyboard(qtbot, store):
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QAbstractSpinBox,
        QComboBox,
        QHeaderView,
        QLineEdit,
    )

    window, tasks, _ = window_for(qtbot, store)
    window.tabs.setCurrentWidget(window.work)
    kinds = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QAbstractItemView)
    for row, page in enumerate(window.work.pages):
        window.work.steps.setCurrentRow(row)
        qtbot.wait(10)
        unreachable = [
            f"{type(w).__name__} {getattr(w, 'text', lambda: '')()}"
            for w in page.findChildren(QWidget)
            if isinstance(w, kinds)
            and w.isVisible()
            and not (w.focusPolicy() & Qt.FocusPolicy.TabFocus)
            and not isinstance(w, QHeaderView)  # a table's header: the table itself takes the focus
            and not isinstance(w.parent(), QAbstractSpinBox | QComboBox)  # a spin box's own line edit
        ]
        assert not unreachable, (type(page).__name__, unreachable)
    tasks.wait()
