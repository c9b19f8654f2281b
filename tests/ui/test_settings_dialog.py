"""The Settings dialog: the set-up pages in tabs, loaded with what is in force, saved the wizard's way."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog

from station.operations.reference import configure_station
from station.settings import Settings
from station.store.store import Store
from tests.conftest import ACTOR
from ui.settings_dialog import SettingsDialog
from ui.tasks import TaskRunner

SITE_USCC = "91350100M000100Y43"
LICENCE = {"kind": "hazardous_waste", "number": "FJ-HW-3501-0042"}


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    s = Settings(tmp_path / "bench.settings.json")
    s.update({"camera.source": "camera:1", "scale.port": "/dev/ttyUSB0", "printer.label": "cups://zebra?raw=1"})
    return s


@pytest.fixture
def configured(store: Store) -> Store:
    configure_station(
        store,
        ACTOR,
        role="recycler",
        site_name="演示再生利用站",
        site_address="福州市 1 号",
        site_uscc=SITE_USCC,
        licences=[LICENCE],
    )
    return store


@pytest.fixture
def tasks():
    runner = TaskRunner()
    yield runner
    runner.wait()


def dialog_for(qtbot, store: Store, settings: Settings, tasks: TaskRunner) -> SettingsDialog:
    dialog = SettingsDialog(store, settings, tasks, lambda: ACTOR)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def save(dialog: SettingsDialog, qtbot) -> None:
    dialog.save_button.click()
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=10000)


def test_it_loads_what_is_in_force(qtbot, configured: Store, settings: Settings, tasks):
    dialog = dialog_for(qtbot, configured, settings, tasks)
    assert [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())] == ["&Site", "S&tation and server", "&Devices"]
    assert dialog.site.values() == {
        "role": "recycler",
        "site_name": "演示再生利用站",
        "site_address": "福州市 1 号",
        "site_contact": "",
        "site_uscc": SITE_USCC,
        "licences": [LICENCE],
        "echelon_maker": "",
    }
    assert dialog.site.licences.item(0, 0).text() == "Hazardous-waste business licence"
    assert "30 working day" in dialog.site.role_explained.text()
    assert dialog.station.station_id.text() == "ST0001"
    assert dialog.devices.values() == {
        "camera.source": "camera:1",
        "scanner.serial.port": "",
        "scanner.serial.baudrate": 9600,
        "scale.port": "/dev/ttyUSB0",
        "scale.baudrate": 9600,
        "scale.protocol": "continuous",
        "printer.certificate": "",
        "printer.label": "cups://zebra?raw=1",
    }


def test_changes_are_saved_to_the_log_and_the_settings_file(qtbot, configured: Store, settings: Settings, tasks):
    dialog = dialog_for(qtbot, configured, settings, tasks)
    dialog.site.address.setText("厦门市 2 号")
    dialog.site.add_licence("dismantling", "闽 0042")
    dialog.site.role.setCurrentIndex(dialog.site.role.findData("echelon"))
    dialog.site.contact.setText("张三  0591-12345678")
    dialog.site.echelon_maker.setText("0ab")
    dialog.devices.scale_protocol.setCurrentIndex(dialog.devices.scale_protocol.findData("sics"))
    dialog.devices.camera.setEditText("")
    before = configured.event_count()
    save(dialog, qtbot)
    config = configured.config()
    assert (config["site_address"], config["role"]) == ("厦门市 2 号", "echelon")
    assert config["licences"] == [LICENCE, {"kind": "dismantling", "number": "闽 0042"}]
    assert configured.event_count() == before + 1
    assert (config["site_contact"], config["echelon_maker"]) == ("张三 0591-12345678", "0AB")
    assert dialog.saved.config == ("echelon_maker", "licences", "role", "site_address", "site_contact")
    assert dialog.saved.settings == ("camera.source", "scale.protocol")
    on_disk = json.loads(settings.path.read_text(encoding="utf-8"))
    assert on_disk["scale.protocol"] == "sics" and on_disk["camera.source"] == ""
    assert Settings(settings.path).get("scale.port") == "/dev/ttyUSB0"


def test_saving_unchanged_records_nothing(qtbot, configured: Store, settings: Settings, tasks):
    dialog = dialog_for(qtbot, configured, settings, tasks)
    before, on_disk = configured.event_count(), settings.path.read_bytes()
    save(dialog, qtbot)
    assert configured.event_count() == before and settings.path.read_bytes() == on_disk
    assert dialog.saved.config == () and dialog.saved.settings == ()


def test_cancel_saves_nothing(qtbot, configured: Store, settings: Settings, tasks):
    dialog = dialog_for(qtbot, configured, settings, tasks)
    dialog.site.name.setText("别的名字")
    dialog.devices.scale_port.setEditText("/dev/ttyUSB9")
    before, on_disk = configured.event_count(), settings.path.read_bytes()
    dialog.buttons.rejected.emit()
    tasks.wait()
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert configured.event_count() == before and settings.path.read_bytes() == on_disk
    assert configured.config()["site_name"] == "演示再生利用站"


def test_a_problem_shows_its_tab_and_saves_nothing(qtbot, configured: Store, settings: Settings, tasks):
    dialog = dialog_for(qtbot, configured, settings, tasks)
    dialog.tabs.setCurrentIndex(2)
    dialog.devices.scale_port.setEditText("/dev/ttyUSB9")
    dialog.site.uscc.setText("91350100M000100Y4")
    dialog.save_button.click()
    assert dialog.tabs.currentWidget() is dialog.site
    assert dialog.site.problems.text() == "A unified social credit code has 18 characters."
    assert dialog.isVisible() and Settings(settings.path).get("scale.port") == "/dev/ttyUSB0"
