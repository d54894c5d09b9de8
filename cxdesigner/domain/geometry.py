"""The value types of the map's geometry: points, rectangles, boxes, routes, curves and the layout.

Plain floats in scene units (1 unit = 1 px at 100 % zoom = 1 pt in the PDF), y growing downward as in
Qt. ``domain.layout`` computes a ``MapLayout`` from a journey; the Qt canvas and the PDF poster both draw
from it and nothing else. The ``*_of`` builders skip the frozen-dataclass ``__init__`` (about 1 µs per
object here), because a layout of a large map makes thousands of these objects after every edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from cxdesigner.domain.entities import LaneKind


@dataclass(frozen=True, slots=True)
class Point:
    """A position in scene units."""

    x: float
    y: float


@dataclass(frozen=True, slots=True)
class Rect:
    """An axis-aligned rectangle: top-left corner ``x, y``, width ``w``, height ``h``."""

    x: float
    y: float
    w: float
    h: float

    @property
    def right(self) -> float:
        return self.x + self.w

    @property
    def bottom(self) -> float:
        return self.y + self.h

    @property
    def center(self) -> Point:
        return Point(self.x + self.w / 2.0, self.y + self.h / 2.0)

    def contains(self, point: Point) -> bool:
        """Whether the point lies inside or on the border (like ``QRectF.contains``)."""
        return self.x <= point.x <= self.x + self.w and self.y <= point.y <= self.y + self.h

    def intersects(self, other: Rect) -> bool:
        """Whether the two rectangles share an area; touching borders do not count."""
        if self.w <= 0 or self.h <= 0 or other.w <= 0 or other.h <= 0:
            return False
        return (
            self.x < other.x + other.w
            and other.x < self.x + self.w
            and self.y < other.y + other.h
            and other.y < self.y + self.h
        )

    def adjusted(self, dx1: float, dy1: float, dx2: float, dy2: float) -> Rect:
        """Move the top-left corner by ``dx1, dy1`` and the bottom-right one by ``dx2, dy2``."""
        return Rect(self.x + dx1, self.y + dy1, self.w + dx2 - dx1, self.h + dy2 - dy1)

    def united(self, other: Rect) -> Rect:
        """The smallest rectangle holding both."""
        x, y = min(self.x, other.x), min(self.y, other.y)
        return Rect(x, y, max(self.right, other.right) - x, max(self.bottom, other.bottom) - y)


@dataclass(frozen=True)
class Metrics:
    """Every size of the map in one place, in scene units."""

    header_height: float = 64.0
    lane_label_width: float = 170.0
    card_height: float = 68.0
    card_gap: float = 10.0
    cell_padding: float = 14.0
    title_height: float = 0.0  # reserved above the stage headers
    emotion_padding: float = 12.0  # between the emotion band's border and the +2 / -2 levels
    min_card_width: float = 40.0  # a stage is never narrower than this plus two paddings
    flow_spacing: float = 4.0  # between parallel flow routes sharing one gutter
    port_shift: float = 8.0  # moves return ports off a card's centre line so A->B and B->A differ

    def __post_init__(self) -> None:
        # routes run in the cell padding and cards need an area; every other size may be zero
        if self.cell_padding <= 0 or self.card_height <= 0 or self.min_card_width <= 0:
            raise ValueError("cell padding, card height and minimum card width must be positive")
        if min(self.header_height, self.lane_label_width, self.card_gap, self.title_height) < 0:
            raise ValueError("sizes cannot be negative")
        if min(self.emotion_padding, self.flow_spacing, self.port_shift) < 0:
            raise ValueError("sizes cannot be negative")


@dataclass(frozen=True, slots=True)
class StageBox:
    """A stage's header and its column, which spans every lane below the header."""

    stage_id: str
    header: Rect
    column: Rect


@dataclass(frozen=True, slots=True)
class LaneBox:
    """A lane's label at the left and its band, which spans every stage right of the label."""

    lane_id: str
    kind: LaneKind
    label: Rect
    band: Rect


@dataclass(frozen=True, slots=True)
class CardBox:
    """Where a touchpoint's card sits: its cell, its place in the cell's stack and its rectangle."""

    touchpoint_id: str
    stage_id: str
    lane_id: str
    index: int
    rect: Rect


@dataclass(frozen=True, slots=True)
class PictureBox:
    """Where a picture is drawn: the picture's rectangle (its aspect kept) and, in a storyboard, its caption's."""

    picture_id: str
    rect: Rect
    caption: Rect | None = None


@dataclass(frozen=True, slots=True)
class NoteBox:
    """Where a barrier or an improvement sits as a note: its cell, its place among the cell's notes, its rectangle."""

    entity_id: str
    stage_id: str
    lane_id: str
    index: int
    rect: Rect


@dataclass(frozen=True, slots=True)
class FlowRoute:
    """An orthogonal arrow route from the source card's border to the target card's border.

    The corners are kept flat in ``coords`` (x0, y0, x1, y1, ...): cheap to build, fast to compare
    when a painter checks what changed; ``points`` and ``label_at`` give them as ``Point``s.
    """

    flow_id: str
    source_id: str
    target_id: str
    coords: tuple[float, ...]

    @property
    def points(self) -> tuple[Point, ...]:
        """The corners from source to target; the last segment points into the target."""
        c = self.coords
        return tuple(Point(c[i], c[i + 1]) for i in range(0, len(c), 2))

    @property
    def label_at(self) -> Point:
        """The middle of the longest segment, where a label fits best."""
        c = self.coords
        best, at = -1.0, Point(c[0], c[1])
        for i in range(0, len(c) - 2, 2):
            length = abs(c[i + 2] - c[i]) + abs(c[i + 3] - c[i + 1])
            if length > best:
                best, at = length, Point((c[i] + c[i + 2]) / 2.0, (c[i + 1] + c[i + 3]) / 2.0)
        return at


Segment = tuple[Point, Point, Point, Point]


@dataclass(frozen=True, slots=True)
class CurveGeometry:
    """A persona's emotion curve: its points and one cubic Bezier (p0, c1, c2, p1) per gap between them."""

    persona_id: str
    points: tuple[Point, ...]
    touchpoint_ids: tuple[str, ...]
    values: tuple[float, ...]
    segments: tuple[Segment, ...]


@dataclass(frozen=True)
class MapLayout:
    """The whole geometry of a map, as the canvas and the poster draw it.

    ``column_edges`` holds the x of every stage boundary (one more than there are stages) and
    ``lane_edges`` the y of every lane boundary; ``cells`` lists each non-empty cell's cards top down.
    """

    metrics: Metrics
    stages: dict[str, StageBox]
    lanes: dict[str, LaneBox]
    cards: dict[str, CardBox]
    flows: dict[str, FlowRoute]
    stage_order: tuple[str, ...]
    lane_order: tuple[str, ...]
    visibility_line_y: float | None
    emotion_band: Rect | None
    bounds: Rect
    column_edges: tuple[float, ...] = ()
    lane_edges: tuple[float, ...] = ()
    cells: dict[tuple[str, str], tuple[str, ...]] = field(default_factory=dict)
    notes: dict[str, NoteBox] = field(default_factory=dict)
    """Barriers in the barriers lane and improvements in the ideas lane (``domain.notes``), below the cards."""
    hidden_lanes: frozenset[str] = frozenset()
    """Lanes a saved view leaves out: no height, their cards keep boxes (not drawn) but route no flows."""
    card_pictures: dict[str, PictureBox] = field(default_factory=dict)
    """Touchpoint id -> where its first picture shows on its card."""
    storyboard: dict[tuple[str, str], PictureBox] = field(default_factory=dict)
    """(stage id, storyboard lane id) -> the stage's picture in that lane's cell, with its caption below."""


_new = object.__new__
_point_x, _point_y = Point.__dict__["x"].__set__, Point.__dict__["y"].__set__
_rect_x, _rect_y, _rect_w, _rect_h = (Rect.__dict__[n].__set__ for n in ("x", "y", "w", "h"))
_card_fields = ("touchpoint_id", "stage_id", "lane_id", "index", "rect")
_card_t, _card_s, _card_l, _card_i, _card_r = (CardBox.__dict__[n].__set__ for n in _card_fields)
_route_f, _route_s, _route_t, _route_c = (
    FlowRoute.__dict__[n].__set__ for n in ("flow_id", "source_id", "target_id", "coords")
)


def point_of(x: float, y: float) -> Point:
    """``Point(x, y)``, built faster."""
    p = _new(Point)
    _point_x(p, x)
    _point_y(p, y)
    return p


def rect_of(x: float, y: float, w: float, h: float) -> Rect:
    """``Rect(x, y, w, h)``, built faster."""
    r = _new(Rect)
    _rect_x(r, x)
    _rect_y(r, y)
    _rect_w(r, w)
    _rect_h(r, h)
    return r


def card_of(touchpoint_id: str, stage_id: str, lane_id: str, index: int, rect: Rect) -> CardBox:
    """``CardBox(...)``, built faster."""
    c = _new(CardBox)
    _card_t(c, touchpoint_id)
    _card_s(c, stage_id)
    _card_l(c, lane_id)
    _card_i(c, index)
    _card_r(c, rect)
    return c


def route_of(flow_id: str, source_id: str, target_id: str, coords: tuple[float, ...]) -> FlowRoute:
    """``FlowRoute(...)``, built faster."""
    f = _new(FlowRoute)
    _route_f(f, flow_id)
    _route_s(f, source_id)
    _route_t(f, target_id)
    _route_c(f, coords)
    return f
