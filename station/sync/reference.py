"""Pulling reference data: the server's rule set replaces the one in force when its hash differs.

It is installed as a ``ruleset.installed`` event (source ``server``) through the same operation as a local change,
so every later verdict names the version it was judged by, and the switch is one transaction: the station judges by
the old rule set or the new one, never by half of each.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from station.operations.reference import install_ruleset
from station.rules.ruleset import RuleSet, RuleSetError
from station.store.store import Store
from station.sync.client import ServerRefused, SyncClient

log = logging.getLogger(__name__)
SYNC_ACTOR = "sync"


@dataclass(frozen=True)
class Pulled:
    version: str | None  # the version installed by this pull, None when nothing changed


def pull_ruleset(store: Store, client: SyncClient) -> Pulled:
    held = store.ruleset()
    try:
        answer = client.ruleset(held.sha256)
    except ServerRefused as exc:
        if exc.reason == "no_ruleset_published":
            return Pulled(None)
        raise
    if answer is None:
        return Pulled(None)
    try:
        rules = RuleSet.from_content(answer["content"])
    except (RuleSetError, KeyError, TypeError) as exc:
        # A document this station cannot read (a newer format) is not installed: it keeps judging by its own.
        log.warning("server rule set %r not installed: %s", answer.get("version"), exc)
        return Pulled(None)
    if rules.sha256 != answer.get("sha256"):
        log.warning("server rule set %r not installed: its content does not match its hash", rules.version)
        return Pulled(None)
    install_ruleset(store, SYNC_ACTOR, rules, "server")
    log.info("rule set %s installed from the server", rules.version)
    return Pulled(rules.version)
