"""Layouts as ZPL II for thermal label printers (203, 300 or 600 dpi).

Text is rendered to ^GF bitmaps with the same TrueType font the PDFs embed, not printed with a printer font: a
Chinese field would otherwise need ^CI28 plus a CJK TrueType font downloaded to every printer (^A@), which many
site printers lack or have in another typeface; bitmaps print the same on any ZPL printer and look like the PDF.
Symbols are ^GF bitmaps of the module matrices (see ``station.documents.symbols``); rules and boxes are ^GB / ^GD.
Graphics are sent as :Z64: (zlib + base64 + CRC-16/XMODEM), about a tenth of plain hex; firmware older than
V60.13 only reads hex, hence ``GraphicEncoding.HEX``.
"""

from __future__ import annotations

import base64
import binascii
import zlib
from dataclasses import dataclass
from enum import StrEnum

import numpy as np

from station.documents.fonts import ASCENT, LINE_HEIGHT, FontFile, find_font
from station.documents.glyphs import draw_line, line_width
from station.documents.labels.layout import Code, Diamond, Frame, Layout, TextBlock
from station.documents.units import MM_PER_INCH, to_dots


class GraphicEncoding(StrEnum):
    Z64 = "z64"
    HEX = "hex"


@dataclass(frozen=True)
class ZplOptions:
    dpi: int = 203
    copies: int = 1
    encoding: GraphicEncoding = GraphicEncoding.Z64
    darkness: int | None = None  # ~SD 0-30; None leaves the printer's setting


def render(layout: Layout, options: ZplOptions = ZplOptions(), font: FontFile | None = None) -> bytes:
    font = font or find_font()
    dpi = options.dpi
    parts = [
        "^XA",
        f"^PW{to_dots(layout.size.width_mm, dpi)}",
        f"^LL{to_dots(layout.size.height_mm, dpi)}",
        "^LH0,0^PON^FWN",
    ]
    if options.darkness is not None:
        parts.append(f"~SD{max(0, min(30, options.darkness)):02d}")
    for element in layout.elements:
        if isinstance(element, Frame):
            parts.append(_frame(element, dpi))
        elif isinstance(element, Diamond):
            parts.append(_diamond(element, dpi))
        elif isinstance(element, TextBlock):
            bits = text_bitmap(element, dpi, font)
            rows, cols = np.flatnonzero(bits.any(axis=1)), np.flatnonzero(bits.any(axis=0))
            if rows.size:
                # Only the inked part is sent: a centred title would otherwise ship its empty margins.
                x, y = to_dots(element.x, dpi) + cols[0], to_dots(element.y, dpi) + rows[0]
                ink = bits[rows[0] : rows[-1] + 1, cols[0] : cols[-1] + 1]
                parts.append(f"^FO{x},{y}{graphic(ink, options.encoding)}^FS")
        elif isinstance(element, Code):
            x, y, bits = symbol_bitmap(element, dpi)
            parts.append(f"^FO{x},{y}{graphic(bits, options.encoding)}^FS")
    if options.copies > 1:
        parts.append(f"^PQ{options.copies},0,1,Y")
    parts.append("^XZ")
    return "\n".join(parts).encode("ascii")


def _frame(f: Frame, dpi: int) -> str:
    w, h = max(1, to_dots(f.width, dpi)), max(1, to_dots(f.height, dpi))
    t = max(1, min(to_dots(f.thickness, dpi), w, h))
    return f"^FO{to_dots(f.x, dpi)},{to_dots(f.y, dpi)}^GB{w},{h},{t},B,0^FS"


def _diamond(d: Diamond, dpi: int) -> str:
    half = max(1, to_dots(d.size / 2, dpi))
    t = max(1, to_dots(d.thickness, dpi))
    x, y = to_dots(d.x, dpi), to_dots(d.y, dpi)
    # ^GD draws one diagonal in a box: right-leaning (R, "/") or left-leaning (L, "\").
    return "".join(
        (
            f"^FO{x},{y}^GD{half},{half},{t},B,R^FS",
            f"^FO{x + half},{y}^GD{half},{half},{t},B,L^FS",
            f"^FO{x},{y + half}^GD{half},{half},{t},B,L^FS",
            f"^FO{x + half},{y + half}^GD{half},{half},{t},B,R^FS",
        )
    )


def text_bitmap(block: TextBlock, dpi: int, font: FontFile) -> np.ndarray:
    """The block's lines as a bitmap the size of its box, dark dots True."""
    width, height = max(1, to_dots(block.width, dpi)), max(1, to_dots(block.height, dpi))
    canvas = np.zeros((height, width), dtype=bool)
    size_px = block.size * dpi / MM_PER_INCH
    for index, line in enumerate(block.lines):
        baseline = round((index * LINE_HEIGHT + ASCENT) * size_px)
        used = line_width(font, size_px, line)
        x = {"left": 0.0, "center": (width - used) / 2, "right": width - used}[block.align]
        draw_line(canvas, font, size_px, line, x, baseline)
    return canvas


def symbol_bitmap(code: Code, dpi: int) -> tuple[int, int, np.ndarray]:
    """Whole dots per module (a fraction would print bars of uneven width), as large as fits the box with its
    quiet zone, centred in the box. Returns the top-left dot and the bitmap."""
    symbol = code.symbol
    box_w, box_h = to_dots(code.width, dpi), to_dots(code.height, dpi)
    across = symbol.columns + 2 * symbol.quiet
    if symbol.linear:
        module = max(1, box_w // across)
        bits = np.repeat(np.repeat(symbol.modules, module, axis=1), max(1, box_h), axis=0)
    else:
        module = max(1, min(box_w, box_h) // (max(symbol.columns, symbol.rows) + 2 * symbol.quiet))
        bits = np.repeat(np.repeat(symbol.modules, module, axis=0), module, axis=1)
    x = to_dots(code.x, dpi) + (box_w - bits.shape[1]) // 2
    y = to_dots(code.y, dpi) + (box_h - bits.shape[0]) // 2
    return x, y, bits


def graphic(bits: np.ndarray, encoding: GraphicEncoding) -> str:
    """``^GFA`` for a bitmap (True = dark dot); rows are padded to whole bytes as ZPL requires."""
    packed = np.packbits(bits, axis=1)
    row_bytes = packed.shape[1]
    data = packed.tobytes()
    if encoding is GraphicEncoding.HEX:
        body = data.hex().upper()
    else:
        # Level 1: a label's bitmaps are mostly runs of zeros, which the fastest level already packs well.
        encoded = base64.b64encode(zlib.compress(data, 1))
        body = f":Z64:{encoded.decode('ascii')}:{binascii.crc_hqx(encoded, 0):04X}"
    return f"^GFA,{len(data)},{len(data)},{row_bytes},{body}"
