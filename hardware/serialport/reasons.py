"""Reason codes of the serial link and the serial scanner, with a gloss for developers and translators."""

SERIAL_REASONS: dict[str, str] = {
    "serial_open_failed": "the serial port {port} cannot be opened (unplugged, wrong name, or in use): retrying",
    "serial_read_failed": "the serial device {port} stopped answering (unplugged?): reconnecting",
    "serial_disconnected": "the serial device is not connected",
    "serial_write_failed": "a command could not be sent to the serial device",
    "serial_scan_not_utf8": "the serial scanner sent bytes that are not text: the raw bytes are kept, scan again",
    "serial_scan_garbled": "the serial scanner's frame held line noise (NUL bytes): check the baud rate, scan again",
    "serial_scan_too_long": "the serial scanner sent more than {max_length} bytes without an end of line",
    "serial_scan_cut": "the serial scanner was disconnected in the middle of a code: scan again",
    "serial_scan_unterminated": (
        "the serial scanner's code did not end with the expected terminator: check its suffix setting"
    ),
}
