"""Emotion curves on the canvas: drawn per persona in its colour, dragged to set values, following feedback."""

from __future__ import annotations

from PySide6.QtGui import QColor

from cxdesigner.canvas.emotion_curve import CurveLine, EmotionPoint
from cxdesigner.commands import AddEntities, SetFields
from cxdesigner.domain.entities import Emotion, Persona, Touchpoint, new_id
from cxdesigner.domain.feedback import FeedbackItem
from cxdesigner.domain.layout import emotion_y
from tests.canvas.gestures import Canvas, reopen


def _feel(kit: Canvas, persona: Persona, values: list[int]) -> None:
    tps = kit.model.touchpoints()
    emotions = [
        Emotion(id=new_id(), touchpoint_id=t.id, persona_id=persona.id, designed=v)
        for t, v in zip(tps, values, strict=False)
    ]
    kit.doc.push(AddEntities(kit.model, emotions, "feel"))


def test_two_personas_drawn_in_their_colours(canvas: Canvas) -> None:
    first = canvas.model.personas()[0]
    second = Persona(id=new_id(), name="Office worker", color="#2b8a3e", order=2.0)
    canvas.doc.push(AddEntities(canvas.model, [second], "persona"))
    _feel(canvas, first, [1, -2, 0, 2])
    _feel(canvas, second, [-1, 0, 1, 1])
    lines = canvas.scene.curves.lines()
    assert {line.pen().color().name() for line in lines} == {first.color, second.color}
    points = canvas.scene.curves.points(first.id)
    assert len(points) == 4 and sum(p.pain_point for p in points) == 1
    band = canvas.scene.layout.emotion_band
    assert all(band.y <= p.y() <= band.bottom for p in points)
    canvas.state.set_persona_visible(second.id, False)
    assert {line.persona_id for line in canvas.scene.curves.lines()} == {first.id}


def test_dragging_a_point_sets_the_emotion_and_undoes(canvas: Canvas) -> None:
    persona = canvas.model.personas()[0]
    _feel(canvas, persona, [0, 0, 0, 0])
    point = canvas.scene.curves.points(persona.id)[1]
    tp_id = point.touchpoint_id
    layout = canvas.scene.layout
    start = (point.x(), point.y())
    canvas.drag(start, (point.x(), emotion_y(layout, -2) + 3))
    assert canvas.model.emotion(tp_id, persona.id).designed == -2
    assert reopen(canvas.doc.path).emotion(tp_id, persona.id).designed == -2
    moved = next(p for p in canvas.scene.curves.points(persona.id) if p.touchpoint_id == tp_id)
    assert abs(moved.y() - emotion_y(layout, -2)) < 0.5 and moved.pain_point
    canvas.doc.undo()
    assert canvas.model.emotion(tp_id, persona.id).designed == 0
    back = next(p for p in canvas.scene.curves.points(persona.id) if p.touchpoint_id == tp_id)
    assert abs(back.y() - emotion_y(layout, 0)) < 0.5
    canvas.doc.redo()
    assert canvas.model.emotion(tp_id, persona.id).designed == -2


def test_a_locked_map_ignores_drags(canvas: Canvas) -> None:
    persona = canvas.model.personas()[0]
    _feel(canvas, persona, [1, 1, 1, 1])
    canvas.state.set_locked(True)
    point = canvas.scene.curves.points(persona.id)[0]
    canvas.drag((point.x(), point.y()), (point.x(), point.y() + 60))
    assert canvas.model.emotion(point.touchpoint_id, persona.id).designed == 1


def test_measured_curve_follows_added_feedback(canvas: Canvas) -> None:
    persona = canvas.model.personas()[0]
    canvas.state.set_emotion_mode("both")
    assert canvas.scene.curves.points(persona.id, measured=True) == []
    tps = canvas.model.touchpoints()
    for tp, score in zip(tps[:2], (5.0, 2.0), strict=True):
        item = FeedbackItem(id=new_id(), touchpoint_id=tp.id, score=score, scale_min=1.0, scale_max=5.0)
        canvas.doc.push(AddEntities(canvas.model, [item], "feedback"))
    measured = canvas.scene.curves.points(persona.id, measured=True)
    assert sorted(p.value for p in measured) == [-1.0, 2.0]  # 2 on 1..5 is -1, 5 is +2
    dashed = [line for line in canvas.scene.curves.lines() if line.measured]
    assert len(dashed) == 1 and dashed[0].pen().style().name == "DashLine"
    assert not measured[0].acceptedMouseButtons()


def test_moments_of_truth_are_marked_and_path_limits_the_curve(canvas: Canvas) -> None:
    persona = canvas.model.personas()[0]
    _feel(canvas, persona, [1, 2, -1, 0])
    tps = canvas.model.touchpoints()
    canvas.doc.push(SetFields(canvas.model, canvas.model.get(Touchpoint, tps[2].id), "mot", moment_of_truth=True))
    marked = [p for p in canvas.scene.curves.points(persona.id) if p.moment_of_truth]
    assert [p.touchpoint_id for p in marked] == [tps[2].id]
    canvas.state.set_path([tps[0].id, tps[2].id])
    assert [p.touchpoint_id for p in canvas.scene.curves.points(persona.id)] == [tps[0].id, tps[2].id]


def test_curve_items_types(canvas: Canvas) -> None:
    persona = canvas.model.personas()[0]
    _feel(canvas, persona, [1, 2])
    kinds = {type(i) for i in canvas.scene.curves.items}
    assert kinds == {CurveLine, EmotionPoint}
    assert QColor(persona.color) == canvas.scene.curves.lines()[0].pen().color()


def test_an_edit_updates_the_curve_items_in_place(canvas: Canvas) -> None:
    persona = canvas.model.personas()[0]
    _feel(canvas, persona, [1, 2, -1, 0])
    before = {p.touchpoint_id: p for p in canvas.scene.curves.points(persona.id)}
    line = canvas.scene.curves.lines()[0]
    tp = canvas.model.touchpoints()[1]
    canvas.doc.push(SetFields(canvas.model, canvas.model.emotion(tp.id, persona.id), "feel", designed=-2))
    after = {p.touchpoint_id: p for p in canvas.scene.curves.points(persona.id)}
    assert all(after[t] is before[t] for t in before)  # the same items, moved
    assert after[tp.id].value == -2 and after[tp.id].pain_point
    assert canvas.scene.curves.lines()[0] is line


def test_a_hovered_point_shows_its_tip_and_drag_cursor(canvas: Canvas) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    persona = canvas.model.personas()[0]
    _feel(canvas, persona, [1, -2, 0, 2])
    point, other = canvas.scene.curves.points(persona.id)[1:3]
    title = canvas.model.get(Touchpoint, point.touchpoint_id).title
    assert point.toolTip() == "" and not point.hasCursor()  # nothing held per point until hovered
    viewport = canvas.view.viewport()
    QTest.mouseMove(viewport, canvas.at(point.x(), point.y()))
    assert point.toolTip() == f"{persona.name}: {title}"
    assert viewport.cursor().shape() == Qt.CursorShape.SizeVerCursor
    QTest.mouseMove(viewport, canvas.at(other.x(), other.y()))
    assert point.toolTip() == "" and not point.hasCursor()
    assert other.toolTip().startswith(f"{persona.name}: ")
    card = canvas.model.get(Touchpoint, point.touchpoint_id)
    canvas.doc.push(SetFields(canvas.model, card, "rename", title="Renamed"))
    QTest.mouseMove(viewport, canvas.at(point.x(), point.y()))
    assert point.toolTip() == f"{persona.name}: Renamed"  # read from the model at each hover


def test_points_share_their_persona_colour_and_follow_its_change(canvas: Canvas) -> None:
    persona = canvas.model.personas()[0]
    _feel(canvas, persona, [1, -2, 0, 2])
    points = canvas.scene.curves.points(persona.id) + canvas.scene.curves.placeholders(persona.id)
    assert len({id(p.color) for p in points}) == 1 and points[0].color == QColor(persona.color)
    canvas.doc.push(SetFields(canvas.model, persona, "colour", color="#2b8a3e"))
    points = canvas.scene.curves.points(persona.id)
    assert {p.color.name() for p in points} == {"#2b8a3e"} and len({id(p.color) for p in points}) == 1
