"""Lengths: documents are designed in millimetres; printers want dots, PDF wants points."""

from __future__ import annotations

MM_PER_INCH = 25.4
PT_PER_MM = 72 / MM_PER_INCH


def to_dots(mm: float, dpi: int) -> int:
    return round(mm * dpi / MM_PER_INCH)


def to_pt(mm: float) -> float:
    return mm * PT_PER_MM
