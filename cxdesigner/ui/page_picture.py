"""A picture of a PDF's first page, for the export dialog's preview of a report.

Qt's own PDF module is not in PySide6-Essentials, so the page is turned into a PNG by Poppler's
``pdftoppm`` (poppler-utils, on nearly every Linux desktop). Where it is missing the preview says so in one
line instead of showing a page it cannot draw.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from dataclasses import replace
from pathlib import Path

from PySide6.QtGui import QImage

from cxdesigner.domain.journey import JourneyMap
from cxdesigner.export.report import ReportOptions, write_report


def rasteriser() -> str | None:
    """The ``pdftoppm`` program, or None where Poppler is not installed."""
    return shutil.which("pdftoppm")


def first_page(pdf: Path, dpi: int = 48) -> QImage | None:
    """The first page of ``pdf`` at ``dpi``; None when it cannot be drawn."""
    program = rasteriser()
    if program is None:
        return None
    out = pdf.with_suffix("")
    done = subprocess.run(
        [program, "-png", "-r", str(dpi), "-f", "1", "-l", "1", "-singlefile", str(pdf), str(out)],
        capture_output=True,
        check=False,
        timeout=60,
    )
    image = QImage(str(out) + ".png")
    return None if done.returncode or image.isNull() else image


def report_cover(journey: JourneyMap, options: ReportOptions, dpi: int = 48) -> QImage | None:
    """The report's first page as ``options`` print it, drawn to a picture; None without ``pdftoppm``."""
    if rasteriser() is None:
        return None
    with tempfile.TemporaryDirectory(prefix="cxd-preview-") as folder:
        pdf = Path(folder) / "cover.pdf"
        write_report(journey, pdf, replace(options, cover_only=True))
        return first_page(pdf, dpi)
