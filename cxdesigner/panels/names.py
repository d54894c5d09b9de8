"""The user's words for channels, lane kinds and evidence levels, translated, with the channels' icons.

The palette and the inspector both show these; one table keeps them saying the same thing.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QIcon

from cxdesigner.domain.entities import Channel, Evidence, LaneKind
from cxdesigner.icons import ink_icon
from cxdesigner.paths import resource_path

_CHANNELS: dict[Channel, str] = {
    Channel.WEBSITE: QT_TRANSLATE_NOOP("Names", "Website"),
    Channel.ADVERT: QT_TRANSLATE_NOOP("Names", "Advert"),
    Channel.EMAIL: QT_TRANSLATE_NOOP("Names", "E-mail"),
    Channel.PHONE: QT_TRANSLATE_NOOP("Names", "Phone"),
    Channel.SOCIAL: QT_TRANSLATE_NOOP("Names", "Social network"),
    Channel.CHAT: QT_TRANSLATE_NOOP("Names", "Chat or feedback form"),
    Channel.MESSENGER: QT_TRANSLATE_NOOP("Names", "Messenger"),
    Channel.SHOP: QT_TRANSLATE_NOOP("Names", "Shop or sales point"),
    Channel.DELIVERY: QT_TRANSLATE_NOOP("Names", "Courier or delivery"),
    Channel.PRODUCT: QT_TRANSLATE_NOOP("Names", "Product or packaging"),
    Channel.STAFF: QT_TRANSLATE_NOOP("Names", "Staff"),
    Channel.PRINT: QT_TRANSLATE_NOOP("Names", "Printed matter"),
    Channel.WORD_OF_MOUTH: QT_TRANSLATE_NOOP("Names", "Word of mouth or review"),
    Channel.OTHER: QT_TRANSLATE_NOOP("Names", "Other"),
}

_LANE_KINDS: dict[LaneKind, str] = {
    LaneKind.ACTIONS: QT_TRANSLATE_NOOP("Names", "Customer actions"),
    LaneKind.TOUCHPOINTS: QT_TRANSLATE_NOOP("Names", "Touchpoints"),
    LaneKind.FRONTSTAGE: QT_TRANSLATE_NOOP("Names", "Frontstage"),
    LaneKind.BACKSTAGE: QT_TRANSLATE_NOOP("Names", "Backstage"),
    LaneKind.EMOTIONS: QT_TRANSLATE_NOOP("Names", "Emotions"),
    LaneKind.BARRIERS: QT_TRANSLATE_NOOP("Names", "Barriers"),
    LaneKind.IDEAS: QT_TRANSLATE_NOOP("Names", "Ideas"),
    LaneKind.TEXT: QT_TRANSLATE_NOOP("Names", "Free text"),
    LaneKind.STORYBOARD: QT_TRANSLATE_NOOP("Names", "Storyboard"),
    LaneKind.CONDITIONS: QT_TRANSLATE_NOOP("Names", "External conditions"),
}

_EVIDENCE: dict[Evidence, str] = {
    Evidence.HYPOTHESIS: QT_TRANSLATE_NOOP("Names", "Hypothesis"),
    Evidence.REPORTED: QT_TRANSLATE_NOOP("Names", "Reported"),
    Evidence.OBSERVED: QT_TRANSLATE_NOOP("Names", "Observed"),
    Evidence.MEASURED: QT_TRANSLATE_NOOP("Names", "Measured"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("Names", text)


def channel_name(channel: Channel) -> str:
    """The translated name of a channel, e.g. "Chat or feedback form"."""
    return _tr(_CHANNELS[channel])


def lane_kind_name(kind: LaneKind) -> str:
    """The translated name of a lane kind, e.g. "Frontstage"."""
    return _tr(_LANE_KINDS[kind])


def evidence_name(evidence: Evidence) -> str:
    """The translated name of an evidence level, e.g. "Measured"."""
    return _tr(_EVIDENCE[evidence])


def channel_icon(channel: Channel) -> QIcon:
    """The channel's icon, drawn to be readable from across a room."""
    return ink_icon(resource_path("icons", "channels", f"{channel.value}.svg"))


def icon(name: str) -> QIcon:
    """A bundled icon by file stem, e.g. ``icon("stage")``."""
    return ink_icon(resource_path("icons", f"{name}.svg"))
