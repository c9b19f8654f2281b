"""The station's window: the scan screen for now, with language switching and the station's identity."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QLabel, QMainWindow, QWidget

from station.store.store import Store
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
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._translations = translations
        self.scan = ScanScreen(store, tasks, actor)
        self.setCentralWidget(self.scan)
        self.identity = QLabel()
        self.statusBar().addPermanentWidget(self.identity)
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

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Trace Station"))
        self._language_menu.setTitle(self.tr("Language"))
        rules = self._store.ruleset()
        self.identity.setText(
            self.tr("Station %1 · rule set %2").replace("%1", self._store.station_id).replace("%2", rules.version)
        )
        self.scan.retranslate()
