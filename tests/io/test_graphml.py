"""GraphML export: a valid document networkx reads back, with every attribute and no None anywhere."""

from __future__ import annotations

import io

import networkx as nx

from cxdesigner.domain.entities import Emotion, Flow, Persona, Touchpoint, new_id
from cxdesigner.domain.journey import JourneyMap
from cxdesigner.io import graphml
from tests.io.generated import generated_map


def _read(data: bytes) -> nx.MultiDiGraph:
    return nx.read_graphml(io.BytesIO(data), force_multigraph=True)


def test_nodes_edges_and_attributes_read_back(journey: JourneyMap) -> None:
    tps = {t.title: t for t in journey.touchpoints()}
    persona = journey.personas()[0]
    journey.add(Emotion(id=new_id(), touchpoint_id=tps["Seller"].id, persona_id=persona.id, designed=-2))
    flow = journey.flow_between(tps["Advert"].id, tps["Website"].id)
    journey.update(Flow, flow.id, share=0.25, label="clicks <b>&</b>")
    journey.update(Touchpoint, tps["Bag"].id, title='Bag\x01 with a "print"', moment_of_truth=True)
    data = graphml.dumps(journey)
    assert b"None" not in data
    graph = _read(data)
    assert graph.number_of_nodes() == 4 and graph.number_of_edges() == 3
    seller = graph.nodes[tps["Seller"].id]
    assert seller["title"] == "Seller" and seller["channel"] == "staff" and seller["stage"] == "Choice"
    assert seller["emotion: Student"] == -2 and seller["direct"] is True and seller["order"] == 0.0
    assert graph.nodes[tps["Bag"].id]["title"] == 'Bag with a "print"' and graph.nodes[tps["Bag"].id]["moment_of_truth"]
    edges = {k: d for _, _, k, d in graph.edges(keys=True, data=True)}
    assert edges[flow.id] == {"label": "clicks <b>&</b>", "share": 0.25}
    assert all("share" not in d for k, d in edges.items() if k != flow.id)
    assert graph.graph["title"] == "Shop"


def test_repeated_persona_names_get_separate_attributes(journey: JourneyMap) -> None:
    tp = journey.touchpoints()[0]
    first = journey.personas()[0]
    twin = journey.add(Persona(id=new_id(), name=first.name, order=5.0))
    journey.add(Emotion(id=new_id(), touchpoint_id=tp.id, persona_id=first.id, designed=1))
    journey.add(Emotion(id=new_id(), touchpoint_id=tp.id, persona_id=twin.id, designed=-1))
    node = _read(graphml.dumps(journey)).nodes[tp.id]
    assert node["emotion: Student"] == 1 and node[f"emotion: Student ({twin.id})"] == -1


def test_large_map_is_valid_graphml() -> None:
    journey = generated_map(500)
    graph = _read(graphml.dumps(journey))
    assert graph.number_of_nodes() == 500 and graph.number_of_edges() == journey.count(Flow)
