"""Barriers, improvements and external conditions on the poster: notes in their lanes, as the canvas draws them.

A barrier is a red note with the share of customers it loses; an improvement a yellow one (green when
done) with its status, impact and effort, and a star for a quick win; an external condition a grey-blue one
filling its cell. Where each sits comes from the
layout (``MapLayout.notes``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from cxdesigner.domain import style as s
from cxdesigner.domain.conditions import Condition
from cxdesigner.domain.geometry import MapLayout
from cxdesigner.domain.improvements import Barrier, Improvement, ImprovementStatus, is_quick_win
from cxdesigner.domain.numbers import number
from cxdesigner.export.catalogue import say
from cxdesigner.export.map_parts import MapParts
from cxdesigner.export.pdftext import TextBatch, elide, fit_lines

if TYPE_CHECKING:
    from cxdesigner.export.map_painter import MapPainter, Window


def _footer(entity: Barrier | Improvement | Condition, lang: str) -> str:
    if isinstance(entity, Condition):
        return ""
    if isinstance(entity, Barrier):
        if entity.share_lost is None:
            return ""
        return say("lost", lang, share=number(entity.share_lost * 100, lang, 1, trim=True))
    return say(
        "note_footer",
        lang,
        star="★ " if is_quick_win(entity) else "",
        status=say("imp_" + entity.status.value, lang),
        impact=entity.impact,
        effort=entity.effort,
    )


def _colours(entity: Barrier | Improvement | Condition) -> tuple[str, str]:
    """The note's ink and fill."""
    if isinstance(entity, Condition):
        return s.NOTE_CONDITION_INK, s.NOTE_CONDITION_FILL
    if isinstance(entity, Barrier):
        return s.NOTE_BARRIER_INK, s.NOTE_BARRIER_FILL
    done = entity.status is ImprovementStatus.DONE
    return s.NOTE_IDEA_INK, s.NOTE_DONE_FILL if done else s.NOTE_IDEA_FILL


def draw(p: MapPainter, parts: MapParts, layout: MapLayout, window: Window) -> None:
    """The notes of the slice's stages."""
    texts, footers = TextBatch(), TextBatch()
    for note_id, box in layout.notes.items():
        entity = parts.notes.get(note_id)
        if entity is None or box.stage_id not in window.stages:
            continue
        barrier = isinstance(entity, Barrier)
        ink, fill = _colours(entity)
        x, y, w, h = p.rect(box.rect)
        p.fill(fill)
        p.stroke(ink, 1.0)
        p.c.roundRect(x, y, w, h, s.NOTE_RADIUS, stroke=1, fill=1)
        p.fill(ink)
        p.c.rect(x, y, min(s.NOTE_STRIP, w), h, stroke=0, fill=1)
        footer = _footer(entity, p.lang)
        room = w - 2 * s.NOTE_PAD - s.NOTE_STRIP
        text = entity.description if barrier else entity.text if isinstance(entity, Condition) else entity.title
        rows = max(1, int((h - 6.0 - (s.NOTE_LINE if footer else 0.0)) // s.NOTE_LINE))
        lines = fit_lines(text or "—", p.regular, s.NOTE_PX, room, rows)
        left = box.rect.x + s.NOTE_PAD + s.NOTE_STRIP
        p.text_lines(lines, left, box.rect.y + 3.0, s.NOTE_LINE, p.regular, s.NOTE_PX, text, texts)
        if footer:
            shown = elide(footer, p.regular, s.NOTE_PX - 2, room)
            p.text_lines(
                [shown], left, box.rect.bottom - s.NOTE_LINE - 1.0, s.NOTE_LINE, p.regular, s.NOTE_PX - 2, "", footers
            )
    p.fill(s.INK)
    texts.flush(p.c)
    p.fill("#a30000")
    footers.flush(p.c)
