"""Chinese working days (工作日): public holidays and the weekend days that become working days (调休).

The State Council publishes each year's schedule late in the year before, so the calendar library lags behind
reality at the turn of the year. The rule set therefore carries its own overrides (holidays and make-up working
days) that the central server can push as soon as the schedule is out; they win over the library. For a year that
neither knows, Monday to Friday is assumed and the answer says it was assumed, so a deadline is never silently
wrong.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta

import chinese_calendar


@dataclass(frozen=True)
class WorkCalendar:
    extra_holidays: frozenset[date] = field(default_factory=frozenset)
    extra_workdays: frozenset[date] = field(default_factory=frozenset)
    # Years whose whole schedule the overrides describe (published after the library's release).
    override_years: frozenset[int] = field(default_factory=frozenset)

    @classmethod
    def from_iso(
        cls, holidays: Iterable[str] = (), workdays: Iterable[str] = (), years: Iterable[int] = ()
    ) -> WorkCalendar:
        return cls(
            frozenset(map(date.fromisoformat, holidays)),
            frozenset(map(date.fromisoformat, workdays)),
            frozenset(int(y) for y in years),
        )

    def knows(self, day: date) -> bool:
        """True when the official schedule of ``day``'s year is known (library or overrides)."""
        return day.year in self.override_years or _library_knows(day.year)

    def is_workday(self, day: date) -> bool:
        if day in self.extra_workdays:
            return True
        if day in self.extra_holidays:
            return False
        if day.year not in self.override_years and _library_knows(day.year):
            # The library's own is_workday re-validates and scans on every call (13 µs); a deadline asks about
            # some forty days. Its tables are plain dicts: look the day up directly.
            return day in chinese_calendar.workdays or (day.weekday() < 5 and day not in chinese_calendar.holidays)
        return day.weekday() < 5

    def add_workdays(self, start: date, count: int) -> date:
        """The ``count``-th working day after ``start`` (the event day itself does not count)."""
        day = start
        remaining = count
        while remaining > 0:
            day += timedelta(days=1)
            if self.is_workday(day):
                remaining -= 1
        return day

    def workdays_between(self, start: date, end: date) -> int:
        """Working days in (start, end]; negative when end is before start."""
        if end < start:
            return -self.workdays_between(end, start)
        return sum(1 for n in range(1, (end - start).days + 1) if self.is_workday(start + timedelta(days=n)))

    def assumed_days(self, start: date, end: date) -> bool:
        """True when any day in [start, end] was judged by the Monday-to-Friday assumption."""
        years = range(min(start, end).year, max(start, end).year + 1)
        return any(not self.knows(date(y, 1, 1)) for y in years)


@functools.cache
def _library_knows(year: int) -> bool:
    try:
        chinese_calendar.is_workday(date(year, 6, 1))
    except NotImplementedError:
        return False
    return True
