"""How the canvas looks: the bundled font, colours, channel palette, highlight colours and stacking order.

Every item takes its fonts and colours from here so the map reads as one drawing. Sizes are in scene
units (1 unit = 1 px at 100 % zoom), the same units as ``domain.layout``. The font is the bundled DejaVu
Sans, registered once with Qt, so text fits the same way on every machine and in the PDF poster.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QColor, QFont, QFontDatabase

from cxdesigner.domain import style as look
from cxdesigner.domain.entities import Channel, Touchpoint
from cxdesigner.domain.quality import Badge
from cxdesigner.paths import resource_path

FONT_FILES = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf")
FALLBACK_FAMILY = "DejaVu Sans"

LOD_THRESHOLD = 0.45
"""Below this zoom cards are drawn as plain coloured rectangles, without text or icon."""

MIN_STAGE_WIDTH = 120.0
MIN_LANE_HEIGHT = 40.0
EDGE_GRIP = 6.0
"""How far from a header's right edge (a lane label's bottom edge) the resize grip reaches, in scene units."""

HANDLE_RADIUS = 7.0
"""The connector handle: a circle centred on the middle of a card's right edge."""

HALO = 6.0
"""How far a highlight halo reaches outside a card."""


class Z:
    """Stacking order of the item families."""

    BAND = -20.0
    LINE = -10.0
    FLOW = 1.0
    CARD = 2.0
    HEADER = 3.0
    DRAGGED = 6.0
    TOOL = 10.0
    EDITOR = 20.0


# the colours are shared with the PDF poster (domain.style), so paper and screen look the same
INK = QColor(look.INK)
MUTED = QColor(look.MUTED)
GRID = QColor(look.GRID)
BAND_FILLS = tuple(QColor(c) for c in look.BAND_FILLS)
HEADER_FILL = QColor(look.HEADER_FILL)
LABEL_FILL = QColor(look.LABEL_FILL)
CARD_FILL = QColor(look.CARD_FILL)
CARD_BORDER = QColor(look.CARD_BORDER)
SELECTION = QColor(look.SELECTION)
FLOW_INK = QColor(look.FLOW_INK)
STAR = QColor(look.STAR)
VISIBILITY = QColor(look.VISIBILITY)
INDICATOR = QColor("#1c7ed6")
QUALITY_COLORS: dict[str, QColor] = {
    **{badge.value: QColor(color) for badge, color in look.BADGE_COLORS.items()},
    "none": QColor(look.BADGE_COLORS[Badge.UNCHECKED]),
}
"""The quality badge of a card (keys are ``domain.quality.Badge`` values) and the stage header's share."""

CHANNEL_COLORS: dict[Channel, str] = look.CHANNEL_COLORS
HIGHLIGHT_COLORS: dict[str, str] = look.HIGHLIGHT_COLORS
HIGHLIGHT_DEFAULT = look.HIGHLIGHT_DEFAULT


@cache
def _color(value: str) -> QColor:
    return QColor(value)


def shared_color(value: str) -> QColor:
    """One QColor per colour name, shared by every item drawn in it (so never change it in place)."""
    return _color(value)


OWNER_PALETTE = ("#1864ab", "#2b8a3e", "#e67700", "#862e9c", "#c2255c", "#0b7285", "#5c940d", "#d9480f", "#364fc7")
NO_OWNER = "#adb5bd"


def owner_colors(departments: list[str]) -> dict[str, QColor]:
    """One colour per department (by its normalised name), in the departments' order, the palette repeating."""
    from cxdesigner.domain.handoffs import owner_key

    return {owner_key(d): _color(OWNER_PALETTE[i % len(OWNER_PALETTE)]) for i, d in enumerate(departments)}


def owner_color(touchpoint: Touchpoint, colors: dict[str, QColor]) -> QColor:
    """The colour of the card's department, grey without an owner."""
    from cxdesigner.domain.handoffs import owner_key

    return colors.get(owner_key(touchpoint.owner), _color(NO_OWNER))


def card_color(touchpoint: Touchpoint) -> QColor:
    """The card's own colour when it has a valid one, else its channel's colour."""
    if touchpoint.color:
        color = _color(touchpoint.color)
        if color.isValid():
            return color
    return _color(CHANNEL_COLORS.get(touchpoint.channel, CHANNEL_COLORS[Channel.OTHER]))


def highlight_color(role: str) -> QColor:
    """The halo colour of a highlight role; unknown roles share one colour."""
    return _color(HIGHLIGHT_COLORS.get(role, HIGHLIGHT_DEFAULT))


@cache
def font_family() -> str:
    """Register the bundled fonts with Qt (once) and return their family name."""
    family = ""
    for name in FONT_FILES:
        font_id = QFontDatabase.addApplicationFont(str(resource_path("fonts", name)))
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        family = family or (families[0] if families else "")
    return family or FALLBACK_FAMILY


@cache
def font(pixel_size: int, bold: bool = False) -> QFont:
    """The bundled family at a pixel size (scene units), regular or bold."""
    result = QFont(font_family())
    result.setPixelSize(pixel_size)
    result.setBold(bold)
    result.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    return result
