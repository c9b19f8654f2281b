"""A real headless browser for the pages people open on their phones: Debian's chromium, run once per page.

Missing chromium is a failure, not a skip: CI installs it (scripts/install.sh), and a skipped page test would let a
broken page through unnoticed.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

INSTALL_HINT = "chromium is needed for the page tests: run scripts/install.sh (apt packages chromium chromium-driver)"
PHONE = (390, 844)  # a common phone viewport, CSS pixels
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--hide-scrollbars",
)


def chromium() -> str:
    found = shutil.which("chromium") or ("/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else None)
    if found is None:
        pytest.fail(INSTALL_HINT, pytrace=False)
    return found


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    with tempfile.TemporaryDirectory(prefix="trace-chromium-") as profile:
        done = subprocess.run(
            [chromium(), *FLAGS, f"--user-data-dir={profile}", *args],
            capture_output=True,
            text=True,
            timeout=90,
            check=False,
        )
    if done.returncode != 0:
        raise AssertionError(f"chromium failed ({done.returncode}): {done.stderr[-2000:]}")
    return done


def dom(url: str) -> str:
    """The page's DOM after chromium loaded and laid it out (``--dump-dom``)."""
    return _run("--dump-dom", url).stdout


def screenshot(url: str, width: int = PHONE[0], height: int = PHONE[1]) -> np.ndarray:
    """The page as chromium paints it at a phone's size, RGB."""
    with tempfile.TemporaryDirectory(prefix="trace-shot-") as tmp:
        target = Path(tmp) / "page.png"
        _run(f"--window-size={width},{height}", f"--screenshot={target}", url)
        return np.array(Image.open(target).convert("RGB"))


def share_of_colour(image: np.ndarray, hex_colour: str, tolerance: int = 12) -> float:
    """The fraction of pixels within ``tolerance`` of the colour: how much of the screen the verdict fills."""
    target = np.array([int(hex_colour[i : i + 2], 16) for i in (1, 3, 5)])
    close = np.all(np.abs(image.astype(int) - target) <= tolerance, axis=-1)
    return float(close.mean())
