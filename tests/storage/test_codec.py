"""Decoding rows: the fast path for well-typed values gives the same entities, and every odd value is refused."""

from __future__ import annotations

import math

import pytest

from cxdesigner.domain.entities import Channel, Evidence, Flow, Touchpoint
from cxdesigner.domain.kinds import KIND_OF
from cxdesigner.domain.quality import Comparison, QualityRequirement
from cxdesigner.storage.codec import RowError, field_names, from_row, from_values, to_row

CARD = Touchpoint(
    id="t1", stage_id="s", lane_id="l", title="Ёлка <b>", order=2.5, channel=Channel.PHONE,
    direct=False, physical=True, moment_of_truth=True, evidence=Evidence.MEASURED, color="#aabbcc",
)  # fmt: skip


def test_a_row_decodes_to_the_entity_it_came_from() -> None:
    for entity in (
        CARD,
        Flow(id="f", source_id="a", target_id="b", share=None),
        Flow(id="f", source_id="a", target_id="b", share=0.25),
        QualityRequirement(id="q", touchpoint_id="t1", comparison=Comparison.YES_NO, target="yes"),
    ):
        kind = KIND_OF[type(entity)]
        row = to_row(entity)
        assert from_row(kind, row) == entity
        decoded = from_values(kind, [row[n] for n in field_names(type(entity))])
        assert decoded == entity
        assert [type(getattr(decoded, n)) for n in field_names(type(entity))] == [
            type(getattr(entity, n)) for n in field_names(type(entity))
        ]


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("title", 7, "touchpoints.title: not text"),
        ("title", b"bytes", "touchpoints.title: not text"),
        ("title", None, "touchpoints.title: empty"),
        ("order", math.nan, "touchpoints.order: not a number"),
        ("order", "1.5", "touchpoints.order: not a number"),
        ("direct", 2, "touchpoints.direct: not a yes/no value"),
        ("direct", 1.0, "touchpoints.direct: not a yes/no value"),
        ("channel", "fax", "touchpoints.channel: 'fax' is not one of"),
        ("channel", 3, "touchpoints.channel: 3 is not one of"),
    ],
)
def test_odd_values_are_refused_with_the_field_named(field: str, value: object, message: str) -> None:
    row = to_row(CARD)
    row[field] = value
    with pytest.raises(RowError, match="^" + message.replace("(", r"\(")):
        from_row(KIND_OF[Touchpoint], row)


def test_an_integer_where_a_number_is_stored_becomes_a_float() -> None:
    row = to_row(CARD)
    row["order"] = 3
    order = from_row(KIND_OF[Touchpoint], row).order
    assert order == 3.0 and type(order) is float


def test_a_short_row_is_refused() -> None:
    with pytest.raises(ValueError):
        from_values(KIND_OF[Touchpoint], ["t1", "s"])


def test_a_loaded_map_keeps_one_string_per_id(tmp_path) -> None:
    """Every row that refers to a touchpoint holds the touchpoint's own id string, not a copy per row (about
    2.4 MB of a 3,000-card map's peak memory)."""
    from cxdesigner.domain.entities import Emotion, Touchpoint
    from cxdesigner.storage.store import ProjectStore
    from tests.bench.generate import synthetic_map

    path = tmp_path / "m.cxd"
    ProjectStore.create(path, synthetic_map(100)).close()
    store, journey = ProjectStore.open_file(path, read_only=True)
    store.close()
    emotions = journey.all(Emotion)
    assert emotions
    for emotion in emotions:
        assert emotion.touchpoint_id is journey.get(Touchpoint, emotion.touchpoint_id).id


def test_a_loaded_map_keeps_one_string_per_repeated_text(tmp_path) -> None:
    """Requirements and cards with the same owner or text hold one string for it, with the values read."""
    from cxdesigner.domain.quality import QualityRequirement
    from cxdesigner.storage.codec import decode_table
    from cxdesigner.storage.store import ProjectStore
    from tests.bench.generate import synthetic_map

    made = synthetic_map(100)
    path = tmp_path / "m.cxd"
    ProjectStore.create(path, made).close()
    store, journey = ProjectStore.open_file(path, read_only=True)
    store.close()
    requirements = journey.all(QualityRequirement)
    assert requirements == made.all(QualityRequirement)
    for field in ("text", "indicator", "owner"):
        values = [getattr(r, field) for r in requirements]
        assert len({id(v) for v in values}) == len(set(values)) < len(values)
    labels = ["".join(["a", "b" * 20]), "".join(["a", "b" * 20]), "c"]  # two equal strings, two objects
    flows = [Flow(id=f"f{i}", source_id="s", target_id="t", label=label) for i, label in enumerate(labels)]
    decoded = decode_table(KIND_OF[Flow], [tuple(to_row(f).values()) for f in flows])
    assert decoded == flows and decoded[0].label is decoded[1].label
