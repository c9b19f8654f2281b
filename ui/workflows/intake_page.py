"""Intake (接收入库): a battery arrives with its source, VIN, weight, photos and high-risk flags, and is judged
into store or into the quarantine queue. The source stays filled for the next battery of the same delivery."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hardware.printers.labels import print_label
from station.documents.labels.intake import IntakeLabel, intake_label
from station.findings import Severity
from station.operations.errors import OperationError
from station.operations.intake import IntakeForm, IntakeResult, Source, receive
from station.rules.verdict import RemoteHistory
from station.store.localtime import today as local_today
from ui.reasons import describe
from ui.scan_screen import ask_remote
from ui.workflows.bench import Bench
from ui.workflows.fields import Measured, PhotoStrip, UsccField, WeightField
from ui.workflows.page import WorkflowPage

log = logging.getLogger(__name__)

FLAG_TEXTS = {
    "accident_vehicle": QT_TRANSLATE_NOOP("IntakeFlag", "From an accident vehicle"),
    "abnormal_voltage": QT_TRANSLATE_NOOP("IntakeFlag", "Abnormal voltage"),
    "abnormal_temperature": QT_TRANSLATE_NOOP("IntakeFlag", "Abnormal temperature"),
    "abnormal_soc": QT_TRANSLATE_NOOP("IntakeFlag", "Abnormal state of charge"),
    "leakage": QT_TRANSLATE_NOOP("IntakeFlag", "Leakage"),
}

CAPTIONS = ("company", "uscc", "document", "code", "vin", "mass", "temperature", "soc")


class IntakePage(WorkflowPage):
    workflow = "intake"

    def __init__(self, bench: Bench, parent: QWidget | None = None) -> None:
        super().__init__(bench, parent)
        self.code = QLineEdit()
        self.code.setClearButtonEnabled(True)
        self.no_code = QCheckBox()
        self.kind = QComboBox()
        self.kind.setEnabled(False)
        self.no_code.toggled.connect(self._no_code_toggled)
        self.source_name = QLineEdit()
        self.source_uscc = UsccField()
        self.document = QLineEdit()
        self.vin = QLineEdit(maxLength=17)
        self.vin_confirmed = QCheckBox()
        self.vin_confirmed.hide()
        self.vin.textChanged.connect(self._vin_changed)
        self.mass = WeightField(bench.scale)
        self.mass.problem.connect(self.problem)
        self.temperature = Measured(-60.0, 200.0, 1, "°C")
        self.soc = Measured(0.0, 100.0, 0, "%")
        self.flags = {flag: QCheckBox() for flag in FLAG_TEXTS}
        self.photos = PhotoStrip(bench.feed, bench.tasks, bench.db_path)
        self.photos.problem.connect(self.problem)
        self.record_button = QPushButton()
        self.record_button.setDefault(True)
        self.record_button.setMinimumHeight(48)
        self.record_button.clicked.connect(self.record)
        self.clear_button = QPushButton()
        self.clear_button.setMinimumHeight(48)
        self.clear_button.clicked.connect(self.clear_battery)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.record, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)

        self.battery_box = QGroupBox()
        battery = QFormLayout(self.battery_box)
        code_row = QHBoxLayout()
        code_row.addWidget(self.code, 3)
        code_row.addWidget(self.no_code)
        code_row.addWidget(self.kind, 1)
        self._captions = {name: QLabel() for name in CAPTIONS}
        battery.addRow(self._captions["code"], _wrap(code_row))
        battery.addRow(self._captions["vin"], self.vin)
        battery.addRow(None, self.vin_confirmed)
        battery.addRow(self._captions["mass"], self.mass)
        battery.addRow(self._captions["temperature"], self.temperature)
        battery.addRow(self._captions["soc"], self.soc)
        self.source_box = QGroupBox()
        source = QFormLayout(self.source_box)
        source.addRow(self._captions["company"], self.source_name)
        source.addRow(self._captions["uscc"], self.source_uscc)
        source.addRow(self._captions["document"], self.document)
        self.flags_box = QGroupBox()
        flags = QGridLayout(self.flags_box)
        for index, box in enumerate(self.flags.values()):
            flags.addWidget(box, index // 3, index % 3)
        buttons = QHBoxLayout()
        buttons.addWidget(self.clear_button)
        buttons.addStretch(1)
        buttons.addWidget(self.record_button, 2)
        left = QVBoxLayout()
        left.addWidget(self.source_box)
        left.addWidget(self.battery_box)
        right = QVBoxLayout()
        right.addWidget(self.flags_box)
        right.addWidget(self.photos)
        right.addWidget(self.banner, 1)
        columns = QHBoxLayout()
        columns.addLayout(left, 3)
        columns.addLayout(right, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addLayout(buttons)
        self.watch(self.code, self.no_code, self.kind, self.source_name, self.source_uscc, self.document, self.vin)
        self.watch(self.vin_confirmed, self.mass, self.temperature, self.soc, self.photos, *self.flags.values())
        self.retranslate()

    def title(self) -> str:
        return self.tr("Intake")

    def retranslate(self) -> None:
        kind = self.kind.currentData()
        self.kind.clear()
        for value, text in (("P", self.tr("Pack")), ("M", self.tr("Module")), ("C", self.tr("Cell"))):
            self.kind.addItem(text, value)
        self.kind.setCurrentIndex(max(0, self.kind.findData(kind)))
        self.code.setPlaceholderText(self.tr("Scan the battery's label, or type its code"))
        self.no_code.setText(self.tr("No code on the battery"))
        self.source_box.setTitle(self.tr("Delivered by"))
        self.battery_box.setTitle(self.tr("Battery"))
        self.flags_box.setTitle(self.tr("High risk"))
        captions = {
            "company": self.tr("Company"),
            "uscc": self.tr("Credit code"),
            "document": self.tr("Document no."),
            "code": self.tr("Code"),
            "vin": self.tr("VIN"),
            "mass": self.tr("Mass"),
            "temperature": self.tr("Temperature"),
            "soc": self.tr("State of charge"),
        }
        for name, text in captions.items():
            self._captions[name].setText(text)
        self.document.setPlaceholderText(self.tr("e.g. the end-of-life vehicle certificate number"))
        self.vin_confirmed.setText(self.tr("The VIN is as printed on the vehicle (its check digit does not match)"))
        for flag, box in self.flags.items():
            box.setText(QCoreApplication.translate("IntakeFlag", FLAG_TEXTS[flag]))
        self.record_button.setText(self.tr("Record the intake (Ctrl+Enter)"))
        self.clear_button.setText(self.tr("Clear the battery"))
        for widget in (self.mass, self.temperature, self.soc, self.photos, self.source_uscc):
            widget.retranslate()
        if self.banner.outcome is None and not self.banner.detail.text():
            self.banner.clear()

    # ---- scans and the draft -----------------------------------------------------------------------------

    def take_scan(self, payload: str | bytes) -> None:
        text = payload.decode("utf-8", "replace") if isinstance(payload, bytes) else payload
        self.no_code.setChecked(False)
        self.code.setText(text.strip())
        self.record_button.setFocus()

    def state(self) -> dict[str, Any]:
        return {
            "code": self.code.text(),
            "no_code": self.no_code.isChecked(),
            "kind": self.kind.currentData(),
            "source": {
                "name": self.source_name.text(),
                "uscc": self.source_uscc.text(),
                "document": self.document.text(),
            },
            "vin": self.vin.text(),
            "vin_confirmed": self.vin_confirmed.isChecked(),
            "mass_kg": self.mass.value(),
            "temperature_c": self.temperature.measured(),
            "soc_pct": self.soc.measured(),
            "flags": sorted(flag for flag, box in self.flags.items() if box.isChecked()),
            "photos": list(self.photos.photos()),
        }

    def apply_state(self, data: dict[str, Any]) -> None:
        self.code.setText(data.get("code", ""))
        self.no_code.setChecked(bool(data.get("no_code")))
        self.kind.setCurrentIndex(max(0, self.kind.findData(data.get("kind", "P"))))
        source = data.get("source", {})
        self.source_name.setText(source.get("name", ""))
        self.source_uscc.setText(source.get("uscc", ""))
        self.document.setText(source.get("document", ""))
        self.vin.setText(data.get("vin", ""))
        self.vin_confirmed.setChecked(bool(data.get("vin_confirmed")))
        self.mass.set_value(data.get("mass_kg"))
        self.temperature.set_measured(data.get("temperature_c"))
        self.soc.set_measured(data.get("soc_pct"))
        for flag, box in self.flags.items():
            box.setChecked(flag in data.get("flags", ()))
        self.photos.set_photos(data.get("photos", []))
        self.banner.show_done(self.tr("Draft restored"), self.tr("The intake that was being typed is back."))

    def form(self) -> IntakeForm:
        measurements = {
            key: value
            for key, value in (("temperature_c", self.temperature.measured()), ("soc_pct", self.soc.measured()))
            if value is not None
        }
        flags = {flag for flag, box in self.flags.items() if box.isChecked()}
        if self.no_code.isChecked():
            flags.add("no_code")
        return IntakeForm(
            "" if self.no_code.isChecked() else self.code.text().strip(),
            Source(self.source_name.text().strip(), self.source_uscc.text(), self.document.text().strip()),
            vin=self.vin.text().strip(),
            mass_kg=self.mass.value(),
            flags=frozenset(flags),
            measurements=measurements,
            kind=self.kind.currentData() if self.no_code.isChecked() else "P",
            vin_confirmed=self.vin_confirmed.isChecked(),
            photos=self.photos.photos(),
        )

    # ---- recording ---------------------------------------------------------------------------------------

    def record(self) -> None:
        if not self.no_code.isChecked() and not self.code.text().strip():
            self.problem(self.tr("Scan or type the battery's code first, or tick \u201cNo code on the battery\u201d."))
            self.code.setFocus()
            return
        form, bench = self.form(), self.bench
        self.record_button.setEnabled(False)
        if bench.remote is None:
            self._write(form, None)
        else:
            # The server is asked on a reader first: the writer thread never waits on the network.
            bench.tasks.read(
                lambda: ask_remote(bench.store, bench.remote, form.payload),
                lambda r: self._write(form, r),
                self._refused,
            )

    def _write(self, form: IntakeForm, remote: RemoteHistory | None) -> None:
        store, actor, draft = self.bench.store, self.bench.actor(), self.draft
        assert draft is not None
        draft.finish(lambda: receive(store, actor, form, remote=remote), self._recorded, self._refused)

    def _recorded(self, result: IntakeResult) -> None:
        assert self.draft is not None
        self.record_button.setEnabled(True)
        verdict = result.verdict
        reasons = [h.finding for h in verdict.hits if h.finding.severity is not Severity.INFO]
        detail = "\n".join(describe(f.code, f.params) for f in reasons[:3])
        if result.received:
            number = result.event.payload["recycling_no"]
            detail = (self.tr("Recycling no. %1").replace("%1", number) + "\n" + detail).strip()
            self._print_label(result)
            self.bench.nudge()
            with self.draft.quietly():  # the step is finished: the cleared form is not a new draft
                self.clear_battery()
        self.banner.show_verdict(verdict.outcome, detail)

    def _refused(self, exc: BaseException) -> None:
        self.record_button.setEnabled(True)
        if isinstance(exc, OperationError) and exc.reason == "vin_needs_confirmation":
            self.vin_confirmed.show()
        self.failed(exc)

    def _print_label(self, result: IntakeResult) -> None:
        printers = self.bench.printers
        if printers is None or "label" not in printers.printers:
            return
        p = result.event.payload
        label = IntakeLabel(
            p["recycling_no"], p["code"], local_today(), p.get("kind", "P"), p["source"]["name"], p.get("mass_kg")
        )
        self.bench.tasks.read(
            lambda: print_label(printers, intake_label(label), p["recycling_no"]), self._printed, self.failed
        )

    def _printed(self, outcome) -> None:
        if not outcome.printed:
            text = self.tr("The intake label waits in the print queue: %1").replace("%1", describe(outcome.reason, {}))
            self.banner.detail.setText(self.banner.detail.text() + "\n" + text)

    def clear_battery(self) -> None:
        """Ready for the next battery of the same delivery: the source stays."""
        self.code.clear()
        self.no_code.setChecked(False)
        self.vin.clear()
        self.vin_confirmed.setChecked(False)
        self.vin_confirmed.hide()
        self.mass.set_value(None)
        self.temperature.set_measured(None)
        self.soc.set_measured(None)
        for box in self.flags.values():
            box.setChecked(False)
        self.photos.set_photos([])
        self.code.setFocus()

    def _no_code_toggled(self, checked: bool) -> None:
        self.kind.setEnabled(checked)
        self.code.setEnabled(not checked)

    def _vin_changed(self, _text: str) -> None:
        self.vin_confirmed.setChecked(False)
        self.vin_confirmed.hide()


def _wrap(layout) -> QWidget:
    widget = QWidget()
    layout.setContentsMargins(0, 0, 0, 0)
    widget.setLayout(layout)
    return widget
