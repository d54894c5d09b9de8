"""The drop indicator draws only the cells in the part being repainted: a scattered group's cells span the
map, and a drag repaints some of it every frame."""

from __future__ import annotations

from PySide6.QtCore import QLineF, QRectF, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem

from cxdesigner.canvas.indicator import DropIndicator


def _painted(exposed: QRectF) -> QImage:
    indicator = DropIndicator()
    indicator.show_at(QRectF(0, 0, 50, 50), QLineF(5, 25, 45, 25), [QRectF(200, 0, 50, 50)])
    image = QImage(300, 60, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.white)
    option = QStyleOptionGraphicsItem()
    option.exposedRect = exposed
    painter = QPainter(image)
    indicator.paint(painter, option)
    painter.end()
    return image


def test_only_the_exposed_cells_are_drawn() -> None:
    assert DropIndicator().flags() & QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption
    everything = _painted(QRectF(0, 0, 300, 60))
    assert everything.pixelColor(225, 10) != Qt.GlobalColor.white  # the other cell is tinted
    near = _painted(QRectF(0, 0, 60, 60))  # a frame that repaints only around the target cell
    assert near.pixelColor(225, 10) == Qt.GlobalColor.white
    assert near.pixelColor(25, 10) == everything.pixelColor(25, 10)  # the target cell as before
