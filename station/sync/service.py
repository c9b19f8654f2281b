"""The background sync: rounds forever, back-off with jitter while the server is away, a nudge after a local write.

Every failure, expected or not, ends in a wait and another round: the loop never dies of an exception, so sync
"restarts on its own" without anyone watching it. ``status()`` is cheap and safe from any thread (the UI polls it).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass

from station.store.store import Store
from station.sync import state
from station.sync.backoff import Backoff
from station.sync.client import DEFAULT_TIMEOUTS, ServerRefused, ServerUnavailable, SyncClient, Timeouts
from station.sync.pusher import DEFAULT_BATCH, RoundReport, SyncBlocked, block, problem, push_round
from station.sync.reference import pull_ruleset
from station.sync.state import Problem

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class SyncStatus:
    enrolled: bool
    pending: int
    acknowledged: int
    last_success: str | None
    reachable: bool | None  # None: not tried yet
    problems: tuple[Problem, ...]
    last_error: str | None
    running: bool
    unavailable: str | None = None  # why the server is not reached: server_unreachable / server_certificate_untrusted


@dataclass(frozen=True)
class SyncSettings:
    batch_size: int = DEFAULT_BATCH
    idle_interval: float = 30.0  # a round this often even with nothing new: server-side changes, status
    blocked_interval: float = 300.0  # after a refusal a person must fix; still retried, slowly
    timeouts: Timeouts = DEFAULT_TIMEOUTS


ClientFactory = Callable[[str, str | None, str | None, Timeouts], SyncClient]


class SyncService:
    def __init__(
        self,
        store: Store,
        settings: SyncSettings = SyncSettings(),
        backoff: Backoff | None = None,
        client_factory: ClientFactory = SyncClient,
    ) -> None:
        if store.path is None:
            raise ValueError("sync needs a station database file (its token and key live beside it)")
        self._store = store
        self._db = store.db
        self._db_path = store.path
        self._station_id = store.station_id
        self._settings = settings
        self._backoff = backoff or Backoff()
        self._client_factory = client_factory
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._reachable: bool | None = None
        self._last_error: str | None = None
        self._unavailable: str | None = None
        self.rounds = 0
        self.last_pull: str | None = None  # the last rule-set version this service installed

    # ---- control --------------------------------------------------------------------------------------------

    def start(self) -> None:
        if self._thread is not None and self._thread.is_alive():
            return
        self._stop.clear()
        self._thread = threading.Thread(target=self._loop, name="sync", daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 10.0) -> None:
        self._stop.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout)

    def wake(self) -> None:
        """Start a round now (after a local write, or when the user asks)."""
        self._wake.set()

    # ---- one round ------------------------------------------------------------------------------------------

    def run_once(self) -> RoundReport:
        """One round in the calling thread. Raises ``ServerUnavailable`` or ``SyncBlocked``."""
        server = state.get(self._db, state.SERVER)
        token = state.load_token(self._db_path)
        if not server or not token:
            raise block(self._db, problem("not_enrolled"))
        try:
            with self._client_factory(
                server, token, state.get(self._db, state.CA_BUNDLE), self._settings.timeouts
            ) as client:
                # Pull first: a recall list must reach a station even while its pushes are blocked, and the
                # rule-set event the pull records goes out in this same round.
                try:
                    pulled = pull_ruleset(self._store, client)
                except ServerRefused as exc:
                    raise block(self._db, problem(exc.reason)) from exc
                self.last_pull = pulled.version or self.last_pull
                report = push_round(self._db, self._station_id, client, self._settings.batch_size)
        except ServerUnavailable as exc:
            self._reachable, self._last_error, self._unavailable = False, str(exc), exc.reason
            raise
        except SyncBlocked as exc:
            self._reachable, self._last_error = True, exc.problem.reason
            raise
        self._reachable, self._last_error, self._unavailable = True, None, None
        return report

    def _loop(self) -> None:
        try:
            while not self._stop.is_set():
                wait = self._round()
                self.rounds += 1
                self._wake.wait(wait)
                self._wake.clear()
        finally:
            self._db.close()  # this thread's own connection

    def _round(self) -> float:
        """Run a round; return how long to wait before the next."""
        try:
            report = self.run_once()
        except ServerUnavailable as exc:
            delay = self._backoff.next_delay()
            log.info("sync: server unavailable (%s); next try in %.1f s", exc, delay)
            return max(delay, exc.retry_after or 0.0)
        except SyncBlocked:
            return self._settings.blocked_interval
        except ServerRefused as exc:  # not expected here (push_round turns refusals into problems), but safe
            self._last_error = exc.reason
            return self._settings.blocked_interval
        except Exception as exc:  # a bug or a full disk must not end sync for good: log it, wait, try again
            log.exception("sync round failed")
            self._last_error = f"{type(exc).__name__}: {exc}"
            return self._backoff.next_delay()
        self._backoff.reset()
        return 0.0 if report.pending else self._settings.idle_interval

    # ---- status ---------------------------------------------------------------------------------------------

    def status(self) -> SyncStatus:
        acknowledged = state.cursor(self._db).seq
        return SyncStatus(
            enrolled=bool(state.get(self._db, state.SERVER) and state.load_token(self._db_path)),
            pending=max(0, state.local_head(self._db) - acknowledged),
            acknowledged=acknowledged,
            last_success=state.get(self._db, state.LAST_SUCCESS),
            reachable=self._reachable,
            problems=tuple(state.problems(self._db)),
            last_error=self._last_error,
            running=self._thread is not None and self._thread.is_alive(),
            unavailable=self._unavailable if self._reachable is False else None,
        )
