"""Two benches on one station database: the judgement that counts is the one made under the write lock."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from station.operations.dismantling import link_child
from station.operations.intake import IntakeForm, receive
from station.rules.verdict import RemoteView
from station.store.store import Store
from tests.conftest import ACTOR, make_code


class OtherBenchFirst:
    """A remote history whose lookup lets the other bench act first: the window between looking and writing."""

    def __init__(self, act) -> None:
        self.act = act

    def lookup(self, code: str) -> RemoteView:
        self.act(code)
        return RemoteView(reachable=True)


def test_the_same_battery_received_at_two_benches_is_recorded_once(db_path: Path, today: date):
    bench_a = Store.open(db_path, station_id="ST0001")
    bench_b = Store.open(db_path)
    code = make_code("P")
    other = OtherBenchFirst(lambda c: receive(bench_b, "bench-b", IntakeForm(c), today))
    result = receive(bench_a, "bench-a", IntakeForm(code), today, remote=other)
    assert not result.received
    assert "duplicate_intake" in {f.code for f in result.verdict.findings}
    rows = bench_a.db.execute_sql("SELECT type, actor FROM event WHERE type LIKE 'battery.%' OR type = 'scan.refused'")
    assert rows.fetchall() == [("battery.received", "bench-b"), ("scan.refused", "bench-a")]
    assert bench_a.db.execute_sql("SELECT recycling_no FROM battery").fetchall() == [("ST0001-00000003",)]
    bench_a.close()
    bench_b.close()


def test_a_module_linked_by_another_bench_meanwhile_is_refused(db_path: Path, today: date):
    store = Store.open(db_path, station_id="ST0001")
    pack_a, pack_b, module = make_code("P", serial=1), make_code("P", serial=2), make_code("M", serial=3)
    receive(store, ACTOR, IntakeForm(pack_a), today)
    receive(store, ACTOR, IntakeForm(pack_b), today)
    other = Store.open(db_path)
    # The other bench links the module between this bench's first look and its write: the first look reads the
    # rule set, and that read is where the other bench gets in.
    first_look = store.ruleset
    interleaved: list[bool] = []

    def ruleset_then_other_bench():
        rules = first_look()
        if not interleaved:
            interleaved.append(link_child(other, "bench-b", pack_b, module, today).linked)
        return rules

    store.ruleset = ruleset_then_other_bench
    result = link_child(store, "bench-a", pack_a, module, today)
    assert interleaved == [True] and not result.linked
    assert "child_linked_elsewhere" in {f.code for f in result.verdict.findings}
    store.close()
    other.close()
