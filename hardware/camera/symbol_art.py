"""Symbols drawn as pixels: the module matrix of a QR code, Data Matrix or Code 128, scaled up, plain, inverted
(laser-etched on dark metal) or dotted (dot-peen marking on cells).

QR codes come from segno with UTF-8 text (and an ECI header when asked), Data Matrix and Code 128 / GS1-128 from
zxing-cpp's writer: real encoders, so a decoder that reads these reads what a label printer would print.
"""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np
import segno
import zxingcpp

from hardware.decode.symbols import Symbology

QUIET_MODULES = {Symbology.QR_CODE: 4, Symbology.DATA_MATRIX: 2, Symbology.CODE_128: 10, Symbology.GS1_128: 10}
# A printed 1-D code is far taller than one module; labels print it at about a sixth of its width.
LINEAR_HEIGHT_RATIO = 0.18


@dataclass(frozen=True)
class SymbolSpec:
    """``text`` is what the symbol carries; for GS1-128 it is the element string in "(01)...(240)..." form."""

    text: str
    symbology: Symbology
    eci: bool = False
    inverted: bool = False
    dotted: bool = False


def modules(spec: SymbolSpec) -> np.ndarray:
    """The symbol's dark modules (True) without quiet zone; a 1-D code is a single row."""
    if spec.symbology is Symbology.QR_CODE:
        qr = segno.make_qr(spec.text, error="m", encoding="utf-8", eci=spec.eci)
        return np.array([list(row) for row in qr.matrix], dtype=bool)
    fmt = zxingcpp.BarcodeFormat.DataMatrix
    options: dict[str, bool] = {"force_square": True}
    if spec.symbology.linear:
        fmt = zxingcpp.BarcodeFormat.Code128
        options = {"gs1": spec.symbology is Symbology.GS1_128}
    barcode = zxingcpp.create_barcode(spec.text, fmt, **options)
    image = np.array(barcode.to_image(scale=1, add_quiet_zones=False))
    dark = image < 128
    return dark[:1] if spec.symbology.linear else dark


def payload(spec: SymbolSpec) -> str:
    """What a correct read of the symbol gives, as text: GS1 element strings lose their brackets and variable
    fields end with a group separator; everything else reads back as written."""
    if spec.symbology is not Symbology.GS1_128:
        return spec.text
    barcode = zxingcpp.create_barcode(spec.text, zxingcpp.BarcodeFormat.Code128, gs1=True)
    return bytes(barcode.bytes).decode("ascii")


def render(spec: SymbolSpec, module_px: float) -> tuple[np.ndarray, np.ndarray]:
    """The symbol as an 8-bit grey image with its quiet zone (255 paper, 0 ink; swapped when inverted) and the
    symbol's own four corners in that image (top-left, top-right, bottom-right, bottom-left)."""
    dark = modules(spec)
    quiet = QUIET_MODULES[spec.symbology]
    rows, cols = dark.shape
    if spec.symbology.linear:
        rows = max(1, round(cols * LINEAR_HEIGHT_RATIO))
        dark = np.repeat(dark, rows, axis=0)
    width = round((cols + 2 * quiet) * module_px)
    height = round((rows + 2 * quiet) * module_px) if not spec.symbology.linear else round((rows + 2) * module_px)
    top = (height - rows * module_px) / 2
    left = quiet * module_px
    if spec.dotted:
        image = _dots(dark, module_px, (width, height), (left, top))
    else:
        # Nearest-neighbour scaling onto a fine grid keeps fractional module sizes faithful on average.
        ys = ((np.arange(height) - top) // module_px).astype(int)
        xs = ((np.arange(width) - left) // module_px).astype(int)
        inside = (ys[:, None] >= 0) & (ys[:, None] < rows) & (xs[None, :] >= 0) & (xs[None, :] < cols)
        ink = dark[np.clip(ys, 0, rows - 1)[:, None], np.clip(xs, 0, cols - 1)[None, :]] & inside
        image = np.where(ink, 0, 255).astype(np.uint8)
    if spec.inverted:
        image = 255 - image
    right, bottom = left + cols * module_px, top + rows * module_px
    corners = np.array([(left, top), (right, top), (right, bottom), (left, bottom)], dtype=np.float32)
    return image, corners


def _dots(dark: np.ndarray, module_px: float, size: tuple[int, int], origin: tuple[float, float]) -> np.ndarray:
    # Dot-peen marks: round dots a little smaller than the module pitch, so neighbours do not touch.
    scale = 4  # drawn at 4x and reduced, for round edges at small sizes
    width, height = size
    canvas = np.full((height * scale, width * scale), 255, dtype=np.uint8)
    radius = max(1, round(module_px * scale * 0.4))
    for r, c in zip(*np.nonzero(dark), strict=True):
        cx = round((origin[0] + (c + 0.5) * module_px) * scale)
        cy = round((origin[1] + (r + 0.5) * module_px) * scale)
        cv2.circle(canvas, (cx, cy), radius, 0, -1, lineType=cv2.LINE_AA)
    return cv2.resize(canvas, (width, height), interpolation=cv2.INTER_AREA)
