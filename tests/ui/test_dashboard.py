"""The shift dashboard on a real station: figures in the tiles, read again after a new intake, both languages."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QCoreApplication

from station.operations.intake import IntakeForm, receive
from station.store.localtime import CHINA
from station.store.localtime import today as local_today
from station.store.store import Store
from tests.conftest import ACTOR, make_code
from tests.hazard.conftest import fill_, open_, seal_
from tests.operations.scenario import SOURCE, run_day
from ui import dashboard
from ui.dashboard import LABEL_PT, VALUE_PT, ShiftDashboard
from ui.i18n import Translations
from ui.tasks import TaskRunner


def an_hour_ago() -> str:
    """A shift that began an hour ago: the test's events all fall in it, whatever the time of day."""
    return f"{datetime.now(CHINA) - timedelta(hours=1):%H:%M}"


def values(board: ShiftDashboard) -> dict[str, str]:
    return {key: tile.value.text() for key, tile in board.tiles.items()}


def test_the_shift_in_tiles_and_read_again_after_an_intake(qtbot, store: Store):
    day = local_today()
    run_day(store, day)
    container = open_(store, "900-045-49", day=day)
    fill_(store, container, "12.5", day=day)
    seal_(store, container, day=day)
    tasks = TaskRunner()
    board = ShiftDashboard(store, tasks, an_hour_ago())
    qtbot.addWidget(board)
    board.show()
    qtbot.waitUntil(lambda: board.figures is not None, timeout=10000)
    shown = values(board)
    assert [shown[k] for k in ("received", "children_linked", "dismantled", "handed_out")] == ["5", "18", "1", "2"]
    assert shown["quarantined"] == "0" and shown["certificates_issued"] == "0"
    assert int(shown["uploads_due"]) == board.figures.uploads_due > 0
    assert board.quarantine_note.text() == "Nothing in quarantine."
    assert board.stock.rowCount() == 1
    assert board.stock.item(0, 0).text().startswith("900-045-49 ")
    assert [board.stock.item(0, c).text() for c in (1, 2, 3, 4)] == ["HW49", "12.500", "0", "1"]
    assert board.timer.isActive()

    hot = make_code("P", serial=8800)
    receive(store, ACTOR, IntakeForm(hot, SOURCE, measurements={"temperature_c": 70.0}), day)
    board.refresh()
    qtbot.waitUntil(lambda: board.tiles["received"].value.text() == "6", timeout=10000)
    assert board.tiles["quarantined"].value.text() == "1"
    assert board.quarantine.item(0, 0).text() == hot and board.quarantine_note.text() == ""
    assert "background" in board.tiles["quarantined"].styleSheet()
    board.hide()
    assert not board.timer.isActive()
    tasks.wait()


def test_big_readable_text_and_english_words(qtbot, store: Store):
    tasks = TaskRunner()
    board = ShiftDashboard(store, tasks, "08:00,20:00")
    qtbot.addWidget(board)
    assert board.status.text() == "Reading…"
    for tile in board.tiles.values():
        assert tile.value.font().pointSize() >= 28 and tile.caption.font().pointSize() >= 13
    assert LABEL_PT >= 13 and VALUE_PT >= 28
    captions = {key: tile.caption.text() for key, tile in board.tiles.items()}
    assert captions["dismantled"] == "Dismantled" and captions["quarantined"] == "In quarantine"
    assert captions["received"] == "Batteries received" and captions["uploads_overdue"] == "Uploads overdue"
    board.show()
    qtbot.waitUntil(lambda: board.figures is not None, timeout=10000)
    assert board.status.text().startswith("Updated ") and board.heading.text().startswith("Shift from ")
    assert board.stock_note.text() == "No hazardous waste on hand."
    tasks.wait()


def test_retranslate_rewords_the_tiles(qtbot, store: Store):
    tasks = TaskRunner()
    board = ShiftDashboard(store, tasks, "08:00,20:00")
    qtbot.addWidget(board)
    board.show()
    qtbot.waitUntil(lambda: board.figures is not None, timeout=10000)
    translations = Translations(QCoreApplication.instance())
    try:
        assert translations.switch("zh_CN")
        board.retranslate()
        assert board.tiles["dismantled"].caption.text() == "已拆解"  # the status word, already translated
        assert board.tiles["quarantined"].caption.text() == "隔离中"
        assert board.tiles["received"].value.text() == "0"
    finally:
        translations.switch("en")
    board.retranslate()
    assert board.tiles["dismantled"].caption.text() == "Dismantled"
    assert board.titles["stock"].text() == "Hazardous waste on hand"
    tasks.wait()


def test_a_failed_read_is_shown(qtbot, store: Store, monkeypatch):
    def broken(*_args):
        raise OSError("disk unreadable")

    monkeypatch.setattr(dashboard, "shift_figures", broken)
    tasks = TaskRunner()
    board = ShiftDashboard(store, tasks, "08:00,20:00")
    qtbot.addWidget(board)
    board.refresh()
    qtbot.waitUntil(lambda: board.status.text() == "Could not be read: disk unreadable", timeout=10000)
    assert board.figures is None and board.tiles["received"].value.text() == "–"
    tasks.wait()
