"""The scan screen on the offscreen platform, against a real temporary database."""

from __future__ import annotations

import logging
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt

from hardware.camera.reasons import CAMERA_REASONS
from hardware.printers.reasons import PRINTER_REASONS
from hardware.scale import SCALE_REASONS
from hardware.serialport import SERIAL_REASONS
from hardware.wedge.reasons import WEDGE_REASONS
from station.codes import REASONS
from station.documents.reasons import REASONS as DOCUMENT_REASONS
from station.hazard.reasons import REASONS as HAZARD_REASONS
from station.operations.intake import IntakeForm, receive
from station.operators import REASONS as OPERATOR_REASONS
from station.rules.reasons import OPERATION_REASONS, RULE_REASONS, RULESET_REASONS
from station.rules.verdict import Outcome
from station.store.store import Store
from station.sync.reasons import SYNC_REASONS
from tests.conftest import make_code
from tests.ui.people import logged_in
from ui.crash import install_logging
from ui.i18n import TRANSLATIONS_DIR as TS_DIR
from ui.i18n import Translations
from ui.main_window import MainWindow
from ui.reasons import TEXTS, describe
from ui.scan_screen import ScanScreen
from ui.tasks import TaskRunner

ROOT = Path(__file__).resolve().parents[2]


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
    core = set(REASONS) | set(RULE_REASONS) | set(OPERATION_REASONS) | set(WEDGE_REASONS) | set(SERIAL_REASONS)
    core |= set(SCALE_REASONS) | set(HAZARD_REASONS) | set(DOCUMENT_REASONS)
    core |= set(CAMERA_REASONS) | set(PRINTER_REASONS) | set(RULESET_REASONS) | set(SYNC_REASONS)
    core |= set(OPERATOR_REASONS)
    assert core == set(TEXTS)


def test_describe_fills_parameters_and_tolerates_missing_ones():
    assert describe("maker_unknown", {"maker": "9ZZ"}) == "Maker code 9ZZ is not in the maker registry."
    assert "{maker}" in describe("maker_unknown", {})
    assert describe("no_such_code") == "no_such_code"


def test_chinese_at_run_time(qtbot, store: Store):
    app = QCoreApplication.instance()
    translations = Translations(app)
    tasks = TaskRunner()
    window = MainWindow(store, tasks, translations, logged_in(store))
    qtbot.addWidget(window)
    assert translations.switch("zh_CN")
    qtbot.waitUntil(lambda: window.windowTitle() == "动力电池溯源拆解工作站")
    assert window.scan.check_button.text() == "检查"
    assert describe("high_risk_leakage") == "高风险：漏液。"
    translations.switch("en")
    qtbot.waitUntil(lambda: window.windowTitle() == "Trace Station")
    tasks.wait()


def test_log_file_records_thread_names(tmp_path):
    path = install_logging(tmp_path)
    try:
        logging.getLogger("station.test").warning("hello from the test")
        for handler in logging.getLogger().handlers:
            handler.flush()
        assert "[MainThread] station.test: hello from the test" in path.read_text(encoding="utf-8")
    finally:
        root = logging.getLogger()
        for handler in list(root.handlers):
            if getattr(handler, "baseFilename", "") == str(path):
                root.removeHandler(handler)
                handler.close()


def test_every_window_string_is_translated(tmp_path):
    """lupdate over the code into copies of the .ts files: nothing new, nothing untranslated."""
    copies = []
    for ts in TS_DIR.glob("trace_station_*.ts"):
        copies.append(tmp_path / ts.name)
        shutil.copy(ts, copies[-1])
    sources = sorted(str(p) for p in (ROOT / "ui").rglob("*.py"))
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    subprocess.run([lupdate, *sources, "-ts", *map(str, copies), "-no-obsolete"], check=True, capture_output=True)
    for copy in copies:
        for message in ET.parse(copy).getroot().iter("message"):
            translation = message.find("translation")
            forms = [] if translation is None else [f.text for f in translation.findall("numerusform")]
            text = all(forms) if forms else translation is not None and translation.text
            assert translation is not None and translation.get("type") is None and text, (
                copy.name,
                message.findtext("source"),
            )
