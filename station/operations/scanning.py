"""Judging a scan against the rule set and the records, and keeping every refused scan on record."""

from __future__ import annotations

import hashlib
from datetime import date
from typing import Any

from station.codes import CodeResult, NormaliseOptions
from station.rules.engine import evaluate
from station.rules.verdict import ScanRequest, Verdict
from station.store.events import NewEvent
from station.store.localtime import today as local_today
from station.store.queries import StoreHistory
from station.store.store import Store

RAW_KEEP = 4096  # characters of a payload kept in an event; the hash covers all of it


def check(store: Store, request: ScanRequest, today: date | None = None) -> Verdict:
    """The verdict, without recording anything (a look-up, or the first half of an action)."""
    return evaluate(request, StoreHistory(store.db), store.ruleset(), today or local_today(), scanner_options(store))


def scanner_options(store: Store) -> NormaliseOptions:
    """The affixes this station's handheld scanners add, as configured."""
    config = store.config() or {}
    return NormaliseOptions(
        prefixes=tuple(config.get("scanner_prefixes", ())), suffixes=tuple(config.get("scanner_suffixes", ()))
    )


def raw_record(read: CodeResult) -> dict[str, Any]:
    raw = read.raw
    record: dict[str, Any] = {"raw": raw[:RAW_KEEP]}
    if len(raw) > RAW_KEEP:
        record["raw_truncated"] = True
        record["raw_length"] = len(raw)
        record["raw_sha256"] = hashlib.sha256(raw.encode("utf-8", "surrogatepass")).hexdigest()
    return record


def scan_payload(verdict: Verdict) -> dict[str, Any]:
    """What every scan-driven event keeps: the raw payload, the read, and the verdict with its rule-set version."""
    read = verdict.read
    return {
        **raw_record(read),
        "code": read.code,
        "scheme": read.scheme.value,
        "fields": read.fields.as_dict() if read.fields else None,
        "extra": dict(read.extra),
        "verdict": verdict.as_dict(),
    }


def refused_event(verdict: Verdict, **context: Any) -> NewEvent:
    """A rejected scan is recorded too: an auditor can see what was turned away and why."""
    return NewEvent("scan.refused", {**scan_payload(verdict), **context})
