"""Storage time: a licensed site may keep hazardous waste at most one year (configurable), counted per container.

The clock starts at the container's first fill: from then on waste is held at the site, in the workshop or in the
store. Warnings come at configured points before the limit; after the last allowed day the container is overdue.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum


class StorageState(StrEnum):
    OK = "ok"
    WARNING = "warning"
    OVERDUE = "overdue"


@dataclass(frozen=True)
class StorageTime:
    stored_since: date
    due: date  # the last day the waste may still be at the site
    days_left: int  # negative once overdue
    state: StorageState
    point: int | None  # the warning point reached (days before the limit), if any


def storage_time(stored_since: date, today: date, limit_days: int, warn_days_before: Sequence[int]) -> StorageTime:
    due = stored_since + timedelta(days=limit_days)
    left = (due - today).days
    if left < 0:
        return StorageTime(stored_since, due, left, StorageState.OVERDUE, None)
    reached = [p for p in warn_days_before if left <= p]
    if reached:
        return StorageTime(stored_since, due, left, StorageState.WARNING, min(reached))
    return StorageTime(stored_since, due, left, StorageState.OK, None)
