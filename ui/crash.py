"""Installed before anything else: a log file that keeps what happened, and no exception that vanishes.

An exception nobody caught is logged with its traceback (thread name included) and shown to the operator, who
can carry on: the event log is already safe, since every user action commits as one transaction or not at all.
"""

from __future__ import annotations

import logging
import logging.handlers
import sys
import threading
from pathlib import Path
from types import TracebackType

import platformdirs
from PySide6.QtWidgets import QApplication, QMessageBox

log = logging.getLogger("trace_station")

LOG_FORMAT = "%(asctime)s %(levelname)s [%(threadName)s] %(name)s: %(message)s"


def log_dir() -> Path:
    return Path(platformdirs.user_log_dir("trace-station", appauthor=False))


def install_logging(directory: Path | None = None) -> Path:
    directory = directory or log_dir()
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / "station.log"
    handler = logging.handlers.RotatingFileHandler(path, maxBytes=5_000_000, backupCount=5, encoding="utf-8")
    handler.setFormatter(logging.Formatter(LOG_FORMAT))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return path


def install_crash_handler() -> None:
    sys.excepthook = _on_exception
    threading.excepthook = lambda args: _on_exception(args.exc_type, args.exc_value, args.exc_traceback)


def _on_exception(kind: type[BaseException], value: BaseException | None, tb: TracebackType | None) -> None:
    log.critical("uncaught exception", exc_info=(kind, value, tb))
    if QApplication.instance() is None or threading.current_thread() is not threading.main_thread():
        return
    QMessageBox.critical(
        None,
        QApplication.translate("Crash", "Unexpected error"),
        QApplication.translate(
            "Crash",
            "Something went wrong: %1\n\nEvery record saved so far is safe. The details are in the log file.",
        ).replace("%1", f"{kind.__name__}: {value}"),
    )
