"""Operators… in the window: an administrator adds a technician, who can then log in; a weak PIN and a
technician's own attempt are refused in words; switching off and a new PIN take effect."""

from __future__ import annotations

from station import operators as ops
from station.store.store import Store
from tests.ui.people import logged_in
from ui.operators_dialog import OperatorsDialog
from ui.tasks import TaskRunner


def dialog_for(qtbot, store: Store, actor) -> tuple[OperatorsDialog, TaskRunner]:
    tasks = TaskRunner()
    dialog = OperatorsDialog(store, tasks, actor)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog, tasks


def test_an_administrator_adds_switches_off_and_resets(qtbot, store: Store):
    session = logged_in(store)
    dialog, tasks = dialog_for(qtbot, store, session.actor)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1)
    dialog.name.setText("Li Lei")
    dialog.role.setCurrentIndex(dialog.role.findData("technician"))
    qtbot.keyClicks(dialog.pin, "1111")
    dialog.add_button.click()
    qtbot.waitUntil(lambda: dialog.problem.text().startswith("This PIN is too easy"), timeout=10000)
    qtbot.keyClicks(dialog.pin, "7391")
    dialog.badge.setText("B-7")
    dialog.add_button.click()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 2, timeout=10000)
    assert [dialog.table.item(r, 1).text() for r in range(2)] == ["technician", "administrator"]
    tech = ops.log_in_with_badge(store, "B-7")
    added = store.db.execute_sql("SELECT actor FROM event WHERE type = 'operator.added' ORDER BY seq DESC").fetchone()
    assert added[0] == session.actor()

    dialog.table.selectRow(0)
    qtbot.keyClicks(dialog.new_pin, "4826")
    dialog.pin_button.click()
    qtbot.waitUntil(lambda: dialog.problem.text() == "Saved.", timeout=10000)
    assert ops.log_in_with_pin(store, "Li Lei", "4826") == tech
    dialog.active_button.click()
    qtbot.waitUntil(lambda: dialog.table.item(0, 2).text() == "switched off", timeout=10000)
    assert ops.operator(store, tech.operator_id).active is False
    tasks.wait()


def test_a_technician_cannot_add_operators(qtbot, store: Store):
    session = logged_in(store, role="technician", name="Li Lei")
    dialog, tasks = dialog_for(qtbot, store, session.actor)
    dialog.name.setText("Zhao Min")
    qtbot.keyClicks(dialog.pin, "7392")
    dialog.add_button.click()
    qtbot.waitUntil(lambda: dialog.problem.text() != "", timeout=10000)
    assert dialog.problem.text() == (
        "You may not manage operators: it takes the role “administrator” or higher. Ask someone with it to log in."
    )
    tasks.wait()
