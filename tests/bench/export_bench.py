"""The PDF metrics: the poster and the report of an opened map, each beside bare reportlab.

The subject is ``write_poster`` (one A3 sheet, the whole map fitted) or ``write_report`` on the model
already in memory. The baseline draws the same rectangles and strings (the plain grid of ``bare``: one
rectangle and one line of text per card, stage and lane, one line per flow) with a bare reportlab
``Canvas`` in the same registered font, and saves it, compressed, the same way.
"""

from __future__ import annotations

import importlib
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from reportlab.pdfgen.canvas import Canvas

from cxdesigner.storage.store import ProjectStore
from tests.bench.bare import BareMap, bare_map
from tests.bench.stats import Samples, interleave


def _writer(module: str, name: str) -> Callable[..., Any] | None:
    try:
        return getattr(importlib.import_module(module), name)
    except (ImportError, AttributeError):
        return None


def poster_writer() -> Callable[..., Any] | None:
    return _writer("cxdesigner.export.poster", "write_poster")


def report_writer() -> Callable[..., Any] | None:
    """The report export, once it has landed (None until then: the metric is skipped, not faked)."""
    return _writer("cxdesigner.export.report", "write_report")


def draw_bare(bare: BareMap, target: Path, font: str) -> None:
    """The same rectangles, strings and lines as the map, with nothing but reportlab's canvas."""
    canvas = Canvas(str(target), pagesize=(bare.width, bare.height), initialFontName=font, pageCompression=1)
    canvas.setFont(font, 9)
    top = bare.height
    for x, y, w, h, text in (*bare.boxes, *bare.cards.values()):
        canvas.rect(x, top - y - h, w, h)
        canvas.drawString(x + 6.0, top - y - 14.0, text)
    for x1, y1, x2, y2 in bare.lines:
        canvas.line(x1, top - y1, x2, top - y2)
    canvas.showPage()
    canvas.save()


def export_pdf(path: Path, scratch: Path, rounds: int, writer: Callable[..., Any]) -> Samples:
    """``writer(journey, file)`` on the opened map vs ``draw_bare`` on the same map's rows."""
    from cxdesigner.export import fonts

    font, _bold = fonts.register()
    store, journey = ProjectStore.open_file(path, read_only=True)
    store.close()
    bare = bare_map(path)
    mine, theirs = scratch / "subject.pdf", scratch / "bare.pdf"

    def subject() -> float:
        start = time.perf_counter()
        writer(journey, mine)
        return time.perf_counter() - start

    def baseline() -> float:
        start = time.perf_counter()
        draw_bare(bare, theirs, font)
        return time.perf_counter() - start

    try:
        return interleave(subject, baseline, rounds)
    finally:
        for p in (mine, theirs):
            p.unlink(missing_ok=True)
