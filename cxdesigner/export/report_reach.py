"""The report's reach section: a funnel of the share of entering customers who reach each stage, and the
five places where the most are lost (``domain.reach``, from the flows' shares and the barriers' losses).

The funnel is a ``report_figure.Figure``: per stage a grey row, a centred bar as wide as its reach,
the stage's name at the left and the percentage at the right, as the Analysis panel draws it.
"""

from __future__ import annotations

from reportlab.platypus import Flowable, Paragraph, Spacer

from cxdesigner.domain.entities import Stage
from cxdesigner.domain.journey import JourneyMap
from cxdesigner.domain.phrases import percent
from cxdesigner.domain.reach import reach_of
from cxdesigner.export import fonts
from cxdesigner.export.catalogue import say
from cxdesigner.export.pdftext import elide
from cxdesigner.export.report_figure import Figure, Label, Rectangle
from cxdesigner.export.report_style import Styles, para_text

ROW = 14.0
LOSSES = 5
PAGE_ROWS = 30  # stages per drawing: 420 pt, within an A5 frame
BAR = "#91a7ff"
EMPTY = "#e9ecef"


def funnel_drawing(rows: list[tuple[str, float]], width: float, lang: str) -> Figure:
    """One row per stage: its name, a centred bar of its reach, the percentage."""
    drawing = Figure(width, ROW * len(rows) + 2)
    top = drawing.height
    for i, (title, share) in enumerate(rows):
        y = top - (i + 1) * ROW
        drawing.add(Rectangle(0, y + 1, width, ROW - 2, fill=EMPTY))
        bar = min(1.0, max(0.0, share)) * width
        drawing.add(Rectangle((width - bar) / 2, y + 1, bar, ROW - 2, fill=BAR))
        label = elide(title, fonts.REGULAR, 8, width * 0.6)
        drawing.add(Label(4, y + 4, label, fonts.REGULAR, 8))
        drawing.add(Label(width - 4, y + 4, percent(share, lang), fonts.REGULAR, 8, "end"))
    return drawing


def reach_section(journey: JourneyMap, st: Styles, lang: str, width: float, heading) -> list[Flowable]:  # noqa: ANN001
    """The heading, the funnel and the biggest losses; a line instead when no customer comes in."""
    story: list[Flowable] = [heading(say("reach_chart", lang), st.h1, "reach", 0)]
    reach = reach_of(journey)
    if not any(reach.stages.values()):
        return [*story, Paragraph(para_text(say("no_reach", lang)), st.body)]
    rows = [(s.title.strip() or "—", reach.stages.get(s.id, 0.0)) for s in journey.stages()]
    # One drawing per page's worth of stages: a 300-stage map's funnel runs over pages.
    story += [funnel_drawing(rows[i : i + PAGE_ROWS], width, lang) for i in range(0, len(rows), PAGE_ROWS)]
    story.append(Spacer(1, 6))
    losses = sorted(reach.lost.items(), key=lambda kv: -kv[1])[:LOSSES]
    story.append(Paragraph(para_text(say("biggest_losses", lang)), st.h2))
    if not losses:
        return [*story, Paragraph(para_text(say("no_losses", lang)), st.body)]
    for place, share in losses:
        entity = journey.find(place)
        name = (getattr(entity, "title", "") or "").strip() or "—"
        key = "lost_at_stage" if isinstance(entity, Stage) else "lost_at"
        story.append(Paragraph(para_text(say(key, lang, share=percent(share, lang), place=name)), st.body))
    return story
