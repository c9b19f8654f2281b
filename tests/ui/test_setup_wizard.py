"""The first-run set-up wizard against a real store and a settings file: filled and finished, refused, and run
without (or with an unreachable) central server."""

from __future__ import annotations

import json
import re
import socket
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QWizard

from station import operators as ops
from station.settings import Settings
from station.store.store import Store
from station.sync import state
from tests.conftest import ACTOR
from ui.setup_wizard import SetupWizard, needs_setup
from ui.tasks import TaskRunner

SITE_USCC = "91350100M000100Y43"


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(tmp_path / "bench.settings.json")


@pytest.fixture
def tasks():
    runner = TaskRunner()
    yield runner
    runner.wait()


def wizard_for(qtbot, store: Store, settings: Settings, tasks: TaskRunner, actor: str = ACTOR) -> SetupWizard:
    wizard = SetupWizard(store, settings, tasks, lambda: actor)
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def fill_site(wizard: SetupWizard, qtbot, uscc: str = SITE_USCC) -> None:
    site = wizard.site
    site.name.setText("演示拆解站")  # QTest types Latin-1 only
    site.address.setText("福州市仓山区某某路 1 号")
    qtbot.keyClicks(site.uscc, uscc.lower())
    site.add_licence("hazardous_waste", "FJ-HW-3501-0042")
    site.add_licence("whitelist", " 工信部白名单  第三批 ")
    site.role.setCurrentIndex(site.role.findData("dismantler"))


def finish(wizard: SetupWizard, qtbot) -> None:
    wizard.button(QWizard.WizardButton.FinishButton).click()
    qtbot.waitUntil(lambda: wizard.result() == QDialog.DialogCode.Accepted, timeout=10000)


def dead_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_a_new_station_needs_setting_up(store: Store):
    assert needs_setup(store)


def test_filled_and_finished_the_site_and_the_devices_are_saved(qtbot, store: Store, settings: Settings, tasks):
    wizard = wizard_for(qtbot, store, settings, tasks)
    assert wizard.currentPage() is wizard.steps[0]
    fill_site(wizard, qtbot)
    assert wizard.site.uscc_status.text() == "Valid credit code."
    assert "15 working day" in wizard.site.role_explained.text()
    wizard.next()
    assert wizard.currentPage() is wizard.steps[1]
    assert wizard.station.station_id.text() == "ST0001" and wizard.station.station_id.isReadOnly()
    wizard.next()
    devices = wizard.devices
    devices.camera.setEditText("demo")
    devices.scanner_port.setEditText("/dev/ttyACM0")
    devices.scanner_baud.setEditText("115200")
    devices.scale_port.setEditText("/dev/ttyUSB0")
    devices.scale_protocol.setCurrentIndex(devices.scale_protocol.findData("sics"))
    devices.certificate_printer.setEditText("qt://Office%20A4")
    devices.label_printer.setEditText("socket://192.0.2.7:9100?status=1")
    before = store.event_count()
    finish(wizard, qtbot)

    config = store.config()
    assert config["site_name"] == "演示拆解站"
    assert config["site_address"] == "福州市仓山区某某路 1 号"
    assert config["site_uscc"] == SITE_USCC
    assert config["role"] == "dismantler"
    assert config["licences"] == [
        {"kind": "hazardous_waste", "number": "FJ-HW-3501-0042"},
        {"kind": "whitelist", "number": "工信部白名单 第三批"},
    ]
    assert store.event_count() == before + 1
    saved = json.loads(settings.path.read_text(encoding="utf-8"))
    assert saved == {
        "camera.source": "demo",
        "scanner.serial.port": "/dev/ttyACM0",
        "scanner.serial.baudrate": 115200,
        "scale.port": "/dev/ttyUSB0",
        "scale.protocol": "sics",
        "printer.certificate": "qt://Office%20A4",
        "printer.label": "socket://192.0.2.7:9100?status=1",
    }
    assert wizard.saved.settings == tuple(sorted(saved))
    assert not needs_setup(store)


def test_an_invalid_credit_code_blocks_next_with_the_worded_reason(qtbot, store: Store, settings, tasks):
    wizard = wizard_for(qtbot, store, settings, tasks)
    fill_site(wizard, qtbot, uscc=SITE_USCC[:-1] + "4")
    words = "The credit code's check character is wrong: check for a typo."
    assert wizard.site.uscc_status.text() == words  # said while typing
    wizard.next()
    assert wizard.currentPage() is wizard.steps[0]
    assert wizard.site.problems.isVisible() and wizard.site.problems.text() == words
    wizard.site.uscc.setText(SITE_USCC)
    wizard.next()
    assert wizard.currentPage() is wizard.steps[1]


def test_a_missing_name_credit_code_and_licence_number_are_each_said(qtbot, store: Store, settings, tasks):
    wizard = wizard_for(qtbot, store, settings, tasks)
    wizard.site.add_licence("other", "  ")
    wizard.next()
    assert wizard.currentPage() is wizard.steps[0]
    assert wizard.site.problems.text().splitlines() == [
        "Enter the site's name.",
        "Enter the site's unified social credit code.",
        "Licence 1: enter its number.",
    ]


def test_enrolment_against_a_dead_server_is_worded_and_the_wizard_finishes_without_one(
    qtbot, store: Store, settings, tasks
):
    wizard = wizard_for(qtbot, store, settings, tasks)
    fill_site(wizard, qtbot)
    wizard.next()
    station = wizard.station
    assert station.enrol_status.text().startswith("Not enrolled: the station works fully without a server")
    station.enrol_button.click()  # nothing filled in yet
    assert station.enrol_status.text() == (
        "The server address must start with https:// (or http://) and name a host. "
        "Enter the enrolment code from the server's operator."
    )
    url = f"http://127.0.0.1:{dead_port()}"
    station.server_url.setText(url)
    qtbot.keyClicks(station.enrolment_code, "ABCD-EFGH-JKLM")
    qtbot.keyClick(station.enrolment_code, Qt.Key.Key_Return)
    assert not station.enrol_button.isEnabled()
    qtbot.waitUntil(lambda: station.enrol_button.isEnabled(), timeout=15000)
    assert station.enrol_status.text() == (
        f"The central server at {url} cannot be reached. Check the address and the network, or go on without a "
        "server and enrol later in Settings."
    )
    wizard.next()
    finish(wizard, qtbot)
    assert store.config()["site_uscc"] == SITE_USCC
    assert state.get(store.db, state.SERVER) is None and state.load_token(store.path) is None


def test_an_operator_who_may_not_configure_is_refused_and_nothing_is_saved(qtbot, store: Store, settings, tasks):
    admin = ops.add_operator(store, ACTOR, "Wang Fang", "administrator", "2580")
    tech = ops.add_operator(store, admin.actor, "Li Lei", "technician", "7391")
    wizard = wizard_for(qtbot, store, settings, tasks, actor=tech.actor)
    fill_site(wizard, qtbot)
    wizard.next()
    assert "cannot be changed" in wizard.station.station_hint.text()  # the store has records of its own now
    wizard.next()
    wizard.devices.camera.setEditText("demo")
    before = store.event_count()
    wizard.button(QWizard.WizardButton.FinishButton).click()
    qtbot.waitUntil(lambda: wizard.devices.problems.isVisible(), timeout=10000)
    assert wizard.devices.problems.text() == (
        "You may not change the station's set-up: it takes the role “administrator” or higher. "
        "Ask someone with it to log in."
    )
    assert wizard.isVisible() and wizard.result() != QDialog.DialogCode.Accepted
    assert store.event_count() == before and not settings.path.exists()
    assert wizard.button(QWizard.WizardButton.FinishButton).isEnabled()


def test_a_malformed_printer_address_blocks_finish(qtbot, store: Store, settings, tasks):
    wizard = wizard_for(qtbot, store, settings, tasks)
    fill_site(wizard, qtbot)
    wizard.next()
    wizard.next()
    wizard.devices.label_printer.setEditText("zebra at the door")
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert wizard.devices.problems.text() == (
        "“zebra at the door” is not a printer address: use qt://NAME, cups://QUEUE or socket://HOST:9100."
    )
    assert wizard.result() != QDialog.DialogCode.Accepted and not settings.path.exists()


def test_every_field_has_a_label_that_focuses_it(qtbot, store: Store, settings, tasks):
    wizard = wizard_for(qtbot, store, settings, tasks)
    for page in wizard.form.pages:
        labels = [label for label in page.findChildren(QLabel) if "&" in label.text()]
        assert labels and all(label.buddy() is not None for label in labels), type(page).__name__
    assert wizard.width() <= 1366 and wizard.height() <= 768


def test_the_pages_codes_and_the_servers_enrolment_refusals_are_registered_and_worded():
    from station.sync.reasons import SYNC_REASONS
    from ui.reasons import TEXTS

    root = Path(__file__).resolve().parents[2]
    own = set(re.findall(r"error\(\"([a-z_]+)\"", (root / "ui" / "setup_pages.py").read_text(encoding="utf-8")))
    assert own == {"server_url_invalid", "enrolment_code_missing", "printer_address_invalid"}
    assert own <= set(TEXTS)
    server = (root / "server" / "auth.py").read_text(encoding="utf-8")
    refusals = set(re.findall(r"AuthError\(\"(enrolment_[a-z_]+|station_already_enrolled)\"", server))
    assert refusals and refusals <= set(SYNC_REASONS)
