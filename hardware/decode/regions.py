"""Where a code might be: candidate regions of a frame, and upright crops of them.

Two finders: OpenCV's barcode detector (``cv2.barcode``), which finds 1-D codes at any angle from the coherence
of their gradients, and a gradient-density finder that also proposes 2-D codes and the 1-D codes the first one
misses (a sheared label seen at a slant). Both run on a reduced image: a region is a hint, the decoders decide.
"""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np

WORK_WIDTH = 640  # the gradient finder's working width: enough to separate labels, cheap at any frame size
# Smallest side of a region worth a decoder's time, in frame pixels: below this no code has enough modules.
MIN_SIDE = 28


@dataclass(frozen=True)
class Region:
    quad: np.ndarray  # 4x2 float32, frame pixels (cv2.boxPoints order)
    linear: bool  # elongated like a 1-D code (2-D decoders are tried on the rest)
    source: str

    @property
    def center(self) -> tuple[float, float]:
        c = self.quad.mean(axis=0)
        return (float(c[0]), float(c[1]))

    def scaled(self, factor: float) -> Region:
        return Region(self.quad * np.float32(factor), self.linear, self.source)

    @property
    def sides(self) -> tuple[float, float]:
        a = float(np.linalg.norm(self.quad[1] - self.quad[0]))
        b = float(np.linalg.norm(self.quad[2] - self.quad[1]))
        return (max(a, b), min(a, b))


@dataclass(frozen=True)
class Crop:
    image: np.ndarray  # 8-bit grey
    to_frame: np.ndarray  # 2x3 affine: crop pixel -> frame pixel


class BarcodeFinder:
    """cv2.barcode's detector, kept for the pipeline's life (it loads its model once)."""

    def __init__(self) -> None:
        self._detector = cv2.barcode.BarcodeDetector() if hasattr(cv2, "barcode") else None

    def find(self, gray: np.ndarray) -> list[Region]:
        if self._detector is None:
            return []
        ok, points = self._detector.detect(gray)
        if not ok or points is None:
            return []
        found = [Region(np.asarray(p, np.float32).reshape(4, 2), True, "barcode") for p in points]
        return [*_joined(found), *found]


def _joined(regions: list[Region]) -> list[Region]:
    """One region over two boxes that lie end to end on one line: a glare spot or a finger across a 1-D code
    makes the detector see two codes, neither of which decodes alone."""
    out = []
    for i, a in enumerate(regions):
        for b in regions[i + 1 :]:
            axis_a, axis_b = _axis(a), _axis(b)
            if abs(float(axis_a @ axis_b)) < 0.98:  # more than about 11 degrees apart
                continue
            offset = np.subtract(b.center, a.center)
            across = abs(float(offset @ np.array([-axis_a[1], axis_a[0]])))
            along = abs(float(offset @ axis_a))
            if across > 0.5 * min(a.sides[1], b.sides[1]) or along > 1.5 * (a.sides[0] + b.sides[0]):
                continue
            points = np.vstack([a.quad, b.quad])
            out.append(Region(cv2.boxPoints(cv2.minAreaRect(points)).astype(np.float32), True, "joined"))
    return out


def _axis(region: Region) -> np.ndarray:
    edge = region.quad[1] - region.quad[0]
    if np.linalg.norm(edge) < np.linalg.norm(region.quad[2] - region.quad[1]):
        edge = region.quad[2] - region.quad[1]
    return edge / max(1e-6, float(np.linalg.norm(edge)))


def gradient_regions(gray: np.ndarray, limit: int = 12) -> list[Region]:
    """Dense, high-contrast texture: modules and bars. Text lines qualify too; the decoders reject them."""
    h, w = gray.shape
    factor = min(1.0, WORK_WIDTH / w)
    small = cv2.resize(gray, (round(w * factor), round(h * factor)), interpolation=cv2.INTER_AREA)
    kernel = cv2.getStructuringElement(cv2.MORPH_RECT, (3, 3))
    grad = cv2.morphologyEx(small, cv2.MORPH_GRADIENT, kernel)
    # Otsu on the gradient separates code texture from smooth casing even at a tenth of the usual contrast.
    level, mask = cv2.threshold(grad, 0, 255, cv2.THRESH_BINARY | cv2.THRESH_OTSU)
    if level < 6:
        return []
    mask = cv2.morphologyEx(mask, cv2.MORPH_CLOSE, cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (9, 9)))
    mask = cv2.morphologyEx(mask, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (5, 5)))
    contours, _ = cv2.findContours(mask, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
    found: list[tuple[float, Region]] = []
    for contour in contours:
        (cx, cy), (rw, rh), angle = cv2.minAreaRect(contour)
        if min(rw, rh) * 1 / factor < MIN_SIDE or rw * rh < 1:
            continue
        fill = cv2.contourArea(contour) / (rw * rh)
        if fill < 0.45:
            continue
        x, y, bw, bh = cv2.boundingRect(contour)
        density = float(grad[y : y + bh, x : x + bw].mean())
        quad = cv2.boxPoints(((cx / factor, cy / factor), (rw / factor, rh / factor), angle)).astype(np.float32)
        elongated = max(rw, rh) > 2.2 * min(rw, rh)
        found.append((density * fill, Region(quad, elongated, "gradient")))
    found.sort(key=lambda item: -item[0])
    return [region for _, region in found[:limit]]


def looks_like_matrix(gray: np.ndarray, region: Region) -> bool:
    """A 2-D code's modules make a dense grid of dark-light transitions in both directions, which text,
    bolts and seams do not: at least one every 20 pixels of a 120-pixel view, rows and columns alike, with
    neither colour rare. Measured on rendered labels: codes 0.056 and up, other regions 0.018 at the median."""
    view = upright_square(gray, region, side=120, margin=0.0).image[15:-15, 15:-15]
    _, ink = cv2.threshold(view, 0, 1, cv2.THRESH_BINARY | cv2.THRESH_OTSU)
    dark = float(ink.mean())
    across = float(np.count_nonzero(np.diff(ink, axis=1))) / ink.size
    down = float(np.count_nonzero(np.diff(ink, axis=0))) / ink.size
    return min(dark, 1 - dark) >= 0.15 and min(across, down) >= 0.05


def bar_angle(patch: np.ndarray) -> float | None:
    """The direction across the bars (degrees, image coordinates), from the structure tensor; None when the
    patch has no dominant direction (a 2-D code, noise)."""
    gx = cv2.Sobel(patch, cv2.CV_32F, 1, 0, ksize=3)
    gy = cv2.Sobel(patch, cv2.CV_32F, 0, 1, ksize=3)
    jxx, jyy, jxy = float((gx * gx).sum()), float((gy * gy).sum()), float((gx * gy).sum())
    energy = jxx + jyy
    if energy <= 0:
        return None
    coherence = np.hypot(jxx - jyy, 2 * jxy) / energy
    if coherence < 0.5:
        return None
    return float(np.degrees(0.5 * np.arctan2(2 * jxy, jxx - jyy)))


def upright_linear(gray: np.ndarray, region: Region, *, width: int, rows: int, margin: float = 0.08) -> Crop:
    """A 1-D region mapped so its bars stand vertical and the code runs horizontally, stretched along the code
    to ``width`` pixels and squeezed across it to at most ``rows`` rows.

    The map is affine, not only a rotation: on a label seen at a slant the bars are not square to the code's
    axis, and a scan line square to the bars would leave the code. Squeezing averages neighbouring scan lines
    into one (noise and JPEG blocks fade, the bars do not), and keeps the rows independent: zxing-cpp accepts a
    1-D read only when two scan lines agree, a check that an image enlarged in both directions would defeat
    with copies of one line."""
    center = region.quad.mean(axis=0).astype(np.float64)
    edge = region.quad[1] - region.quad[0]
    if np.linalg.norm(edge) < np.linalg.norm(region.quad[2] - region.quad[1]):
        edge = region.quad[2] - region.quad[1]
    axis = edge / max(1e-6, float(np.linalg.norm(edge)))
    across = _across_bars(gray, region)
    if across is None:
        bars = np.array([-axis[1], axis[0]])
    else:
        normal = np.array([np.cos(np.radians(across)), np.sin(np.radians(across))])
        if abs(float(normal @ axis)) < 0.5:
            # The box's long side is not the code's axis (a box around code and text): trust the bars.
            axis = normal * np.sign(normal @ axis or 1.0)
        bars = np.array([-normal[1], normal[0]])
    basis = np.column_stack([axis, bars])
    if abs(np.linalg.det(basis)) < 0.5:  # bars nearly along the axis: not a usable 1-D reading
        bars = np.array([-axis[1], axis[0]])
        basis = np.column_stack([axis, bars])
    to_code = np.linalg.inv(basis)  # frame offset -> (along the code, along the bars)
    local = (region.quad - center) @ to_code.T
    lo, hi = local.min(axis=0), local.max(axis=0)
    extent = (hi - lo) * (1 + 2 * margin)
    sx = width / max(1.0, extent[0])
    size = (max(8, round(extent[0] * sx)), max(2, round(extent[1])))
    m = np.zeros((2, 3))
    m[:, :2] = np.diag([sx, 1.0]) @ to_code
    m[:, 2] = (size[0] / 2, size[1] / 2) - m[:, :2] @ center
    interp = cv2.INTER_CUBIC if sx > 1.01 else cv2.INTER_LINEAR
    image = cv2.warpAffine(gray, m, size, flags=interp, borderMode=cv2.BORDER_REPLICATE)
    if size[1] > rows:
        image = cv2.resize(image, (size[0], rows), interpolation=cv2.INTER_AREA)
        m[1] *= rows / size[1]
    return Crop(image, cv2.invertAffineTransform(m))


def _across_bars(gray: np.ndarray, region: Region) -> float | None:
    x0, y0 = np.maximum(0, np.floor(region.quad.min(axis=0)).astype(int))
    x1, y1 = np.maximum(0, np.ceil(region.quad.max(axis=0)).astype(int))
    patch = gray[y0:y1, x0:x1]
    return bar_angle(patch) if patch.size else None


def upright_square(gray: np.ndarray, region: Region, *, side: int, margin: float = 0.2) -> Crop:
    """A 2-D region cut out square around its axis-aligned extent (a region turned 45 degrees needs 1.4 times
    its side) with a margin for the quiet zone, scaled to ``side`` pixels; 2-D decoders find their own
    orientation."""
    cx, cy = region.center
    extent = max(8.0, float((region.quad.max(axis=0) - region.quad.min(axis=0)).max()) * (1 + 2 * margin))
    scale = side / extent
    size = (max(8, round(extent * scale)), max(8, round(extent * scale)))
    m = np.float64([[scale, 0, size[0] / 2 - scale * cx], [0, scale, size[1] / 2 - scale * cy]])
    interp = cv2.INTER_CUBIC if scale > 1.01 else cv2.INTER_LINEAR if scale > 0.7 else cv2.INTER_AREA
    if interp == cv2.INTER_AREA:
        # warpAffine samples; a big reduction must average, so cut first and resize.
        x0, y0 = max(0, int(cx - extent / 2)), max(0, int(cy - extent / 2))
        cut = gray[y0 : y0 + int(extent) + 1, x0 : x0 + int(extent) + 1]
        image = cv2.resize(cut, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
        m = np.float64([[scale, 0, -scale * x0], [0, scale, -scale * y0]])
        return Crop(image, cv2.invertAffineTransform(m))
    image = cv2.warpAffine(gray, m, size, flags=interp, borderMode=cv2.BORDER_REPLICATE)
    return Crop(image, cv2.invertAffineTransform(m))


def to_frame(crop: Crop, polygon: tuple[tuple[float, float], ...]) -> tuple[tuple[float, float], ...]:
    pts = np.asarray(polygon, np.float32).reshape(-1, 1, 2)
    mapped = cv2.transform(pts, crop.to_frame).reshape(-1, 2)
    return tuple((float(x), float(y)) for x, y in mapped)
