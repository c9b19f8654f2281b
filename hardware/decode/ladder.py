"""The work tried on one candidate region, step by step, cheapest and most often useful first.

Each step makes an image from an upright crop of the region and hands it to the engines. A 1-D region is cut
along its bars (regions.upright_linear); a 2-D region is cut square at a size where modules span several
pixels. The pipeline takes the first step of every region before the second step of any (see pipeline.py).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np

from hardware.decode import enhance
from hardware.decode.merge import Observation
from hardware.decode.regions import Crop, Region, upright_linear, upright_square

# Along a 1-D crop: at least about three pixels per module of a 24-character Code 128 (about 290 modules).
LINEAR_WIDTH = 1000
LINEAR_ROWS = 24  # each row then averages several scan lines of the frame
SQUARE_SIDE = 240  # a 25-module QR code at about eight pixels per module


@dataclass(frozen=True)
class Step:
    name: str
    crop: str  # which crop of the region the step works on
    make: Callable[[np.ndarray], np.ndarray]


def _same(image: np.ndarray) -> np.ndarray:
    return image


LINEAR_STEPS = (
    Step("plain", "line", _same),
    # About 1.2 pixels of blur per 1000 of crop width: measured as the best single setting on blurred labels.
    Step("deblur", "line", lambda im: enhance.deblur_rows(im, im.shape[1] * 0.0012)),
    Step("flatten", "line", lambda im: enhance.flatten(im, im.shape[1] / 25, across_only=True)),
    Step("sharpen", "line", lambda im: enhance.sharpen(im, im.shape[1] / 400)),
    Step("tall", "tall", _same),
    # The same deconvolution on other scan lines: a second, independent reading of a blurred code.
    Step("deblur_tall", "tall", lambda im: enhance.deblur_rows(im, im.shape[1] * 0.0012)),
    Step("binarize", "line", lambda im: enhance.binarize(im, im.shape[1] / 30)),
)

SQUARE_STEPS = (
    Step("plain", "square", _same),
    Step("flatten", "square", lambda im: enhance.flatten(im, im.shape[0] / 8)),
    Step("sharpen", "square", lambda im: enhance.sharpen(im, im.shape[0] / 120, 2.0)),
    # A blur of about a quarter module: noise fades, and dot-peen dots run together into solid modules; a
    # lighter one stretched after, for faint marks the blur leaves fainter.
    Step("smooth", "square", lambda im: enhance.denoise(im, im.shape[0] / 96)),
    Step("smooth_faint", "square", lambda im: enhance.stretch(enhance.denoise(im, im.shape[0] / 120))),
    Step("clahe", "square", enhance.clahe),
    Step("binarize", "square", lambda im: enhance.binarize(im, im.shape[0] / 8)),
    Step("large", "large", _same),
)


def _cut(gray: np.ndarray, region: Region, kind: str) -> Crop:
    long_side, _ = region.sides
    if kind in ("line", "tall"):
        # Twice the length seen, at least LINEAR_WIDTH: a long GS1-128 has 400 modules and more.
        width = max(LINEAR_WIDTH, min(2400, round(2 * long_side)))
        return upright_linear(gray, region, width=width, rows=LINEAR_ROWS if kind == "line" else 72)
    extent = float((region.quad.max(axis=0) - region.quad.min(axis=0)).max())
    side = max(SQUARE_SIDE, min(480, round(extent)))
    return upright_square(gray, region, side=side if kind == "square" else round(side * 1.7))


@dataclass
class Work:
    """A region and how far down its ladder the pipeline has gone. ``depth`` caps the steps for a region
    with no evidence of a code (a block of text also has dense edges)."""

    region: Region
    depth: int
    steps: tuple[Step, ...]
    next: int = 0
    done: bool = False
    crops: dict[str, Crop] = field(default_factory=dict)
    seen: list[Observation] = field(default_factory=list)  # reads at this region so far

    @staticmethod
    def of(region: Region, proven: bool, shallow: int) -> Work:
        steps = LINEAR_STEPS if region.linear else SQUARE_STEPS
        return Work(region, len(steps) if proven else min(shallow, len(steps)), steps)

    @property
    def pending(self) -> bool:
        return not self.done and self.next < self.depth

    def advance(self, gray: np.ndarray) -> tuple[Step, Crop, np.ndarray]:
        step = self.steps[self.next]
        self.next += 1
        crop = self.crops.get(step.crop)
        if crop is None:
            crop = self.crops[step.crop] = _cut(gray, self.region, step.crop)
        return step, crop, step.make(crop.image)
