"""The set-up pages, shared by the first-run wizard and the Settings dialog: the site, the station and its server,
the bench devices. Each page is loaded from the current configuration or settings (``load``), says what it would
save (``values``) and what stops it from being saved (``validate``: reason codes, worded in the page itself)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any
from urllib.parse import quote, urlsplit

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QIntValidator
from PySide6.QtPrintSupport import QPrinterInfo
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from serial.tools import list_ports

from hardware.camera.webcam import CameraInfo, list_cameras
from station.findings import Finding, error
from station.operations.reference import site_findings
from station.rules.ruleset import RuleSet
from station.settings import declaration
from station.store.store import ROLES, SYSTEM_ACTOR, Store
from station.sync import state as sync_state
from station.sync.client import ServerRefused, ServerUnavailable, Timeouts
from station.sync.enrolment import Enrolled, enrol
from ui.printing import printer_for
from ui.reasons import TEXTS as REASON_TEXTS
from ui.reasons import describe
from ui.tasks import TaskRunner
from ui.workflows.fields import say_uscc_check

PROBLEM_STYLE = "color: #b00020;"
KIND_ROLE = Qt.ItemDataRole.UserRole
ENROL_TIMEOUTS = Timeouts(connect=5.0, read=20.0, write=20.0, pool=5.0)
BAUD_RATES = ("1200", "2400", "4800", "9600", "19200", "38400", "57600", "115200")


class SetupPage(QWidget):
    """A page with a problems line under it. Subclasses give ``findings()`` and ``retranslate()``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.problems = QLabel(wordWrap=True, visible=False)
        self.problems.setTextFormat(Qt.TextFormat.PlainText)
        self.problems.setStyleSheet(PROBLEM_STYLE)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addStretch(1)
        layout.addWidget(self.problems)

    def findings(self) -> list[Finding]:
        return []

    def validate(self) -> list[str]:
        """The reason codes that stop this page from being saved, also shown in the page."""
        found = self.findings()
        self.problems.setText("\n".join(describe(f.code, f.params) for f in found))
        self.problems.setVisible(bool(found))
        return [f.code for f in found]

    def retranslate(self) -> None:
        pass

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def _row(form: QFormLayout, field: QWidget, hint: QLabel | None = None, focus: QWidget | None = None) -> QLabel:
    label = QLabel()
    label.setBuddy(focus or field)  # the label's &-mnemonic (Alt+letter) focuses the field
    form.addRow(label, field)
    if hint is not None:
        hint.setWordWrap(True)
        form.addRow("", hint)
    return label


# ---- the site --------------------------------------------------------------------------------------------------


class _KindDelegate(QStyledItemDelegate):
    """The licence kind column edited with a list of the fixed kinds (F2, or start typing)."""

    def __init__(self, names: Callable[[], dict[str, str]], parent: QWidget) -> None:
        super().__init__(parent)
        self._names = names

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QWidget:
        editor = QComboBox(parent)
        for kind, name in self._names().items():
            editor.addItem(name, kind)
        return editor

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(KIND_ROLE))))

    def setModelData(self, editor: QWidget, model: Any, index: QModelIndex | QPersistentModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), KIND_ROLE)
        model.setData(index, editor.currentText(), Qt.ItemDataRole.DisplayRole)


class SitePage(SetupPage):
    """Name, address, credit code (checked as it is typed), licences, and the role that sets the deadlines."""

    def __init__(self, rules: RuleSet, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rules = rules
        self.name = QLineEdit()
        self.address = QLineEdit()
        self.contact = QLineEdit()
        self.echelon_maker = QLineEdit(maxLength=3)
        self.uscc = QLineEdit(maxLength=24)
        self.uscc_status = QLabel(wordWrap=True)
        self.uscc.textChanged.connect(self._uscc_changed)
        self.licences = QTableWidget(0, 2)
        self.licences.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.licences.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.licences.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it, F2 edits
        self.licences.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.licences.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.licences.setWordWrap(False)
        self.licences.verticalHeader().hide()
        self.licences.setMinimumHeight(110)
        self.licences.setItemDelegateForColumn(0, _KindDelegate(self._kind_names, self.licences))
        self.add_licence_button = QPushButton()
        self.remove_licence_button = QPushButton()
        self.add_licence_button.clicked.connect(lambda: self.add_licence("hazardous_waste", "", edit=True))
        self.remove_licence_button.clicked.connect(self.remove_licence)
        licences = QWidget()
        box = QVBoxLayout(licences)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.licences)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_licence_button)
        buttons.addWidget(self.remove_licence_button)
        buttons.addStretch(1)
        box.addLayout(buttons)
        self.role = QComboBox()
        for role in ROLES:
            self.role.addItem(role, role)
        self.role_explained = QLabel()
        self.role.currentIndexChanged.connect(self._explain_role)
        self._labels = [
            _row(self.form, self.name),
            _row(self.form, self.address),
            _row(self.form, self.uscc, self.uscc_status),
            _row(self.form, licences, focus=self.licences),
            _row(self.form, self.role, self.role_explained),
            _row(self.form, self.contact),
            _row(self.form, self.echelon_maker),
        ]
        self.retranslate()

    def load(self, config: Mapping[str, Any]) -> None:
        self.name.setText(str(config.get("site_name", "")))
        self.address.setText(str(config.get("site_address", "")))
        self.contact.setText(str(config.get("site_contact", "")))
        self.echelon_maker.setText(str(config.get("echelon_maker", "")))
        self.uscc.setText(str(config.get("site_uscc", "")))
        self.licences.setRowCount(0)
        for licence in config.get("licences", []):
            self.add_licence(licence["kind"], licence["number"])
        self.role.setCurrentIndex(max(0, self.role.findData(config.get("role"))))

    def values(self) -> dict[str, Any]:
        """The ``configure_station`` keys this page sets, trimmed as the core keeps them."""
        return {
            "role": self.role.currentData(),
            "site_name": self.name.text().strip(),
            "site_address": self.address.text().strip(),
            "site_contact": " ".join(self.contact.text().split()),
            "echelon_maker": self.echelon_maker.text().strip().upper(),
            "site_uscc": self.uscc.text().strip().upper(),
            "licences": [{"kind": kind, "number": " ".join(number.split())} for kind, number in self._licence_rows()],
        }

    def findings(self) -> list[Finding]:
        values = self.values()
        return site_findings(values["site_name"], values["site_uscc"], self._licence_rows())

    def add_licence(self, kind: str, number: str, edit: bool = False) -> None:
        row = self.licences.rowCount()
        self.licences.insertRow(row)
        kind_item = QTableWidgetItem(self._kind_names().get(kind, kind))
        kind_item.setData(KIND_ROLE, kind)
        self.licences.setItem(row, 0, kind_item)
        self.licences.setItem(row, 1, QTableWidgetItem(number))
        if edit:
            self.licences.setFocus()
            self.licences.setCurrentCell(row, 1)
            self.licences.editItem(self.licences.item(row, 1))

    def remove_licence(self) -> None:
        row = self.licences.currentRow()
        if row >= 0:
            self.licences.removeRow(row)

    def _licence_rows(self) -> list[tuple[str, str]]:
        rows = []
        for row in range(self.licences.rowCount()):
            kind, number = self.licences.item(row, 0), self.licences.item(row, 1)
            rows.append((kind.data(KIND_ROLE) if kind else "", number.text() if number else ""))
        return rows

    def _uscc_changed(self, text: str) -> None:
        say_uscc_check(self.uscc_status, text)

    def _kind_names(self) -> dict[str, str]:
        return {
            "hazardous_waste": self.tr("Hazardous-waste business licence"),
            "whitelist": self.tr("Whitelist entry (industry standard conditions)"),
            "dismantling": self.tr("End-of-life vehicle dismantling qualification"),
            "other": self.tr("Other permit"),
        }

    def _role_names(self) -> dict[str, str]:
        return {
            "dismantler": self.tr("End-of-life vehicle dismantler"),
            "echelon": self.tr("Echelon-use company"),
            "recycler": self.tr("Recycler (material recovery)"),
            "vehicle_maker": self.tr("Vehicle maker or collection outlet"),
        }

    def _event_names(self) -> dict[str, str]:
        return {
            "vehicle.received": self.tr("vehicle received"),
            "battery.received": self.tr("battery received into store"),
            "battery.handed_out": self.tr("battery handed out of store"),
            "battery.treated": self.tr("recycling and final treatment completed"),
        }

    def _explain_role(self) -> None:
        role = self.role.currentData()
        events = self._rules.content["deadlines"]["roles"].get(role, {})
        names = self._event_names()
        parts = [
            self.tr("%1 within %n working day(s)", "", int(days)).replace("%1", names.get(event, event))
            for event, days in events.items()
        ]
        if parts:
            self.role_explained.setText(
                self.tr("Reports due to the traceability platform: %1.").replace("%1", "; ".join(parts))
            )
        else:
            self.role_explained.setText(self.tr("This role has no reporting deadlines in the rule set."))

    def retranslate(self) -> None:
        texts = (
            self.tr("Site na&me:"),
            self.tr("&Address:"),
            self.tr("&Credit code:"),
            self.tr("&Licences:"),
            self.tr("Site &role:"),
            self.tr("C&ontact:"),
            self.tr("Echelon &maker code:"),
        )
        for label, text in zip(self._labels, texts, strict=True):
            label.setText(text)
        self.name.setPlaceholderText(self.tr("the company name, as on its business licence"))
        self.uscc.setPlaceholderText(self.tr("18 characters (统一社会信用代码)"))
        self.contact.setPlaceholderText(self.tr("person and phone, printed on hazardous-waste labels"))
        self.echelon_maker.setPlaceholderText(
            self.tr("3 characters: the site's own maker code for re-coding echelon-use batteries (empty: none)")
        )
        self.licences.setHorizontalHeaderLabels([self.tr("Kind"), self.tr("Number")])
        names = self._kind_names()
        for row in range(self.licences.rowCount()):
            item = self.licences.item(row, 0)
            if item is not None:
                item.setText(names.get(item.data(KIND_ROLE), item.text()))
        self.add_licence_button.setText(self.tr("A&dd licence"))
        self.remove_licence_button.setText(self.tr("R&emove licence"))
        for index, name in enumerate(self._role_names().get(role, role) for role in ROLES):
            self.role.setItemText(index, name)
        self._explain_role()
        self._uscc_changed(self.uscc.text())


# ---- the station and its server --------------------------------------------------------------------------------


def plausible_server_url(url: str) -> bool:
    parts = urlsplit(url)
    return parts.scheme in ("https", "http") and bool(parts.hostname)


def has_own_records(store: Store) -> bool:
    """True once the store holds more than the events it was seeded with when it was created."""
    row = store.db.execute_sql("SELECT 1 FROM event WHERE actor != ? LIMIT 1", (SYSTEM_ACTOR,)).fetchone()
    return row is not None


def enrolled_server(store: Store) -> str | None:
    """The central server this station is enrolled with, None when it is not enrolled."""
    if store.path is None or sync_state.load_token(store.path) is None:
        return None
    return sync_state.get(store.db, sync_state.SERVER)


class StationPage(SetupPage):
    """The station id (fixed: every record carries it) and, optionally, enrolment with a central server.

    Enrolment is its own act ("Enrol now", on a worker) and saves itself; the station works fully without it, so
    nothing on this page stops the set-up from being saved."""

    enrolled = Signal(object)  # station.sync.enrolment.Enrolled

    def __init__(self, store: Store, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._tasks = tasks
        self.station_id = QLineEdit(readOnly=True)
        self.station_hint = QLabel()
        self.server_url = QLineEdit()
        self.enrolment_code = QLineEdit()
        self.enrol_button = QPushButton()
        self.enrol_status = QLabel(wordWrap=True)
        self.enrol_status.setTextFormat(Qt.TextFormat.PlainText)
        self.enrol_button.clicked.connect(self.enrol)
        self.enrolment_code.returnPressed.connect(self.enrol)
        self._labels = [
            _row(self.form, self.station_id, self.station_hint),
            _row(self.form, self.server_url),
            _row(self.form, self.enrolment_code),
        ]
        self.form.addRow("", self.enrol_button)
        self.form.addRow("", self.enrol_status)
        self._has_records = False
        self._server: str | None = None
        self._outcome = ""  # the last enrolment's result in words; empty: say where the station stands
        self.retranslate()

    def load(self) -> None:
        """From the store: its station id, whether it has records of its own, the server it is enrolled with."""
        self.station_id.setText(self._store.station_id)
        self._has_records = has_own_records(self._store)
        self._server = enrolled_server(self._store)
        if self._server:
            self.server_url.setText(self._server)
        self.retranslate()

    def values(self) -> dict[str, Any]:
        return {}  # enrolment saves itself, and the station id cannot change

    @property
    def busy(self) -> bool:
        return not self.enrol_button.isEnabled()

    def enrol(self) -> None:
        url, code = self.server_url.text().strip(), "".join(self.enrolment_code.text().split())
        found = [] if plausible_server_url(url) else [error("server_url_invalid")]
        if not code:
            found.append(error("enrolment_code_missing"))
        if found:
            self._show(" ".join(describe(f.code, f.params) for f in found), ok=False)
            return
        if self._store.path is None:
            return
        store, path = self._store, self._store.path
        self.enrol_button.setEnabled(False)
        self._show(self.tr("Enrolling with %1…").replace("%1", url), ok=None)
        self._tasks.read(
            lambda: enrol(store.db, path, store.station_id, url, code, timeouts=ENROL_TIMEOUTS),
            self._enrolled,
            lambda exc: self._failed(exc, url),
        )

    def _enrolled(self, done: Enrolled) -> None:
        self.enrol_button.setEnabled(True)
        self._server = done.server_url
        self.enrolment_code.clear()
        self._show(self.tr("Enrolled with %1. The station now syncs on its own.").replace("%1", done.server_url))
        self.enrolled.emit(done)

    def _failed(self, exc: BaseException, url: str) -> None:
        self.enrol_button.setEnabled(True)
        self._show(self.enrolment_problem(exc, url), ok=False)

    def enrolment_problem(self, exc: BaseException, url: str) -> str:
        if isinstance(exc, ServerUnavailable) and exc.reason == "server_certificate_untrusted":
            return self.tr(
                "The central server's certificate is not trusted (wrong CA bundle, expired, or another server)."
            )
        if isinstance(exc, ServerUnavailable):
            return self.tr(
                "The central server at %1 cannot be reached. Check the address and the network, or go on without "
                "a server and enrol later in Settings."
            ).replace("%1", url)
        if isinstance(exc, ServerRefused):
            if exc.reason in REASON_TEXTS:
                return describe(exc.reason)
            return self.tr("The server refused the enrolment (%1).").replace("%1", exc.reason)
        return self.tr("The enrolment failed: %1").replace("%1", str(exc))

    def _show(self, text: str, ok: bool | None = True) -> None:
        self._outcome = text
        style = {True: "color: #1b5e20;", False: PROBLEM_STYLE, None: ""}[ok]
        self.enrol_status.setStyleSheet(style)
        self.enrol_status.setText(text)

    def retranslate(self) -> None:
        texts = (self.tr("Station &id:"), self.tr("Central ser&ver:"), self.tr("&Enrolment code:"))
        for label, text in zip(self._labels, texts, strict=True):
            label.setText(text)
        self.station_hint.setText(
            self.tr("Every record of this station carries this id; it cannot be changed.")
            if self._has_records
            else self.tr("Given when the station's database was created; every record will carry it.")
        )
        self.server_url.setPlaceholderText(self.tr("optional: https://server.example.cn"))
        self.enrolment_code.setPlaceholderText(self.tr("the one-time code from the server's operator"))
        self.enrol_button.setText(self.tr("En&rol now"))
        if not self._outcome:
            self.enrol_status.setText(
                self.tr("Enrolled with %1.").replace("%1", self._server)
                if self._server
                else self.tr("Not enrolled: the station works fully without a server; enrol later in Settings.")
            )


# ---- the bench devices -----------------------------------------------------------------------------------------


def serial_ports() -> list[tuple[str, str]]:
    """(device, description) of the serial ports on this computer."""
    return [(p.device, p.description or "") for p in sorted(list_ports.comports(), key=lambda p: p.device)]


def printer_names() -> list[str]:
    return list(QPrinterInfo.availablePrinterNames())


def _choices(editable: bool = True) -> QComboBox:
    combo = QComboBox(editable=editable)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    return combo


def _offer(combo: QComboBox, options: list[tuple[str, str]]) -> None:
    """Each option's text is the value saved; its description is the tooltip."""
    combo.clear()
    for value, description in options:
        combo.addItem(value)
        combo.setItemData(combo.count() - 1, description, Qt.ItemDataRole.ToolTipRole)


class DevicesPage(SetupPage):
    """Camera, serial scanner, scale and the two printers: each a list of what this computer has, or free text."""

    KEYS = (
        "camera.source",
        "scanner.serial.port",
        "scanner.serial.baudrate",
        "scale.port",
        "scale.baudrate",
        "scale.protocol",
        "printer.certificate",
        "printer.label",
    )

    def __init__(
        self,
        cameras: Callable[[], list[CameraInfo]] = lambda: list_cameras(probe=0),  # never opens a camera
        ports: Callable[[], list[tuple[str, str]]] = serial_ports,
        printers: Callable[[], list[str]] = printer_names,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._cameras = cameras()
        self._ports = ports()
        self._printers = printers()
        self.camera = _choices()
        self.scanner_port, self.scale_port = _choices(), _choices()
        self.scanner_baud, self.scale_baud = _choices(), _choices()
        for combo in (self.scanner_baud, self.scale_baud):
            combo.addItems(BAUD_RATES)
            combo.setValidator(QIntValidator(50, 4_000_000, combo))
        self.scale_protocol = _choices(editable=False)
        for protocol in declaration("scale.protocol").choices:
            self.scale_protocol.addItem(protocol, protocol)
        self.certificate_printer, self.label_printer = _choices(), _choices()
        self.camera_hint, self.printer_hint = QLabel(), QLabel()
        self._labels = [
            _row(self.form, self.camera, self.camera_hint),
            _row(self.form, self.scanner_port),
            _row(self.form, self.scanner_baud),
            _row(self.form, self.scale_port),
            _row(self.form, self.scale_baud),
            _row(self.form, self.scale_protocol),
            _row(self.form, self.certificate_printer),
            _row(self.form, self.label_printer, self.printer_hint),
        ]
        self.retranslate()

    def _fields(self) -> dict[str, QComboBox]:
        return dict(
            zip(
                self.KEYS,
                (
                    self.camera,
                    self.scanner_port,
                    self.scanner_baud,
                    self.scale_port,
                    self.scale_baud,
                    self.scale_protocol,
                    self.certificate_printer,
                    self.label_printer,
                ),
                strict=True,
            )
        )

    def load(self, settings: Mapping[str, Any]) -> None:
        """``settings``: ``Settings.as_dict()``."""
        for key, combo in self._fields().items():
            value = str(settings[key])
            if combo.isEditable():
                combo.setCurrentIndex(max(-1, combo.findText(value)))
                combo.setEditText(value)
            else:
                combo.setCurrentIndex(max(0, combo.findData(value)))

    def values(self) -> dict[str, Any]:
        """The settings this page sets, typed as declared."""
        values: dict[str, Any] = {}
        for key, combo in self._fields().items():
            text = combo.currentText().strip() if combo.isEditable() else combo.currentData()
            if declaration(key).type is int:
                values[key] = int(text) if text.isdigit() else declaration(key).default
            else:
                values[key] = text
        return values

    def findings(self) -> list[Finding]:
        found = []
        for key in ("printer.certificate", "printer.label"):
            address = self._fields()[key].currentText().strip()
            if not address:
                continue
            try:
                printer_for(address)
            except ValueError:
                found.append(error("printer_address_invalid", address=address))
        return found

    def retranslate(self) -> None:
        texts = (
            self.tr("&Camera:"),
            self.tr("Serial scanner p&ort:"),
            self.tr("Scanner baud r&ate:"),
            self.tr("Scale &port:"),
            self.tr("Scale baud &rate:"),
            self.tr("Scale pro&tocol:"),
            self.tr("C&ertificate printer:"),
            self.tr("&Label printer:"),
        )
        for label, text in zip(self._labels, texts, strict=True):
            label.setText(text)
        cameras = [("demo", self.tr("the built-in demo camera (marked DEMO)"))]
        cameras += [(f"camera:{c.index}", c.name) for c in self._cameras]
        cameras += [(c.path, c.name) for c in self._cameras if c.path]
        ports = [(device, description) for device, description in self._ports]
        printers = [("qt://", self.tr("the system's default printer"))]
        printers += [(f"qt://{quote(name)}", name) for name in self._printers]
        keep = {key: combo.currentText() for key, combo in self._fields().items() if combo.isEditable()}
        for combo, options in (
            (self.camera, cameras),
            (self.scanner_port, ports),
            (self.scale_port, ports),
            (self.certificate_printer, printers),
            (self.label_printer, printers),
        ):
            _offer(combo, [("", ""), *options])
        for key, text in keep.items():
            self._fields()[key].setEditText(text)
        self.camera.lineEdit().setPlaceholderText(self.tr("the first camera found, else the demo"))
        for combo in (self.scanner_port, self.scale_port):
            combo.lineEdit().setPlaceholderText(self.tr("none (or type a port such as /dev/ttyUSB0)"))
        for combo in (self.certificate_printer, self.label_printer):
            combo.lineEdit().setPlaceholderText(self.tr("none"))
        self.camera_hint.setText(self.tr("Or type a device path (/dev/video2) or a recording to replay."))
        self.printer_hint.setText(
            self.tr("Or type cups://QUEUE (?raw=1 for ZPL) or socket://HOST:9100 for a network label printer.")
        )
        protocols = {
            "continuous": self.tr("continuous (streams its weight)"),
            "sics": self.tr("MT-SICS (Mettler Toledo)"),
        }
        for index in range(self.scale_protocol.count()):
            protocol = self.scale_protocol.itemData(index)
            self.scale_protocol.setItemText(index, protocols.get(protocol, protocol))
