"""Hazardous waste (危险废物): a fraction taken out of a pack, weighed (or typed), into its container; a new
container opened with its HJ 1276 label; a full container sealed into storage.

The pick list comes from the rule set's catalogue: each hazardous dismantling output with its waste code, name and
hazard characteristics. The container is scanned (its 37-character identification code), picked from the open
containers of that waste code, or opened new. Every rule (one waste code per container, incompatible wastes,
capacity, sealed or handed-out containers) is the core's, judged under the write lock."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hardware.printers.labels import print_label
from hardware.printers.service import Outcome
from hardware.scale import Weight
from station.documents.labels.hazard import HazardLabel, hazard_label
from station.hazard.catalogue import Catalogue
from station.hazard.idcode import CODE_LENGTH, validate_container_code
from station.hazard.mass import kg_text
from station.hazard.queries import OPEN, ContainerState, container_states
from station.operations.hazard_containers import FillRequest, OpenedContainer, fill, open_container, seal
from station.store.events import StoredEvent
from station.store.store import Store
from ui.reasons import describe
from ui.theme import TOUCH_PX
from ui.workflows.bench import Bench
from ui.workflows.fields import WeightField
from ui.workflows.page import WorkflowPage

log = logging.getLogger(__name__)


# Words for the built-in rule set's dismantling outputs, container types and hazard characteristics; a site's own
# entries show as named in its rule set.
FRACTION_TEXTS = {
    "bms_boards": QT_TRANSLATE_NOOP("HazardFraction", "BMS and other circuit boards"),
    "absorbents": QT_TRANSLATE_NOOP("HazardFraction", "Absorbents and pads soaked with electrolyte"),
    "electrolyte": QT_TRANSLATE_NOOP("HazardFraction", "Electrolyte"),
    "coolant": QT_TRANSLATE_NOOP("HazardFraction", "Coolant"),
    "lead_acid": QT_TRANSLATE_NOOP("HazardFraction", "12 V lead-acid battery and its parts"),
    "mineral_oil": QT_TRANSLATE_NOOP("HazardFraction", "Waste mineral oil"),
}
CONTAINER_TEXTS = {
    "steel_drum_200l": QT_TRANSLATE_NOOP("HazardContainer", "Steel drum"),
    "plastic_drum_200l": QT_TRANSLATE_NOOP("HazardContainer", "Plastic drum"),
    "plastic_drum_60l": QT_TRANSLATE_NOOP("HazardContainer", "Small plastic drum"),
    "acid_box_500l": QT_TRANSLATE_NOOP("HazardContainer", "Acid-proof box"),
    "ton_bag_1000l": QT_TRANSLATE_NOOP("HazardContainer", "Ton bag"),
}
HAZARD_TEXTS = {
    "T": QT_TRANSLATE_NOOP("HazardCharacteristic", "toxic"),
    "C": QT_TRANSLATE_NOOP("HazardCharacteristic", "corrosive"),
    "I": QT_TRANSLATE_NOOP("HazardCharacteristic", "ignitable"),
    "R": QT_TRANSLATE_NOOP("HazardCharacteristic", "reactive"),
    "In": QT_TRANSLATE_NOOP("HazardCharacteristic", "infectious"),
}
PHYSICAL_FORMS = {"solid": "固态", "liquid": "液态", "semi_solid": "半固态", "gas": "气态"}  # printed on the label
CAPTIONS = ("pack", "fraction", "waste", "mass", "source", "container", "open", "type", "location", "seal_mass")


def fraction_word(name: str) -> str:
    return QCoreApplication.translate("HazardFraction", FRACTION_TEXTS[name]) if name in FRACTION_TEXTS else name


def container_word(name: str) -> str:
    return QCoreApplication.translate("HazardContainer", CONTAINER_TEXTS[name]) if name in CONTAINER_TEXTS else name


def hazards_word(keys: tuple[str, ...]) -> str:
    words = [
        f"{k} {QCoreApplication.translate('HazardCharacteristic', HAZARD_TEXTS[k])}" if k in HAZARD_TEXTS else k
        for k in keys
    ]
    return ", ".join(words)


@dataclass(frozen=True)
class Printed:
    outcome: Outcome | None  # None: no label printer at this bench
    code: str


def container_label(store: Store, event: StoredEvent) -> HazardLabel:
    """The HJ 1276 label of a container just opened, from its opening event and the site's configuration. The
    label is printed in Chinese whatever the screen's language, as the standard has it."""
    p = event.payload
    config = store.config() or {}
    return HazardLabel(
        waste_name=p["waste_name"],
        category=p["category"],
        waste_code=p["waste_code"],
        characteristics=tuple(p["hazards"]),
        generated_on=date.fromisoformat(p["on"]),
        company=str(config.get("site_name") or ""),
        contact=str(config.get("site_contact") or ""),
        identification_code=p["id_code"],
        container_volume_l=float(p["volume_l"]),
        physical_form=PHYSICAL_FORMS.get(p.get("form", ""), p.get("form", "")),
    )


class HazardPage(WorkflowPage):
    workflow = "hazard"

    def __init__(self, bench: Bench, parent: QWidget | None = None) -> None:
        super().__init__(bench, parent)
        self.catalogue: Catalogue | None = None
        self.open_states: list[ContainerState] = []
        self._scale_kg: float | None = None  # the value the scale gave, while the field still shows it
        self._asked_scale = False
        self._pending_fraction: str | None = None  # from a draft restored before the catalogue was read
        self._pending_type: str | None = None
        self.print_outcome = ""  # how the last container label went, in words

        self.pack = QLineEdit()
        self.pack.setClearButtonEnabled(True)
        self.fraction = QComboBox()
        self.fraction.currentIndexChanged.connect(self._fraction_changed)
        self.waste_info = QLabel()
        self.waste_info.setTextFormat(Qt.TextFormat.PlainText)
        self.waste_info.setWordWrap(True)
        self.mass = WeightField(bench.scale)
        self.mass.problem.connect(self.problem)
        self.mass.weigh.clicked.connect(self._weigh_asked)
        self.mass.changed.connect(self._show_source)
        if bench.scale is not None:
            # Connected after the field's own slot: the field shows the weight first, then it is marked as weighed.
            bench.scale.weighed.connect(self._weighed)
            bench.scale.failed.connect(lambda *_: setattr(self, "_asked_scale", False))
        self.source = QLabel()
        self.container = QLineEdit(maxLength=40)
        self.container.setClearButtonEnabled(True)
        self.open_list = QComboBox()
        self.open_list.activated.connect(self._picked)
        self.new_button = QPushButton()
        self.new_button.setCheckable(True)
        self.new_button.toggled.connect(self._new_toggled)
        self.container_type = QComboBox()
        self.location = QLineEdit()
        self.open_button = QPushButton()
        self.open_button.clicked.connect(self.open_new)
        self.record_button = QPushButton()
        self.record_button.setDefault(True)
        self.record_button.clicked.connect(self.record)
        self.seal_mass = WeightField(bench.scale)
        self.seal_mass.problem.connect(self.problem)
        self.seal_button = QPushButton()
        self.seal_button.clicked.connect(self.seal_container)
        for button in (self.new_button, self.open_button, self.seal_button, self.mass.weigh, self.seal_mass.weigh):
            button.setMinimumHeight(TOUCH_PX)
        self.record_button.setMinimumHeight(52)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.record, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)

        self._captions = {name: QLabel() for name in CAPTIONS}
        self.waste_box = QGroupBox()
        waste = QFormLayout(self.waste_box)
        waste.addRow(self._captions["pack"], self.pack)
        waste.addRow(self._captions["fraction"], self.fraction)
        waste.addRow(self._captions["waste"], self.waste_info)
        waste.addRow(self._captions["mass"], self.mass)
        waste.addRow(self._captions["source"], self.source)
        self.container_box = QGroupBox()
        box = QFormLayout(self.container_box)
        box.addRow(self._captions["container"], self.container)
        open_row = QHBoxLayout()
        open_row.addWidget(self.open_list, 1)
        open_row.addWidget(self.new_button)
        box.addRow(self._captions["open"], _wrap(open_row))
        self.new_box = QGroupBox()
        new = QFormLayout(self.new_box)
        new.addRow(self._captions["type"], self.container_type)
        new.addRow(self._captions["location"], self.location)
        new.addRow(None, self.open_button)
        self.new_box.hide()
        self.seal_box = QGroupBox()
        sealing = QFormLayout(self.seal_box)
        sealing.addRow(self._captions["seal_mass"], self.seal_mass)
        sealing.addRow(None, self.seal_button)
        left = QVBoxLayout()
        left.addWidget(self.waste_box)
        left.addWidget(self.container_box)
        left.addWidget(self.new_box)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self.banner, 1)
        right.addWidget(self.seal_box)
        columns = QHBoxLayout()
        columns.addLayout(left, 3)
        columns.addLayout(right, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(self.record_button)
        self.watch(self.pack, self.fraction, self.mass, self.container, self.new_button, self.container_type)
        self.watch(self.location)
        self.retranslate()
        self.load_catalogue()

    def title(self) -> str:
        return self.tr("Hazardous waste")

    def retranslate(self) -> None:
        self.pack.setPlaceholderText(self.tr("Scan the pack it came out of (optional)"))
        self.container.setPlaceholderText(self.tr("Scan the container's label, pick one below, or open a new one"))
        self.location.setPlaceholderText(self.tr("e.g. HW-STORE-1"))
        self.waste_box.setTitle(self.tr("Hazardous waste taken out"))
        self.container_box.setTitle(self.tr("Container"))
        self.new_box.setTitle(self.tr("New container"))
        self.seal_box.setTitle(self.tr("Seal the container into storage"))
        captions = {
            "pack": self.tr("Pack"),
            "fraction": self.tr("Waste"),
            "waste": self.tr("Waste code"),
            "mass": self.tr("Quantity"),
            "source": self.tr("Quantity from"),
            "container": self.tr("Identification code"),
            "open": self.tr("Open containers"),
            "type": self.tr("Container type"),
            "location": self.tr("Storage location"),
            "seal_mass": self.tr("Net weight (optional)"),
        }
        for name, text in captions.items():
            self._captions[name].setText(text)
        self.new_button.setText(self.tr("New container…"))
        self.open_button.setText(self.tr("Open the container and print its label"))
        self.record_button.setText(self.tr("Record the fill (Ctrl+Enter)"))
        self.seal_button.setText(self.tr("Seal the container"))
        self.seal_button.setToolTip(
            self.tr("Closes the container and records it into storage; a weighed net mass is checked against its fills")
        )
        for widget in (self.mass, self.seal_mass):
            widget.retranslate()
        self._fill_fractions()
        self._fill_types()
        self._fill_open()
        self._show_source()
        if self.banner.outcome is None and not self.banner.detail.text():
            self.banner.clear()

    # ---- the catalogue and the open containers -----------------------------------------------------------

    def load_catalogue(self) -> None:
        store = self.bench.store
        self.bench.tasks.read(lambda: Catalogue.from_rules(store.ruleset()), self._catalogue_read, self.failed)

    def _catalogue_read(self, catalogue: Catalogue) -> None:
        assert self.draft is not None
        self.catalogue = catalogue
        with self.draft.quietly():
            self._fill_fractions()
            if self._pending_fraction is not None:
                self._select(self.fraction, self._pending_fraction)
                self._pending_fraction = None
            self._fill_types()
            if self._pending_type is not None:
                self._select(self.container_type, self._pending_type)
                self._pending_type = None
        self.refresh_containers()

    def shown(self) -> None:
        self.load_catalogue()  # a rule set installed meanwhile brings its own pick list; then the containers

    def refresh_containers(self) -> None:
        store = self.bench.store
        self.bench.tasks.read(
            lambda: [s for s in container_states(store.db) if s.status == OPEN], self._containers_read, self.failed
        )

    def _containers_read(self, states: list[ContainerState]) -> None:
        self.open_states = states
        self._fill_open()

    def _fill_fractions(self) -> None:
        if self.catalogue is None:
            return
        chosen = self.fraction.currentData()
        self.fraction.blockSignals(True)
        self.fraction.clear()
        for f in self.catalogue.fractions.values():
            if f.code is None:
                continue  # general industrial solid waste: not for a hazardous-waste container
            waste = self.catalogue.codes.get(f.code)
            hazards = f"  [{hazards_word(waste.hazards)}]" if waste is not None else ""
            self.fraction.addItem(f"{f.code}  {fraction_word(f.name)}{hazards}", f.name)
        self.fraction.setCurrentIndex(max(0, self.fraction.findData(chosen)))
        self.fraction.blockSignals(False)
        self._show_waste()

    def _fill_types(self) -> None:
        if self.catalogue is None:
            return
        chosen = self.container_type.currentData()
        waste = self._waste()
        preferred = list(waste.containers) if waste is not None else []
        names = preferred + [n for n in self.catalogue.container_types if n not in preferred]
        self.container_type.blockSignals(True)
        self.container_type.clear()
        for name in names:
            t = self.catalogue.container_types[name]
            text = self.tr("%1, %2 L, up to %3 kg").replace("%1", container_word(name))
            text = text.replace("%2", f"{t.volume_l:g}").replace("%3", f"{t.capacity_kg:g}")
            if name not in preferred:
                text += "  " + self.tr("(not usual for this waste)")
            self.container_type.addItem(text, name)
        index = self.container_type.findData(chosen)
        self.container_type.setCurrentIndex(index if index >= 0 else 0)
        self.container_type.blockSignals(False)

    def _fill_open(self) -> None:
        waste = self._waste()
        code = waste.code if waste is not None else None
        self.open_list.clear()
        matching = [s for s in self.open_states if s.waste_code == code]
        if not matching:
            self.open_list.addItem(self.tr("No open container of this waste code"), None)
            self.open_list.setEnabled(False)
            return
        self.open_list.setEnabled(True)
        self.open_list.addItem(self.tr("Pick an open container…"), None)
        for s in matching:
            text = self.tr("%1 · %2 of %3 kg · %4").replace("%1", s.id_code)
            text = text.replace("%2", kg_text(s.filled_g)).replace("%3", kg_text(s.capacity_g))
            self.open_list.addItem(text.replace("%4", s.location), s.id_code)
        self.open_list.setCurrentIndex(max(0, self.open_list.findData(self.container.text().strip().upper())))

    def _waste(self):
        if self.catalogue is None:
            return None
        fraction = self.catalogue.fractions.get(self.fraction.currentData() or "")
        return self.catalogue.codes.get(fraction.code) if fraction is not None and fraction.code else None

    def _show_waste(self) -> None:
        waste = self._waste()
        if waste is None:
            self.waste_info.clear()
            return
        lines = [
            f"{waste.category} {waste.code}  {waste.name_zh}",
            waste.name_en,
            self.tr("Hazard characteristics: %1").replace("%1", hazards_word(waste.hazards)),
        ]
        fraction = self.catalogue.fractions.get(self.fraction.currentData() or "") if self.catalogue else None
        if not waste.confirmed or (fraction is not None and not fraction.confirmed):
            lines.append(self.tr("This code is the site's choice, to be agreed with the local authority."))
        self.waste_info.setText("\n".join(line for line in lines if line))

    def _fraction_changed(self, _index: int) -> None:
        self._show_waste()
        self._fill_types()
        self._fill_open()

    def _picked(self, index: int) -> None:
        code = self.open_list.itemData(index)
        if code:
            self.container.setText(code)

    def _new_toggled(self, checked: bool) -> None:
        self.new_box.setVisible(checked)
        if checked:
            self.location.setFocus()

    # ---- where the quantity came from --------------------------------------------------------------------

    def _weigh_asked(self) -> None:
        self._asked_scale = True

    def _weighed(self, _weight: Weight) -> None:
        if self._asked_scale:
            self._asked_scale = False
            self._scale_kg = self.mass.value()
            self._show_source()

    def source_kind(self) -> str:
        value = self.mass.value()
        return "scale" if value is not None and value == self._scale_kg else "typed"

    def _show_source(self) -> None:
        if self.mass.value() is None:
            self.source.setText(self.tr("not weighed yet"))
        elif self.source_kind() == "scale":
            self.source.setText(self.tr("the scale (settled weight)"))
        else:
            self.source.setText(self.tr("typed by hand"))

    # ---- scans and the draft -----------------------------------------------------------------------------

    def take_scan(self, payload: str | bytes) -> None:
        text = (payload.decode("utf-8", "replace") if isinstance(payload, bytes) else payload).strip()
        if len(text) == CODE_LENGTH or not validate_container_code(text.upper()):
            self.container.setText(text.upper())
            self.record_button.setFocus()
        else:
            self.pack.setText(text)
            self.fraction.setFocus()

    def state(self) -> dict[str, Any]:
        return {
            "pack": self.pack.text(),
            "fraction": self.fraction.currentData() or self._pending_fraction,
            "mass_kg": self.mass.value(),
            "scale_kg": self._scale_kg,
            "container": self.container.text(),
            "new_container": self.new_button.isChecked(),
            "container_type": self.container_type.currentData() or self._pending_type,
            "location": self.location.text(),
        }

    def apply_state(self, data: dict[str, Any]) -> None:
        self.pack.setText(data.get("pack", ""))
        if self.catalogue is None:
            self._pending_fraction, self._pending_type = data.get("fraction"), data.get("container_type")
        else:
            self._select(self.fraction, data.get("fraction"))
            self._select(self.container_type, data.get("container_type"))
        self._scale_kg = data.get("scale_kg")
        self.mass.set_value(data.get("mass_kg"))
        self.container.setText(data.get("container", ""))
        self.new_button.setChecked(bool(data.get("new_container")))
        self.location.setText(data.get("location", ""))
        self._show_source()
        self.banner.show_done(self.tr("Draft restored"), self.tr("The fill that was being recorded is back."))

    @staticmethod
    def _select(combo: QComboBox, value: Any) -> None:
        index = combo.findData(value)
        if index >= 0:
            combo.setCurrentIndex(index)

    # ---- recording a fill --------------------------------------------------------------------------------

    def record(self) -> None:
        container = self.container.text().strip().upper()
        fraction = self.fraction.currentData()
        if fraction is None:
            self.problem(self.tr("Pick the waste first."))
            return
        if self.mass.value() is None:
            self.problem(self.tr("Weigh the quantity on the scale, or type it."))
            return
        if not container:
            self.problem(self.tr("Scan the container's label, pick an open container, or open a new one."))
            self.container.setFocus()
            return
        request = FillRequest(
            container, fraction, str(self.mass.value()), self.pack.text().strip() or None, self.source_kind()
        )
        store, actor, draft = self.bench.store, self.bench.actor(), self.draft
        assert draft is not None
        self.record_button.setEnabled(False)
        draft.finish(lambda: fill(store, actor, request), self._filled, self._refused)

    def _filled(self, event: StoredEvent) -> None:
        assert self.draft is not None
        self.record_button.setEnabled(True)
        p = event.payload
        detail = self.tr("%1 kg of %2 into %3").replace("%1", kg_text(p["mass_g"]))
        detail = detail.replace("%2", fraction_word(p["fraction"])).replace("%3", p["id_code"])
        if p["source"] == "typed":
            detail += "\n" + self.tr("The quantity was typed, not weighed.")
        self.banner.show_done(self.tr("Fill recorded"), detail)
        self.bench.nudge()
        with self.draft.quietly():  # the step is finished: the container and the waste stay for the next pack
            self.mass.set_value(None)
            self._scale_kg = None
            self._show_source()
        self.refresh_containers()

    def _refused(self, exc: BaseException) -> None:
        self.record_button.setEnabled(True)
        self.open_button.setEnabled(True)
        self.seal_button.setEnabled(True)
        self.failed(exc)

    # ---- a new container ---------------------------------------------------------------------------------

    def open_new(self) -> None:
        waste = self._waste()
        if waste is None:
            self.problem(self.tr("Pick the waste first: a container holds one waste code."))
            return
        if not self.location.text().strip():
            self.problem(self.tr("Say where the container is stored (its storage location)."))
            self.location.setFocus()
            return
        store, actor = self.bench.store, self.bench.actor()
        code, location, ctype = waste.code, self.location.text().strip(), self.container_type.currentData()
        self.open_button.setEnabled(False)
        self.bench.tasks.write(lambda: open_container(store, actor, code, location, ctype), self._opened, self._refused)

    def _opened(self, opened: OpenedContainer) -> None:
        self.open_button.setEnabled(True)
        code = opened.code.text
        self.container.setText(code)
        self.new_button.setChecked(False)
        self.banner.show_done(self.tr("Container opened"), code)
        self.bench.nudge()
        self.refresh_containers()
        self._print_label(opened.event, code)

    def _print_label(self, event: StoredEvent, code: str) -> None:
        printers, store = self.bench.printers, self.bench.store
        if printers is None or "label" not in printers.printers:
            self._printed(Printed(None, code))
            return
        self.bench.tasks.read(
            lambda: Printed(print_label(printers, hazard_label(container_label(store, event)), code), code),
            self._printed,
            self._print_failed,
        )

    def _printed(self, printed: Printed) -> None:
        if printed.outcome is None:
            text = self.tr("No label printer is set at this bench: the container's label was not printed.")
        elif printed.outcome.printed:
            text = self.tr("The container's label was printed.")
        else:
            reason = describe(printed.outcome.reason, {})
            text = self.tr("The container's label waits in the print queue: %1").replace("%1", reason)
        self.print_outcome = text
        self.banner.detail.setText(printed.code + "\n" + text)

    def _print_failed(self, exc: BaseException) -> None:
        text = self.tr("The container's label could not be printed: %1").replace("%1", str(exc))
        self.print_outcome = text
        self.banner.detail.setText(self.banner.detail.text() + "\n" + text)

    # ---- sealing -----------------------------------------------------------------------------------------

    def seal_container(self) -> None:
        container = self.container.text().strip().upper()
        if not container:
            self.problem(self.tr("Scan the label of the container to seal, or pick it."))
            return
        store, actor, weighed = self.bench.store, self.bench.actor(), self.seal_mass.value()
        weighed_kg = None if weighed is None else str(weighed)
        self.seal_button.setEnabled(False)
        self.bench.tasks.write(lambda: seal(store, actor, container, weighed_kg), self._sealed, self._refused)

    def _sealed(self, event: StoredEvent) -> None:
        self.seal_button.setEnabled(True)
        p = event.payload
        detail = self.tr("%1: %2 kg into storage at %3").replace("%1", p["id_code"])
        self.banner.show_done(
            self.tr("Container sealed"), detail.replace("%2", kg_text(p["mass_g"])).replace("%3", p["location"])
        )
        self.bench.nudge()
        self.container.clear()
        self.seal_mass.set_value(None)
        self.refresh_containers()


def _wrap(layout) -> QWidget:
    widget = QWidget()
    layout.setContentsMargins(0, 0, 0, 0)
    widget.setLayout(layout)
    return widget
