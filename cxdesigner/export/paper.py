"""Paper sizes for posters and reports: the ISO A series, US sizes and custom sizes in millimetres.

Sizes are PDF points (1/72 inch), portrait (width <= height) unless turned to landscape. A custom size
is written "WIDTHxHEIGHT" in millimetres, e.g. "500x700"; PDF pages can be at most 5080 mm (200 in).
"""

from __future__ import annotations

import re

from reportlab.lib.pagesizes import A0, A1, A2, A3, A4, LEGAL, LETTER, TABLOID
from reportlab.lib.units import mm

PAPERS: dict[str, tuple[float, float]] = {
    "A4": A4,
    "A3": A3,
    "A2": A2,
    "A1": A1,
    "A0": A0,
    "Letter": LETTER,
    "Legal": LEGAL,
    "Tabloid": TABLOID,
}
MIN_MM = 50.0
MAX_MM = 5080.0
_CUSTOM = re.compile(r"\s*(\d+(?:[.,]\d+)?)\s*[x×х*]\s*(\d+(?:[.,]\d+)?)\s*(?:mm)?\s*", re.IGNORECASE)


def points(millimetres: float) -> float:
    return millimetres * mm


def millimetres(pts: float) -> float:
    return pts / mm


def paper_names() -> list[str]:
    return list(PAPERS)


def parse_custom(text: str) -> tuple[float, float] | None:
    """``(width, height)`` in millimetres from "500x700" (also "500 × 700 mm", "500,5x700"), else None."""
    match = _CUSTOM.fullmatch(text)
    if match is None:
        return None
    return float(match.group(1).replace(",", ".")), float(match.group(2).replace(",", "."))


def page_size(paper: str, landscape: bool = False) -> tuple[float, float]:
    """The page size in points of a named paper ("A1", "letter") or a custom "WxH" in mm.

    Raises ``ValueError`` with a message naming the choices for anything else.
    """
    by_name = {name.lower(): size for name, size in PAPERS.items()}
    size = by_name.get(paper.strip().lower())
    if size is None:
        custom = parse_custom(paper)
        if custom is None:
            names = ", ".join(PAPERS)
            raise ValueError(f"Unknown paper {paper!r}: use one of {names}, or a size in mm such as 500x700.")
        if not all(MIN_MM <= v <= MAX_MM for v in custom):
            raise ValueError(f"A custom paper is {MIN_MM:g} to {MAX_MM:g} mm on each side.")
        size = (points(custom[0]), points(custom[1]))
        if landscape and size[0] < size[1]:  # a custom size is taken as typed, unless landscape is asked for
            size = (size[1], size[0])
        return size
    w, h = size
    return (h, w) if landscape else (w, h)
