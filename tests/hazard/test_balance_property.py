"""Mass balance as a property: random sequences of openings, fills, seals, transfers and voided fills, run against
the real store and a plain model side by side.

After every step the store refuses exactly what the model refuses, every container's state and quantities match,
generated = in storage + handed out holds for every code except where a voided fill broke it, and the check names
exactly the containers the model says are out of balance. At the end the projections equal a rebuild.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

from station.hazard.balance import mass_balance
from station.hazard.queries import container_states
from station.operations.corrections import correct
from station.operations.errors import OperationError
from station.operations.hazard_containers import FillRequest, fill, open_container, seal
from station.operations.hazard_transfers import TransferOrder, transfer_out
from station.operations.reference import configure_station
from station.store.integrity import verify_projections
from station.store.store import Store
from tests.conftest import ACTOR
from tests.hazard.conftest import CARRIER, DAY, RECEIVER, SITE_USCC

WASTES = {"900-045-49": "bms_boards", "900-041-49": "absorbents"}
CAPACITY_G = 1000  # small, so that fills reach it often


@dataclass
class Box:
    code: str
    waste: str
    fills: dict[str, int] = field(default_factory=dict)  # live fill event id -> grams
    stored_g: int | None = None
    out_g: int | None = None

    @property
    def filled_g(self) -> int:
        return sum(self.fills.values())

    @property
    def status(self) -> str:
        return "handed_out" if self.out_g is not None else "sealed" if self.stored_g is not None else "open"

    @property
    def unbalanced(self) -> bool:
        return (self.stored_g is not None and self.stored_g != self.filled_g) or (
            self.out_g is not None and self.out_g != self.stored_g
        )


class HazardMachine(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.tmp = tempfile.TemporaryDirectory()
        self.store = Store.open(Path(self.tmp.name) / "s.sqlite3", station_id="ST0001")
        configure_station(self.store, ACTOR, role="dismantler", site_uscc=SITE_USCC)
        self.boxes: list[Box] = []
        self.manifests = 0

    def teardown(self) -> None:
        try:
            assert verify_projections(self.store.db) == []
        finally:
            self.store.close()
            self.tmp.cleanup()

    def _refusal(self, call, expected: str | None) -> bool:
        try:
            call()
        except OperationError as err:
            assert err.reason == expected, (err.reason, err.params, expected)
            return False
        assert expected is None, f"expected {expected}"
        return True

    @rule(waste=st.sampled_from(sorted(WASTES)))
    def open_one(self, waste: str) -> None:
        opened = open_container(self.store, ACTOR, waste, "HW-1", "plastic_drum_60l", CAPACITY_G / 1000, today=DAY)
        self.boxes.append(Box(opened.code.text, waste))

    @precondition(lambda self: self.boxes)
    @rule(data=st.data(), grams=st.integers(min_value=-2, max_value=700), aim=st.sampled_from(["any", "rest", "over"]))
    def fill_one(self, data: st.DataObject, grams: int, aim: str) -> None:
        box = data.draw(st.sampled_from(self.boxes))
        # Aim at the capacity edge often: exactly what is left, or a gram more.
        rest = CAPACITY_G - box.filled_g
        grams = {"any": grams, "rest": rest, "over": rest + 1}[aim]
        expected = (
            "container_handed_out"
            if box.status == "handed_out"
            else "container_sealed"
            if box.status == "sealed"
            else "fill_mass_not_positive"
            if grams <= 0
            else "capacity_exceeded"
            if box.filled_g + grams > CAPACITY_G
            else None
        )
        events = []
        request = FillRequest(box.code, WASTES[box.waste], grams / 1000)
        if self._refusal(lambda: events.append(fill(self.store, ACTOR, request, DAY)), expected):
            box.fills[events[0].id] = grams

    @precondition(lambda self: self.boxes)
    @rule(data=st.data())
    def seal_one(self, data: st.DataObject) -> None:
        box = data.draw(st.sampled_from(self.boxes))
        expected = {"handed_out": "container_handed_out", "sealed": "container_sealed"}.get(box.status)
        if expected is None and not box.fills:
            expected = "container_empty"
        if self._refusal(lambda: seal(self.store, ACTOR, box.code, today=DAY), expected):
            box.stored_g = box.filled_g

    @precondition(lambda self: self.boxes)
    @rule(data=st.data(), off_by=st.sampled_from([0, 0, 0, 1, -1]))
    def transfer_some(self, data: st.DataObject, off_by: int) -> None:
        chosen = data.draw(st.lists(st.sampled_from(self.boxes), min_size=1, max_size=3, unique_by=id))
        declared = sum(b.stored_g or 0 for b in chosen) + off_by
        expected = None
        for box in chosen:
            if box.status == "handed_out":
                expected = expected or "container_handed_out"
            elif box.status == "open":
                expected = expected or "container_not_sealed"
        if expected is None and len({b.waste for b in chosen}) > 1:
            expected = "manifest_mixed_codes"
        if expected is None and off_by:
            expected = "manifest_quantity_mismatch"
        self.manifests += 1
        order = TransferOrder(
            f"2026030{self.manifests:07d}", RECEIVER, CARRIER, [b.code for b in chosen], declared / 1000
        )
        if self._refusal(lambda: transfer_out(self.store, ACTOR, order, DAY), expected):
            for box in chosen:
                box.out_g = box.stored_g

    @precondition(lambda self: any(b.fills for b in self.boxes))
    @rule(data=st.data())
    def void_a_fill(self, data: st.DataObject) -> None:
        box = data.draw(st.sampled_from([b for b in self.boxes if b.fills]))
        event_id = data.draw(st.sampled_from(sorted(box.fills)))
        correct(self.store, ACTOR, event_id, "entered by mistake")
        del box.fills[event_id]

    @invariant()
    def states_match_the_model(self) -> None:
        found = {s.id_code: s for s in container_states(self.store.db)}
        assert set(found) == {b.code for b in self.boxes}
        for box in self.boxes:
            state = found[box.code]
            assert (state.status, state.filled_g, state.stored_in_g, state.handed_out_g) == (
                box.status,
                box.filled_g,
                box.stored_g,
                box.out_g,
            )

    @invariant()
    def the_balance_names_exactly_the_broken_containers(self) -> None:
        balance = mass_balance(self.store.db)
        named = {f.params["container"] for f in balance.findings if f.code == "mass_balance_container"}
        assert named == {b.code for b in self.boxes if b.unbalanced}
        for code in balance.codes:
            boxes = [b for b in self.boxes if b.waste == code.waste_code]
            assert code.generated_g == sum(b.filled_g for b in boxes)
            assert code.handed_out_g == sum(b.out_g or 0 for b in boxes)
            if not any(b.unbalanced for b in boxes):
                assert code.difference_g == 0  # generated = in storage + handed out
            else:
                assert {f.params["waste_code"] for f in balance.findings if f.code == "mass_balance_code"} >= (
                    {code.waste_code} if code.difference_g else set()
                )
        assert not [f for f in balance.findings if f.code not in ("mass_balance_container", "mass_balance_code")]


HazardMachine.TestCase.settings = settings(
    max_examples=30,
    stateful_step_count=30,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
TestHazardBalance = HazardMachine.TestCase
