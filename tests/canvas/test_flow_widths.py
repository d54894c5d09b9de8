"""View > Flow Widths by Customers: each flow as wide as the share of customers on it, and back."""

from __future__ import annotations

from cxdesigner.canvas.flow import FlowArrow
from cxdesigner.canvas.flow_widths import MIN, SPAN
from cxdesigner.canvas.grid import StageHeader
from cxdesigner.commands import AddEntities, SetFields
from cxdesigner.domain.entities import Flow, Touchpoint, new_id
from tests.canvas.conftest import Canvas


def _arrows(scene) -> dict[str, FlowArrow]:  # noqa: ANN001
    return {i.entity_id: i for i in scene.card_and_flow_items() if isinstance(i, FlowArrow)}


def test_flows_follow_the_share_of_customers_and_go_back(canvas: Canvas, qtbot) -> None:
    doc, scene, state = canvas.doc, canvas.scene, canvas.state
    model = doc.model
    a, b = model.touchpoints()[:2]
    side = Touchpoint(id=new_id(), stage_id=b.stage_id, lane_id=b.lane_id, title="Side")
    branch = Flow(id=new_id(), source_id=a.id, target_id=side.id, share=0.25)
    doc.push(AddEntities(model, [side, branch], "Branch"))
    main = model.flow_between(a.id, b.id)
    assert all(arrow.share_width is None for arrow in _arrows(scene).values())  # off: drawn as usual
    state.set_flow_widths(True)
    widths = {fid: arrow.share_width for fid, arrow in _arrows(scene).items()}
    assert widths[branch.id] == MIN + SPAN * 0.25 and widths[main.id] == MIN + SPAN * 0.75
    headers = {h.entity_id: h for h in scene.items() if isinstance(h, StageHeader)}
    assert headers[a.stage_id].reach_text() == "reach 100 %"
    assert {h.reach for h in headers.values()} <= {0.0, 0.25, 0.75, 1.0}
    doc.push(SetFields(model, model.get(Flow, branch.id), "Share", share=0.5))  # follows edits
    assert _arrows(scene)[main.id].share_width == MIN + SPAN * 0.5
    state.set_flow_widths(False)
    assert all(arrow.share_width is None for arrow in _arrows(scene).values())
    assert all(h.reach_text() == "" for h in headers.values())
