"""Words that wrap to the panel's width instead of holding a narrow side dock wider: labels and check boxes.

``QCheckBox`` lays its text out on one line, so "Highlight failing on the map" (longer still in Russian or in
the projector's type) made the side dock scroll sideways. ``WrappingCheckBox`` paints only its indicator and
lays a word-wrapped label beside it, which is transparent to the mouse: a click on the words toggles the box
as on a plain check box. ``text()`` and the accessible name are the words.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QSizePolicy, QStyle, QStyleOptionButton, QWidget


def wrapped(label: QLabel) -> QLabel:
    """``label``, wrapping its words."""
    label.setWordWrap(True)
    return label


class WrappingCheckBox(QCheckBox):
    """A ``QCheckBox`` with wrapping words."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel(text, self)
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        option = QStyleOptionButton()
        self.initStyleOption(option)
        style = self.style()
        indicator = style.pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth, option, self)
        spacing = style.pixelMetric(QStyle.PixelMetric.PM_CheckBoxLabelSpacing, option, self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(indicator + spacing, 0, 0, 0)
        layout.addWidget(self.label, 1)
        policy = self.sizePolicy()  # a check box is one line high (Fixed); this one is as high as its words
        policy.setVerticalPolicy(QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setAccessibleName(text)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override: the words' size, not QCheckBox's empty text
        return self.layout().totalSizeHint()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return self.layout().totalMinimumSize()

    def text(self) -> str:  # noqa: D102 - the words, as QCheckBox.text gives them
        return self.label.text()

    def setText(self, text: str) -> None:  # noqa: N802 - Qt's name
        self.label.setText(text)
        self.setAccessibleName(text)

    def hitButton(self, pos) -> bool:  # noqa: N802 - Qt override: the words are part of the button
        return self.rect().contains(pos)
