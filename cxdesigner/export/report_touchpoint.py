"""A touchpoint's block in the report's stage sections, as one ``TextBlock``: no markup to parse.

The block holds the title (bold), channel and owner, each persona's designed / measured emotion, the
voice of the customer, the description, each quality requirement with its status in colour, and the
feedback highlights. Text goes through ``plain_text`` (the report's one rule for user text); the words
are the catalogue's. Thousands of these blocks are most of a long report, hence ``text_block``.
"""

from __future__ import annotations

from cxdesigner.domain import style as s
from cxdesigner.domain.feedback import FeedbackItem
from cxdesigner.domain.numbers import number
from cxdesigner.domain.quality import SYMBOLS, QualityRequirement, Status, status
from cxdesigner.export.catalogue import channel_name, say
from cxdesigner.export.report_data import ReportData, highlights
from cxdesigner.export.report_style import Styles, plain_text
from cxdesigner.export.text_block import Run, TextBlock, ink, para

STATUS_INK = {Status.MET: "#2b8a3e", Status.NOT_MET: "#c92a2a", Status.NOT_CHECKED: "#52606d"}


def requirement_runs(req: QualityRequirement, lang: str, st: Styles, style) -> list[Run]:  # noqa: ANN001
    """A requirement in one line: its words, target and measured value, and its status in colour."""
    size, color, font = style.fontSize, ink(style), style.fontName
    state = status(req)
    parts = [plain_text(req.text.strip() or req.indicator.strip() or "—")]
    if req.target.strip():
        target = " ".join(x for x in (SYMBOLS[req.comparison], req.target.strip(), req.unit.strip()) if x)
        parts.append(f"{say('target', lang)} {plain_text(target)}")
    if req.measured.strip():
        measured = " ".join(x for x in (req.measured.strip(), req.unit.strip()) if x)
        parts.append(f"{say('measured_value', lang)} {plain_text(measured)}")
    runs = [
        Run(f"{' · '.join(parts)} — ", font, size, color),
        Run(say("status_" + state.value, lang), st.bold_font, size, STATUS_INK[state]),
    ]
    if req.checked_on:
        runs.append(Run(f" ({plain_text(say('checked_on', lang, date=req.checked_on))})", font, size, color))
    return runs


def _value(value: float | None, lang: str) -> str:
    return "—" if value is None else number(value, lang, signed=True)


def _feedback_text(item: FeedbackItem, lang: str) -> str:
    bits = [say("source_" + item.source.value, lang)]
    if item.score is not None:
        bits.append(
            say(
                "score",
                lang,
                score=number(item.score, lang, 2, trim=True),
                low=number(item.scale_min, lang, 2, trim=True),
                high=number(item.scale_max, lang, 2, trim=True),
            )
        )
    if item.date:
        bits.append(plain_text(item.date))
    return f"“{plain_text(item.text)}” — {', '.join(bits)}"


def touchpoint_block(tp, data: ReportData, st: Styles, lang: str, voice: str) -> TextBlock:  # noqa: ANN001
    """The block of one touchpoint (``voice``: its NPS / CSAT line, or "")."""
    font, small, muted = st.block.fontName, 8.5, s.MUTED
    owner = tp.owner.strip() or say("no_owner", lang)
    meta = f"{say('channel', lang)}: {channel_name(tp.channel, lang)} · {say('owner', lang)}: {owner}"
    head = [Run(plain_text(tp.title.strip() or "—"), st.bold_font, 11, ink(st.block))]
    head.append(Run("\n" + plain_text(meta), font, small, muted))
    feelings = data.emotions.get(tp.id, [])
    if feelings:
        head.append(Run(f"\n{say('emotions_line', lang)}: ", font, small, muted))
        for n, (persona, designed, measured) in enumerate(feelings):
            value = _value(designed, lang) + (f" / {_value(measured, lang)}" if measured is not None else "")
            head.append(Run(("" if n == 0 else " · ") + "●", font, small, s.persona_color(persona.color)))
            head.append(Run(f" {plain_text(persona.name or '—')} {value}", font, small, muted))
    if voice:
        head.append(Run(f"\n{say('voice', lang)}: {voice}", font, small, muted))
    paras = [para(st.block, head)]
    if tp.description.strip():
        paras.append(para(st.body, [Run(plain_text(tp.description), font, st.body.fontSize, ink(st.body))]))
    for req in data.requirements.get(tp.id, []):
        paras.append(para(st.item, requirement_runs(req, lang, st, st.item), bullet="•"))
    for item in highlights(data.feedback.get(tp.id, [])):
        paras.append(para(st.quote, [Run(_feedback_text(item, lang), font, st.quote.fontSize, ink(st.quote))]))
    return TextBlock(paras)
