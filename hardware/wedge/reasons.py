"""Reason codes of the wedge detector, with a gloss for developers and translators."""

WEDGE_REASONS: dict[str, str] = {
    "wedge_burst_split": "a scanner burst stopped before its Enter/Tab: the code may be cut, scan again",
    "wedge_burst_garbled": "a scanner burst held characters a scanner cannot send: check the keyboard layout/IME",
    "wedge_keyboard_layout": "the scanner types through another keyboard layout ({layout}): set it to US or change it",
}
