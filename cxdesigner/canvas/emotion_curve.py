"""The emotion curves in the emotions lane: one per visible persona, designed and/or measured.

The geometry comes from ``domain/layout.emotion_curve`` (the PDF poster draws the same curve). Designed
points can be dragged up or down: they snap to the −2..+2 scale while dragged, and the release pushes one
command (add, change or clear nothing: a drop on the same value pushes nothing). A touchpoint a visible
persona has no designed value for shows a hollow *waiting* point on the neutral line (``waiting_points``), so
a new persona's curve is ready to drag: dragging it sets the value, a click sets neutral. Waiting points of
several personas sit side by side, not on top of each other. Points below zero are pain
points (red rim); moments of truth are drawn as diamonds. Measured curves are dashed and cannot be dragged.
The curves follow the layout, the model's emotions, personas and feedback, and the window's view state.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsItem, QGraphicsPathItem, QGraphicsSceneHoverEvent, QGraphicsSceneMouseEvent

from cxdesigner.canvas.mirror import weak_slot
from cxdesigner.canvas.style import Z, shared_color
from cxdesigner.commands.emotions import set_emotion
from cxdesigner.domain.entities import Emotion, Persona, Touchpoint
from cxdesigner.domain.feedback import FeedbackItem
from cxdesigner.domain.geometry import CurveGeometry
from cxdesigner.domain.layout import emotion_curve, emotion_y, snap_emotion, value_at_y, waiting_points
from cxdesigner.domain.personas import designed_values, measured_values

if TYPE_CHECKING:
    from cxdesigner.canvas.scene import MapScene

PAIN = QColor("#c92a2a")
POINT_RADIUS = 7.0
Z_CURVE = Z.CARD + 0.2
Z_POINT = Z.CARD + 0.3
WATCHED = (Emotion, Persona, FeedbackItem)
WAITING_SPACING = 2 * POINT_RADIUS + 4.0
"""How far apart the waiting points of several personas at one touchpoint sit, in scene units."""


def curve_path(curve: CurveGeometry) -> QPainterPath:
    """The smooth path through a curve's points."""
    first = curve.points[0]
    path = QPainterPath(QPointF(first.x, first.y))
    for _p0, c1, c2, p1 in curve.segments:
        path.cubicTo(QPointF(c1.x, c1.y), QPointF(c2.x, c2.y), QPointF(p1.x, p1.y))
    return path


class CurveLine(QGraphicsPathItem):
    """The line of one persona's curve (solid for designed, dashed for measured)."""

    def __init__(self, persona: Persona, curve: CurveGeometry, measured: bool) -> None:
        super().__init__()
        self.persona_id = persona.id
        self.measured = measured
        self._segments: tuple[Any, ...] = ()
        self.setZValue(Z_CURVE)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.show_curve(persona, curve)

    def show_curve(self, persona: Persona, curve: CurveGeometry) -> None:
        """Follow a new curve or colour; the path is rebuilt only when the curve moved."""
        color = QColor(persona.color)
        pen = QPen(color.lighter(115) if self.measured else color, 2.5 if self.measured else 3.5)
        pen.setStyle(Qt.PenStyle.DashLine if self.measured else Qt.PenStyle.SolidLine)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        if pen != self.pen():
            self.setPen(pen)
        if curve.segments != self._segments:
            self._segments = curve.segments
            self.setPath(curve_path(curve))


class EmotionPoint(QGraphicsItem):
    """One point of a curve; designed points are dragged vertically to set the emotion."""

    hide_when_far = True  # below the level of detail the curve line is drawn, thousands of points are not

    def __init__(
        self,
        persona: Persona,
        touchpoint: Touchpoint,
        value: float,
        x: float,
        y: float,
        measured: bool,
        waiting: bool = False,
    ) -> None:
        super().__init__()
        self.persona_id = persona.id
        self.touchpoint_id = touchpoint.id
        self.value = value
        self.measured = measured
        self.waiting = waiting
        """No value yet: hollow on the neutral line until dragged (or clicked, which sets neutral)."""
        self.moment_of_truth = touchpoint.moment_of_truth
        self.color = shared_color(persona.color)  # one per persona, not one per point
        self._press_y: float | None = None
        self.setPos(x, y)
        self.setZValue(Z_POINT)
        self.setAcceptHoverEvents(not measured)  # the cursor and tip are set on hover: thousands of points
        if measured:  # would each hold a cursor and a string of their own
            self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def show_state(self, persona: Persona, touchpoint: Touchpoint, value: float, x: float, y: float) -> None:
        """Follow a new value, place, colour or moment-of-truth flag, repainting only on a change."""
        look = (value, touchpoint.moment_of_truth, shared_color(persona.color))
        if look != (self.value, self.moment_of_truth, self.color):
            self.value, self.moment_of_truth, self.color = look
            self.update()
        if (x, y) != (self.x(), self.y()):
            self.setPos(x, y)
        if self.toolTip():  # hovered: the tip follows the new name or title
            self.setToolTip(self._tip(persona, touchpoint))

    def hoverEnterEvent(self, event: QGraphicsSceneHoverEvent) -> None:  # noqa: N802 - Qt override
        model = self.scene().document.model
        self.setCursor(Qt.CursorShape.SizeVerCursor)
        self.setToolTip(self._tip(model.get(Persona, self.persona_id), model.get(Touchpoint, self.touchpoint_id)))
        super().hoverEnterEvent(event)

    def hoverLeaveEvent(self, event: QGraphicsSceneHoverEvent) -> None:  # noqa: N802 - Qt override
        self.unsetCursor()
        self.setToolTip("")
        super().hoverLeaveEvent(event)

    def _tip(self, persona: Persona, touchpoint: Touchpoint) -> str:
        tip = f"{persona.name}: {touchpoint.title}"
        if self.waiting:
            hint = QCoreApplication.translate("EmotionCurves", "no emotion yet: drag to set it, click for neutral")
            tip = f"{tip} — {hint}"
        return tip

    @property
    def pain_point(self) -> bool:
        return self.value < 0

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt override
        r = POINT_RADIUS + 3
        return QRectF(-r, -r, 2 * r, 2 * r)

    def paint(self, painter: QPainter, option: Any, widget: Any = None) -> None:
        if self.waiting:
            painter.setPen(QPen(self.color, 2.0, Qt.PenStyle.DotLine))
            painter.setBrush(Qt.GlobalColor.white)
            painter.drawEllipse(QPointF(0, 0), POINT_RADIUS - 1, POINT_RADIUS - 1)
            return
        painter.setPen(QPen(PAIN if self.pain_point else self.color.darker(120), 2.5))
        painter.setBrush(Qt.GlobalColor.white if self.measured else self.color)
        r = POINT_RADIUS if not self.measured else POINT_RADIUS - 2
        if self.moment_of_truth:
            d = r + 2
            painter.drawPolygon(QPolygonF([QPointF(0, -d), QPointF(d, 0), QPointF(0, d), QPointF(-d, 0)]))
        else:
            painter.drawEllipse(QPointF(0, 0), r, r)

    # dragging: snap while moving, one command on release
    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802 - Qt override
        scene = self.scene()
        if self.measured or event.button() != Qt.MouseButton.LeftButton or not getattr(scene, "editable", False):
            event.ignore()
            return
        self._press_y = self.y()
        event.accept()

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802 - Qt override
        if self._press_y is None:
            return
        layout = self.scene().layout
        snapped = snap_emotion(value_at_y(layout, event.scenePos().y()))
        self.setY(emotion_y(layout, snapped))

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802 - Qt override
        if self._press_y is None:
            return
        self._press_y = None
        scene = self.scene()
        value = snap_emotion(value_at_y(scene.layout, event.scenePos().y()))
        command = set_emotion(scene.document.model, self.touchpoint_id, self.persona_id, value)
        if command is None or not scene.push(command):
            self.setY(emotion_y(scene.layout, self.value))


class EmotionCurves:
    """Keeps the scene's curve items in step with the model, the layout and the view state."""

    def __init__(self, scene: MapScene) -> None:
        self.scene = scene
        self.items: list[CurveLine | EmotionPoint] = []
        self._by_key: dict[tuple[str, bool, str], CurveLine | EmotionPoint] = {}  # (persona, measured, tp or "")
        self._retired: list[CurveLine | EmotionPoint] = []
        self._stale = True
        self._first = True  # a big map's first points wait with its cards (canvas.deferred)
        scene.layout_changed.connect(weak_slot(self.refresh))
        document, state = scene.document, scene.view_state
        document.entity_added.connect(weak_slot(self._entity_event))
        document.entity_removed.connect(weak_slot(self._entity_event))
        document.entity_changed.connect(weak_slot(self._changed))
        document.undo_stack.indexChanged.connect(weak_slot(self._refresh_if_stale))
        state.personas_changed.connect(weak_slot(self.refresh))
        state.emotion_mode_changed.connect(weak_slot(self.refresh))
        state.path_changed.connect(weak_slot(self.refresh))
        band = scene.layout.emotion_band
        if scene.deferred is not None and band is not None:
            # a big map's curves are worked out when their band comes into view, or when idle (issue 15: at
            # 3,000 cards 35 ms of the first picture, at 10,000 about 130 ms, while the band lies below it)
            box = (band.x, band.y, band.x + band.w, band.y + band.h)
            scene.deferred.add(("emotion curves",), box, self._first_refresh)
        else:
            self.refresh()

    def _first_refresh(self) -> None:
        if self._first:  # not refreshed meanwhile (a persona shown, a path chosen)
            self.refresh()

    def _entity_event(self, entity: Any) -> None:
        if isinstance(entity, WATCHED):
            self._stale = True

    def _changed(self, _old: Any, new: Any, fields: frozenset[str]) -> None:
        if isinstance(new, WATCHED) or (isinstance(new, Touchpoint) and "moment_of_truth" in fields):
            self._stale = True

    def _refresh_if_stale(self, *_args: Any) -> None:
        if self._stale:
            self.refresh()

    def refresh(self, *_args: Any) -> None:
        """Bring every visible curve up to date, reusing the items of points that are still there."""
        self._stale = False
        scene = self.scene
        if not self._first:
            scene.finish_build()  # every waiting point made first, then brought up to date like the others
        layout = scene.layout
        model, state = scene.document.model, scene.view_state
        wanted: list[tuple[Persona, dict[str, float], bool]] = []
        if layout.emotion_band is not None:
            path = [t for t in state.path if t in model] or None
            mode = state.emotion_mode
            for persona in model.personas():
                if not state.persona_visible(persona.id):
                    continue
                if mode in ("measured", "both"):
                    wanted.append((persona, measured_values(model, persona.id), True))
                if mode in ("designed", "both"):
                    wanted.append((persona, designed_values(model, persona.id), False))
        kept: dict[tuple[str, bool, str], CurveLine | EmotionPoint] = {}
        designed = [persona for persona, _values, measured in wanted if not measured]
        for persona, values, measured in wanted:
            curve = emotion_curve(layout, model, persona.id, values, path)
            if curve is not None:
                self._show_curve(persona, curve, measured, kept)
            if not measured and scene.editing_aids:
                offset = (designed.index(persona) - (len(designed) - 1) / 2.0) * WAITING_SPACING
                self._show_waiting(persona, waiting_points(layout, model, values, path), offset, kept)
        gone = [item for key, item in self._by_key.items() if key not in kept]
        for item in gone:
            scene.removeItem(item)
        self._retired = gone  # kept alive: a point may be mid-event
        self._by_key = kept
        self.items = list(kept.values())
        self._first = False

    def _show_curve(
        self, persona: Persona, curve: CurveGeometry, measured: bool, kept: dict[tuple[str, bool, str], Any]
    ) -> None:
        scene = self.scene
        model = scene.document.model
        if len(curve.points) > 1:
            key = (persona.id, measured, "")
            line = self._by_key.get(key)
            if isinstance(line, CurveLine):
                line.show_curve(persona, curve)
            else:
                line = CurveLine(persona, curve, measured)
                scene.addItem(line)
            kept[key] = line
        for tp_id, value, point in zip(curve.touchpoint_ids, curve.values, curve.points, strict=True):
            key = (persona.id, measured, tp_id)
            item = self._by_key.get(key)
            touchpoint = model.get(Touchpoint, tp_id)
            if isinstance(item, EmotionPoint):
                item.show_state(persona, touchpoint, value, point.x, point.y)
                kept[key] = item
            else:
                self._new_point(key, (persona, touchpoint, value, point.x, point.y, measured), kept)

    def _show_waiting(
        self, persona: Persona, waiting: tuple[tuple[str, Any], ...], offset: float, kept: dict[Any, Any]
    ) -> None:
        scene = self.scene
        model = scene.document.model
        for tp_id, point in waiting:
            key = (persona.id, False, "?" + tp_id)
            item = self._by_key.get(key)
            touchpoint = model.get(Touchpoint, tp_id)
            if isinstance(item, EmotionPoint):
                item.show_state(persona, touchpoint, 0.0, point.x + offset, point.y)
                kept[key] = item
            else:
                self._new_point(key, (persona, touchpoint, 0.0, point.x + offset, point.y, False, True), kept)

    def _new_point(self, key: tuple[str, bool, str], args: tuple[Any, ...], kept: dict[Any, Any]) -> None:
        """A point made now, or (a big map's first refresh) when it comes into view or the scene is idle."""
        later = self.scene.deferred
        if self._first and later is not None:
            x, y, r = args[3], args[4], POINT_RADIUS + 2.0
            later.add(key, (x - r, y - r, x + r, y + r), partial(self._make_point, key, args))
            return
        kept[key] = self._make_point(key, args)

    def _make_point(self, key: tuple[str, bool, str], args: tuple[Any, ...]) -> EmotionPoint:
        item = EmotionPoint(*args)
        self.scene.addItem(item)
        self.scene.overview.adopt(item)
        if not self._first:  # a waiting one, made late: it joins the curve's items
            self._by_key[key] = item
            self.items.append(item)
        return item

    def points(self, persona_id: str, measured: bool = False) -> list[EmotionPoint]:
        """The point items of one persona's curve (for tests and tools)."""
        self.scene.finish_build()
        return [
            i
            for i in self.items
            if isinstance(i, EmotionPoint) and i.persona_id == persona_id and i.measured == measured and not i.waiting
        ]

    def placeholders(self, persona_id: str) -> list[EmotionPoint]:
        """The waiting points of one persona: its touchpoints with no designed value yet."""
        self.scene.finish_build()
        return [i for i in self.items if isinstance(i, EmotionPoint) and i.persona_id == persona_id and i.waiting]

    def lines(self) -> list[CurveLine]:
        self.scene.finish_build()
        return [i for i in self.items if isinstance(i, CurveLine)]
