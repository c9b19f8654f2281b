"""Reading documents back: ZPL rendered offline (zplkit), PDF rendered by poppler, symbols decoded, text extracted."""

from __future__ import annotations

import subprocess
import tempfile
from pathlib import Path

import cv2
import numpy as np
import zxingcpp
from PIL import Image
from zplkit import Options, render
from zplkit.rendering import Limits

from hardware.decode import DecodePipeline, PipelineConfig, Symbology
from station.documents.units import to_dots


def zpl_image(zpl: bytes, width_mm: float, height_mm: float, dpi: int) -> np.ndarray:
    """The label as the printer would print it: 8-bit grey, 0 black."""
    options = Options(profile="specification", width=to_dots(width_mm, dpi), height=to_dots(height_mm, dpi), dpi=dpi)
    # A 200 mm label at 300 dpi carries more graphic bytes than zplkit's default budget (a printer's is larger).
    document = render(zpl, options, limits=Limits(graphic_bytes=2_000_000))
    assert len(document.labels) == 1
    raster = document.labels[0].rasterize()
    return np.frombuffer(raster.pixels, dtype=np.uint8).reshape(raster.height, raster.width)


def pdf_images(pdf: bytes, dpi: int = 300) -> list[np.ndarray]:
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "in.pdf"
        source.write_bytes(pdf)
        subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", str(source), f"{tmp}/page"], check=True)
        return [np.array(Image.open(p).convert("L")) for p in sorted(Path(tmp).glob("page-*.png"))]


def pdf_text(pdf: bytes, raw: bool = True) -> str:
    args = ["pdftotext", "-enc", "UTF-8", *(["-raw"] if raw else []), "-", "-"]
    return subprocess.run(args, input=pdf, capture_output=True, check=True).stdout.decode("utf-8")


def pdf_fonts(pdf: bytes) -> str:
    with tempfile.NamedTemporaryFile(suffix=".pdf") as f:
        f.write(pdf)
        f.flush()
        return subprocess.run(["pdffonts", f.name], capture_output=True, check=True, text=True).stdout


# The station's own decoder, given time enough for a whole page: a certificate is read at 300 dpi, full width.
_PIPELINE = DecodePipeline(PipelineConfig(budget_ms=20_000, frame_width=4000, frame_linear=True))
_NAMES = {
    Symbology.QR_CODE: "qr",
    Symbology.DATA_MATRIX: "data_matrix",
    Symbology.CODE_128: "code_128",
    Symbology.GS1_128: "code_128",
}


def decode(image: np.ndarray) -> list[tuple[str, str]]:
    """(symbol kind, text) of every symbol the station's decoder (hardware.decode) reads, sorted; the texts are the
    symbols' bytes as UTF-8. The image gets a white border first, as a label has surroundings when a camera sees
    it: the decoder's barcode finder misses a perfectly sharp Code 128 that touches the image's edge."""
    found = _PIPELINE.decode(cv2.copyMakeBorder(image, 40, 40, 40, 40, cv2.BORDER_CONSTANT, value=255))
    return sorted((_NAMES[symbol.format], symbol.text) for symbol in found.symbols)


def decode_zxing(image: np.ndarray) -> list[tuple[str, str]]:
    """zxing-cpp alone on the whole image: for the one case the station's decoder does not read yet (a long
    Code 128 on a PDF render, which cv2's barcode finder splits into two regions; reported to the scanning issue)."""
    names = {
        zxingcpp.BarcodeFormat.QRCode: "qr",
        zxingcpp.BarcodeFormat.DataMatrix: "data_matrix",
        zxingcpp.BarcodeFormat.Code128: "code_128",
    }
    return sorted((names[b.format], b.bytes.decode("utf-8")) for b in zxingcpp.read_barcodes(image))
