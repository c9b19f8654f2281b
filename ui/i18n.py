"""Translations through Qt Linguist: the station's own .qm files and Qt's, switchable while running."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QObject, QTranslator
from PySide6.QtWidgets import QApplication

log = logging.getLogger(__name__)

TRANSLATIONS_DIR = Path(__file__).resolve().parents[1] / "resources" / "translations"
LANGUAGES = ("zh_CN", "en")


def default_language() -> str:
    """Chinese unless the desktop asks for something else: the station is for Chinese sites."""
    return "en" if QLocale.system().language() == QLocale.Language.English else "zh_CN"


class Translations(QObject):
    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._app = app
        self._installed: list[QTranslator] = []
        self.language = ""

    def switch(self, language: str) -> bool:
        """Install ``language``; widgets retranslate on the LanguageChange event Qt then sends."""
        for translator in self._installed:
            self._app.removeTranslator(translator)
        self._installed.clear()
        ours = QTranslator(self)
        found = ours.load(f"trace_station_{language}", str(TRANSLATIONS_DIR))
        if found:
            self._app.installTranslator(ours)
            self._installed.append(ours)
        elif language != "en":
            log.warning("no translation file for %s in %s (run scripts/install.sh)", language, TRANSLATIONS_DIR)
        qt = QTranslator(self)
        if qt.load(QLocale(language), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            self._app.installTranslator(qt)
            self._installed.append(qt)
        self.language = language
        return found or language == "en"
