"""The poster: the whole map as a vector PDF, on one sheet or tiled across many.

The poster is drawn once into a PDF form XObject: the title block, the map from ``domain.layout`` and the
legend below it, in poster units (1 unit = 1 point at 100 %). Fitting places that form on one page, scaled
and centred; tiling places it on every sheet at the chosen scale, clipped to the sheet's printable area
(``export.tiling``), with cut marks, the sheet's label and an assembly overview page first. Each sheet
thus shows exactly the same drawing, so their content lines up when glued.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from reportlab.pdfgen.canvas import Canvas

from cxdesigner import __version__, collector
from cxdesigner.domain.entities import Channel
from cxdesigner.domain.geometry import Rect
from cxdesigner.domain.journey import JourneyMap
from cxdesigner.domain.layout import MapLayout, compute_layout
from cxdesigner.domain.style import persona_color
from cxdesigner.export import fonts, legend, sheets, strokes
from cxdesigner.export.catalogue import language_of, say
from cxdesigner.export.map_painter import OVERHANG, MapPainter, windows
from cxdesigner.export.map_parts import MapParts, gather
from cxdesigner.export.paper import page_size, points
from cxdesigner.export.stamps import Stamps
from cxdesigner.export.tiling import Tile, tiles
from cxdesigner.io.files import check_pdf, write_bytes_atomic

FORM = "cxposter"
Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class PosterOptions:
    """How to print the poster. Lengths on paper are millimetres; ``scale`` 1.0 prints 1 unit as 1 point."""

    paper: str = "A3"  # A4, A3, A2, A1, A0, Letter, Legal, Tabloid, or "WIDTHxHEIGHT" in mm
    landscape: bool = True
    margin_mm: float = 10.0
    tile: bool = False  # False: fit the whole poster on one sheet
    scale: float = 1.0  # for tiling
    overlap_mm: float = 10.0  # for tiling
    language: str = ""  # "en" or "ru"; empty: the map's language
    emotions: str = "both"  # designed, measured or both
    hidden_personas: frozenset[str] = frozenset()  # persona ids whose curves are left out
    path: tuple[str, ...] = ()  # touchpoint ids: the curves follow this path (a saved view's), else journey order
    date: str = ""  # printed in the title block; empty: today


@dataclass(frozen=True)
class PosterResult:
    """What was written: the number of pages, the page size in points and the sheets when tiled."""

    pages: int
    page_size: tuple[float, float]
    poster_size: tuple[float, float]
    tiles: tuple[Tile, ...] = ()


@dataclass(frozen=True)
class Composition:
    """Where the title block, the map and the legend sit on the poster (poster units, y down)."""

    width: float
    height: float
    map_top: float
    legend_top: float
    factor: float  # the title block's and legend's enlargement on wide maps


def compose(
    journey: JourneyMap,
    language: str = "",
    emotions: str = "both",
    hidden: frozenset[str] = frozenset(),
    path: tuple[str, ...] = (),
) -> tuple[Composition, MapLayout, MapParts]:
    """Lay out the poster: the map's layout, its parts and where each block goes."""
    layout = compute_layout(journey)
    parts = gather(journey, layout, emotions, hidden, path)
    lang = language_of(language or journey.info.language)
    k = legend.scale_for(layout.bounds.w, layout.bounds.h)
    width = max(layout.bounds.w, 3 * legend.COLUMN * k)
    _, legend_h = legend.columns(parts, lang, width / k)
    map_top = legend.TITLE_HEIGHT * k
    legend_top = map_top + layout.bounds.h + legend.GAP * k
    comp = Composition(width, legend_top + legend_h * k, map_top, legend_top, k)
    return comp, layout, parts


def poster_bounds(journey: JourneyMap, language: str = "") -> Rect:
    """The size of the poster of ``journey`` in poster units (for the export dialog's preview)."""
    comp, _, _ = compose(journey, language)
    return Rect(0.0, 0.0, comp.width, comp.height)


def _block(canvas: Canvas, stamps: Stamps, comp: Composition, top: float, local_height: float, lang: str) -> MapPainter:
    """Start drawing a block whose top is at ``top`` on the poster, enlarged by the composition's factor.

    Returns a painter in the block's own units; the caller draws, then restores the canvas state.
    """
    k = comp.factor
    canvas.saveState()
    canvas.transform(k, 0, 0, k, 0, comp.height - top - k * local_height)
    return MapPainter(canvas, stamps, local_height, lang)


@dataclass(frozen=True)
class Piece:
    """One form of the poster and the part of the poster it covers (poster units, y down)."""

    name: str
    rect: Rect


def _begin(canvas: Canvas, comp: Composition, name: str, rect: Rect) -> Piece:
    """Start the form ``name`` covering ``rect`` of the poster (its bounding box clips what is drawn)."""
    canvas.beginForm(name, rect.x, comp.height - rect.bottom, rect.right, comp.height - rect.y)
    return Piece(name, rect)


def draw_poster(
    canvas: Canvas,
    journey: JourneyMap,
    comp: Composition,
    layout: MapLayout,
    parts: MapParts,
    lang: str,
    day: str,
    progress: Progress | None = None,
) -> list[Piece]:
    """Draw the poster as forms in poster units (y up, as PDF wants): the title block, one form per slice
    of the map and the legend. A page places the pieces it shows with one and the same matrix."""
    stamps = Stamps(canvas)
    cards = [
        (tp, layout.cards[tp.id].rect.w, layout.cards[tp.id].rect.h)
        for tp in parts.touchpoints
        if tp.id in layout.cards
    ]
    stamps.prepare(cards, [ch.value for ch in Channel], {persona_color(p.color) for p in parts.personas})
    pieces = []
    k = comp.factor
    pieces.append(_begin(canvas, comp, f"{FORM}_title", Rect(0.0, 0.0, comp.width, comp.map_top)))
    title = _block(canvas, stamps, comp, 0.0, legend.TITLE_HEIGHT, lang)
    legend.draw_title(title, journey.info.title, parts, day, comp.width / k)
    canvas.restoreState()
    canvas.endForm()
    painter = MapPainter(canvas, stamps, comp.height, lang)
    over = OVERHANG
    curves = [curve for _, curve, _ in parts.curves]
    for i, window in enumerate(windows(layout, curves=curves, labelled=strokes.labelled(parts))):
        area = Rect(
            window.left - over, comp.map_top - over, window.right - window.left + 2 * over, layout.bounds.h + 2 * over
        )
        pieces.append(_begin(canvas, comp, f"{FORM}_map{i}", area))
        painter.paint(parts, layout, window, 0.0, comp.map_top, progress)
        canvas.endForm()
    placed, height = legend.columns(parts, lang, comp.width / k)
    pieces.append(
        _begin(canvas, comp, f"{FORM}_legend", Rect(0.0, comp.legend_top, comp.width, comp.height - comp.legend_top))
    )
    legend.draw_legend(_block(canvas, stamps, comp, comp.legend_top, height, lang), placed)
    canvas.restoreState()
    canvas.endForm()
    return pieces


def write_poster(
    journey: JourneyMap, path: Path | str, options: PosterOptions | None = None, progress: Progress | None = None
) -> PosterResult:
    """Write the poster of ``journey`` to ``path`` as a PDF; ``ValueError`` with a message for bad options.

    ``progress(done, total)`` is called now and then while the cards are drawn.
    """
    with collector.paused():  # its many live points, tuples and lists form no cycles (see collector)
        return _write(journey, Path(path), options or PosterOptions(), progress)


def _write(journey: JourneyMap, path: Path, opts: PosterOptions, progress: Progress | None) -> PosterResult:
    size = page_size(opts.paper, opts.landscape)
    margin, overlap = points(opts.margin_mm), points(opts.overlap_mm)
    if margin < 0 or 2 * margin >= min(size):
        raise ValueError("The margins leave no room on the paper; make them smaller.")
    comp, layout, parts = compose(journey, opts.language, opts.emotions, opts.hidden_personas, opts.path)
    lang = language_of(opts.language or journey.info.language)
    sheet_tiles = tiles(Rect(0, 0, comp.width, comp.height), size, margin, opts.scale, overlap) if opts.tile else []
    fonts.register()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=size, initialFontName=fonts.REGULAR, pageCompression=1)
    canvas.setTitle(fonts.clean(journey.info.title).strip() or say("poster_subject", lang))
    canvas.setAuthor("CX Designer")
    canvas.setSubject(say("poster_subject", lang))
    canvas.setCreator(f"CX Designer {__version__}")
    canvas.setProducer(f"CX Designer {__version__} (reportlab)")
    day = opts.date or date.today().isoformat()
    pieces = draw_poster(canvas, journey, comp, layout, parts, lang, day, progress)
    if sheet_tiles:
        sheets.overview_page(canvas, size, comp, sheet_tiles, pieces, lang, opts)
        for tile in sheet_tiles:
            sheets.tile_page(canvas, size, comp, tile, sheet_tiles, pieces, lang, opts.overlap_mm)
    else:
        sheets.fit_page(canvas, size, comp, pieces, margin)
    canvas.save()
    write_bytes_atomic(path, buffer.getvalue(), check_pdf)
    pages = len(sheet_tiles) + 1 if sheet_tiles else 1
    return PosterResult(pages, size, (comp.width, comp.height), tuple(sheet_tiles))
