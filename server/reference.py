"""Reference data the server hands to stations. Now: the rule set (makers, lists, thresholds, calendar, deadlines)
as one versioned document; a station asks with the hash it holds and gets the document only when it changed."""

from __future__ import annotations

from dataclasses import dataclass

from server.models import RuleSetRelease
from station.canonical import canonical_json
from station.rules.ruleset import RuleSet


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


def current() -> Release | None:
    row = RuleSetRelease.select().order_by(RuleSetRelease.id.desc()).first()
    return Release(row.version, row.sha256, row.content) if row else None
