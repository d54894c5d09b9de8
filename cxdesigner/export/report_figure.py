"""A picture drawn straight onto the page: rectangles, lines, curves, dots and one-line labels.

The report's emotion chart has a dot per touchpoint and persona: thousands on a big map. As reportlab
graphics shapes, each was checked attribute by attribute when made and then drawn inside its own
``q … Q`` with its whole graphics state. A ``Figure`` keeps plain records and writes the same PDF
operators itself (rectangles ``re``, lines and curves ``m l c``, a dot as the four quarter arcs
reportlab's ``circle`` makes), setting colour, width, dash, cap and join only when they change.
Coordinates are points, y up, from the figure's bottom left; labels are drawn literally
(``pdftext.text_operators``), in the colour given, black by default as a graphics ``String``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from reportlab.lib.colors import HexColor
from reportlab.lib.rl_accel import fp_str
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from cxdesigner.export.pdftext import text_operators

Point = tuple[float, float]
KAPPA = 0.5522847498307935  # a quarter circle's control points, as reportlab.pdfgen.pdfgeom.bezierArc puts them


@dataclass(frozen=True)
class Stroke:
    color: str
    width: float
    dash: tuple[float, ...] = ()
    rounded: bool = False  # round joins and caps (a curve); else mitred and butt


@dataclass(frozen=True)
class Rectangle:
    x: float
    y: float
    w: float
    h: float
    fill: str | None = None
    stroke: Stroke | None = None


@dataclass(frozen=True)
class Segment:
    x1: float
    y1: float
    x2: float
    y2: float
    stroke: Stroke


@dataclass(frozen=True)
class Curve:
    """From ``start`` through cubic pieces (control point, control point, end), stroked, not filled."""

    start: Point
    pieces: tuple[tuple[Point, Point, Point], ...]
    stroke: Stroke

    def vertices(self) -> list[Point]:
        """The points the curve passes through: its start and each piece's end."""
        return [self.start, *(end for _, _, end in self.pieces)]


@dataclass(frozen=True)
class Dot:
    x: float
    y: float
    r: float
    fill: str
    stroke: Stroke | None = None


@dataclass(frozen=True)
class Label:
    """One line of text; ``anchor`` says where ``x`` is: "start", "middle" or "end"."""

    x: float
    y: float
    text: str
    font: str
    size: float
    anchor: str = "start"
    color: str = "#000000"


Shape = Rectangle | Segment | Curve | Dot | Label


@cache
def _rgb(color: str) -> str:
    c = HexColor(color)
    return fp_str((c.red, c.green, c.blue))


class _Pen:
    """The operators for a run of shapes, each graphics state change written only when it changes."""

    def __init__(self) -> None:
        self.ops: list[str] = ["q"]
        self.fill = self.color = ""
        self.width: float | None = None
        self.dash: tuple[float, ...] | None = None
        self.rounded: bool | None = None

    def set_fill(self, color: str) -> None:
        if color != self.fill:
            self.fill = color
            self.ops.append(f"{_rgb(color)} rg")

    def set_stroke(self, stroke: Stroke) -> None:
        if stroke.color != self.color:
            self.color = stroke.color
            self.ops.append(f"{_rgb(stroke.color)} RG")
        if stroke.width != self.width:
            self.width = stroke.width
            self.ops.append(f"{fp_str(stroke.width)} w")
        if stroke.rounded != self.rounded:
            self.rounded = stroke.rounded
            self.ops.append("1 J 1 j" if stroke.rounded else "0 J 0 j")
        if stroke.dash != self.dash:
            self.dash = stroke.dash
            self.ops.append(f"[{fp_str(stroke.dash)}] 0 d" if stroke.dash else "[] 0 d")

    def paint(self, fill: str | None, stroke: Stroke | None) -> str:
        """The painting operator (even-odd fill, as reportlab's), after setting the state it uses."""
        if fill is not None:
            self.set_fill(fill)
        if stroke is not None:
            self.set_stroke(stroke)
        return ("B*" if stroke else "f*") if fill is not None else ("S" if stroke else "n")


def _dot(x: float, y: float, r: float, known: dict[tuple[float, float], list[str]]) -> str:
    """A dot's four quarter arcs, as reportlab's ``circle`` writes them; each of the five places across
    (``x`` and ``x ± r``, ``x ± κr``) and up written once, those already in ``known`` taken from it."""
    a, b, c, d, e = known.get((x, r)) or _across(x, r, known)
    p, q, s, t, u = known.get((y, r)) or _across(y, r, known)
    return (
        f"{a} {s} m {a} {q} {b} {p} {c} {p} c {d} {p} {e} {q} {e} {s} c "
        f"{e} {t} {d} {u} {c} {u} c {b} {u} {a} {t} {a} {s} c"
    )


def _across(v: float, r: float, known: dict[tuple[float, float], list[str]]) -> list[str]:
    """``v + r``, ``v + κr``, ``v``, ``v - κr`` and ``v - r`` as ``fp_str`` writes them, kept in ``known``:
    a chart's dots share their touchpoints' places across and the few emotion levels up."""
    k = KAPPA * r
    places = known[v, r] = fp_str(v + r, v + k, v, v - k, v - r).split(" ")
    return places


class Figure(Flowable):
    """``width`` x ``height`` points of shapes, drawn in the order added."""

    def __init__(self, width: float, height: float) -> None:
        super().__init__()
        self.width, self.height = width, height
        self.shapes: list[Shape] = []

    def add(self, shape: Shape) -> None:
        self.shapes.append(shape)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803 - platypus
        return self.width, self.height

    def draw(self) -> None:
        self.canv.addLiteral(" ".join(self.operators()))

    def operators(self) -> list[str]:
        pen = _Pen()
        ops = pen.ops
        labels: list[tuple[float, float, str, str, float]] = []
        places: dict[tuple[float, float], list[str]] = {}
        for n, shape in enumerate(self.shapes):
            if isinstance(shape, Label):
                pen.set_fill(shape.color)
                shift = {"start": 0.0, "middle": 0.5, "end": 1.0}[shape.anchor]
                x = shape.x - shift * stringWidth(shape.text, shape.font, shape.size) if shift else shape.x
                labels.append((x, shape.y, shape.text, shape.font, shape.size))
                following = self.shapes[n + 1] if n + 1 < len(self.shapes) else None
                if not isinstance(following, Label) or following.color != shape.color:
                    ops.append(text_operators(self.canv, labels))
                    labels = []
            elif isinstance(shape, Rectangle):
                paint = pen.paint(shape.fill, shape.stroke)
                ops.append(f"n {fp_str(shape.x, shape.y, shape.w, shape.h)} re {paint}")
            elif isinstance(shape, Segment):
                paint = pen.paint(None, shape.stroke)
                ops.append(f"n {fp_str(shape.x1, shape.y1)} m {fp_str(shape.x2, shape.y2)} l {paint}")
            elif isinstance(shape, Curve):
                paint = pen.paint(None, shape.stroke)
                pieces = " ".join(f"{fp_str(*c1, *c2, *end)} c" for c1, c2, end in shape.pieces)
                ops.append(f"n {fp_str(*shape.start)} m {pieces} {paint}")
            else:
                paint = pen.paint(shape.fill, shape.stroke)
                ops.append(f"n {_dot(shape.x, shape.y, shape.r, places)} {paint}")
        ops.append("Q")
        return ops
