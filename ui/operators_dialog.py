"""Operators… (administrators): who works at this station, with which role; add one, change a role, switch one
off or on, set a new PIN or badge. Every change goes through ``station.operators`` on the writer, which refuses
what the logged-in operator may not do, and is recorded under their name."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from station import operators as ops
from station.operations.errors import OperationError
from station.store.store import Store
from ui.login import pin_field
from ui.reasons import describe
from ui.reasons_people import ROLE_TEXTS
from ui.tasks import TaskRunner


def _role_combo() -> QComboBox:
    combo = QComboBox()
    for role in ops.ROLES:
        combo.addItem("", role)
    return combo


class OperatorsDialog(QDialog):
    def __init__(
        self, store: Store, tasks: TaskRunner, actor: Callable[[], str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._store, self._tasks, self._actor = store, tasks, actor
        self.people: list[ops.Operator] = []
        self.table = QTableWidget(0, 3)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.name, self.role, self.pin, self.badge = QLineEdit(), _role_combo(), pin_field(), QLineEdit()
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self.add)
        self.new_role, self.new_pin = _role_combo(), pin_field()
        self.role_button, self.active_button, self.pin_button = QPushButton(), QPushButton(), QPushButton()
        self.role_button.clicked.connect(lambda: self._change(role=self.new_role.currentData()))
        self.active_button.clicked.connect(self._toggle_active)
        self.pin_button.clicked.connect(self._reset_pin)
        self.problem = QLabel(wordWrap=True)
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setStyleSheet("color: #b00020;")
        self._labels = [QLabel() for _ in range(4)]
        form = QFormLayout()
        for label, field in zip(self._labels, (self.name, self.role, self.pin, self.badge), strict=True):
            form.addRow(label, field)
        form.addRow(self.add_button)
        selected = QHBoxLayout()
        for widget in (self.new_role, self.role_button, self.new_pin, self.pin_button, self.active_button):
            selected.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(selected)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        for widget in self.findChildren(QWidget):
            if isinstance(widget, QLineEdit | QPushButton | QComboBox):
                widget.setMinimumHeight(40)
        self.resize(820, 560)
        self.retranslate()
        self.refresh()

    def refresh(self) -> None:
        self._tasks.read(lambda: ops.operators(self._store, include_inactive=True), self._listed, self._failed)

    def _listed(self, people: list[ops.Operator]) -> None:
        self.people = people
        self.table.setRowCount(len(people))
        for r, who in enumerate(people):
            role = QCoreApplication.translate("Role", ROLE_TEXTS[who.role])
            state = self.tr("active") if who.active else self.tr("switched off")
            for c, text in enumerate((who.name, role, state)):
                self.table.setItem(r, c, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()

    def selected(self) -> ops.Operator | None:
        rows = self.table.selectionModel().selectedRows()
        return self.people[rows[0].row()] if rows else None

    # ---- changes -----------------------------------------------------------------------------------------

    def add(self) -> None:
        name, role, pin, badge = self.name.text(), self.role.currentData(), self.pin.text(), self.badge.text()
        self.pin.clear()
        actor = self._actor()
        self._run(lambda: ops.add_operator(self._store, actor, name, role, pin, badge), clear=True)

    def _change(self, **changes: object) -> None:
        who, actor = self.selected(), self._actor()
        if who is None:
            self.problem.setText(self.tr("Select an operator first."))
            return
        self._run(lambda: ops.change_operator(self._store, actor, who.operator_id, **changes))

    def _toggle_active(self) -> None:
        who = self.selected()
        self._change(active=not who.active if who is not None else False)

    def _reset_pin(self) -> None:
        who, actor, pin = self.selected(), self._actor(), self.new_pin.text()
        self.new_pin.clear()
        if who is None:
            self.problem.setText(self.tr("Select an operator first."))
            return
        self._run(lambda: ops.set_credentials(self._store, actor, who.operator_id, pin=pin))

    def _run(self, job: Callable[[], object], clear: bool = False) -> None:
        self.problem.clear()  # the answer shown is always this change's
        def done(_result: object) -> None:
            self.problem.setText(self.tr("Saved."))
            if clear:
                self.name.clear()
                self.badge.clear()
            self.refresh()

        self._tasks.write(job, done, self._failed)

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, OperationError):
            self.problem.setText(describe(exc.reason, exc.params))
        else:
            self.problem.setText(self.tr("Not saved: %1").replace("%1", str(exc)))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Operators"))
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Role"), self.tr("State")])
        for combo in (self.role, self.new_role):
            for i in range(combo.count()):
                combo.setItemText(i, QCoreApplication.translate("Role", ROLE_TEXTS[combo.itemData(i)]))
        texts = (self.tr("Name"), self.tr("Role"), self.tr("PIN"), self.tr("Badge (optional: scan it)"))
        for label, text in zip(self._labels, texts, strict=True):
            label.setText(text)
        self.add_button.setText(self.tr("Add operator"))
        self.role_button.setText(self.tr("Give this role"))
        self.pin_button.setText(self.tr("Set this PIN"))
        self.active_button.setText(self.tr("Switch off / on"))
        self.new_pin.setPlaceholderText(self.tr("New PIN"))
