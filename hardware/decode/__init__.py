"""Reading codes from camera frames: QR, Data Matrix and Code 128 / GS1-128 with zxing-cpp and zbar, helped by
OpenCV where it pays. Qt-free; see pipeline.py for the order of work and merge.py for what counts as a read."""

from hardware.decode.pipeline import DecodePipeline, PipelineConfig
from hardware.decode.symbols import ALL_SYMBOLOGIES, FrameDecode, Symbol, Symbology, payload_text

__all__ = [
    "ALL_SYMBOLOGIES",
    "DecodePipeline",
    "FrameDecode",
    "PipelineConfig",
    "Symbol",
    "Symbology",
    "payload_text",
]
