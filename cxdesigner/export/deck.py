"""Slides for stakeholders: the map as a PowerPoint deck (python-pptx), every word real, editable text.

The deck holds, in the map's language (or the one asked for): a title slide; the whole map as a picture
(the PNG the caller renders with the canvas, at print resolution); one slide per stage with its touchpoints,
their requirements met or not and the emotions per persona; the emotion curve as a native, editable line
chart (one series per persona, designed values, touchpoints in journey order); the worst moments; and the
improvements planned. Text is set in the bundled DejaVu Sans (PowerPoint and LibreOffice use it where it is
installed; python-pptx cannot embed a font), so Cyrillic reads the same as in the PDFs.

It draws from ``report_data.gather``, the report's own summary of the map, so the deck and the report never
disagree. It knows nothing of Qt: the map's picture comes in as PNG bytes.
"""

from __future__ import annotations

import io
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from cxdesigner.domain.entities import Touchpoint
from cxdesigner.domain.journey import JourneyMap
from cxdesigner.domain.numbers import integer, number
from cxdesigner.domain.quality import Status, status
from cxdesigner.export.catalogue import channel_name, language_of, say
from cxdesigner.export.report_data import ReportData, gather
from cxdesigner.io.files import check_zip, write_bytes_atomic

FONT = "DejaVu Sans"
SLIDE_W, SLIDE_H = 12_192_000, 6_858_000  # 16:9 in EMU (13.333 × 7.5 inches)
MARGIN = 457_200  # half an inch
LINES_PER_SLIDE = 14  # a stage with more touchpoints continues on the next slide
LIST_LIMIT = 6
TITLE_COUNTS = ("n_stages", "n_touchpoints", "n_personas")
CATEGORY_CHARS = 24  # a touchpoint's title under the chart, cut to this many characters


def write_deck(journey: JourneyMap, path: Path, options: DeckOptions, progress: object = None) -> None:
    """Write the deck to ``path`` through the one safe writer (the export dialog's worker calls this)."""
    write_bytes_atomic(path, to_bytes(journey, options.picture_png, options.language), check_zip)


@dataclass(frozen=True)
class DeckOptions:
    """The map's picture (PNG bytes, drawn by the caller) and the language of the slides ("" = the map's)."""

    picture_png: bytes | None = None
    language: str = ""


def to_bytes(journey: JourneyMap, picture_png: bytes | None = None, language: str = "") -> bytes:
    """The deck's bytes; ``picture_png`` is the whole map as the canvas draws it (left out when None)."""
    from pptx import Presentation
    from pptx.util import Emu

    lang = language_of(language or journey.info.language)
    data = gather(journey)
    deck = Presentation()
    deck.slide_width, deck.slide_height = Emu(SLIDE_W), Emu(SLIDE_H)
    _title_slide(deck, journey, data, lang)
    if picture_png is not None:
        _picture_slide(deck, say("deck_map", lang), picture_png)
    for stage, touchpoints, summary in data.stages:
        lines = [_touchpoint_line(tp, data, lang) for tp in touchpoints] or [say("no_touchpoints", lang)]
        quality = _share(summary.met, summary.total, lang)
        for start in range(0, len(lines), LINES_PER_SLIDE):
            _bullets(deck, stage.title, [quality, *lines[start : start + LINES_PER_SLIDE]])
    _chart_slide(deck, journey, data, lang)
    _worst_slide(deck, data, lang)
    out = io.BytesIO()
    deck.save(out)
    return out.getvalue()


# ------------------------------------------------------------------ slides
def _title_slide(deck, journey: JourneyMap, data: ReportData, lang: str) -> None:  # noqa: ANN001 - pptx types
    slide = deck.slides.add_slide(deck.slide_layouts[0])
    slide.shapes.title.text = journey.info.title or say("report", lang)
    from pptx.util import Pt

    counts = ", ".join(f"{say(key, lang)}: {integer(data.counts[key], lang)}" for key in TITLE_COUNTS)
    frame = slide.placeholders[1].text_frame
    frame.word_wrap = True
    made = say("generated", lang, date=_day())
    for i, (line, size) in enumerate(((say("report", lang), 24), (counts, 14), (made, 12))):
        paragraph = frame.paragraphs[0] if i == 0 else frame.add_paragraph()
        paragraph.text = line
        paragraph.font.size = Pt(size)
    _set_font(slide.shapes)


def _picture_slide(deck, title: str, png: bytes) -> None:  # noqa: ANN001
    from pptx.util import Emu

    slide = deck.slides.add_slide(deck.slide_layouts[5])  # title only
    slide.shapes.title.text = title
    _set_font(slide.shapes)
    top = int(SLIDE_H * 0.2)
    box_w, box_h = SLIDE_W - 2 * MARGIN, SLIDE_H - top - MARGIN
    picture = slide.shapes.add_picture(io.BytesIO(png), Emu(MARGIN), Emu(top))
    scale = min(box_w / picture.width, box_h / picture.height)
    picture.width, picture.height = Emu(int(picture.width * scale)), Emu(int(picture.height * scale))
    picture.left = Emu(MARGIN + (box_w - picture.width) // 2)


def _bullets(deck, title: str, lines: list[str]) -> None:  # noqa: ANN001
    from pptx.util import Pt

    slide = deck.slides.add_slide(deck.slide_layouts[1])  # title and content
    slide.shapes.title.text = title
    frame = slide.placeholders[1].text_frame
    frame.word_wrap = True
    for i, line in enumerate(lines):
        paragraph = frame.paragraphs[0] if i == 0 else frame.add_paragraph()
        paragraph.text = line
        paragraph.font.size = Pt(12 if len(lines) > 8 else 14 if len(lines) > 5 else 18)
    _set_font(slide.shapes)


def _chart_slide(deck, journey: JourneyMap, data: ReportData, lang: str) -> None:  # noqa: ANN001
    from pptx.chart.data import CategoryChartData
    from pptx.enum.chart import XL_CHART_TYPE, XL_LEGEND_POSITION, XL_TICK_LABEL_POSITION
    from pptx.util import Emu, Pt

    order = [tp for _stage, tps, _summary in data.stages for tp in tps]
    series = []
    for mood in data.moods:
        mine = mood.persona.id
        values = {tid: d for tid, pairs in data.emotions.items() for p, d, _m in pairs if p.id == mine}
        if any(values.get(tp.id) is not None for tp in order):
            series.append((mood.persona.name or "—", [values.get(tp.id) for tp in order]))
    if not order or not series:
        _bullets(deck, say("curve_chart", lang), [say("no_emotions", lang)])
        return
    chart_data = CategoryChartData(number_format="0.0")
    chart_data.categories = [_short(tp.title or "—") for tp in order]
    for name, values in series:
        chart_data.add_series(name, values)
    slide = deck.slides.add_slide(deck.slide_layouts[5])
    slide.shapes.title.text = say("curve_chart", lang)
    top = int(SLIDE_H * 0.2)
    frame = slide.shapes.add_chart(
        XL_CHART_TYPE.LINE_MARKERS, Emu(MARGIN), Emu(top), Emu(SLIDE_W - 2 * MARGIN), Emu(SLIDE_H - top - MARGIN),
        chart_data,
    )  # fmt: skip
    chart = frame.chart
    chart.has_legend = True
    chart.legend.position = XL_LEGEND_POSITION.BOTTOM
    chart.legend.include_in_layout = False
    axis = chart.value_axis
    axis.minimum_scale, axis.maximum_scale, axis.major_unit = -2.0, 2.0, 1.0
    chart.font.name = FONT
    chart.font.size = Pt(12)
    chart.category_axis.tick_labels.font.size = Pt(8 if len(order) > 12 else 10)
    chart.category_axis.tick_label_position = XL_TICK_LABEL_POSITION.LOW  # below the chart, not on the zero line
    _set_font(slide.shapes)


def _worst_slide(deck, data: ReportData, lang: str) -> None:  # noqa: ANN001
    lines = []
    for low in data.lowest[:LIST_LIMIT]:
        kind = say("measured_short" if low.measured else "designed_short", lang)
        lines.append(f"{low.touchpoint.title} — {low.persona.name}: {number(low.value, lang, signed=True)} ({kind})")
    _bullets(deck, say("worst", lang), lines or [say("no_emotions", lang)])
    lines = []
    for improvement, barriers in data.improvements[:LIST_LIMIT]:
        removes = f" ({say('removes', lang)}: {', '.join(b.description for b in barriers)})" if barriers else ""
        lines.append(f"{improvement.title}{removes}")
    _bullets(deck, say("improvements", lang), lines or [say("no_improvements", lang)])


# ------------------------------------------------------------------ text
def _touchpoint_line(tp: Touchpoint, data: ReportData, lang: str) -> str:
    parts = [tp.title or "—", channel_name(tp.channel, lang)]
    reqs = data.requirements.get(tp.id, [])
    if reqs:
        met = sum(status(r) is Status.MET for r in reqs)
        parts.append(f"{say('requirements', lang)}: {met}/{len(reqs)} {say('status_met', lang)}")
    moods = [
        say("emotion_at", lang, persona=p.name or "—", value=_mood(designed, measured, lang))
        for p, designed, measured in data.emotions.get(tp.id, [])
        if designed is not None or measured is not None
    ]
    if moods:
        parts.append(f"{say('emotions_line', lang)}: {'; '.join(moods)}")
    return " · ".join(parts)


def _mood(designed: float | None, measured: float | None, lang: str) -> str:
    """A persona's emotion at a touchpoint: designed, with the measured (as-is) value beside it when known."""
    as_is = f"{say('measured_short', lang)} {number(measured, lang, signed=True)}" if measured is not None else ""
    if designed is None:
        return as_is
    to_be = number(designed, lang, signed=True)
    return f"{to_be} ({as_is})" if as_is else to_be


def _share(met: int, total: int, lang: str) -> str:
    if not total:
        return say("no_requirements", lang)
    return f"{say('stage_quality', lang)}: {integer(met, lang)}/{integer(total, lang)} {say('status_met', lang)}"


def _short(text: str) -> str:
    return text if len(text) <= CATEGORY_CHARS else text[: CATEGORY_CHARS - 1].rstrip() + "…"


def _day() -> str:
    return date.today().isoformat()  # as on the report's cover


def _set_font(shapes: Iterable) -> None:  # noqa: ANN001
    """Every run of every text shape in the bundled font."""
    for shape in shapes:
        if not shape.has_text_frame:
            continue
        for paragraph in shape.text_frame.paragraphs:
            paragraph.font.name = FONT
            for run in paragraph.runs:
                run.font.name = FONT
