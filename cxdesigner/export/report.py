"""The report: a PDF for people who were not in the room, built with reportlab's platypus.

A cover page; a page for management (the strategy checklist, each persona's loyalty verdict, what
changed since the last mapping); a summary (counts, share of requirements met, mean emotion per
persona, the worst moments);
the emotion-curve chart drawn from the layout's geometry; one section per stage with its touchpoints
(channel, owner), their requirements and status, emotions and voice-of-the-customer highlights; the
improvements planned. Each stage has a PDF bookmark; every page but the cover says "page N of M".

Every user string goes through ``para_text``: control characters out, glyphless characters as U+FFFD,
right-to-left runs in display order, and then ``xml.sax.saxutils.escape`` before it becomes Paragraph
markup, so a ``<`` or an ``&`` in a name prints as itself. reportlab splits words longer than a line.
The touchpoint blocks, most of a long report, are not markup at all: ``report_touchpoint`` builds them as
plain runs (``plain_text``, the same rule without the escaping) that ``text_block`` wraps and draws.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import BaseDocTemplate, Frame, NextPageTemplate, PageBreak, PageTemplate, Paragraph, Spacer

from cxdesigner import __version__, collector
from cxdesigner.domain.journey import JourneyMap
from cxdesigner.export import fonts, report_sections, text_block
from cxdesigner.export.catalogue import language_of, say
from cxdesigner.export.paper import page_size, points
from cxdesigner.export.report_chart import chart_parts, emotion_chart
from cxdesigner.export.report_data import gather
from cxdesigner.export.report_kpis import kpi_page
from cxdesigner.export.report_management import management
from cxdesigner.export.report_reach import reach_section
from cxdesigner.export.report_segments import segments_section
from cxdesigner.export.report_style import Styles, para_text
from cxdesigner.io import snapshots
from cxdesigner.io.files import check_pdf, write_bytes_atomic

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class ReportOptions:
    """How to print the report."""

    paper: str = "A4"
    landscape: bool = False
    margin_mm: float = 18.0
    language: str = ""  # "en" or "ru"; empty: the map's language
    emotions: str = "both"  # designed, measured or both (the chart)
    date: str = ""  # on the cover; empty: today
    cover_only: bool = False  # just the first page, as the export dialog previews it


@dataclass(frozen=True)
class ReportResult:
    pages: int
    page_size: tuple[float, float]


class _Document(BaseDocTemplate):
    """Adds a PDF bookmark for every flowable that carries an ``outline`` (title, key, level)."""

    def afterFlowable(self, flowable) -> None:  # noqa: N802, ANN001 - reportlab's hook
        outline = getattr(flowable, "outline", None)
        if outline is not None:
            title, key, level = outline
            self.canv.bookmarkPage(key)
            self.canv.addOutlineEntry(title, key, level=level, closed=level > 0)
        progress = getattr(self, "progress", None)
        done = getattr(flowable, "progress_mark", None)
        if progress is not None and done is not None:
            progress(*done)


def _day(text: str) -> date:
    """The report's date as a date for the KPI reviews; today when the cover's date is not ISO."""
    try:
        return date.fromisoformat(text)
    except ValueError:
        return date.today()


def _numbered_canvas(lang: str, title: str, day: str):  # noqa: ANN202 - a Canvas subclass made per report
    from reportlab.pdfgen.canvas import Canvas

    regular, _ = fonts.register()

    class NumberedCanvas(Canvas):
        """Keeps every page until the end, then stamps "page N of M" on all but the cover."""

        def __init__(self, *args, **kwargs) -> None:  # noqa: ANN002, ANN003
            kwargs["initialFontName"] = regular  # reportlab would start every page in Helvetica
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self) -> None:  # noqa: N802 - reportlab's name
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                if self._pageNumber > 1:
                    self._footer(total)
                super().showPage()
            super().save()

        def _footer(self, total: int) -> None:
            from cxdesigner.export.pdftext import draw_line, elide

            width, _height = self._pagesize
            self.saveState()
            self.setFillColorRGB(0.32, 0.38, 0.43)
            margin = 18 * mm
            text = say("page_of", lang, page=self._pageNumber, pages=total)
            draw_line(self, width / 2, 10 * mm, text, regular, 8, "center")
            draw_line(self, width - margin, 10 * mm, day, regular, 8, "right")
            draw_line(self, margin, 10 * mm, elide(title, regular, 8, width / 2 - margin - 60), regular, 8)
            self.restoreState()

    return NumberedCanvas


@collector.paused()
def write_report(
    journey: JourneyMap, path: Path | str, options: ReportOptions | None = None, progress: Progress | None = None
) -> ReportResult:
    """Write the report of ``journey`` to ``path`` as a PDF; ``ValueError`` with a message for bad options.

    ``progress(done, total)`` hears how many stages are laid out. The cyclic collector is paused meanwhile,
    as the export dialog's worker thread pauses it (``collector``), for the command line and printing
    too: with the map's objects alive, its full passes were about a sixth of a 3,000-touchpoint report.
    """
    text_block.forget_texts()
    opts = options or ReportOptions()
    size = page_size(opts.paper, opts.landscape)
    margin = points(opts.margin_mm)
    if margin < 0 or 2 * margin >= min(size) - 100:
        raise ValueError("The margins leave no room on the paper; make them smaller.")
    lang = language_of(opts.language or journey.info.language)
    day = opts.date or date.today().isoformat()
    title = journey.info.title.strip() or say("report", lang)
    fonts.register()
    styles = Styles()
    data = gather(journey)
    parts = chart_parts(journey, opts.emotions)
    buffer = io.BytesIO()
    doc = _Document(
        buffer,
        pagesize=size,
        leftMargin=margin,
        rightMargin=margin,
        topMargin=margin,
        bottomMargin=margin,
        title=fonts.clean(title),
        author="CX Designer",
        subject=say("report", lang),
        creator=f"CX Designer {__version__}",
        producer=f"CX Designer {__version__} (reportlab)",
        lang=lang,
    )
    doc.progress = progress
    frame = Frame(margin, margin, size[0] - 2 * margin, size[1] - 2 * margin, id="body")
    doc.addPageTemplates([PageTemplate("cover", [frame]), PageTemplate("body", [frame])])
    story = report_sections.cover(journey, data, styles, lang, day)
    if opts.cover_only:
        doc.build(story, canvasmaker=_numbered_canvas(lang, title, day))
        write_bytes_atomic(Path(path), buffer.getvalue(), check_pdf)
        return ReportResult(doc.page, size)
    story += [NextPageTemplate("body"), PageBreak()]
    story += management(journey, snapshots.latest(journey), styles, lang, report_sections.heading)
    story.append(PageBreak())
    story += report_sections.summary(data, styles, lang)
    frame_width, frame_height = size[0] - 2 * margin - 12, size[1] - 2 * margin - 12  # frames pad by 6
    chart = emotion_chart(journey, parts, frame_width, min(220.0, frame_height / 3), lang)
    story.append(report_sections.heading(say("curve_chart", lang), styles.h1, "chart", 0))
    story += [chart] if chart is not None else [Paragraph(para_text(say("no_emotions", lang)), styles.body)]
    story.append(Spacer(1, 6))
    story += reach_section(journey, styles, lang, frame_width, report_sections.heading)
    story += segments_section(journey, styles, lang, report_sections.heading, frame_width)
    story += report_sections.stages(data, styles, lang)
    story += report_sections.improvements(data, styles, lang)
    story += kpi_page(journey, styles, lang, frame_width, report_sections.heading, _day(day))
    doc.build(story, canvasmaker=_numbered_canvas(lang, title, day))
    write_bytes_atomic(Path(path), buffer.getvalue(), check_pdf)
    return ReportResult(doc.page, size)
