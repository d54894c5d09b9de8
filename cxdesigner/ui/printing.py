"""Printing the map: the poster (fitted on one page, or tiled) or the report, from the PDF the export writes.

Nothing is laid out twice. ``write_pdf`` writes the poster or the report with ``export.poster`` or
``export.report`` (the writers behind File > Export…) on the printer's paper, in its orientation, within its
margins; ``paint_pdf`` then puts each page of that PDF on a printer page: drawn by Poppler's ``pdftoppm`` at
the printer's resolution (at most ``MAX_DPI``), with the page's words (``pdftotext -bbox``) laid over it as
invisible text where they stand, so a printout to a PDF file can still be searched and copied. Poppler
(poppler-utils) is on nearly every Linux desktop; without it printing says so in one line.
"""

from __future__ import annotations

import html
import re
import shutil
import subprocess
import tempfile
from dataclasses import dataclass, replace
from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QPointF, QRectF
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPageLayout, QPainter
from PySide6.QtPrintSupport import QPrinter

from cxdesigner.canvas.style import font_family
from cxdesigner.domain.journey import JourneyMap

MAX_DPI = 300
PREVIEW_DPI = 110
POSTER_MARGIN_MM = 10.0
REPORT_MARGIN_MM = 18.0
TIMEOUT_S = 300

_PAGE = re.compile(r'<page width="([\d.]+)" height="([\d.]+)">(.*?)</page>', re.DOTALL)
_WORD = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>', re.DOTALL)


def _tr(text: str) -> str:
    return QCoreApplication.translate("Printing", text)


class PrintKind(StrEnum):
    """What to print."""

    POSTER = "poster"  # the whole poster on one page
    TILED = "tiled"  # the poster at 100 % across pages, with cut marks and an assembly page first
    REPORT = "report"


class PrintFailed(Exception):
    """Printing could not be done; the message is one line for the user."""


@dataclass(frozen=True)
class Word:
    """A word on a PDF page and its box, in points from the page's top left."""

    left: float
    top: float
    right: float
    bottom: float
    text: str


@dataclass(frozen=True)
class Page:
    """A PDF page's size in points and its words."""

    width: float
    height: float
    words: tuple[Word, ...]


# ------------------------------------------------------------------ the PDF, on the printer's paper
def write_pdf(
    journey: JourneyMap,
    kind: PrintKind,
    printer: QPrinter,
    out: Path,
    emotions: str = "both",
    hidden_personas: frozenset[str] = frozenset(),
) -> None:
    """Write what ``kind`` prints to ``out``, on the printer's paper and orientation and within its margins
    (at least the export's own); ``ValueError`` with a message for a paper the writers refuse."""
    from cxdesigner.export.poster import PosterOptions, write_poster
    from cxdesigner.export.report import ReportOptions, write_report

    layout = printer.pageLayout()
    full = layout.fullRect(QPageLayout.Unit.Millimeter)
    edges = layout.margins(QPageLayout.Unit.Millimeter)
    given = max(edges.left(), edges.top(), edges.right(), edges.bottom())
    paper, landscape = paper_of(full.width(), full.height())
    if kind is PrintKind.REPORT:
        margin = max(given, REPORT_MARGIN_MM)
        write_report(journey, out, ReportOptions(paper, landscape, margin, emotions=emotions))
        return
    poster = PosterOptions(paper, landscape, max(given, POSTER_MARGIN_MM), emotions=emotions)
    write_poster(journey, out, replace(poster, tile=kind is PrintKind.TILED, hidden_personas=hidden_personas))


def paper_of(width_mm: float, height_mm: float) -> tuple[str, bool]:
    """The writers' name for a sheet of paper ("A4", or "WxH" in mm) and whether it lies in landscape."""
    from cxdesigner.export.paper import PAPERS, millimetres

    short, long = sorted((width_mm, height_mm))
    for name, (w, h) in PAPERS.items():
        if abs(millimetres(w) - short) < 1.0 and abs(millimetres(h) - long) < 1.0:
            return name, width_mm > height_mm
    return f"{width_mm:.1f}x{height_mm:.1f}", False


# ------------------------------------------------------------------ the PDF's pages, on the printer
def _program(name: str) -> str:
    program = shutil.which(name)
    if program is None:
        raise PrintFailed(_tr("Install poppler-utils (pdftoppm and pdftotext) to print."))
    return program


def pages_of(pdf: Path) -> list[Page]:
    """The pages of ``pdf`` with their words, as ``pdftotext -bbox`` finds them."""
    done = subprocess.run(
        [_program("pdftotext"), "-bbox", "-enc", "UTF-8", str(pdf), "-"],
        capture_output=True,
        check=False,
        timeout=TIMEOUT_S,
    )
    if done.returncode:
        raise PrintFailed(_tr("The pages could not be read for printing ({reason}).").format(reason=_first(done)))
    text = done.stdout.decode("utf-8", "replace")
    return [
        Page(
            float(width),
            float(height),
            tuple(Word(*(float(v) for v in box), html.unescape(word)) for *box, word in _WORD.findall(body)),
        )
        for width, height, body in _PAGE.findall(text)
    ]


def page_image(pdf: Path, number: int, dpi: int) -> QImage:
    """Page ``number`` (from 1) of ``pdf`` drawn at ``dpi``."""
    with tempfile.TemporaryDirectory(prefix="cxd-print-") as folder:
        out = Path(folder) / "page"
        done = subprocess.run(
            [_program("pdftoppm"), "-png", "-r", str(dpi), "-f", str(number), "-l", str(number), "-singlefile"]
            + [str(pdf), str(out)],
            capture_output=True,
            check=False,
            timeout=TIMEOUT_S,
        )
        image = QImage(str(out) + ".png")
    if done.returncode or image.isNull():
        raise PrintFailed(_tr("A page could not be drawn for printing ({reason}).").format(reason=_first(done)))
    return image


def _first(done: subprocess.CompletedProcess[bytes]) -> str:
    lines = done.stderr.decode("utf-8", "replace").strip().splitlines()
    return lines[0][:200] if lines else f"exit status {done.returncode}"


def paint_pdf(pdf: Path, printer: QPrinter, dpi: int | None = None) -> int:
    """Put every page of ``pdf`` on ``printer``, each filling one sheet of paper; the number of pages."""
    pages = pages_of(pdf)
    dpi = dpi or max(72, min(MAX_DPI, printer.resolution()))
    printer.setFullPage(True)  # the PDF carries its own margins
    painter = QPainter()
    if not pages or not painter.begin(printer):
        raise PrintFailed(_tr("The printer could not be started."))
    try:
        for number, page in enumerate(pages, 1):
            if number > 1 and not printer.newPage():
                raise PrintFailed(_tr("The printer refused page {page}.").format(page=number))
            sheet = printer.paperRect(QPrinter.Unit.DevicePixel)
            target = QRectF(0.0, 0.0, sheet.width(), sheet.height())
            painter.drawImage(target, page_image(pdf, number, dpi))
            _lay_words(painter, target, page)
    finally:
        painter.end()
    return len(pages)


def _lay_words(painter: QPainter, target: QRectF, page: Page) -> None:
    """The page's words as invisible text over their picture, each at its place and about its size."""
    scale_x, scale_y = target.width() / page.width, target.height() / page.height
    fonts: dict[int, tuple[QFont, float]] = {}
    painter.save()
    try:
        painter.setPen(QColor(0, 0, 0, 0))
        for word in page.words:
            size = max(1, round((word.bottom - word.top) * scale_y * 0.8))
            if size not in fonts:
                fonts[size] = _word_font(size, painter)
            font, descent = fonts[size]
            painter.setFont(font)
            painter.drawText(QPointF(word.left * scale_x, word.bottom * scale_y - descent), word.text)
    finally:
        painter.restore()


def _word_font(pixels: int, painter: QPainter) -> tuple[QFont, float]:
    font = QFont(font_family())
    for feature in ("liga", "clig"):  # the words as the PDF has them: "fi", not the ligature "ﬁ"
        font.setFeature(QFont.Tag(feature), 0)
    font.setPixelSize(pixels)
    return font, QFontMetricsF(font, painter.device()).descent()


def print_map(
    journey: JourneyMap,
    kind: PrintKind,
    printer: QPrinter,
    dpi: int | None = None,
    emotions: str = "both",
    hidden_personas: frozenset[str] = frozenset(),
) -> int:
    """Print ``kind`` of ``journey`` on ``printer``; the number of pages. ``PrintFailed`` (or ``ValueError``
    for a paper the writers refuse) with a one-line message."""
    with tempfile.TemporaryDirectory(prefix="cxd-print-") as folder:
        pdf = Path(folder) / f"{kind.value}.pdf"
        write_pdf(journey, kind, printer, pdf, emotions, hidden_personas)
        return paint_pdf(pdf, printer, dpi)
