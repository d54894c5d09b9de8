"""The pages of a poster PDF: one fitted sheet, or tiled sheets with cut marks and an assembly overview.

Every page places the same poster form (drawn once by ``poster.draw_poster``): scaled to fit, or through
a tile's window at the chosen scale. A tiled sheet shades the strip its right and lower neighbours are
glued over, has cut marks at the corners of its printable area, and names itself and its neighbours in
the margins. The overview page shows the poster small with the grid of sheets and their labels on it.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from reportlab.pdfgen.canvas import Canvas

from cxdesigner.domain import style as s
from cxdesigner.domain.geometry import Rect
from cxdesigner.domain.numbers import number
from cxdesigner.export import fonts
from cxdesigner.export.catalogue import say
from cxdesigner.export.paper import points
from cxdesigner.export.pdftext import draw_line
from cxdesigner.export.tiling import Tile, row_label

if TYPE_CHECKING:
    from cxdesigner.export.poster import Composition, Piece, PosterOptions

SHADE = "#868e96"
MARK = "#1f2933"


def place(canvas: Canvas, pieces: list[Piece], window: Rect | None = None) -> None:
    """Draw the poster's pieces (all of them, or those that reach into ``window``) in the current matrix."""
    for piece in pieces:
        if window is None or piece.rect.intersects(window):
            canvas.doForm(piece.name)


def fit_page(canvas: Canvas, size: tuple[float, float], comp: Composition, pieces: list[Piece], margin: float) -> None:
    """One page with the whole poster scaled to fit inside the margins, centred."""
    pw, ph = size[0] - 2 * margin, size[1] - 2 * margin
    k = min(pw / comp.width, ph / comp.height)
    ox = margin + (pw - comp.width * k) / 2.0
    oy = margin + (ph - comp.height * k) / 2.0
    canvas.saveState()
    canvas.transform(k, 0, 0, k, ox, oy)
    place(canvas, pieces)
    canvas.restoreState()
    canvas.showPage()


def tile_page(
    canvas: Canvas,
    size: tuple[float, float],
    comp: Composition,
    tile: Tile,
    every: list[Tile],
    pieces: list[Piece],
    lang: str,
    overlap_mm: float,
) -> None:
    """One sheet of a tiled poster."""
    p = tile.placement
    canvas.bookmarkPage(f"tile-{tile.label}")
    canvas.addOutlineEntry(tile.label, f"tile-{tile.label}", level=0)
    canvas.saveState()
    clip = canvas.beginPath()
    clip.rect(p.x, p.y, p.w, p.h)
    canvas.clipPath(clip, stroke=0, fill=0)
    canvas.transform(*tile.transform(comp.height))
    place(canvas, pieces, tile.source)
    canvas.restoreState()
    rows = max(t.row for t in every) + 1
    cols = max(t.col for t in every) + 1
    overlap = points(overlap_mm)
    canvas.saveState()
    canvas.setFillColorRGB(*s.rgb(SHADE))
    canvas.setFillAlpha(0.15)
    if tile.col < cols - 1 and overlap > 0:
        canvas.rect(p.x + p.w - overlap, p.y, overlap, p.h, stroke=0, fill=1)
    if tile.row < rows - 1 and overlap > 0:
        canvas.rect(p.x, p.y, p.w, overlap, stroke=0, fill=1)
    canvas.restoreState()
    _cut_marks(canvas, p.x, p.y, p.w, p.h, min(p.x, size[1] - p.y - p.h))
    _labels(canvas, size, tile, rows, cols, lang, overlap_mm)
    canvas.showPage()


def _cut_marks(canvas: Canvas, x: float, y: float, w: float, h: float, margin: float) -> None:
    """Short lines in the margin, in line with the printable area's edges, at its four corners."""
    if margin < 4:
        return
    gap, length = min(2.0, margin / 4), min(points(8), margin - 2.0)
    canvas.saveState()
    canvas.setStrokeColorRGB(*s.rgb(MARK))
    canvas.setLineWidth(0.5)
    for cx, sx in ((x, -1), (x + w, 1)):
        for cy, sy in ((y, -1), (y + h, 1)):
            canvas.line(cx + sx * gap, cy, cx + sx * (gap + length), cy)
            canvas.line(cx, cy + sy * gap, cx, cy + sy * (gap + length))
    canvas.restoreState()


def _labels(
    canvas: Canvas, size: tuple[float, float], tile: Tile, rows: int, cols: int, lang: str, overlap: float
) -> None:
    """The sheet's name in the top margin and its neighbours' names at the edges they join."""
    regular, bold = fonts.register()
    p = tile.placement
    margin = min(p.x, size[1] - p.y - p.h)
    big = max(5.0, min(14.0, margin * 0.55))
    small = max(4.0, min(8.0, big * 0.6))
    top = p.y + p.h + (margin - big) / 2.0 + 0.2 * big
    canvas.saveState()
    if margin < points(5):  # no room in the margin: a small tag inside the corner
        canvas.setFillColorRGB(1, 1, 1)
        canvas.rect(p.x, p.y + p.h - 16, 30, 16, stroke=0, fill=1)
        top, big = p.y + p.h - 12, 10.0
    canvas.setFillColorRGB(*s.rgb(s.INK))
    draw_line(canvas, p.x, top, tile.label, bold, big)
    if margin >= points(5):
        words = say("tile_label", lang, label=tile.label, count=rows * cols, row=row_label(tile.row), col=tile.col + 1)
        draw_line(canvas, p.x + big * 2.2, top, words, regular, small)
        mid_x, mid_y = p.x + p.w / 2.0, p.y + p.h / 2.0
        bottom = p.y - (margin + small) / 2.0
        if overlap > 0:
            glue = say("tile_glue", lang, overlap=number(overlap, lang, 1, trim=True))
            draw_line(canvas, p.x, bottom, glue, regular, small)
        neighbours = [
            (tile.row > 0, mid_x, top, f"↑ {row_label(tile.row - 1)}{tile.col + 1}", "center"),
            (tile.row < rows - 1, mid_x, bottom, f"↓ {row_label(tile.row + 1)}{tile.col + 1}", "center"),
            (tile.col > 0, p.x / 2.0, mid_y, f"← {row_label(tile.row)}{tile.col}", "center"),
            (tile.col < cols - 1, p.x + p.w + p.x / 2.0, mid_y, f"{row_label(tile.row)}{tile.col + 2} →", "center"),
        ]
        for show, x, y, text, align in neighbours:
            if show:
                draw_line(canvas, x, y, text, bold, small, align)
    canvas.restoreState()


def overview_page(
    canvas: Canvas,
    size: tuple[float, float],
    comp: Composition,
    every: list[Tile],
    pieces: list[Piece],
    lang: str,
    opts: PosterOptions,
) -> None:
    """The assembly page: the poster small, the sheets' windows over it with their labels."""
    regular, bold = fonts.register()
    canvas.bookmarkPage("overview")
    canvas.addOutlineEntry(say("overview", lang), "overview", level=0)
    margin = max(points(10), every[0].placement.x)
    rows = max(t.row for t in every) + 1
    cols = max(t.col for t in every) + 1
    canvas.setFillColorRGB(*s.rgb(s.INK))
    draw_line(canvas, margin, size[1] - margin - 16, say("overview", lang), bold, 16)
    hint = say(
        "overview_hint",
        lang,
        rows=rows,
        cols=cols,
        count=rows * cols,
        paper=opts.paper,
        scale=number(opts.scale * 100, lang, 1, trim=True),
    )
    canvas.setFillColorRGB(*s.rgb(s.MUTED))
    draw_line(canvas, margin, size[1] - margin - 34, hint, regular, 10)
    left, right = every[0].source, every[-1].source
    ex, ey = left.x, left.y
    ew, eh = right.right - ex, right.bottom - ey
    room_w, room_h = size[0] - 2 * margin, size[1] - 2 * margin - 50
    g = min(room_w / ew, room_h / eh)
    ox = margin + (room_w - ew * g) / 2.0
    top = size[1] - margin - 50 - (room_h - eh * g) / 2.0  # PDF y of the grid's top edge

    def at(x: float, y: float) -> tuple[float, float]:
        return ox + (x - ex) * g, top - (y - ey) * g

    canvas.saveState()
    x0, y0 = at(0.0, comp.height)
    canvas.transform(g, 0, 0, g, x0, y0)
    place(canvas, pieces)
    canvas.restoreState()
    canvas.saveState()
    canvas.setStrokeColorRGB(*s.rgb(s.SELECTION))
    canvas.setLineWidth(0.8)
    cell = min(left.w, left.h) * g
    for t in every:
        x, y = at(t.source.x, t.source.bottom)
        canvas.rect(x, y, t.source.w * g, t.source.h * g, stroke=1, fill=0)
    canvas.setFillColorRGB(*s.rgb(s.SELECTION))
    if cell >= 16:
        size = min(28.0, cell / 4)
        for t in every:
            cx, cy = at(t.source.x + t.source.w / 2, t.source.y + t.source.h / 2)
            canvas.setFillColorRGB(1, 1, 1)
            canvas.setFillAlpha(0.75)
            canvas.roundRect(cx - size * 1.2, cy - size * 0.6, size * 2.4, size * 1.3, 3, stroke=0, fill=1)
            canvas.setFillAlpha(1)
            canvas.setFillColorRGB(*s.rgb(s.SELECTION))
            draw_line(canvas, cx, cy - size * 0.35, t.label, bold, size, "center")
    else:  # too many sheets to label each: row letters down the left, column numbers along the top
        step = (every[1].source.x - left.x) * g if cols > 1 else left.w * g
        nth = max(1, math.ceil(14 / max(step, 0.1)))
        for t in every:
            cx, cy = at(t.source.x + t.source.w / 2, t.source.y + t.source.h / 2)
            if t.col == 0:
                draw_line(canvas, at(t.source.x, 0)[0] - 3, cy - 2.5, row_label(t.row), bold, 7, "right")
            if t.row == 0 and t.col % nth == 0:
                draw_line(canvas, cx, at(0, t.source.y)[1] + 3, str(t.col + 1), bold, 6, "center")
    canvas.restoreState()
    canvas.showPage()
