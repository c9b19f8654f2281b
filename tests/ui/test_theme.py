"""The shop-floor display: larger text and high contrast from the View menu, applied at once, kept for the bench,
and the verdict banner keeps its colour inside the high-contrast style."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from station.rules.verdict import Outcome
from station.settings import Settings
from tests.ui.people import logged_in
from ui.i18n import Translations
from ui.main_window import MainWindow
from ui.tasks import TaskRunner
from ui.verdict_banner import STYLE


@pytest.fixture
def app_style():
    app = QApplication.instance()
    font = app.font()
    yield app
    app.setStyleSheet("")
    app.setPalette(QPalette())
    app.setFont(font)


def test_larger_text_and_high_contrast_apply_at_once_and_are_kept(qtbot, store, tmp_path, app_style):
    settings = Settings(tmp_path / "bench.json")
    tasks = TaskRunner()
    window = MainWindow(store, tasks, Translations(QCoreApplication.instance()), logged_in(store), settings=settings)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.larger_action.trigger()
    window.larger_action.trigger()
    assert app_style.font().pointSize() == 14
    window.contrast_action.setChecked(True)
    tasks.wait()
    assert app_style.palette().color(QPalette.ColorRole.Window) == QColor("#000000")
    assert Settings(tmp_path / "bench.json").get("display.font_pt") == 14
    assert Settings(tmp_path / "bench.json").get("display.high_contrast") is True

    banner = window.scan.banner
    banner.show_verdict(Outcome.REJECT, "")
    qtbot.wait(50)
    image = banner.grab().toImage()
    corner = image.pixelColor(4, image.height() // 2)
    assert corner == QColor(STYLE[Outcome.REJECT][0])  # the reject red, not the contrast black

    window.smaller_action.trigger()
    assert app_style.font().pointSize() == 13
    tasks.wait()
