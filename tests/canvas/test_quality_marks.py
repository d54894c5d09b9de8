"""Quality on the map: card badges and stage-header shares follow every requirement edit, undo included."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QImage, QPainter

from cxdesigner.canvas import style
from cxdesigner.canvas.card import TouchpointCard
from cxdesigner.canvas.grid import StageHeader
from cxdesigner.commands import AddEntities, SetFields
from cxdesigner.domain.quality import Badge, Comparison, QualityRequirement
from tests.canvas.gestures import Canvas


def requirement(tp_id: str, measured: str, rid: str) -> QualityRequirement:
    return QualityRequirement(
        id=rid, touchpoint_id=tp_id, comparison=Comparison.AT_LEAST, target="5", measured=measured
    )


def pixel_at(card: TouchpointCard, local: QPointF) -> QColor:
    """Render the scene around one point of a card at 100 % and read the pixel there."""
    centre = card.mapToScene(local)
    image = QImage(21, 21, QImage.Format.Format_ARGB32)
    image.fill(0)
    painter = QPainter(image)
    card.scene().render(painter, QRectF(0, 0, 21, 21), QRectF(centre.x() - 10, centre.y() - 10, 21, 21))
    painter.end()
    return image.pixelColor(10, 10)


def test_cards_and_headers_show_quality(canvas: Canvas, qtbot) -> None:
    doc, scene = canvas.doc, canvas.scene
    tp = doc.model.touchpoints()[0]
    card, header = scene.item_for(tp.id), scene.item_for(tp.stage_id)
    assert isinstance(card, TouchpointCard) and isinstance(header, StageHeader)
    assert card.quality is Badge.NONE and header.share_text() == ""
    doc.push(AddEntities(doc.model, [requirement(tp.id, "", "r1"), requirement(tp.id, "7", "r2")], "Add"))
    qtbot.waitUntil(lambda: card.quality is Badge.UNCHECKED)
    assert header.share_text() == "1/2 met"
    doc.push(SetFields(doc.model, doc.model.get(QualityRequirement, "r1"), "Measure", measured="3"))
    qtbot.waitUntil(lambda: card.quality is Badge.FAILING)
    red = pixel_at(card, card.badge_center() - QPointF(4.0, 0.0))  # left of the glyph
    assert red.red() > 180 and red.green() < 120, red.name()
    doc.push(SetFields(doc.model, doc.model.get(QualityRequirement, "r1"), "Measure", measured="5"))
    qtbot.waitUntil(lambda: card.quality is Badge.ALL_MET)
    assert header.share_text() == "2/2 met"
    doc.undo()
    doc.undo()
    qtbot.waitUntil(lambda: card.quality is Badge.UNCHECKED)
    doc.undo()
    qtbot.waitUntil(lambda: card.quality is Badge.NONE)
    assert header.quality.total == 0
    others = [i for i in scene.entity_items() if isinstance(i, TouchpointCard) and i is not card]
    assert all(i.quality is Badge.NONE for i in others)


def test_a_card_moved_to_another_stage_takes_its_share_along(canvas: Canvas, qtbot) -> None:
    doc, scene = canvas.doc, canvas.scene
    tp = doc.model.touchpoints()[0]
    doc.push(AddEntities(doc.model, [requirement(tp.id, "9", "r1")], "Add"))
    first = scene.item_for(tp.stage_id)
    qtbot.waitUntil(lambda: first.share_text() == "1/1 met")
    target = doc.model.stages()[5]
    doc.push(SetFields(doc.model, tp, "Move", stage_id=target.id))
    qtbot.waitUntil(lambda: scene.item_for(target.id).share_text() == "1/1 met")
    assert first.share_text() == ""
    assert style.QUALITY_COLORS[Badge.ALL_MET] == style.QUALITY_COLORS["all_met"]


def test_a_russian_map_labels_itself_in_russian_in_an_english_window(qtbot, tmp_path) -> None:  # noqa: ANN001
    """The interface stays English; the map's own words (badges, line of visibility) follow its language."""
    from tests.canvas.conftest import open_canvas
    from tests.conftest import small_map

    journey = small_map()
    journey.update(type(journey.info), journey.info.id, language="ru")
    kit = open_canvas(qtbot, tmp_path / "ru.cxd", journey)
    doc, scene = kit.doc, kit.scene
    tp = doc.model.touchpoints()[0]
    doc.push(AddEntities(doc.model, [requirement(tp.id, "3", "r1"), requirement(tp.id, "7", "r2")], "Add"))
    header = scene.item_for(tp.stage_id)
    qtbot.waitUntil(lambda: header.share_text() == "1/2 вып.")
    visibility = scene._visibility  # noqa: SLF001 - the one line of visibility
    assert visibility is not None and visibility.text() == "Линия видимости"
    kit.doc.close()
