"""Drafts of the guided steps (intake, inspection...): saved as the operator types, restored after a restart,
and deleted in the same transaction that records the finished step (``finish``)."""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, TypeVar

from station.canonical import canonical_json
from station.store.store import Store

T = TypeVar("T")


@dataclass(frozen=True)
class Draft:
    workflow: str
    actor: str
    data: dict[str, Any]
    updated_at: datetime


def save(store: Store, workflow: str, actor: str, data: Mapping[str, Any]) -> None:
    """Replace the workflow's draft (one statement: the old draft or the new one survives a power cut)."""
    with store.db.atomic(lock_type="IMMEDIATE"):
        store.db.execute_sql(
            "INSERT INTO draft(workflow, actor, data, updated_at) VALUES (?,?,?,?) ON CONFLICT(workflow) DO UPDATE "
            "SET actor = excluded.actor, data = excluded.data, updated_at = excluded.updated_at",
            (workflow, actor, canonical_json(dict(data)), datetime.now(UTC).isoformat()),
        )


def load(store: Store, workflow: str) -> Draft | None:
    row = store.db.execute_sql("SELECT actor, data, updated_at FROM draft WHERE workflow = ?", (workflow,)).fetchone()
    if row is None:
        return None
    return Draft(workflow, row[0], json.loads(row[1]), datetime.fromisoformat(row[2]))


def discard(store: Store, workflow: str) -> None:
    with store.db.atomic(lock_type="IMMEDIATE"):
        store.db.execute_sql("DELETE FROM draft WHERE workflow = ?", (workflow,))


def finish(store: Store, workflow: str, record: Callable[[], T]) -> T:
    """Run ``record`` (which records the step's events) and delete the draft, all or nothing."""
    with store.db.atomic(lock_type="IMMEDIATE"):
        result = record()
        store.db.execute_sql("DELETE FROM draft WHERE workflow = ?", (workflow,))
    return result
