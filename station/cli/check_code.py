"""``trace-station check-code``: judge payloads as the bench would, without recording anything."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable, Iterator
from typing import Any

from station.operations.scanning import check
from station.rules.verdict import Context, Outcome, ScanRequest, Verdict
from station.store.store import Store

FIELD_KEYS = (
    "maker",
    "product_type",
    "chemistry",
    "chemistry_name",
    "spec",
    "trace",
    "production_date",
    "serial",
    "echelon",
)


def register(commands: argparse._SubParsersAction) -> None:
    p = commands.add_parser(
        "check-code", help="check GB/T 34014 codes against the rules and the local records"
    )
    p.add_argument("codes", nargs="*", metavar="CODE", help="payloads; without any, one per line from stdin")
    p.add_argument("--json", action="store_true", help="one JSON object per input (JSON Lines)")
    p.add_argument(
        "--context",
        choices=[c.value for c in Context],
        default=Context.INTAKE.value,
        help="where the scan happens",
    )
    p.add_argument("--parent", help="parent code, for --context child")
    p.set_defaults(handler=run)


def run(store: Store, args: argparse.Namespace) -> int:
    inputs: Iterable[str | bytes] = args.codes or _stdin_lines()
    rejected = False
    for payload in inputs:
        verdict = check(store, ScanRequest(payload, Context(args.context), parent_code=args.parent))
        rejected |= verdict.outcome is Outcome.REJECT
        line = (
            json.dumps(as_json(payload, verdict), ensure_ascii=False)
            if args.json
            else as_text(payload, verdict)
        )
        sys.stdout.write(line + "\n")
        sys.stdout.flush()
    return 1 if rejected else 0


def _stdin_lines() -> Iterator[bytes]:
    # Bytes, not text: a scanner's invalid UTF-8 must reach the reader, which reports it as a finding.
    for line in sys.stdin.buffer:
        yield line.rstrip(b"\n")


def as_json(payload: str | bytes, verdict: Verdict) -> dict[str, Any]:
    read = verdict.read
    fields = read.fields.as_dict() if read.fields else None
    return {
        "input": payload.decode("utf-8", "replace") if isinstance(payload, bytes) else payload,
        "code": read.code,
        "valid": read.valid,
        "scheme": read.scheme.value,
        "verdict": verdict.outcome.value,
        "context": verdict.context.value,
        "fields": {k: fields.get(k) for k in FIELD_KEYS} if fields else None,
        "findings": [h.finding.as_dict() | {"outcome": h.outcome.value} for h in verdict.hits],
        "extra": dict(read.extra),
        "ruleset": {"version": verdict.ruleset_version, "sha256": verdict.ruleset_sha256},
    }


def as_text(payload: str | bytes, verdict: Verdict) -> str:
    shown = verdict.code or (payload if isinstance(payload, str) else payload.decode("utf-8", "replace"))[:60]
    reasons = ", ".join(f"{f.severity.value}:{f.code}" for f in verdict.findings) or "-"
    return f"{verdict.outcome.value:<16} {shown!s:<26} {reasons}"
