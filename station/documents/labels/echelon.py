"""The echelon-use (梯次利用) module / cell label: the new 19-character code and the original code it replaces.

GB/T 34014 requires the original code to stay readable next to the new one, so both are printed as text and as
symbols; Data Matrix by default (small cells), QR where a site's scanners prefer it.
"""

from __future__ import annotations

from dataclasses import dataclass

from station.documents.fonts import FontFile, find_font
from station.documents.labels.layout import Code, Composer, Frame, LabelSize, Layout
from station.documents.symbols import Symbology, make_symbol

DEFAULT_SIZE = LabelSize(60, 40)
KIND_NAMES = {"P": "电池包 Pack", "M": "模组 Module", "C": "单体 Cell"}


@dataclass(frozen=True)
class EchelonLabel:
    new_code: str  # 19 characters: maker, type, chemistry, spec, date, serial, 'R', product type
    original_code: str  # the 24-character code the battery was made with
    kind: str = "M"
    symbology: Symbology = Symbology.DATA_MATRIX


def echelon_label(data: EchelonLabel, size: LabelSize = DEFAULT_SIZE, font: FontFile | None = None) -> Layout:
    if data.symbology is Symbology.CODE_128:
        raise ValueError("echelon labels carry 2-D symbols")
    w, h = size.width_mm, size.height_mm
    c = Composer("echelon", size, font or find_font())
    m = max(1.5, h * 0.04)
    header = h * 0.18
    title = f"梯次利用 ECHELON · {KIND_NAMES.get(data.kind, data.kind)}"
    c.text("title", title, (m, m, w - 2 * m, header - m), (header - m) / 1.2, min_size=(header - m) / 2.4)
    c.add(Frame(m, header + 0.2, w - 2 * m, 0.3, 0.3))
    row_h = (h - header - 2 * m) / 2
    side = min(row_h - m * 0.5, w * 0.4)
    rows = (
        ("new", "新编码 New code", data.new_code),
        ("original", "原编码 Original code", data.original_code),
    )
    for index, (name, caption, code) in enumerate(rows):
        top = header + m + index * row_h
        c.add(Code(m, top, side, side, make_symbol(data.symbology, code)))
        x = m * 2 + side
        col = w - x - m
        c.text(f"{name}_caption", caption, (x, top, col, row_h * 0.3), row_h * 0.22)
        c.text(name, code, (x, top + row_h * 0.32, col, row_h * 0.6), row_h * 0.26, min_size=row_h * 0.12, max_lines=1)
    return c.layout()
