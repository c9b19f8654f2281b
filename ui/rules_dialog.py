"""Operator → Rules…: the site's editable rule set, for supervisors. The thresholds (inspection and intake limits),
the blocked / recall / quarantine lists, and the maker registry (imported from a CSV). Each change is a new local
rule-set version recorded under the supervisor; the core refuses anyone below (``edit_ruleset``)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from station.operations.errors import OperationError
from station.operations.reference import MakerImport, import_makers, set_list_entry, set_thresholds
from station.rules.ruleset import LIST_KINDS, RuleSet
from station.store.store import Store
from ui.reasons import describe
from ui.tasks import TaskRunner

THRESHOLD_TEXTS = {
    "temperature_min_c": QT_TRANSLATE_NOOP("Threshold", "Lowest acceptable temperature (°C)"),
    "temperature_max_c": QT_TRANSLATE_NOOP("Threshold", "Highest acceptable temperature (°C)"),
    "touch_safe_voltage_v": QT_TRANSLATE_NOOP("Threshold", "Touch-safe voltage limit (V DC)"),
    "soc_max_pct": QT_TRANSLATE_NOOP("Threshold", "Highest acceptable state of charge (%)"),
    "soc_min_pct": QT_TRANSLATE_NOOP("Threshold", "Lowest acceptable state of charge (%)"),
    "insulation_min_ohm_per_v": QT_TRANSLATE_NOOP("Threshold", "Least insulation resistance (Ω/V)"),
    "mass_deviation_warn_pct": QT_TRANSLATE_NOOP("Threshold", "Mass deviation that warns (%)"),
    "hv_isolation_wait_min": QT_TRANSLATE_NOOP("Threshold", "Wait after HV isolation (min)"),
    "discharge_cutoff_v": QT_TRANSLATE_NOOP("Threshold", "Discharge cut-off voltage (V)"),
    "discharge_cutoff_soc_pct": QT_TRANSLATE_NOOP("Threshold", "Discharge cut-off state of charge (%)"),
}
LIST_TEXTS = {
    "blocked": QT_TRANSLATE_NOOP("RulesDialog", "blocked"),
    "recall": QT_TRANSLATE_NOOP("RulesDialog", "recall"),
    "quarantine": QT_TRANSLATE_NOOP("RulesDialog", "quarantine"),
}


def threshold_text(name: str) -> str:
    return QCoreApplication.translate("Threshold", THRESHOLD_TEXTS[name]) if name in THRESHOLD_TEXTS else name


class RulesDialog(QDialog):
    def __init__(
        self, store: Store, tasks: TaskRunner, actor: Callable[[], str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._tasks = tasks
        self._actor = actor
        self.rules: RuleSet | None = None
        self.version = QLabel()
        self.message = QLabel(wordWrap=True)
        self.tabs = QTabWidget()

        self.thresholds_page = QWidget()
        self._threshold_form = QFormLayout()
        self.thresholds: dict[str, QDoubleSpinBox] = {}
        self._threshold_labels: dict[str, QLabel] = {}
        self.save_thresholds = QPushButton()
        self.save_thresholds.setMinimumHeight(40)
        self.save_thresholds.clicked.connect(self._save_thresholds)
        box = QVBoxLayout(self.thresholds_page)
        box.addLayout(self._threshold_form)
        box.addStretch(1)
        box.addWidget(self.save_thresholds)

        self.lists_page = QWidget()
        self.lists = QTableWidget(0, 4)
        self.list_code = QLineEdit()
        self.list_kind = QComboBox()
        self.list_reason = QLineEdit()
        self.list_reference = QLineEdit()
        self.add_entry = QPushButton()
        self.add_entry.clicked.connect(self._add_entry)
        self.remove_entry = QPushButton()
        self.remove_entry.clicked.connect(self._remove_entry)
        entry = QHBoxLayout()
        for widget, stretch in ((self.list_code, 3), (self.list_kind, 1), (self.list_reason, 3)):
            entry.addWidget(widget, stretch)
        entry.addWidget(self.list_reference, 2)
        entry.addWidget(self.add_entry)
        box = QVBoxLayout(self.lists_page)
        box.addWidget(self.lists, 1)
        box.addLayout(entry)
        box.addWidget(self.remove_entry)

        self.makers_page = QWidget()
        self.makers = QTableWidget(0, 3)
        self.import_button = QPushButton()
        self.import_button.clicked.connect(self.choose_csv)
        self.import_result = QLabel(wordWrap=True)
        box = QVBoxLayout(self.makers_page)
        box.addWidget(self.makers, 1)
        box.addWidget(self.import_result)
        box.addWidget(self.import_button)

        for table in (self.lists, self.makers):
            table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
            table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
            table.horizontalHeader().setStretchLastSection(True)
            table.verticalHeader().hide()
        for page in (self.thresholds_page, self.lists_page, self.makers_page):
            self.tabs.addTab(page, "")
        for button in (self.add_entry, self.remove_entry, self.import_button):
            button.setMinimumHeight(40)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.version)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(900, 600)
        self.retranslate()
        self.reload()

    # ---- reading -----------------------------------------------------------------------------------------

    def reload(self) -> None:
        self._tasks.read(self._store.ruleset, self._show, self._failed)

    def _show(self, rules: RuleSet) -> None:
        self.rules = rules
        self.version.setText(self.tr("Rule set in force: %1").replace("%1", rules.version))
        for name, value in rules.content["thresholds"].items():
            spin = self.thresholds.get(name)
            if spin is None:
                spin = QDoubleSpinBox(decimals=1, minimum=-1000.0, maximum=1_000_000.0)
                spin.setMinimumHeight(32)
                self.thresholds[name] = spin
                self._threshold_labels[name] = QLabel(threshold_text(name))
                self._threshold_form.addRow(self._threshold_labels[name], spin)
            spin.setValue(float(value))
        entries = sorted(rules.lists.values(), key=lambda e: e.code)
        self.lists.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            kind = QCoreApplication.translate("RulesDialog", LIST_TEXTS.get(entry.kind, entry.kind))
            for column, text in enumerate((entry.code, kind, entry.reason, entry.reference)):
                self.lists.setItem(row, column, QTableWidgetItem(text))
        makers = sorted(rules.content["makers"].items())
        self.makers.setRowCount(len(makers))
        for row, (code, info) in enumerate(makers):
            for column, text in enumerate((code, info.get("name_zh", ""), info.get("name_en", ""))):
                self.makers.setItem(row, column, QTableWidgetItem(text))
        self.lists.resizeColumnsToContents()
        self.makers.resizeColumnsToContents()

    # ---- changing ----------------------------------------------------------------------------------------

    def _save_thresholds(self) -> None:
        if self.rules is None:
            return
        current = self.rules.content["thresholds"]
        changes = {
            name: round(spin.value(), 1)
            for name, spin in self.thresholds.items()
            if round(float(current[name]), 1) != round(spin.value(), 1)
        }
        store, actor = self._store, self._actor()
        self._write(lambda: set_thresholds(store, actor, changes), self.tr("The thresholds were saved."))

    def _add_entry(self) -> None:
        code = self.list_code.text().strip()
        if not code:
            self.list_code.setFocus()
            self._say(self.tr("Scan or type the code to put on the list."), problem=True)
            return
        store, actor = self._store, self._actor()
        kind, reason, reference = self.list_kind.currentData(), self.list_reason.text(), self.list_reference.text()
        self._write(
            lambda: set_list_entry(store, actor, code, kind, reason.strip(), reference.strip()),
            self.tr("%1 is on the list.").replace("%1", code.upper()),
            clear=(self.list_code, self.list_reason, self.list_reference),
        )

    def _remove_entry(self) -> None:
        row = self.lists.currentRow()
        if row < 0:
            self._say(self.tr("Choose the entry to take off its list."), problem=True)
            return
        code = self.lists.item(row, 0).text()
        store, actor = self._store, self._actor()
        self._write(
            lambda: set_list_entry(store, actor, code, None), self.tr("%1 is off the list.").replace("%1", code)
        )

    def choose_csv(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Maker list (CSV)"), "", self.tr("CSV files (*.csv)"))
        if path:
            self.import_csv(Path(path))

    def import_csv(self, path: Path) -> None:
        store, actor = self._store, self._actor()
        self.import_button.setEnabled(False)
        self._tasks.write(lambda: import_makers(store, actor, path), self._imported, self._import_failed)

    def _imported(self, result: MakerImport) -> None:
        self.import_button.setEnabled(True)
        lines = [
            self.tr("%1 added, %2 updated, %3 unchanged.")
            .replace("%1", str(result.added))
            .replace("%2", str(result.updated))
            .replace("%3", str(result.unchanged))
        ]
        for line, reason in result.rejected:
            lines.append(self.tr("Line %1 not taken: %2").replace("%1", str(line)).replace("%2", describe(reason)))
        self.import_result.setText("\n".join(lines))
        self.reload()

    def _import_failed(self, exc: BaseException) -> None:
        self.import_button.setEnabled(True)
        self._failed(exc)

    def _write(self, job: Callable[[], object], done: str, clear: tuple[QLineEdit, ...] = ()) -> None:
        def recorded(_event: object) -> None:
            for field in clear:
                field.clear()
            self._say(done)
            self.reload()

        self._tasks.write(job, recorded, self._failed)

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, OperationError):
            self._say(describe(exc.reason, exc.params), problem=True)
        else:
            self._say(self.tr("This could not be saved: %1").replace("%1", str(exc)), problem=True)

    def _say(self, text: str, problem: bool = False) -> None:
        self.message.setStyleSheet("color: #b71c1c; font-weight: bold;" if problem else "color: #1b5e20;")
        self.message.setText(text)

    # ---- words -------------------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Rules"))
        for index, title in enumerate((self.tr("&Thresholds"), self.tr("&Lists"), self.tr("&Makers"))):
            self.tabs.setTabText(index, title)
        self.save_thresholds.setText(self.tr("Save the thresholds"))
        kind = self.list_kind.currentData()
        self.list_kind.clear()
        for value in LIST_KINDS:
            self.list_kind.addItem(QCoreApplication.translate("RulesDialog", LIST_TEXTS[value]), value)
        self.list_kind.setCurrentIndex(max(0, self.list_kind.findData(kind)))
        self.list_code.setPlaceholderText(self.tr("Battery code"))
        self.list_reason.setPlaceholderText(self.tr("Reason"))
        self.list_reference.setPlaceholderText(self.tr("Reference (notice, letter…)"))
        self.add_entry.setText(self.tr("Put on the list"))
        self.remove_entry.setText(self.tr("Take the chosen entry off"))
        self.lists.setHorizontalHeaderLabels(
            [self.tr("Code"), self.tr("List"), self.tr("Reason"), self.tr("Reference")]
        )
        self.makers.setHorizontalHeaderLabels([self.tr("Maker code"), self.tr("Chinese name"), self.tr("English name")])
        self.import_button.setText(self.tr("Import a maker list (CSV)…"))
        for name, label in self._threshold_labels.items():
            label.setText(threshold_text(name))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
