"""Barcode symbols as module matrices, made once and drawn by every output (PDF rectangles, ZPL ^GF bitmaps).

Drawing from the matrix rather than asking the printer to encode (^BQ/^BX) means the bits on the label are the
bits the tests decode, whatever the printer's firmware does with mask selection or Data Matrix shapes.
All three come from zxing-cpp: a str is encoded as UTF-8 bytes (Chinese text is never turned into Shift-JIS), and
its C++ encoder makes a QR code in a fraction of a millisecond where segno's pure-Python mask search takes ~8 ms,
which matters for the 5 ms label budget. Data Matrix is forced square: a rectangular one is read by fewer
handheld scanners.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

import numpy as np
import zxingcpp


class Symbology(StrEnum):
    QR = "qr"
    DATA_MATRIX = "data_matrix"
    CODE_128 = "code_128"


# Quiet zone each symbology needs around it, in modules (ISO/IEC 18004, 16022, 15417).
QUIET_ZONE = {Symbology.QR: 4, Symbology.DATA_MATRIX: 1, Symbology.CODE_128: 10}


@dataclass(frozen=True, eq=False)
class Symbol:
    """``modules``: dark modules True, one row for a linear symbol; no quiet zone included."""

    symbology: Symbology
    text: str
    modules: np.ndarray = field(repr=False)

    @property
    def columns(self) -> int:
        return int(self.modules.shape[1])

    @property
    def rows(self) -> int:
        return int(self.modules.shape[0])

    @property
    def linear(self) -> bool:
        return self.symbology is Symbology.CODE_128

    @property
    def quiet(self) -> int:
        return QUIET_ZONE[self.symbology]


def make_symbol(symbology: Symbology, text: str) -> Symbol:
    if not text:
        raise ValueError("a barcode needs content")
    if symbology is Symbology.QR:
        # Level M (15 %): labels lose contrast to wear more often than whole corners.
        made = zxingcpp.create_barcode(text, zxingcpp.BarcodeFormat.QRCode, ec_level="M")
    elif symbology is Symbology.DATA_MATRIX:
        made = zxingcpp.create_barcode(text, zxingcpp.BarcodeFormat.DataMatrix, force_square=True)
    else:
        made = zxingcpp.create_barcode(text, zxingcpp.BarcodeFormat.Code128)
    modules = np.asarray(made.to_image(scale=1, add_quiet_zones=False)) < 128
    # zxing-cpp draws a linear symbol with some height; one row is the symbol.
    return Symbol(symbology, text, modules[:1] if symbology is Symbology.CODE_128 else modules)


def runs(row: np.ndarray) -> list[tuple[int, int]]:
    """(start, length) of each dark run in one row: one rectangle per run keeps PDFs small and fast."""
    padded = np.concatenate(([False], row, [False])).astype(np.int8)
    edges = np.flatnonzero(np.diff(padded))
    return [(int(a), int(b - a)) for a, b in zip(edges[::2], edges[1::2], strict=True)]
