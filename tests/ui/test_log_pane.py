"""The log pane: records from worker threads reach it on the GUI thread, filtered by level, as plain text, bounded;
its handler leaves the root logger with it."""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication

from ui import log_pane
from ui.log_pane import LogPane, PaneHandler, install_log_pane

log = logging.getLogger("tests.ui.log_pane")


@pytest.fixture
def pane(qtbot, tmp_path: Path) -> Iterator[tuple[LogPane, PaneHandler]]:
    root = logging.getLogger()
    level = root.level
    root.setLevel(logging.INFO)
    found = LogPane(tmp_path / "logs" / "station.log", max_lines=5)
    qtbot.addWidget(found)
    handler = install_log_pane(found)
    yield found, handler
    handler.detach()
    root.setLevel(level)


def shown(p: LogPane) -> list[str]:
    text = p.text.toPlainText()
    return text.splitlines() if text else []


def test_a_record_from_a_worker_thread_arrives_on_the_gui_thread(qtbot, pane):
    p, _handler = pane
    worker = threading.Thread(target=lambda: log.warning("scale %s unplugged", "COM3"), name="scale-link")
    worker.start()
    worker.join()
    assert shown(p) == []  # queued to the GUI thread: shown once its event loop runs
    qtbot.waitUntil(lambda: any("scale COM3 unplugged" in line for line in shown(p)))
    (line,) = [line for line in shown(p) if "unplugged" in line]
    assert " WARNING [scale-link] tests.ui.log_pane: scale COM3 unplugged" in line
    assert line[:4].isdigit()  # starts with the time, as the log file does


def test_the_level_filter_shows_the_chosen_level_and_above(qtbot, pane):
    p, _handler = pane
    log.debug("not kept")
    log.info("an info")
    log.warning("a warning")
    log.error("an error")
    qtbot.waitUntil(lambda: len(shown(p)) == 3)
    p.level.setCurrentIndex(1)
    assert [line.rsplit(": ", 1)[1] for line in shown(p)] == ["a warning", "an error"]
    p.level.setCurrentIndex(2)
    assert [line.rsplit(": ", 1)[1] for line in shown(p)] == ["an error"]
    log.warning("another warning")
    log.error("another error")
    qtbot.waitUntil(lambda: len(shown(p)) == 2)
    assert shown(p)[-1].endswith("another error")
    p.level.setCurrentIndex(0)
    assert len(shown(p)) == 5  # every record kept, up to the bound


def test_markup_stays_text(qtbot, pane):
    p, _handler = pane
    log.info("<b>bold</b> & <a href='x'>link</a>")
    qtbot.waitUntil(lambda: bool(shown(p)))
    assert shown(p)[0].endswith(": <b>bold</b> & <a href='x'>link</a>")


def test_only_the_last_lines_are_kept(qtbot, pane):
    p, _handler = pane
    for n in range(12):
        log.info("line %d", n)
    qtbot.waitUntil(lambda: bool(shown(p)) and shown(p)[-1].endswith("line 11"))
    assert [line.rsplit(" ", 1)[1] for line in shown(p)] == ["7", "8", "9", "10", "11"]
    assert p.text.document().blockCount() <= 5


def test_copy_and_open_the_log_folder(qtbot, pane, monkeypatch):
    p, _handler = pane
    log.info("copied line")
    qtbot.waitUntil(lambda: bool(shown(p)))
    p.copy_button.click()
    assert QGuiApplication.clipboard().text().endswith("copied line")
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    p.folder_button.click()
    assert [u.toLocalFile() for u in opened] == [str(p._log_file.parent)]
    assert p.copy_button.text() == "&Copy" and p.level.itemText(2) == "Errors only"


def test_the_handler_leaves_with_the_pane(qtbot):
    p = LogPane()
    handler = install_log_pane(p)
    assert handler in logging.getLogger().handlers and not p.folder_button.isEnabled()
    p.deleteLater()
    qtbot.waitUntil(lambda: handler not in logging.getLogger().handlers)
    log.error("after the pane: nobody to show it to")  # must not raise
    worker = threading.Thread(target=lambda: handler.handle(log.makeRecord(log.name, 40, "f", 1, "late", (), None)))
    worker.start()
    worker.join()
    qtbot.wait(20)


def test_handler_formats_as_the_log_file_does():
    assert log_pane.LOG_FORMAT == "%(asctime)s %(levelname)s [%(threadName)s] %(name)s: %(message)s"
