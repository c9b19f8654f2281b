"""Printing through Qt (QPrinter → CUPS) with no dialog: a signed certificate printed to a real cups-pdf queue from a
worker thread arrives as a PDF whose QR code, decoded by the station's own decoder, still verifies."""

from __future__ import annotations

import os
import threading
import uuid
from pathlib import Path

import pytest

from hardware.printers.backends import CupsPrinter, PrintError, RawSocketPrinter
from hardware.printers.service import PrintService
from tests.cli.test_cli import cli
from tests.documents.cups import CupsServer
from tests.documents.helpers import decode, pdf_images


@pytest.fixture
def qt_cups(cups_server: CupsServer, qapp):
    """Qt's CUPS plug-in asks libcups, which asks the server in CUPS_SERVER: the tests' private cupsd."""
    before = os.environ.get("CUPS_SERVER")
    os.environ["CUPS_SERVER"] = cups_server.socket
    yield cups_server
    if before is None:
        os.environ.pop("CUPS_SERVER", None)
    else:
        os.environ["CUPS_SERVER"] = before


def test_a_certificate_printed_through_qprinter_arrives_and_still_verifies(qt_cups, db_path: Path, tmp_path: Path):
    from ui.printing import QtPrinter, printer_for

    original = tmp_path / "certificate.pdf"
    assert cli(db_path, "certificate", "sample", str(original)).returncode == 0
    document = original.read_bytes()
    pages = pdf_images(document, dpi=200)
    ((_, qr_text),) = [s for s in decode(pages[0]) if s[0] == "qr"]

    title = f"tsqt{uuid.uuid4().hex[:10]}"
    printer = printer_for(f"qt://{qt_cups.queue}?dpi=200")
    assert isinstance(printer, QtPrinter) and printer.dpi == 200
    service = PrintService({"certificate": printer}, tmp_path / "spool")
    outcomes = []
    worker = threading.Thread(target=lambda: outcomes.append(service.submit("certificate", document, title)))
    worker.start()  # off the GUI thread, as the window runs it
    worker.join(120)
    (outcome,) = outcomes
    assert outcome.printed, outcome.reason
    assert outcome.reference == f"{len(pages)} page(s) to {qt_cups.queue}"
    produced = qt_cups.wait_for_pdf(title)
    try:
        printed = produced.read_bytes()
    finally:
        produced.unlink()
    printed_pages = pdf_images(printed, dpi=200)
    assert len(printed_pages) == len(pages) >= 2
    assert ("qr", qr_text) in decode(printed_pages[0])
    verified = cli(db_path, "certificate", "verify", qr_text)
    assert verified.returncode == 0, verified.stdout.decode() + verified.stderr.decode()


def test_an_unknown_system_printer_is_a_clear_error_and_the_job_is_kept(qt_cups, tmp_path: Path):
    from ui.printing import printer_for

    service = PrintService({"certificate": printer_for("qt://no-such-printer")}, tmp_path / "spool")
    outcome = service.submit("certificate", b"%PDF-1.4 not really", "t")
    assert not outcome.printed and outcome.reason == "printer_unknown"
    assert len(service.spool.pending("certificate")) == 1  # kept for a retry once the printer is set


def test_a_document_pdfium_cannot_read_is_refused(qt_cups):
    from ui.printing import QtPrinter

    with pytest.raises(PrintError) as caught:
        QtPrinter(qt_cups.queue).send(b"not a pdf", "t")
    assert caught.value.reason == "document_unreadable"


def test_other_addresses_go_to_the_hardware_printers():
    from ui.printing import printer_for

    assert isinstance(printer_for("socket://10.0.0.7"), RawSocketPrinter)
    assert isinstance(printer_for("cups://A4"), CupsPrinter)


def test_one_printer_per_document_kind_from_the_settings(tmp_path: Path, qapp):
    from station.settings import Settings
    from ui.printing import QtPrinter, print_service

    settings = Settings(None)
    assert print_service(settings, tmp_path / "spool").pending() == []
    settings.update({"printer.certificate": "qt://Office%20A4", "printer.label": "socket://10.0.0.7:9100?status=1"})
    service = print_service(settings, tmp_path / "spool")
    printers = service.printers
    assert printers["certificate"] == QtPrinter("Office A4", name="certificate")
    assert isinstance(printers["label"], RawSocketPrinter) and printers["label"].check_status
    settings.update({"printer.label": "lpt1:"})
    assert set(print_service(settings, tmp_path / "spool").printers) == {"certificate"}
