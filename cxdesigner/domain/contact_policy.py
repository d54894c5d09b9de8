"""Step 4 of the method: a contact and content policy per customer segment.

A segment's policy is a small table: each ``ContactPolicy`` row is one channel used to reach the segment,
how often (contacts a month) and the content mix sent there (the useful share; the rest are offers).
Rows name the segment by its key (``true_loyalty``, ``loyal``...), so a policy outlives the analysis it was
written for and applies to the same segment of the next one. The channels offered are the map's own
touchpoint channels (``map_channels``). Practice says half useful, half offer: ``findings`` names every
segment whose mix, weighted by how often each channel is used, lies more than ``FAR`` from 50 %.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING

from cxdesigner.domain import phrases
from cxdesigner.domain.entities import Channel
from cxdesigner.domain.rfm import RULES, name

if TYPE_CHECKING:  # the kinds registry imports this module, and the journey model imports the registry
    from cxdesigner.domain.findings import Finding
    from cxdesigner.domain.journey import JourneyMap

BALANCE = 0.5  # half useful, half offer
FAR = 0.15  # a mix outside 35-65 % useful is far from the rule
MAX_PER_MONTH = 100.0


@dataclass(frozen=True, slots=True)
class ContactPolicy:
    """One channel of a segment's contact policy: how often, and how much of it is useful content."""

    id: str
    segment_key: str
    order: float = 0.0
    channel: Channel = Channel.EMAIL
    per_month: float = 1.0  # contacts a month
    useful: float = BALANCE  # the share of those contacts that is useful content; the rest are offers
    notes: str = ""


def check_policy(item: ContactPolicy) -> tuple[str, str] | None:
    """The field at fault and why, or None."""
    if not item.segment_key.strip():
        return "segment_key", "A contact policy names its segment."
    if not isinstance(item.channel, Channel):
        return "channel", "unknown channel"
    if not (math.isfinite(item.per_month) and 0.0 <= item.per_month <= MAX_PER_MONTH):
        return "per_month", f"Contacts a month are a number from 0 to {MAX_PER_MONTH:g}."
    if not (math.isfinite(item.useful) and 0.0 <= item.useful <= 1.0):
        return "useful", "The useful share lies between 0 and 100 %."
    return None


def policy_of(journey: JourneyMap, segment_key: str) -> list[ContactPolicy]:
    """A segment's policy rows in their order."""
    rows = [p for p in journey.all(ContactPolicy) if p.segment_key == segment_key]
    return sorted(rows, key=lambda p: (p.order, p.id))


def segment_keys(journey: JourneyMap) -> list[str]:
    """The segments a policy can be written for: the default five, then any other key a policy or segment uses."""
    from cxdesigner.domain.segments import Segment

    keys = [rule.key for rule in RULES]
    for key in [s.key for s in journey.all(Segment)] + [p.segment_key for p in journey.all(ContactPolicy)]:
        if key and key not in keys:
            keys.append(key)
    return keys


def segment_name(journey: JourneyMap, key: str) -> str:
    """The segment's name as the newest analysis gives it, else its default name in the map's language."""
    from cxdesigner.domain.base_trend import newest_segments

    found = next((s.name for s in newest_segments(journey) if s.key == key and s.name), "")
    return found or name(key, journey.info.language or "en")


def map_channels(journey: JourneyMap) -> list[Channel]:
    """The channels the map's touchpoints use, in the order of the channel list."""
    used = {tp.channel for tp in journey.touchpoints()}
    return [c for c in Channel if c in used]


def contacts(rows: list[ContactPolicy]) -> float:
    """Contacts a month over all the rows."""
    return sum(r.per_month for r in rows)


def useful_share(rows: list[ContactPolicy]) -> float | None:
    """The useful share of all contacts, each channel weighted by how often it is used; None with no contacts.

    Rows with no contacts count alike, so a policy being written still shows its mix."""
    total = contacts(rows)
    if total > 0:
        return sum(r.useful * r.per_month for r in rows) / total
    return sum(r.useful for r in rows) / len(rows) if rows else None


def far_from_balance(share: float | None) -> bool:
    """The mix is more than ``FAR`` from half useful, half offer."""
    return share is not None and abs(share - BALANCE) > FAR + 1e-9


def findings(journey: JourneyMap) -> list[Finding]:
    """One finding per segment whose content mix is far from 50/50, in the order of ``segment_keys``."""
    from cxdesigner.domain.findings import Finding, Severity

    lang = journey.info.language or "en"
    out = []
    for key in segment_keys(journey):
        rows = policy_of(journey, key)
        share = useful_share(rows)
        if share is None or not far_from_balance(share):
            continue
        message = phrases.say(
            "content_mix_offers" if share < BALANCE else "content_mix_useful",
            lang,
            segment=segment_name(journey, key),
            useful=phrases.percent(share, lang),
            offer=phrases.percent(1 - share, lang),
        )
        out.append(Finding("content_mix", Severity.WARNING, message, tuple(r.id for r in rows), share))
    return out
