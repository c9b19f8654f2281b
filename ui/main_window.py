"""The station's window: the scan screen for now, with language switching and the station's identity."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QLabel, QMainWindow, QTabWidget, QWidget

from station.rules.verdict import RemoteHistory
from station.store.store import Store
from ui.camera_view import CameraFeed
from ui.duty_views import ContainersView, DeadlinesView
from ui.i18n import Translations
from ui.scan_screen import ScanScreen
from ui.tasks import TaskRunner


class MainWindow(QMainWindow):
    def __init__(
        self,
        store: Store,
        tasks: TaskRunner,
        translations: Translations,
        actor: Callable[[], str],
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
        self.scan = ScanScreen(store, tasks, actor, feed, remote=remote, recorded=recorded)
        self.deadlines = DeadlinesView(store, tasks)
        self.containers = ContainersView(store, tasks)
        self.tabs = QTabWidget()
        for page in (self.scan, self.deadlines, self.containers):
            self.tabs.addTab(page, "")
        self.setCentralWidget(self.tabs)
        self.identity = QLabel()
        self.statusBar().addPermanentWidget(self.identity)
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
        self.retranslate()

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
