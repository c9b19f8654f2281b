"""A day's certificates issued at once: each pack its own certificate and PDF, a blocked pack reported and the
others issued, progress after each, a stop between packs leaving the rest for the next run."""

from __future__ import annotations

from pathlib import Path

from station.documents.certificate.batch import issue_day, packs_to_certify
from station.documents.certificate.issuing import IssueRequest, records
from station.documents.certificate.verify import verify_pdf
from station.operations.dismantling import finish_dismantling
from station.operations.hazard_checklist import record_check
from station.store.localtime import today as local_today
from station.store.store import Store
from tests.cli.test_cli import cli
from tests.conftest import ACTOR
from tests.documents.certificates import CHECKS, identity
from tests.documents.test_issuing import REQUEST
from tests.operations.scenario import run_day

TEMPLATE = IssueRequest("", issuer=REQUEST, verify_url="https://trace.example.cn/verify")


def a_day(store: Store) -> tuple[str, str, str]:
    """Three packs dismantled today: the first and third with their checklists, the second without."""
    day = local_today()
    first, second, third = run_day(store, day)["packs"]  # the scenario dismantles the first
    finish_dismantling(store, ACTOR, second, expected_children=2)
    finish_dismantling(store, ACTOR, third, expected_children=2)
    for pack in (first, third):
        for item, values in CHECKS.items():
            record_check(store, ACTOR, pack, item, values, day)
    return first, second, third


def test_a_day_is_issued_pack_by_pack_with_progress(store: Store, tmp_path: Path):
    first, second, third = a_day(store)
    assert packs_to_certify(store, local_today()) == [first, second, third]
    seen = []
    result = issue_day(
        store,
        ACTOR,
        identity(store),
        local_today(),
        TEMPLATE,
        tmp_path / "out",
        progress=lambda done, total, r: seen.append((done, total, r.pack, bool(r.number))),
    )
    assert seen == [(1, 3, first, True), (2, 3, second, False), (3, 3, third, True)]
    assert not result.cancelled
    assert [r.pack for r in result.issued] == [first, third]
    (blocked,) = result.refused
    assert blocked.reason == "certificate_blocked" and blocked.params["findings"]
    for issued in result.issued:
        assert issued.file == tmp_path / "out" / f"{issued.number}.pdf"
        check = verify_pdf(issued.file.read_bytes(), *_keys(store))
        assert check.ok and check.findings == ()
    assert not list((tmp_path / "out").glob("*.part"))
    # Issued packs are done: the next run has only the blocked one left.
    assert packs_to_certify(store, local_today()) == [second]


def test_a_stop_between_packs_keeps_what_was_issued_and_the_next_run_does_the_rest(store: Store, tmp_path: Path):
    first, _, third = a_day(store)
    asked = []

    def cancel_after_first() -> bool:
        asked.append(True)
        return len(asked) > 1

    stopped = issue_day(store, ACTOR, identity(store), local_today(), TEMPLATE, tmp_path, cancelled=cancel_after_first)
    assert stopped.cancelled and [r.pack for r in stopped.issued] == [first]
    again = issue_day(store, ACTOR, identity(store), local_today(), TEMPLATE, tmp_path)
    assert [r.pack for r in again.issued] == [third]
    assert len(records(store, pack=first)) == 1  # never issued twice


def test_the_command_line_batch(db_path: Path, tmp_path: Path):
    store = Store.open(db_path)
    a_day(store)
    store.close()
    out = tmp_path / "day"
    done = cli(db_path, "certificate", "batch", "--date", local_today().isoformat(), str(out), "--verify-url", "")
    assert done.returncode == 1, done.stderr.decode()  # one pack refused: not all done
    lines = done.stdout.decode().splitlines()
    assert lines[0].startswith("[1/3]") and "certificate_blocked" in lines[1] and lines[2].startswith("[3/3]")
    assert lines[-1] == "2 issued, 1 refused"
    assert len(list(out.glob("*.pdf"))) == 2
    assert cli(db_path, "certificate", "batch", "--date", "2026-02-30", str(out)).returncode == 2


def _keys(store: Store):
    from station.documents.certificate.issuing import StoreRecords, own_keys

    return own_keys(store, identity(store)), StoreRecords(store)
