"""The lock screen: log in by scanning a badge, or by name and PIN; on a new station, create its first
administrator. Every check runs on the writer (a wrong PIN is counted, a right one clears the count), never on
the GUI thread: scrypt takes a tenth of a second on purpose."""

from __future__ import annotations

from PySide6.QtCore import QRegularExpression, Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from station import operators as ops
from station.operations.errors import OperationError
from station.store.store import Store
from ui.reasons import describe
from ui.tasks import TaskRunner

FIRST_RUN_ACTOR = "bench:first-run"  # who creates the first administrator: nobody can be logged in yet


def pin_field() -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setValidator(QRegularExpressionValidator(QRegularExpression(r"[0-9]{0,12}")))
    field.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly | Qt.InputMethodHint.ImhSensitiveData)
    return field


class LoginPage(QWidget):
    logged_in = Signal(object)  # the Operator

    def __init__(self, store: Store, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._tasks = tasks
        self.title = QLabel(alignment=Qt.AlignmentFlag.AlignCenter)
        self.title.setStyleSheet("font-size: 28pt; font-weight: bold;")
        self.hint = QLabel(alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True)
        self.problem = QLabel(alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True)
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setStyleSheet("color: #b00020; font-size: 16pt;")
        # Log-in form
        self.name = QComboBox(editable=True)
        self.name.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.pin = pin_field()
        self.login_button = QPushButton()
        self.login_button.setDefault(True)
        self.pin.returnPressed.connect(self.submit_pin)
        self.login_button.clicked.connect(self.submit_pin)
        login = QWidget()
        form = QFormLayout(login)
        self._login_labels = [QLabel(), QLabel()]
        form.addRow(self._login_labels[0], self.name)
        form.addRow(self._login_labels[1], self.pin)
        form.addRow(self.login_button)
        # First administrator
        self.new_name = QLineEdit()
        self.new_pin = pin_field()
        self.new_pin_again = pin_field()
        self.new_badge = QLineEdit()
        self.create_button = QPushButton()
        self.create_button.clicked.connect(self.create_first)
        self.new_pin_again.returnPressed.connect(self.create_first)
        first = QWidget()
        form = QFormLayout(first)
        self._first_labels = [QLabel() for _ in range(4)]
        for label, field in zip(
            self._first_labels, (self.new_name, self.new_pin, self.new_pin_again, self.new_badge), strict=True
        ):
            form.addRow(label, field)
        form.addRow(self.create_button)
        self.forms = QStackedWidget()
        self.forms.addWidget(login)
        self.forms.addWidget(first)
        self.forms.setMaximumWidth(640)
        for widget in (
            self.name,
            self.pin,
            self.login_button,
            self.new_name,
            self.new_pin,
            self.new_pin_again,
            self.new_badge,
            self.create_button,
        ):
            widget.setMinimumHeight(48)
        self.setStyleSheet("QLineEdit, QComboBox, QPushButton, QLabel { font-size: 16pt; }")
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.title)
        layout.addWidget(self.hint)
        layout.addWidget(self.forms, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.problem)
        layout.addStretch(2)
        self.retranslate()

    @property
    def first_run(self) -> bool:
        return self.forms.currentIndex() == 1

    def refresh(self) -> None:
        """Read who may log in (on a worker); a station with nobody yet asks for its first administrator."""
        self.problem.clear()
        self.pin.clear()
        self._tasks.read(lambda: ops.operators(self._store), self._listed, self._failed)

    def _listed(self, people: list[ops.Operator]) -> None:
        typed = self.name.currentText()
        self.name.clear()
        self.name.addItems([o.name for o in people])
        self.name.setCurrentText(typed if typed else "")
        self.forms.setCurrentIndex(0 if people else 1)
        self.retranslate()
        (self.pin if typed else self.name if people else self.new_name).setFocus()

    # ---- input -------------------------------------------------------------------------------------------

    def submit_pin(self) -> None:
        name, pin = self.name.currentText(), self.pin.text()
        self.pin.clear()
        if not name.strip():
            self.problem.setText(describe("login_failed"))
            return
        self._busy(True)
        self._tasks.write(lambda: ops.log_in_with_pin(self._store, name, pin), self._done, self._failed)

    def badge_input(self, payload: str | bytes) -> None:
        """A scan while the station is locked: a badge (a wrong one is said, never ignored)."""
        badge = payload.decode("utf-8", "replace") if isinstance(payload, bytes) else payload
        if self.first_run:
            self.new_badge.setText(badge.strip())
            return
        self._busy(True)
        self._tasks.read(lambda: ops.log_in_with_badge(self._store, badge), self._done, self._failed)

    def create_first(self) -> None:
        if self.new_pin.text() != self.new_pin_again.text():
            self.problem.setText(self.tr("The two PINs differ. Enter the same PIN twice."))
            return
        name, pin, badge = self.new_name.text(), self.new_pin.text(), self.new_badge.text()
        self._busy(True)
        job = lambda: ops.add_operator(self._store, FIRST_RUN_ACTOR, name, "administrator", pin, badge)  # noqa: E731
        self._tasks.write(job, self._done, self._failed)

    def _done(self, who: ops.Operator) -> None:
        self._busy(False)
        for field in (self.pin, self.new_pin, self.new_pin_again, self.new_badge, self.new_name):
            field.clear()
        self.problem.clear()
        self.logged_in.emit(who)

    def _failed(self, exc: BaseException) -> None:
        self._busy(False)
        if isinstance(exc, OperationError):
            self.problem.setText(describe(exc.reason, exc.params))
        else:
            self.problem.setText(self.tr("Log-in failed: %1").replace("%1", str(exc)))

    def _busy(self, busy: bool) -> None:
        self.login_button.setEnabled(not busy)
        self.create_button.setEnabled(not busy)

    def retranslate(self) -> None:
        if self.first_run:
            self.title.setText(self.tr("Welcome to Trace Station"))
            self.hint.setText(
                self.tr("Nobody works at this station yet. Create its first administrator, who then adds the others.")
            )
        else:
            self.title.setText(self.tr("Station locked"))
            self.hint.setText(self.tr("Scan your badge, or choose your name and enter your PIN."))
        for label, text in zip(self._login_labels, (self.tr("Name"), self.tr("PIN")), strict=True):
            label.setText(text)
        self.login_button.setText(self.tr("Log in"))
        texts = (self.tr("Name"), self.tr("PIN"), self.tr("PIN again"), self.tr("Badge (optional: scan it)"))
        for label, text in zip(self._first_labels, texts, strict=True):
            label.setText(text)
        self.create_button.setText(self.tr("Create the administrator and log in"))
        self.name.lineEdit().setPlaceholderText(self.tr("Your name"))
