"""The lock screen and the session: the first administrator, badge and PIN log-in, the idle lock, and every record
made in the window carrying the operator who was logged in."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QCoreApplication, Qt

from station import operators as ops
from station.store.store import Store
from tests.conftest import make_code
from ui.i18n import Translations
from ui.login import FIRST_RUN_ACTOR
from ui.main_window import MainWindow
from ui.session import Session
from ui.tasks import TaskRunner


def window_for(qtbot, store: Store, session: Session) -> tuple[MainWindow, TaskRunner]:
    tasks = TaskRunner()
    window = MainWindow(store, tasks, Translations(QCoreApplication.instance()), session)
    qtbot.addWidget(window)
    window.show()
    return window, tasks


def actors(store: Store, kind: str) -> list[str]:
    return [r[0] for r in store.db.execute_sql("SELECT actor FROM event WHERE type = ? ORDER BY seq", (kind,))]


def test_a_new_station_creates_its_first_administrator_and_records_as_them(qtbot, store: Store):
    session = Session(timedelta(0))
    window, tasks = window_for(qtbot, store, session)
    login = window.login
    qtbot.waitUntil(lambda: login.first_run)
    assert window.pages.currentWidget() is login and login.title.text() == "Welcome to Trace Station"
    assert not window._documents_menu.menuAction().isEnabled()
    login.new_name.setText("Wang Fang")
    qtbot.keyClicks(login.new_pin, "2580")
    qtbot.keyClicks(login.new_pin_again, "2581")
    login.create_button.click()
    assert login.problem.text() == "The two PINs differ. Enter the same PIN twice."
    login.new_pin_again.clear()
    qtbot.keyClicks(login.new_pin_again, "2580")
    login.badge_input("BADGE-0001\r")  # a scan while creating: taken as the new operator's badge
    assert login.new_badge.text() == "BADGE-0001"
    qtbot.keyClick(login.new_pin_again, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: session.operator is not None, timeout=10000)
    assert session.operator.role == "administrator" and session.operator.name == "Wang Fang"
    assert window.pages.currentWidget() is window.tabs
    assert window.operator_label.text() == "Wang Fang (administrator)"
    assert actors(store, "operator.added") == [FIRST_RUN_ACTOR]

    window.scan.handle_scan(make_code("P", 11))  # an intake, recorded as the operator logged in
    qtbot.waitUntil(lambda: actors(store, "battery.received") != [], timeout=10000)
    assert actors(store, "battery.received") == [session.operator.actor]
    tasks.wait()


def test_a_weak_first_pin_is_refused_in_words(qtbot, store: Store):
    session = Session(timedelta(0))
    window, tasks = window_for(qtbot, store, session)
    qtbot.waitUntil(lambda: window.login.first_run)
    window.login.new_name.setText("Wang Fang")
    for field in (window.login.new_pin, window.login.new_pin_again):
        qtbot.keyClicks(field, "1234")
    window.login.create_button.click()
    qtbot.waitUntil(lambda: window.login.problem.text() != "", timeout=10000)
    assert window.login.problem.text().startswith("This PIN is too easy to guess")
    assert session.operator is None and ops.operators(store) == []
    tasks.wait()


def test_badge_and_pin_log_in_and_the_lock_diverts_every_scan(qtbot, store: Store):
    admin = ops.add_operator(store, "tester", "Wang Fang", "administrator", "2580")
    tech = ops.add_operator(store, admin.actor, "Li Lei", "technician", "7391", badge="BADGE-7")
    session = Session(timedelta(0))
    window, tasks = window_for(qtbot, store, session)
    login = window.login
    qtbot.waitUntil(lambda: login.name.count() == 2)
    assert not login.first_run and login.title.text() == "Station locked"

    # A battery label scanned while locked is no intake: it is taken as a badge, and said to be none.
    pack = make_code("P", 12)
    window.scan.scanner_input(pack)
    qtbot.waitUntil(lambda: login.problem.text() != "", timeout=10000)
    assert login.problem.text() == "That is a battery label, not a badge: nothing was recorded. Log in first."
    assert actors(store, "battery.received") == []
    window.scan.scanner_input("BADGE-404")
    qtbot.waitUntil(lambda: login.problem.text() == "This badge belongs to no operator of this station.", timeout=10000)

    window.scan.scanner_input("BADGE-7")
    qtbot.waitUntil(lambda: session.operator == tech, timeout=10000)
    assert window.operator_label.text() == "Li Lei (technician)"
    window.lock_action.trigger()
    assert session.operator is None and window.pages.currentWidget() is login

    login.name.setCurrentText("Wang Fang")
    qtbot.keyClicks(login.pin, "9999")
    qtbot.keyClick(login.pin, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: login.problem.text() == "Wrong name or PIN.", timeout=10000)
    assert login.pin.text() == ""  # never left in the field
    qtbot.keyClicks(login.pin, "2580")
    login.login_button.click()
    qtbot.waitUntil(lambda: session.operator == admin, timeout=10000)
    window.scan.scanner_input(pack)
    qtbot.waitUntil(lambda: actors(store, "battery.received") != [], timeout=10000)
    assert actors(store, "battery.received") == [admin.actor]
    tasks.wait()


def test_the_station_locks_when_idle_and_activity_keeps_it_open(qtbot, store: Store):
    admin = ops.add_operator(store, "tester", "Wang Fang", "administrator", "2580")
    session = Session(timedelta(milliseconds=600))
    QCoreApplication.instance().installEventFilter(session)
    try:
        window, tasks = window_for(qtbot, store, session)
        session.log_in(admin)
        assert window.pages.currentWidget() is window.tabs
        for _ in range(4):  # 4 × 300 ms of typing: twice the idle time, never idle for long
            qtbot.keyClicks(window.scan.entry, "x")
            qtbot.wait(300)
            assert session.operator == admin
        with qtbot.waitSignal(session.changed, timeout=5000) as locked:
            pass
        assert locked.args == [None] and window.pages.currentWidget() is window.login
        assert session.actor() == ""
        tasks.wait()
    finally:
        QCoreApplication.instance().removeEventFilter(session)


def test_the_lock_screen_in_chinese(qtbot, store: Store):
    ops.add_operator(store, "tester", "王芳", "administrator", "2580")
    translations = Translations(QCoreApplication.instance())
    session = Session(timedelta(0))
    tasks = TaskRunner()
    window = MainWindow(store, tasks, translations, session)
    qtbot.addWidget(window)
    try:
        translations.switch("zh_CN")
        qtbot.waitUntil(lambda: window.login.title.text() != "Station locked")
        assert window.login.login_button.text() != "Log in"
        assert window.operator_label.text() != "Locked"
    finally:
        translations.switch("en")
    tasks.wait()
