"""Reporting deadlines: each duty is due a number of working days after its event."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from station.rules.workdays import WorkCalendar


class DeadlineState(StrEnum):
    DUE = "due"
    AT_RISK = "at_risk"
    OVERDUE = "overdue"
    REPORTED = "reported"


@dataclass(frozen=True)
class Duty:
    event_seq: int
    subject: str
    event_type: str
    occurred_on: date
    working_days: int
    reported: bool = False


@dataclass(frozen=True)
class Deadline:
    duty: Duty
    due: date
    state: DeadlineState
    workdays_left: int  # negative once overdue
    assumed_calendar: bool  # some day was judged Monday-to-Friday because the official schedule is unknown


def deadline(duty: Duty, calendar: WorkCalendar, today: date, at_risk_workdays: int) -> Deadline:
    due = calendar.add_workdays(duty.occurred_on, duty.working_days)
    left = calendar.workdays_between(today, due)
    if duty.reported:
        state = DeadlineState.REPORTED
    elif today > due:
        state = DeadlineState.OVERDUE
    elif left <= at_risk_workdays:
        state = DeadlineState.AT_RISK
    else:
        state = DeadlineState.DUE
    return Deadline(duty, due, state, left, calendar.assumed_days(duty.occurred_on, max(due, today)))
