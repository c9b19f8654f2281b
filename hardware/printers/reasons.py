"""Reason codes of the printers, with a gloss for developers and translators."""

PRINTER_REASONS: dict[str, str] = {
    "printer_refused": "the label printer at {detail} refused the connection (is it on, and is port 9100 open?)",
    "printer_timeout": "the label printer at {detail} did not answer in time",
    "printer_unreachable": "the label printer at {detail} cannot be reached on the network",
    "printer_status_unreadable": "the label printer's status answer could not be read",
    "printer_paper_out": "the label printer is out of labels or ribbon",
    "printer_head_open": "the label printer's head is open",
    "printer_paused": "the label printer is paused",
    "cups_client_missing": "the lp command (package cups-client) is not installed",
    "cups_timeout": "the print system (CUPS) did not answer in time",
    "cups_refused": "the print system (CUPS) refused the job: {detail}",
    "printer_unknown": "the system has no printer named {detail} (see the printer settings)",
    "document_unreadable": "the document to print is not a readable PDF: {detail}",
    "printer_address_invalid": "a printer setting that is no printer address (qt://, cups:// or socket://): {address}",
}
