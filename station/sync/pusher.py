"""One sync round: ask the server where this station's chain stands, then push from there in batches.

The server's acknowledgement is the truth about what it holds, and the client checks it against its own log before
moving its cursor: an acknowledged (seq, hash) that is not in the local log means the two histories differ, which a
person must look at. A batch whose answer was lost is simply sent again: the server answers ``duplicate`` for what it
already holds, so every event is stored exactly once.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import UTC, datetime
from itertools import islice

import peewee as pw

from station.store.events import GENESIS_HASH, get_event, iter_events
from station.sync import state
from station.sync.client import PushReply, ServerRefused, ServerUnavailable, SyncClient
from station.sync.state import Cursor, Problem

log = logging.getLogger(__name__)
DEFAULT_BATCH = 500

RESOLUTIONS = {
    "hash_mismatch": "verify_and_restore",
    "differs_from_stored": "verify_and_restore",
    "prev_hash_mismatch": "verify_and_restore",
    "server_chain_differs": "verify_and_restore",
    "server_ahead": "verify_and_restore",
    "malformed": "update_software",
    "event_too_large": "split_event",
    "token_invalid": "re_enrol",
    "token_revoked": "re_enrol",
    "token_missing": "re_enrol",
    "token_for_other_station": "re_enrol",
    "not_enrolled": "re_enrol",
}
# Reasons that are not a problem with the event itself: the round just goes on from the server's acknowledgement.
NOT_A_PROBLEM = frozenset({"follows_rejected", "seq_gap"})


class SyncBlocked(Exception):
    """The round cannot go on until a person acts; the problem is already in the problems list."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(problem.reason)
        self.problem = problem


@dataclass(frozen=True)
class RoundReport:
    sent: int
    stored: int
    duplicates: int
    flagged: int
    acknowledged: int
    pending: int


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def problem(reason: str, seq: int | None = None, event_id: str | None = None) -> Problem:
    return Problem(seq, event_id, reason, RESOLUTIONS.get(reason, "contact_support"), now_iso())


def block(db: pw.Database, found: Problem) -> SyncBlocked:
    state.add_problem(db, found)
    log.warning("sync blocked: %s", found)
    return SyncBlocked(found)


def checked(db: pw.Database, seq: int, hash_: str) -> Cursor:
    """The server's acknowledgement, once it is shown to be a point of the local chain."""
    if seq == 0:
        if hash_ != GENESIS_HASH:
            raise block(db, problem("server_chain_differs", 0))
        return state.GENESIS
    local = get_event(db, seq=seq)
    if local is None:
        raise block(db, problem("server_ahead", seq))  # the station's database went back in time (a restore)
    if local.hash != hash_:
        raise block(db, problem("server_chain_differs", seq, local.id))
    return Cursor(seq, hash_)


def push_round(db: pw.Database, station_id: str, client: SyncClient, batch_size: int = DEFAULT_BATCH) -> RoundReport:
    """Push everything pending. Raises ``ServerUnavailable`` (try later), ``SyncBlocked`` (a person must act)."""
    try:
        at = checked(db, *client.cursor(station_id))
    except ServerRefused as exc:
        raise block(db, problem(exc.reason)) from exc
    state.set_cursor(db, at)
    state.resolve_problems(db, at.seq)  # the token works and the chains agree up to here
    sent = stored = duplicates = flagged = 0
    size = batch_size
    while True:
        batch = list(islice(iter_events(db, after=at.seq, chunk=size), size))
        if not batch:
            break
        try:
            reply = client.push(station_id, batch)
        except ServerRefused as exc:
            if exc.status == 413 and size > 1:
                size = max(1, size // 2)  # one large event in the batch: send smaller batches around it
                continue
            if exc.status == 413:
                raise block(db, problem("event_too_large", batch[0].seq, batch[0].id)) from exc
            raise block(db, problem(exc.reason)) from exc
        except (KeyError, TypeError, ValueError) as exc:
            raise ServerUnavailable(f"unreadable answer: {exc!r}") from exc
        sent += len(batch)
        stored += sum(r.status == "stored" for r in reply.results)
        duplicates += sum(r.status == "duplicate" for r in reply.results)
        flagged += sum(bool(r.flags) for r in reply.results)
        previous, at = at, checked(db, reply.acknowledged, reply.acknowledged_hash)
        state.set_cursor(db, at)
        state.resolve_problems(db, at.seq)
        state.put(db, state.LAST_SUCCESS, now_iso())
        _refusal(db, reply)
        if at.seq <= previous.seq and not _rewound(reply):
            # Nothing moved and nothing was refused: stop rather than send the same batch in a loop.
            raise ServerUnavailable(f"server acknowledged nothing past {at.seq}")
        size = batch_size
    return RoundReport(sent, stored, duplicates, flagged, at.seq, state.local_head(db) - at.seq)


def _refusal(db: pw.Database, reply: PushReply) -> None:
    for r in reply.results:
        if r.status == "rejected" and r.reason not in NOT_A_PROBLEM:
            raise block(db, problem(r.reason or "rejected", r.seq, r.id))


def _rewound(reply: PushReply) -> bool:
    """The server is behind the cursor this round started from (restored from a backup): resend from its ack."""
    return any(r.reason == "seq_gap" for r in reply.results)
