"""Real input for canvas tests: mouse drags, clicks and keys sent to a shown MapView, and palette drops.

Mouse events go to the view's viewport at the view position of a scene point, as a user's would.
Palette drops send QDragEnter/QDragMove/QDrop events carrying the palette MIME data (an OS drag loop
cannot run offscreen). ``reopen`` reads the project file back, read-only, to compare with the model.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QEvent, QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from cxdesigner.canvas.drop_tool import PALETTE_MIME
from cxdesigner.canvas.scene import MapScene
from cxdesigner.canvas.view import MapView
from cxdesigner.document import Document
from cxdesigner.domain.journey import JourneyMap
from cxdesigner.storage.store import ProjectStore
from cxdesigner.viewstate import ViewState

LEFT = Qt.MouseButton.LeftButton
NO_MODS = Qt.KeyboardModifier.NoModifier
CTRL = Qt.KeyboardModifier.ControlModifier


@dataclass
class Canvas:
    """A shown view on a scene on a document, as the window would hold them."""

    doc: Document
    state: ViewState
    scene: MapScene
    view: MapView

    @property
    def model(self) -> JourneyMap:
        return self.doc.model

    def at(self, x: float, y: float) -> QPoint:
        """The viewport position of a scene point."""
        return self.view.mapFromScene(QPointF(x, y))

    def click(self, x: float, y: float, modifiers=NO_MODS) -> None:
        QTest.mouseClick(self.view.viewport(), LEFT, modifiers, self.at(x, y))

    def double_click(self, x: float, y: float) -> None:
        QTest.mouseDClick(self.view.viewport(), LEFT, NO_MODS, self.at(x, y))

    def drag(self, start: tuple[float, float], end: tuple[float, float], modifiers=NO_MODS, steps: int = 6) -> None:
        """Press at ``start``, move in steps, release at ``end`` (scene coordinates)."""
        port = self.view.viewport()
        a, b = self.at(*start), self.at(*end)
        QTest.mousePress(port, LEFT, modifiers, a)
        for i in range(1, steps + 1):
            p = a + (b - a) * (i / steps)
            QTest.mouseMove(port, p)
        QTest.mouseRelease(port, LEFT, modifiers, b)

    def key(self, key: Qt.Key, modifiers=NO_MODS) -> None:
        QTest.keyClick(self.view, key, modifiers)

    def type(self, text: str) -> None:
        """Type text into the focused view, one key event per character (emoji and RTL included)."""
        for char in text:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(self.view, QKeyEvent(kind, 0, NO_MODS, char))

    def card_center(self, card_id: str) -> tuple[float, float]:
        c = self.scene.layout.cards[card_id].rect.center
        return c.x, c.y

    def palette_drop(self, payload: str, x: float, y: float, leave_at: tuple[float, float] | None = None) -> bool:
        """Drag palette data over the viewport to a scene point and drop it; True if the drop was accepted."""
        mime = QMimeData()
        mime.setData(PALETTE_MIME, payload.encode("utf-8"))
        return self.mime_drop(mime, x, y, leave_at)

    def mime_drop(self, mime: QMimeData, x: float, y: float, leave_at: tuple[float, float] | None = None) -> bool:
        """Drag any data over the viewport to a scene point and drop it; True if the drop was accepted."""
        port = self.view.viewport()
        actions = Qt.DropAction.CopyAction
        start = QPointF(self.at(*(leave_at or (x, y))))
        enter = QDragEnterEvent(start.toPoint(), actions, mime, LEFT, NO_MODS)
        QApplication.sendEvent(port, enter)
        if not enter.isAccepted():
            return False
        target = QPointF(self.at(x, y))
        move = QDragMoveEvent(target.toPoint(), actions, mime, LEFT, NO_MODS)
        QApplication.sendEvent(port, move)
        if not move.isAccepted():
            return False
        drop = QDropEvent(target, actions, mime, LEFT, NO_MODS)
        QApplication.sendEvent(port, drop)
        return drop.isAccepted()


def reopen(path: Path) -> JourneyMap:
    """The map as the project file holds it now."""
    store, journey = ProjectStore.open_file(path, read_only=True)
    store.close()
    return journey


def state_of(journey: JourneyMap) -> list[str]:
    return sorted(repr(e) for e in journey.entities())


def file_matches(canvas: Canvas) -> bool:
    """Whether the reopened file holds exactly what the model holds."""
    return state_of(reopen(canvas.doc.path)) == state_of(canvas.model)
