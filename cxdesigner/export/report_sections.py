"""The report's sections as platypus flowables: cover, summary, stages with their touchpoints, improvements.

Every user string passes through ``report_style.para_text`` (escaped, literal); colours and words of our
own come from ``domain.style`` and the catalogue. Tables are used only for the short summary grids; the
long per-stage text is paragraphs and touchpoint blocks (``report_touchpoint``), split across pages anywhere.
"""

from __future__ import annotations

from reportlab.lib.colors import HexColor
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from cxdesigner.domain import style as s
from cxdesigner.domain.improvements import is_quick_win
from cxdesigner.domain.journey import JourneyMap
from cxdesigner.domain.numbers import integer, number
from cxdesigner.domain.quality import QualitySummary
from cxdesigner.export import fonts
from cxdesigner.export.catalogue import say
from cxdesigner.export.report_data import ReportData
from cxdesigner.export.report_line import PlainLine, markup_of, plain_line
from cxdesigner.export.report_pictures import picture_row
from cxdesigner.export.report_style import Styles, color_text, para_text, plain_text
from cxdesigner.export.report_touchpoint import requirement_runs, touchpoint_block
from cxdesigner.export.text_block import Run, TextBlock, ink, joined, markup

LIST_LIMIT = 15


def heading(text: str, style, key: str, level: int, progress: tuple[int, int] | None = None) -> PlainLine:  # noqa: ANN001
    """A heading with a PDF bookmark (``key`` unique) at outline ``level``."""
    line = plain_line(plain_text(text, 300), style)
    line.outline = (" ".join(text.split())[:200] or "—", key, level)
    line.progress_mark = progress
    return line


def _value(value: float | None, lang: str) -> str:
    return "—" if value is None else number(value, lang, signed=True)


def _voice(data: ReportData, key: str, lang: str) -> str:
    """NPS and CSAT share as given, beside the emotion the answers imply; "" without scored feedback."""
    m = data.voice.get(key)
    if m is None or m.empty:
        return ""
    bits = []
    if m.nps is not None:
        bits.append(say("nps", lang, nps=number(m.nps, lang, 0, signed=True), count=m.nps_answers))
    if m.csat is not None:
        bits.append(say("csat", lang, share=number(100 * m.csat, lang, 0), count=m.csat_answers))
    if m.emotion is not None:
        bits.append(say("implied", lang, value=_value(m.emotion, lang)))
    return " · ".join(bits)


def _share(summary: QualitySummary, lang: str) -> str:
    return say(
        "share_met_value",
        lang,
        met=integer(summary.met, lang),
        total=integer(summary.total, lang),
        share=number(100 * (summary.share_met or 0.0), lang, 0),
        not_met=integer(summary.not_met, lang),
        not_checked=integer(summary.not_checked, lang),
    )


# ---------------------------------------------------------------------- cover
def cover(journey: JourneyMap, data: ReportData, st: Styles, lang: str, day: str) -> list[Flowable]:
    title = journey.info.title.strip() or say("report", lang)
    story: list[Flowable] = [Spacer(1, 60), Paragraph(para_text(title), st.title)]
    story.append(Paragraph(para_text(say("report", lang)), st.subtitle))
    if journey.info.description.strip():
        story.append(Paragraph(para_text(journey.info.description), st.body))
        story.append(Spacer(1, 12))
    if data.moods:
        story.append(Paragraph(para_text(say("personas", lang)), st.h3))
        for mood in data.moods:
            dot = color_text("●", s.persona_color(mood.persona.color))
            story.append(Paragraph(f"{dot} {para_text(mood.persona.name or '—')}", st.item))
    story.append(Spacer(1, 24))
    counts = " · ".join(f"{say(k, lang)}: {integer(n, lang)}" for k, n in data.counts.items())
    story.append(Paragraph(para_text(counts), st.meta))
    story.append(Paragraph(para_text(say("generated", lang, date=day)), st.meta))
    return story


# ---------------------------------------------------------------------- summary
def summary(data: ReportData, st: Styles, lang: str) -> list[Flowable]:
    story: list[Flowable] = [heading(say("summary", lang), st.h1, "summary", 0)]
    rows = [
        [Paragraph(para_text(say(k, lang)), st.cell), Paragraph(integer(n, lang), st.cell_bold)]
        for k, n in data.counts.items()
    ]
    story.append(grid(rows))
    story.append(Paragraph(para_text(say("share_met", lang)), st.h3))
    text = _share(data.quality, lang) if data.quality.total else say("no_requirements", lang)
    story.append(Paragraph(para_text(text), st.body))
    story.append(Paragraph(para_text(say("mean_emotion", lang)), st.h3))
    if data.moods:
        for mood in data.moods:
            dot = color_text("●", s.persona_color(mood.persona.color))
            designed, measured = _value(mood.designed, lang), _value(mood.measured, lang)
            if mood.both:
                words = say("mean_over", lang, designed=designed, measured=measured, count=mood.both)
            elif mood.measured is None and mood.designed is not None:
                words = say("mean_designed_only", lang, designed=designed, count=mood.designed_count)
            else:
                words = say("mean_value", lang, designed=designed, measured=measured)
            story.append(Paragraph(f"{dot} <b>{para_text(mood.persona.name or '—')}</b>: {para_text(words)}", st.item))
    else:
        story.append(Paragraph(para_text(say("no_personas", lang)), st.body))
    story.append(Paragraph(para_text(say("worst", lang)), st.h2))
    story.append(Paragraph(para_text(say("lowest_emotions", lang)), st.h3))
    stage_names = {stage.id: stage.title for stage, _, _ in data.stages}
    if data.lowest:
        for low in data.lowest:
            kind = say("measured_short" if low.measured else "designed_short", lang)
            where = say(
                "at_touchpoint",
                lang,
                touchpoint=low.touchpoint.title,
                stage=stage_names.get(low.touchpoint.stage_id, ""),
            )
            line = f"{_value(low.value, lang)} · {low.persona.name} ({kind}) · {where}"
            story.append(Paragraph(color_text(para_text(line), s.PAIN), st.item, bulletText="•"))
    else:
        story.append(Paragraph(para_text(say("no_emotions", lang)), st.body))
    story.append(Paragraph(para_text(say("failing_requirements", lang)), st.h3))
    if not data.failing:
        story.append(Paragraph(para_text(say("none_failing", lang)), st.body))
    for tp, req in data.failing[:LIST_LIMIT]:
        where = say("at_touchpoint", lang, touchpoint=tp.title, stage=stage_names.get(tp.stage_id, ""))
        line = markup([*requirement_runs(req, lang, st, st.item), Run(f" — {plain_text(where)}", *_plain(st.item))])
        story.append(Paragraph(line, st.item, bulletText="•"))
    if len(data.failing) > LIST_LIMIT:
        story.append(Paragraph(para_text(say("and_more", lang, count=len(data.failing) - LIST_LIMIT)), st.meta))
    return story


def _plain(style) -> tuple[str, float, str]:  # noqa: ANN001 - a ParagraphStyle
    return style.fontName, style.fontSize, ink(style)


def grid(rows: list[list[Flowable]], widths: list[float | None] | None = None) -> Table:
    table = Table(rows, colWidths=widths, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR),  # a table's own default is Helvetica
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, HexColor(s.GRID)),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    return table


# ---------------------------------------------------------------------- stages
def _line(text: str, style) -> PlainLine:  # noqa: ANN001 - a ParagraphStyle
    """A Paragraph of printable text (``plain_text``), drawn directly when it is one line."""
    return plain_line(text, style)


def _expectations(data: ReportData, stage_id: str, lang: str) -> str:
    """ "Student: Engage me (met); Office worker: Engage me (not met)" for the expectations tied to a stage."""
    return "; ".join(
        f"{persona.name.strip() or '—'}: {expectation.text.strip() or '—'} "
        f"({say('status_met' if expectation.met else 'status_not_met', lang)})"
        for persona, expectation in data.expectations.get(stage_id, [])
    )


def stages(data: ReportData, st: Styles, lang: str) -> list[Flowable]:
    story: list[Flowable] = [heading(say("stages", lang), st.h1, "stages", 0)]
    total = len(data.stages)
    for n, (stage, tps, quality) in enumerate(data.stages, start=1):
        name = f"{n}. {stage.title.strip() or '—'}"
        story.append(heading(name, st.h2, f"stage-{n}", 1, (n, total)))
        if stage.expectation.strip():
            said, expected = plain_text(say("expectation", lang)), plain_text(stage.expectation)
            runs = [Run(f"{said}: ", *_plain(st.body)), Run(expected, st.bold_font, *_plain(st.body)[1:])]
            story.append(PlainLine(runs, st.body, f"{markup_of(said)}: <b>{markup_of(expected)}</b>"))
        tied = _expectations(data, stage.id, lang)
        if tied:
            story.append(_line(f"{plain_text(say('persona_expectations', lang))}: {plain_text(tied)}", st.body))
        if stage.description.strip():
            story.append(_line(plain_text(stage.description), st.body))
        noted = "; ".join(c.text.strip() for c in data.conditions.get(stage.id, []))
        if noted:
            story.append(_line(f"{plain_text(say('conditions', lang))}: {plain_text(noted)}", st.body))
        if quality.total:
            share = plain_text(_share(quality, lang))
            story.append(_line(f"{plain_text(say('stage_quality', lang))}: {share}", st.body))
        voice = _voice(data, stage.id, lang)
        if voice:
            story.append(_line(f"{plain_text(say('voice', lang))}: {plain_text(voice)}", st.body))
        for barrier in data.barriers.get(stage.id, []):
            lost = (
                f" ({say('lost', lang, share=number(barrier.share_lost * 100, lang, 0))})"
                if barrier.share_lost is not None
                else ""
            )
            label, what = plain_text(say("barriers", lang)), plain_text(barrier.description or "—") + plain_text(lost)
            runs = [
                Run(f"{label}:", st.bold_font, *_plain(st.item)[1:]),
                Run(f" {what}", st.item.fontName, st.item.fontSize, s.PAIN),
            ]
            markup_ = f"<b>{markup_of(label)}:</b> {color_text(markup_of(what), s.PAIN)}"
            story.append(PlainLine(runs, st.item, markup_))
        if not tps:
            story.append(_line(plain_text(say("no_touchpoints", lang)), st.meta))
        story += _touchpoints(tps, data, st, lang)
    return story


JOINED = 16
"""Touchpoint blocks joined into one flowable at most (``text_block.joined``): fewer flowables for
platypus to place, and a block split at a page end copies at most this many blocks' lines."""


def _touchpoints(tps: list, data: ReportData, st: Styles, lang: str) -> list[Flowable]:
    """A stage's touchpoint blocks, each picture row after its own; after the stage's first (kept on its
    own: a heading kept with the next flowable must not be kept with a long one), up to ``JOINED`` at a
    time as one joined block."""
    out: list[Flowable] = []
    run: list[TextBlock] = []
    for n, tp in enumerate(tps):
        block = touchpoint_block(tp, data, st, lang, _voice(data, tp.id, lang))
        if n == 0:
            out.append(block)
        else:
            run.append(block)
        if run and (len(run) == JOINED or tp.id in data.pictures or n == len(tps) - 1):
            out.append(joined(run))
            run = []
        if tp.id in data.pictures:
            out.append(picture_row(data.pictures[tp.id], st.meta))
    return out


# ---------------------------------------------------------------------- improvements
def improvements(data: ReportData, st: Styles, lang: str) -> list[Flowable]:
    story: list[Flowable] = [heading(say("improvements", lang), st.h1, "improvements", 0)]
    if not data.improvements:
        story.append(Paragraph(para_text(say("no_improvements", lang)), st.body))
        return story
    for improvement, barriers in data.improvements:
        title = para_text(improvement.title.strip() or "—")
        if is_quick_win(improvement):
            title += " " + color_text(f"({para_text(say('quick_win', lang))})", "#2b8a3e")
        story.append(Paragraph(title, st.h3))
        bits = [say("imp_" + improvement.status.value, lang)]
        if improvement.owner.strip():
            bits.append(f"{say('owner', lang)}: {improvement.owner.strip()}")
        if improvement.due:
            bits.append(say("due", lang, date=improvement.due))
        bits.append(say("effort_impact", lang, effort=improvement.effort, impact=improvement.impact))
        story.append(Paragraph(para_text(" · ".join(bits)), st.meta))
        if improvement.effect.strip():
            story.append(Paragraph(para_text(improvement.effect), st.body))
        for barrier in barriers:
            text = f"{say('removes', lang)}: {barrier.description or '—'}"
            story.append(Paragraph(para_text(text), st.item, bulletText="•"))
    return story
