"""Reference data the server hands to stations. Now: the rule set (makers, lists, thresholds, calendar, deadlines)
as one versioned document; a station asks with the hash it holds and gets the document only when it changed.

The operator's changes (``makers import``, ``blocklist add|remove``) each publish a new version made from the one
in force (the built-in rule set before anything was published), named ``<base>+server<N>``: every verdict at a
station then names the version that judged it, as for a station's own local edits (``+local<N>``)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from server.models import RuleSetRelease
from station.canonical import canonical_json
from station.operations.reference import MakerImport, merge_makers
from station.rules.ruleset import LIST_KINDS, RuleSet, builtin


class ReleaseError(ValueError):
    pass


@dataclass(frozen=True)
class Release:
    version: str
    sha256: str
    content: str  # canonical JSON


def publish(text: str) -> Release:
    """Check the document with the station's own rule-set reader (the same code judges it at the station), then
    keep it. A version is published once: a changed document needs a new version."""
    rules = RuleSet.from_json(text)  # RuleSetError (a ValueError) names what is wrong
    if RuleSetRelease.get_or_none(RuleSetRelease.version == rules.version) is not None:
        raise ReleaseError(f"version {rules.version} was already published")
    content = canonical_json(dict(rules.content))
    RuleSetRelease.create(version=rules.version, sha256=rules.sha256, content=content)
    return Release(rules.version, rules.sha256, content)


def current_hash() -> str | None:
    """The SHA-256 of the rule set in force, without reading the document."""
    row = RuleSetRelease.select(RuleSetRelease.sha256).order_by(RuleSetRelease.id.desc()).first()
    return row.sha256 if row else None


def current() -> Release | None:
    row = RuleSetRelease.select().order_by(RuleSetRelease.id.desc()).first()
    return Release(row.version, row.sha256, row.content) if row else None


def in_force() -> RuleSet:
    release = current()
    return RuleSet.from_json(release.content) if release else builtin()


def next_version(version: str) -> str:
    base, _, count = version.partition("+server")
    return f"{base}+server{int(count) + 1 if count.isdigit() else 1}"


def publish_changes(**sections: Any) -> Release:
    """A new version of the rule set in force with whole sections replaced."""
    rules = in_force()
    return publish(canonical_json(dict(rules.with_changes(next_version(rules.version), **sections).content)))


def import_makers(text: str) -> tuple[MakerImport, Release | None]:
    """Merge a maker CSV into the registry (the station's own reader: same columns, same checks); a release only
    when something changed. ``OperationError`` (``csv_columns_missing``) for a file that is not a maker list."""
    makers, result = merge_makers(text, in_force().content["makers"])
    if not (result.added or result.updated):
        return result, None
    return result, publish_changes(makers=makers)


def set_list_entry(code: str, kind: str | None, reason: str = "", reference: str = "") -> Release:
    """Put ``code`` on the blocked / recall / quarantine list for every station, or take it off (``kind`` None)."""
    lists = {k: dict(v) for k, v in in_force().content["lists"].items()}
    code = code.strip().upper()
    if kind is None:
        if lists.pop(code, None) is None:
            raise ReleaseError(f"list_entry_unknown: {code} is on no list")
    elif kind not in LIST_KINDS:
        raise ReleaseError(f"list_kind_unknown: {kind}")
    else:
        lists[code] = {"list": kind, "reason": reason, "reference": reference}
    return publish_changes(lists=lists)
