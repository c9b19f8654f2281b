from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from station.codes import DATE_ALPHABET, encode_date

from .samples import TODAY, codes_of

LEAP_CHECK = date(2045, 6, 1)


def test_alphabet_is_the_vin_year_alphabet() -> None:
    assert len(DATE_ALPHABET) == 30
    assert len(set(DATE_ALPHABET)) == 30
    assert not set("IOQUZ0") & set(DATE_ALPHABET)
    assert DATE_ALPHABET == "123456789ABCDEFGHJKLMNPRSTVWXY"


def test_every_date_since_2011_round_trips(decode) -> None:
    d = date(2011, 1, 1)
    while d <= TODAY:
        chars = encode_date(d)
        assert decode(chars) == (d, []), chars
        d += timedelta(days=1)


@pytest.mark.parametrize("index", range(30))
def test_every_year_symbol(decode, index: int) -> None:
    symbol = DATE_ALPHABET[index]
    year = 2011 + index
    value, findings = decode(symbol + "11")
    if year <= TODAY.year:
        assert (value, findings) == (date(year, 1, 1), [])
    else:
        assert value is None
        assert codes_of(findings) == ["date_in_future"]
        assert findings[0].params == {"date": f"{year}-01-01", "today": TODAY.isoformat()}


@pytest.mark.parametrize("symbol", list(DATE_ALPHABET))
def test_every_month_symbol(decode, symbol: str) -> None:
    index = DATE_ALPHABET.index(symbol)
    value, findings = decode("A" + symbol + "1")
    if index < 12:
        assert (value, findings) == (date(2020, index + 1, 1), [])
    else:
        assert value is None
        assert codes_of(findings) == ["date_month_bad_char"]
        assert findings[0].params == {"position": 2, "char": symbol}


@pytest.mark.parametrize("symbol", ["0", *DATE_ALPHABET])
def test_every_day_symbol(decode, symbol: str) -> None:
    day = 31 if symbol == "0" else DATE_ALPHABET.index(symbol) + 1
    assert decode("A1" + symbol) == (date(2020, 1, day), [])


def test_known_readings(decode) -> None:
    assert decode("B3C")[0] == date(2021, 3, 12)
    assert decode("BC4")[0] == date(2021, 12, 4)
    assert decode("85A")[0] == date(2018, 5, 10)
    assert encode_date(date(2021, 3, 12)) == "B3C"
    assert encode_date(date(2040, 12, 31)) == "YC0"
    assert encode_date(date(2041, 1, 1)) == "111"


@pytest.mark.parametrize("bad", ["I", "O", "Q", "U", "Z", "0", "a", "-", "Ｂ"])
def test_bad_symbols_are_reported_per_position(decode, bad: str) -> None:
    assert codes_of(decode(bad + "11")[1]) == ["date_year_bad_char"]
    if bad != "0":
        assert codes_of(decode("B1" + bad)[1]) == ["date_day_bad_char"]
    _, findings = decode(bad * 3)
    expected = ["date_year_bad_char", "date_month_bad_char"] + ([] if bad == "0" else ["date_day_bad_char"])
    assert codes_of(findings) == expected
    assert [f.params["position"] for f in findings] == [1, 2, 3][: len(expected)]


@pytest.mark.parametrize(
    ("chars", "params"),
    [
        ("A2Y", {"month": 2, "day": 30}),  # Feb 30
        ("A20", {"month": 2, "day": 31}),  # Feb 31
        ("B40", {"month": 4, "day": 31}),  # Apr 31
        ("BB0", {"month": 11, "day": 31}),  # Nov 31
        ("B2X", {"year": 2021, "month": 2, "day": 29}),  # Feb 29 in a common year
        ("G2X", {"year": 2026, "month": 2, "day": 29}),
    ],
)
def test_impossible_dates(decode, chars: str, params: dict) -> None:
    value, findings = decode(chars)
    assert value is None
    assert codes_of(findings) == ["date_impossible"]
    assert findings[0].params == params


def test_leap_day_in_a_leap_year(decode) -> None:
    assert decode("A2X") == (date(2020, 2, 29), [])
    assert decode("22X") == (date(2012, 2, 29), [])


def test_today_is_not_the_future_but_tomorrow_is(decode) -> None:
    assert decode(encode_date(TODAY)) == (TODAY, [])
    value, findings = decode(encode_date(TODAY + timedelta(days=1)))
    assert value is None
    assert codes_of(findings) == ["date_in_future"]
    assert findings[0].params == {"date": "2026-11-25", "today": "2026-11-24"}


def test_later_month_of_this_year_is_in_the_future(decode) -> None:
    value, findings = decode("GC1")
    assert value is None
    assert findings[0].params["date"] == "2026-12-01"


def test_year_after_this_one_is_in_the_future_not_thirty_years_back(decode) -> None:
    value, findings = decode("H61")  # 2027 (1997 by the wrap rule, before coding began)
    assert value is None
    assert codes_of(findings) == ["date_in_future"]
    assert findings[0].params == {"date": "2027-06-01", "today": "2026-11-24"}


def test_a_station_clock_before_2011_accepts_no_date(decode) -> None:
    assert codes_of(decode("111", today=date(2010, 6, 1))[1]) == ["date_before_2011"]


def test_wrap_year_one_is_2041_when_today_is_in_2045(decode) -> None:
    assert decode("111", today=LEAP_CHECK) == (date(2041, 1, 1), [])
    assert decode("161", today=LEAP_CHECK) == (date(2041, 6, 1), [])


def test_wrap_falls_back_a_cycle_for_a_date_later_in_the_year(decode) -> None:
    # '5' is 2015 and 2045; today is 2045-06-01.
    assert decode("561", today=LEAP_CHECK) == (date(2045, 6, 1), [])
    assert decode("562", today=LEAP_CHECK) == (date(2015, 6, 2), [])
    assert decode("5C1", today=LEAP_CHECK) == (date(2015, 12, 1), [])
    assert decode("1C1", today=date(2041, 6, 1)) == (date(2011, 12, 1), [])
    assert decode("1C1", today=LEAP_CHECK) == (date(2041, 12, 1), [])
    assert decode("G61", today=LEAP_CHECK) == (date(2026, 6, 1), [])  # 2056 is still ahead


def test_wrap_falls_back_a_cycle_for_a_leap_day(decode) -> None:
    # 2042 is not a leap year, 2012 was; 2044 is a leap year.
    assert decode("22X", today=LEAP_CHECK) == (date(2012, 2, 29), [])
    assert decode("42X", today=LEAP_CHECK) == (date(2044, 2, 29), [])
    value, findings = decode("42X", today=date(2044, 2, 1))
    assert value is None
    assert codes_of(findings) == ["date_in_future"]
    assert findings[0].params["date"] == "2044-02-29"


@pytest.mark.parametrize("chars", ["", "B3", "B3C1"])
def test_wrong_length(decode, chars: str) -> None:
    value, findings = decode(chars)
    assert value is None
    assert codes_of(findings) == ["date_wrong_length"]
    assert findings[0].params == {"length": len(chars)}


def test_no_encoding_before_2011() -> None:
    with pytest.raises(ValueError):
        encode_date(date(2010, 12, 31))


@given(st.dates(min_value=date(2011, 1, 1), max_value=date(2200, 12, 31)), st.data())
def test_any_date_of_the_last_thirty_years_round_trips(decode, today: date, data: st.DataObject) -> None:
    earliest = max(date(2011, 1, 1), date(today.year - 29, 1, 1))
    d = data.draw(st.dates(min_value=earliest, max_value=today))
    assert decode(encode_date(d), today=today) == (d, [])


@given(st.text(max_size=5), st.dates(min_value=date(1990, 1, 1), max_value=date(2300, 1, 1)))
def test_decode_never_raises_and_never_returns_a_future_date(decode, chars: str, today: date) -> None:
    value, findings = decode(chars, today=today)
    assert (value is None) == bool(findings)
    if value is not None:
        assert date(2011, 1, 1) <= value <= today
        assert encode_date(value) == chars
