"""Many reads, one answer per place: reads of the same symbology at the same place are one symbol when they
carry the same bytes, and nothing at all when they do not.

The pipeline reads a place several times (the whole frame, then crops, with two engines): agreement adds
engines to a symbol, disagreement is a conflict and the place is reported empty. A guess between two readings
is exactly the wrong text the station must never record.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import cv2
import numpy as np

from hardware.decode.engines import Read
from hardware.decode.symbols import Polygon, Symbology

# Code 128 has one mod-103 check character: a badly sampled code read on many scan lines now and then
# yields garbage that passes it (we measured zxing-cpp doing so on defocused and enlarged frames). A 1-D
# reading therefore stands only when confirmed by a second, independent one: the other engine, or the same
# engine on a differently sampled image. QR and Data Matrix carry Reed-Solomon codes: one read suffices.
CONFIRMATIONS = {Symbology.QR_CODE: 1, Symbology.DATA_MATRIX: 1, Symbology.CODE_128: 2}


@dataclass(frozen=True)
class Observation:
    """One engine's read, mapped into frame pixels, with the pass that produced it and the image sampling it
    was read from ("frame", or the kind of crop): reads of one sampling by one engine are not independent."""

    read: Read
    pass_name: str
    sample: str

    @property
    def family(self) -> Symbology:
        return self.read.symbology.family


@dataclass(frozen=True)
class Place:
    """All observations at one place: ``raw`` is None when they disagree."""

    observations: tuple[Observation, ...]

    @property
    def raw(self) -> bytes | None:
        found = {o.read.raw for o in self.observations}
        return found.pop() if len(found) == 1 else None

    @property
    def confirmed(self) -> bool:
        independent = {(o.read.engine, o.sample) for o in self.observations}
        return self.raw is not None and len(independent) >= CONFIRMATIONS[self.observations[0].family]

    @property
    def engines(self) -> tuple[str, ...]:
        return tuple(sorted({o.read.engine for o in self.observations}))

    @property
    def symbology(self) -> Symbology:
        # Only zxing-cpp can tell GS1-128 (by its FNC1); zbar says Code 128 for both.
        kinds = {o.read.symbology for o in self.observations}
        return Symbology.GS1_128 if Symbology.GS1_128 in kinds else self.observations[0].read.symbology

    @property
    def polygon(self) -> Polygon:
        # The largest outline: zbar and zxing give 1-D codes as thin strips along their scan lines.
        return max((o.read.polygon for o in self.observations), key=_area)

    @property
    def aim_id(self) -> str:
        return next((o.read.aim_id for o in self.observations if o.read.aim_id), "")


def _area(polygon: Polygon) -> float:
    return abs(float(cv2.contourArea(np.asarray(polygon, np.float32))))


def _zone(polygon: Polygon) -> np.ndarray:
    """The polygon's rotated bounding box, widened to a third of its length and by a fifth in each direction,
    so that a strip along one scan line and a full outline of the same 1-D code overlap."""
    (cx, cy), (w, h), angle = cv2.minAreaRect(np.asarray(polygon, np.float32))
    long_side = max(w, h, 1.0)
    w, h = max(w, long_side / 3) * 1.2, max(h, long_side / 3) * 1.2
    return cv2.boxPoints(((cx, cy), (w, h), angle)).astype(np.float32)


def _center(polygon: Polygon) -> tuple[float, float]:
    pts = np.asarray(polygon, np.float32)
    return (float(pts[:, 0].mean()), float(pts[:, 1].mean()))


def same_place(a: Observation, b: Observation) -> bool:
    if a.family is not b.family:
        # A QR code beside a 1-D code on one label are two symbols, whatever their overlap.
        return False
    pa, pb = a.read.polygon, b.read.polygon
    return (
        cv2.pointPolygonTest(_zone(pb), _center(pa), False) >= 0
        or cv2.pointPolygonTest(_zone(pa), _center(pb), False) >= 0
    )


def places(observations: Iterable[Observation]) -> list[Place]:
    """Group observations by place (transitively), in the order their first observation came."""
    items = list(observations)
    parent = list(range(len(items)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i in range(len(items)):
        for j in range(i):
            if same_place(items[i], items[j]):
                parent[root(i)] = root(j)
    groups: dict[int, list[Observation]] = {}
    for i, item in enumerate(items):
        groups.setdefault(root(i), []).append(item)
    return [Place(tuple(group)) for group in groups.values()]
