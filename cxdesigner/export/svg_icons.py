"""The channel icons (``resources/icons/channels/*.svg``) as vector shapes for reportlab.

svglib is not installed and the icons are tiny, so this reads just the SVG subset they are written in:
``path`` (M, L, H, V, Q, C, Z, absolute or relative), ``rect`` (with ``rx``), ``circle``, ``line``,
``polyline`` and ``polygon``, with ``fill``, ``stroke``, ``stroke-width``, line caps and joins inherited
from enclosing groups. Anything else in a file is skipped. Shapes keep SVG coordinates (y down, in the
icon's viewBox); ``draw`` paints one into a box on a canvas, with the y axis flipped for PDF.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from reportlab.pdfgen.canvas import Canvas

from cxdesigner.domain.style import is_color, rgb
from cxdesigner.paths import resource_path

_NS = "{http://www.w3.org/2000/svg}"
_CAPS = {"butt": 0, "round": 1, "square": 2}
_JOINS = {"miter": 0, "round": 1, "bevel": 2}
_TOKEN = re.compile(r"[MLHVQCZmlhvqcz]|[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")

Op = tuple[str, tuple[float, ...]]
"""A path operation in absolute coordinates: ("M", (x, y)), ("L", (x, y)), ("C", (x1, y1, x2, y2, x, y)), ("Z", ())."""


@dataclass(frozen=True)
class Shape:
    """One outline of an icon with how it is painted; colours are ``#rrggbb`` or empty for none."""

    ops: tuple[Op, ...]
    fill: str
    stroke: str
    stroke_width: float
    cap: int
    join: int


@dataclass(frozen=True)
class Icon:
    """An icon's shapes in its viewBox (``size`` wide and high)."""

    shapes: tuple[Shape, ...]
    size: tuple[float, float]


def _floats(text: str) -> list[float]:
    return [float(v) for v in re.findall(r"[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?", text or "")]


def parse_path(d: str) -> tuple[Op, ...]:
    """The operations of an SVG path's ``d`` attribute, made absolute, quadratic curves as cubic ones."""
    tokens = _TOKEN.findall(d)
    ops: list[Op] = []
    x = y = sx = sy = 0.0
    cmd = ""
    i = 0
    while i < len(tokens):
        if tokens[i].isalpha():
            cmd = tokens[i]
            i += 1
            if cmd in "Zz":
                ops.append(("Z", ()))
                x, y = sx, sy
                continue
        rel = cmd.islower()
        op = cmd.upper()
        need = {"M": 2, "L": 2, "H": 1, "V": 1, "Q": 4, "C": 6}.get(op)
        if need is None or i + need > len(tokens):
            break
        v = [float(t) for t in tokens[i : i + need]]
        i += need
        if op == "H":
            x = v[0] + (x if rel else 0.0)
            ops.append(("L", (x, y)))
        elif op == "V":
            y = v[0] + (y if rel else 0.0)
            ops.append(("L", (x, y)))
        else:
            if rel:
                v = [c + (x if k % 2 == 0 else y) for k, c in enumerate(v)]
            if op == "Q":  # a quadratic curve is the cubic with controls 2/3 of the way to its one control point
                qx, qy, ex, ey = v
                v = [x + 2 / 3 * (qx - x), y + 2 / 3 * (qy - y), ex + 2 / 3 * (qx - ex), ey + 2 / 3 * (qy - ey), ex, ey]
                op = "C"
            ops.append((op, tuple(v)))
            x, y = v[-2], v[-1]
            if op == "M":
                sx, sy = x, y
                cmd = "l" if rel else "L"  # further pairs after a moveto are linetos
    return tuple(ops)


def _ellipse(cx: float, cy: float, rx: float, ry: float) -> tuple[Op, ...]:
    k = 0.5522847498  # four cubic Beziers make a circle
    return (
        ("M", (cx + rx, cy)),
        ("C", (cx + rx, cy + k * ry, cx + k * rx, cy + ry, cx, cy + ry)),
        ("C", (cx - k * rx, cy + ry, cx - rx, cy + k * ry, cx - rx, cy)),
        ("C", (cx - rx, cy - k * ry, cx - k * rx, cy - ry, cx, cy - ry)),
        ("C", (cx + k * rx, cy - ry, cx + rx, cy - k * ry, cx + rx, cy)),
        ("Z", ()),
    )


def _rect(x: float, y: float, w: float, h: float, r: float) -> tuple[Op, ...]:
    r = max(0.0, min(r, w / 2.0, h / 2.0))
    if not r:
        return (("M", (x, y)), ("L", (x + w, y)), ("L", (x + w, y + h)), ("L", (x, y + h)), ("Z", ()))
    k = r * (1 - 0.5522847498)
    return (
        ("M", (x + r, y)),
        ("L", (x + w - r, y)),
        ("C", (x + w - k, y, x + w, y + k, x + w, y + r)),
        ("L", (x + w, y + h - r)),
        ("C", (x + w, y + h - k, x + w - k, y + h, x + w - r, y + h)),
        ("L", (x + r, y + h)),
        ("C", (x + k, y + h, x, y + h - k, x, y + h - r)),
        ("L", (x, y + r)),
        ("C", (x, y + k, x + k, y, x + r, y)),
        ("Z", ()),
    )


def _points(text: str, close: bool) -> tuple[Op, ...]:
    v = _floats(text)
    pts = list(zip(v[0::2], v[1::2], strict=False))
    if not pts:
        return ()
    ops: list[Op] = [("M", pts[0]), *(("L", p) for p in pts[1:])]
    return tuple([*ops, ("Z", ())] if close else ops)


def _geometry(tag: str, a: dict[str, str]) -> tuple[Op, ...]:
    num = lambda name: (_floats(a.get(name, "0")) or [0.0])[0]  # noqa: E731 - a tiny local reader
    if tag == "path":
        return parse_path(a.get("d", ""))
    if tag == "rect":
        return _rect(num("x"), num("y"), num("width"), num("height"), num("rx") or num("ry"))
    if tag == "circle":
        return _ellipse(num("cx"), num("cy"), num("r"), num("r"))
    if tag == "ellipse":
        return _ellipse(num("cx"), num("cy"), num("rx"), num("ry"))
    if tag == "line":
        return (("M", (num("x1"), num("y1"))), ("L", (num("x2"), num("y2"))))
    if tag in ("polyline", "polygon"):
        return _points(a.get("points", ""), tag == "polygon")
    return ()


def _walk(node: ET.Element, inherited: dict[str, str]) -> Iterator[Shape]:
    attrs = {**inherited, **{k: v for k, v in node.attrib.items() if k in _PAINT}}
    tag = node.tag.removeprefix(_NS)
    ops = _geometry(tag, node.attrib)
    if ops:
        fill, stroke = attrs.get("fill", "#000000"), attrs.get("stroke", "none")
        yield Shape(
            ops=ops,
            fill=fill if is_color(fill) else "",
            stroke=stroke if is_color(stroke) else "",
            stroke_width=(_floats(attrs.get("stroke-width", "1")) or [1.0])[0],
            cap=_CAPS.get(attrs.get("stroke-linecap", ""), 0),
            join=_JOINS.get(attrs.get("stroke-linejoin", ""), 0),
        )
    for child in node:
        yield from _walk(child, attrs)


_PAINT = ("fill", "stroke", "stroke-width", "stroke-linecap", "stroke-linejoin")


def parse(text: str) -> Icon:
    """An icon from SVG text; unknown elements are skipped."""
    root = ET.fromstring(text)
    box = _floats(root.get("viewBox", "")) or [0.0, 0.0, *(_floats(root.get("width", "48")) or [48.0]) * 2]
    size = (box[2], box[3]) if len(box) == 4 else (48.0, 48.0)
    return Icon(tuple(_walk(root, {})), size)


@cache
def channel_icon(channel: str) -> Icon | None:
    """The icon of a channel, read once; None when the file is missing or unreadable."""
    path = resource_path("icons", "channels", f"{channel}.svg")
    try:
        return parse(path.read_text(encoding="utf-8"))
    except (OSError, ET.ParseError, ValueError):
        return None


def draw(canvas: Canvas, icon: Icon, x: float, y: float, size: float) -> None:
    """Paint ``icon`` into the square whose bottom-left corner is ``x, y`` (PDF coordinates), ``size`` wide."""
    w, h = icon.size
    scale = size / max(w, h, 1e-9)
    canvas.saveState()
    canvas.transform(scale, 0, 0, -scale, x, y + size)  # SVG's y runs down: flip inside the box
    for shape in icon.shapes:
        path = canvas.beginPath()
        for op, v in shape.ops:
            if op == "M":
                path.moveTo(*v)
            elif op == "L":
                path.lineTo(*v)
            elif op == "C":
                path.curveTo(*v)
            else:
                path.close()
        if shape.fill:
            canvas.setFillColorRGB(*rgb(shape.fill))
        if shape.stroke:
            canvas.setStrokeColorRGB(*rgb(shape.stroke))
            canvas.setLineWidth(shape.stroke_width)
            canvas.setLineCap(shape.cap)
            canvas.setLineJoin(shape.join)
        canvas.drawPath(path, stroke=1 if shape.stroke else 0, fill=1 if shape.fill else 0)
    canvas.restoreState()
