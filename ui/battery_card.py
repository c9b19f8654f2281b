"""The current battery's card: what its code says, and what the records say about it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QWidget

from station.codes import CodeResult


class BatteryCard(QGroupBox):
    FIELDS = ("code", "maker", "product_type", "chemistry", "production_date", "serial")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._labels = {name: QLabel("—") for name in self.FIELDS}
        self._captions = {name: QLabel() for name in self.FIELDS}
        layout = QFormLayout(self)
        for name in self.FIELDS:
            label = self._labels[name]
            label.setTextFormat(Qt.TextFormat.PlainText)  # a scanned payload is data, never markup
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addRow(self._captions[name], label)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Battery"))
        captions = {
            "code": self.tr("Code"),
            "maker": self.tr("Maker"),
            "product_type": self.tr("Type"),
            "chemistry": self.tr("Chemistry"),
            "production_date": self.tr("Production date"),
            "serial": self.tr("Serial"),
        }
        for name, text in captions.items():
            self._captions[name].setText(text)

    def show_read(self, read: CodeResult) -> None:
        fields = read.fields
        kinds = {"P": self.tr("Pack"), "M": self.tr("Module"), "C": self.tr("Cell")}
        values = {name: "—" for name in self.FIELDS}
        values["code"] = read.code or "—"
        if fields is not None:
            maker_name = fields.maker_name_zh or fields.maker_name_en
            values["maker"] = f"{fields.maker} {maker_name}" if maker_name else fields.maker
            values["product_type"] = kinds.get(fields.product_type, fields.product_type)
            values["chemistry"] = f"{fields.chemistry} {fields.chemistry_name or ''}".strip()
            values["production_date"] = fields.production_date.isoformat() if fields.production_date else "—"
            values["serial"] = fields.serial
        for name, value in values.items():
            self._labels[name].setText(value)
