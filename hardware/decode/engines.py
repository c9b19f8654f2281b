"""The decoding engines, each behind one function: an 8-bit grey image in, the symbols it read out.

Coordinates are those of the image handed in; the pipeline maps them back to the frame. Only what an engine
reports as a successful, checksum-verified read comes out: zxing-cpp is asked not to return symbols with errors.
"""

from __future__ import annotations

import ctypes.util
from collections.abc import Iterable
from dataclasses import dataclass

import cv2
import numpy as np
import zxingcpp

from hardware.decode.symbols import Polygon, Symbology

ZXING = "zxing"
ZBAR = "zbar"

_TO_ZXING = {
    Symbology.QR_CODE: zxingcpp.BarcodeFormat.QRCode,
    Symbology.DATA_MATRIX: zxingcpp.BarcodeFormat.DataMatrix,
    Symbology.CODE_128: zxingcpp.BarcodeFormat.Code128,
    Symbology.GS1_128: zxingcpp.BarcodeFormat.Code128,
}
_FROM_ZXING = {
    zxingcpp.BarcodeFormat.QRCode: Symbology.QR_CODE,
    zxingcpp.BarcodeFormat.DataMatrix: Symbology.DATA_MATRIX,
    zxingcpp.BarcodeFormat.Code128: Symbology.CODE_128,
}


@dataclass(frozen=True)
class Read:
    """One engine's reading, in the coordinates of the image it was given."""

    raw: bytes
    symbology: Symbology
    polygon: Polygon
    engine: str
    aim_id: str = ""


def zxing_formats(symbologies: Iterable[Symbology]) -> zxingcpp.BarcodeFormats:
    return zxingcpp.BarcodeFormats(sorted({_TO_ZXING[s] for s in symbologies}, key=int))


@dataclass(frozen=True)
class Miss:
    """A symbol zxing-cpp located but could not decode (a checksum or format error): a place worth more work."""

    symbology: Symbology
    polygon: Polygon


def read_zxing(
    gray: np.ndarray,
    formats: zxingcpp.BarcodeFormats,
    *,
    rotate: bool = True,
    invert: bool = True,
    downscale: bool = True,
    misses: list[Miss] | None = None,
) -> list[Read]:
    """zxing-cpp's valid reads. With ``misses``, the symbols it found but could not read are appended there."""
    found = zxingcpp.read_barcodes(
        gray,
        formats=formats,
        try_rotate=rotate,
        try_downscale=downscale,
        try_invert=invert,
        return_errors=misses is not None,
        # Plain keeps GS1's group separators in ``bytes`` as the symbol carries them; the text is ours to make.
        text_mode=zxingcpp.TextMode.Plain,
    )
    reads = []
    for barcode in found:
        symbology = _FROM_ZXING.get(barcode.format)
        if symbology is None:
            continue
        p = barcode.position
        corners = (p.top_left, p.top_right, p.bottom_right, p.bottom_left)
        polygon = tuple((float(c.x), float(c.y)) for c in corners)
        if not barcode.valid:
            if misses is not None:
                misses.append(Miss(symbology, polygon))
            continue
        aim = barcode.symbology_identifier
        if symbology is Symbology.CODE_128 and aim == "]C1":
            symbology = Symbology.GS1_128
        reads.append(Read(bytes(barcode.bytes), symbology, polygon, ZXING, aim))
    return reads


def zbar_available() -> bool:
    return ctypes.util.find_library("zbar") is not None


def _zbar():
    # Imported on first use: pyzbar raises at import time when libzbar0 is missing, and a station without it
    # still decodes with zxing-cpp alone.
    from pyzbar import pyzbar

    return pyzbar


def read_zbar(gray: np.ndarray, symbologies: Iterable[Symbology]) -> list[Read]:
    """zbar reads QR codes and Code 128 (it has no Data Matrix decoder). It cannot tell GS1-128 from Code 128."""
    pyzbar = _zbar()
    wanted = {s.family for s in symbologies}
    kinds = []
    if Symbology.QR_CODE in wanted:
        kinds.append(pyzbar.ZBarSymbol.QRCODE)
    if Symbology.CODE_128 in wanted:
        kinds.append(pyzbar.ZBarSymbol.CODE128)
    if not kinds:
        return []
    image = np.ascontiguousarray(gray)
    reads = []
    for found in pyzbar.decode(image, symbols=kinds):
        symbology = Symbology.QR_CODE if found.type == "QRCODE" else Symbology.CODE_128
        points = np.array([(p.x, p.y) for p in found.polygon], dtype=np.float32)
        # zbar gives a 1-D code as the polyline of its scan hits; its bounding quadrilateral is the location.
        box = cv2.boxPoints(cv2.minAreaRect(points)) if len(points) != 4 else points
        polygon = tuple((float(x), float(y)) for x, y in box)
        reads.append(Read(bytes(found.data), symbology, polygon, ZBAR))
    return reads
