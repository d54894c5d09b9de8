"""The report's KPI page: each improvement's business case and the KPIs that measure it.

For every improvement with a business case or a KPI: its title, then what it costs, what it is expected
to bring a year and whom it serves. Each KPI is one row: a small chart of its measurements against the
dashed line from baseline to target (review dates as thin ticks, a point behind the line red), and beside
it the name, the unit, baseline → target, the characteristic of the CX strategy it measures and every
review with its value against the line. The KPI findings (``domain.kpis.findings``) close the page. A map
with neither business cases nor KPIs has no page.
"""

from __future__ import annotations

from datetime import date

from reportlab.graphics.shapes import Circle, Drawing, Line, PolyLine, Rect
from reportlab.lib.colors import HexColor
from reportlab.platypus import Flowable, PageBreak, Paragraph

from cxdesigner.domain import kpis
from cxdesigner.domain.improvements import Improvement, roadmap
from cxdesigner.domain.journey import JourneyMap
from cxdesigner.domain.kpis import Kpi
from cxdesigner.domain.numbers import number
from cxdesigner.domain.strategy import BY_KEY
from cxdesigner.export import fonts
from cxdesigner.export.catalogue import say
from cxdesigner.export.report_sections import grid
from cxdesigner.export.report_style import Styles, para_text

CHART_W, CHART_H = 150.0, 58.0


def kpi_page(journey: JourneyMap, st: Styles, lang: str, width: float, heading, today: date) -> list[Flowable]:  # noqa: ANN001
    """A page break, the heading and one block per improvement; nothing without cases or KPIs."""
    shown = [i for i in roadmap(journey.all(Improvement)) if kpis.case_of(journey, i.id) or kpis.kpis_of(journey, i.id)]
    if not shown:
        return []
    story: list[Flowable] = [PageBreak(), heading(say("kpi_page", lang), st.h1, "kpis", 0)]
    for improvement in shown:
        story.append(Paragraph(para_text(improvement.title or "—"), st.h3))
        case = kpis.case_of(journey, improvement.id)
        if case is not None:
            parts = [
                say("case_cost", lang, cost=_money(case.cost, lang)),
                say("case_benefit", lang, benefit=_money(case.benefit, lang)),
            ]
            if kpis.serves(journey, case):
                parts.append(say("case_serves", lang, whom=kpis.serves(journey, case)))
            story.append(Paragraph(para_text(" · ".join(parts)), st.body))
            if case.notes.strip():
                story.append(Paragraph(para_text(case.notes), st.meta))
        rows = [[chart(journey, kpi), Paragraph(_words(journey, kpi, lang), st.cell)]
                for kpi in kpis.kpis_of(journey, improvement.id)]  # fmt: skip
        if rows:
            story.append(grid(rows, [CHART_W + 8, width - CHART_W - 8]))
    for finding in kpis.findings(journey, today):
        story.append(Paragraph(f"<b>{para_text(finding.message)}</b>", st.body))
    return story


def _money(value: float | None, lang: str) -> str:
    return "—" if value is None else number(value, lang, 2, trim=True)


def _words(journey: JourneyMap, kpi: Kpi, lang: str) -> str:
    head = f"<b>{para_text(kpi.name)}</b>" + (f" ({para_text(kpi.unit)})" if kpi.unit.strip() else "")
    line = say("kpi_line", lang, baseline=kpis.amount(kpi.baseline, kpi.unit, lang), day=kpi.started_on,
               target=kpis.amount(kpi.target, kpi.unit, lang))  # fmt: skip
    lines = [head, para_text(line)]
    if kpi.strategy_key in BY_KEY:
        lines.append(para_text(say("kpi_measures", lang, what=BY_KEY[kpi.strategy_key].title(lang))))
    for review in kpis.reviews(journey, kpi):
        planned = kpis.amount(review.planned, kpi.unit, lang)
        if review.value is None:
            text = say("kpi_review_none", lang, day=review.day.isoformat(), planned=planned)
        else:
            text = say("kpi_review_behind" if review.behind else "kpi_review_on", lang, day=review.day.isoformat(),
                       value=kpis.amount(review.value, kpi.unit, lang), planned=planned)  # fmt: skip
        lines.append(para_text(text))
    return "<br/>".join(lines)


def chart(journey: JourneyMap, kpi: Kpi) -> Drawing:
    """The KPI's measurements (solid, points) against its planned line (dashed) over its time."""
    values = kpis.measurements_of(journey, kpi.id)
    start, end = date.fromisoformat(kpi.started_on), kpis.review_dates(kpi)[-1]
    days = [date.fromisoformat(m.measured_on) for m in values]
    first, last = min([start, *days]), max([end, *days])
    seen = [kpi.baseline, kpi.target, *(m.value for m in values)]
    low, high = min(seen), max(seen)
    pad = 5.0

    def at(day: date, value: float) -> tuple[float, float]:
        x = pad + (day - first).days / ((last - first).days or 1) * (CHART_W - 2 * pad)
        y = pad + (value - low) / ((high - low) or 1.0) * (CHART_H - 2 * pad)
        return x, y

    drawing = Drawing(CHART_W, CHART_H)
    drawing.initialFontName = fonts.register()[0]  # reportlab's graphics start in Helvetica, never embedded
    drawing.add(Rect(0, 0, CHART_W, CHART_H, fillColor=HexColor("#f8f9fa"), strokeColor=None))
    for day in kpis.review_dates(kpi):
        x, _y = at(day, low)
        drawing.add(Line(x, pad / 2, x, CHART_H - pad / 2, strokeColor=HexColor("#ced4da"), strokeWidth=0.5))
    plan = [at(start, kpi.baseline), at(end, kpi.target)] + ([at(last, kpi.target)] if last > end else [])
    drawing.add(PolyLine([c for p in plan for c in p], strokeColor=HexColor("#868e96"), strokeWidth=0.9,
                         strokeDashArray=[3, 2]))  # fmt: skip
    points = [at(d, m.value) for d, m in zip(days, values, strict=True)]
    if len(points) > 1:
        drawing.add(PolyLine([c for p in points for c in p], strokeColor=HexColor("#1864ab"), strokeWidth=1.4))
    for (x, y), day, m in zip(points, days, values, strict=True):
        color = "#c92a2a" if kpis.is_behind(kpi, m.value, day) else "#2b8a3e"
        drawing.add(Circle(x, y, 2.2, fillColor=HexColor(color), strokeColor=None))
    return drawing
