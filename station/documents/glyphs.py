"""Text as 1-bit bitmaps for thermal printers, composed from cached glyphs.

FreeType renders a CJK glyph in a fraction of a millisecond, but a label has a hundred of them and the same ones
recur on every label (captions, digits): each glyph is rasterised once per pixel size and pasted after that.
Glyphs are drawn at the nearest whole pixel size but placed at the exact size's advance widths, without kerning,
as reportlab places them in the PDF twin: a line is as long on the label as on paper and never overruns its box.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np
from PIL import Image, ImageDraw

from station.documents.fonts import FontFile, advances, raster_font, text_width


@dataclass(frozen=True, eq=False)
class Glyph:
    bits: np.ndarray = field(repr=False)  # dark pixels True
    left: int  # from the pen position to the bitmap's left edge
    top: int  # from the baseline to the bitmap's top edge (negative: above the baseline)
    advance: float


class GlyphTable(dict[str, Glyph]):
    """The glyphs of one font at one pixel size, rasterised on first use."""

    def __init__(self, font: FontFile, pixels: int) -> None:
        super().__init__()
        self.font = font
        self.pixels = pixels

    def __missing__(self, char: str) -> Glyph:
        made = self[char] = _rasterise(self.font, self.pixels, char)
        return made


@lru_cache(maxsize=256)
def glyphs(font: FontFile, pixels: int) -> GlyphTable:
    return GlyphTable(font, pixels)


def _rasterise(font: FontFile, pixels: int, char: str) -> Glyph:
    face = raster_font(font, pixels)
    left, top, right, bottom = face.getbbox(char, anchor="ls")
    if right <= left or bottom <= top:
        return Glyph(np.zeros((0, 0), dtype=bool), 0, 0, face.getlength(char))
    image = Image.new("1", (right - left, bottom - top), 0)
    draw = ImageDraw.Draw(image)
    draw.fontmode = "1"  # no anti-aliasing: a thermal head has no grey
    draw.text((-left, -top), char, fill=1, font=face, anchor="ls")
    return Glyph(np.asarray(image, dtype=bool), left, top, face.getlength(char))


def line_width(font: FontFile, size_px: float, text: str) -> float:
    return text_width(text, font, size_px)


def draw_line(canvas: np.ndarray, font: FontFile, size_px: float, text: str, x: float, baseline: int) -> None:
    """OR the line's glyphs into ``canvas`` (rows, columns) with the pen starting at ``x``; clipped at the edges."""
    height, width = canvas.shape
    table = glyphs(font, max(1, round(size_px)))
    widths = advances(font)
    pen = x
    for char in text:
        g = table[char]
        if g.bits.size:
            x0, y0 = round(pen) + g.left, baseline + g.top
            gy0, gx0 = max(0, -y0), max(0, -x0)
            y1, x1 = min(height, y0 + g.bits.shape[0]), min(width, x0 + g.bits.shape[1])
            if y1 > y0 + gy0 and x1 > x0 + gx0:
                canvas[y0 + gy0 : y1, x0 + gx0 : x1] |= g.bits[gy0 : y1 - y0, gx0 : x1 - x0]
        pen += widths[char] * size_px
