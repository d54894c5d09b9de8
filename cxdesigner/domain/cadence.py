"""Re-mapping cadence: practice maps the journey again at least every six months and compares.

The map's last mapping date is the date of its newest snapshot (each mapping is kept as one, labelled,
in the Revisions panel), so no separate field can disagree with the history. ``due`` says whether six
months have passed on a given day; ``findings`` is what ``check`` and the Analysis panel say about it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from cxdesigner.domain import phrases
from cxdesigner.domain.findings import Finding, Severity
from cxdesigner.domain.journey import JourneyMap
from cxdesigner.domain.snapshot import Snapshot

MONTHS = 6


@dataclass(frozen=True)
class LastMapping:
    """The newest snapshot's label and day, and the day the next mapping is due."""

    snapshot_id: str
    label: str
    day: date
    next_due: date

    def due(self, today: date) -> bool:
        return today >= self.next_due


def _add_months(day: date, months: int) -> date:
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    for last in (31, 30, 29, 28):  # the same day of the month, or the month's last day
        try:
            return date(year, month, min(day.day, last))
        except ValueError:
            continue
    raise AssertionError("unreachable")  # pragma: no cover


def last_mapping(journey: JourneyMap) -> LastMapping | None:
    """The last mapping (the newest snapshot with a readable date), or None when there is none."""
    dated = []
    for snap in journey.all(Snapshot):
        try:
            dated.append((date.fromisoformat(snap.taken_at[:10]), snap.id, snap))
        except ValueError:
            continue
    if not dated:
        return None
    day, _, snap = max(dated)
    return LastMapping(snap.id, snap.label, day, _add_months(day, MONTHS))


def findings(journey: JourneyMap, today: date) -> list[Finding]:
    lang = journey.info.language
    last = last_mapping(journey)
    if last is None:
        return [Finding("remap", Severity.INFO, phrases.say("remap_unknown", lang))]
    months = (today.year - last.day.year) * 12 + today.month - last.day.month - (today.day < last.day.day)
    values = {
        "label": phrases.quoted(last.label, lang),
        "day": last.day.isoformat(),
        "due": last.next_due.isoformat(),
        "months": phrases.count(max(months, 0), "month", lang),
    }
    if last.due(today):
        return [Finding("remap", Severity.WARNING, phrases.say("remap_due", lang, **values), (last.snapshot_id,))]
    return [Finding("remap", Severity.INFO, phrases.say("remap_next", lang, **values), (last.snapshot_id,))]
