"""Control rounds as records, on a map worked out by hand: two rounds never overwrite each other, the newest
gives the current value, a round filled in late changes only the history, and a round is compared with the
one before."""

from __future__ import annotations

import pytest

from cxdesigner.domain import control_rounds
from cxdesigner.domain.control_rounds import ControlRound, RoundChange, RoundValue
from cxdesigner.domain.journey import JourneyMap, ModelError
from cxdesigner.domain.quality import Comparison, QualityRequirement, Status


def _apply(journey: JourneyMap, changes) -> None:  # noqa: ANN001 - (old, new) pairs
    for old, new in changes:
        if old is None:
            journey.add(new)
        else:
            journey.put(new)


@pytest.fixture
def answer(journey: JourneyMap) -> QualityRequirement:
    site = next(t for t in journey.touchpoints() if t.title == "Website")
    req = QualityRequirement(id="r", touchpoint_id=site.id, comparison=Comparison.AT_MOST, target="180", unit="min")
    return journey.add(req)


def test_two_rounds_keep_both_values_and_the_newest_is_current(journey: JourneyMap, answer) -> None:  # noqa: ANN001
    march = ControlRound("m", walked_on="2025-03-04", walked_by="Anna")
    _apply(journey, control_rounds.record(journey, march, answer, "240"))
    assert journey.get(QualityRequirement, "r").measured == "240"
    assert journey.get(QualityRequirement, "r").checked_on == "2025-03-04"
    september = ControlRound("s", walked_on="2025-09-02", walked_by="Olga")
    _apply(journey, control_rounds.record(journey, september, journey.get(QualityRequirement, "r"), "120"))
    req = journey.get(QualityRequirement, "r")
    assert (req.measured, req.checked_on) == ("120", "2025-09-02")
    assert [(r.walked_by, v) for r, v in control_rounds.history(journey, "r")] == [("Anna", "240"), ("Olga", "120")]
    assert control_rounds.trend(journey, "r") == [240.0, 120.0]
    assert control_rounds.changes(journey, "s") == [
        RoundChange("r", answer.touchpoint_id, "240", "120", Status.NOT_MET, Status.MET)
    ]
    assert control_rounds.previous(journey, "s") == journey.get(ControlRound, "m")
    assert control_rounds.changes(journey, "m") == [
        RoundChange("r", answer.touchpoint_id, "", "240", Status.NOT_CHECKED, Status.NOT_MET)
    ]


def test_a_round_filled_in_late_changes_only_the_history(journey: JourneyMap, answer) -> None:  # noqa: ANN001
    _apply(journey, control_rounds.record(journey, ControlRound("s", walked_on="2025-09-02"), answer, "120"))
    late = ControlRound("m", walked_on="2025-03-04")
    _apply(journey, control_rounds.record(journey, late, journey.get(QualityRequirement, "r"), "240"))
    assert journey.get(QualityRequirement, "r").measured == "120"
    assert control_rounds.trend(journey, "r") == [240.0, 120.0]


def test_typing_again_on_the_same_round_replaces_its_value(journey: JourneyMap, answer) -> None:  # noqa: ANN001
    march = ControlRound("m", walked_on="2025-03-04")
    _apply(journey, control_rounds.record(journey, march, answer, "240"))
    _apply(journey, control_rounds.record(journey, march, journey.get(QualityRequirement, "r"), "250"))
    assert [v.measured for v in journey.all(RoundValue)] == ["250"]
    assert control_rounds.changes(journey, "m")[0].new == "250"


def test_yes_no_trends_as_one_and_zero_and_a_round_needs_a_date(journey: JourneyMap) -> None:
    site = next(t for t in journey.touchpoints() if t.title == "Website")
    smile = journey.add(QualityRequirement(id="y", touchpoint_id=site.id, comparison=Comparison.YES_NO, target="да"))
    _apply(journey, control_rounds.record(journey, ControlRound("a", walked_on="2025-01-01"), smile, "да"))
    smile = journey.get(QualityRequirement, "y")
    _apply(journey, control_rounds.record(journey, ControlRound("b", walked_on="2025-02-01"), smile, "no"))
    assert control_rounds.trend(journey, "y") == [1.0, 0.0]
    with pytest.raises(ModelError, match="not a date"):
        journey.add(ControlRound("c", walked_on="spring"))


def test_deleting_a_requirement_takes_its_round_values(journey: JourneyMap, answer) -> None:  # noqa: ANN001
    _apply(journey, control_rounds.record(journey, ControlRound("m", walked_on="2025-03-04"), answer, "240"))
    journey.delete(["r"])
    assert journey.count(RoundValue) == 0 and journey.count(ControlRound) == 1
