"""The other stations' history at intake: a pack finished elsewhere is refused, an unanswered lookup makes the
intake provisional, and without a remote provider intake asks nobody."""

from __future__ import annotations

from datetime import date

from station.operations.intake import IntakeForm, receive
from station.rules.verdict import Outcome, RemoteView, Sighting
from station.store.store import Store
from tests.conftest import ACTOR, make_code


class Answers:
    """A ``RemoteHistory`` with a fixed answer, counting the codes it was asked about."""

    def __init__(self, view: RemoteView) -> None:
        self.view = view
        self.asked: list[str] = []

    def lookup(self, code: str) -> RemoteView:
        self.asked.append(code)
        return self.view


def findings(result) -> dict[str, dict]:
    return {f.code: dict(f.params) for f in result.verdict.findings}


def test_a_pack_dismantled_elsewhere_is_refused(store: Store, today: date):
    pack = make_code("P", 1)
    remote = Answers(RemoteView(True, (Sighting("STB", "dismantled", "2026-11-20T08:00:00+00:00"),)))
    result = receive(store, ACTOR, IntakeForm(pack), today, remote=remote)
    assert not result.received and result.verdict.outcome is Outcome.REJECT
    assert findings(result)["dismantled_elsewhere"] == {
        "station": "STB",
        "status": "dismantled",
        "at": "2026-11-20T08:00:00+00:00",
    }
    assert result.event.type == "scan.refused" and remote.asked == [pack]


def test_the_latest_sighting_is_named(store: Store, today: date):
    sightings = (
        Sighting("STB", "dismantled", "2026-11-01T08:00:00Z"),
        Sighting("STC", "certified", "2026-11-02T08:00:00Z"),
    )
    result = receive(store, ACTOR, IntakeForm(make_code("P", 2)), today, remote=Answers(RemoteView(True, sightings)))
    assert findings(result)["dismantled_elsewhere"]["station"] == "STC"
    assert [f.code for f in result.verdict.findings].count("dismantled_elsewhere") == 1


def test_an_unanswered_lookup_makes_the_intake_provisional(store: Store, today: date):
    result = receive(store, ACTOR, IntakeForm(make_code("P", 3)), today, remote=Answers(RemoteView(False)))
    assert result.received and result.verdict.outcome is Outcome.ACCEPT
    assert "history_unavailable" in findings(result)
    recorded = [f["code"] for f in result.event.payload["verdict"]["findings"]]
    assert "history_unavailable" in recorded  # the flag is kept in the intake's own record


def test_nothing_elsewhere_changes_nothing(store: Store, today: date):
    result = receive(store, ACTOR, IntakeForm(make_code("P", 4)), today, remote=Answers(RemoteView(True)))
    assert result.received and not result.verdict.findings


def test_no_lookup_when_the_local_verdict_already_refuses_or_no_provider(store: Store, today: date):
    pack = make_code("P", 5)
    assert receive(store, ACTOR, IntakeForm(pack), today).received  # no provider: no lookup, no finding
    remote = Answers(RemoteView(False))
    again = receive(store, ACTOR, IntakeForm(pack), today, remote=remote)
    assert not again.received and "duplicate_intake" in findings(again)
    assert remote.asked == []  # refused locally: the network is not asked
    bad = receive(store, ACTOR, IntakeForm("NOT-A-CODE"), today, remote=remote)
    assert not bad.received and remote.asked == []
