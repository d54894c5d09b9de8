"""The bare-toolkit baselines: what plain sqlite3, plain Qt items and plain reportlab cost for the same map.

``bare_map`` reads the rows with ``sqlite3`` and places them on a plain grid (stage column, lane row,
arrival order in the cell) with no layout engine; ``bare_scene`` puts one ``QGraphicsRectItem`` with a
child ``QGraphicsSimpleTextItem`` per card, stage header and lane label, and one ``QGraphicsLineItem`` per
flow, into a default ``QGraphicsScene``. Cards are movable and selectable, so the drag baseline moves them
the way Qt moves any selected items.
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QLineF, QRectF
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsLineItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
)

STAGE_W, LANE_H, CARD_H, GAP, PAD, LABEL_W, HEADER_H = 220.0, 110.0, 68.0, 10.0, 14.0, 170.0, 64.0


@dataclass
class BareMap:
    """Rectangles and strings to draw, in scene units: (x, y, w, h, text) and flow lines."""

    boxes: list[tuple[float, float, float, float, str]] = field(default_factory=list)
    cards: dict[str, tuple[float, float, float, float, str]] = field(default_factory=dict)
    lines: list[tuple[float, float, float, float]] = field(default_factory=list)
    width: float = 0.0
    height: float = 0.0


def bare_map(path: Path) -> BareMap:
    """Read the stages, lanes, cards and flows with plain sqlite3 and put them on a plain grid."""
    conn = sqlite3.connect(path)
    try:
        stages = conn.execute('SELECT id, title FROM stages ORDER BY "order"').fetchall()
        lanes = conn.execute('SELECT id, title FROM lanes ORDER BY "order"').fetchall()
        cards = conn.execute("SELECT id, stage_id, lane_id, title FROM touchpoints").fetchall()
        flows = conn.execute("SELECT source_id, target_id FROM flows").fetchall()
        for table in ("emotions", "personas", "quality_requirements", "map_info"):
            conn.execute(f"SELECT * FROM {table}").fetchall()  # the same rows the editor reads
    finally:
        conn.close()
    out = BareMap()
    column = {sid: LABEL_W + i * STAGE_W for i, (sid, _t) in enumerate(stages)}
    row = {lid: HEADER_H + i * LANE_H * 3 for i, (lid, _t) in enumerate(lanes)}
    out.boxes += [(x, 0.0, STAGE_W, HEADER_H, t) for (sid, t), x in zip(stages, column.values(), strict=True)]
    out.boxes += [(0.0, y, LABEL_W, LANE_H * 3, t) for (lid, t), y in zip(lanes, row.values(), strict=True)]
    stacked: dict[tuple[str, str], int] = defaultdict(int)
    for cid, sid, lid, title in cards:
        k = stacked[(sid, lid)]
        stacked[(sid, lid)] = k + 1
        out.cards[cid] = (column[sid] + PAD, row[lid] + PAD + k * (CARD_H + GAP), STAGE_W - 2 * PAD, CARD_H, title)
    for a, b in flows:
        ax, ay, aw, ah, _ = out.cards[a]
        bx, by, _bw, bh, _ = out.cards[b]
        out.lines.append((ax + aw, ay + ah / 2, bx, by + bh / 2))
    out.width = LABEL_W + len(stages) * STAGE_W
    out.height = HEADER_H + len(lanes) * LANE_H * 3
    return out


def _box(x: float, y: float, w: float, h: float, text: str) -> QGraphicsRectItem:
    item = QGraphicsRectItem(QRectF(0.0, 0.0, w, h))
    item.setPos(x, y)
    label = QGraphicsSimpleTextItem(text, item)
    label.setPos(6.0, 6.0)
    return item


def bare_scene(bare: BareMap) -> tuple[QGraphicsScene, dict[str, QGraphicsRectItem]]:
    """A default QGraphicsScene holding plain items for the map; returns it and the card items by id."""
    scene = QGraphicsScene()
    for box in bare.boxes:
        scene.addItem(_box(*box))
    for line in bare.lines:
        scene.addItem(QGraphicsLineItem(QLineF(*line)))
    cards = {}
    movable = QGraphicsItem.GraphicsItemFlag.ItemIsMovable | QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
    for cid, box in bare.cards.items():
        item = _box(*box)
        item.setFlags(movable)
        scene.addItem(item)
        cards[cid] = item
    scene.setSceneRect(QRectF(0.0, 0.0, bare.width, bare.height))
    return scene, cards
