"""The one typeface every document uses: a CJK TrueType font, embedded in PDFs and rasterised for ZPL.

reportlab's built-in ``STSong-Light`` is a CID font the PDF only *names*: a viewer without that font installed shows
boxes or nothing, so certificates must embed a real TrueType font. ``fonts-wqy-microhei`` is installed by
``scripts/install.sh``; it is a TrueType collection (TTC) whose first face is WenQuanYi Micro Hei.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from PIL import ImageFont
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

ENV_FONT = "TRACE_STATION_FONT"  # path[:index] of another CJK TrueType font or collection
CANDIDATES: tuple[tuple[str, int], ...] = (
    ("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", 0),
    ("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", 0),
    ("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", 2),
)
# Vertical metrics shared by both outputs so a line sits at the same place on paper and on a thermal label.
ASCENT = 0.80  # of the font size, top of the line box to the baseline
LINE_HEIGHT = 1.2  # of the font size


class FontMissing(RuntimeError):
    """No CJK TrueType font found: ``reason`` is a code for the caller to word."""

    reason = "cjk_font_missing"


@dataclass(frozen=True)
class FontFile:
    path: Path
    index: int = 0

    @property
    def pdf_name(self) -> str:
        return f"TraceCJK-{self.path.stem}-{self.index}"


def find_font() -> FontFile:
    configured = os.environ.get(ENV_FONT)
    if configured:
        path, _, index = configured.partition(":")
        font = FontFile(Path(path), int(index or 0))
        if not font.path.is_file():
            raise FontMissing(f"{ENV_FONT} names {font.path}, which does not exist")
        return font
    for path, index in CANDIDATES:
        if Path(path).is_file():
            return FontFile(Path(path), index)
    raise FontMissing("no CJK TrueType font found; scripts/install.sh installs fonts-wqy-microhei")


@lru_cache(maxsize=4)
def pdf_font(font: FontFile) -> str:
    """Register ``font`` with reportlab once; the name to pass to ``setFont``. Subset-embedded in every PDF."""
    pdfmetrics.registerFont(TTFont(font.pdf_name, str(font.path), subfontIndex=font.index))
    return font.pdf_name


def text_width(text: str, font: FontFile, size: float) -> float:
    """Advance width of ``text`` at ``size`` (any unit: the result is in the same unit). Sums per-character
    advances, as reportlab draws them (no kerning), so wrapping never measures a line twice."""
    table = advances(font)
    return sum(table[char] for char in text) * size


class Advances(dict[str, float]):
    """Advance widths of one font in ems, measured on first use (a dict lookup per character after that: the
    label budget is a few milliseconds for a few hundred characters)."""

    def __init__(self, font: FontFile) -> None:
        super().__init__()
        self._name = pdf_font(font)

    def __missing__(self, char: str) -> float:
        width = self[char] = pdfmetrics.stringWidth(char, self._name, 1000.0) / 1000.0
        return width


@lru_cache(maxsize=4)
def advances(font: FontFile) -> Advances:
    return Advances(font)


@lru_cache(maxsize=64)
def raster_font(font: FontFile, pixels: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(font.path), size=max(1, pixels), index=font.index)
