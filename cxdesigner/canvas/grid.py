"""The map's grid: stage headers across the top, lane labels down the left, lane bands and the line of visibility.

Each item draws one entity at the box the layout gives it. Headers and labels are selectable (to rename
or delete them) and show a resize grip on their far edge; the scene's header tool does the dragging.
Bands are background only: they never take the mouse, so a press on an empty cell starts a rubber band.
The emotions band is drawn plain, so the emotion curves can be added on top as items of their own.
"""

from __future__ import annotations

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyle, QStyleOptionGraphicsItem, QWidget

from cxdesigner.canvas import style
from cxdesigner.canvas.map_words import map_language, say
from cxdesigner.canvas.style import EDGE_GRIP, Z
from cxdesigner.canvas.text import draw_lines, fit_lines
from cxdesigner.domain.entities import Lane, Stage
from cxdesigner.domain.geometry import LaneBox, Rect, StageBox
from cxdesigner.domain.numbers import integer
from cxdesigner.domain.phrases import percent
from cxdesigner.domain.quality import QualitySummary

TITLE_PX = 14
SUBTITLE_PX = 11
SHARE_PX = 11
LABEL_PX = 12
TEXT_LOD = 0.15
"""Below this zoom header and label text would be under two pixels high: only the boxes are drawn."""


class _BoxItem(QGraphicsItem):
    """An item that fills one layout rectangle, positioned at its top-left corner."""

    constructed = 0

    def __init__(self, rect: Rect) -> None:
        super().__init__()
        _BoxItem.constructed += 1
        self.rect = rect
        self.updates = 0
        self.highlights: tuple[str, ...] = ()
        self.setPos(rect.x, rect.y)

    def _set_rect(self, rect: Rect) -> bool:
        if rect == self.rect:
            return False
        if (rect.w, rect.h) != (self.rect.w, self.rect.h):
            self.prepareGeometryChange()
        self.rect = rect
        self.setPos(rect.x, rect.y)
        self.updates += 1
        self.update()
        return True

    def local_rect(self) -> QRectF:
        return QRectF(0.0, 0.0, self.rect.w, self.rect.h)

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt override
        return self.local_rect()

    def set_highlights(self, roles: tuple[str, ...]) -> None:
        if roles != self.highlights:
            self.highlights = roles
            self.update()

    def _paint_frame(self, painter: QPainter, option: QStyleOptionGraphicsItem, fill) -> None:
        rect = self.local_rect()
        painter.fillRect(rect, fill)
        for i, role in enumerate(self.highlights[:2]):
            painter.fillRect(QRectF(0.0, i * 4.0, rect.width(), 4.0), style.highlight_color(role))
        painter.setPen(QPen(style.GRID, 1.0))
        painter.drawLine(rect.topRight(), rect.bottomRight())
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        if option.state & QStyle.StateFlag.State_Selected:
            painter.setPen(QPen(style.SELECTION, 2.0))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(rect.adjusted(1.0, 1.0, -1.0, -1.0))


class StageHeader(_BoxItem):
    """A stage's header: its title in bold and, below it, what the customer expects there."""

    def __init__(self, stage: Stage, box: StageBox) -> None:
        super().__init__(box.header)
        self.entity_id = stage.id
        self.stage = stage
        self.quality = QualitySummary()
        self.reach: float | None = None  # shown with View > Flow Widths by Customers (``FlowWidths``)
        self._lines: tuple[list[str], list[str]] | None = None
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setAcceptHoverEvents(True)
        self.setZValue(Z.HEADER)

    def set_stage(self, stage: Stage) -> None:
        if stage != self.stage:
            self.stage = stage
            self._lines = None
            self.updates += 1
            self.update()

    def set_quality(self, summary: QualitySummary) -> None:
        """Show the share of the stage's requirements met (nothing when it has none)."""
        if summary != self.quality:
            self.quality = summary
            self._lines = None
            self.update()

    def set_reach(self, share: float | None) -> None:
        """Show the share of entering customers who reach the stage (nothing with None)."""
        if share != self.reach:
            self.reach = share
            self._lines = None
            self.update()

    def reach_text(self) -> str:
        """E.g. "reach 75 %"; empty while reach is not shown."""
        if self.reach is None:
            return ""
        lang = map_language(self)
        return say("reach_short", lang, share=percent(self.reach, lang))

    def share_text(self) -> str:
        """E.g. "3/5 met"; empty without requirements."""
        q = self.quality
        if not q.total:
            return ""
        lang = map_language(self)
        return say("share_short", lang, met=integer(q.met, lang), total=integer(q.total, lang))

    def set_box(self, box: StageBox) -> bool:
        changed = self._set_rect(box.header)
        if changed:
            self._lines = None
        return changed

    def edge_contains(self, local: QPointF) -> bool:
        """Whether an item-local point lies on the resize grip along the right edge."""
        return local.x() >= self.rect.w - EDGE_GRIP

    def hoverMoveEvent(self, event) -> None:  # noqa: N802 - Qt override
        grip = self.edge_contains(event.pos())
        self.setCursor(Qt.CursorShape.SplitHCursor if grip else Qt.CursorShape.OpenHandCursor)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        self._paint_frame(painter, option, style.HEADER_FILL)
        if option.levelOfDetailFromTransform(painter.worldTransform()) < TEXT_LOD:
            return
        width = self.rect.w - 20.0
        share = self.share_text()
        share_width = QFontMetricsF(style.font(SHARE_PX, bold=True)).horizontalAdvance(share) + 8.0 if share else 0.0
        reach = self.reach_text()
        reach_width = QFontMetricsF(style.font(SUBTITLE_PX)).horizontalAdvance(reach) + 8.0 if reach else 0.0
        if self._lines is None:
            title = fit_lines(self.stage.title, style.font(TITLE_PX, bold=True), max(width - share_width, 10.0), 1)
            expectation = fit_lines(self.stage.expectation, style.font(SUBTITLE_PX), max(width - reach_width, 10.0), 2)
            self._lines = (title, expectation)
        title, expectation = self._lines
        painter.setPen(style.INK)
        painter.setFont(style.font(TITLE_PX, bold=True))
        draw_lines(painter, title, 10.0, 8.0, width, 20.0)
        painter.setPen(style.MUTED)
        painter.setFont(style.font(SUBTITLE_PX))
        draw_lines(painter, expectation, 10.0, 30.0, width, 14.0)
        if reach:
            painter.setPen(style.INK)
            painter.drawText(
                QRectF(10.0, 30.0, width, 14.0), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, reach
            )
        if share:
            q = self.quality
            key = "failing" if q.not_met else "all_met" if q.met == q.total else "unchecked"
            painter.setPen(style.QUALITY_COLORS[key])
            painter.setFont(style.font(SHARE_PX, bold=True))
            box = QRectF(10.0, 8.0, width, 20.0)
            painter.drawText(box, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, share)


class LaneLabel(_BoxItem):
    """A lane's label at the left of its band: its title in bold, wrapped."""

    def __init__(self, lane: Lane, box: LaneBox) -> None:
        super().__init__(box.label)
        self.entity_id = lane.id
        self.lane = lane
        self._lines: list[str] | None = None
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setAcceptHoverEvents(True)
        self.setZValue(Z.HEADER)

    def set_lane(self, lane: Lane) -> None:
        if lane != self.lane:
            self.lane = lane
            self._lines = None
            self.updates += 1
            self.update()

    def set_box(self, box: LaneBox) -> bool:
        changed = self._set_rect(box.label)
        if changed:
            self._lines = None
        return changed

    def edge_contains(self, local: QPointF) -> bool:
        """Whether an item-local point lies on the resize grip along the bottom edge."""
        return local.y() >= self.rect.h - EDGE_GRIP

    def hoverMoveEvent(self, event) -> None:  # noqa: N802 - Qt override
        grip = self.edge_contains(event.pos())
        self.setCursor(Qt.CursorShape.SplitVCursor if grip else Qt.CursorShape.OpenHandCursor)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        self._paint_frame(painter, option, style.LABEL_FILL)
        if option.levelOfDetailFromTransform(painter.worldTransform()) < TEXT_LOD:
            return
        width = self.rect.w - 24.0
        if self._lines is None:
            max_lines = max(1, int((self.rect.h - 20.0) // 16.0))
            self._lines = fit_lines(self.lane.title, style.font(LABEL_PX, bold=True), width, max_lines)
        painter.setPen(style.INK)
        painter.setFont(style.font(LABEL_PX, bold=True))
        draw_lines(painter, self._lines, 12.0, 10.0, width, 16.0)


class LaneBand(_BoxItem):
    """A lane's band across every stage, in alternating light fills, with the stage boundaries drawn."""

    def __init__(self, lane: Lane, box: LaneBox, index: int, column_edges: tuple[float, ...]) -> None:
        super().__init__(box.band)
        self.entity_id = lane.id
        self.index = index
        self.column_edges = column_edges
        self.setZValue(Z.BAND)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self._lines: list[QLineF] | None = None

    def set_box(self, box: LaneBox, index: int, column_edges: tuple[float, ...]) -> bool:
        changed = self._set_rect(box.band)
        if changed:
            self._lines = None
        if (index, column_edges) != (self.index, self.column_edges):
            self.index, self.column_edges = index, column_edges
            self._lines = None
            self.updates += 0 if changed else 1
            self.update()
            changed = True
        return changed

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        rect = self.local_rect()
        painter.fillRect(rect, style.BAND_FILLS[self.index % 2])
        if self._lines is None:
            h = rect.height()
            self._lines = [QLineF(x - self.rect.x, 0.0, x - self.rect.x, h) for x in self.column_edges[1:]]
            self._lines.append(QLineF(rect.bottomLeft(), rect.bottomRight()))
        painter.setPen(QPen(style.GRID, 0))
        painter.drawLines(self._lines)


class VisibilityLine(QGraphicsItem):
    """The dashed line between what the customer sees (frontstage) and what happens behind it (backstage)."""

    def __init__(self, y: float, left: float, right: float) -> None:
        super().__init__()
        self.y, self.left, self.right = y, left, right
        self.setZValue(Z.HEADER + 0.5)  # over the lane labels, where its name is written
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def set_span(self, y: float, left: float, right: float) -> bool:
        if (y, left, right) == (self.y, self.left, self.right):
            return False
        self.prepareGeometryChange()
        self.y, self.left, self.right = y, left, right
        return True

    def text(self) -> str:
        return say("visibility", map_language(self))

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt override
        return QRectF(self.left, self.y - 18.0, self.right - self.left, 22.0)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        pen = QPen(style.VISIBILITY, 1.5, Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.drawLine(QPointF(self.left, self.y), QPointF(self.right, self.y))
        painter.setFont(style.font(SUBTITLE_PX, bold=True))
        painter.drawText(
            QRectF(self.left + 8.0, self.y - 17.0, 400.0, 15.0),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom | Qt.TextFlag.TextSingleLine,
            self.text(),
        )
