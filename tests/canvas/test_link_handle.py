"""The link handle is a sure target at every zoom: at least 24 screen pixels across, a cross cursor over it,
and a press on it draws a link, never a move of the selection or a rubber band."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtTest import QTest

from cxdesigner.canvas.link_handle import HANDLE_DRAWN_PX, HANDLE_TARGET_PX, drawn_radius
from cxdesigner.domain.entities import Touchpoint
from tests.canvas.gestures import CTRL, LEFT, NO_MODS, Canvas, file_matches

ZOOMS = [0.53, 1.0, 2.0]
NEAR = 10
"""Screen pixels from the handle's centre that still press the handle (inside a 24-pixel target)."""


def _cards(canvas: Canvas) -> dict[str, Touchpoint]:
    return {t.title: t for t in canvas.model.touchpoints()}


def _at_zoom(canvas: Canvas, zoom: float) -> None:
    canvas.view.set_zoom(zoom)
    canvas.view.centerOn(QPointF(500.0, 260.0))


def _handle(canvas: Canvas, card_id: str) -> QPoint:
    """The viewport position of a card's handle centre."""
    card = canvas.scene.item_for(card_id)
    return canvas.view.mapFromScene(card.mapToScene(card.handle_center()))


def _drag(canvas: Canvas, start: QPoint, end: QPoint, steps: int = 8) -> list[bool]:
    """Press, move, release in viewport pixels; whether a rubber band showed after each move."""
    port = canvas.view.viewport()
    QTest.mouseMove(port, start)
    QTest.mousePress(port, LEFT, NO_MODS, start)
    banding = []
    for i in range(1, steps + 1):
        QTest.mouseMove(port, start + (end - start) * (i / steps))
        banding.append(not canvas.view.rubberBandRect().isNull())
    QTest.mouseRelease(port, LEFT, NO_MODS, end)
    return banding


def _centre(canvas: Canvas, card_id: str) -> QPoint:
    return canvas.at(*canvas.card_center(card_id))


@pytest.mark.parametrize("zoom", ZOOMS)
def test_with_two_cards_selected_dragging_a_handle_links_and_moves_nothing(canvas: Canvas, zoom: float) -> None:
    cards = _cards(canvas)
    advert, website, seller = cards["Advert"], cards["Website"], cards["Seller"]
    _at_zoom(canvas, zoom)
    canvas.click(*canvas.card_center(advert.id))
    canvas.click(*canvas.card_center(website.id), CTRL)
    assert set(canvas.state.selection) == {advert.id, website.id}
    steps = canvas.doc.undo_stack.count()

    _drag(canvas, _handle(canvas, advert.id) - QPoint(NEAR, 0), _centre(canvas, seller.id))

    assert canvas.model.flow_between(advert.id, seller.id) is not None
    assert canvas.doc.undo_stack.count() == steps + 1
    assert canvas.model.get(Touchpoint, advert.id) == advert
    assert canvas.model.get(Touchpoint, website.id) == website
    assert file_matches(canvas)


@pytest.mark.parametrize("zoom", ZOOMS)
def test_pressing_beside_a_handle_starts_no_rubber_band(canvas: Canvas, zoom: float) -> None:
    cards = _cards(canvas)
    advert, seller = cards["Advert"], cards["Seller"]
    _at_zoom(canvas, zoom)

    banding = _drag(canvas, _handle(canvas, advert.id) + QPoint(NEAR, 0), _centre(canvas, seller.id))

    assert not any(banding)
    assert canvas.model.flow_between(advert.id, seller.id) is not None
    assert canvas.state.selection == []


@pytest.mark.parametrize("zoom", ZOOMS)
def test_on_one_card_pressing_the_handle_never_moves_it(canvas: Canvas, zoom: float) -> None:
    cards = _cards(canvas)
    advert, seller = cards["Advert"], cards["Seller"]
    _at_zoom(canvas, zoom)
    canvas.click(*canvas.card_center(advert.id))
    below = _handle(canvas, advert.id) + QPoint(0, 200)  # an empty cell of the lane below

    for offset in (QPoint(-NEAR, 0), QPoint(0, NEAR), QPoint(-7, -7)):
        _drag(canvas, _handle(canvas, advert.id) + offset, below)
        assert canvas.model.get(Touchpoint, advert.id) == advert
    assert canvas.doc.undo_stack.count() == 0

    _drag(canvas, _handle(canvas, advert.id) + QPoint(-NEAR, 0), _centre(canvas, seller.id))
    assert canvas.model.flow_between(advert.id, seller.id) is not None
    assert canvas.model.get(Touchpoint, advert.id) == advert


@pytest.mark.parametrize("zoom", ZOOMS)
def test_the_cursor_shows_the_handle_and_the_handle_is_drawn_24_pixels_wide(canvas: Canvas, zoom: float) -> None:
    advert = _cards(canvas)["Advert"]
    _at_zoom(canvas, zoom)
    port = canvas.view.viewport()
    handle = _handle(canvas, advert.id)

    QTest.mouseMove(port, _centre(canvas, advert.id))
    assert port.cursor().shape() != Qt.CursorShape.CrossCursor
    for offset in (QPoint(-NEAR, 0), QPoint(NEAR, 0), QPoint(0, -NEAR), QPoint(0, 0)):
        QTest.mouseMove(port, handle + offset)
        assert port.cursor().shape() == Qt.CursorShape.CrossCursor, offset
    QTest.mouseMove(port, handle + QPoint(0, 200))
    assert port.cursor().shape() != Qt.CursorShape.CrossCursor

    QTest.mouseMove(port, handle + QPoint(NEAR, 0))
    hotspot = canvas.scene.handle_hotspot
    assert hotspot.isVisible() and hotspot.card_id == advert.id
    assert hotspot.sceneBoundingRect().width() * zoom >= HANDLE_TARGET_PX
    assert drawn_radius(zoom) * 2 * zoom >= HANDLE_DRAWN_PX
