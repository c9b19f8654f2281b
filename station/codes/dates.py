"""The three production-date characters of a GB/T 34014 code.

One 30-symbol alphabet (the VIN year alphabet: no I, O, Q, U, Z) serves year, month and day. Years run
2011 = '1' ... 2040 = 'Y' and then repeat every 30 years, so a year character names a whole series of
years; the reading is the most recent one that makes a real date not after ``today``. ``today`` is always
passed in: a decode must not depend on when a test or a replay happens to run.
"""

from __future__ import annotations

from datetime import date

from station.findings import Finding, error

DATE_ALPHABET = "123456789ABCDEFGHJKLMNPRSTVWXY"
FIRST_YEAR = 2011
CYCLE = len(DATE_ALPHABET)

_YEAR_INDEX = {ch: i for i, ch in enumerate(DATE_ALPHABET)}
_MONTHS = {ch: i + 1 for i, ch in enumerate(DATE_ALPHABET[:12])}
# '0' is the odd one out: it means the 31st because the alphabet has only 30 symbols.
_DAYS = {**{ch: i + 1 for i, ch in enumerate(DATE_ALPHABET)}, "0": 31}
# February allows 29 here: whether the 29th exists depends on the year, which is decided later.
_MAX_DAY = {1: 31, 2: 29, 3: 31, 4: 30, 5: 31, 6: 30, 7: 31, 8: 31, 9: 30, 10: 31, 11: 30, 12: 31}


def encode_date(d: date) -> str:
    """The three date characters for ``d``; dates before 2011 have no encoding."""
    if d.year < FIRST_YEAR:
        raise ValueError(f"GB/T 34014 dates start in {FIRST_YEAR}: {d.isoformat()}")
    day = "0" if d.day == 31 else DATE_ALPHABET[d.day - 1]
    return DATE_ALPHABET[(d.year - FIRST_YEAR) % CYCLE] + DATE_ALPHABET[d.month - 1] + day


def decode_date(chars: str, today: date) -> tuple[date | None, list[Finding]]:
    """Read three date characters; positions in findings are 1-3 (within ``chars``)."""
    return decode_date_at(chars, today, first_position=1)


def decode_date_at(chars: str, today: date, first_position: int) -> tuple[date | None, list[Finding]]:
    """Like :func:`decode_date`, with positions counted from ``first_position`` (the place in a code)."""
    if len(chars) != 3:
        return None, [error("date_wrong_length", length=len(chars))]
    y_ch, m_ch, d_ch = chars
    findings: list[Finding] = []
    if y_ch not in _YEAR_INDEX:
        findings.append(error("date_year_bad_char", position=first_position, char=y_ch))
    if m_ch not in _MONTHS:
        findings.append(error("date_month_bad_char", position=first_position + 1, char=m_ch))
    if d_ch not in _DAYS:
        findings.append(error("date_day_bad_char", position=first_position + 2, char=d_ch))
    if findings:
        return None, findings
    first_year = FIRST_YEAR + _YEAR_INDEX[y_ch]
    month, day = _MONTHS[m_ch], _DAYS[d_ch]
    if day > _MAX_DAY[month]:
        # Apr 31, Feb 30 ...: no year can make this a date, so naming a year would only mislead.
        return None, [error("date_impossible", month=month, day=day)]
    return _resolve(first_year, month, day, today)


def _resolve(first_year: int, month: int, day: int, today: date) -> tuple[date | None, list[Finding]]:
    if first_year > today.year:
        if today.year < FIRST_YEAR:
            # Only a station clock set before 2011 gets here: no code can carry a date before then.
            return None, [error("date_before_2011", year=first_year - CYCLE, future_year=first_year)]
        # The wrap rule would read it 30 years back, before codes existed; what the label says is a year to come,
        # and that is what the technician must be told.
        literal = _real_date(first_year, month, day)
        if literal is None:
            return None, [error("date_impossible", year=first_year, month=month, day=day)]
        return None, [error("date_in_future", date=literal.isoformat(), today=today.isoformat())]
    newest = first_year + CYCLE * ((today.year - first_year) // CYCLE)
    for year in range(newest, FIRST_YEAR - 1, -CYCLE):
        candidate = _real_date(year, month, day)
        if candidate is not None and candidate <= today:
            return candidate, []
    literal = _real_date(newest, month, day)
    if literal is None:
        return None, [error("date_impossible", year=newest, month=month, day=day)]
    return None, [error("date_in_future", date=literal.isoformat(), today=today.isoformat())]


def _real_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None
