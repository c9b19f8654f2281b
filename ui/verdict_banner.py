"""The large verdict banner: colour, icon and words, readable at arm's length."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from station.rules.verdict import Outcome

# Colour and shape both carry the verdict, for colour-blind operators: tick, warning sign, flag (held), cross;
# each glyph is in DejaVu Sans (installed), so none shows as a box.
STYLE = {
    Outcome.ACCEPT: ("#1b7f3b", "✔"),
    Outcome.ACCEPT_WARNINGS: ("#b36b00", "⚠"),
    Outcome.QUARANTINE: ("#6a1b9a", "⚑"),
    Outcome.REJECT: ("#b71c1c", "✖"),
}


class VerdictBanner(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("verdictBanner")
        self.icon = QLabel()
        self.title = QLabel()
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        for label, size in ((self.icon, 48), (self.title, 32), (self.detail, 16)):
            label.setTextFormat(Qt.TextFormat.PlainText)  # reasons quote scanned text: never markup
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            font = label.font()
            font.setPointSize(size)
            font.setBold(label is not self.detail)
            label.setFont(font)
        layout = QVBoxLayout(self)
        for label in (self.icon, self.title, self.detail):
            layout.addWidget(label)
        self.outcome: Outcome | None = None
        self.clear()

    def clear(self) -> None:
        self.outcome = None
        self.icon.setText("")
        self.title.setText(self.tr("Ready to scan"))
        self.detail.setText("")
        self.setStyleSheet("#verdictBanner { background: #37474f; } QLabel { color: white; }")

    def show_verdict(self, outcome: Outcome, detail: str) -> None:
        self.outcome = outcome
        colour, icon = STYLE[outcome]
        self.icon.setText(icon)
        self.title.setText(self.outcome_text(outcome))
        self.detail.setText(detail)
        self.setStyleSheet(f"#verdictBanner {{ background: {colour}; }} QLabel {{ color: white; }}")

    def show_problem(self, detail: str) -> None:
        """Not a verdict: the scan could not be judged (a device or database problem)."""
        self.outcome = None
        self.icon.setText("!")
        self.title.setText(self.tr("Not judged"))
        self.detail.setText(detail)
        self.setStyleSheet("#verdictBanner { background: #e65100; } QLabel { color: white; }")

    def show_done(self, title: str, detail: str = "") -> None:
        """Not a verdict: a step recorded (an inspection, a hand-over...), in the accept colour."""
        self.outcome = None
        self.icon.setText("✔")
        self.title.setText(title)
        self.detail.setText(detail)
        self.setStyleSheet(f"#verdictBanner {{ background: {STYLE[Outcome.ACCEPT][0]}; }} QLabel {{ color: white; }}")

    def outcome_text(self, outcome: Outcome) -> str:
        return {
            Outcome.ACCEPT: self.tr("Accept"),
            Outcome.ACCEPT_WARNINGS: self.tr("Accept with warnings"),
            Outcome.QUARANTINE: self.tr("Quarantine"),
            Outcome.REJECT: self.tr("Reject"),
        }[outcome]
