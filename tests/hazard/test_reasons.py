"""The hazard reason registry and the sources agree both ways: nothing emitted unregistered, nothing listed unused."""

from __future__ import annotations

import re
from pathlib import Path

from station.hazard import REASONS
from station.hazard.xrf_csv import REQUIRED

ROOT = Path(__file__).resolve().parents[2] / "station"
SOURCES = [*(ROOT / "hazard").glob("*.py"), *(ROOT / "operations").glob("hazard_*.py"), ROOT / "cli" / "hazard_cmd.py"]
QUOTED = re.compile(r"\"([a-z][a-z0-9_]+)\"")


def test_every_registered_code_is_used():
    text = "\n".join(p.read_text(encoding="utf-8") for p in SOURCES if p.name != "reasons.py")
    used = set(QUOTED.findall(text)) | {f"xrf_{name}_missing" for name in REQUIRED}  # composed in xrf_csv._row
    assert set(REASONS) <= used, sorted(set(REASONS) - used)


def test_every_gloss_is_one_line():
    assert all(gloss and "\n" not in gloss for gloss in REASONS.values())
