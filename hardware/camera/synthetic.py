"""Synthetic camera frames of GB/T 34014 labels, shared by the tests, the decode benchmark and the demo camera.

A label is a printed sticker (code, human-readable text, a title) or a bare mark on metal (inverted or dot-peen
Data Matrix); labels are placed on a battery-casing background through a pinhole camera (rotation, tilt, a curved
surface), then the frame is degraded. Everything is seeded: the same arguments give the same pixels, and every
frame carries the ground truth of where each symbol is and what it says.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

import cv2
import numpy as np

from hardware.camera.degrade import Degradation, Geometry, Target, geometry, photometric
from hardware.camera.symbol_art import SymbolSpec, payload, render
from hardware.decode.symbols import Polygon, Symbology
from station.codes import encode_date

HD = (1280, 720)
FULL_HD = (1920, 1080)
# Module sizes at 1080p for a label held at the bench's working distance.
NOMINAL_MODULE = {Symbology.QR_CODE: 6.0, Symbology.DATA_MATRIX: 7.0, Symbology.CODE_128: 2.7, Symbology.GS1_128: 2.7}
_MAKERS = ("001", "04Q", "03U", "071", "0AB", "1C2")


@dataclass(frozen=True)
class Truth:
    text: str  # what a correct read gives
    symbology: Symbology
    polygon: Polygon  # the symbol's four corners in the frame (quiet zone excluded)


@dataclass(frozen=True)
class SyntheticFrame:
    image: np.ndarray  # BGR, uint8
    truths: tuple[Truth, ...]
    degradation: Degradation
    severity: int


def gb_text(rng: np.random.Generator) -> str:
    """A structurally valid 24-character GB/T 34014 code (maker, type, chemistry, spec, trace, date, serial)."""
    alnum = "0123456789ABCDEFGHJKLMNPRSTUVWXYZ"
    maker = _MAKERS[int(rng.integers(len(_MAKERS)))]
    kind = "PMC"[int(rng.integers(3))]
    chem = "BE"[int(rng.integers(2))]
    spec = "".join(rng.choice(list(alnum), 2))
    trace = "".join(rng.choice(list(alnum), 7))
    made = date(int(rng.integers(2015, 2025)), int(rng.integers(1, 13)), int(rng.integers(1, 29)))
    serial = f"{int(rng.integers(0, 10_000_000)):07d}"
    return f"{maker}{kind}{chem}{spec}{trace}{encode_date(made)}{serial}"


def label(spec: SymbolSpec, module_px: float, rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    """A label as a BGR image, and the symbol's corners in it. Marks on metal (inverted, dotted) have no sticker:
    the symbol sits on a patch of dark or bare metal.

    Drawn at four or more pixels per module and reduced by area averaging, as a camera's pixels integrate the
    light: a module of 1.3 pixels is then a grey blend, not a bar arbitrarily one or two pixels wide."""
    k = max(1, int(np.ceil(4.0 / module_px)))
    card, corners = _card(spec, module_px * k, rng)
    if k == 1:
        return card, corners
    size = (max(1, round(card.shape[1] / k)), max(1, round(card.shape[0] / k)))
    small = cv2.resize(card, size, interpolation=cv2.INTER_AREA)
    return small, corners * np.float32([size[0] / card.shape[1], size[1] / card.shape[0]])


def _card(spec: SymbolSpec, module_px: float, rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    symbol, corners = render(spec, module_px)
    h, w = symbol.shape
    if spec.inverted or spec.dotted:
        # Etched and peened marks have less contrast than ink on paper: light etching on dark metal, or dark
        # dots on bare metal.
        lo, hi = (int(rng.integers(25, 60)), int(rng.integers(170, 215)))
        if spec.dotted:
            lo, hi = (int(rng.integers(50, 90)), int(rng.integers(160, 200)))
        pad = round(4 * module_px)
        patch = np.full((h + 2 * pad, w + 2 * pad), lo if spec.inverted else hi, np.float32)
        patch[pad : pad + h, pad : pad + w] = lo + symbol.astype(np.float32) / 255 * (hi - lo)
        return cv2.cvtColor(patch.astype(np.uint8), cv2.COLOR_GRAY2BGR), corners + pad
    paper = np.array(rng.choice([(245, 245, 245), (205, 240, 250), (235, 235, 228)]), np.int32)
    ink = (30, 30, 35)
    font = cv2.FONT_HERSHEY_SIMPLEX
    human = payload(spec).replace("\x1d", " ")
    if spec.symbology.linear:
        lines, font_scale = (human,), max(0.45, module_px * 0.25)
    else:
        lines, font_scale = ("TRACTION BATTERY", "GB/T 34014", human[:12], human[12:24]), max(0.4, module_px * 0.11)
    sizes = [cv2.getTextSize(line, font, font_scale, 1)[0] for line in lines]
    text_w, line_h = max(s[0] for s in sizes), round(max(s[1] for s in sizes) * 1.8)
    margin = round(max(line_h, 4 * module_px))
    if spec.symbology.linear:
        lw, lh = max(w, text_w) + 2 * margin, h + line_h + 2 * margin
        x0, y0 = (lw - w) // 2, margin
        at = [(x0 + round(module_px * 10), y0 + h + line_h)]
    else:
        lw, lh = w + text_w + 3 * margin, max(h, line_h * len(lines)) + 2 * margin
        x0, y0 = margin, (lh - h) // 2
        top = (lh - line_h * len(lines)) // 2
        at = [(x0 + w + margin, top + line_h * (i + 1) - line_h // 4) for i in range(len(lines))]
    card = np.empty((lh, lw, 3), np.uint8)
    card[:] = paper
    card[y0 : y0 + h, x0 : x0 + w] = np.where(symbol[..., None] > 127, paper, ink).astype(np.uint8)
    cv2.rectangle(card, (3, 3), (lw - 4, lh - 4), ink, max(1, round(module_px * 0.4)))
    for line, point in zip(lines, at, strict=True):
        cv2.putText(card, line, point, font, font_scale, ink, max(1, round(font_scale * 1.6)), cv2.LINE_AA)
    return card, corners + np.float32([x0, y0])


def background(size: tuple[int, int], rng: np.random.Generator) -> np.ndarray:
    """A battery casing: painted or bare metal under uneven light, with seams, bolts and warning print."""
    w, h = size
    base = np.array(rng.choice([(70, 70, 72), (130, 90, 45), (40, 40, 42), (150, 150, 155)]), np.float32)
    grain = cv2.GaussianBlur(rng.normal(0, 6, (h // 4, w // 4)).astype(np.float32), (0, 0), 1.5)
    grain = cv2.resize(grain, (w, h), interpolation=cv2.INTER_LINEAR)
    ramp = np.linspace(float(rng.uniform(0.7, 1.0)), float(rng.uniform(1.0, 1.3)), w, dtype=np.float32)
    light = np.tile(ramp, (h, 1))[..., None]
    image = np.clip(base * light + grain[..., None], 0, 255).astype(np.uint8)
    edge = tuple(int(c) for c in np.clip(base * 0.6, 0, 255))
    for _ in range(int(rng.integers(2, 5))):
        y = int(rng.integers(0, h))
        cv2.line(image, (0, y), (w, y + int(rng.integers(-40, 40))), edge, int(rng.integers(2, 6)), cv2.LINE_AA)
    for _ in range(int(rng.integers(4, 10))):
        c = (int(rng.integers(0, w)), int(rng.integers(0, h)))
        cv2.circle(image, c, int(rng.integers(6, 16)), (200, 200, 205), -1, cv2.LINE_AA)
        cv2.circle(image, c, int(rng.integers(3, 6)), edge, -1, cv2.LINE_AA)
    for word in ("HIGH VOLTAGE", "DANGER 400V", "LI-ION"):
        at = (int(rng.integers(0, w - 300)), int(rng.integers(40, h)))
        cv2.putText(image, word, at, cv2.FONT_HERSHEY_DUPLEX, float(rng.uniform(0.8, 1.6)), (20, 200, 230), 2)
    return image


def _curve(card: np.ndarray, corners: np.ndarray, bend: float) -> tuple[np.ndarray, np.ndarray]:
    # The label wraps a cylinder whose axis runs along its height: seen from the front, the sides compress.
    h, w = card.shape[:2]
    span = np.deg2rad(bend)
    radius = w / span
    half = np.sin(span / 2) * radius
    out_w = max(2, round(2 * half))
    xs = np.arange(out_w, dtype=np.float32) - out_w / 2
    arc = radius * np.arcsin(np.clip(xs / radius, -1, 1)) + w / 2
    map_x = np.tile(arc, (h, 1)).astype(np.float32)
    map_y = np.tile(np.arange(h, dtype=np.float32)[:, None], (1, out_w))
    shade = np.cos(np.arcsin(np.clip(xs / radius, -1, 1)))[None, :, None] * 0.35 + 0.65
    curved = cv2.remap(card, map_x, map_y, cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE)
    curved = np.clip(curved * shade, 0, 255).astype(np.uint8)
    moved = corners.copy()
    moved[:, 0] = radius * np.sin((corners[:, 0] - w / 2) / radius) + out_w / 2
    return curved, moved


def homography(w: int, h: int, g: Geometry, center: tuple[float, float], focal: float) -> np.ndarray:
    """Where a w x h label lands in the frame, held at ``center`` as ``g`` says, seen by a pinhole camera."""
    src = np.float32([(0, 0), (w, 0), (w, h), (0, h)])
    pts = np.c_[src - (w / 2, h / 2), np.zeros(4)]
    axis = np.deg2rad(g.tilt_axis)
    rvec = np.array([np.cos(axis), np.sin(axis), 0.0]) * np.deg2rad(g.tilt)
    tilt, _ = cv2.Rodrigues(rvec)
    roll, _ = cv2.Rodrigues(np.array([0.0, 0.0, np.deg2rad(g.angle)]))
    cam = pts @ (roll @ tilt).T
    z = cam[:, 2] + focal
    dst = np.float32(np.c_[cam[:, 0] * focal / z + center[0], cam[:, 1] * focal / z + center[1]])
    return cv2.getPerspectiveTransform(src, dst)


def synth_frame(
    symbols: Sequence[SymbolSpec],
    size: tuple[int, int] = FULL_HD,
    degradation: Degradation = Degradation.CLEAN,
    severity: int = 1,
    seed: int = 0,
) -> SyntheticFrame:
    """A frame holding one label per symbol, placed without overlap, then degraded."""
    rng = np.random.default_rng(seed)
    w, h = size
    px = h / 1080
    frame = background(size, rng)
    occupied: list[tuple[float, float, float, float]] = []
    truths: list[Truth] = []
    targets: list[Target] = []
    modules: list[float] = []
    for spec in symbols:
        g = geometry(degradation, severity, rng)
        module = NOMINAL_MODULE[spec.symbology] * px * g.scale * float(rng.uniform(0.92, 1.08))
        card, corners = label(spec, module, rng)
        if g.bend:
            card, corners = _curve(card, corners, g.bend)
        placed = _place(frame, card, corners, g, occupied, rng, focal=1.3 * w)
        if placed is None:
            continue
        truths.append(Truth(payload(spec), spec.symbology, tuple((float(x), float(y)) for x, y in placed)))
        targets.append(Target(placed, spec.symbology.linear))
        modules.append(module)
    image = photometric(degradation, severity, frame, targets, min(modules, default=px * 3), rng)
    return SyntheticFrame(image, tuple(truths), degradation, severity)


def paste(frame: np.ndarray, card: np.ndarray, corners: np.ndarray, m: np.ndarray) -> np.ndarray:
    """Draw ``card`` into ``frame`` (in place) through homography ``m``; returns where ``corners`` land."""
    h, w = frame.shape[:2]
    ch, cw = card.shape[:2]
    outline = cv2.perspectiveTransform(np.float32([[(0, 0), (cw, 0), (cw, ch), (0, ch)]]), m)[0]
    x0, y0 = np.maximum(0, np.floor(outline.min(axis=0)).astype(int))
    x1, y1 = np.minimum((w, h), np.ceil(outline.max(axis=0)).astype(int) + 1)
    if x0 < x1 and y0 < y1:
        # Warp only the box the card covers: a tenth of the frame's pixels.
        shift = np.array([[1, 0, -x0], [0, 1, -y0], [0, 0, 1]], np.float64) @ m
        size = (int(x1 - x0), int(y1 - y0))
        warped = cv2.warpPerspective(card, shift, size, flags=cv2.INTER_LINEAR)
        mask = cv2.warpPerspective(np.full((ch, cw), 255, np.uint8), shift, size, flags=cv2.INTER_LINEAR)
        alpha = (mask.astype(np.float32) / 255)[..., None]
        box = frame[y0:y1, x0:x1]
        box[:] = (warped * alpha + box * (1 - alpha)).astype(np.uint8)
    return cv2.perspectiveTransform(corners[None].astype(np.float32), m)[0]


def _place(
    frame: np.ndarray,
    card: np.ndarray,
    corners: np.ndarray,
    g: Geometry,
    occupied: list[tuple[float, float, float, float]],
    rng: np.random.Generator,
    focal: float,
) -> np.ndarray | None:
    h, w = frame.shape[:2]
    ch, cw = card.shape[:2]
    for _ in range(60):
        center = (float(rng.uniform(0.1, 0.9) * w), float(rng.uniform(0.1, 0.9) * h))
        m = homography(cw, ch, g, center, focal)
        outline = cv2.perspectiveTransform(np.float32([[(0, 0), (cw, 0), (cw, ch), (0, ch)]]), m)[0]
        x0, y0 = outline.min(axis=0)
        x1, y1 = outline.max(axis=0)
        inside = x0 >= 4 and y0 >= 4 and x1 < w - 4 and y1 < h - 4
        if inside and not any(x0 < b[2] and b[0] < x1 and y0 < b[3] and b[1] < y1 for b in occupied):
            occupied.append((x0, y0, x1, y1))
            return paste(frame, card, corners, m)
    return None
