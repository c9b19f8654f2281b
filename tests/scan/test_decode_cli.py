"""``trace-station decode`` as a real process on image files written by the renderer."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import cv2

from hardware.camera.symbol_art import SymbolSpec
from hardware.decode import Symbology
from tests.conftest import make_code
from tests.scan.conftest import inside

ROOT = Path(__file__).resolve().parents[2]
GB = make_code("M", serial=31)


def decode(db: Path, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "TRACE_STATION_ACTOR": "cli-test"}
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--db", str(db), "decode", *args],
        capture_output=True,
        env=env,
        cwd=ROOT,
        timeout=120,
    )


def test_json_lines_one_per_file_with_errors_and_exit_status(db_path, tmp_path, render):
    frame = render([SymbolSpec(f"电池 {GB}", Symbology.QR_CODE), SymbolSpec(GB, Symbology.CODE_128)], seed=7)
    labels = tmp_path / "labels.png"
    cv2.imwrite(str(labels), frame.image)
    empty = tmp_path / "empty.jpg"
    cv2.imwrite(str(empty), render([]).image)
    junk = tmp_path / "junk.png"
    junk.write_bytes(b"not an image")
    out = decode(db_path, "--json", str(labels), str(empty), str(tmp_path / "missing.png"), str(junk))
    assert out.returncode == 1, out.stderr.decode()
    rows = [json.loads(line) for line in out.stdout.decode("utf-8").splitlines()]
    assert [r["file"] for r in rows] == [str(labels), str(empty), str(tmp_path / "missing.png"), str(junk)]
    first = rows[0]
    assert set(first) == {"file", "ms", "symbols"} and first["ms"] > 0
    assert sorted(s["text"] for s in first["symbols"]) == sorted([f"电池 {GB}", GB])
    for symbol in first["symbols"]:
        assert set(symbol) == {"text", "format", "gb_code", "polygon"}
        assert symbol["gb_code"] == GB
        truth = next(t for t in frame.truths if t.text == symbol["text"])
        assert symbol["format"] == truth.symbology.value
        xs, ys = zip(*symbol["polygon"], strict=True)
        assert inside(truth.polygon, (sum(xs) / len(xs), sum(ys) / len(ys)))
    assert rows[1]["symbols"] == []
    assert rows[2] == {"file": str(tmp_path / "missing.png"), "error": "file_not_found"}
    assert rows[3] == {"file": str(junk), "error": "image_unreadable"}


def test_text_output_and_success(db_path, tmp_path, render):
    image = tmp_path / "dm.png"
    cv2.imwrite(str(image), render([SymbolSpec(GB, Symbology.DATA_MATRIX, inverted=True)]).image)
    out = decode(db_path, str(image))
    assert out.returncode == 0, out.stderr.decode()
    lines = out.stdout.decode().splitlines()
    assert lines[0].startswith(f"{image}: 1 symbol(s)")
    assert lines[1].split() == ["data_matrix", GB, "[GB", f"{GB}]"]
