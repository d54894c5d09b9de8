"""The model's boundary for plain values: what can be stored and drawn passes unchanged, nothing else gets in."""

from __future__ import annotations

import math

import pytest

from cxdesigner.domain.entities import Channel, Flow, Lane, MapInfo, Persona, Stage, Touchpoint, new_id
from cxdesigner.domain.journey import JourneyMap, ModelError
from cxdesigner.domain.storable import MAX_TEXT


@pytest.mark.parametrize(
    "text",
    [
        "<b>bold</b> &amp; <script>x</script> ]]>",
        "tab\tnew\nline\x00nul\x07bell",
        "שלום مرحبا",
        "😀👩‍👩‍👧 𝔘",
        "x" * 10_000,
    ],
)
def test_any_storable_text_passes_unchanged(journey: JourneyMap, text: str) -> None:
    tp = journey.touchpoints()[0]
    assert journey.update(Touchpoint, tp.id, title=text, notes=text).title == text


@pytest.mark.parametrize("text", ["lone \ud800 surrogate", "\udfff", "a" * (MAX_TEXT + 1)])
def test_unstorable_text_is_refused_and_nothing_changes(journey: JourneyMap, text: str) -> None:
    tp = journey.touchpoints()[0]
    with pytest.raises(ModelError) as info:
        journey.update(Touchpoint, tp.id, owner=text)
    assert "\n" not in str(info.value) and "owner" in str(info.value)
    assert journey.get(Touchpoint, tp.id) == tp
    with pytest.raises(ModelError):
        journey.add(Persona(id=new_id(), name=text))
    with pytest.raises(ModelError):
        JourneyMap(MapInfo(id=new_id(), title=text))


@pytest.mark.parametrize("number", [math.inf, -math.inf, math.nan, 1e300])
def test_numbers_must_be_finite_and_sane(journey: JourneyMap, number: float) -> None:
    with pytest.raises(ModelError):
        journey.add(Stage(id=new_id(), title="s", order=number))
    flow = journey.flows()[0]
    with pytest.raises(ModelError):
        journey.put(Flow(id=flow.id, source_id=flow.source_id, target_id=flow.target_id, share=number))


@pytest.mark.parametrize("colour", ["red", "#12345", "#1234567", "url(javascript:x)", "#GGGGGG"])
def test_colours_are_rrggbb_or_empty(journey: JourneyMap, colour: str) -> None:
    tp = journey.touchpoints()[0]
    with pytest.raises(ModelError):
        journey.update(Touchpoint, tp.id, color=colour)
    assert journey.update(Touchpoint, tp.id, color="#A1b2C3").color == "#A1b2C3"
    assert journey.update(Touchpoint, tp.id, color="").color == ""


@pytest.mark.parametrize(
    ("field", "value"),
    [("channel", "<script>"), ("evidence", 3), ("direct", "yes"), ("direct", 2), ("order", "1"), ("title", 5),
     ("order", True), ("title", None)],
)  # fmt: skip
def test_values_must_have_their_fields_type(journey: JourneyMap, field: str, value: object) -> None:
    """A value the file cannot read back by the field's declaration would make the project unopenable."""
    tp = journey.touchpoints()[0]
    with pytest.raises(ModelError) as info:
        journey.update(Touchpoint, tp.id, **{field: value})
    assert info.value.field == field
    assert journey.get(Touchpoint, tp.id) == tp


def test_an_enumeration_value_given_as_text_is_accepted(journey: JourneyMap) -> None:
    tp = journey.touchpoints()[0]
    assert journey.update(Touchpoint, tp.id, channel="website").channel == Channel.WEBSITE
    lane = journey.lanes()[0]
    with pytest.raises(ModelError):
        journey.update(Lane, lane.id, kind="<script>alert(1)</script>")
