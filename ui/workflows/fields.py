"""Entry widgets the workflow pages share: a number that may be left unmeasured, a weight from the scale, and
the photos taken from the camera."""

from __future__ import annotations

import logging

import cv2
import numpy as np
from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QWidget,
)

from hardware.camera.snapshot import jpeg
from hardware.scale import Weight
from station import photos
from station.codes import validate_uscc
from station.findings import Severity
from ui.camera_view import CameraFeed
from ui.reasons import describe
from ui.scale_status import ScaleFeed
from ui.tasks import TaskRunner
from ui.theme import TOUCH_PX

log = logging.getLogger(__name__)

THUMB_PX = 72


def _thumbnail(data: bytes) -> bytes:
    image = cv2.imdecode(np.frombuffer(data, np.uint8), cv2.IMREAD_COLOR)
    scale = THUMB_PX / image.shape[0]
    small = cv2.resize(image, (max(1, round(image.shape[1] * scale)), THUMB_PX), interpolation=cv2.INTER_AREA)
    return cv2.imencode(".png", small)[1].tobytes()


def _keep(db_path, data: bytes) -> tuple[str, bytes]:
    return photos.keep(db_path, data), _thumbnail(data)


class Measured(QDoubleSpinBox):
    """A measured value, or nothing (shown as "not measured"): an unmeasured value is never recorded as 0."""

    def __init__(self, low: float, high: float, decimals: int = 1, suffix: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.setDecimals(decimals)
        step = 10.0**-decimals
        # One step below the range is "not measured": the spin box's own way to show a special value.
        self.setRange(low - step, high)
        self.setSingleStep(step * 10 if decimals else 1)
        self.setSuffix(f" {suffix}" if suffix else "")
        self.setValue(self.minimum())
        self.retranslate()

    def retranslate(self) -> None:
        self.setSpecialValueText(QCoreApplication.translate("Measured", "not measured"))

    def measured(self) -> float | None:
        return None if self.value() == self.minimum() else round(self.value(), self.decimals())

    def set_measured(self, value: float | None) -> None:
        self.setValue(self.minimum() if value is None else value)


class WeightField(QWidget):
    """A mass in kg: typed, or taken from the scale (settled reading) with the Weigh button."""

    changed = Signal()
    problem = Signal(str)  # the scale's failure, in words

    def __init__(self, scale: ScaleFeed | None, high_kg: float = 5000.0, parent: QWidget | None = None):
        super().__init__(parent)
        self._scale = scale
        self._asked = False
        self.kg = Measured(0.0, high_kg, 2, "kg")
        self.kg.valueChanged.connect(lambda _v: self.changed.emit())
        self.weigh = QPushButton()
        self.weigh.setMinimumHeight(TOUCH_PX)
        self.weigh.clicked.connect(self._weigh)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.kg, 1)
        layout.addWidget(self.weigh)
        if scale is not None:
            scale.weighed.connect(self._weighed)
            scale.failed.connect(self._failed)
            scale.state_changed.connect(lambda *_: self.retranslate())  # a scale set up or removed in Settings
        self.retranslate()

    def _has_scale(self) -> bool:
        return self._scale is not None and self._scale.configured

    def retranslate(self) -> None:
        self.kg.retranslate()
        self.weigh.setText(QCoreApplication.translate("WeightField", "Weigh"))
        if not self._asked:
            self.weigh.setEnabled(self._has_scale())
        self.weigh.setToolTip(
            QCoreApplication.translate("WeightField", "Take the settled weight from the scale")
            if self._has_scale()
            else QCoreApplication.translate("WeightField", "No scale is set up at this bench: type the weight")
        )

    def value(self) -> float | None:
        return self.kg.measured()

    def set_value(self, kg: float | None) -> None:
        self.kg.set_measured(kg)

    def _weigh(self) -> None:
        assert self._scale is not None
        self._asked = True  # the scale's answers are broadcast: only the field that asked takes one
        self.weigh.setEnabled(False)
        self._scale.weigh()

    def _weighed(self, weight: Weight) -> None:
        if self._asked:
            self._asked = False
            self.weigh.setEnabled(True)
            self.kg.setValue(float(weight.kg))

    def _failed(self, reason: str, params: dict) -> None:
        if self._asked:
            self._asked = False
            self.weigh.setEnabled(True)
            self.problem.emit(describe(reason, params))


class PhotoStrip(QWidget):
    """Photos of the step: each press keeps the camera's newest frame (beside the database, by its hash)."""

    changed = Signal()
    problem = Signal(str)

    def __init__(self, feed: CameraFeed | None, tasks: TaskRunner, db_path, parent: QWidget | None = None):
        super().__init__(parent)
        self._feed = feed
        self._tasks = tasks
        self._db_path = db_path
        self.hashes: list[str] = []
        self._thumbs: dict[str, bytes] = {}
        self.take = QPushButton()
        self.take.setMinimumHeight(TOUCH_PX)
        self.take.setEnabled(feed is not None and db_path is not None)
        self.take.clicked.connect(self.take_photo)
        self.count = QLabel()
        self.list = QListWidget()
        self.list.setViewMode(QListWidget.ViewMode.IconMode)
        self.list.setIconSize(QSize(THUMB_PX * 4 // 3, THUMB_PX))
        self.list.setFlow(QListWidget.Flow.LeftToRight)
        self.list.setWrapping(False)
        self.list.setFixedHeight(THUMB_PX + 24)
        self.remove = QPushButton()
        self.remove.setMinimumHeight(TOUCH_PX)
        self.remove.clicked.connect(self._remove)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.take)
        layout.addWidget(self.count)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.remove)
        self.retranslate()

    def retranslate(self) -> None:
        self.take.setText(QCoreApplication.translate("PhotoStrip", "Take a photo"))
        self.remove.setText(QCoreApplication.translate("PhotoStrip", "Remove"))
        if self._feed is None:
            self.take.setToolTip(QCoreApplication.translate("PhotoStrip", "No camera at this bench"))
        self._show()

    def photos(self) -> tuple[str, ...]:
        return tuple(self.hashes)

    def set_photos(self, hashes: list[str]) -> None:
        self.hashes = list(hashes)
        self._show()
        db_path = self._db_path
        for digest in self.hashes:
            if digest not in self._thumbs and db_path is not None:
                self._tasks.read(
                    lambda d=digest: (d, _thumbnail(photos.path(db_path, d).read_bytes())), self._thumb, log.warning
                )

    def _thumb(self, result: tuple[str, bytes]) -> None:
        self._thumbs[result[0]] = result[1]
        self._show()

    def take_photo(self) -> None:
        latest = self._feed.latest() if self._feed is not None else None
        if latest is None:
            self.problem.emit(QCoreApplication.translate("PhotoStrip", "The camera has no picture yet."))
            return
        frame, _decoded = latest
        db_path = self._db_path
        self.take.setEnabled(False)
        # Encoding a frame and writing it with fsync takes tens of milliseconds: off the GUI thread.
        self._tasks.read(lambda: _keep(db_path, jpeg(frame)), self._kept, self._failed)

    def _kept(self, kept: tuple[str, bytes]) -> None:
        digest, thumb = kept
        self.take.setEnabled(True)
        self._thumbs[digest] = thumb
        if digest not in self.hashes:
            self.hashes.append(digest)
            self._show()
            self.changed.emit()

    def _failed(self, exc: BaseException) -> None:
        self.take.setEnabled(True)
        reason = getattr(exc, "reason", "")
        self.problem.emit(describe(reason, getattr(exc, "params", {})) if reason else str(exc))

    def _remove(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self.hashes):
            del self.hashes[row]
            self._show()
            self.changed.emit()

    def _show(self) -> None:
        self.list.clear()
        for digest in self.hashes:
            item = QListWidgetItem(digest[:8])
            item.setToolTip(digest)
            pixmap = QPixmap()
            if digest in self._thumbs and pixmap.loadFromData(self._thumbs[digest]):
                item.setIcon(QIcon(pixmap))
            self.list.addItem(item)
        count = len(self.hashes)  # a plain name: pyside6-lupdate finds a plural translate() only so
        self.count.setText(QCoreApplication.translate("PhotoStrip", "%n photo(s)", "", count))


def say_uscc_check(label: QLabel, text: str) -> None:
    """A credit code's check, as it is typed, in ``label``: nothing for nothing typed, else valid or the first
    error in words (the set-up's site page and every workflow's credit-code field say it alike)."""
    text = text.strip().upper()
    if not text:
        label.clear()
        return
    errors = [f for f in validate_uscc(text) if f.severity is Severity.ERROR]
    label.setStyleSheet("color: #b00020;" if errors else "color: #1b5e20;")
    label.setText(
        describe(errors[0].code, errors[0].params)
        if errors
        else QCoreApplication.translate("UsccField", "Valid credit code.")
    )


class UsccField(QWidget):
    """A unified social credit code (统一社会信用代码), checked as it is typed; the core checks it again."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit(maxLength=24)
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.edit.textChanged.connect(self._changed)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 2)
        layout.addWidget(self.status, 3)

    def text(self) -> str:
        return self.edit.text().strip().upper()

    def setText(self, text: str) -> None:
        self.edit.setText(text)

    def valid(self) -> bool:
        return not any(f.severity is Severity.ERROR for f in validate_uscc(self.text()))

    def retranslate(self) -> None:
        self._changed(self.edit.text(), quiet=True)

    def _changed(self, _text: str, quiet: bool = False) -> None:
        say_uscc_check(self.status, self.text())
        if not quiet:
            self.changed.emit()
