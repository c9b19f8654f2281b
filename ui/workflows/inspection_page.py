"""Inspection before dismantling (拆解前检测): the pack is scanned, its card read (code, status, intake mass), and
the checklist of the rule set in force is worked through: defects seen (each a yes/no), the values measured with
their limits beside them, photos. The assessment follows every key (colour and words) and presets the result;
the technician may choose a stricter one, a milder one only with a reason. The core judges again when it records.

The draft keeps the scanned code and everything typed: after a crash the page reads the card again and the
inspection goes on where it was."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from station.findings import Severity
from station.operations.inspection import INSPECTION_RESULTS
from station.operations.inspection_check import Assessment, InspectionCard, assess, card, inspect, severity
from station.rules.ruleset import RuleSet, builtin
from station.store.events import StoredEvent
from ui.event_words import kind_word, status_word
from ui.reasons import describe
from ui.reasons_inspection import item_word, result_word
from ui.theme import TOUCH_PX
from ui.workflows.bench import Bench
from ui.workflows.fields import Measured, PhotoStrip, WeightField
from ui.workflows.page import WorkflowPage

log = logging.getLogger(__name__)

MOHM = 1_000_000.0
RESULT_COLOURS = {"pass": "#1b5e20", "pretreat": "#b36b00", "quarantine": "#6a1b9a"}
ROUTES = (None, "echelon", "recycling")
APPEARANCE_COLUMNS = 4
MEASURED = ("total_voltage_v", "insulation_ohm", "temperature_c", "mass_kg")


class InspectionPage(WorkflowPage):
    workflow = "inspection"
    loaded = Signal(str)  # a battery's card was read (tests and the crash script wait for it)

    def __init__(self, bench: Bench, parent: QWidget | None = None) -> None:
        super().__init__(bench, parent)
        self.rules: RuleSet = builtin()  # until the store's rule set in force is read
        self.card: InspectionCard | None = None
        self.assessment: Assessment = assess(self.rules, {}, {}, None)
        # The suggestion the operator chose a different result against; "" while the result follows the
        # assessment. A new suggestion presets the result again.
        self._chosen_against = ""
        self._loading = ""

        self.entry = QLineEdit()
        self.entry.setClearButtonEnabled(True)
        self.entry.setMinimumHeight(TOUCH_PX)
        self.entry.returnPressed.connect(self._typed)
        self.card_label = QLabel()
        self.card_label.setTextFormat(Qt.TextFormat.PlainText)  # the code is scanned text
        self.card_label.setWordWrap(True)
        font = self.card_label.font()
        font.setPointSize(font.pointSize() + 2)
        font.setBold(True)
        self.card_label.setFont(font)

        self.defects: dict[str, QCheckBox] = {}
        self.appearance_box = QGroupBox()
        self._appearance_grid = QGridLayout(self.appearance_box)

        self.voltage = Measured(0.0, 2000.0, 1, "V")
        self.insulation = Measured(0.0, 100000.0, 3, "MΩ")
        self.temperature = Measured(-60.0, 200.0, 1, "°C")
        self.mass = WeightField(bench.scale)
        self.mass.problem.connect(self.problem)
        self.fields: dict[str, QWidget] = {
            "total_voltage_v": self.voltage,
            "insulation_ohm": self.insulation,
            "temperature_c": self.temperature,
            "mass_kg": self.mass,
        }
        self._captions = {name: QLabel() for name in MEASURED}
        self.limits = {name: QLabel() for name in MEASURED}
        self.measure_box = QGroupBox()
        grid = QGridLayout(self.measure_box)
        for row, name in enumerate(MEASURED):
            self.fields[name].setMinimumHeight(40)
            self.limits[name].setTextFormat(Qt.TextFormat.PlainText)
            self.limits[name].setWordWrap(True)
            grid.addWidget(self._captions[name], row, 0)
            grid.addWidget(self.fields[name], row, 1)
            grid.addWidget(self.limits[name], row, 2)
        grid.setColumnStretch(1, 2)
        grid.setColumnStretch(2, 3)
        for widget in (self.voltage, self.insulation, self.temperature):
            widget.valueChanged.connect(lambda _v: self._reassess())
        self.mass.changed.connect(self._reassess)

        self.findings_label = QLabel()
        self.findings_label.setTextFormat(Qt.TextFormat.PlainText)
        self.findings_label.setWordWrap(True)
        self.findings_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.suggested_label = QLabel()
        self.suggested_label.setTextFormat(Qt.TextFormat.PlainText)
        font = self.suggested_label.font()
        font.setPointSize(font.pointSize() + 3)
        font.setBold(True)
        self.suggested_label.setFont(font)
        self.assessment_box = QGroupBox()
        assessed = QVBoxLayout(self.assessment_box)
        assessed.addWidget(self.suggested_label)
        scroll = QScrollArea()  # many findings scroll rather than push the page off a 768-line screen
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setMinimumHeight(48)
        scroll.setWidget(self.findings_label)
        assessed.addWidget(scroll, 1)

        self.result_buttons = {result: QPushButton() for result in INSPECTION_RESULTS}
        self.results = QButtonGroup(self)
        self.results.setExclusive(True)
        for result, button in self.result_buttons.items():
            button.setCheckable(True)
            button.setMinimumHeight(TOUCH_PX)
            self.results.addButton(button)
            button.clicked.connect(lambda _c=False, r=result: self._picked(r))
        self.route = QComboBox()
        self.route.setMinimumHeight(TOUCH_PX)
        self.reason = QLineEdit()
        self.reason.setMinimumHeight(TOUCH_PX)
        self.reason.textChanged.connect(lambda _t: self._show_choice())
        self.choice_note = QLabel()
        self.choice_note.setTextFormat(Qt.TextFormat.PlainText)
        self.choice_note.setWordWrap(True)
        self.result_box = QGroupBox()
        chosen = QGridLayout(self.result_box)
        for column, button in enumerate(self.result_buttons.values()):
            chosen.addWidget(button, 0, column)
        chosen.addWidget(self.choice_note, 1, 0, 1, 3)
        chosen.addWidget(self.route, 2, 0)
        chosen.addWidget(self.reason, 2, 1, 1, 2)

        self.photos = PhotoStrip(bench.feed, bench.tasks, bench.db_path)
        self.photos.problem.connect(self.problem)
        for button in (self.photos.take, self.photos.remove):
            button.setMinimumHeight(TOUCH_PX)
        self.record_button = QPushButton()
        self.record_button.setDefault(True)
        self.record_button.setMinimumHeight(48)
        self.record_button.clicked.connect(self.record)
        self.clear_button = QPushButton()
        self.clear_button.setMinimumHeight(TOUCH_PX)
        self.clear_button.clicked.connect(self.clear)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.record, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)

        self.battery_box = QGroupBox()
        battery = QHBoxLayout(self.battery_box)
        battery.addWidget(self.entry, 2)
        battery.addWidget(self.card_label, 3)
        left = QVBoxLayout()
        left.addWidget(self.battery_box)
        left.addWidget(self.appearance_box)
        left.addWidget(self.measure_box)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self.assessment_box, 1)
        right.addWidget(self.result_box)
        right.addWidget(self.banner)
        columns = QHBoxLayout()
        columns.addLayout(left, 3)
        columns.addLayout(right, 2)
        buttons = QHBoxLayout()
        buttons.addWidget(self.photos, 3)
        buttons.addWidget(self.clear_button)
        buttons.addWidget(self.record_button, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addLayout(buttons)

        self._build_checklist()
        self.watch(self.entry, self.voltage, self.insulation, self.temperature, self.mass, self.photos)
        self.watch(self.route, self.reason, *self.result_buttons.values())
        self.retranslate()
        self._read_rules()

    def title(self) -> str:
        return self.tr("Inspection")

    def retranslate(self) -> None:
        self.entry.setPlaceholderText(self.tr("Scan the pack's label, or type its code"))
        self.battery_box.setTitle(self.tr("Battery"))
        self.appearance_box.setTitle(self.tr("Appearance: tick each defect seen"))
        self.measure_box.setTitle(self.tr("Measured values"))
        self.assessment_box.setTitle(self.tr("Assessment"))
        self.result_box.setTitle(self.tr("Result"))
        for item, box in self.defects.items():
            box.setText(item_word(item))
        for name, caption in self._captions.items():
            caption.setText(item_word(name))
        for widget in (self.voltage, self.insulation, self.temperature, self.mass, self.photos):
            widget.retranslate()
        for result, button in self.result_buttons.items():
            button.setText(result_word(result))
        assert self.draft is not None
        with self.draft.quietly():  # the same route, in other words
            route = self.route.currentData()
            self.route.clear()
            words = (self.tr("Not decided yet"), self.tr("Echelon use"), self.tr("Recycling"))
            for value, text in zip(ROUTES, words, strict=True):
                self.route.addItem(text, value)
            self.route.setCurrentIndex(max(0, self.route.findData(route)))
        self.route.setToolTip(self.tr("Route"))
        self.reason.setPlaceholderText(self.tr("Why the milder result (required)"))
        self.record_button.setText(self.tr("Record the inspection (Ctrl+Enter)"))
        self.clear_button.setText(self.tr("Clear"))
        self._show_card()
        self._show_assessment()
        if self.banner.outcome is None and not self.banner.detail.text():
            self.banner.clear()

    def shown(self) -> None:
        self._read_rules()  # a rule set installed meanwhile brings its own checklist and limits

    # ---- the rule set's checklist ------------------------------------------------------------------------

    def _read_rules(self) -> None:
        store = self.bench.store
        self.bench.tasks.read(store.ruleset, self._rules_read, lambda exc: log.warning("rule set: %s", exc))

    def _rules_read(self, rules: RuleSet) -> None:
        if rules.sha256 != self.rules.sha256:
            self.rules = rules
            assert self.draft is not None
            with self.draft.quietly():
                self._build_checklist()
                self.retranslate()

    def _build_checklist(self) -> None:
        checklist = self.rules.inspection
        seen = {item for item, box in self.defects.items() if box.isChecked()}
        for box in self.defects.values():
            self._appearance_grid.removeWidget(box)
            box.deleteLater()
        self.defects = {}
        for index, (item, _result) in enumerate(checklist.appearance):
            box = QCheckBox()
            box.setMinimumHeight(36)
            box.setChecked(item in seen)
            box.toggled.connect(lambda _c: self._reassess())
            self.defects[item] = box
            self._appearance_grid.addWidget(box, index // APPEARANCE_COLUMNS, index % APPEARANCE_COLUMNS)
            self.watch(box)
        for name in MEASURED:
            asked = name in checklist.measurements
            for widget in (self._captions[name], self.fields[name], self.limits[name]):
                widget.setVisible(asked)
        self._reassess()

    # ---- scans and the card ------------------------------------------------------------------------------

    def take_scan(self, payload: str | bytes) -> None:
        text = payload.decode("utf-8", "replace") if isinstance(payload, bytes) else payload
        self.entry.setText(text.strip())
        self.load(payload, fresh=True)

    def _typed(self) -> None:
        if self.entry.text().strip():
            self.load(self.entry.text(), fresh=True)

    def load(self, payload: str | bytes, fresh: bool) -> None:
        """Read the battery's card; ``fresh``: a new inspection (what was typed for another pack is cleared)."""
        store = self.bench.store
        text = payload.decode("utf-8", "replace") if isinstance(payload, bytes) else payload
        self._loading = text.strip()
        self.bench.tasks.read(
            lambda: card(store, payload), lambda c: self._loaded(text.strip(), c, fresh), self._load_refused
        )

    def _loaded(self, asked: str, found: InspectionCard, fresh: bool) -> None:
        if asked != self._loading:
            return  # a later scan is on its way
        assert self.draft is not None
        if fresh and (self.card is None or self.card.code != found.code):
            with self.draft.quietly():
                self._clear_values()
        self.card = found
        with self.draft.quietly():
            self.entry.setText(found.code)
        self._show_card()
        self._reassess()
        self.draft.save_now()
        if fresh:
            self.banner.show_done(self.tr("Battery found"), self.tr("Work through the checklist."))
        self.loaded.emit(found.code)

    def _load_refused(self, exc: BaseException) -> None:
        self.card = None
        self._show_card()
        self._reassess()
        self.failed(exc)

    def _show_card(self) -> None:
        c = self.card
        if c is None:
            self.card_label.setText(self.tr("No battery scanned yet."))
            return
        facts = [kind_word(c.kind), status_word(c.status)]
        if c.recycling_no:
            facts.append(self.tr("Recycling no. %1").replace("%1", c.recycling_no))
        facts.append(
            self.tr("intake mass %1 kg").replace("%1", _number(c.intake_mass_kg))
            if c.intake_mass_kg is not None
            else self.tr("no intake mass")
        )
        self.card_label.setText(c.code + "\n" + " · ".join(facts))

    # ---- the live assessment -----------------------------------------------------------------------------

    def measurements(self) -> dict[str, float | None]:
        insulation = self.insulation.measured()
        return {
            "total_voltage_v": self.voltage.measured(),
            "insulation_ohm": None if insulation is None else float(round(insulation * MOHM)),
            "temperature_c": self.temperature.measured(),
            "mass_kg": self.mass.value(),
        }

    def appearance(self) -> dict[str, bool]:
        return {item: box.isChecked() for item, box in self.defects.items()}

    def _reassess(self) -> None:
        reference = self.card.intake_mass_kg if self.card is not None else None
        self.assessment = assess(self.rules, self.measurements(), self.appearance(), reference)
        if self._chosen_against != self.assessment.result:
            self._chosen_against = ""
            self._set_result(self.assessment.result)
        self._show_assessment()

    def _show_assessment(self) -> None:
        a = self.assessment
        colour = RESULT_COLOURS[a.result]
        self.suggested_label.setText(self.tr("Suggested: %1").replace("%1", result_word(a.result)))
        self.suggested_label.setStyleSheet(f"color: {colour};")
        lines = []
        for check in a.checks:
            mark = "✖" if check.finding.severity is Severity.ERROR else "⚠"
            lines.append(f"{mark} {describe(check.finding.code, check.finding.params)}")
        self.findings_label.setText("\n".join(lines) if lines else self.tr("✔ Nothing found against the pack."))
        self.assessment_box.setStyleSheet(f"QGroupBox {{ border: 3px solid {colour}; margin-top: 1.2em; }}")
        self._show_limits()
        self._show_choice()

    def _show_limits(self) -> None:
        rules = self.rules
        voltage = self.voltage.measured()
        touch_safe = rules.threshold("touch_safe_voltage_v")
        per_volt = rules.threshold("insulation_min_ohm_per_v")
        self.limits["total_voltage_v"].setText(self.tr("touch-safe ≤ %1 V").replace("%1", _number(touch_safe)))
        insulation = self.tr("≥ %1 Ω/V").replace("%1", _number(per_volt))
        if voltage:
            needed = per_volt * voltage / MOHM
            insulation += " " + self.tr("(≥ %1 MΩ at this voltage)").replace("%1", _number(needed, 3))
        self.limits["insulation_ohm"].setText(insulation)
        self.limits["temperature_c"].setText(
            self.tr("%1 to %2 °C")
            .replace("%1", _number(rules.threshold("temperature_min_c")))
            .replace("%2", _number(rules.threshold("temperature_max_c")))
        )
        deviation = _number(rules.threshold("mass_deviation_warn_pct"))
        reference = self.card.intake_mass_kg if self.card is not None else None
        self.limits["mass_kg"].setText(
            self.tr("± %1 % of %2 kg at intake").replace("%1", deviation).replace("%2", _number(reference))
            if reference
            else self.tr("± %1 % of the intake mass (none recorded)").replace("%1", deviation)
        )
        for name, label in self.limits.items():
            bad = any(
                c.finding.severity is Severity.ERROR and _about(c.finding.code) == name for c in self.assessment.checks
            )
            label.setStyleSheet("color: #b71c1c; font-weight: bold;" if bad else "")

    # ---- the result --------------------------------------------------------------------------------------

    def result(self) -> str:
        return next((r for r, b in self.result_buttons.items() if b.isChecked()), self.assessment.result)

    def _set_result(self, result: str) -> None:
        self.result_buttons[result].setChecked(True)

    def _picked(self, result: str) -> None:
        self._chosen_against = self.assessment.result if result != self.assessment.result else ""
        self._show_choice()

    def milder(self) -> bool:
        return severity(self.result()) < severity(self.assessment.result)

    def _show_choice(self) -> None:
        for result, button in self.result_buttons.items():
            colour = RESULT_COLOURS[result]
            button.setStyleSheet(
                f"QPushButton:checked {{ background: {colour}; color: white; font-weight: bold; }}"
                f"QPushButton {{ border: 2px solid {colour}; }}"
            )
        milder = self.milder()
        self.reason.setEnabled(milder)
        if milder:
            self.choice_note.setText(
                self.tr("Milder than the suggested %1: type why.").replace("%1", result_word(self.assessment.result))
            )
        elif severity(self.result()) > severity(self.assessment.result):
            self.choice_note.setText(self.tr("Stricter than suggested."))
        else:
            self.choice_note.setText("")

    # ---- the draft ---------------------------------------------------------------------------------------

    def state(self) -> dict[str, Any]:
        return {
            "code": self.card.code if self.card is not None else self.entry.text().strip(),
            "appearance": sorted(item for item, seen in self.appearance().items() if seen),
            "total_voltage_v": self.voltage.measured(),
            "insulation_mohm": self.insulation.measured(),
            "temperature_c": self.temperature.measured(),
            "mass_kg": self.mass.value(),
            "result": self.result(),
            "chosen_against": self._chosen_against,
            "route": self.route.currentData(),
            "reason": self.reason.text(),
            "photos": list(self.photos.photos()),
        }

    def apply_state(self, data: dict[str, Any]) -> None:
        self.entry.setText(data.get("code", ""))
        for item, box in self.defects.items():
            box.setChecked(item in data.get("appearance", ()))
        self.voltage.set_measured(data.get("total_voltage_v"))
        self.insulation.set_measured(data.get("insulation_mohm"))
        self.temperature.set_measured(data.get("temperature_c"))
        self.mass.set_value(data.get("mass_kg"))
        self.route.setCurrentIndex(max(0, self.route.findData(data.get("route"))))
        self.reason.setText(data.get("reason", ""))
        self.photos.set_photos(data.get("photos", []))
        self._reassess()
        if data.get("result") in self.result_buttons and data.get("chosen_against") == self.assessment.result:
            self._chosen_against = self.assessment.result
            self._set_result(data["result"])
            self._show_choice()
        self.banner.show_done(self.tr("Draft restored"), self.tr("The inspection that was being typed is back."))
        if self.entry.text().strip():
            self.load(self.entry.text(), fresh=False)

    # ---- recording ---------------------------------------------------------------------------------------

    def record(self) -> None:
        if self.card is None:
            self.problem(self.tr("Scan or type the pack's code first."))
            self.entry.setFocus()
            return
        if self.milder() and not self.reason.text().strip():
            self.problem(
                describe(
                    "inspection_milder_needs_reason", {"result": self.result(), "suggested": self.assessment.result}
                )
            )
            self.reason.setFocus()
            return
        store, actor, draft = self.bench.store, self.bench.actor(), self.draft
        assert draft is not None
        code, result, route = self.card.code, self.result(), self.route.currentData()
        measured, seen, photos = self.measurements(), self.appearance(), self.photos.photos()
        reason = self.reason.text() if self.milder() else ""
        self.record_button.setEnabled(False)
        draft.finish(
            lambda: inspect(store, actor, code, result, route, measured, seen, photos, reason),
            self._recorded,
            self._refused,
        )

    def _recorded(self, event: StoredEvent) -> None:
        assert self.draft is not None
        self.record_button.setEnabled(True)
        p = event.payload
        detail = p["code"] + "\n" + self.tr("Result: %1").replace("%1", result_word(p["result"]))
        self.bench.nudge()
        with self.draft.quietly():  # the step is finished: the cleared page is not a new draft
            self.clear()
        self.banner.show_done(self.tr("Inspection recorded"), detail)

    def _refused(self, exc: BaseException) -> None:
        self.record_button.setEnabled(True)
        self.failed(exc)

    def clear(self) -> None:
        self.card = None
        self._loading = ""
        self.entry.clear()
        self._clear_values()
        self._show_card()
        self.entry.setFocus()

    def _clear_values(self) -> None:
        for box in self.defects.values():
            box.setChecked(False)
        for widget in (self.voltage, self.insulation, self.temperature):
            widget.set_measured(None)
        self.mass.set_value(None)
        self.route.setCurrentIndex(0)
        self.reason.clear()
        self.photos.set_photos([])
        self._chosen_against = ""
        self._reassess()


def _about(code: str) -> str:
    """The measured value a finding is about (to mark its limit), or ""."""
    return {
        "inspection_temperature_abnormal": "temperature_c",
        "insulation_too_low": "insulation_ohm",
        "mass_deviation": "mass_kg",
        "high_voltage_procedure": "total_voltage_v",
    }.get(code, "")


def _number(value: float | None, places: int = 1) -> str:
    if value is None:
        return "—"
    text = f"{value:.{places}f}".rstrip("0").rstrip(".")
    return text or "0"
