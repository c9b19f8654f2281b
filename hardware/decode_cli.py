"""``trace-station decode``: the camera's decode pipeline run on image files, for support and for tests.

A command module of the outer layer: ``main.py`` hands it to ``station.cli.run`` (the core may not import
devices). The codes are read with the rule set in force, so ``gb_code`` is what the bench would find.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any

import cv2
import numpy as np

from hardware.decode import DecodePipeline, FrameDecode, PipelineConfig
from station.store.localtime import today
from station.store.store import Store

# A camera frame missed is read again from the next frame; a file has one chance, so it gets four frames' time.
# (At the camera's 60 ms a Code 128 read failed under load even in CPU time: cache pressure and first-call costs.)
FILE_BUDGET_MS = 4 * PipelineConfig.budget_ms


def register(commands: argparse._SubParsersAction) -> None:
    p = commands.add_parser("decode", help="read the codes in image files with the camera's decode pipeline")
    p.add_argument("files", nargs="+", type=Path, metavar="FILE", help="images (PNG, JPEG, BMP, TIFF...)")
    p.add_argument("--json", action="store_true", help="one JSON object per file (JSON Lines)")
    p.add_argument(
        "--budget",
        type=float,
        default=FILE_BUDGET_MS,
        metavar="MS",
        help=f"time budget per image in CPU milliseconds (default: {FILE_BUDGET_MS:g})",
    )
    p.set_defaults(handler=run)


def run(store: Store, args: argparse.Namespace) -> int:
    # The budget counts this thread's CPU time, not the wall clock: a file must decode the same on a busy machine
    # as on an idle one (a camera, which must keep up with frames, times by the wall clock instead).
    pipeline = DecodePipeline(
        PipelineConfig(budget_ms=args.budget), store.ruleset().code_tables, today, clock=time.thread_time
    )
    failed = False
    for path in args.files:
        image, error = load(path)
        if image is None:
            failed = True
            row: dict[str, Any] = {"file": str(path), "error": error}
            line = json.dumps(row, ensure_ascii=False) if args.json else f"{path}: error: {error}"
        else:
            decoded = pipeline.decode(image)
            line = json.dumps(as_json(path, decoded), ensure_ascii=False) if args.json else as_text(path, decoded)
        sys.stdout.write(line + "\n")
        sys.stdout.flush()
    return 1 if failed else 0


def load(path: Path) -> tuple[np.ndarray | None, str]:
    """The image in 8-bit BGR, or a reason: ``file_not_found``, ``file_unreadable`` or ``image_unreadable``."""
    try:
        data = np.fromfile(path, dtype=np.uint8)  # not cv2.imread: it fails on non-ASCII paths on Windows
    except FileNotFoundError:
        return None, "file_not_found"
    except OSError:
        return None, "file_unreadable"
    image = cv2.imdecode(data, cv2.IMREAD_COLOR) if data.size else None
    return (image, "") if image is not None else (None, "image_unreadable")


def as_json(path: Path, decoded: FrameDecode) -> dict[str, Any]:
    return {
        "file": str(path),
        "ms": round(decoded.ms, 1),
        "symbols": [
            {
                "text": s.text,
                "format": s.format.value,
                "gb_code": s.gb_code,
                "polygon": [[round(x, 1), round(y, 1)] for x, y in s.polygon],
            }
            for s in decoded.symbols
        ],
    }


def as_text(path: Path, decoded: FrameDecode) -> str:
    lines = [f"{path}: {len(decoded.symbols)} symbol(s), {decoded.ms:.0f} ms"]
    for s in decoded.symbols:
        shown = "".join(c if c.isprintable() else f"\\x{ord(c):02x}" for c in s.text)  # GS1's separator, CR...
        lines.append(f"  {s.format.value:<12} {shown}" + (f"  [GB {s.gb_code}]" if s.gb_code else ""))
    return "\n".join(lines)
