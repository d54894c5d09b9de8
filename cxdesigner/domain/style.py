"""The look of the map shared by its two painters: the Qt canvas and the PDF poster.

Colours are ``#rrggbb`` strings and sizes are scene units (1 unit = 1 px at 100 % = 1 pt on paper), so both
painters can use them without either toolkit here. The values are the canvas's: a poster printed from the
editor looks like the screen. The channel palette, the quality badge colours and the card's inner layout
(colour strip, icon, title lines, star, badge) live here; each painter only turns them into its own objects.
"""

from __future__ import annotations

import colorsys
import re

from cxdesigner.domain.entities import Channel, Touchpoint
from cxdesigner.domain.quality import Badge, Status

# ---------------------------------------------------------------- colours
INK = "#1f2933"
MUTED = "#52606d"
GRID = "#d9dee3"
BAND_FILLS = ("#ffffff", "#f5f7f9")
HEADER_FILL = "#e9eef3"
LABEL_FILL = "#eef1f4"
CARD_FILL = "#ffffff"
CARD_BORDER = "#9aa5b1"
SELECTION = "#1c7ed6"
FLOW_INK = "#616e7c"
STAR = "#f59f00"
VISIBILITY = "#c92a2a"
PAIN = "#c92a2a"
"""The rim of a pain point on the emotion curve (a value below zero)."""

CHANNEL_COLORS: dict[Channel, str] = {
    Channel.WEBSITE: "#1c7ed6",
    Channel.ADVERT: "#e8590c",
    Channel.EMAIL: "#0ca678",
    Channel.PHONE: "#5f3dc4",
    Channel.SOCIAL: "#d6336c",
    Channel.CHAT: "#1098ad",
    Channel.MESSENGER: "#3b5bdb",
    Channel.SHOP: "#2f9e44",
    Channel.DELIVERY: "#f08c00",
    Channel.PRODUCT: "#ae3ec9",
    Channel.STAFF: "#c2255c",
    Channel.PRINT: "#495057",
    Channel.WORD_OF_MOUTH: "#74b816",
    Channel.OTHER: "#868e96",
}

BADGE_COLORS: dict[Badge, str] = {
    Badge.ALL_MET: "#2b8a3e",
    Badge.FAILING: "#e03131",
    Badge.UNCHECKED: "#868e96",
}
"""The disc a card shows for its requirements (an unchecked one is a ring); without requirements, none.
The stage header's share of requirements met takes the colour of the worst status in the stage."""

BADGE_SYMBOLS: dict[Badge, str] = {Badge.ALL_MET: "✓", Badge.FAILING: "!", Badge.UNCHECKED: "?"}

STATUS_FILLS: dict[Status, str] = {Status.MET: "#c3fae8", Status.NOT_MET: "#ffc9c9", Status.NOT_CHECKED: "#e9ecef"}
"""Light backgrounds for a requirement's status in tables and lists."""

NOTE_BARRIER_FILL, NOTE_BARRIER_INK = "#fff0f0", "#e03131"
NOTE_IDEA_FILL, NOTE_IDEA_INK = "#fff9db", "#e8a400"
NOTE_DONE_FILL = "#ebfbee"
NOTE_CONDITION_FILL, NOTE_CONDITION_INK = "#edf2f7", "#5c6f82"  # external conditions: outside, so grey-blue
"""Notes in the barriers lane (red) and the ideas lane (yellow; green once done)."""

HIGHLIGHT_COLORS: dict[str, str] = {
    "failing": "#e03131",
    "finding": "#f76707",
    "path": "#2b8a3e",
    "changed": "#9c36b5",
}
HIGHLIGHT_DEFAULT = "#fab005"

# ---------------------------------------------------------------- sizes (scene units)
CARD_STRIP = 6.0  # the channel-coloured strip down the card's left edge
CARD_ICON = 20.0  # the channel icon, square, right of the strip
CARD_PAD = 8.0
CARD_RADIUS = 6.0
CARD_TITLE_PX = 12
CARD_LINE = 15.0
STAR_SIZE = 13.0
BADGE_RADIUS = 6.5  # the quality badge, a disc in the card's bottom-right corner
BADGE_GLYPH_PX = 9

CURVE_WIDTH = 3.5  # a designed emotion curve; a measured one is dashed, thinner and a little lighter
MEASURED_CURVE_WIDTH = 2.5
CURVE_POINT_RADIUS = 7.0  # a measured point is 2 smaller; a moment of truth is a diamond 2 larger
CURVE_POINT_PEN = 2.5

NOTE_PAD = 6.0
NOTE_LINE = 14.0
NOTE_PX = 11
NOTE_RADIUS = 3.0
NOTE_STRIP = 4.0

HEADER_TITLE_PX = 14
HEADER_SUBTITLE_PX = 11
HEADER_SHARE_PX = 11  # the stage's share of requirements met, right of its title
LANE_LABEL_PX = 12
FLOW_LABEL_PX = 11
FLOW_LABEL_MAX = 160.0
ARROW = 8.0
ARROW_SPREAD = 0.45  # half the arrowhead's opening angle, in radians

_HEX = re.compile(r"#[0-9a-fA-F]{6}")


def is_color(value: str) -> bool:
    """Whether ``value`` is a colour as the model stores it (``#rrggbb``)."""
    return bool(_HEX.fullmatch(value))


def channel_color(channel: Channel | str) -> str:
    """A channel's colour; an unknown channel takes the colour of "other"."""
    try:
        return CHANNEL_COLORS[Channel(channel)]
    except ValueError:
        return CHANNEL_COLORS[Channel.OTHER]


def card_color(touchpoint: Touchpoint) -> str:
    """The card's own colour when it has a valid one, else its channel's colour."""
    return touchpoint.color if is_color(touchpoint.color) else channel_color(touchpoint.channel)


def persona_color(value: str) -> str:
    """A persona's colour, or the default persona colour when the stored one is not valid."""
    return value if is_color(value) else "#d9480f"


def lighter(value: str, factor: int) -> str:
    """Like ``QColor.lighter(factor)``: brightness times ``factor`` / 100, saturation eased when it runs out."""
    h, sat, v = colorsys.rgb_to_hsv(*rgb(value))
    v *= factor / 100.0
    if v > 1.0:
        sat = max(0.0, sat - (v - 1.0))
        v = 1.0
    return _hex(colorsys.hsv_to_rgb(h, sat, v))


def darker(value: str, factor: int) -> str:
    """Like ``QColor.darker(factor)``: brightness divided by ``factor`` / 100."""
    h, sat, v = colorsys.rgb_to_hsv(*rgb(value))
    return _hex(colorsys.hsv_to_rgb(h, sat, v * 100.0 / factor))


def _hex(color: tuple[float, float, float]) -> str:
    return "#" + "".join(f"{round(min(max(c, 0.0), 1.0) * 255):02x}" for c in color)


def rgb(value: str) -> tuple[float, float, float]:
    """A ``#rrggbb`` colour as three floats 0..1 (black for anything else)."""
    if not is_color(value):
        return (0.0, 0.0, 0.0)
    return (int(value[1:3], 16) / 255.0, int(value[3:5], 16) / 255.0, int(value[5:7], 16) / 255.0)
