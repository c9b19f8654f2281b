"""A label in the form its printer takes: ZPL for a label printer's raw port or a raw CUPS queue, PDF for any
other queue (CUPS or a system printer renders it)."""

from __future__ import annotations

from hardware.printers.backends import CupsPrinter, Printer, RawSocketPrinter
from hardware.printers.service import Outcome, PrintService
from station.documents.labels import pdf, zpl
from station.documents.labels.layout import Layout


def takes_zpl(printer: Printer) -> bool:
    return isinstance(printer, RawSocketPrinter) or (isinstance(printer, CupsPrinter) and printer.raw)


def label_bytes(printer: Printer, layout: Layout) -> bytes:
    return zpl.render(layout) if takes_zpl(printer) else pdf.render(layout)


def print_label(service: PrintService, layout: Layout, title: str) -> Outcome:
    """Queue and send one label on the bench's label printer (blocking: call it on a worker). Raises KeyError when
    no label printer is set."""
    printer = service.printers["label"]
    return service.submit("label", label_bytes(printer, layout), title)
