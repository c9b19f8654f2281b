"""Corrections: history is never changed; a new event voids or amends an earlier one, with a reason."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from station.operations.errors import OperationError
from station.operators import authorize
from station.store.events import NewEvent, StoredEvent, get_event
from station.store.handlers import CORRECTION_TYPES, HANDLERS
from station.store.store import Store

# Reference data is replaced by installing a new version, not corrected. A certificate is the site's signed word:
# it is revoked or re-issued (with its own window and reason), never voided from under the paper that carries it.
NOT_CORRECTABLE = (
    frozenset({"ruleset.installed", "station.configured", "certificate.issued", "certificate.revoked"})
    | frozenset({"battery.certified"})
    # An operator's role or name is changed by a later ``operator.changed``, which is itself the audit trail.
    | frozenset({"operator.added", "operator.changed"})
    | CORRECTION_TYPES
)


def correct(
    store: Store, actor: str, event_id: str, reason: str, amended: Mapping[str, Any] | None = None
) -> StoredEvent:
    """Void ``event_id`` (``amended`` is None) or replace its payload with ``amended``. A supervisor's act."""
    authorize(store, actor, "correct")
    target = get_event(store.db, event_id=event_id)
    if target is None:
        raise OperationError("event_unknown", event_id=event_id)
    if target.type in NOT_CORRECTABLE or target.type not in HANDLERS:
        raise OperationError("event_not_correctable", event_id=event_id, type=target.type)
    if not reason.strip():
        raise OperationError("reason_missing")
    if amended is not None:
        _check_amendment(target, amended)
    payload: dict[str, Any] = {"corrects": event_id, "corrects_type": target.type, "reason": reason}
    kind = "correction.void"
    if amended is not None:
        payload["payload"] = dict(amended)
        kind = "correction.amend"
    (event,) = store.record(actor, [NewEvent(kind, payload)])
    return event


def _check_amendment(target: StoredEvent, amended: Mapping[str, Any]) -> None:
    """An amendment changes values, not the record's shape: every field of the original must still be there
    (the projections of every capability read them)."""
    missing = sorted(set(target.payload) - set(amended))
    if missing:
        raise OperationError("amendment_incomplete", missing=missing)
