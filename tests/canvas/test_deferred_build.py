"""A big map's cards and flows made as they come into view and when idle (``canvas.deferred``), on the sample
with the threshold lowered so that it counts as big."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, QRectF, Qt

from cxdesigner.canvas import deferred
from cxdesigner.canvas import scene as scene_module
from cxdesigner.canvas.card import TouchpointCard
from cxdesigner.canvas.emotion_curve import CurveLine, EmotionPoint
from cxdesigner.canvas.flow import FlowArrow
from cxdesigner.canvas.scene import MapScene
from cxdesigner.canvas.view import MapView
from cxdesigner.commands.edit import SetFields
from cxdesigner.document import Document
from cxdesigner.io.samples import SAMPLE_FILES
from cxdesigner.paths import resource_path
from cxdesigner.viewstate import ViewState


@pytest.fixture
def document(tmp_path: Path, monkeypatch) -> Iterator[Document]:
    monkeypatch.setattr(scene_module, "DEFER_ABOVE", 10)  # the sample's 40-odd cards and flows count as big
    path = tmp_path / "sample.cxd"
    shutil.copy(resource_path("samples", SAMPLE_FILES["en"]), path)
    doc = Document.open(path)
    yield doc
    doc.close()


def _view(qtbot, scene: MapScene, width: int = 520, height: int = 420) -> MapView:
    view = MapView(scene)
    view.resize(width, height)
    qtbot.addWidget(view)
    view.set_zoom(1.0)
    view.horizontalScrollBar().setValue(view.horizontalScrollBar().minimum())
    view.verticalScrollBar().setValue(view.verticalScrollBar().minimum())
    return view


def _shown(scene: MapScene) -> QRectF:
    view = scene.views()[0]
    return view.mapToScene(view.viewport().rect()).boundingRect()


def _cards_and_flows(doc: Document) -> set[str]:
    return {t.id for t in doc.model.touchpoints()} | {f.id for f in doc.model.flows()}


def _look(item: object) -> tuple:
    """What an item shows: its place, visibility, halos and, for a card, its badge and thumbnail."""
    base = (type(item).__name__, item.sceneBoundingRect().getRect(), item.isVisible(), item.highlights)
    if isinstance(item, TouchpointCard):
        return (*base, item.quality, item.picture.id if item.picture is not None else None)
    assert isinstance(item, FlowArrow)
    return (*base, item.share_width)


def test_the_first_paint_makes_what_it_shows_and_idle_turns_make_the_rest(qtbot, document: Document) -> None:
    scene = MapScene(document, ViewState(), deferred=True)
    view = _view(qtbot, scene)
    waiting = scene.deferred
    # and the emotion curves, which leave their points here when they are worked out
    assert waiting is not None and waiting.pending == len(_cards_and_flows(document)) + 1
    assert not any(isinstance(i, TouchpointCard) for i in scene.items())  # nothing made before a paint

    r = scene.layout.cards[document.model.touchpoints()[0].id].rect
    view.centerOn(r.x + r.w / 2, r.y + r.h / 2)
    view.viewport().grab()  # a paint of the viewport, as the window's first one

    shown = _shown(scene)
    made = scene.built_items_by_id()
    in_view = [t.id for t in document.model.touchpoints() if _meets(scene.layout.cards[t.id].rect, shown)]
    assert in_view and all(isinstance(made.get(i), TouchpointCard) for i in in_view)
    assert scene.deferred is not None and scene.deferred.pending > 0  # the map is wider than the view
    qtbot.waitUntil(lambda: scene.deferred is None)  # the rest came in idle slices, with no input
    made = {i for i, item in scene.built_items_by_id().items() if isinstance(item, TouchpointCard | FlowArrow)}
    assert made == _cards_and_flows(document)


def _meets(r, shown: QRectF) -> bool:
    return QRectF(r.x, r.y, r.w, r.h).intersects(shown)


def test_late_items_look_as_those_of_a_scene_made_whole(qtbot, document: Document) -> None:
    def state() -> ViewState:
        s = ViewState()
        s.set_hidden_lanes([document.model.touchpoints()[0].lane_id])
        s.set_flow_widths(True)
        cards = [t.id for t in document.model.touchpoints()]
        s.highlight("finding", cards[::3])
        return s

    whole = MapScene(document, state())
    late = MapScene(document, state(), deferred=True)
    assert late.deferred is not None
    late.finish_build()

    assert late.deferred is None
    ids = _cards_and_flows(document)
    assert {_look(whole.item_for(i)) for i in ids} == {_look(late.item_for(i)) for i in ids}
    looks = [_look(late.item_for(i)) for i in ids]
    assert any(not shown for _t, _r, shown, *_ in looks), "a hidden lane's cards are hidden"
    assert any(halos for *_, halos, _q, _p in (x for x in looks if x[0] == "TouchpointCard"))
    assert any(p is not None for *_, p in (x for x in looks if x[0] == "TouchpointCard")), "a thumbnail"


def _points(scene: MapScene) -> set[tuple]:
    return {
        (i.persona_id, i.touchpoint_id, i.measured, i.waiting, i.value, i.x(), i.y())
        for i in scene.items()
        if isinstance(i, EmotionPoint)
    }


def test_the_emotion_points_wait_with_the_cards_and_come_as_a_whole_scene_has_them(qtbot, document: Document) -> None:
    whole = MapScene(document, ViewState())
    late = MapScene(document, ViewState(), deferred=True)
    assert _points(whole) and not _points(late)  # none made before a paint

    view = _view(qtbot, late, 2000, 1400)  # the whole sample's height: the emotion lane in view
    view.viewport().grab()
    shown = _shown(late)
    assert _points(late) and all(shown.contains(QPointF(x, y)) for *_i, x, y in _points(late))

    assert len(late.curves.points(document.model.personas()[0].id)) > 0  # asking for them makes the rest
    assert late.deferred is None and _points(late) == _points(whole)
    assert {id(i) for i in late.curves.items if isinstance(i, EmotionPoint)} == {
        id(i) for i in late.items() if isinstance(i, EmotionPoint)
    }


def test_the_curves_wait_until_their_band_comes_into_view_then_come_with_the_points_there(
    qtbot, document: Document
) -> None:
    late = MapScene(document, ViewState(), deferred=True)
    view = _view(qtbot, late)  # the map's top left: the emotion band lies below
    view.viewport().grab()
    band = late.layout.emotion_band
    assert band is not None and not _shown(late).intersects(QRectF(band.x, band.y, band.w, band.h))
    assert late.curves.items == [] and not _points(late)  # not worked out yet

    view.centerOn(band.x + 260, band.y + band.h / 2)
    view.viewport().grab()  # the band's paint works the curves out and makes the points it shows
    shown = _shown(late)
    assert any(isinstance(i, CurveLine) for i in late.curves.items)
    in_view = {p for p in _points(MapScene(document, ViewState())) if shown.contains(QPointF(p[-2], p[-1]))}
    assert in_view and in_view <= _points(late)
    assert late.deferred is not None  # the rest of the map still waits


def test_a_press_before_the_rest_is_made_makes_it_first(qtbot, document: Document, monkeypatch) -> None:
    monkeypatch.setattr(deferred, "SLICE", 1)  # one item per idle turn: the rest still waits when the press comes
    scene = MapScene(document, ViewState(), deferred=True)
    view = _view(qtbot, scene)
    view.show()
    qtbot.waitExposed(view)
    assert scene.deferred is not None
    qtbot.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(5, view.viewport().height() - 5))

    assert scene.deferred is None
    assert {i for i in _cards_and_flows(document) if scene.built_item(i) is None} == set()
    qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(5, view.viewport().height() - 5))


def test_an_edit_before_the_rest_is_made_places_every_card_by_the_new_layout(qtbot, document: Document) -> None:
    scene = MapScene(document, ViewState(), deferred=True)
    stage = document.model.stages()[0]
    far = next(t for t in document.model.touchpoints() if t.stage_id != stage.id)
    before = scene.layout.cards[far.id].rect

    assert scene.push(SetFields(document.model, stage, "Widen", width=stage.width + 300))

    assert scene.deferred is None
    rect = scene.layout.cards[far.id].rect
    assert rect != before  # every card right of the first stage moved
    assert scene.item_for(far.id).sceneBoundingRect().contains(QRectF(rect.x, rect.y, rect.w, rect.h).center())


def test_a_curve_refresh_while_points_wait_makes_them_first_and_keeps_one_of_each(qtbot, document: Document) -> None:
    state = ViewState()
    late = MapScene(document, state, deferred=True)
    hidden = document.model.personas()[0].id
    band = late.layout.emotion_band
    assert late.deferred is not None and band is not None
    late.deferred.build_in(QRectF(band.x, band.y, 1.0, 1.0))  # the curves worked out, their points left waiting
    assert late.curves.items and not _points(late)

    state.set_persona_visible(hidden, False)  # the curves refresh while every point still waits

    whole_state = ViewState()
    whole_state.set_persona_visible(hidden, False)
    whole = MapScene(document, whole_state)
    assert late.deferred is None
    assert _points(late) == _points(whole)
    count = [sum(isinstance(i, EmotionPoint) for i in scene.items()) for scene in (late, whole)]
    assert count[0] == count[1]


def test_a_curve_refresh_before_the_curves_were_worked_out_counts_as_their_first(qtbot, document: Document) -> None:
    state = ViewState()
    late = MapScene(document, state, deferred=True)
    hidden = document.model.personas()[0].id
    state.set_persona_visible(hidden, False)  # before any paint: the curves are worked out now, points wait
    assert late.curves.items and not _points(late)
    late.finish_build()  # and the waiting curves entry, made last, adds no second copy

    whole_state = ViewState()
    whole_state.set_persona_visible(hidden, False)
    whole = MapScene(document, whole_state)
    assert _points(late) == _points(whole)
    count = [sum(isinstance(i, EmotionPoint | CurveLine) for i in scene.items()) for scene in (late, whole)]
    assert count[0] == count[1]
