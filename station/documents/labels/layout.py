"""A label as positioned elements in millimetres, origin top-left (as on a ZPL printer).

Text is wrapped and sized here, once, with the shared font's metrics; the outputs only draw the lines they are given.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from typing import Literal

from station.documents.fonts import LINE_HEIGHT, FontFile, advances, text_width
from station.documents.symbols import Symbol

Align = Literal["left", "center", "right"]


@dataclass(frozen=True)
class LabelSize:
    width_mm: float
    height_mm: float

    def scaled(self, factor: float) -> LabelSize:
        return LabelSize(self.width_mm * factor, self.height_mm * factor)


@dataclass(frozen=True)
class TextBlock:
    x: float
    y: float
    width: float
    height: float
    lines: tuple[str, ...]
    size: float  # font size (em) in mm
    align: Align = "left"


@dataclass(frozen=True)
class Code:
    """A symbol centred in its box; the box includes the quiet zone, so nothing else may be drawn inside it."""

    x: float
    y: float
    width: float
    height: float
    symbol: Symbol


@dataclass(frozen=True)
class Frame:
    """A rectangle outline of ``thickness`` mm; a thin filled bar when width or height equals the thickness."""

    x: float
    y: float
    width: float
    height: float
    thickness: float


@dataclass(frozen=True)
class Diamond:
    """A square standing on its corner (the frame of a hazard pictogram), ``size`` mm across."""

    x: float
    y: float
    size: float
    thickness: float


Element = TextBlock | Code | Frame | Diamond


@dataclass(frozen=True)
class Layout:
    kind: str
    size: LabelSize
    elements: tuple[Element, ...]
    warnings: tuple[str, ...] = field(default=())  # reason codes: text that had to be shortened


_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]+")


def clean(text: str) -> str:
    """Field text as one printable line: control characters (newlines, tabs, GS) become single spaces."""
    return " ".join(_CONTROL.sub(" ", unicodedata.normalize("NFC", text)).split())


def wrap(text: str, width: float, size: float, font: FontFile) -> list[str]:
    """Greedy wrap: Latin text breaks at spaces, CJK text and over-long words anywhere."""
    lines: list[str] = []
    widths = advances(font)
    current, used = "", 0.0
    for char in text:
        advance = widths[char] * size
        if not current or used + advance <= width:
            current, used = current + char, used + advance
            continue
        space = current.rfind(" ")
        if char != " " and space > 0 and not _is_cjk(char):
            lines.append(current[:space])
            current = current[space + 1 :] + char
        else:
            lines.append(current.rstrip())
            current = char.lstrip()
        used = text_width(current, font, size)
    if current.strip():
        lines.append(current.rstrip())
    return lines


def _is_cjk(char: str) -> bool:
    return unicodedata.east_asian_width(char) in ("W", "F")


@dataclass(frozen=True)
class Fitted:
    block: TextBlock
    shortened: bool


def fit_text(
    text: str,
    x: float,
    y: float,
    width: float,
    height: float,
    font: FontFile,
    *,
    size: float,
    min_size: float | None = None,
    align: Align = "left",
    max_lines: int | None = None,
) -> Fitted:
    """The largest size from ``size`` down to ``min_size`` at which ``text`` fits the box, wrapped.

    ``max_lines`` first asks for at most that many lines (a code reads best on one); when no size allows it, the
    text wraps freely. Only when even that fails are the lines that do not fit cut, the last ending in an ellipsis.
    """
    text = clean(text)
    smallest = min_size if min_size is not None else size * 0.6
    sizes = [size]
    while sizes[-1] * 0.92 >= smallest:
        sizes.append(sizes[-1] * 0.92)
    for limit in (max_lines, None) if max_lines else (None,):
        for current in sizes:
            lines = wrap(text, width, current, font) if text else []
            capacity = max(1, int(height / (current * LINE_HEIGHT) + 1e-6))
            if len(lines) <= min(capacity, limit or capacity):
                return Fitted(TextBlock(x, y, width, height, tuple(lines), current, align), shortened=False)
    current = sizes[-1]
    kept = lines[:capacity]
    last = kept[-1]
    while last and text_width(last + "…", font, current) > width:
        last = last[:-1]
    kept[-1] = last + "…"
    return Fitted(TextBlock(x, y, width, height, tuple(kept), current, align), shortened=True)


class Composer:
    """Collects a template's elements and the reason codes of text it had to shorten."""

    def __init__(self, kind: str, size: LabelSize, font: FontFile) -> None:
        self.kind = kind
        self.size = size
        self.font = font
        self._elements: list[Element] = []
        self._warnings: list[str] = []

    def text(
        self,
        name: str,
        text: str,
        box: tuple[float, float, float, float],
        size: float,
        *,
        min_size: float | None = None,
        align: Align = "left",
        max_lines: int | None = None,
    ) -> TextBlock:
        fitted = fit_text(text, *box, self.font, size=size, min_size=min_size, align=align, max_lines=max_lines)
        if fitted.shortened:
            self._warnings.append(f"text_shortened:{name}")
        self._elements.append(fitted.block)
        return fitted.block

    def add(self, *elements: Element) -> None:
        self._elements.extend(elements)

    def layout(self) -> Layout:
        return Layout(self.kind, self.size, tuple(self._elements), tuple(self._warnings))
