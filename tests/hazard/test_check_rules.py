"""The hazard check judges the fill and date rules again on what is on record, whatever a correction did; the
operations refuse records dated out of order."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from station.hazard.report import check_hazard
from station.operations.corrections import correct
from station.operations.errors import OperationError
from station.store.store import Store
from tests.conftest import ACTOR
from tests.hazard.conftest import DAY, fill_, open_, seal_, transfer_

LATER = DAY + timedelta(days=7)


def errors(site: Store, today: date = LATER) -> dict[str, dict]:
    report = check_hazard(site.db, site.ruleset(), today)
    return {f.code: dict(f.params) for f in report.findings if f.severity == "error"}


def test_a_clean_history_has_no_errors(site: Store):
    drum = open_(site)
    fill_(site, drum, 5)
    seal_(site, drum)
    assert errors(site) == {}


def test_a_seal_dated_before_the_last_fill_is_refused(site: Store):
    drum = open_(site)
    fill_(site, drum, 5, day=DAY + timedelta(days=3))
    with pytest.raises(OperationError) as caught:
        seal_(site, drum, day=DAY + timedelta(days=1))
    assert caught.value.reason == "date_before_last_fill"
    assert caught.value.params == {"date": "2026-03-03", "last_fill_on": "2026-03-05"}
    seal_(site, drum, day=DAY + timedelta(days=3))  # the same day is fine


def test_a_transfer_dated_before_the_seal_is_refused(site: Store):
    drum = open_(site)
    fill_(site, drum, 5)
    seal_(site, drum, day=DAY + timedelta(days=2))
    with pytest.raises(OperationError) as caught:
        transfer_(site, [drum], 5, day=DAY + timedelta(days=1))
    assert caught.value.reason == "date_before_seal"
    assert caught.value.params["sealed_on"] == "2026-03-04"
    transfer_(site, [drum], 5, day=DAY + timedelta(days=2))


def test_amendments_that_break_the_fill_rules_are_named_by_the_check(site: Store):
    # Electrolyte and coolant share a waste code but never a container; the drum holds 10 kg.
    drum = open_(site, "900-404-06", container_type="plastic_drum_60l", capacity_kg=10)
    electrolyte = fill_(site, drum, 4, fraction="electrolyte")
    coolant_drum = open_(site, "900-404-06", container_type="plastic_drum_60l", capacity_kg=10)
    coolant = fill_(site, coolant_drum, 3, fraction="coolant")
    moved = dict(coolant.payload) | {"id_code": drum}
    correct(site, ACTOR, coolant.id, "it went into the electrolyte drum", moved)
    correct(site, ACTOR, electrolyte.id, "weighed with the trolley", dict(electrolyte.payload) | {"mass_g": 9000})
    found = errors(site)
    assert found["container_wastes_incompatible"] == {"container": drum, "groups": ["aqueous+water_reactive"]}
    assert found["container_over_capacity"] == {"container": drum, "filled_g": 12_000, "capacity_g": 10_000}
    correct(site, ACTOR, coolant.id, "sign typed wrong", moved | {"mass_g": -3000})
    assert errors(site)["fill_not_positive"] == {"container": drum, "mass_g": -3000}


def test_dates_amended_out_of_order_are_named_by_the_check(site: Store):
    drum = open_(site)
    fill_(site, drum, 5)
    sealed = seal_(site, drum, day=DAY + timedelta(days=2))
    sent = transfer_(site, [drum], 5, day=DAY + timedelta(days=4))
    correct(site, ACTOR, sent.id, "date typed wrong", dict(sent.payload) | {"on": DAY.isoformat()})
    found = errors(site)
    assert found["handed_out_before_seal"] == {
        "container": drum,
        "sealed_on": "2026-03-04",
        "handed_out_on": "2026-03-02",
    }
    correct(site, ACTOR, sealed.id, "date typed wrong", dict(sealed.payload) | {"on": "2026-03-01"})
    assert errors(site)["sealed_before_fill"] == {
        "container": drum,
        "sealed_on": "2026-03-01",
        "last_fill_on": "2026-03-02",
    }
