"""How the window looks on the shop floor: text large enough to read at arm's length, touch targets a gloved
finger can hit, a focus mark that shows where the keyboard is, and a high-contrast variant for bright halls.

One application-wide style sheet and palette: the widgets' own colour sheets (the verdict banner...) still apply
inside it, so the high-contrast variant colours the plain surfaces through the palette, never with a sheet rule
for every widget that would paint over them."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

FONT_PT = (9, 24)
TOUCH_PX = 44  # the workflows' buttons: a gloved finger hits them

SHOP_FLOOR = """
QPushButton, QToolButton { min-height: 36px; padding: 2px 12px; }
QTabBar::tab { min-height: 34px; padding: 4px 16px; }
QLineEdit, QComboBox, QSpinBox, QDoubleSpinBox { min-height: 30px; }
QCheckBox::indicator, QRadioButton::indicator { width: 22px; height: 22px; }
QCheckBox, QRadioButton { min-height: 30px; }
QPushButton:focus, QToolButton:focus, QLineEdit:focus, QComboBox:focus, QSpinBox:focus, QDoubleSpinBox:focus,
QListWidget:focus, QTableWidget:focus, QTreeView:focus, QCheckBox:focus { border: 2px solid #1565c0; }
"""

HIGH_CONTRAST = """
QLineEdit, QComboBox, QSpinBox, QDoubleSpinBox, QPlainTextEdit, QListWidget, QTableWidget, QTreeView {
    background: #000000; color: #ffffff; border: 2px solid #ffffff; selection-background-color: #ffeb3b;
    selection-color: #000000; }
QPushButton, QToolButton { background: #000000; color: #ffffff; border: 2px solid #ffffff; }
QPushButton:disabled, QToolButton:disabled { color: #9e9e9e; border-color: #9e9e9e; }
QLabel:disabled, QCheckBox:disabled { color: #9e9e9e; }
QTabBar::tab:selected { background: #ffeb3b; color: #000000; }
QHeaderView::section { background: #000000; color: #ffffff; border: 1px solid #ffffff; }
QPushButton:focus, QToolButton:focus, QLineEdit:focus, QComboBox:focus, QSpinBox:focus, QDoubleSpinBox:focus,
QListWidget:focus, QTableWidget:focus, QTreeView:focus, QCheckBox:focus { border: 3px solid #ffeb3b; }
"""


def clamp_font(points: int) -> int:
    return max(FONT_PT[0], min(FONT_PT[1], points))


def apply(app: QApplication, font_pt: int, high_contrast: bool) -> None:
    font = app.font()
    font.setPointSize(clamp_font(font_pt))
    app.setFont(font)
    palette = QPalette()
    if high_contrast:
        for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base, QPalette.ColorRole.Button):
            palette.setColor(role, QColor("#000000"))
        for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
            palette.setColor(role, QColor("#ffffff"))
        palette.setColor(QPalette.ColorRole.Highlight, QColor("#ffeb3b"))
        palette.setColor(QPalette.ColorRole.HighlightedText, QColor("#000000"))
    app.setPalette(palette)
    app.setStyleSheet(SHOP_FLOOR + (HIGH_CONTRAST if high_contrast else ""))
