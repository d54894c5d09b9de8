"""How a poster larger than the paper is cut into sheets that glue back into one wall poster.

Pure geometry, no PDF. Each sheet prints a window of the poster (``Tile.source``, in poster units,
y growing downward) at ``scale`` into its printable area (``Tile.placement``, PDF points from the page's
bottom-left corner). Neighbouring windows share a strip ``overlap`` points wide on paper, so a sheet
trimmed at its printable edge lies over the neighbour's strip and the drawing continues exactly. The
grid is centred on the poster, so the blank paper is shared evenly at both ends.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from cxdesigner.domain.geometry import Point, Rect

MAX_TILES = 2000
"""More sheets than this is a mistake in the scale or the paper, not a poster anyone will glue."""


@dataclass(frozen=True)
class Tile:
    """One sheet: its row and column (from 0), its label ("B3"), what it shows and where it prints it."""

    row: int
    col: int
    label: str
    source: Rect
    placement: Rect
    scale: float

    def page_point(self, x: float, y: float, page_height: float) -> Point:
        """Where the poster point ``x, y`` (y down) lands on this sheet, in PDF points (y up)."""
        p = self.placement
        return Point(p.x + (x - self.source.x) * self.scale, p.y + p.h - (y - self.source.y) * self.scale)

    def transform(self, poster_height: float) -> tuple[float, float, float, float, float, float]:
        """The PDF matrix that draws a form of the poster (y up, ``poster_height`` tall) onto this sheet."""
        k, p, src = self.scale, self.placement, self.source
        return (k, 0.0, 0.0, k, p.x - src.x * k, p.y + p.h - (poster_height - src.y) * k)


def row_label(row: int) -> str:
    """A, B, ..., Z, AA, AB, ... for rows 0, 1, ..."""
    text = ""
    n = row + 1
    while n:
        n, rest = divmod(n - 1, 26)
        text = chr(ord("A") + rest) + text
    return text


def _count(length: float, window: float, step: float) -> int:
    """How many windows of ``window``, ``step`` apart, cover ``length`` (all on paper)."""
    if length <= window:
        return 1
    return max(1, math.ceil((length - window) / step - 1e-9) + 1)


def grid(
    map_bounds: Rect, page_size: tuple[float, float], margins: float, scale: float, overlap: float
) -> tuple[int, int]:
    """The number of (rows, columns) of sheets; ``ValueError`` with a message for impossible settings."""
    if not (scale > 0 and math.isfinite(scale)):
        raise ValueError("The scale must be a positive number, e.g. 1.0 for 100 %.")
    if margins < 0 or overlap < 0:
        raise ValueError("Margins and overlap cannot be negative.")
    pw, ph = page_size[0] - 2 * margins, page_size[1] - 2 * margins
    if pw <= 0 or ph <= 0:
        raise ValueError("The margins leave no room on the paper; make them smaller.")
    if overlap >= min(pw, ph) / 2:
        raise ValueError("The overlap must be less than half the printable area; make it smaller.")
    rows = _count(map_bounds.h * scale, ph, ph - overlap)
    cols = _count(map_bounds.w * scale, pw, pw - overlap)
    if rows * cols > MAX_TILES:
        raise ValueError(
            f"That would print {rows * cols} sheets; choose a smaller scale or larger paper (at most {MAX_TILES})."
        )
    return rows, cols


def tiles(map_bounds: Rect, page_size: tuple[float, float], margins: float, scale: float, overlap: float) -> list[Tile]:
    """The sheets, row by row from the top-left, that print ``map_bounds`` at ``scale``.

    ``page_size`` (width, height), ``margins`` and ``overlap`` are PDF points on paper; ``map_bounds`` and
    the tiles' ``source`` rectangles are poster units (1 unit = 1 point at scale 1).
    """
    rows, cols = grid(map_bounds, page_size, margins, scale, overlap)
    pw, ph = page_size[0] - 2 * margins, page_size[1] - 2 * margins
    step_w, step_h = pw - overlap, ph - overlap
    # centre the grid: the paper the sheets cover minus the poster, shared at both ends
    spare_w = (cols - 1) * step_w + pw - map_bounds.w * scale
    spare_h = (rows - 1) * step_h + ph - map_bounds.h * scale
    x0 = map_bounds.x - spare_w / 2.0 / scale
    y0 = map_bounds.y - spare_h / 2.0 / scale
    placement = Rect(margins, margins, pw, ph)
    return [
        Tile(
            row=r,
            col=c,
            label=f"{row_label(r)}{c + 1}",
            source=Rect(x0 + c * step_w / scale, y0 + r * step_h / scale, pw / scale, ph / scale),
            placement=placement,
            scale=scale,
        )
        for r in range(rows)
        for c in range(cols)
    ]
