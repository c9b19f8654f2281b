"""Image work that turns a poor crop into one a decoder can read. Each function takes and returns 8-bit grey.

Which one pays depends on the damage: flattening the light for glare and uneven lighting, CLAHE for low
contrast, unsharp masking for defocus and motion blur, a light blur for noise; a blur of a quarter module also
runs dot-peen dots together into solid modules. Enlarging small codes, turning 1-D codes upright and averaging
their scan lines happen in the crop itself (regions.py). The ladder (ladder.py) tries them in order of cost and
of how often they rescue a read, as measured by bench/decode.py.
"""

from __future__ import annotations

import cv2
import numpy as np


def stretch(gray: np.ndarray) -> np.ndarray:
    """Full-range contrast from the 1st to the 99th percentile: a faded label or an underexposed frame."""
    lo, hi = np.percentile(gray, (1, 99))
    if hi - lo < 4:
        return gray
    return cv2.convertScaleAbs(gray, alpha=255.0 / (hi - lo), beta=-lo * 255.0 / (hi - lo))


def clahe(gray: np.ndarray, clip: float = 3.0) -> np.ndarray:
    tiles = max(2, min(8, min(gray.shape) // 48))
    return cv2.createCLAHE(clipLimit=clip, tileGridSize=(tiles, tiles)).apply(gray)


def flatten(gray: np.ndarray, feature: float, *, across_only: bool = False) -> np.ndarray:
    """Divide by the local background: a glare lobe or a lamp gradient becomes flat paper, ink stays ink.

    The background is a closing that removes dark marks smaller than ``feature`` pixels, then a blur; both run
    on a copy reduced so the kernel is small (the background is smooth, so nothing is lost). On an upright 1-D
    crop (``across_only``) it works along the rows only, since a bar is long in the other direction."""
    h, w = gray.shape
    reduce = max(1.0, feature / 9)
    size = (max(1, round(w / reduce)), h if across_only else max(1, round(h / reduce)))
    small = cv2.resize(gray, size, interpolation=cv2.INTER_AREA)
    shape = (9, 1) if across_only else (9, 9)
    paper = cv2.morphologyEx(small, cv2.MORPH_CLOSE, cv2.getStructuringElement(cv2.MORPH_RECT, shape))
    paper = cv2.blur(paper, shape)
    paper = cv2.resize(paper, (w, h), interpolation=cv2.INTER_LINEAR)
    ratio = gray.astype(np.float32) / np.maximum(paper.astype(np.float32), 1.0)
    return stretch(np.clip(ratio * 255.0, 0, 255).astype(np.uint8))


def sharpen(gray: np.ndarray, sigma: float, amount: float = 1.5) -> np.ndarray:
    blurred = cv2.GaussianBlur(gray, (0, 0), max(0.5, sigma))
    return cv2.addWeighted(gray, 1 + amount, blurred, -amount, 0)


def denoise(gray: np.ndarray, sigma: float) -> np.ndarray:
    return cv2.GaussianBlur(gray, (0, 0), max(0.5, sigma))


def deblur_rows(gray: np.ndarray, sigma: float, snr: float = 20.0) -> np.ndarray:
    """Wiener deconvolution of each row with a Gaussian of ``sigma`` pixels, for an upright 1-D crop: after
    the crop averaged its scan lines, a blurred code is a 1-D signal whose lost narrow spaces this restores in
    part (defocus and motion blur both spread a bar edge over a few pixels). ``snr`` limits the gain where
    the blur left only noise."""
    rows = gray.astype(np.float32)
    mean = rows.mean(axis=1, keepdims=True)
    freq = np.fft.rfftfreq(rows.shape[1])
    h = np.exp(-2.0 * (np.pi * freq * sigma) ** 2)
    restored = np.fft.irfft(np.fft.rfft(rows - mean, axis=1) * (h / (h * h + 1.0 / snr)), n=rows.shape[1], axis=1)
    return np.clip(restored + mean, 0, 255).astype(np.uint8)


def binarize(gray: np.ndarray, block: int) -> np.ndarray:
    b = max(3, int(block) | 1)
    return cv2.adaptiveThreshold(gray, 255, cv2.ADAPTIVE_THRESH_MEAN_C, cv2.THRESH_BINARY, b, 2)
