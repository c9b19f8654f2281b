"""Rebuilds docs/screenshots/ from the running window, so the pictures in the docs stay true.

Runs the real window on a scratch database (under Xvfb when called through `xvfb-run -a`, or on the offscreen
platform), scans a few codes through the real scan screen and saves each screen in both languages.

    xvfb-run -a .venv/bin/python scripts/screenshots.py
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen" if not os.environ.get("DISPLAY") else "xcb")

from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from station.operations.intake import IntakeForm, receive  # noqa: E402
from station.store.store import Store  # noqa: E402
from ui.i18n import Translations  # noqa: E402
from ui.main_window import MainWindow  # noqa: E402
from ui.tasks import TaskRunner  # noqa: E402

OUT = ROOT / "docs" / "screenshots"
SCANS = {
    "accept": "001CB240000003B3C0221953",
    "reject": "001PB240000003B3C0000777",  # received beforehand: a duplicate intake
    "lookalike": "001CВ240000003B3C0221953",  # a Cyrillic Ve where a B belongs
}


def settle(app: QApplication, tasks: TaskRunner) -> None:
    tasks.wait()
    loop = QEventLoop()
    QTimer.singleShot(200, loop.quit)
    loop.exec()


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    translations = Translations(app)
    tasks = TaskRunner(app)
    for language in ("zh_CN", "en"):
        # A fresh station per language, so the same scans give the same verdicts in both.
        with tempfile.TemporaryDirectory() as tmp:
            store = Store.open(Path(tmp) / "demo.sqlite3", station_id="DEMO01")
            receive(store, "demo", IntakeForm(SCANS["reject"]))
            translations.switch(language)
            window = MainWindow(store, tasks, translations, lambda: "demo")
            window.resize(1366, 768)  # the smallest screen the station must work on
            window.show()
            for name, code in SCANS.items():
                window.scan.handle_scan(code)
                settle(app, tasks)
                window.grab().save(str(OUT / f"scan-{name}-{language}.png"))
            window.close()
            store.close()
    print(f"screenshots written to {OUT}")


if __name__ == "__main__":
    main()
