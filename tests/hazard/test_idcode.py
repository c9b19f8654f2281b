"""HJ 1276 identification codes: built at opening, validated segment by segment, never issued twice."""

from __future__ import annotations

from datetime import date

import pytest

from station.hazard.idcode import CODE_LENGTH, container_code, parse_container_code, validate_container_code
from station.operations.corrections import correct
from station.operations.errors import OperationError
from station.store.store import Store
from tests.conftest import ACTOR
from tests.hazard.conftest import DAY, SITE_USCC, open_

GOOD = f"{SITE_USCC}90004549" + "20260302" + "007"


def codes(findings) -> set[str]:
    return {f.code for f in findings}


def test_a_code_has_four_segments_and_37_characters():
    code = container_code(SITE_USCC, "900-045-49", date(2026, 3, 2), 7)
    assert code.text == GOOD and len(code.text) == CODE_LENGTH == 37
    parsed, findings = parse_container_code(GOOD)
    assert findings == [] and parsed == code
    assert parsed.waste_code == "900-045-49" and parsed.prefix == GOOD[:-3]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (GOOD[:-1], "container_code_wrong_length"),
        (GOOD + "1", "container_code_wrong_length"),
        ("", "container_code_wrong_length"),
        ("91350100M000100Y44" + GOOD[18:], "container_code_uscc_invalid"),  # check character
        ("91350100M0001O0Y43" + GOOD[18:], "container_code_uscc_invalid"),  # letter O
        (GOOD[:18] + "90004500" + GOOD[26:], "container_code_waste_invalid"),  # category HW00
        (GOOD[:18] + "90004551" + GOOD[26:], "container_code_waste_invalid"),  # HW51 does not exist
        (GOOD[:18] + "9000454A" + GOOD[26:], "container_code_waste_invalid"),
        (GOOD[:26] + "20260230" + GOOD[34:], "container_code_date_invalid"),
        (GOOD[:26] + "2026-3-2" + GOOD[34:], "container_code_date_invalid"),
        (GOOD[:34] + "000", "container_code_sequence_invalid"),
        (GOOD[:34] + "0x1", "container_code_sequence_invalid"),
    ],
)
def test_each_bad_segment_is_named(text: str, expected: str):
    found = validate_container_code(text)
    assert codes(found) == {expected}
    assert parse_container_code(text) == (None, found)


def test_segment_findings_add_up():
    text = "91350100M000100Y44" + "9000455X" + "20261332" + "000"
    assert codes(validate_container_code(text)) == {
        "container_code_uscc_invalid",
        "container_code_waste_invalid",
        "container_code_date_invalid",
        "container_code_sequence_invalid",
    }


def test_building_a_code_from_bad_parts_raises():
    with pytest.raises(ValueError):
        container_code(SITE_USCC, "900-045-49", DAY, 1000)


def test_sequences_count_per_waste_and_day(site: Store):
    first, second = open_(site), open_(site)
    other_waste = open_(site, "900-041-49")
    next_day = open_(site, day=date(2026, 3, 3))
    assert [first[-3:], second[-3:], other_waste[-3:], next_day[-3:]] == ["001", "002", "001", "001"]
    assert first[:18] == SITE_USCC and first[18:26] == "90004549" and first[26:34] == "20260302"
    assert other_waste[18:26] == "90004149"


def test_a_voided_openings_code_is_never_issued_again(site: Store):
    first = open_(site)
    event_id = site.db.execute_sql("SELECT id FROM event WHERE type = 'hazard.container_opened'").fetchone()[0]
    correct(site, ACTOR, event_id, "opened by mistake, label already printed")
    assert site.db.execute_sql("SELECT COUNT(*) FROM hazard_container").fetchone()[0] == 0
    assert open_(site)[-3:] == "002" and first[-3:] == "001"


def test_the_thousandth_container_of_a_day_is_refused(site: Store):
    # One projected row stands for 999 openings of the day (recording them would take seconds).
    site.db.execute_sql(
        "INSERT INTO hazard_container(seq, id_code, waste_code, category, waste_name, hazards, form, container_type, "
        "volume_l, capacity_g, location, opened_on) VALUES (999999, ?, '900-045-49', 'HW49', 'x', 'T', 'solid', "
        "'steel_drum_200l', 200, 1000, 'HW', '2026-03-02')",
        (GOOD[:-3] + "999",),
    )
    with pytest.raises(OperationError) as refused:
        open_(site)
    assert refused.value.reason == "container_sequence_exhausted"


def test_opening_needs_the_sites_credit_code(store: Store):
    with pytest.raises(OperationError) as refused:
        open_(store)
    assert refused.value.reason == "site_uscc_missing"
