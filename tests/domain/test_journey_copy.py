"""``JourneyMap.copy``: the same map at once, and neither side sees the other's later edits."""

from __future__ import annotations

from cxdesigner.domain.entities import Flow, Touchpoint, new_id
from cxdesigner.domain.journey import JourneyMap


def test_a_copy_is_the_same_map_and_goes_its_own_way(journey: JourneyMap) -> None:
    twin = journey.copy()
    assert list(twin.entities()) == list(journey.entities())
    assert set(twin.graph.edges) == set(journey.graph.edges)
    first, last = journey.touchpoints()[0], journey.touchpoints()[-1]
    flow = journey.add(Flow(id=new_id(), source_id=last.id, target_id=first.id))
    journey.update(Touchpoint, first.id, title="Changed")
    assert twin.find(flow.id) is None and twin.get(Touchpoint, first.id).title != "Changed"
    assert not twin.graph.has_edge(last.id, first.id)
    twin.delete([last.id])
    assert journey.find(last.id) is not None and twin.find(last.id) is None
