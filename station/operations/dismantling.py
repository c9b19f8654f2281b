"""Dismantling: modules and cells scanned into their pack, then the pack closed as dismantled."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from station import status
from station.operations.echelon import recode
from station.operations.errors import OperationError
from station.operations.scanning import check, refused_event, scan_payload
from station.rules.engine import judge
from station.rules.verdict import Context, Outcome, ScanRequest, Verdict
from station.store.events import NewEvent, StoredEvent
from station.store.queries import StoreHistory
from station.store.store import Store


@dataclass(frozen=True)
class LinkResult:
    verdict: Verdict
    event: StoredEvent
    linked: bool

    @property
    def echelon_code(self) -> str | None:
        """The child's new 19-character code, when it was re-coded for echelon use."""
        return self.event.payload.get("echelon_code") if self.linked else None


def link_child(store: Store, actor: str, parent: str, payload: str | bytes, today: date | None = None) -> LinkResult:
    request = ScanRequest(payload, Context.CHILD, parent_code=parent)
    first = check(store, request, today)
    verdicts: list[Verdict] = []

    def build(_next_seq: int) -> list[NewEvent]:
        # Judged again under the write lock, so two benches cannot link one module to two packs.
        verdict = judge(request, first.read, StoreHistory(store.db), store.ruleset(), first.judged_on)
        verdicts.append(verdict)
        if verdict.outcome in (Outcome.REJECT, Outcome.QUARANTINE) or verdict.code is None:
            return [refused_event(verdict, context=Context.CHILD.value, parent=parent)]
        linked = scan_payload(verdict) | {"parent": parent, "child": verdict.code}
        echelon_code = recode(store, parent, verdict)  # takes the next serial: under the write lock, here
        if echelon_code is not None:
            linked["echelon_code"] = echelon_code
        return [NewEvent("battery.child_linked", linked)]

    (event,) = store.record(actor, build)
    return LinkResult(verdicts[-1], event, linked=event.type == "battery.child_linked")


def finish_dismantling(
    store: Store, actor: str, code: str, expected_children: int | None = None
) -> StoredEvent:
    history = StoreHistory(store.db)
    battery = history.battery(code)
    if battery is None:
        raise OperationError("battery_unknown", code=code)
    if battery.status not in (status.IN_STORE, status.DISMANTLING):
        raise OperationError("not_dismantlable", code=code, status=battery.status)
    children = history.children(code)
    if expected_children is not None and len(children) != expected_children:
        raise OperationError("children_count_mismatch", expected=expected_children, found=len(children))
    (event,) = store.record(actor, [NewEvent("battery.dismantled", {"code": code, "children": children})])
    return event


def record_treated(store: Store, actor: str, code: str, method: str) -> StoredEvent:
    """Final treatment completed (recyclers report it within their deadline)."""
    battery = StoreHistory(store.db).battery(code)
    if battery is None:
        raise OperationError("battery_unknown", code=code)
    if battery.status in (status.QUARANTINED, status.HANDED_OUT, status.TREATED):
        raise OperationError("not_treatable", code=code, status=battery.status)
    (event,) = store.record(actor, [NewEvent("battery.treated", {"code": code, "method": method})])
    return event
