"""Seeded degradations of a camera frame, each at three severities.

Geometric ones (perspective, rotation, small/far, curved surface) decide how a label is placed; photometric ones
are applied to the composed frame. Strengths are relative to the smallest module in the frame where that is what
matters to a decoder (blur), and absolute where the camera sets them (noise, JPEG).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

import cv2
import numpy as np


class Degradation(StrEnum):
    CLEAN = "clean"
    PERSPECTIVE = "perspective"
    ROTATION = "rotation"
    DEFOCUS = "defocus"
    MOTION = "motion_blur"
    NOISE = "noise"
    LOW_CONTRAST = "low_contrast"
    GLARE = "glare"
    OCCLUSION = "occlusion"
    SMALL = "small_far"
    JPEG = "jpeg"
    CURVED = "curved"


SEVERITIES = (1, 2, 3)
DEGRADED = tuple(d for d in Degradation if d is not Degradation.CLEAN)


@dataclass(frozen=True)
class Geometry:
    """How one label sits in front of the camera."""

    scale: float = 1.0  # relative to the nominal bench distance
    angle: float = 0.0  # in-plane rotation, degrees
    tilt: float = 0.0  # out-of-plane rotation, degrees
    tilt_axis: float = 0.0  # direction of the tilt axis in the label plane, degrees
    bend: float = 0.0  # angle a curved surface spans across the label, degrees


def geometry(kind: Degradation, severity: int, rng: np.random.Generator) -> Geometry:
    # Every frame is held a little crooked: a perfectly square label is not what a camera sees.
    angle = float(rng.uniform(-4, 4))
    axis = float(rng.uniform(0, 180))
    s = severity - 1
    if kind is Degradation.ROTATION:
        low, high = ((10, 30), (30, 60), (60, 90))[s]
        return Geometry(angle=float(rng.uniform(low, high) * rng.choice((-1, 1))))
    if kind is Degradation.PERSPECTIVE:
        low, high = ((20, 30), (30, 42), (42, 55))[s]
        return Geometry(angle=angle, tilt=float(rng.uniform(low, high)), tilt_axis=axis)
    if kind is Degradation.SMALL:
        return Geometry(scale=(0.75, 0.6, 0.48)[s] * float(rng.uniform(0.95, 1.05)), angle=angle)
    if kind is Degradation.CURVED:
        return Geometry(angle=angle, bend=(50.0, 80.0, 110.0)[s] * float(rng.uniform(0.9, 1.1)))
    return Geometry(angle=angle, tilt=float(rng.uniform(0, 8)), tilt_axis=axis)


@dataclass(frozen=True)
class Target:
    """Where a symbol lies in the frame, for degradations aimed at it (glare, a thumb)."""

    polygon: np.ndarray  # 4x2 float32
    linear: bool


def photometric(
    kind: Degradation,
    severity: int,
    image: np.ndarray,
    targets: list[Target],
    module_px: float,
    rng: np.random.Generator,
) -> np.ndarray:
    s = severity - 1
    out = image
    if kind is Degradation.DEFOCUS:
        out = _defocus(out, module_px * (0.4, 0.6, 0.8)[s])
    elif kind is Degradation.MOTION:
        out = _motion(out, module_px * (0.8, 1.2, 1.6)[s], float(rng.uniform(0, 180)))
    elif kind is Degradation.NOISE:
        out = _noise(out, (12.0, 22.0, 34.0)[s], rng)
    elif kind is Degradation.LOW_CONTRAST:
        factor = (0.3, 0.18, 0.11)[s]
        level = float(rng.uniform(70, 180))
        out = np.clip((out.astype(np.float32) - 128) * factor + level, 0, 255).astype(np.uint8)
    elif kind is Degradation.GLARE:
        for t in targets:
            out = _glare(out, t, (0.22, 0.3, 0.38)[s], (160.0, 200.0, 235.0)[s], rng)
    elif kind is Degradation.OCCLUSION:
        for t in targets:
            out = _occlude(out, t, (0.3, 0.5, 0.7)[s] if t.linear else (0.05, 0.09, 0.13)[s], rng)
    # The camera's own noise on every frame, then its compression when that is the degradation.
    out = _noise(out, 1.5, rng)
    if kind is Degradation.JPEG:
        ok, data = cv2.imencode(".jpg", out, [cv2.IMWRITE_JPEG_QUALITY, (30, 15, 8)[s]])
        out = cv2.imdecode(data, cv2.IMREAD_UNCHANGED) if ok else out
    return out


def _defocus(image: np.ndarray, radius: float) -> np.ndarray:
    # An out-of-focus lens spreads a point into a disc, not a Gaussian.
    r = max(1, round(radius * 4))
    disc = np.zeros((2 * r + 1, 2 * r + 1), np.float32)
    cv2.circle(disc, (r, r), r, 1.0, -1, lineType=cv2.LINE_AA)
    kernel = cv2.resize(disc, None, fx=0.25, fy=0.25, interpolation=cv2.INTER_AREA)
    return cv2.filter2D(image, -1, kernel / kernel.sum(), borderType=cv2.BORDER_REPLICATE)


def _motion(image: np.ndarray, length: float, angle: float) -> np.ndarray:
    n = max(3, round(length) | 1)
    kernel = np.zeros((n, n), np.float32)
    kernel[n // 2, :] = 1.0
    rot = cv2.getRotationMatrix2D((n / 2 - 0.5, n / 2 - 0.5), angle, 1.0)
    kernel = cv2.warpAffine(kernel, rot, (n, n))
    return cv2.filter2D(image, -1, kernel / kernel.sum(), borderType=cv2.BORDER_REPLICATE)


def _noise(image: np.ndarray, sigma: float, rng: np.random.Generator) -> np.ndarray:
    noise = rng.normal(0.0, sigma, image.shape).astype(np.float32)
    return np.clip(image.astype(np.float32) + noise, 0, 255).astype(np.uint8)


def _glare(image: np.ndarray, target: Target, size: float, peak: float, rng: np.random.Generator) -> np.ndarray:
    # A specular highlight from the bench lamp on glossy label film: an elliptical bright lobe over the symbol.
    poly = target.polygon
    center = poly.mean(axis=0) + (poly[2] - poly[0]) * rng.uniform(-0.2, 0.2, 2)
    extent = float(np.sqrt(cv2.contourArea(poly)))
    sx, sy = extent * size, extent * size * float(rng.uniform(0.4, 0.8))
    theta = float(np.deg2rad(rng.uniform(0, 180)))
    h, w = image.shape[:2]
    reach = 4 * sx
    x0, x1 = max(0, int(center[0] - reach)), min(w, int(center[0] + reach) + 1)
    y0, y1 = max(0, int(center[1] - reach)), min(h, int(center[1] + reach) + 1)
    if x0 >= x1 or y0 >= y1:
        return image
    ys, xs = np.mgrid[y0:y1, x0:x1].astype(np.float32)
    dx, dy = xs - center[0], ys - center[1]
    u = dx * np.cos(theta) + dy * np.sin(theta)
    v = -dx * np.sin(theta) + dy * np.cos(theta)
    lobe = peak * np.exp(-0.5 * ((u / sx) ** 2 + (v / sy) ** 2))
    if image.ndim == 3:
        lobe = lobe[..., None]
    out = image.copy()
    out[y0:y1, x0:x1] = np.clip(image[y0:y1, x0:x1].astype(np.float32) + lobe, 0, 255).astype(np.uint8)
    return out


def _occlude(image: np.ndarray, target: Target, depth: float, rng: np.random.Generator) -> np.ndarray:
    """A thumb across a 1-D code, reaching in from above or below ``depth`` of its height (some rows stay
    whole); on a 2-D code, a smudge of grease or paint over ``depth`` of its area, away from the corners
    where the finder patterns are (an occluded finder is beyond any decoder)."""
    poly = target.polygon
    out = image.copy()
    color = (120, 150, 200) if rng.random() < 0.5 else (40, 40, 45)  # skin or black tape, grease or paint
    shade = color if image.ndim == 3 else int(np.mean(color))
    if target.linear:
        side = 2 * int(rng.integers(2))
        a, b = poly[side], poly[(side + 1) % 4]
        inward = poly[(side + 3) % 4] - a
        p0, p1 = a - (b - a) * 0.1 - inward * 0.4, b + (b - a) * 0.1 - inward * 0.4
        quad = np.array([p0, p1, p1 + inward * (depth + 0.4), p0 + inward * (depth + 0.4)], np.float32)
        cv2.fillConvexPoly(out, np.round(quad).astype(np.int32), shade, lineType=cv2.LINE_AA)
        return out
    u, v = poly[1] - poly[0], poly[3] - poly[0]
    center = poly[0] + u * rng.uniform(0.35, 0.65) + v * rng.uniform(0.35, 0.65)
    area = depth * float(cv2.contourArea(poly))
    ratio = float(rng.uniform(0.5, 1.0))
    ax = np.sqrt(area / (np.pi * ratio))
    axes = (max(1, round(ax)), max(1, round(ax * ratio)))
    at = (round(center[0]), round(center[1]))
    cv2.ellipse(out, at, axes, float(rng.uniform(0, 180)), 0, 360, shade, -1, cv2.LINE_AA)
    return out
