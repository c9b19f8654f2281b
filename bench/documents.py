"""Benchmark of the documents: a ZPL label (target ≤ 5 ms), a certificate PDF (p50 ≤ 150 ms) and 1,000
certificates in a row (≤ 2 minutes), each signed with an Ed25519 key as when issued.

    .venv/bin/python bench/documents.py [--count 1000] [--no-write]

Writes its section of docs/benchmarks.md, between the documents markers only (other benchmarks own the rest).
Each label and certificate carries different data (recycling number, codes, certificate number), so no cache of a
whole document helps; the glyph cache of the thermal-label text warms up as it would on a station.
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import platform
import re
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path

import reportlab
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import host  # noqa: E402
from docsection import write_section  # noqa: E402

from station.documents.certificate import signing  # noqa: E402
from station.documents.certificate.model import Item  # noqa: E402
from station.documents.certificate.render import render  # noqa: E402
from station.documents.certificate.sample import sample  # noqa: E402
from station.documents.certificate.verify import verify_pdf  # noqa: E402
from station.documents.labels import zpl  # noqa: E402
from station.documents.labels.echelon import EchelonLabel, echelon_label  # noqa: E402
from station.documents.labels.hazard import HazardLabel, hazard_label  # noqa: E402
from station.documents.labels.intake import IntakeLabel, intake_label  # noqa: E402


class Key:
    def __init__(self) -> None:
        self._key = Ed25519PrivateKey.generate()
        from cryptography.hazmat.primitives import serialization

        self.public_key = self._key.public_key().public_bytes(
            serialization.Encoding.Raw, serialization.PublicFormat.Raw
        )

    def sign(self, data: bytes) -> bytes:
        return self._key.sign(data)


def timed(fn: Callable[[int], object], count: int) -> list[float]:
    fn(0)  # first call: fonts registered, glyphs rasterised
    out = []
    for i in range(1, count + 1):
        start = time.perf_counter()
        fn(i)
        out.append((time.perf_counter() - start) * 1000)
    return out


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def labels(count: int) -> list[tuple[str, list[float]]]:
    day = date(2026, 11, 24)
    rows = []
    for dpi in (203, 300):
        options = zpl.ZplOptions(dpi=dpi)
        rows.append(
            (
                f"intake 100×60 mm, {dpi} dpi",
                timed(
                    lambda i, o=options: zpl.render(
                        intake_label(
                            IntakeLabel(
                                f"ST0001-{i:08d}",
                                f"001PB2400000{i % 10}3B3C{i:07d}",
                                day,
                                "P",
                                "某某报废汽车回收有限公司",
                                410.5,
                            )
                        ),
                        o,
                    ),
                    count,
                ),
            )
        )
        rows.append(
            (
                f"echelon 60×40 mm, {dpi} dpi",
                timed(
                    lambda i, o=options: zpl.render(
                        echelon_label(EchelonLabel(f"0ABMB24B3C{i:07d}RM", f"001MB240000003B3C{i:07d}", "M")), o
                    ),
                    count,
                ),
            )
        )
        rows.append(
            (
                f"HJ 1276 100×100 mm, {dpi} dpi",
                timed(
                    lambda i, o=options: zpl.render(
                        hazard_label(
                            HazardLabel(
                                "废电路板（BMS 控制板）",
                                "HW49",
                                "900-045-49",
                                ("T", "C"),
                                day,
                                "演示拆解站有限公司",
                                "张三 0591-12345678",
                                f"91350100M000100Y439000454920261124{i % 1000:03d}",
                                30,
                                "固态",
                                "印刷电路板、电子元件",
                                "铅、镉",
                                "防雨防潮，避免破损",
                                12.5,
                            )
                        ),
                        o,
                    ),
                    count,
                ),
            )
        )
    return rows


def certificate(i: int, base, key: Key) -> bytes:
    number = f"91350100M000100Y43-ST0001-{i:08d}"
    pack = dataclasses.replace(base.pack, code=f"001PE2400000{i % 10}3B3C{i:07d}")
    c = dataclasses.replace(
        base,
        number=number,
        pack=pack,
        items=tuple(
            Item(
                f"{it.code[:17]}{i:07d}",
                it.kind,
                pack.code if it.kind == "M" else it.parent,
                it.maker,
                it.chemistry,
                it.mass_kg,
            )
            for it in base.items
        ),
    )
    payload = signing.sign(c, "ST0001", key)
    return render(c, signing.qr_text(payload, "https://trace.example.cn/verify"))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=1000, help="certificates in the batch run")
    parser.add_argument("--no-write", action="store_true", help="print only; leave docs/benchmarks.md alone")
    args = parser.parse_args()
    key = Key()
    load_before = _load()

    label_rows = labels(500)
    typical, big = sample(), sample(cells_per_module=150)
    cert_ms = timed(lambda i: certificate(i, typical, key), 100)
    big_ms = timed(lambda i: certificate(i, big, key), 20)
    keys = signing.KnownKeys()
    keys.add("ST0001", key.public_key)
    document = certificate(1, typical, key)
    verify_ms = timed(lambda _i: verify_pdf(document, keys), 5)

    with tempfile.TemporaryDirectory() as tmp:
        start = time.perf_counter()
        for i in range(args.count):
            Path(tmp, f"{i:05d}.pdf").write_bytes(certificate(10_000 + i, typical, key))
        batch_s = time.perf_counter() - start

    lines = [
        "## Documents (`bench/documents.py`)",
        "",
        "Each figure is from data → bytes, as a station produces them: the label's layout and ZPL (text and symbols as",
        "Z64 graphics), the certificate's Ed25519 signature and A4 PDF (embedded font, embedded data). Every label and",
        "certificate carries different data.",
        "",
        "| document | runs | p50 ms | p95 ms | max ms | target |",
        "|---|---|---|---|---|---|",
    ]
    for name, ms in label_rows:
        lines.append(f"| ZPL label, {name} | {len(ms)} | {pct(ms, 50):.2f} | {pct(ms, 95):.2f} | {max(ms):.2f} | ≤ 5 |")
    lines.append(
        f"| certificate PDF, 2 modules + 8 cells (3 pages) | {len(cert_ms)} | {pct(cert_ms, 50):.1f} | "
        f"{pct(cert_ms, 95):.1f} | {max(cert_ms):.1f} | p50 ≤ 150 |"
    )
    lines.append(
        f"| certificate PDF, 2 modules + 300 cells (8 pages) | {len(big_ms)} | {pct(big_ms, 50):.1f} | "
        f"{pct(big_ms, 95):.1f} | {max(big_ms):.1f} | |"
    )
    lines.append(
        f"| `certificate verify FILE.pdf` (pixels, QR, data, re-render, text) | {len(verify_ms)} | "
        f"{pct(verify_ms, 50):.0f} | {pct(verify_ms, 95):.0f} | {max(verify_ms):.0f} | |"
    )
    lines += [
        "",
        f"**{args.count:,} certificates** signed, rendered and written one after another: **{batch_s:.1f} s** "
        f"({batch_s / args.count * 1000:.1f} ms each; target ≤ 120 s).",
        "",
        "| machine | |",
        "|---|---|",
        f"| CPU | {host._cpu_model()} |",
        f"| cores | {os.cpu_count()} |",
        f"| Python | {platform.python_version()} |",
        f"| reportlab | {reportlab.Version} |",
        f"| code | {host._git_commit()} |",
        f"| date | {datetime.now(UTC):%Y-%m-%d %H:%M} UTC |",
        f"| load average (1 min) before / after | {load_before} / {_load()} (other work inflates p95 and max) |",
        "",
        "Run: `.venv/bin/python bench/documents.py`.",
    ]
    body = "\n".join(lines)
    print(body)
    median = statistics.median(cert_ms)
    ok = all(pct(ms, 50) <= 5 for _, ms in label_rows) and median <= 150 and batch_s <= 120
    if not args.no_write:
        write_section("documents", body)
    return 0 if ok else 1


def _pages(pdf: bytes) -> int:
    return len(re.findall(rb"/Type /Page\b(?!s)", pdf))


def _load() -> str:
    try:
        return Path("/proc/loadavg").read_text().split()[0]
    except OSError:
        return "unknown"


if __name__ == "__main__":
    sys.exit(main())
