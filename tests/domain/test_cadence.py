"""Re-mapping cadence: six months after the newest snapshot, check says the map is due."""

from __future__ import annotations

from datetime import date

from cxdesigner.domain import cadence, templates
from cxdesigner.domain.analysis import Severity, analyse
from cxdesigner.domain.snapshot import Snapshot


def _map(*days: str, language: str = "en"):  # noqa: ANN202
    journey = templates.blank("Shop", language)
    for n, day in enumerate(days):
        journey.add(Snapshot(id=f"s{n}", label=f"Mapping {n}", taken_at=f"{day}T10:00:00"))
    return journey


def test_the_last_mapping_is_the_newest_snapshot_and_six_months_later_it_is_due() -> None:
    journey = _map("2024-03-01", "2024-08-31")
    last = cadence.last_mapping(journey)
    assert last is not None and last.label == "Mapping 1" and last.next_due == date(2025, 2, 28)  # no 31 February
    assert not last.due(date(2025, 2, 27)) and last.due(date(2025, 2, 28))


def test_check_says_when_and_in_the_map_language() -> None:
    (due,) = analyse(_map("2024-09-15"), today=date(2025, 4, 1)).of_kind("remap")
    assert due.severity is Severity.WARNING and due.ids == ("s0",)
    assert due.message == (
        "The last mapping, “Mapping 0”, was on 2024-09-15, 6 months ago: practice maps again every six months."
    )
    (soon,) = analyse(_map("2024-09-15", language="ru"), today=date(2024, 12, 1)).of_kind("remap")
    assert soon.severity is Severity.INFO
    assert soon.message == "Последнее картирование, «Mapping 0», было 2024-09-15; следующее — до 2025-03-15."
    (none,) = analyse(_map(), today=date(2024, 12, 1)).of_kind("remap")
    assert none.message.startswith("No mapping is dated yet")
    assert not analyse(_map("2024-09-15")).of_kind("remap")  # without a day, no judgement
