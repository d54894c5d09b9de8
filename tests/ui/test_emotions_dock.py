"""The Emotions table shows a useful number of rows wherever its dock is: in the side area where it opens,
and in the short bottom area a user may drag it to (where it used to show one and a half rows)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from cxdesigner.domain import sample
from cxdesigner.ui.main_window import MainWindow

Area = Qt.DockWidgetArea


@pytest.fixture
def journey():
    return sample.build()


def _rows_in_view(window: MainWindow) -> float:
    panel = window.docks["emotions"].widget().widget()
    table = panel.table
    return table.viewport().height() / table.rowHeight(0)


@pytest.mark.parametrize(("area", "least"), [(None, 8), (Area.BottomDockWidgetArea, 4)])
def test_the_emotions_table_shows_several_rows_at_the_laptop_size(qtbot, window: MainWindow, area, least) -> None:
    window.showNormal()
    window.resize(1366, 740)
    dock = window.docks["emotions"]
    if area is not None:
        window.addDockWidget(area, dock)
    dock.show()
    dock.raise_()
    if area is not None:
        window.resizeDocks([dock], [round(window.height() * 0.25)], Qt.Orientation.Vertical)
    for _ in range(5):
        QApplication.processEvents()
    assert _rows_in_view(window) >= least
