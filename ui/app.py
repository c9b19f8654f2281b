"""Starting the window: the Qt application, translations, the wedge scanner filter, the main window."""

from __future__ import annotations

import gc
import logging
import os
import sys
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

import platformdirs
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication

from hardware.camera.rig import CameraRig
from hardware.feedback import SoundPlayer
from hardware.printers.service import PrintService
from hardware.scale import ScaleConfig
from hardware.serialport import LinkConfig
from hardware.wedge import BurstDetector
from station.documents.certificate.issuing import IssueRequest
from station.identity import load_or_create
from station.rules.verdict import Outcome, RemoteHistory
from station.settings import Settings
from station.store.localtime import today as local_today
from station.store.store import Store
from station.sync import state
from station.sync.service import SyncService
from ui import printing, theme
from ui.batch_issue import BatchIssue, BatchIssueDialog
from ui.camera_view import CameraFeed
from ui.crash import install_crash_handler, install_logging
from ui.devices import BenchDevices, DeviceBuilders
from ui.i18n import Translations, default_language
from ui.main_window import MainWindow
from ui.reasons import describe
from ui.scale_status import ScaleFeed, ScaleStatusButton
from ui.serial_scanner import SerialScannerFeed, SerialScannerStatus
from ui.session import Session
from ui.sync_status import SyncStatusLabel
from ui.tasks import TaskRunner
from ui.wedge_filter import WedgeFilter
from ui.workflows.certificate_page import documents_folder

log = logging.getLogger(__name__)


def has_display() -> bool:
    return bool(os.environ.get("QT_QPA_PLATFORM") or os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def run_window(
    store: Store,
    language: str | None = None,
    rig: CameraRig | None = None,
    scanner: LinkConfig | None = None,
    scale: ScaleConfig | None = None,
    sync: SyncService | None = None,
    remote: RemoteHistory | None = None,
    settings: Settings | None = None,
    builders: DeviceBuilders | None = None,
) -> int:
    """``sync``: the background sync of an enrolled station (started and stopped with the window); ``remote``:
    the central server's battery history, asked at intake; ``builders``: how the devices are built from the
    settings, so that a device changed in Settings is used at once (None: at the next start). The window opens
    locked: every record made in it carries the operator who logged in."""
    if not has_display():
        print(
            "No display found. Start the station on the bench computer's desktop, or here with "
            "`xvfb-run -a .venv/bin/trace-station` (or QT_QPA_PLATFORM=offscreen for a smoke test).",
            file=sys.stderr,
        )
        return 2
    log_file = install_logging()
    install_crash_handler()
    log.info("station %s starting, log %s", store.station_id, log_file)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Trace Station")
    translations = Translations(app)
    translations.switch(language or default_language())
    tasks = TaskRunner(app)
    settings = settings or Settings(None)
    theme.apply(app, settings.get("display.font_pt"), settings.get("display.high_contrast"))
    feed = CameraFeed(rig) if rig is not None else None
    session = Session(timedelta(minutes=settings.get("session.lock_after_minutes")), parent=app)
    app.installEventFilter(session)
    # Made even when the bench has none: one set up later in Settings is used without a restart.
    weighing = ScaleFeed(scale, tasks, parent=app)
    printers = print_service(settings, store) if store.path is not None else None
    window = MainWindow(
        store,
        tasks,
        translations,
        session,
        feed,
        remote=remote,
        recorded=sync.wake if sync else None,
        settings=settings,
        log_file=log_file,
        scale=weighing,
        printers=printers,
        verify_url=verify_url(store),
        sync=sync,
    )
    wedge = WedgeFilter(BurstDetector(), parent=window)
    wedge.scanned.connect(window.scan.scanner_input)
    wedge.failed.connect(window.scan.show_failure)
    sounds = SoundPlayer(Path(platformdirs.user_cache_dir("trace-station", appauthor=False)) / "sounds")
    tasks.read(sounds.prepare, lambda _: None, lambda _exc: None)  # a failure is logged; play() retries then
    window.scan.judged.connect(lambda verdict: sounds.play(verdict.outcome))
    # A scan that could not even be read must be heard too: the technician is looking at the pack.
    wedge.failed.connect(lambda *_: sounds.play(Outcome.REJECT))
    app.installEventFilter(wedge)
    serial = SerialScannerFeed(scanner, parent=window)
    serial.scanned.connect(window.scan.scanner_input)
    serial.failed.connect(window.scan.show_failure)
    serial.failed.connect(lambda *_: sounds.play(Outcome.REJECT))
    window.add_status(SerialScannerStatus(serial))
    window.add_status(ScaleStatusButton(weighing))
    if builders is not None:
        devices = BenchDevices(builders, tasks, feed, serial, weighing, printers)
        window.settings_saved.connect(lambda keys: devices.apply(settings, keys))
    if sync is not None:
        window.add_status(SyncStatusLabel(sync, tasks))
    if printers is not None:
        window.set_batch_issue(batch_issue(store, tasks, session.actor, window, printers))
        window.set_print_retry(print_retry(tasks, window, printers))
    window.show()
    if feed is not None:
        feed.start()
    serial.start()
    weighing.start()
    if sync is not None:
        sync.start()
    # Everything built so far lives as long as the window. A full collection walks all of it (about 100,000
    # objects, 60 ms here) and stalls the GUI thread once every few minutes: frozen, later collections skip it.
    gc.freeze()
    try:
        return app.exec()
    finally:
        serial.stop()
        weighing.stop()
        if sync is not None:
            sync.stop()
        if feed is not None:
            feed.stop()
        tasks.wait()


def print_service(settings: Settings, store: Store) -> PrintService:
    """The bench's printers; the spool lives beside the database, so a queued job survives a restart."""
    spool = Path(f"{store.path}.print-spool")
    return printing.print_service(settings, spool)


def batch_issue(
    store: Store, tasks: TaskRunner, actor: Callable[[], str], window: MainWindow, printers: PrintService
) -> Callable[[], None]:
    """Opens the day's batch: certificates into Documents/Trace Station/certificates/DAY, printed when a
    certificate printer is set."""

    def start() -> None:
        assert store.path is not None
        template = IssueRequest("", verify_url=verify_url(store))
        batch = BatchIssue(store, tasks, actor, load_or_create(store.path), template, window, printers)
        dialog = BatchIssueDialog(batch, window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        day = local_today()
        folder = documents_folder() / day.isoformat()
        dialog.show()
        batch.start(day, folder)

    return start


def verify_url(store: Store) -> str:
    """Where a certificate's QR code sends its reader: the central server's verification page, when enrolled."""
    server = state.get(store.db, state.SERVER)
    return server.rstrip("/") + "/verify" if server else ""


def print_retry(tasks: TaskRunner, window: MainWindow, printers: PrintService) -> Callable[[], None]:
    """Sends the spooled jobs again on a worker; the status bar says how it went, in the operator's words."""

    def done(outcomes: list) -> None:
        failed = [o for o in outcomes if not o.printed]
        translate = QCoreApplication.translate
        if not outcomes:
            text = translate("MainWindow", "No print job is waiting.")
        elif failed:
            text = translate("MainWindow", "%1 printed, %2 still waiting: %3")
            text = text.replace("%1", str(len(outcomes) - len(failed))).replace("%2", str(len(failed)))
            text = text.replace("%3", describe(failed[0].reason, {}))
        else:
            printed = len(outcomes)  # a plain name: pyside6-lupdate finds a plural translate() only so
            text = translate("MainWindow", "%n waiting job(s) printed.", "", printed)
        window.statusBar().showMessage(text, 15000)

    def retry() -> None:
        tasks.read(printers.retry, done, lambda exc: window.statusBar().showMessage(str(exc), 15000))

    return retry
