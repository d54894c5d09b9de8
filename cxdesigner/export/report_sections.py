"""The report's sections as platypus flowables: cover, summary, stages with their touchpoints, improvements.

Every user string passes through ``report_style.para_text`` (escaped, literal); colours and words of our
own come from ``domain.style`` and the catalogue. Tables are used only for the short summary grids; the
long per-stage text is plain paragraphs, which platypus can split across pages anywhere.
"""

from __future__ import annotations

from reportlab.lib.colors import HexColor
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from cxdesigner.domain import style as s
from cxdesigner.domain.feedback import FeedbackItem
from cxdesigner.domain.improvements import is_quick_win
from cxdesigner.domain.journey import JourneyMap
from cxdesigner.domain.numbers import integer, number
from cxdesigner.domain.quality import Comparison, QualityRequirement, QualitySummary, Status, status
from cxdesigner.export import fonts
from cxdesigner.export.catalogue import channel_name, say
from cxdesigner.export.report_data import ReportData, highlights
from cxdesigner.export.report_style import Styles, color_text, para_text

LIST_LIMIT = 15
_SYMBOLS = {Comparison.AT_LEAST: "≥", Comparison.AT_MOST: "≤", Comparison.EQUALS: "="}
_STATUS_INK = {Status.MET: "#2b8a3e", Status.NOT_MET: "#c92a2a", Status.NOT_CHECKED: "#52606d"}


def heading(text: str, style, key: str, level: int, progress: tuple[int, int] | None = None) -> Paragraph:  # noqa: ANN001
    """A heading with a PDF bookmark (``key`` unique) at outline ``level``."""
    para = Paragraph(para_text(text, 300), style)
    para.outline = (" ".join(text.split())[:200] or "—", key, level)
    para.progress_mark = progress
    return para


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
    story.append(_grid(rows))
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
        story.append(Paragraph(f"{requirement_markup(req, lang)} — {para_text(where)}", st.item, bulletText="•"))
    if len(data.failing) > LIST_LIMIT:
        story.append(Paragraph(para_text(say("and_more", lang, count=len(data.failing) - LIST_LIMIT)), st.meta))
    return story


def _grid(rows: list[list[Flowable]]) -> Table:
    table = Table(rows, hAlign="LEFT")
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
def requirement_markup(req: QualityRequirement, lang: str) -> str:
    """A requirement in one line: its words, target and measured value, and its status in colour."""
    state = status(req)
    words = req.text.strip() or req.indicator.strip() or "—"
    parts = [para_text(words)]
    if req.target.strip():
        target = " ".join(x for x in (_SYMBOLS.get(req.comparison, ""), req.target.strip(), req.unit.strip()) if x)
        parts.append(f"{para_text(say('target', lang))} {para_text(target)}")
    if req.measured.strip():
        measured = " ".join(x for x in (req.measured.strip(), req.unit.strip()) if x)
        parts.append(f"{para_text(say('measured_value', lang))} {para_text(measured)}")
    label = color_text(f"<b>{para_text(say('status_' + state.value, lang))}</b>", _STATUS_INK[state])
    checked = f" ({para_text(say('checked_on', lang, date=req.checked_on))})" if req.checked_on else ""
    return f"{' · '.join(parts)} — {label}{checked}"


def _feedback_markup(item: FeedbackItem, lang: str) -> str:
    bits = [para_text(say("source_" + item.source.value, lang))]
    if item.score is not None:
        bits.append(
            para_text(
                say(
                    "score",
                    lang,
                    score=number(item.score, lang, 2, trim=True),
                    low=number(item.scale_min, lang, 2, trim=True),
                    high=number(item.scale_max, lang, 2, trim=True),
                )
            )
        )
    if item.date:
        bits.append(para_text(item.date))
    return f"“{para_text(item.text)}” — <i>{', '.join(bits)}</i>"


def stages(data: ReportData, st: Styles, lang: str) -> list[Flowable]:
    story: list[Flowable] = [heading(say("stages", lang), st.h1, "stages", 0)]
    total = len(data.stages)
    for n, (stage, tps, quality) in enumerate(data.stages, start=1):
        name = f"{n}. {stage.title.strip() or '—'}"
        story.append(heading(name, st.h2, f"stage-{n}", 1, (n, total)))
        if stage.expectation.strip():
            story.append(
                Paragraph(f"{para_text(say('expectation', lang))}: <b>{para_text(stage.expectation)}</b>", st.body)
            )
        if stage.description.strip():
            story.append(Paragraph(para_text(stage.description), st.body))
        if quality.total:
            story.append(
                Paragraph(f"{para_text(say('stage_quality', lang))}: {para_text(_share(quality, lang))}", st.body)
            )
        voice = _voice(data, stage.id, lang)
        if voice:
            story.append(Paragraph(f"{para_text(say('voice', lang))}: {para_text(voice)}", st.body))
        for barrier in data.barriers.get(stage.id, []):
            lost = (
                f" ({say('lost', lang, share=number(barrier.share_lost * 100, lang, 0))})"
                if barrier.share_lost is not None
                else ""
            )
            text = color_text(f"{para_text(barrier.description or '—')}{para_text(lost)}", s.PAIN)
            story.append(Paragraph(f"<b>{para_text(say('barriers', lang))}:</b> {text}", st.item))
        if not tps:
            story.append(Paragraph(para_text(say("no_touchpoints", lang)), st.meta))
        for tp in tps:
            story += _touchpoint(tp, data, st, lang)
    return story


def _touchpoint(tp, data: ReportData, st: Styles, lang: str) -> list[Flowable]:  # noqa: ANN001 - a Touchpoint
    """A touchpoint's block. Title, channel, owner and emotions are one paragraph (with line breaks): a
    heading kept with what follows would make platypus wrap each block twice, which on thousands of
    touchpoints doubles the time; one paragraph never orphans its title (``allowOrphans`` is off)."""
    owner = tp.owner.strip() or say("no_owner", lang)
    meta = f"{say('channel', lang)}: {channel_name(tp.channel, lang)} · {say('owner', lang)}: {owner}"
    head = [f'<font name="{st.bold_font}" size="11">{para_text(tp.title.strip() or "—")}</font>']
    head.append(f'<font size="8.5" color="{s.MUTED}">{para_text(meta)}</font>')
    feelings = []
    for persona, designed, measured in data.emotions.get(tp.id, []):
        value = _value(designed, lang)
        if measured is not None:
            value += f" / {_value(measured, lang)}"
        feelings.append(f"{color_text('●', s.persona_color(persona.color))} {para_text(persona.name or '—')} {value}")
    if feelings:
        line = f"{para_text(say('emotions_line', lang))}: {' · '.join(feelings)}"
        head.append(f'<font size="8.5" color="{s.MUTED}">{line}</font>')
    voice = _voice(data, tp.id, lang)
    if voice:
        head.append(f'<font size="8.5" color="{s.MUTED}">{para_text(say("voice", lang))}: {para_text(voice)}</font>')
    story: list[Flowable] = [Paragraph("<br/>".join(head), st.block)]
    if tp.description.strip():
        story.append(Paragraph(para_text(tp.description), st.body))
    for req in data.requirements.get(tp.id, []):
        story.append(Paragraph(requirement_markup(req, lang), st.item, bulletText="•"))
    for item in highlights(data.feedback.get(tp.id, [])):
        story.append(Paragraph(_feedback_markup(item, lang), st.quote))
    return story


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
