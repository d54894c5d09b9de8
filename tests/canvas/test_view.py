"""The view: zoom around the pointer (Ctrl+wheel, pinch), pan (middle button, Space+drag), fit, level of detail."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QNativeGestureEvent, QPointingDevice, QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from cxdesigner.canvas import style
from cxdesigner.canvas.style import LOD_THRESHOLD
from tests.canvas.gestures import Canvas

NO_MODS = Qt.KeyboardModifier.NoModifier


def _wheel(canvas: Canvas, at: QPoint, steps: int, modifiers=Qt.KeyboardModifier.ControlModifier) -> None:
    port = canvas.view.viewport()
    event = QWheelEvent(
        QPointF(at), QPointF(port.mapToGlobal(at)), QPoint(), QPoint(0, 120 * steps),
        Qt.MouseButton.NoButton, modifiers, Qt.ScrollPhase.NoScrollPhase, False,
    )  # fmt: skip
    QApplication.sendEvent(port, event)


def test_zoom_steps_reset_and_fit_report_the_factor(canvas: Canvas, qtbot) -> None:
    view = canvas.view
    with qtbot.waitSignal(view.zoom_changed) as sig:
        view.zoom_in()
    assert sig.args == [pytest.approx(1.25)] and view.transform().m11() == pytest.approx(1.25)
    view.zoom_out()
    view.zoom_out()
    assert view.zoom == pytest.approx(0.8)
    view.zoom_reset()
    assert view.zoom == 1.0
    view.fit_map()
    bounds = canvas.scene.layout.bounds
    shown = view.mapToScene(view.viewport().rect()).boundingRect()
    assert shown.contains(QPointF(bounds.x, bounds.y)) and shown.contains(QPointF(bounds.right, bounds.bottom))
    assert view.zoom < 1.0


def test_ctrl_wheel_zooms_around_the_pointer(canvas: Canvas) -> None:
    view = canvas.view
    view.resize(800, 500)  # the map stays larger than the window, so there is room to scroll
    at = QPoint(500, 300)
    under = view.mapToScene(at)
    _wheel(canvas, at, 2)
    assert view.zoom > 1.3
    assert (view.mapToScene(at) - under).manhattanLength() < 2.0
    _wheel(canvas, at, -3)
    assert view.zoom < 1.0
    assert (view.mapToScene(at) - under).manhattanLength() < 2.0
    zoom = view.zoom
    _wheel(canvas, at, -1, NO_MODS)  # without Ctrl the wheel scrolls
    assert view.zoom == zoom


def test_a_pinch_zooms(canvas: Canvas) -> None:
    view = canvas.view
    device = QPointingDevice.primaryPointingDevice()
    at = QPointF(500, 400)
    event = QNativeGestureEvent(
        Qt.NativeGestureType.ZoomNativeGesture, device, 2, at, at, QPointF(view.viewport().mapToGlobal(at.toPoint())),
        0.5, QPointF(), 1,
    )  # fmt: skip
    QApplication.sendEvent(view.viewport(), event)
    assert view.zoom == pytest.approx(1.5)


def test_middle_button_and_space_drag_pan(canvas: Canvas) -> None:
    view, port = canvas.view, canvas.view.viewport()
    view.zoom_in()
    view.zoom_in()
    bar = view.horizontalScrollBar()
    bar.setValue(200)
    QTest.mousePress(port, Qt.MouseButton.MiddleButton, NO_MODS, QPoint(600, 400))
    QTest.mouseMove(port, QPoint(500, 400))
    QTest.mouseRelease(port, Qt.MouseButton.MiddleButton, NO_MODS, QPoint(500, 400))
    assert bar.value() == 300
    QTest.keyPress(view, Qt.Key.Key_Space)
    QTest.mousePress(port, Qt.MouseButton.LeftButton, NO_MODS, QPoint(600, 400))
    QTest.mouseMove(port, QPoint(650, 400))
    QTest.mouseRelease(port, Qt.MouseButton.LeftButton, NO_MODS, QPoint(650, 400))
    QTest.keyRelease(view, Qt.Key.Key_Space)
    assert bar.value() == 250
    assert canvas.state.selection == [] and canvas.doc.undo_stack.count() == 0


def _pixel(canvas: Canvas, x: float, y: float) -> QColor:
    image = canvas.view.viewport().grab().toImage()
    return image.pixelColor(canvas.at(x, y))


def test_cards_draw_as_plain_coloured_rectangles_when_zoomed_far_out(canvas: Canvas) -> None:
    card = next(t for t in canvas.model.touchpoints() if t.title == "Advert")
    rect = canvas.scene.layout.cards[card.id].rect
    inside = (rect.right - 24, rect.bottom - 8)  # empty card surface, away from text and icon
    canvas.view.centerOn(rect.x, rect.y)
    assert _pixel(canvas, *inside) == style.CARD_FILL
    canvas.view.set_zoom(LOD_THRESHOLD * 0.8)
    canvas.view.centerOn(rect.x, rect.y)
    assert _pixel(canvas, *inside) == style.card_color(card)
    canvas.view.set_zoom(LOD_THRESHOLD * 1.2)
    assert _pixel(canvas, *inside) == style.CARD_FILL


def test_keys_reach_the_editor_before_the_window_shortcuts(canvas: Canvas) -> None:
    view = canvas.view
    canvas.scene.set_selection([canvas.model.touchpoints()[0].id])
    canvas.key(Qt.Key.Key_F2)
    from PySide6.QtGui import QKeyEvent

    override = QKeyEvent(QEvent.Type.ShortcutOverride, Qt.Key.Key_Delete, NO_MODS)
    QApplication.sendEvent(view, override)
    assert override.isAccepted()
    canvas.key(Qt.Key.Key_Escape)
    override = QKeyEvent(QEvent.Type.ShortcutOverride, Qt.Key.Key_Delete, NO_MODS)
    override.ignore()
    QApplication.sendEvent(view, override)
    assert not override.isAccepted()


def test_far_out_one_overview_paints_the_cards_and_a_drag_still_moves_them(canvas: Canvas) -> None:
    from PySide6.QtWidgets import QGraphicsItem

    no_contents = QGraphicsItem.GraphicsItemFlag.ItemHasNoContents
    scene, view, model = canvas.scene, canvas.view, canvas.model
    advert = next(t for t in model.touchpoints() if t.title == "Advert")
    seller = next(t for t in model.touchpoints() if t.title == "Seller")
    card = scene.item_for(advert.id)
    view.set_zoom(LOD_THRESHOLD * 0.8)
    assert scene.overview.isVisible() and card.flags() & no_contents
    rect = scene.layout.cards[advert.id].rect
    view.centerOn(rect.x, rect.y)
    assert _pixel(canvas, rect.right - 10, rect.bottom - 6) == style.card_color(advert)  # drawn by the overview

    target = scene.layout.cards[seller.id].rect
    canvas.drag(canvas.card_center(advert.id), (target.center.x, target.bottom + 3))
    assert [t.id for t in model.cell(seller.stage_id, seller.lane_id)] == [seller.id, advert.id]
    assert card.flags() & no_contents  # back in the overview after the drag
    moved = scene.layout.cards[advert.id].rect
    assert _pixel(canvas, moved.right - 10, moved.bottom - 6) == style.card_color(advert)
    view.zoom_reset()
    assert not scene.overview.isVisible() and not card.flags() & no_contents


def test_far_out_emotion_points_leave_the_painting_to_their_curve(canvas: Canvas) -> None:
    from PySide6.QtWidgets import QGraphicsItem

    from cxdesigner.commands import AddEntities
    from cxdesigner.domain.entities import Emotion, new_id

    no_contents = QGraphicsItem.GraphicsItemFlag.ItemHasNoContents
    model, scene = canvas.model, canvas.scene
    persona = model.personas()[0]
    first, second = model.touchpoints()[:2]
    emotions = [Emotion(new_id(), first.id, persona.id, 2), Emotion(new_id(), second.id, persona.id, -1)]
    canvas.doc.push(AddEntities(model, emotions, "Emotions"))
    points = scene.curves.points(persona.id)
    assert len(points) == 2 and not any(p.flags() & no_contents for p in points)
    canvas.view.set_zoom(LOD_THRESHOLD * 0.5)
    assert all(p.flags() & no_contents for p in scene.curves.points(persona.id))
    assert all(not line.flags() & no_contents for line in scene.curves.lines())
    canvas.doc.push(AddEntities(model, [Emotion(new_id(), model.touchpoints()[2].id, persona.id, 0)], "One more"))
    assert all(p.flags() & no_contents for p in scene.curves.points(persona.id))  # new points too
    canvas.view.zoom_reset()
    assert not any(p.flags() & no_contents for p in scene.curves.points(persona.id))
