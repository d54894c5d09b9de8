"""A revision comparison names an external condition added or reworded, with its stage, in the map's
language."""

from __future__ import annotations

from cxdesigner.domain.conditions import Condition
from cxdesigner.domain.entities import Lane, LaneKind
from cxdesigner.domain.revisions import differences
from cxdesigner.io import change_text
from tests.conftest import small_map


def test_a_condition_added_and_reworded_in_english_and_russian() -> None:
    old = small_map()
    lane = old.add(Lane("out", "Outside", order=-1.0, kind=LaneKind.CONDITIONS, height=62.0))
    old.add(Condition("c1", old.stages()[0].id, lane.id, "Winter"))
    new = old.copy()
    new.update(Condition, "c1", text="Winter: fewer walk-ins")
    new.add(Condition("c2", new.stages()[1].id, lane.id, "Gift season"))
    diffs = [d for d in differences(old, new) if d.kind == "conditions"]
    assert change_text.lines(old, new, diffs) == [
        "External condition “Winter: fewer walk-ins” at “Need” changed: text “Winter” → “Winter: fewer walk-ins”",
        "External condition “Gift season” at “Search” added",
    ]
    assert change_text.line(old, new, diffs[1], "ru") == "Добавлено: Внешнее условие «Gift season» («Search»)"
