"""GraphML export through networkx: touchpoints as nodes, flows as edges, for graph tools (yEd, Gephi).

Node ids and edge ids are the entity ids. Every field of a touchpoint or flow becomes an attribute
(enums as their values, booleans as GraphML booleans); a node also carries its stage's and lane's title
and order, and one ``emotion: <persona>`` attribute (−2..+2) per persona that has an emotion there. GraphML
cannot hold a missing value, so an empty optional field (a flow without a share) is left out of that
element instead of being written as ``None``. XML 1.0 cannot hold most control characters; they are dropped
(``io.xml_text``, the rule the SVG shares).
"""

from __future__ import annotations

import enum
import io
from typing import Any

import networkx as nx

from cxdesigner.domain.entities import Flow, Persona, Touchpoint
from cxdesigner.domain.journey import JourneyMap
from cxdesigner.io.xml_text import fit_for_xml
from cxdesigner.storage.codec import to_row


def _clean(value: Any) -> Any:
    if isinstance(value, enum.Enum):
        value = value.value
    return fit_for_xml(value) if isinstance(value, str) else value


def _attributes(entity: Any, skip: tuple[str, ...]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name, stored in to_row(entity).items():
        if name not in skip and stored is not None:
            out[name] = _clean(getattr(entity, name))
    return out


def to_graph(journey: JourneyMap) -> nx.MultiDiGraph:
    """The flow graph with plain attribute values GraphML can hold."""
    stages = {s.id: s for s in journey.stages()}
    lanes = {lane.id: lane for lane in journey.lanes()}
    personas = _emotion_keys(journey)
    graph = nx.MultiDiGraph(title=_clean(journey.info.title), description=_clean(journey.info.description))
    for tp in sorted(journey.all(Touchpoint), key=lambda t: t.id):
        attrs = _attributes(tp, ("id",))
        stage, lane = stages[tp.stage_id], lanes[tp.lane_id]
        attrs.update(stage=_clean(stage.title), stage_order=stage.order, lane=_clean(lane.title), lane_order=lane.order)
        for persona, key in personas:
            emotion = journey.emotion(tp.id, persona.id)
            if emotion is not None:
                attrs[key] = emotion.designed
        graph.add_node(tp.id, **attrs)
    for flow in sorted(journey.all(Flow), key=lambda f: f.id):
        graph.add_edge(
            flow.source_id, flow.target_id, key=flow.id, **_attributes(flow, ("id", "source_id", "target_id"))
        )
    return graph


def _emotion_keys(journey: JourneyMap) -> list[tuple[Persona, str]]:
    """Each persona with its attribute name, ``emotion: <name>``, told apart by its id when names repeat."""
    out: list[tuple[Persona, str]] = []
    used: set[str] = set()
    for persona in journey.personas():
        key = f"emotion: {_clean(persona.name)}"
        if key in used:
            key = f"{key} ({persona.id})"
        used.add(key)
        out.append((persona, key))
    return out


def dumps(journey: JourneyMap) -> bytes:
    """The GraphML document (UTF-8 XML) of the map's flow graph."""
    out = io.BytesIO()
    nx.write_graphml(to_graph(journey), out, encoding="utf-8", prettyprint=True, named_key_ids=False)
    return out.getvalue()
