"""Reference data kept in the log: station configuration, rule-set versions, makers and lists."""

from __future__ import annotations

import csv
import io
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from station.codes import validate_uscc
from station.findings import Finding, Severity, error, has_errors
from station.operations.errors import OperationError
from station.operators import authorize
from station.rules.ruleset import LIST_KINDS, RuleSet
from station.store.events import NewEvent, StoredEvent
from station.store.store import ROLES, Store, ruleset_event


def configure_station(store: Store, actor: str, **changes: Any) -> StoredEvent:
    """Change some of the station's configuration; what is not named keeps its value.

    Keys: ``role``, ``site_name``, ``site_address``, ``site_contact`` (person and phone, for the hazardous-waste
    labels), ``site_uscc``, ``licences`` (a list of ``{"kind", "number"}``,
    kinds from ``LICENCE_KINDS``: what the site's certificates print about it), ``scanner_prefixes``,
    ``scanner_suffixes`` (lists of strings a handheld scanner adds around each payload), ``echelon_maker`` (the
    site's own 3-character maker code for echelon-use re-coding, "" for none). Only an administrator (or the
    command line) may change it.
    """
    authorize(store, actor, "configure_station")
    unknown = set(changes) - set(CONFIG_KEYS)
    if unknown:
        raise OperationError("config_key_unknown", keys=sorted(unknown))
    payload = {k: v for k, v in (store.config() or {}).items() if k in CONFIG_KEYS} | changes
    if payload.get("role") not in ROLES:
        raise OperationError("role_unknown", role=payload.get("role"))
    for key in ("site_name", "site_address", "site_contact"):
        payload[key] = str(payload.get(key, "")).strip()
    payload["site_uscc"] = str(payload.get("site_uscc", "")).strip().upper()
    if payload["site_uscc"] and has_errors(validate_uscc(payload["site_uscc"])):
        raise OperationError("site_uscc_invalid", uscc=payload["site_uscc"])
    payload["licences"] = _licences(payload.get("licences", []))
    for key in ("scanner_prefixes", "scanner_suffixes"):
        value = payload.setdefault(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
            raise OperationError("scanner_affixes_invalid", key=key)
    maker = payload.get("echelon_maker") or ""
    if not isinstance(maker, str) or (maker.strip() and not is_maker_code(maker.strip().upper())):
        raise OperationError("echelon_maker_invalid", maker=str(maker))
    payload["echelon_maker"] = maker.strip().upper()
    (event,) = store.record(actor, [NewEvent("station.configured", payload)])
    return event


CONFIG_KEYS = (
    "role",
    "site_name",
    "site_address",
    "site_contact",
    "site_uscc",
    "licences",
    "scanner_prefixes",
    "scanner_suffixes",
    "echelon_maker",
)
# What a certificate of disposal lists under the issuer's licences: the hazardous-waste business licence
# (危险废物经营许可证), the whitelist entry (行业规范条件企业名单, "工信部白名单"), the end-of-life vehicle dismantling
# qualification (报废机动车回收拆解企业资质认定), or another permit.
LICENCE_KINDS = ("hazardous_waste", "whitelist", "dismantling", "other")


def is_maker_code(text: str) -> bool:
    """Three capital letters or digits: a GB/T 34014 maker code (an echelon maker's too)."""
    return len(text) == 3 and all(ch in "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ" for ch in text)


def site_findings(site_name: str, site_uscc: str, licences: list[tuple[str, str]]) -> list[Finding]:
    """What keeps a site's identity from being complete, before it is saved (the set-up pages ask): a name, a
    valid credit code, and each licence (kind, number) with a known kind and a number."""
    found = []
    if not site_name.strip():
        found.append(error("site_name_missing"))
    uscc = site_uscc.strip().upper()
    if not uscc:
        found.append(error("site_uscc_required"))
    else:
        found += [f for f in validate_uscc(uscc) if f.severity is Severity.ERROR]
    for position, (kind, number) in enumerate(licences, start=1):
        if kind not in LICENCE_KINDS:
            found.append(error("licence_kind_unknown", position=position, kind=kind))
        if not number.strip():
            found.append(error("licence_number_missing", position=position))
    return found


def _licences(value: Any) -> list[dict[str, str]]:
    """The licences, checked and trimmed: each a kind from ``LICENCE_KINDS`` and a non-empty number."""
    if not isinstance(value, list | tuple):
        raise OperationError("licences_invalid")
    licences = []
    for position, entry in enumerate(value, start=1):
        if not isinstance(entry, Mapping) or set(entry) != {"kind", "number"}:
            raise OperationError("licences_invalid", position=position)
        kind, number = entry["kind"], entry["number"]
        if kind not in LICENCE_KINDS:
            raise OperationError("licence_kind_unknown", position=position, kind=kind)
        if not isinstance(number, str) or not number.strip():
            raise OperationError("licence_number_missing", position=position)
        licences.append({"kind": kind, "number": " ".join(number.split())})
    return licences


def install_ruleset(store: Store, actor: str, rules: RuleSet, source: str) -> StoredEvent:
    (event,) = store.record(actor, [ruleset_event(rules, source)])
    return event


def _next_version(rules: RuleSet) -> str:
    """Local edits count up on the version they started from: ``builtin-4+local3``."""
    base, _, count = rules.version.partition("+local")
    return f"{base}+local{int(count) + 1 if count.isdigit() else 1}"


def set_list_entry(
    store: Store, actor: str, code: str, kind: str | None, reason: str = "", reference: str = ""
) -> StoredEvent:
    """Put ``code`` on a blocked / recall / quarantine list, or take it off (``kind`` None). A supervisor's."""
    authorize(store, actor, "edit_ruleset")
    rules = store.ruleset()
    lists = dict(rules.content["lists"])
    code = code.strip().upper()
    if kind is None:
        if lists.pop(code, None) is None:
            raise OperationError("list_entry_unknown", code=code)
    elif kind not in LIST_KINDS:
        raise OperationError("list_kind_unknown", kind=kind)
    else:
        lists[code] = {"list": kind, "reason": reason, "reference": reference}
    return install_ruleset(store, actor, rules.with_changes(_next_version(rules), lists=lists), "local")


# Thresholds that bound one range: the low one must stay below the high one.
THRESHOLD_RANGES = (("temperature_min_c", "temperature_max_c"), ("soc_min_pct", "soc_max_pct"))


def set_thresholds(store: Store, actor: str, changes: Mapping[str, float]) -> StoredEvent:
    """New values for some of the rule set's thresholds (a new local rule-set version). A supervisor's."""
    authorize(store, actor, "edit_ruleset")
    rules = store.ruleset()
    thresholds = dict(rules.content["thresholds"])
    for name, value in changes.items():
        if name not in thresholds:
            raise OperationError("threshold_unknown", name=name)
        if isinstance(value, bool) or not isinstance(value, int | float) or value != value:
            raise OperationError("threshold_invalid", name=name, value=str(value))
        thresholds[name] = float(value)
    for low, high in THRESHOLD_RANGES:
        if low in thresholds and high in thresholds and thresholds[low] >= thresholds[high]:
            raise OperationError("threshold_range_inverted", low=low, high=high)
    if thresholds == dict(rules.content["thresholds"]):
        raise OperationError("thresholds_unchanged")
    return install_ruleset(store, actor, rules.with_changes(_next_version(rules), thresholds=thresholds), "local")


@dataclass
class MakerImport:
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    rejected: list[tuple[int, str]] = field(default_factory=list)  # (line number, reason code)
    event: StoredEvent | None = None


MAKER_COLUMNS = ("maker_code", "name_zh", "name_en")


def import_makers(store: Store, actor: str, path: Path) -> MakerImport:
    """Merge a maker CSV (maker_code,name_zh,name_en[,...]) into a new rule-set version; bad lines are named.
    A supervisor's."""
    authorize(store, actor, "edit_ruleset")
    rules = store.ruleset()
    makers, result = merge_makers(read_csv(path), rules.content["makers"])
    if result.added or result.updated:
        new_rules = rules.with_changes(_next_version(rules), makers=makers)
        result.event = install_ruleset(store, actor, new_rules, "local")
    return result


def read_csv(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        raise OperationError("csv_not_utf8", file=str(path)) from exc
    except OSError as exc:
        raise OperationError("file_unreadable", file=str(path), error=str(exc)) from exc


def merge_makers(text: str, current: Mapping[str, Mapping[str, str]]) -> tuple[dict[str, dict[str, str]], MakerImport]:
    """The maker registry with the CSV's rows merged in, and what changed (also the central server's import)."""
    reader = csv.DictReader(io.StringIO(text))
    if reader.fieldnames is None or not set(MAKER_COLUMNS) <= set(reader.fieldnames):
        raise OperationError("csv_columns_missing", expected=list(MAKER_COLUMNS))
    makers = {k: dict(v) for k, v in current.items()}
    result = MakerImport()
    for line, row in enumerate(reader, start=2):
        code = (row.get("maker_code") or "").strip().upper()
        if len(code) != 3 or not code.isascii() or not code.isalnum():
            result.rejected.append((line, "maker_code_invalid"))
            continue
        entry = {"name_zh": (row.get("name_zh") or "").strip(), "name_en": (row.get("name_en") or "").strip()}
        if not entry["name_zh"] and not entry["name_en"]:
            result.rejected.append((line, "maker_name_missing"))
            continue
        previous = makers.get(code)
        if previous == entry:
            result.unchanged += 1
            continue
        result.added += previous is None
        result.updated += previous is not None
        makers[code] = entry
    return makers, result
