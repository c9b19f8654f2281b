"""The site's calendar day of an instant. China keeps one time zone, UTC+8, with no daylight saving."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

CHINA = timezone(timedelta(hours=8), "CST")


def local_date(wall_time_iso: str) -> date:
    instant = datetime.fromisoformat(wall_time_iso)
    if instant.tzinfo is None:
        instant = instant.replace(tzinfo=UTC)
    return instant.astimezone(CHINA).date()


def today() -> date:
    return datetime.now(CHINA).date()
