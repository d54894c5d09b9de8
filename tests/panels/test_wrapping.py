"""Rows that wrap and words that wrap: what keeps a narrow side dock from scrolling sideways."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from cxdesigner.panels.flow_layout import FlowLayout
from cxdesigner.panels.wrapping import WrappingCheckBox

LEFT = Qt.MouseButton.LeftButton


def test_a_flow_of_buttons_wraps_onto_rows_when_narrow(qtbot) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    flow = FlowLayout(host, spacing=6)
    buttons = [QPushButton(text, host) for text in ("Add improvement", "Delete", "Link to the chosen barrier")]
    for button in buttons:
        flow.addWidget(button)
    widest = max(b.sizeHint().width() for b in buttons)
    assert flow.minimumSize().width() == widest  # one button a row, never wider than its widest
    one_row = flow.sizeHint().width()
    assert one_row == sum(b.sizeHint().width() for b in buttons) + 12
    high = buttons[0].sizeHint().height()
    assert flow.heightForWidth(one_row) == high
    assert flow.heightForWidth(widest) == 3 * high + 12
    host.resize(one_row, flow.heightForWidth(one_row))
    host.show()
    qtbot.waitExposed(host)
    assert len({b.y() for b in buttons}) == 1
    host.resize(widest, flow.heightForWidth(widest))
    qtbot.wait(10)
    assert [b.x() for b in buttons] == [0, 0, 0] and buttons[2].y() > buttons[1].y() > buttons[0].y()


def test_a_wrapping_check_box_wraps_and_toggles_from_its_words(qtbot) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    box = WrappingCheckBox("Highlight changes on the map, a long way out of a narrow dock", host)
    QVBoxLayout(host).addWidget(box)
    assert box.text().startswith("Highlight") and box.accessibleName() == box.text()
    assert box.minimumSizeHint().width() < box.fontMetrics().horizontalAdvance(box.text()) / 2
    host.resize(140, 200)
    host.show()
    qtbot.waitExposed(host)
    assert box.height() > 2 * box.fontMetrics().height()  # on several lines
    words = box.label.geometry().center()
    qtbot.mouseClick(box, LEFT, pos=QPoint(words.x(), words.y()))
    assert box.isChecked()
    qtbot.mouseClick(box, LEFT, pos=QPoint(words.x(), words.y()))
    assert not box.isChecked()
    box.setText("Short")
    assert box.label.text() == "Short" and box.accessibleName() == "Short"
