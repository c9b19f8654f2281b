"""Working days across the 2026 Spring Festival and National Day, with their make-up working days."""

from __future__ import annotations

from datetime import date

import chinese_calendar

from station.rules.deadlines import DeadlineState, Duty, deadline
from station.rules.workdays import WorkCalendar

CAL = WorkCalendar()


def test_spring_festival_2026_holidays_and_makeup_saturdays():
    # 2026 Spring Festival: 15-23 Feb off; Saturday 14 Feb and Saturday 28 Feb are working days.
    assert CAL.is_workday(date(2026, 2, 14))
    assert not any(CAL.is_workday(date(2026, 2, d)) for d in range(15, 24))
    assert CAL.is_workday(date(2026, 2, 24))
    assert CAL.is_workday(date(2026, 2, 28))
    assert not CAL.is_workday(date(2026, 3, 1))


def test_fifteen_working_days_across_spring_festival():
    # Event on Thu 12 Feb 2026. Working days after it: 13 (Fri), 14 (make-up Sat), then holiday to 23,
    # 24, 25, 26, 27, 28 (make-up Sat), 2, 3, 4, 5, 6, 9, 10, 11 -> the 15th is Wed 11 March.
    assert CAL.add_workdays(date(2026, 2, 12), 15) == date(2026, 3, 11)
    # Counting Monday to Friday only would give Thu 5 March: the holidays matter.
    assert WorkCalendar(override_years=frozenset({2026})).add_workdays(date(2026, 2, 12), 15) == date(
        2026, 3, 5
    )


def test_thirty_working_days_across_national_day():
    # 2026 National Day: 1-7 Oct off; Sunday 20 Sep and Saturday 10 Oct are working days; Fri 25 Sep is the
    # Mid-Autumn Festival. From Fri 18 Sep: Sep 20 (make-up Sun), 21-24, 28-30 = 8; Oct 8, 9, 10 (make-up Sat),
    # 12-16, 19-23, 26-30 = 18; Nov 2-5 = 4 -> the 30th working day is Thu 5 Nov.
    assert CAL.is_workday(date(2026, 9, 20))
    assert not CAL.is_workday(date(2026, 9, 25))
    assert CAL.is_workday(date(2026, 10, 10))
    assert not CAL.is_workday(date(2026, 10, 5))
    due = CAL.add_workdays(date(2026, 9, 18), 30)
    assert due == date(2026, 11, 5)
    assert CAL.workdays_between(date(2026, 9, 18), due) == 30


def test_unknown_year_falls_back_to_weekdays_and_says_so():
    assert not CAL.knows(date(2031, 1, 1))
    assert CAL.is_workday(date(2031, 1, 1))  # a Wednesday: assumed, since 2031's schedule is unknown
    duty = Duty(1, "X", "battery.received", date(2026, 12, 20), 15)
    d = deadline(duty, CAL, date(2026, 12, 21), 3)
    assert d.assumed_calendar == (not CAL.knows(date(2027, 1, 1)))


def test_overrides_describe_a_new_year_and_win():
    cal = WorkCalendar.from_iso(holidays=["2031-01-01"], workdays=["2031-01-04"], years=[2031])
    assert cal.knows(date(2031, 6, 1))
    assert not cal.is_workday(date(2031, 1, 1))
    assert cal.is_workday(date(2031, 1, 4))  # a Saturday made a working day


def test_deadline_states():
    duty = Duty(1, "X", "battery.received", date(2026, 11, 2), 15)
    due = CAL.add_workdays(date(2026, 11, 2), 15)
    assert deadline(duty, CAL, date(2026, 11, 3), 3).state is DeadlineState.DUE
    assert deadline(duty, CAL, due, 3).state is DeadlineState.AT_RISK
    late = deadline(duty, CAL, date(2026, 12, 31), 3)
    assert late.state is DeadlineState.OVERDUE and late.workdays_left < 0
    reported = Duty(1, "X", "battery.received", date(2026, 11, 2), 15, reported=True)
    assert deadline(reported, CAL, date(2026, 12, 31), 3).state is DeadlineState.REPORTED


def test_direct_lookup_agrees_with_the_library_every_day_it_knows():
    day = date(2004, 1, 1)
    while day.year <= 2026:
        assert CAL.is_workday(day) == chinese_calendar.is_workday(day), day
        day = date.fromordinal(day.toordinal() + 1)
