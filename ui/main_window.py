"""The station's window: the lock screen or the working tabs, the menus, and the status bar."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDockWidget,
    QLabel,
    QMainWindow,
    QStackedWidget,
    QTabWidget,
    QWidget,
)

from hardware.printers.service import PrintService
from station.rules.verdict import RemoteHistory
from station.settings import Settings
from station.store.store import Store
from station.sync.service import SyncService
from ui import theme
from ui.camera_view import CameraFeed
from ui.dashboard import ShiftDashboard
from ui.duty_views import ContainersView, DeadlinesView
from ui.i18n import Translations
from ui.log_pane import LogPane, install_log_pane
from ui.login import LoginPage
from ui.operators_dialog import OperatorsDialog
from ui.reasons_people import ROLE_TEXTS
from ui.records_view import RecordsView
from ui.rules_dialog import RulesDialog
from ui.scale_status import ScaleFeed
from ui.scan_screen import ScanScreen
from ui.session import Session
from ui.settings_dialog import SettingsDialog
from ui.setup_wizard import Saved, SetupWizard, needs_setup
from ui.sync_view import SyncView
from ui.tasks import TaskRunner
from ui.workflows.bench import Bench
from ui.workflows.catalogue import PAGES
from ui.workflows.work_area import WorkArea

D = TypeVar("D", bound=QDialog)


class MainWindow(QMainWindow):
    settings_saved = Signal(tuple)  # the machine-setting keys the set-up changed
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
        settings: Settings | None = None,
        log_file: Path | None = None,
        scale: ScaleFeed | None = None,
        printers: PrintService | None = None,
        verify_url: str = "",
        sync: SyncService | None = None,
    ) -> None:
        """``remote`` and ``recorded``: the central server's battery history and sync's nudge (see ScanScreen).
        ``settings``: this bench's settings (None: defaults, in memory); ``log_file``: shown by the log pane.
        ``scale``, ``printers``: the bench's scale and printers for the workflows (None: typed weights, no
        printing); ``verify_url``: where a certificate's QR code sends its reader; ``sync``: an enrolled station's
        sync, shown in the Sync tab."""
        super().__init__(parent)
        self._store = store
        self._tasks = tasks
        self.settings = settings or Settings(None)
        self._translations = translations
        self._feed = feed
        self.session = session
        self.scan = ScanScreen(store, tasks, session.actor, feed, remote=remote, recorded=recorded)
        self.bench = Bench(store, tasks, session, feed, scale, printers, remote, recorded, verify_url)
        self.work = WorkArea(self.bench, PAGES)
        self.records = RecordsView(store, tasks)
        self.dashboard = ShiftDashboard(store, tasks, self.settings.get("scan.shift_starts"))
        self.deadlines = DeadlinesView(store, tasks)
        self.containers = ContainersView(store, tasks)
        self.tabs = QTabWidget()
        self.sync_view = SyncView(store, sync, tasks) if sync is not None else None
        self._pages = (self.scan, self.work, self.records, self.dashboard, self.deadlines, self.containers)
        if self.sync_view is not None:
            self._pages += (self.sync_view,)
        for page in self._pages:
            self.tabs.addTab(page, "")
        self.log_pane = LogPane(log_file)
        install_log_pane(self.log_pane)
        self.log_dock = QDockWidget()
        self.log_dock.setObjectName("log")
        self.log_dock.setWidget(self.log_pane)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.log_dock)
        self.log_dock.hide()
        self.login = LoginPage(store, tasks)
        self.login.logged_in.connect(session.log_in)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.tabs)
        self.pages.addWidget(self.login)
        self.setCentralWidget(self.pages)
        self.tabs.currentChanged.connect(lambda _index: self._route())
        self.operator_label = QLabel()
        self.identity = QLabel()
        self.statusBar().addPermanentWidget(self.operator_label)
        self.statusBar().addPermanentWidget(self.identity)
        self._operator_menu = self.menuBar().addMenu("")
        self.lock_action = QAction(self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.triggered.connect(session.lock)
        self._operator_menu.addAction(self.lock_action)
        self.settings_action = QAction(self)
        self.settings_action.triggered.connect(self.open_settings)
        self._operator_menu.addAction(self.settings_action)
        self.rules_action = QAction(self)
        self.rules_action.triggered.connect(self.open_rules)
        self._operator_menu.addAction(self.rules_action)
        self.operators_action = QAction(self)
        self.operators_action.triggered.connect(self.open_operators)
        self._operator_menu.addAction(self.operators_action)
        self.log_action = self.log_dock.toggleViewAction()
        self._operator_menu.addAction(self.log_action)
        self._status_widgets: list[QWidget] = []
        self._documents_menu = self.menuBar().addMenu("")
        self.batch_action = QAction(self)
        self.batch_action.setEnabled(False)  # until the window is given a way to issue (run_window does)
        self._documents_menu.addAction(self.batch_action)
        self.retry_print_action = QAction(self)
        self.retry_print_action.setEnabled(False)
        self._documents_menu.addAction(self.retry_print_action)
        self._font_pt = self.settings.get("display.font_pt")
        self._contrast = self.settings.get("display.high_contrast")
        self._view_menu = self.menuBar().addMenu("")
        self.larger_action = QAction(self)
        self.larger_action.setShortcuts([QKeySequence("Ctrl++"), QKeySequence("Ctrl+=")])
        self.larger_action.triggered.connect(lambda: self._display(font_step=1))
        self.smaller_action = QAction(self)
        self.smaller_action.setShortcut(QKeySequence("Ctrl+-"))
        self.smaller_action.triggered.connect(lambda: self._display(font_step=-1))
        self.contrast_action = QAction(self, checkable=True)
        self.contrast_action.setChecked(self.settings.get("display.high_contrast"))
        self.contrast_action.toggled.connect(lambda on: self._display(high_contrast=on))
        for action in (self.larger_action, self.smaller_action, self.contrast_action):
            self._view_menu.addAction(action)
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
        self._route()
        for menu in (self._documents_menu, self._operator_menu):
            menu.menuAction().setEnabled(not locked)
        if locked:
            self.login.refresh()
        admin = not locked and self.session.operator.may("configure_station")
        self.settings_action.setEnabled(admin)
        self.operators_action.setEnabled(not locked and self.session.operator.may("manage_operators"))
        self.rules_action.setEnabled(not locked and self.session.operator.may("edit_ruleset"))
        self._show_operator()
        if admin and needs_setup(self._store):
            self.open_setup()

    def _display(self, font_step: int = 0, high_contrast: bool | None = None) -> None:
        """Text size and contrast, changed from the View menu: applied at once and kept for this bench."""
        # From the values last applied, not the settings file: its save runs on a worker and may still be queued.
        font_pt = theme.clamp_font(self._font_pt + font_step)
        contrast = self._contrast if high_contrast is None else high_contrast
        self._font_pt, self._contrast = font_pt, contrast
        theme.apply(QApplication.instance(), font_pt, contrast)
        changes = {"display.font_pt": font_pt, "display.high_contrast": contrast}
        # The writer keeps the saves in order: the last change made is the one kept.
        self._tasks.write(lambda: self.settings.update(changes), lambda _: None, self._not_kept)

    def _not_kept(self, exc: BaseException) -> None:
        self.statusBar().showMessage(self.tr("The display setting could not be saved: %1").replace("%1", str(exc)))

    def _route(self) -> None:
        """Where scans go: the lock screen while locked, the chosen workflow while the Work tab is shown, else
        the scan screen."""
        if self.session.operator is None:
            self.scan.divert = self.login.badge_input
        elif self.tabs.currentWidget() is self.work:
            self.scan.divert = self.work.take_scan
        else:
            self.scan.divert = None

    def open_setup(self) -> SetupWizard:
        """The first-run wizard, shown once an administrator is logged in on a station with no site yet."""
        wizard = SetupWizard(self._store, self.settings, self._tasks, self.session.actor, self)
        wizard.accepted.connect(lambda: self._saved(wizard.saved))
        return self._open(wizard)

    def open_rules(self) -> RulesDialog:
        dialog = RulesDialog(self._store, self._tasks, self.session.actor, self)
        dialog.finished.connect(lambda _result: self.retranslate())  # the status bar names the rule-set version
        return self._open(dialog)

    def open_operators(self) -> OperatorsDialog:
        return self._open(OperatorsDialog(self._store, self._tasks, self.session.actor, self))

    def open_settings(self) -> SettingsDialog:
        dialog = SettingsDialog(self._store, self.settings, self._tasks, self.session.actor, self)
        dialog.accepted.connect(lambda: self._saved(dialog.saved))
        return self._open(dialog)

    def _saved(self, saved: Saved | None) -> None:
        """The set-up saved: what changed takes effect now (the idle lock here, the devices in ``run_window``)."""
        keys = saved.settings if saved is not None else ()
        if "session.lock_after_minutes" in keys:
            self.session.set_lock_after(timedelta(minutes=self.settings.get("session.lock_after_minutes")))
        self.settings_saved.emit(keys)
        self.retranslate()

    @staticmethod
    def _open(dialog: D) -> D:
        """Window-modal, deleted when closed (nothing keeps a finished dialog)."""
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

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
        self._view_menu.setTitle(self.tr("View"))
        self.larger_action.setText(self.tr("Larger text"))
        self.smaller_action.setText(self.tr("Smaller text"))
        self.contrast_action.setText(self.tr("High contrast"))
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
        titles = (
            self.tr("Scan"),
            self.tr("Work"),
            self.tr("Records"),
            self.tr("Shift"),
            self.tr("Uploads due"),
            self.tr("Containers"),
            self.tr("Sync"),
        )
        for index, title in enumerate(titles[: self.tabs.count()]):
            self.tabs.setTabText(index, title)
        for page in self._pages:
            page.retranslate()
        self.settings_action.setText(self.tr("Settings…"))
        self.operators_action.setText(self.tr("Operators…"))
        self.rules_action.setText(self.tr("Rules…"))
        self.log_action.setText(self.tr("Show the log"))
        self.log_dock.setWindowTitle(self.tr("Log"))
        self.log_pane.retranslate()
        for widget in self._status_widgets:
            widget.retranslate()
