"""Settings: the set-up wizard's pages in tabs, loaded with what is in force, saved the same way
(``ui.setup_wizard.save_setup``). Cancel saves nothing."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTabWidget, QVBoxLayout, QWidget

from station.settings import Settings
from station.store.store import Store
from ui.setup_pages import PROBLEM_STYLE
from ui.setup_wizard import Saved, SetupForm
from ui.tasks import TaskRunner


class SettingsDialog(QDialog):
    """Save checks every tab (the first with a problem is shown), saves on the writer and closes when saved
    (``accepted``; ``saved`` then holds what changed); a refusal stays on screen with the dialog open."""

    def __init__(
        self,
        store: Store,
        settings: Settings,
        tasks: TaskRunner,
        actor: Callable[[], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.form = SetupForm(store, settings, tasks, actor, self)
        self.saved: Saved | None = None
        self.tabs = QTabWidget()
        for page in self.form.pages:
            self.tabs.addTab(page, "")
        self.problem = QLabel(wordWrap=True, visible=False)
        self.problem.setStyleSheet(PROBLEM_STYLE)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.setMinimumSize(760, 520)
        self.resize(900, 620)  # fits 1366×768 with the taskbar
        self.retranslate()

    @property
    def site(self):
        return self.form.site

    @property
    def station(self):
        return self.form.station

    @property
    def devices(self):
        return self.form.devices

    @property
    def save_button(self):
        return self.buttons.button(QDialogButtonBox.StandardButton.Save)

    def accept(self) -> None:
        if self.form.saving:
            return
        invalid = self.form.first_invalid()
        if invalid is not None:
            self.tabs.setCurrentWidget(invalid)
            return
        self.problem.hide()
        self.save_button.setEnabled(False)
        self.form.save(self._saved, self._failed)

    def _saved(self, result: Saved) -> None:
        self.saved = result
        QDialog.accept(self)

    def _failed(self, words: str) -> None:
        self.save_button.setEnabled(True)
        self.problem.setText(words)
        self.problem.show()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Settings"))
        for index, title in enumerate((self.tr("&Site"), self.tr("S&tation and server"), self.tr("&Devices"))):
            self.tabs.setTabText(index, title)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
