"""Rebuilds docs/screenshots/ from the running window, so the pictures in the docs stay true.

Runs the real window with the demo camera on a scratch database (under Xvfb when called through `xvfb-run -a`,
or on the offscreen platform): the lock screen, a few codes scanned through the real scan screen, a battery's
record, the shift and the uploads due, and each workflow of the Work tab, each saved in both languages at 1366×768.

    xvfb-run -a .venv/bin/python scripts/screenshots.py
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen" if not os.environ.get("DISPLAY") else "xcb")

from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

import main as station_main  # noqa: E402
from station import operators  # noqa: E402
from station.operations.intake import IntakeForm, receive  # noqa: E402
from station.settings import Settings  # noqa: E402
from station.store.store import Store  # noqa: E402
from ui.camera_view import CameraFeed  # noqa: E402
from ui.i18n import Translations  # noqa: E402
from ui.main_window import MainWindow  # noqa: E402
from ui.session import Session  # noqa: E402
from ui.tasks import TaskRunner  # noqa: E402
from ui.workflows.intake_page import IntakePage  # noqa: E402

OUT = ROOT / "docs" / "screenshots"
SCANS = {
    "accept": "001CB240000003B3C0221953",
    "reject": "001PB240000003B3C0000777",  # received beforehand: a duplicate intake
    "lookalike": "001CВ240000003B3C0221953",  # a Cyrillic Ve where a B belongs
}

PREFILL = {
    "InspectionPage": (SCANS["reject"],),
    "DismantlingPage": (SCANS["reject"], "001MB240000003B3C0000781", "001MB240000003B3C0000782"),
    "HazardPage": (SCANS["reject"],),
    "CertificatePage": (SCANS["reject"],),
    "CorrectionsPage": (SCANS["reject"],),
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
            admin = operators.add_operator(store, "demo", "王芳 Wang Fang", "administrator", "2580")
            tech = operators.add_operator(store, admin.actor, "李雷 Li Lei", "technician", "7391")
            receive(store, tech.actor, IntakeForm(SCANS["reject"]))
            translations.switch(language)
            settings = Settings(None)
            feed = CameraFeed(station_main.build_camera(store, settings, "demo"))
            session = Session(timedelta(0))
            window = MainWindow(store, tasks, translations, session, feed, settings=settings)
            window.resize(1366, 768)  # the smallest screen the station must work on
            window.show()
            feed.start()
            settle(app, tasks)
            window.grab().save(str(OUT / f"lock-{language}.png"))
            session.log_in(tech)
            for name, code in SCANS.items():
                window.scan.handle_scan(code)
                settle(app, tasks)
                window.grab().save(str(OUT / f"scan-{name}-{language}.png"))
            for name, page in (("records", window.records), ("shift", window.dashboard), ("uploads", window.deadlines)):
                window.tabs.setCurrentWidget(page)
                if page is window.records:
                    page.show_code(SCANS["reject"])
                settle(app, tasks)
                settle(app, tasks)
                window.grab().save(str(OUT / f"{name}-{language}.png"))
            window.tabs.setCurrentWidget(window.work)
            intake = window.work.show_page(IntakePage)
            intake.source_name.setText("福州某某报废汽车回收有限公司")
            intake.source_uscc.setText("91350100M000100Y43")
            intake.document.setText("BF-2026-0042")
            intake.take_scan("001PB240000003B3C0221955")
            intake.mass.set_value(412.6)
            intake.flags["leakage"].setChecked(True)
            intake.record()
            settle(app, tasks)
            intake.take_scan("001PB240000003B3C0221956")
            intake.vin.setText("1M8GDM9AXKP042788")
            settle(app, tasks)
            window.grab().save(str(OUT / f"work-intake-{language}.png"))
            for page in window.work.pages[1:]:
                window.work.show_page(type(page))
                settle(app, tasks)
                # Each step shown at work on the pack received beforehand (the quarantine queue shows the leaking one).
                for code in PREFILL.get(type(page).__name__, ()):
                    page.take_scan(code)
                    settle(app, tasks)
                window.grab().save(str(OUT / f"work-{type(page).__name__.removesuffix('Page').lower()}-{language}.png"))
            feed.stop()
            window.close()
            window.deleteLater()
            settle(app, tasks)  # the views' last reads finish before their database goes
            store.close()
    print(f"screenshots written to {OUT}")


if __name__ == "__main__":
    main()
