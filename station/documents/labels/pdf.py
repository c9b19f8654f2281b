"""Layouts as PDF, one page per label at the label's own size, for any printer (and for the label archive).

Text uses the embedded TrueType font; symbols are drawn as filled rectangles from their module matrices (not
reportlab's barcode widgets, whose Data Matrix encoder is not the one the station tests against).
"""

from __future__ import annotations

import io
from collections.abc import Sequence

from reportlab.lib.colors import black
from reportlab.pdfgen.canvas import Canvas

from station.documents.fonts import ASCENT, LINE_HEIGHT, FontFile, find_font, pdf_font
from station.documents.labels.layout import Code, Diamond, Frame, Layout, TextBlock
from station.documents.symbols import runs
from station.documents.units import to_pt


def render(layouts: Layout | Sequence[Layout], font: FontFile | None = None, title: str = "") -> bytes:
    pages = [layouts] if isinstance(layouts, Layout) else list(layouts)
    if not pages:
        raise ValueError("nothing to render")
    font = font or find_font()
    name = pdf_font(font)
    buffer = io.BytesIO()
    first = pages[0].size
    # invariant: no creation time or random file id, so a reprint is byte-for-byte the same document.
    canvas = Canvas(buffer, pagesize=(to_pt(first.width_mm), to_pt(first.height_mm)), invariant=1)
    canvas.setTitle(title or f"{pages[0].kind} label")
    canvas.setCreator("Trace Station")
    for layout in pages:
        height = to_pt(layout.size.height_mm)
        canvas.setPageSize((to_pt(layout.size.width_mm), height))
        canvas.setFillColor(black)
        canvas.setStrokeColor(black)
        for element in layout.elements:
            draw_element(canvas, element, height, name)
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def draw_element(canvas: Canvas, element: object, page_height: float, font_name: str) -> None:
    """One element on a canvas whose y axis points up; ``page_height`` in points flips the label's top-left origin.
    Shared with the certificate, which draws its QR code the same way."""
    if isinstance(element, Frame):
        _frame(canvas, element, page_height)
    elif isinstance(element, Diamond):
        _diamond(canvas, element, page_height)
    elif isinstance(element, TextBlock):
        _text(canvas, element, page_height, font_name)
    elif isinstance(element, Code):
        draw_code(canvas, element, page_height)


def _frame(canvas: Canvas, f: Frame, page_height: float) -> None:
    x, y, w, h, t = (to_pt(v) for v in (f.x, f.y, f.width, f.height, f.thickness))
    if w <= t or h <= t:
        canvas.rect(x, page_height - y - h, w, h, stroke=0, fill=1)
        return
    canvas.setLineWidth(t)
    canvas.rect(x + t / 2, page_height - y - h + t / 2, w - t, h - t, stroke=1, fill=0)


def _diamond(canvas: Canvas, d: Diamond, page_height: float) -> None:
    x, y, size, t = to_pt(d.x), page_height - to_pt(d.y), to_pt(d.size), to_pt(d.thickness)
    half = size / 2
    path = canvas.beginPath()
    path.moveTo(x + half, y - t / 2)
    path.lineTo(x + size - t / 2, y - half)
    path.lineTo(x + half, y - size + t / 2)
    path.lineTo(x + t / 2, y - half)
    path.close()
    canvas.setLineWidth(t)
    canvas.drawPath(path, stroke=1, fill=0)


def _text(canvas: Canvas, block: TextBlock, page_height: float, font_name: str) -> None:
    size = to_pt(block.size)
    canvas.setFont(font_name, size)
    for index, line in enumerate(block.lines):
        baseline = page_height - to_pt(block.y) - (index * LINE_HEIGHT + ASCENT) * size
        if block.align == "center":
            canvas.drawCentredString(to_pt(block.x + block.width / 2), baseline, line)
        elif block.align == "right":
            canvas.drawRightString(to_pt(block.x + block.width), baseline, line)
        else:
            canvas.drawString(to_pt(block.x), baseline, line)


def draw_code(canvas: Canvas, code: Code, page_height: float) -> None:
    symbol = code.symbol
    across = symbol.columns + 2 * symbol.quiet
    if symbol.linear:
        module = code.width / across
        bar_h = code.height
        left, top = code.x + symbol.quiet * module, code.y
    else:
        module = min(code.width, code.height) / (max(symbol.columns, symbol.rows) + 2 * symbol.quiet)
        left = code.x + (code.width - symbol.columns * module) / 2
        top = code.y + (code.height - symbol.rows * module) / 2
        bar_h = module
    for r, row in enumerate(symbol.modules):
        y = page_height - to_pt(top + (r + 1) * bar_h)
        for start, length in runs(row):
            canvas.rect(to_pt(left + start * module), y, to_pt(length * module), to_pt(bar_h), stroke=0, fill=1)
