"""The station's window: the lock screen or the working tabs, the menus, and the status bar."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QStackedWidget, QTabWidget, QWidget

from station.rules.verdict import RemoteHistory
from station.store.store import Store
from ui.camera_view import CameraFeed
from ui.duty_views import ContainersView, DeadlinesView
from ui.i18n import Translations
from ui.login import LoginPage
from ui.reasons_people import ROLE_TEXTS
from ui.scan_screen import ScanScreen
from ui.session import Session
from ui.tasks import TaskRunner


class MainWindow(QMainWindow):
    def __init__(
        self,
        store: Store,
        tasks: TaskRunner,
        translations: Translations,
        session: Session,
        feed: CameraFeed | None = None,
        parent: QWidget | None = None,
        remote: RemoteHistory | None = None,
        recorded: Callable[[], None] | None = None,
    ) -> None:
        """``remote`` and ``recorded``: the central server's battery history and sync's nudge (see ScanScreen)."""
        super().__init__(parent)
        self._store = store
        self._translations = translations
        self._feed = feed
        self.session = session
        self.scan = ScanScreen(store, tasks, session.actor, feed, remote=remote, recorded=recorded)
        self.deadlines = DeadlinesView(store, tasks)
        self.containers = ContainersView(store, tasks)
        self.tabs = QTabWidget()
        for page in (self.scan, self.deadlines, self.containers):
            self.tabs.addTab(page, "")
        self.login = LoginPage(store, tasks)
        self.login.logged_in.connect(session.log_in)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.tabs)
        self.pages.addWidget(self.login)
        self.setCentralWidget(self.pages)
        self.operator_label = QLabel()
        self.identity = QLabel()
        self.statusBar().addPermanentWidget(self.operator_label)
        self.statusBar().addPermanentWidget(self.identity)
        self._operator_menu = self.menuBar().addMenu("")
        self.lock_action = QAction(self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.triggered.connect(session.lock)
        self._operator_menu.addAction(self.lock_action)
        self._status_widgets: list[QWidget] = []
        self._documents_menu = self.menuBar().addMenu("")
        self.batch_action = QAction(self)
        self.batch_action.setEnabled(False)  # until the window is given a way to issue (run_window does)
        self._documents_menu.addAction(self.batch_action)
        self.retry_print_action = QAction(self)
        self.retry_print_action.setEnabled(False)
        self._documents_menu.addAction(self.retry_print_action)
        self._language_menu = self.menuBar().addMenu("")
        self._languages = QActionGroup(self)
        for code, name in (("zh_CN", "中文"), ("en", "English")):
            action = QAction(name, self, checkable=True)
            action.setData(code)
            action.setChecked(code == translations.language)
            action.triggered.connect(lambda _=False, c=code: self._translations.switch(c))
            self._languages.addAction(action)
            self._language_menu.addAction(action)
        self.resize(1280, 760)
        session.changed.connect(self._session_changed)
        self._session_changed(session.operator)
        self.retranslate()

    def _session_changed(self, who: object) -> None:
        """Locked: only the lock screen and the language menu; every scan goes to the lock screen as a badge."""
        locked = who is None
        self.pages.setCurrentWidget(self.login if locked else self.tabs)
        self.scan.divert = self.login.badge_input if locked else None
        for menu in (self._documents_menu, self._operator_menu):
            menu.menuAction().setEnabled(not locked)
        if locked:
            self.login.refresh()
        self._show_operator()

    def _show_operator(self) -> None:
        who = self.session.operator
        if who is None:
            self.operator_label.setText(self.tr("Locked"))
        else:
            role = QCoreApplication.translate("Role", ROLE_TEXTS[who.role])
            self.operator_label.setText(self.tr("%1 (%2)").replace("%1", who.name).replace("%2", role))

    def set_batch_issue(self, start: Callable[[], None]) -> None:
        """What "Issue the day's certificates" does (opens the batch dialog)."""
        self.batch_action.triggered.connect(start)
        self.batch_action.setEnabled(True)

    def set_print_retry(self, retry: Callable[[], None]) -> None:
        """What "Print the waiting jobs again" does (jobs a printer refused wait in the spool)."""
        self.retry_print_action.triggered.connect(retry)
        self.retry_print_action.setEnabled(True)

    def add_status(self, widget: QWidget) -> None:
        """A device's connection state, shown beside the station's identity and retranslated with the window."""
        self._status_widgets.append(widget)
        self.statusBar().addPermanentWidget(widget)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Trace Station"))
        self._documents_menu.setTitle(self.tr("Certificates"))
        self.batch_action.setText(self.tr("Issue the day's certificates…"))
        self.retry_print_action.setText(self.tr("Print the waiting jobs again"))
        self._language_menu.setTitle(self.tr("Language"))
        self._operator_menu.setTitle(self.tr("Operator"))
        self.lock_action.setText(self.tr("Lock the station"))
        self._show_operator()
        self.login.retranslate()
        rules = self._store.ruleset()
        identity = self.tr("Station %1 · rule set %2").replace("%1", self._store.station_id)
        identity = identity.replace("%2", rules.version)
        if self._feed is not None and self._feed.demo:
            identity += " · " + self.tr("DEMO camera")
        self.identity.setText(identity)
        self.tabs.setTabText(0, self.tr("Scan"))
        self.tabs.setTabText(1, self.tr("Uploads due"))
        self.tabs.setTabText(2, self.tr("Containers"))
        self.scan.retranslate()
        self.deadlines.retranslate()
        self.containers.retranslate()
        for widget in self._status_widgets:
            widget.retranslate()
