"""The parts of a journey map as frozen value objects.

Every entity has a stable UUID string ``id``. Entities are immutable: the journey model replaces them
with ``dataclasses.replace`` so a change event can carry the old and the new object side by side, and
an undo command can keep either without copying. Ordered things (stages, lanes, cards in a cell,
personas) carry a float ``order``; moving one thing changes only its own key.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


def new_id() -> str:
    """A fresh identifier, stable across save and load."""
    import uuid  # a few milliseconds that opening a file or the command line need not pay

    return str(uuid.uuid4())


class Channel(StrEnum):
    """How a contact with the company happens."""

    WEBSITE = "website"
    ADVERT = "advert"
    EMAIL = "email"
    PHONE = "phone"
    SOCIAL = "social"
    CHAT = "chat"
    MESSENGER = "messenger"
    SHOP = "shop"
    DELIVERY = "delivery"
    PRODUCT = "product"
    STAFF = "staff"
    PRINT = "print"
    WORD_OF_MOUTH = "word_of_mouth"
    OTHER = "other"


PHYSICAL_CHANNELS = frozenset({Channel.SHOP, Channel.STAFF, Channel.DELIVERY, Channel.PRODUCT, Channel.PRINT})
"""Channels met in the physical world: a new card of one of these starts as Form = Physical, any other as Digital
(website, e-mail, messenger, social network, advert, chat, phone...); the user can change it on the card."""


def physical_by_default(channel: Channel) -> bool:
    """The form a new touchpoint of ``channel`` starts with: True for physical, False for digital."""
    return channel in PHYSICAL_CHANNELS


class LaneKind(StrEnum):
    """What a row of the map holds."""

    ACTIONS = "actions"
    TOUCHPOINTS = "touchpoints"
    FRONTSTAGE = "frontstage"
    BACKSTAGE = "backstage"
    EMOTIONS = "emotions"
    BARRIERS = "barriers"
    IDEAS = "ideas"
    TEXT = "text"
    STORYBOARD = "storyboard"  # one picture per stage, from the stage's cards (domain.pictures.storyboard)
    CONDITIONS = "conditions"  # external conditions: one note per stage (domain.conditions)


class Evidence(StrEnum):
    """How sure we are that a touchpoint is as drawn."""

    HYPOTHESIS = "hypothesis"
    REPORTED = "reported"
    OBSERVED = "observed"
    MEASURED = "measured"


EMOTION_MIN = -2
EMOTION_MAX = 2


@dataclass(frozen=True, slots=True)
class MapInfo:
    """The map as a whole: its title and description."""

    id: str
    title: str = ""
    description: str = ""
    language: str = ""


@dataclass(frozen=True, slots=True)
class Stage:
    """A column of the map: one phase of the journey."""

    id: str
    title: str = ""
    order: float = 0.0
    description: str = ""
    expectation: str = ""
    width: float = 220.0


@dataclass(frozen=True, slots=True)
class Lane:
    """A row of the map; its kind says what it holds."""

    id: str
    title: str = ""
    order: float = 0.0
    kind: LaneKind = LaneKind.TOUCHPOINTS
    height: float = 110.0


@dataclass(frozen=True, slots=True)
class Touchpoint:
    """Any contact of the customer with the company, placed in a stage x lane cell."""

    id: str
    stage_id: str
    lane_id: str
    title: str = ""
    order: float = 0.0
    description: str = ""
    channel: Channel = Channel.OTHER
    direct: bool = True
    physical: bool = False
    owner: str = ""
    moment_of_truth: bool = False
    evidence: Evidence = Evidence.HYPOTHESIS
    notes: str = ""
    color: str = ""


@dataclass(frozen=True, slots=True)
class Flow:
    """A directed link from one touchpoint to the next a customer meets."""

    id: str
    source_id: str
    target_id: str
    label: str = ""
    share: float | None = None


@dataclass(frozen=True, slots=True)
class Persona:
    """A customer segment the map is drawn for."""

    id: str
    name: str = ""
    order: float = 0.0
    description: str = ""
    color: str = "#d9480f"
    segment: str = ""


@dataclass(frozen=True, slots=True)
class Emotion:
    """The designed ("to-be") emotion of one persona at one touchpoint, from -2 to +2."""

    id: str
    touchpoint_id: str
    persona_id: str
    designed: int = 0


Entity = MapInfo | Stage | Lane | Touchpoint | Flow | Persona | Emotion
