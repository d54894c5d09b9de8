"""``load_table`` takes a table only when ``load`` would take every entity of it, and then to the same map."""

from __future__ import annotations

import dataclasses
import math
from typing import Any

import pytest

from cxdesigner.domain.entities import Channel, Emotion, Flow, Lane, MapInfo, Persona, Stage, Touchpoint
from cxdesigner.domain.journey import JourneyMap, ModelError
from cxdesigner.domain.storable import MAX_TEXT

INFO = MapInfo(id="m")
PARENTS = [Stage(id="s", title="Stage"), Lane(id="l", title="Lane"), Persona(id="p", name="P")]
CARDS = [Touchpoint(id=f"t{i}", stage_id="s", lane_id="l", title=f"Карточка {i}", order=float(i)) for i in range(4)]
STATE = ("_items", "_referrers", "_owner_cls", "_cells", "_flow_keys", "_emotion_keys", "_unique")


def _state(model: JourneyMap) -> dict[str, Any]:
    return {n: [(k, sorted(v) if isinstance(v, set) else v) for k, v in getattr(model, n).items()] for n in STATE}


def _both(table: list[Any]) -> tuple[Any, Any]:
    """(load_table's answer, the map after it) and what ``load`` made of the same table (a map or its error)."""
    bulk, rows = JourneyMap(INFO), JourneyMap(INFO)
    for model in (bulk, rows):
        model.load(PARENTS + (CARDS if type(table[0]) is not Touchpoint else []))
    taken = bulk.load_table(type(table[0]), table)
    try:
        rows.load(table)
    except ModelError as exc:
        return (taken, _state(bulk)), str(exc)
    return (taken, _state(bulk)), _state(rows)


def _card(**changes: Any) -> Touchpoint:
    return dataclasses.replace(CARDS[1], **changes)


@pytest.mark.parametrize(
    "odd",
    [
        _card(title="lone \ud800 surrogate"),
        _card(notes="paired \ud83d\ude00 surrogates"),
        _card(title="a" * (MAX_TEXT + 1)),
        _card(color="#12345"),
        _card(order=math.nan),
        _card(order=math.inf),
        _card(order=2),  # an int in a float field: the table is left to ``load``, which takes it
        _card(channel="phone"),  # an enumeration's value as text: the same
        _card(channel="fax"),
        _card(stage_id="gone"),
        _card(id=""),
        _card(id="t0"),
        _card(title=None),
    ],
)
def test_a_table_with_one_odd_card_is_left_to_load(odd: Touchpoint) -> None:
    model = _loaded_parents()
    before = _state(model)
    assert not model.load_table(Touchpoint, [CARDS[0], odd, CARDS[2]])
    assert _state(model) == before  # nothing changed


def _loaded_parents() -> JourneyMap:
    model = JourneyMap(INFO)
    model.load(PARENTS)
    return model


@pytest.mark.parametrize(
    "table",
    [
        CARDS,
        [_card(title="Ёлка 😀 שלום", color="#a1b2c3", channel=Channel.PHONE)],
        [Flow(id="f1", source_id="t0", target_id="t1"), Flow(id="f2", source_id="t1", target_id="t2", share=0.5)],
        [Emotion(id="e1", touchpoint_id="t0", persona_id="p", designed=2)],
    ],
)
def test_a_sound_table_is_taken_to_the_same_map_as_load_makes(table: list[Any]) -> None:
    (taken, state), by_rows = _both(table)
    assert taken and state == by_rows


@pytest.mark.parametrize(
    "table",
    [
        [Flow(id="f1", source_id="t0", target_id="t1"), Flow(id="f2", source_id="t0", target_id="t1")],
        [Flow(id="f1", source_id="t0", target_id="t0")],
        [Flow(id="f1", source_id="t0", target_id="t1", share=1.5)],
        [Emotion(id="e1", touchpoint_id="t0", persona_id="p"), Emotion(id="e2", touchpoint_id="t0", persona_id="p")],
        [Emotion(id="e1", touchpoint_id="t0", persona_id="p", designed=3)],
        [Emotion(id="e1", touchpoint_id="t0", persona_id="nobody")],
    ],
)
def test_a_broken_table_is_refused_by_both(table: list[Any]) -> None:
    (taken, _state_after), by_rows = _both(table)
    assert not taken and isinstance(by_rows, str)
