"""The shape of a projection handler: which subjects an event touches, and what it does to the tables."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from station.store.events import StoredEvent
    from station.store.projections import Projector

Payload = Mapping[str, Any]
SubjectsFn = Callable[["Projector", Payload], Iterable[str]]
ApplyFn = Callable[["Projector", "StoredEvent", Payload], None]


@dataclass(frozen=True)
class Handler:
    subjects: SubjectsFn
    apply: ApplyFn


def no_subjects(_px: Projector, _payload: Payload) -> Iterable[str]:
    return ()
