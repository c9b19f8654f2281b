"""The scan screen on the offscreen platform, against a real temporary database."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, Qt

from hardware.wedge.reasons import WEDGE_REASONS
from station.codes import REASONS
from station.operations.intake import IntakeForm, receive
from station.rules.reasons import OPERATION_REASONS, RULE_REASONS
from station.rules.verdict import Outcome
from station.store.store import Store
from tests.conftest import make_code
from ui.i18n import Translations
from ui.main_window import MainWindow
from ui.reasons import TEXTS, describe
from ui.scan_screen import ScanScreen
from ui.tasks import TaskRunner


@pytest.fixture
def screen(qtbot, store: Store):
    tasks = TaskRunner()
    widget = ScanScreen(store, tasks, lambda: "operator-1")
    qtbot.addWidget(widget)
    yield widget
    tasks.wait()


def scan(qtbot, screen: ScanScreen, text: str):
    with qtbot.waitSignal(screen.judged, timeout=10000) as got:
        qtbot.keyClicks(screen.entry, text)
        qtbot.keyClick(screen.entry, Qt.Key.Key_Return)
    return got.args[0]


def test_intake_scan_is_judged_and_recorded(qtbot, screen, store):
    code = make_code("P")
    verdict = scan(qtbot, screen, code)
    assert verdict.outcome is Outcome.ACCEPT
    assert screen.banner.outcome is Outcome.ACCEPT
    row = store.db.execute_sql("SELECT status FROM battery WHERE code = ?", (code,)).fetchone()
    assert row == ("in_store",)
    actor = store.db.execute_sql("SELECT actor FROM event WHERE type = 'battery.received'").fetchone()[0]
    assert actor == "operator-1"


def test_duplicate_is_rejected_with_its_reason_shown(qtbot, screen, store):
    code = make_code("P")
    receive(store, "someone", IntakeForm(code))
    verdict = scan(qtbot, screen, code)
    assert verdict.outcome is Outcome.REJECT
    texts = [screen.findings.item(i).text() for i in range(screen.findings.count())]
    assert any("Already received" in t for t in texts)
    assert "Already received" in screen.banner.detail.text()


def test_markup_in_a_scan_is_shown_as_text(qtbot, screen):
    scan(qtbot, screen, "<b>bold</b>")
    assert screen.banner.detail.textFormat() == Qt.TextFormat.PlainText
    assert screen.banner.outcome is Outcome.REJECT


def test_look_up_records_nothing(qtbot, screen, store):
    screen.mode.setCurrentIndex(1)
    before = store.event_count()
    verdict = scan(qtbot, screen, make_code("P"))
    assert verdict.outcome is Outcome.ACCEPT
    assert store.event_count() == before


def test_every_reason_code_has_words():
    core = set(REASONS) | set(RULE_REASONS) | set(OPERATION_REASONS) | set(WEDGE_REASONS)
    assert core == set(TEXTS)


def test_describe_fills_parameters_and_tolerates_missing_ones():
    assert describe("maker_unknown", {"maker": "9ZZ"}) == "Maker code 9ZZ is not in the maker registry."
    assert "{maker}" in describe("maker_unknown", {})
    assert describe("no_such_code") == "no_such_code"


def test_chinese_at_run_time(qtbot, store: Store):
    app = QCoreApplication.instance()
    translations = Translations(app)
    tasks = TaskRunner()
    window = MainWindow(store, tasks, translations, lambda: "op")
    qtbot.addWidget(window)
    assert translations.switch("zh_CN")
    qtbot.waitUntil(lambda: window.windowTitle() == "动力电池溯源拆解工作站")
    assert window.scan.check_button.text() == "检查"
    assert describe("high_risk_leakage") == "高风险：漏液。"
    translations.switch("en")
    qtbot.waitUntil(lambda: window.windowTitle() == "Trace Station")
    tasks.wait()
