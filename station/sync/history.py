"""At intake: did another station already finish with this battery? The central server is asked with a short
timeout; when it cannot answer in time the intake goes ahead, flagged provisional (``history_unavailable``), because
a bench must never stand still for the network. ``station.operations.intake.receive`` takes a ``ServerHistory``
as its ``remote``; with no server configured there is none, and no lookup.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from types import TracebackType
from typing import Any

from station.rules.verdict import RemoteView, Sighting
from station.status import CERTIFIED, DISMANTLED, TREATED
from station.store.store import Store
from station.sync import state
from station.sync.client import ServerRefused, ServerUnavailable, SyncClient, Timeouts

log = logging.getLogger(__name__)
# An operator waits for this at the bench: about two seconds at worst (connect, then the answer), against the
# push's thirty. The server answers a history from one indexed query, in milliseconds.
LOOKUP_TIMEOUTS = Timeouts(connect=1.0, read=1.5, write=1.0, pool=0.5)
# Event types after which a pack cannot come back as a pack.
FINISHING = {"battery.dismantled": DISMANTLED, "battery.treated": TREATED, "battery.certified": CERTIFIED}


class ServerHistory:
    """``RemoteHistory`` over the central server's ``/v1/batteries/{code}/history``; one connection, reused."""

    def __init__(
        self,
        server_url: str,
        token: str,
        station_id: str,
        ca_bundle: str | None = None,
        timeouts: Timeouts = LOOKUP_TIMEOUTS,
    ) -> None:
        self._client = SyncClient(server_url, token, ca_bundle, timeouts)
        self._station_id = station_id

    @classmethod
    def for_store(cls, store: Store, timeouts: Timeouts = LOOKUP_TIMEOUTS) -> ServerHistory | None:
        """The lookup for an enrolled station; None when no server is configured (intake then asks nobody)."""
        if store.path is None:
            return None
        server, token = state.get(store.db, state.SERVER), state.load_token(store.path)
        if not server or not token:
            return None
        return cls(server, token, store.station_id, state.get(store.db, state.CA_BUNDLE), timeouts)

    def lookup(self, code: str) -> RemoteView:
        try:
            answer = self._client.battery_history(code)
        except (ServerUnavailable, ServerRefused) as exc:
            # A refusal (a revoked token, say) leaves the history as unknown as a timeout does; sync's status
            # reports the refusal itself.
            log.info("battery history of %s unavailable: %s", code, exc)
            return RemoteView(reachable=False)
        try:
            return RemoteView(reachable=True, sightings=sightings(answer, self._station_id))
        except (KeyError, TypeError, ValueError) as exc:
            log.warning("battery history of %s unreadable: %r", code, exc)
            return RemoteView(reachable=False)

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> ServerHistory:
        return self

    def __exit__(self, *exc: type[BaseException] | BaseException | TracebackType | None) -> None:
        self.close()


def sightings(answer: Mapping[str, Any], own_station: str) -> tuple[Sighting, ...]:
    """Where other stations finished with the battery, oldest first. This station's own events are left out: its
    own records already judge them, and they may be ahead of what it has pushed."""
    return tuple(
        Sighting(str(e["station_id"]), FINISHING[e["type"]], str(e["wall_time"]))
        for e in answer["events"]
        if e["type"] in FINISHING and e["status"] != "voided" and e["station_id"] != own_station
    )
