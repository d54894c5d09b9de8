"""A new persona's curve is ready to drag: every touchpoint without a value shows a hollow point on the
neutral line; dragging it sets the value, a click sets neutral, each one undoable step."""

from __future__ import annotations

from PySide6.QtCore import Qt

from cxdesigner.domain.entities import Persona
from cxdesigner.domain.layout import emotion_y
from cxdesigner.panels.personas import PersonasPanel
from tests.canvas.gestures import Canvas, reopen


def _add_persona(canvas: Canvas, qtbot) -> Persona:
    panel = PersonasPanel(canvas.doc, canvas.state)
    qtbot.addWidget(panel)
    panel.show()
    before = {p.id for p in canvas.model.personas()}
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    (new,) = [p for p in canvas.model.personas() if p.id not in before]
    return new


def test_a_new_persona_has_a_neutral_point_per_touchpoint_to_drag(canvas: Canvas, qtbot) -> None:
    persona = _add_persona(canvas, qtbot)
    layout = canvas.scene.layout
    waiting = canvas.scene.curves.placeholders(persona.id)
    assert sorted(p.touchpoint_id for p in waiting) == sorted(t.id for t in canvas.model.touchpoints())
    assert all(abs(p.y() - emotion_y(layout, 0)) < 0.5 for p in waiting)
    assert not canvas.model.emotions()
    steps = canvas.doc.undo_stack.count()

    second = sorted(waiting, key=lambda p: p.x())[1]
    tp_id = second.touchpoint_id
    canvas.drag((second.x(), second.y()), (second.x(), emotion_y(layout, 2) + 2))

    assert canvas.model.emotion(tp_id, persona.id).designed == 2
    assert reopen(canvas.doc.path).emotion(tp_id, persona.id).designed == 2
    assert canvas.doc.undo_stack.count() == steps + 1
    (point,) = canvas.scene.curves.points(persona.id)
    assert point.touchpoint_id == tp_id and abs(point.y() - emotion_y(layout, 2)) < 0.5
    assert tp_id not in {p.touchpoint_id for p in canvas.scene.curves.placeholders(persona.id)}

    canvas.doc.undo()
    assert canvas.model.emotion(tp_id, persona.id) is None
    assert tp_id in {p.touchpoint_id for p in canvas.scene.curves.placeholders(persona.id)}
    canvas.doc.redo()
    assert canvas.model.emotion(tp_id, persona.id).designed == 2

    first = sorted(canvas.scene.curves.placeholders(persona.id), key=lambda p: p.x())[0]
    canvas.click(first.x(), first.y())  # a click on a waiting point sets it to neutral
    assert canvas.model.emotion(first.touchpoint_id, persona.id).designed == 0
    assert canvas.doc.undo_stack.count() == steps + 2


def test_waiting_points_show_only_for_designed_values_of_visible_personas(canvas: Canvas, qtbot) -> None:
    persona = _add_persona(canvas, qtbot)
    assert canvas.scene.curves.placeholders(persona.id)
    canvas.state.set_emotion_mode("measured")
    assert not canvas.scene.curves.placeholders(persona.id)
    canvas.state.set_emotion_mode("designed")
    canvas.state.set_persona_visible(persona.id, False)
    assert not canvas.scene.curves.placeholders(persona.id)


def test_pictures_of_the_map_leave_the_waiting_points_out(canvas: Canvas, qtbot) -> None:
    from cxdesigner.ui.image_export import picture_scene

    persona = _add_persona(canvas, qtbot)
    assert canvas.scene.curves.placeholders(persona.id)  # the window offers them
    picture = picture_scene(canvas.doc)  # what --png, --svg and the deck's map draw
    assert picture.curves.placeholders(persona.id) == []
    drawn = [i for i in picture.items() if type(i).__name__ == "EmotionPoint"]
    assert all(not getattr(i, "waiting", False) for i in drawn)
