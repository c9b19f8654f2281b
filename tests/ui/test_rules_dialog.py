"""Operator → Rules…: a supervisor changes a threshold, lists a code and imports makers, each a new rule-set version
under their name; a technician has no Rules entry and the core refuses them anyway."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from tests.conftest import make_code
from tests.ui.people import logged_in
from ui.i18n import Translations
from ui.main_window import MainWindow
from ui.tasks import TaskRunner

CODE = make_code("P", serial=77)


def rule_events(store) -> list[str]:
    rows = store.db.execute_sql("SELECT actor FROM event WHERE type = 'ruleset.installed' ORDER BY seq").fetchall()
    return [r[0] for r in rows]


def test_a_supervisor_edits_the_rules(qtbot, store, tmp_path):
    tasks = TaskRunner()
    session = logged_in(store, role="supervisor", name="Zhang Wei")
    window = MainWindow(store, tasks, Translations(QCoreApplication.instance()), session)
    qtbot.addWidget(window)
    assert window.rules_action.isEnabled()
    dialog = window.open_rules()
    qtbot.waitUntil(lambda: dialog.rules is not None, timeout=5000)
    before = len(rule_events(store))

    dialog.thresholds["insulation_min_ohm_per_v"].setValue(500.0)
    dialog.save_thresholds.click()
    qtbot.waitUntil(lambda: "saved" in dialog.message.text(), timeout=5000)
    assert store.ruleset().threshold("insulation_min_ohm_per_v") == 500.0

    dialog.save_thresholds.click()  # nothing changed: said, not recorded
    qtbot.waitUntil(lambda: "as they were" in dialog.message.text(), timeout=5000)

    dialog.list_code.setText(CODE.lower())
    dialog.list_kind.setCurrentIndex(dialog.list_kind.findData("blocked"))
    dialog.list_reason.setText("<b>stolen</b>")  # markup is data
    dialog.add_entry.click()
    qtbot.waitUntil(lambda: dialog.lists.rowCount() == 1, timeout=5000)
    assert dialog.lists.item(0, 0).text() == CODE and dialog.lists.item(0, 2).text() == "<b>stolen</b>"
    assert store.ruleset().lists[CODE].kind == "blocked"

    csv = tmp_path / "makers.csv"
    csv.write_text("maker_code,name_zh,name_en\n0AB,某电池公司,Some Battery\nX,坏行,bad\n", encoding="utf-8")
    dialog.import_csv(csv)
    qtbot.waitUntil(lambda: "added" in dialog.import_result.text(), timeout=5000)
    assert "1 added" in dialog.import_result.text() and "Line 3" in dialog.import_result.text()
    assert "0AB" in store.ruleset().content["makers"]

    dialog.lists.selectRow(0)
    dialog.remove_entry.click()
    qtbot.waitUntil(lambda: dialog.lists.rowCount() == 0, timeout=5000)

    actors = rule_events(store)[before:]
    assert len(actors) == 4 and set(actors) == {session.actor()}
    assert dialog.version.text().endswith("+local4")
    dialog.close()
    tasks.wait()


def test_a_technician_has_no_rules_entry(qtbot, store):
    tasks = TaskRunner()
    window = MainWindow(store, tasks, Translations(QCoreApplication.instance()), logged_in(store, role="technician"))
    qtbot.addWidget(window)
    assert not window.rules_action.isEnabled()
    tasks.wait()
