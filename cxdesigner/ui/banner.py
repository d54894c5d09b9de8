"""The warning strip shown above the canvas when the project file could not be written.

It says what happened in one line and offers Save As, without blocking work: the map in memory is intact and
the store rewrites the whole file at the next successful write.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget


class WriteFailedBanner(QFrame):
    """A non-modal one-line warning with a "Save As…" button and a close button."""

    save_as_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("write_failed_banner")
        self.setAccessibleName(self.tr("Warning"))
        self.setStyleSheet(
            "#write_failed_banner { background: #fff3bf; border-bottom: 1px solid #f08c00; }"
            "#write_failed_banner QLabel { color: #5c3c00; }"
        )
        self.label = QLabel(self)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        self.save_as = QPushButton(self.tr("Save As…"), self)
        self.save_as.clicked.connect(self.save_as_requested)
        dismiss = QToolButton(self)
        dismiss.setText("✕")
        dismiss.setAutoRaise(True)
        dismiss.setToolTip(self.tr("Hide this warning"))
        dismiss.setAccessibleName(self.tr("Hide this warning"))
        dismiss.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.save_as)
        layout.addWidget(dismiss)
        self.hide()

    def show_message(self, message: str) -> None:
        """Show the banner with this one-line message."""
        self.label.setText(message)
        self.show()
