"""The map view: zoom with Ctrl+wheel or a pinch around the pointer, pan with the middle button or Space+drag.

``zoom_in``, ``zoom_out``, ``zoom_reset`` and ``fit_map`` are what the View menu calls; ``zoom_changed``
tells the window the new factor (1.0 = 100 %). A left drag on empty canvas draws a rubber band. The edit
actions of the scene are repeated here so the window can call them on the view it holds.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, QSizeF, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QNativeGestureEvent, QPainter, QPixmap, QTransform, QWheelEvent
from PySide6.QtWidgets import QGraphicsItem, QGraphicsView, QWidget

from cxdesigner.canvas.scene import MapScene
from cxdesigner.canvas.style import LOD_THRESHOLD
from cxdesigner.domain.entities import Channel

_NO_CONTENTS = QGraphicsItem.GraphicsItemFlag.ItemHasNoContents
ZOOM_MIN = 0.01
ZOOM_MAX = 4.0
ZOOM_STEP = 1.25
FIT_MARGIN = 24.0
OPEN_WHOLE_MAP_AT = 0.6  # a map opens whole when it fits at this zoom or more...
OPEN_LEAST_ZOOM = 0.5  # ...else at its whole height, but never smaller than this (card titles stay legible)
_EDIT_KEYS = {
    Qt.Key.Key_A, Qt.Key.Key_C, Qt.Key.Key_V, Qt.Key.Key_X, Qt.Key.Key_Z, Qt.Key.Key_Y,
    Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Home, Qt.Key.Key_End, Qt.Key.Key_Backspace, Qt.Key.Key_Delete,
}  # fmt: skip


class MapView(QGraphicsView):
    """Shows a ``MapScene``; zooms, pans, and hands the rest of the input to the scene."""

    zoom_changed = Signal(float)

    def __init__(self, scene: MapScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.map_scene = scene
        self._zoom = 1.0
        self._pan_from: QPoint | None = None
        self._space = False
        self._shown_once = False
        self._frozen: tuple[QPixmap, QRectF, list[QGraphicsItem]] | None = None
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        self.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setRubberBandSelectionMode(Qt.ItemSelectionMode.IntersectsItemShape)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.MinimalViewportUpdate)
        self.setOptimizationFlag(QGraphicsView.OptimizationFlag.DontAdjustForAntialiasing)
        self.setBackgroundBrush(Qt.GlobalColor.white)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("Journey map"))
        self.setAccessibleDescription(self.tr("Stages across, lanes down, touchpoint cards in the cells"))
        self.setAcceptDrops(True)
        self.viewport().grabGesture(Qt.GestureType.PinchGesture)
        scene.view_state.reveal_requested.connect(self.reveal)

    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if not self._shown_once:
            self._shown_once = True
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().minimum())
            self.verticalScrollBar().setValue(self.verticalScrollBar().minimum())

    def reveal(self, ids: list[str]) -> None:
        """Scroll so the items of ``ids`` are in view, all of them when they fit at this zoom, else the first."""
        rects = [item.sceneBoundingRect() for i in ids if (item := self.map_scene.item_for(i)) is not None]
        if not rects:
            return
        whole = rects[0]
        for rect in rects[1:]:
            whole = whole.united(rect)
        seen = self.mapToScene(self.viewport().rect()).boundingRect()
        fits = whole.width() <= seen.width() and whole.height() <= seen.height()
        self.ensureVisible(whole if fits else rects[0], 40, 40)

    # ------------------------------------------------------------------ zoom
    @property
    def zoom(self) -> float:
        """The current zoom factor (1.0 is 100 %)."""
        return self._zoom

    def set_zoom(self, factor: float, anchor: QPointF | None = None) -> None:
        """Zoom to ``factor`` keeping the scene point under ``anchor`` (viewport pixels) in place."""
        factor = min(max(factor, ZOOM_MIN), ZOOM_MAX)
        if abs(factor - self._zoom) < 1e-9:
            return
        at = anchor if anchor is not None else QPointF(self.viewport().rect().center())
        fixed = self.mapToScene(at.toPoint())
        self.thaw()
        self.setTransform(QTransform.fromScale(factor, factor))
        moved = self.mapFromScene(fixed) - at.toPoint()
        self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() + moved.x())
        self.verticalScrollBar().setValue(self.verticalScrollBar().value() + moved.y())
        self._zoom_is(factor)

    def _zoom_is(self, factor: float) -> None:
        self._zoom = factor
        self.map_scene.set_overview(factor < LOD_THRESHOLD)
        self.zoom_changed.emit(factor)

    def zoom_in(self) -> None:
        self.set_zoom(self._zoom * ZOOM_STEP)

    def zoom_out(self) -> None:
        self.set_zoom(self._zoom / ZOOM_STEP)

    def zoom_reset(self) -> None:
        """Back to 100 %."""
        self.set_zoom(1.0)

    def fit_map(self) -> None:
        """Zoom and scroll so the whole map is visible."""
        rect, port = self._map_rect(), self.viewport().rect()
        if not rect.isEmpty() and not port.isEmpty():
            self._show(min(port.width() / rect.width(), port.height() / rect.height()), rect.center())

    def fit_for_opening(self) -> None:
        """The first look at a map: all of it where it fits at 60 % or more; else its whole height (every lane,
        the emotions lane included) from the journey's start, at a readable zoom. Never above 100 %."""
        rect, port = self._map_rect(), self.viewport().rect()
        if rect.isEmpty() or port.isEmpty():
            return
        whole = min(port.width() / rect.width(), port.height() / rect.height())
        if whole >= OPEN_WHOLE_MAP_AT:
            self._show(min(whole, 1.0), rect.center())
            return
        factor = min(max(port.height() / rect.height(), OPEN_LEAST_ZOOM), 1.0)
        half_w, half_h = port.width() / (2 * factor), port.height() / (2 * factor)
        self._show(factor, QPointF(rect.left() + half_w, rect.top() + half_h))

    def _map_rect(self) -> QRectF:
        b = self.map_scene.layout.bounds
        return QRectF(b.x, b.y, b.w, b.h).adjusted(-FIT_MARGIN, -FIT_MARGIN, FIT_MARGIN, FIT_MARGIN)

    def _show(self, factor: float, center: QPointF) -> None:
        factor = min(max(factor, ZOOM_MIN), ZOOM_MAX)
        self.thaw()
        self.setTransform(QTransform.fromScale(factor, factor))
        self.centerOn(center)
        if abs(factor - self._zoom) > 1e-9:
            self._zoom_is(factor)

    # ------------------------------------------------------------------ wheel and pinch
    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 - Qt override
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() or event.pixelDelta().y()
            if steps:
                self.set_zoom(self._zoom * (1.0015**steps), event.position())
            event.accept()
            return
        super().wheelEvent(event)

    def viewportEvent(self, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.NativeGesture and self._gesture(event):  # type: ignore[arg-type]
            return True
        if event.type() == QEvent.Type.Gesture:
            pinch = event.gesture(Qt.GestureType.PinchGesture)  # type: ignore[attr-defined]
            if pinch is not None:
                scale = pinch.scaleFactor()
                if scale > 0:
                    self.set_zoom(self._zoom * scale, self.viewport().mapFromGlobal(pinch.hotSpot().toPoint()))
                event.accept()
                return True
        return super().viewportEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.NativeGesture and self._gesture(event):  # type: ignore[arg-type]
            return True
        if event.type() == QEvent.Type.ShortcutOverride and self._editor_wants(event):  # type: ignore[arg-type]
            event.accept()
            return True
        return super().event(event)

    def _gesture(self, event: QNativeGestureEvent) -> bool:
        if event.gestureType() != Qt.NativeGestureType.ZoomNativeGesture:
            return False
        anchor = self.viewport().mapFrom(self, event.position().toPoint()) if event.position() else None
        self.set_zoom(self._zoom * (1.0 + event.value()), QPointF(anchor) if anchor is not None else None)
        event.accept()
        return True

    def _editor_wants(self, event: QKeyEvent) -> bool:
        """While renaming, text keys go to the editor rather than to the window's shortcuts."""
        if not self.map_scene.editor.active:
            return False
        mods = event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier & ~Qt.KeyboardModifier.KeypadModifier
        if mods == Qt.KeyboardModifier.NoModifier:
            return True
        return mods == Qt.KeyboardModifier.ControlModifier and Qt.Key(event.key()) in _EDIT_KEYS

    # ------------------------------------------------------------------ panning
    def _panning_starts(self, event: QMouseEvent) -> bool:
        middle = event.button() == Qt.MouseButton.MiddleButton
        return middle or (self._space and event.button() == Qt.MouseButton.LeftButton)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if self._panning_starts(event):
            self._pan_from = event.position().toPoint()
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if self._pan_from is not None:
            now = event.position().toPoint()
            delta, self._pan_from = now - self._pan_from, now
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() - delta.x())
            self.verticalScrollBar().setValue(self.verticalScrollBar().value() - delta.y())
            event.accept()
            return
        if event.buttons() == Qt.MouseButton.NoButton and not self._space:
            # before the scene sees the move, so the view's cursor logic finds the hotspot under the pointer
            self.map_scene.gestures.hover(self.mapToScene(event.position().toPoint()), self._zoom)
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if self._pan_from is not None:
            self._pan_from = None
            self._set_pan_cursor()
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def leaveEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        self.map_scene.handle_hotspot.show_on(None, self._zoom)
        super().leaveEvent(event)

    def _set_pan_cursor(self) -> None:
        if self._space:
            self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
        else:
            self.viewport().unsetCursor()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() == Qt.Key.Key_Space and not self.map_scene.editor.active:
            if not event.isAutoRepeat():
                self._space = True
                self._set_pan_cursor()
            event.accept()
            return
        super().keyPressEvent(event)

    def keyReleaseEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() == Qt.Key.Key_Space and self._space and not event.isAutoRepeat():
            self._space = False
            self._set_pan_cursor()
            event.accept()
            return
        super().keyReleaseEvent(event)

    def focusOutEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        self._space = False
        super().focusOutEvent(event)

    # ------------------------------------------------------------------ a still picture behind a drag
    def freeze(self, moving: list[QGraphicsItem]) -> None:
        """Paint everything but the ``moving`` items once into a picture and show that picture behind them
        until ``thaw``: each frame of a drag then repaints only what moves (plus a blit)."""
        self.thaw()
        port = self.viewport()
        area = self.mapToScene(port.rect()).boundingRect()
        still = [i for i in self.scene().items(area) if i.isVisible() and not i.flags() & _NO_CONTENTS]
        shown = [(i, i.opacity()) for i in moving if i.isVisible()]
        for item, _opacity in shown:
            item.setOpacity(0.0)  # not setVisible(False): hiding a selected card deselects it
        ratio = port.devicePixelRatioF()
        picture = QPixmap(port.size() * ratio)
        picture.setDevicePixelRatio(ratio)
        painter = QPainter(picture)
        self.render(painter, QRectF(QPointF(0, 0), QSizeF(port.size())), port.rect())
        painter.end()
        for item, opacity in shown:
            item.setOpacity(opacity)
        keep = set(moving)
        still = [i for i in still if i not in keep and i.topLevelItem() not in keep]
        for item in still:
            item.setFlag(_NO_CONTENTS, True)
        self._frozen = (picture, area, still)

    def thaw(self) -> None:
        """Back to painting every item (the drag ended)."""
        frozen, self._frozen = self._frozen, None
        if frozen is not None:
            for item in frozen[2]:
                item.setFlag(_NO_CONTENTS, False)
            self.viewport().update()

    def paintEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        waiting = self.map_scene.deferred
        if waiting is not None:  # a big map still being made: what is about to be painted first (canvas.deferred)
            waiting.build_in(self.mapToScene(event.rect()).boundingRect())
        super().paintEvent(event)

    def drawBackground(self, painter: QPainter, rect: QRectF) -> None:  # noqa: N802 - Qt override
        if self._frozen is None:
            super().drawBackground(painter, rect)
            return
        picture, _area, _still = self._frozen
        painter.save()
        painter.resetTransform()  # a 1:1 blit in viewport pixels: the picture was taken at this very zoom and scroll
        painter.drawPixmap(QPoint(0, 0), picture)
        painter.restore()

    def scrollContentsBy(self, dx: int, dy: int) -> None:  # noqa: N802 - Qt override
        self.thaw()  # the picture no longer matches what is shown
        super().scrollContentsBy(dx, dy)

    # ------------------------------------------------------------------ the scene's actions, for the window
    def add_card_in_selection(self, channel: Channel = Channel.OTHER) -> str | None:
        return self.map_scene.add_card_in_selection(channel)

    def add_stage_after_selection(self) -> str | None:
        return self.map_scene.add_stage_after_selection()

    def add_lane_after_selection(self) -> str | None:
        return self.map_scene.add_lane_after_selection()

    def delete_selection(self) -> bool:
        return self.map_scene.delete_selection()

    def rename_selection(self) -> bool:
        return self.map_scene.rename_selection()

    def select_all(self) -> None:
        self.map_scene.select_all()

    def link_selection_to_next(self) -> bool:
        return self.map_scene.link_selection_to_next()
