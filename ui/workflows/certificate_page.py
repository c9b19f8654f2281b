"""Certificate of disposal (处置证明): scan a pack, see whether it can be certified and its certificates so far,
preview the document, issue it (signed with the station's key), print or reprint it, and revoke it (supervisors).

Every look-up, signature and rendering runs through the bench's tasks; the PDF is rasterised by PDFium on a worker
and only turned into a pixmap on the GUI thread. With no certificate printer at the bench the PDF is saved instead
(Documents/Trace Station/certificates/DAY, as the day's batch does) and its path shown."""

from __future__ import annotations

import dataclasses
import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import platformdirs
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hardware.printers.service import Outcome, PrintService
from station import status as battery_status
from station.documents.certificate import issuing
from station.documents.certificate import render as renderer
from station.documents.certificate.issuing import Issued, IssueRequest, issue, records, reprint, revoke
from station.documents.certificate.signing import Signer
from station.documents.certificate.verify import RecordEntry
from station.findings import Finding, Severity
from station.hazard import certificate_blockers
from station.identity import load_or_create
from station.store.localtime import today as local_today
from station.store.queries import BatteryRecord, StoreHistory
from station.store.store import Store
from ui.printing import pdf_images
from ui.reasons import STATUS_TEXTS, describe
from ui.theme import TOUCH_PX
from ui.workflows.bench import Bench
from ui.workflows.page import WorkflowPage

log = logging.getLogger(__name__)

PREVIEW_DPI = 96  # an A4 page 794 px wide: readable beside the controls on a 1366 px screen
PREVIEW_NUMBER = "预览 PREVIEW"
PREVIEW_QR = "PREVIEW - NOT ISSUED - NOT SIGNED"
ENTRY_STATES = {
    "issued": QT_TRANSLATE_NOOP("CertificatePage", "issued"),
    "superseded": QT_TRANSLATE_NOOP("CertificatePage", "superseded"),
    "revoked": QT_TRANSLATE_NOOP("CertificatePage", "revoked"),
}


@dataclass(frozen=True)
class Looked:
    """A pack as the page shows it: its record, certificates and what blocks a new one."""

    code: str
    battery: BatteryRecord | None
    entries: tuple[RecordEntry, ...] = ()
    blockers: tuple[Finding, ...] = ()

    @property
    def active(self) -> RecordEntry | None:
        """The certificate in force: its newest version, unless revoked."""
        current = [e for e in self.entries if e.status == "issued"]
        return current[-1] if current else None

    @property
    def certifiable(self) -> bool:
        b = self.battery
        # Certified with every certificate revoked: the core issues a new one, under a new number.
        ready = b is not None and b.kind == "P" and b.status in (battery_status.DISMANTLED, battery_status.CERTIFIED)
        blocked = any(f.severity is Severity.ERROR for f in self.blockers)
        return ready and self.active is None and not blocked


@dataclass(frozen=True)
class Output:
    number: str
    outcome: Outcome | None = None  # printed or queued on the certificate printer
    path: Path | None = None  # saved instead: no certificate printer at this bench


@dataclass(frozen=True)
class Preview:
    code: str
    number: str  # "" for a certificate not issued yet
    pages: list[QImage] = field(default_factory=list)


def look_up(store: Store, code: str) -> Looked:
    battery = StoreHistory(store.db).battery(code)
    if battery is None:
        return Looked(code, None)
    blockers = certificate_blockers(store, code) if battery.kind == "P" else []
    return Looked(code, battery, tuple(records(store, pack=code)), tuple(blockers))


def preview_pdf(store: Store, code: str, number: str, verify_url: str) -> bytes:
    """The certificate in force as it was signed, or, before it is issued, what it would say (marked a preview,
    unsigned, no number)."""
    if number:
        return reprint(store, number)
    # The core's own draft: the preview says exactly what issuing would sign.
    draft = issuing.preview(store, IssueRequest(code, verify_url=verify_url))
    return renderer.render(dataclasses.replace(draft, number=PREVIEW_NUMBER), PREVIEW_QR)


def output(store: Store, printers: PrintService | None, folder: Path, number: str) -> Output:
    """Print the certificate on the bench's certificate printer, or save its PDF when there is none."""
    data = reprint(store, number)
    if printers is not None and "certificate" in printers.printers:
        return Output(number, outcome=printers.submit("certificate", data, number))
    day = folder / local_today().isoformat()
    day.mkdir(parents=True, exist_ok=True)
    path = day / f"{number}.pdf"
    path.write_bytes(data)
    return Output(number, path=path)


def documents_folder() -> Path:
    return Path(platformdirs.user_documents_dir()) / "Trace Station" / "certificates"


class CertificatePage(WorkflowPage):
    workflow = ""  # a look-up and single actions: nothing typed worth a draft

    def __init__(self, bench: Bench, parent: QWidget | None = None, folder: Path | None = None) -> None:
        """``folder``: where a certificate is saved when no certificate printer is set (Documents by default)."""
        super().__init__(bench, parent)
        self.folder = folder or documents_folder()
        self.looked: Looked | None = None
        self.preview: Preview | None = None
        self.last_output: Output | None = None
        self._output_error = ""
        self._put_out: set[str] = set()  # numbers printed or saved from this page: pressing again is a reprint
        self._signer: Signer | None = None
        self._busy = False

        self.pack = QLineEdit()
        self.pack.setClearButtonEnabled(True)
        self.pack.returnPressed.connect(self.look_up)
        self.look_button = QPushButton()
        self.look_button.clicked.connect(self.look_up)
        self.state_text = QLabel()
        self.state_text.setTextFormat(Qt.TextFormat.PlainText)
        self.state_text.setWordWrap(True)
        self.table = QTableWidget(0, 4)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setMaximumHeight(130)
        self.preview_button = QPushButton()
        self.preview_button.clicked.connect(self.show_preview)
        self.issue_button = QPushButton()
        self.issue_button.clicked.connect(self.issue)
        self.print_button = QPushButton()
        self.print_button.clicked.connect(self.print_certificate)
        self.output_text = QLabel()
        self.output_text.setTextFormat(Qt.TextFormat.PlainText)
        self.output_text.setWordWrap(True)
        self.output_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.reason = QLineEdit()
        self.revoke_button = QPushButton()
        self.revoke_button.clicked.connect(self.revoke)
        for button in (self.look_button, self.preview_button, self.issue_button, self.print_button, self.revoke_button):
            button.setMinimumHeight(TOUCH_PX)
        self.reason.setMinimumHeight(TOUCH_PX)
        self.pack.setMinimumHeight(TOUCH_PX)
        self.preview_note = QLabel()
        self.preview_note.setTextFormat(Qt.TextFormat.PlainText)
        self.preview_note.setWordWrap(True)
        self.pages = QWidget()
        self._pages = QVBoxLayout(self.pages)
        self._pages.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(self.pages)
        self.scroll.setMinimumWidth(420)

        self.pack_box = QGroupBox()
        pack = QVBoxLayout(self.pack_box)
        row = QHBoxLayout()
        row.addWidget(self.pack, 1)
        row.addWidget(self.look_button)
        pack.addLayout(row)
        pack.addWidget(self.state_text)
        pack.addWidget(self.table)
        actions = QHBoxLayout()
        actions.addWidget(self.preview_button)
        actions.addWidget(self.issue_button)
        actions.addWidget(self.print_button)
        pack.addLayout(actions)
        pack.addWidget(self.output_text)
        self.revoke_box = QGroupBox()
        revoking = QHBoxLayout(self.revoke_box)
        revoking.addWidget(self.reason, 1)
        revoking.addWidget(self.revoke_button)
        left = QVBoxLayout()
        left.addWidget(self.pack_box)
        left.addWidget(self.revoke_box)
        left.addWidget(self.banner, 1)
        right = QVBoxLayout()
        right.addWidget(self.preview_note)
        right.addWidget(self.scroll, 1)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 1)
        layout.addLayout(right, 1)
        bench.session.changed.connect(lambda _who: self._enable())
        self.retranslate()

    def title(self) -> str:
        return self.tr("Certificate")

    def retranslate(self) -> None:
        self.pack.setPlaceholderText(self.tr("Scan the pack's label, or type its code"))
        self.look_button.setText(self.tr("Look up"))
        self.pack_box.setTitle(self.tr("Certificate of disposal"))
        self.revoke_box.setTitle(self.tr("Revoke (supervisor)"))
        self.reason.setPlaceholderText(self.tr("Why the certificate is revoked (required)"))
        headers = [self.tr("Number"), self.tr("Version"), self.tr("State"), self.tr("Reason")]
        self.table.setHorizontalHeaderLabels(headers)
        self.preview_button.setText(self.tr("Preview"))
        self.issue_button.setText(self.tr("Issue"))
        self.revoke_button.setText(self.tr("Revoke"))
        self._show_looked()
        self._show_output()
        self._show_preview_note()
        self._enable()
        if self.banner.outcome is None and not self.banner.detail.text():
            self.banner.clear()

    # ---- looking a pack up -------------------------------------------------------------------------------

    def take_scan(self, payload: str | bytes) -> None:
        text = payload.decode("utf-8", "replace") if isinstance(payload, bytes) else payload
        self.pack.setText(text.strip().upper())
        self.look_up()

    def look_up(self) -> None:
        code = self.pack.text().strip().upper()
        if not code:
            self.problem(self.tr("Scan or type the pack's code first."))
            return
        if code != (self.looked.code if self.looked else None):
            self._clear_preview()
            self.last_output, self._output_error = None, ""
            self._show_output()
        store = self.bench.store
        self.bench.tasks.read(lambda: look_up(store, code), self._looked, self.failed)

    def _looked(self, looked: Looked) -> None:
        if looked.code != self.pack.text().strip().upper():
            return  # another pack was scanned meanwhile
        self.looked = looked
        self._show_looked()
        self._enable()

    def _show_looked(self) -> None:
        looked = self.looked
        self.table.setRowCount(0)
        if looked is None:
            self.state_text.clear()
            return
        self.state_text.setText(self.state_words(looked))
        self.table.setRowCount(len(looked.entries))
        for r, e in enumerate(looked.entries):
            state = QCoreApplication.translate("CertificatePage", ENTRY_STATES.get(e.status, e.status))
            for c, text in enumerate((e.number, str(e.version), state, e.reason)):
                self.table.setItem(r, c, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()

    def state_words(self, looked: Looked) -> str:
        b = looked.battery
        if b is None:
            return self.tr("This battery is not on record at this station.")
        if b.kind != "P":
            return self.tr("Certificates are issued for packs: this code is a module or a cell.")
        active = looked.active
        if active is not None:
            return (
                self.tr("Certified: certificate %1, version %2.")
                .replace("%1", active.number)
                .replace("%2", str(active.version))
            )
        if b.status not in (battery_status.DISMANTLED, battery_status.CERTIFIED):
            status = QCoreApplication.translate("Status", STATUS_TEXTS.get(b.status, b.status))
            return self.tr("Not ready for a certificate: the pack is %1; it must be dismantled first.").replace(
                "%1", status
            )
        errors = [f for f in looked.blockers if f.severity is Severity.ERROR]
        if errors:
            lines = [self.tr("Dismantled, but the certificate is blocked:")]
            lines += ["• " + describe(f.code, f.params) for f in errors[:5]]
            return "\n".join(lines)
        if looked.entries:
            return self.tr("Every certificate of this pack was revoked: a new one can be issued.")
        return self.tr("Dismantled and not yet certified: the certificate can be issued.")

    def _enable(self) -> None:
        looked, busy = self.looked, self._busy
        active = looked.active if looked is not None else None
        pack_known = looked is not None and looked.battery is not None and looked.battery.kind == "P"
        self.preview_button.setEnabled(pack_known and not busy)
        self.issue_button.setEnabled(looked is not None and looked.certifiable and not busy)
        self.print_button.setEnabled(active is not None and not busy)
        if active is not None and active.number in self._put_out:
            self.print_button.setText(self.tr("Reprint"))
        else:
            self.print_button.setText(self.tr("Print"))
        allowed = self.bench.may("revoke_certificate")
        self.revoke_button.setEnabled(allowed and active is not None and not busy)
        self.reason.setEnabled(allowed)
        self.revoke_button.setToolTip(
            self.tr("Revoke the certificate in force; the reason is recorded")
            if allowed
            else self.tr("Only a supervisor may revoke a certificate")
        )

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self._enable()

    # ---- preview -----------------------------------------------------------------------------------------

    def show_preview(self) -> None:
        looked = self.looked
        if looked is None or looked.battery is None:
            return
        store, url = self.bench.store, self.bench.verify_url
        code = looked.code
        number = looked.active.number if looked.active is not None else ""
        self.preview_button.setEnabled(False)
        self.bench.tasks.read(
            lambda: Preview(code, number, pdf_images(preview_pdf(store, code, number, url), PREVIEW_DPI)),
            self._previewed,
            self._preview_failed,
        )

    def _previewed(self, preview: Preview) -> None:
        self._enable()
        if self.looked is None or preview.code != self.looked.code:
            return
        self._clear_preview()
        self.preview = preview
        for image in preview.pages:
            label = QLabel()
            label.setPixmap(QPixmap.fromImage(image))
            label.setFrameShape(QFrame.Shape.Box)
            self._pages.addWidget(label)
        self._show_preview_note()

    def _preview_failed(self, exc: BaseException) -> None:
        self._enable()
        self.failed(exc)

    def _clear_preview(self) -> None:
        self.preview = None
        while self._pages.count():
            item = self._pages.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self._show_preview_note()

    def _show_preview_note(self) -> None:
        preview = self.preview
        if preview is None:
            self.preview_note.setText(self.tr("Press Preview to see the certificate."))
        elif preview.number:
            self.preview_note.setText(self.tr("Certificate %1 as it was signed.").replace("%1", preview.number))
        else:
            self.preview_note.setText(self.tr("Preview only: not issued and not signed; the number is given on issue."))

    # ---- issuing and printing ----------------------------------------------------------------------------

    def _signing_key(self) -> Signer:
        """The station's key (on a worker: it may be made and written the first time)."""
        if self._signer is None:
            path = self.bench.store.path
            if path is None:
                raise RuntimeError("the station's key lives beside its database: this database has no file")
            self._signer = load_or_create(path)
        return self._signer

    def issue(self) -> None:
        looked = self.looked
        if looked is None or not looked.certifiable:
            return
        store, actor, url, code = self.bench.store, self.bench.actor(), self.bench.verify_url, looked.code

        def job() -> Issued:
            request = IssueRequest(code, verify_url=url)
            return issue(store, actor, self._signing_key(), request)

        self._set_busy(True)
        self.bench.tasks.write(job, self._issued, self._refused)

    def _issued(self, issued: Issued) -> None:
        self._busy = False
        number = issued.certificate.number
        self.banner.show_done(self.tr("Certificate issued"), number)
        self.bench.nudge()
        self._clear_preview()
        self.look_up()
        self._put_out_now(number)

    def print_certificate(self) -> None:
        looked = self.looked
        if looked is None or looked.active is None:
            return
        self._put_out_now(looked.active.number)

    def _put_out_now(self, number: str) -> None:
        store, printers, folder = self.bench.store, self.bench.printers, self.folder
        self._set_busy(True)
        self.bench.tasks.read(lambda: output(store, printers, folder, number), self._put, self._output_failed)

    def _put(self, result: Output) -> None:
        self._put_out.add(result.number)
        self.last_output, self._output_error = result, ""
        self._set_busy(False)
        self._show_output()

    def _output_failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self._output_error = str(exc)
        self._show_output()

    def _show_output(self) -> None:
        result = self.last_output
        if self._output_error:
            text = self.tr("The certificate could not be printed or saved: %1").replace("%1", self._output_error)
        elif result is None:
            text = ""
        elif result.path is not None:
            text = self.tr("No certificate printer is set at this bench. The PDF was saved as %1").replace(
                "%1", str(result.path)
            )
        elif result.outcome is not None and result.outcome.printed:
            text = self.tr("Certificate %1 was printed.").replace("%1", result.number)
        else:
            reason = describe(result.outcome.reason, {}) if result.outcome is not None else ""
            text = (
                self.tr("Certificate %1 waits in the print queue: %2")
                .replace("%1", result.number)
                .replace("%2", reason)
            )
        self.output_text.setText(text)

    # ---- revoking ----------------------------------------------------------------------------------------

    def revoke(self) -> None:
        looked = self.looked
        if looked is None or looked.active is None:
            return
        reason = self.reason.text().strip()
        if not reason:
            self.problem(self.tr("Give the reason for revoking the certificate."))
            self.reason.setFocus()
            return
        store, actor, number = self.bench.store, self.bench.actor(), looked.active.number
        self._set_busy(True)
        self.bench.tasks.write(lambda: revoke(store, actor, number, reason), self._revoked, self._refused)

    def _revoked(self, event: Any) -> None:
        self._busy = False
        p = event.payload
        self.banner.show_done(
            self.tr("Certificate revoked"), self.tr("%1: %2").replace("%1", p["number"]).replace("%2", p["reason"])
        )
        self.reason.clear()
        self.bench.nudge()
        self._clear_preview()
        self.look_up()

    def _refused(self, exc: BaseException) -> None:
        self._set_busy(False)
        self.failed(exc)
        self.look_up()
