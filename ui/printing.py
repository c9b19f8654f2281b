"""Printing through Qt: a certificate or report PDF drawn page by page onto a ``QPrinter`` (the system's printers:
CUPS on Linux, the spooler on Windows), with no dialog.

The station's documents are PDFs made by reportlab. Qt cannot draw a PDF itself without the QtPdf add-on, so each
page is rasterised by PDFium at the printer's resolution (300 dpi by default: sharp text, and the certificate's QR
code stays decodable) and painted to fill the page. The class is a ``hardware.printers.backends.Printer``: the
print service spools its jobs durably and runs it off the GUI thread (Qt allows painting on a QPrinter from any
thread). ``printer_for`` turns a settings address into a printer: ``qt://NAME`` (a system printer by name; ``qt://``
for the default one) here, every other scheme in ``hardware.printers``.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pypdfium2 as pdfium
from PySide6.QtCore import QMarginsF, QRectF, QSizeF
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

from hardware.printers.backends import Printer, PrintError, printer_from_uri
from hardware.printers.service import PrintService
from station.settings import Settings

log = logging.getLogger(__name__)
POINTS_PER_INCH = 72
# PDFium is not thread-safe: printing and the certificate preview render on workers, one document at a time.
PDFIUM_LOCK = threading.Lock()


@dataclass(frozen=True)
class QtPrinter:
    printer_name: str  # as the system lists it (QPrinterInfo.availablePrinterNames()); "" for the default printer
    dpi: int = 300
    name: str = ""

    def send(self, data: bytes, title: str) -> str:
        info = QPrinterInfo.printerInfo(self.printer_name) if self.printer_name else QPrinterInfo.defaultPrinter()
        if info.isNull():
            raise PrintError("printer_unknown", self.printer_name or "(no default printer)")
        with PDFIUM_LOCK:
            try:
                document = pdfium.PdfDocument(data)
            except pdfium.PdfiumError as exc:
                raise PrintError("document_unreadable", str(exc)) from exc
            try:
                return self._print(info, document, title)
            finally:
                document.close()

    def _print(self, info: QPrinterInfo, document: pdfium.PdfDocument, title: str) -> str:
        printer = QPrinter(info, QPrinter.PrinterMode.HighResolution)
        printer.setDocName(title or "trace-station")
        printer.setResolution(self.dpi)
        printer.setFullPage(True)
        painter = QPainter()
        pages = len(document)
        for index in range(pages):
            page = document[index]
            width_pt, height_pt = page.get_size()
            # Each page on paper of its own size (an A4 certificate, a 100 mm label), no margins added.
            fuzzy = QPageSize.SizeMatchPolicy.FuzzyMatch
            size = QPageSize(QSizeF(width_pt, height_pt), QPageSize.Unit.Point, "", fuzzy)
            layout = QPageLayout(size, QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0))
            if index == 0:
                printer.setPageLayout(layout)
                if not painter.begin(printer):
                    raise PrintError("printer_refused", f"{info.printerName()}: the printer cannot be opened")
            else:
                printer.setPageLayout(layout)
                if not printer.newPage():
                    painter.end()
                    raise PrintError("printer_refused", f"{info.printerName()}: page {index + 1} was refused")
            image = page_image(page, self.dpi)
            page.close()
            target = QRectF(painter.viewport())  # the whole page, in device pixels
            painter.drawImage(target, image)
        if not painter.end():
            raise PrintError("printer_refused", f"{info.printerName()}: the job could not be finished")
        log.info("printed %s (%d page(s)) on %s", title, pages, info.printerName())
        return f"{pages} page(s) to {info.printerName()}"


def pdf_images(data: bytes, dpi: int) -> list[QImage]:
    """Every page of a PDF as an image (on a worker: QImage, unlike QPixmap, may be made off the GUI thread)."""
    with PDFIUM_LOCK:
        document = pdfium.PdfDocument(data)
        try:
            images = []
            for index in range(len(document)):
                page = document[index]
                images.append(page_image(page, dpi))
                page.close()
            return images
        finally:
            document.close()


def page_image(page: pdfium.PdfPage, dpi: int) -> QImage:
    bitmap = page.render(scale=dpi / POINTS_PER_INCH, grayscale=False)
    pil = bitmap.to_pil().convert("RGB")
    data = pil.tobytes()
    # Copied: the QImage must not point into the PIL buffer after this function returns.
    return QImage(data, pil.width, pil.height, pil.width * 3, QImage.Format.Format_RGB888).copy()


def printer_for(uri: str, name: str = "") -> Printer:
    """A printer from its settings address: ``qt://NAME`` (``%20`` for spaces) or any ``hardware.printers`` one."""
    parts = urlsplit(uri)
    if parts.scheme == "qt":
        query = dict(item.split("=", 1) for item in parts.query.split("&") if "=" in item)
        dpi = int(query.get("dpi", "300"))
        return QtPrinter(unquote(parts.netloc + parts.path).strip("/"), dpi=dpi, name=name or uri)
    return printer_from_uri(uri, name)


KINDS = {"certificate": "printer.certificate", "label": "printer.label"}


def print_service(settings: Settings, spool_folder: Path) -> PrintService:
    return PrintService(printers_from(settings), spool_folder)


def printers_from(settings: Settings) -> dict[str, Printer]:
    """One printer per document kind, as set in the settings; a kind with no printer set is left out (printing it
    says so), a malformed address is logged and left out."""
    printers: dict[str, Printer] = {}
    for kind, key in KINDS.items():
        address = settings.get(key)
        if not address:
            continue
        try:
            printers[kind] = printer_for(address, name=kind)
        except ValueError as exc:
            log.warning("%s: %s", key, exc)
    return printers
