"""A configured site (credit code set), packs on record, and short helpers for containers."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from station.operations.hazard_containers import FillRequest, fill, open_container, seal
from station.operations.hazard_transfers import Carrier, TransferOrder, transfer_out
from station.operations.intake import IntakeForm, receive
from station.operations.outbound import Receiver
from station.operations.reference import configure_station
from station.store.store import Store
from tests.conftest import ACTOR, make_code

SITE_USCC = "91350100M000100Y43"
DAY = date(2026, 3, 2)
RECEIVER = Receiver("某某环保科技有限公司", "91350100M000100Y43", "闽危废经第3501号")
CARRIER = Carrier("某某危险品运输有限公司", "闽A·D1234", "张师傅")


@pytest.fixture
def site(db_path: Path) -> Iterator[Store]:
    store = Store.open(db_path, station_id="ST0001")
    configure_station(store, ACTOR, role="dismantler", site_name="演示拆解站", site_uscc=SITE_USCC)
    yield store
    store.close()


@pytest.fixture
def pack(site: Store) -> str:
    code = make_code("P", serial=101)
    assert receive(site, ACTOR, IntakeForm(code), DAY).received
    return code


def open_(store: Store, waste: str = "900-045-49", day: date = DAY, **kw) -> str:
    kw.setdefault("location", "HW-STORE-1")
    return open_container(store, ACTOR, waste, today=day, **kw).code.text


def fill_(store: Store, container: str, kg: float | str, fraction: str = "bms_boards", day: date = DAY, **kw):
    return fill(store, ACTOR, FillRequest(container, fraction, kg, **kw), day)


def seal_(store: Store, container: str, day: date = DAY, **kw):
    return seal(store, ACTOR, container, today=day, **kw)


def transfer_(
    store: Store,
    containers: list[str],
    kg: float | str,
    manifest: str = "202603020001",
    day: date = DAY,
    receiver: Receiver = RECEIVER,
    carrier: Carrier = CARRIER,
):
    return transfer_out(store, ACTOR, TransferOrder(manifest, receiver, carrier, containers, kg), day)
