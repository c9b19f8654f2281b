"""What the decode pipeline hands out: the symbols read in one frame, as frozen values.

A symbol is evidence: its text is exactly what an engine read (the symbol's bytes decoded as UTF-8 here, never an
engine's charset guess), with the raw bytes kept beside it, where it was, which engines agreed and which pass of
the pipeline found it.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from station.codes import CodeResult

Point = tuple[float, float]
Polygon = tuple[Point, ...]


class Symbology(StrEnum):
    QR_CODE = "qr_code"
    DATA_MATRIX = "data_matrix"
    CODE_128 = "code_128"
    # GS1-128 is Code 128 whose first symbol character is FNC1; engines tell it by the AIM identifier "]C1".
    GS1_128 = "gs1_128"

    @property
    def family(self) -> Symbology:
        """The symbology proper: GS1-128 is read by the Code 128 decoders, and an engine that cannot tell FNC1
        (zbar through pyzbar) reports it as plain Code 128."""
        return Symbology.CODE_128 if self is Symbology.GS1_128 else self

    @property
    def linear(self) -> bool:
        return self.family is Symbology.CODE_128


ALL_SYMBOLOGIES = frozenset(Symbology)


def payload_text(raw: bytes) -> str:
    """The text of a symbol: its bytes as UTF-8. GB/T 34014 labels carry ASCII or UTF-8 (with or without ECI);
    an engine's Shift-JIS or Latin-1 guess would turn Chinese label text into mojibake."""
    return raw.decode("utf-8", "replace")


@dataclass(frozen=True)
class Symbol:
    text: str
    raw: bytes
    format: Symbology
    polygon: Polygon  # four corners in frame pixels, in the order the engine gave them
    engines: tuple[str, ...]  # every engine that read these bytes here, sorted
    found_by: str  # the pipeline pass that first read it
    aim_id: str = ""  # symbology identifier ("]Q1", "]d2", "]C1"), empty when no engine gave one
    gb: CodeResult | None = None  # station.codes.read_code's reading, when the payload holds a GB code

    @property
    def gb_code(self) -> str | None:
        return None if self.gb is None else self.gb.code

    @property
    def center(self) -> Point:
        xs = [p[0] for p in self.polygon]
        ys = [p[1] for p in self.polygon]
        return (sum(xs) / len(xs), sum(ys) / len(ys))


@dataclass(frozen=True)
class FrameDecode:
    """One frame's result. ``conflicts`` counts places where engines or passes read different bytes: nothing
    is reported there. ``exhausted`` says the time budget ran out before every pass was tried."""

    symbols: tuple[Symbol, ...]
    ms: float
    passes: tuple[str, ...]
    conflicts: int = 0
    exhausted: bool = False

    @property
    def texts(self) -> list[str]:
        return [s.text for s in self.symbols]
