"""The daily report: figures from a real station's records, the PDF read back (pixels and text), the CLI."""

from __future__ import annotations

import re
import subprocess
import tempfile
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from station.documents import daily_report
from station.documents.certificate.issuing import issue
from station.documents.daily_report import DailyFigures, SiteInfo, daily_figures, render_daily_report, site_info
from station.hazard.balance import mass_balance
from station.operations.corrections import correct
from station.operations.dismantling import finish_dismantling, link_child
from station.operations.intake import IntakeForm, receive
from station.operations.outbound import hand_out
from station.operations.reference import configure_station
from station.operations.reporting import deadlines, mark_reported
from station.rules.deadlines import DeadlineState
from station.store import events as events_module
from station.store.store import Store
from tests.cli.test_cli import cli
from tests.conftest import ACTOR, make_code
from tests.documents.certificates import identity, ready_pack
from tests.documents.helpers import pdf_images, pdf_text
from tests.documents.test_issuing import request
from tests.hazard.conftest import fill_, open_, seal_, transfer_
from tests.operations.scenario import RECEIVER, SOURCE

DAY = date(2026, 3, 16)  # a Monday
SITE_NAME = "演示拆解站 <b>&</para> Demo"
GENERATED = datetime(2026, 3, 16, 10, 30, tzinfo=UTC)


class Clock:
    """The events' wall clock, set to a chosen local day (10:00 China time unless told)."""

    def __init__(self) -> None:
        self.value = datetime(2026, 1, 1, 2, tzinfo=UTC)

    def on(self, day: date, hour_utc: int = 2) -> None:
        self.value = datetime(day.year, day.month, day.day, hour_utc, tzinfo=UTC)

    def now(self) -> str:
        self.value += timedelta(microseconds=1)
        return self.value.isoformat(timespec="microseconds")


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> Clock:
    found = Clock()
    monkeypatch.setattr(events_module, "utc_now", found.now)
    return found


@pytest.fixture
def station(db_path: Path, clock: Clock) -> Iterator[Store]:
    store = Store.open(db_path, station_id="ST0001")
    build(store, clock)
    yield store
    store.close()


def pack(serial: int) -> str:
    return make_code("P", serial=serial)


def received(store: Store, serial: int, day: date) -> str:
    code = pack(serial)
    assert receive(store, ACTOR, IntakeForm(code, SOURCE, mass_kg=400.0), day).received
    return code


def build(store: Store, clock: Clock) -> None:
    """Packs received 28 days before (one never reported, one reported after the report's day, one before), 19
    days before (at risk), 15 days before (outside the window), 14 days before, 6 days before and on the day
    (including one just after local midnight, and one voided); one dismantled and two modules handed out on the
    day; three containers: sealed, open, handed out; a fill the day after."""
    clock.on(DAY - timedelta(days=40))
    configure_station(store, ACTOR, role="dismantler", site_name=SITE_NAME, site_uscc="91350100M000100Y43")
    clock.on(DAY - timedelta(days=28))
    overdue, late, on_time = (received(store, s, DAY - timedelta(days=28)) for s in (1, 2, 3))
    clock.on(DAY - timedelta(days=19))
    received(store, 4, DAY - timedelta(days=19))
    clock.on(DAY - timedelta(days=15))
    received(store, 5, DAY - timedelta(days=15))
    clock.on(DAY - timedelta(days=14))
    received(store, 6, DAY - timedelta(days=14))
    clock.on(DAY - timedelta(days=6))
    received(store, 7, DAY - timedelta(days=6))
    received(store, 8, DAY - timedelta(days=6))
    mark_reported(store, ACTOR, duty_event(store, on_time), "RECEIPT-ON-TIME")
    clock.on(DAY - timedelta(days=1), hour_utc=17)  # 01:00 on the day, China time
    first = received(store, 10, DAY)
    clock.on(DAY)
    received(store, 11, DAY)
    voided = receive(store, ACTOR, IntakeForm(pack(12), SOURCE), DAY).event
    correct(store, ACTOR, voided.id, "wrong pack scanned")
    modules = [make_code("M", serial=100 + m) for m in range(2)]
    for module in modules:
        assert link_child(store, ACTOR, first, module, DAY).linked
    finish_dismantling(store, ACTOR, first, expected_children=2)
    hand_out(store, ACTOR, modules, RECEIVER, "echelon", "OUT-1", DAY)
    sealed = open_(store, "900-045-49", day=DAY)
    fill_(store, sealed, "12.5", day=DAY, pack=first)
    seal_(store, sealed, day=DAY)
    still_open = open_(store, "900-041-49", day=DAY)
    fill_(store, still_open, "3.25", fraction="absorbents", day=DAY)
    gone = open_(store, "900-045-49", day=DAY)
    fill_(store, gone, 2, day=DAY)
    seal_(store, gone, day=DAY)
    transfer_(store, [gone], 2, day=DAY)
    clock.on(DAY + timedelta(days=1))
    fill_(store, still_open, 1, fraction="absorbents", day=DAY + timedelta(days=1))
    mark_reported(store, ACTOR, duty_event(store, late), "RECEIPT-LATE")
    assert overdue  # never reported


def duty_event(store: Store, subject: str) -> str:
    row = store.db.execute_sql(
        "SELECT e.id FROM duty d JOIN event e ON e.seq = d.event_seq WHERE d.subject = ?", (subject,)
    ).fetchone()
    return row[0]


def test_figures_count_the_day_and_the_window(station: Store):
    f = daily_figures(station, DAY)
    assert [d.day for d in f.days] == [DAY - timedelta(days=14 - i) for i in range(15)]
    assert (f.today.received, f.today.dismantled, f.today.handed_out, f.today.certified) == (2, 1, 2, 0)
    by_day = {d.day: d.received for d in f.days if d.received}
    assert by_day == {DAY - timedelta(days=14): 1, DAY - timedelta(days=6): 2, DAY: 2}
    stock = {(s.waste_code, s.on_hand_g, s.open, s.sealed) for s in f.stock}
    assert stock == {("900-045-49", 12500, 0, 1), ("900-041-49", 3250, 1, 0)}
    assert [s.category for s in f.stock] == ["HW49", "HW49"]


def test_figures_duties_as_the_rule_engine_judges_them(station: Store):
    f = daily_figures(station, DAY)
    overdue = [d for d in f.duties if d.state == DeadlineState.OVERDUE]
    at_risk = [d for d in f.duties if d.state == DeadlineState.AT_RISK]
    # reported the day after: still overdue on the day; reported before: not a duty any more
    assert sorted(d.subject for d in overdue) == [pack(1), pack(2)]
    assert [d.subject for d in at_risk] == [pack(4)]
    assert f.duties[:2] == tuple(sorted(overdue, key=lambda d: (d.due, d.subject)))
    assert (f.overdue, f.at_risk) == (2, 1)
    # packs 5, 6, 7, 8, 10 and 11 received, and one hand-out (one duty per event: the projection keeps one
    # subject per duty, the last code handed out): due later
    assert f.due == 7
    # the same judgement as `trace-station deadlines` (which knows only today's reports)
    engine = {(d.duty.subject, d.state, d.due) for d in deadlines(station, DAY) if d.state != DeadlineState.DUE}
    assert engine == {(d.subject, d.state, d.due) for d in f.duties if d.subject != pack(2)}


def test_stock_on_hand_matches_the_mass_balance_once_the_ledger_is_complete(station: Store):
    later = daily_figures(station, DAY + timedelta(days=1))
    balance = {b.waste_code: b.in_storage_g for b in mass_balance(station.db).codes if b.in_storage_g}
    assert {s.waste_code: s.on_hand_g for s in later.stock} == balance == {"900-045-49": 12500, "900-041-49": 4250}


def test_certified_packs_are_counted(store: Store, clock: Clock, today: date):
    clock.on(today)
    pack_code = ready_pack(store, today)
    issue(store, ACTOR, identity(store), request(pack_code))
    f = daily_figures(store, today)
    # run_day: three packs, a quarantined one and a corrected one received; one dismantled; two modules out
    assert (f.today.received, f.today.dismantled, f.today.handed_out, f.today.certified) == (5, 1, 2, 1)


# ---- the PDF -----------------------------------------------------------------------------------------------


def colour_page(pdf: bytes, dpi: int = 100) -> np.ndarray:
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "in.pdf"
        source.write_bytes(pdf)
        subprocess.run(["pdftoppm", "-r", str(dpi), "-png", "-f", "1", "-l", "1", str(source), f"{tmp}/p"], check=True)
        (page,) = Path(tmp).glob("p-*.png")
        return np.array(Image.open(page).convert("RGB")).astype(int)


def pixels_of(page: np.ndarray, colour, tolerance: int = 24) -> np.ndarray:
    target = np.array([round(c * 255) for c in colour.rgb()])
    return np.abs(page - target).max(axis=2) <= tolerance


def bars(page: np.ndarray, colour) -> int:
    return int(pixels_of(page, colour).sum())


def render(figures: DailyFigures, site: SiteInfo) -> bytes:
    return render_daily_report(figures, site, generated_at=GENERATED)


def test_report_draws_its_charts(station: Store):
    pdf = render(daily_figures(station, DAY), site_info(station))
    empty = colour_page(render(daily_figures(station, DAY - timedelta(days=60)), site_info(station)))
    page = colour_page(pdf)
    grey = pdf_images(pdf, dpi=100)[0]
    assert (grey < 128).mean() > 0.01  # not blank
    received, dismantled, stock = (
        bars(page, c) for c in (daily_report.RECEIVED_COLOUR, daily_report.DISMANTLED_COLOUR, daily_report.STOCK_COLOUR)
    )
    legend = bars(empty, daily_report.RECEIVED_COLOUR)  # an empty chart still has its legend
    assert legend == bars(empty, daily_report.DISMANTLED_COLOUR) and bars(empty, daily_report.STOCK_COLOUR) == 0
    assert received > legend + 100 and dismantled > legend + 20 and received > 2 * dismantled
    assert stock > 200
    # the throughput bars sit above the stock bars, the stock bars in the left part of the page
    throughput_rows = np.nonzero(pixels_of(page, daily_report.RECEIVED_COLOUR).any(axis=1))[0]
    stock_rows, stock_cols = np.nonzero(pixels_of(page, daily_report.STOCK_COLOUR))
    assert throughput_rows.max() < stock_rows.min()
    assert stock_cols.max() < page.shape[1] / 2


def test_report_text_carries_the_figures_in_both_languages(station: Store):
    text = pdf_text(render(daily_figures(station, DAY), site_info(station)))
    lines = text.splitlines()
    assert "拆解站日报" in text and "Daily report" in text
    assert SITE_NAME in text and "91350100M000100Y43" in text and "ST0001" in text
    assert "日期 Date 2026-03-16" in text and "生成时间 Generated 2026-03-16 10:30:00 (UTC)" in text
    assert "接收 Received 2 5" in lines
    assert "拆解完成 Dismantled 1 1" in lines and "移交 Handed out 2 2" in lines and "出具证明 Certified 0 0" in lines
    # code, class, name (wrapped over lines when long), kg, open and sealed containers
    assert re.search(r"^900-045-49 HW49 废电路板 12\.500 0 1$", text, re.M)
    assert re.search(r"^900-041-49 HW49 [^\d]+?\n3\.250 1 0$", text, re.M)
    assert "待报 Due 7 · 临期 At risk 1 · 逾期 Overdue 2" in text
    overdue = [line for line in lines if line.startswith("逾期 Overdue ")]
    assert len(overdue) == 2 and all("入库 Received" in line for line in overdue)
    assert any(pack(1) in line for line in overdue)
    assert any(line.startswith("临期 At risk") and pack(4) in line for line in lines)


def test_record_text_is_data_not_markup(station: Store):
    hostile = SiteInfo("<b>&</para>", "<font size=40>x</font>", "ST&<0001>")
    text = pdf_text(render(daily_figures(station, DAY), hostile))
    assert "<b>&</para>" in text and "<font size=40>x</font>" in text and "ST&<0001>" in text


def test_an_empty_station_renders(store: Store):
    f = daily_figures(store, DAY)
    assert not f.stock and not f.duties and f.due == 0 and sum(d.received for d in f.days) == 0
    pdf = render(f, site_info(store))
    text = pdf_text(pdf)
    assert "站点 Site 无 none" in text
    assert "无在库危险废物 / no hazardous waste on hand: 无 none" in text
    assert "无逾期或临期上报 / no overdue or at-risk uploads: 无 none" in text
    assert "接收 Received 0 0" in text.splitlines()
    assert (pdf_images(pdf, dpi=60)[0] < 128).mean() > 0.005


# ---- the command line ----------------------------------------------------------------------------------------


def test_cli_writes_the_report_and_refuses_a_bad_date(station: Store, db_path: Path, tmp_path: Path):
    station.close()
    out = tmp_path / "daily.pdf"
    done = cli(db_path, "report", "daily", "--date", "2026-03-16", str(out))
    assert done.returncode == 0, done.stderr.decode()
    assert b"received 2, dismantled 1" in done.stdout and b"2 overdue, 1 at risk" in done.stdout
    text = pdf_text(out.read_bytes())
    assert SITE_NAME in text and "日期 Date 2026-03-16" in text and pack(1) in text
    bad = tmp_path / "bad.pdf"
    refused = cli(db_path, "report", "daily", "--date", "2026-02-30", str(bad))
    assert refused.returncode == 2 and b"--date" in refused.stderr and not bad.exists()


def test_many_overdue_uploads_run_onto_further_pages(store: Store, clock: Clock):
    clock.on(DAY - timedelta(days=40))
    configure_station(store, ACTOR, role="dismantler", site_name="演示拆解站", site_uscc="91350100M000100Y43")
    clock.on(DAY - timedelta(days=30))
    codes = [received(store, 500 + i, DAY - timedelta(days=30)) for i in range(45)]
    f = daily_figures(store, DAY)
    assert f.overdue == 45 and [d.subject for d in f.duties] == sorted(codes)
    pdf = render(f, site_info(store))
    assert len(pdf_images(pdf, dpi=30)) == 2
    text = pdf_text(pdf)
    assert all(code in text for code in codes)
    assert text.count("状态 State") == 2  # the table's header repeats on the next page
    assert "第 2 页 Page 2" in text
