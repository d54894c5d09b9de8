"""The referrer index keeps the same content as a dict of sets, small entries as tuples in adding order."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from cxdesigner.domain import referrer_index
from cxdesigner.domain.entities import Flow, Lane, Stage, Touchpoint
from cxdesigner.domain.journey import JourneyMap

STEPS = st.lists(st.tuples(st.booleans(), st.sampled_from("ab"), st.integers(0, 40).map(str)), max_size=300)


@given(STEPS)
def test_same_content_as_a_dict_of_sets(steps: list[tuple[bool, str, str]]) -> None:
    index: referrer_index.Index = {}
    plain: dict[str, set[str]] = {}
    for adding, target, referrer in steps:
        if adding:
            referrer_index.add(index, target, referrer)
            plain.setdefault(target, set()).add(referrer)
        else:
            referrer_index.discard(index, target, referrer)
            plain.get(target, set()).discard(referrer)
    assert {k: set(v) for k, v in index.items()} == {k: v for k, v in plain.items() if v}
    assert all(len(set(v)) == len(v) for v in index.values())


def test_a_few_referrers_are_a_tuple_in_order_many_a_set() -> None:
    index: referrer_index.Index = {}
    for i in range(referrer_index.SMALL):
        referrer_index.add(index, "t", f"r{i}")
    referrer_index.add(index, "t", "r0")
    assert index["t"] == tuple(f"r{i}" for i in range(referrer_index.SMALL))
    referrer_index.add(index, "t", "more")
    assert index["t"] == {*(f"r{i}" for i in range(referrer_index.SMALL)), "more"}


def test_copied_sets_are_its_own() -> None:
    index: referrer_index.Index = {"few": ("a",), "many": {"a", "b"}}
    twin = referrer_index.copied(index)
    referrer_index.add(twin, "many", "c")
    referrer_index.discard(twin, "few", "a")
    assert index == {"few": ("a",), "many": {"a", "b"}}


def test_the_map_finds_and_deletes_referrers_of_small_and_large_entries() -> None:
    model = JourneyMap()
    model.load([Stage(id="s", title="S"), Lane(id="l", title="L")])
    cards = [Touchpoint(id=f"t{i}", stage_id="s", lane_id="l", title=f"T{i}", order=float(i)) for i in range(40)]
    model.load(cards)
    model.load([Flow(id="f", source_id="t0", target_id="t1")])
    assert {e.id for e in model.referrers("t0")} == {"f"}
    assert len(model.referrers("l")) == 40
    model.delete(["t1"])
    assert model.referrers("t0") == []
    removal = model.delete(["l"])
    assert model.all(Touchpoint) == [] and model.referrers("s") == []
    model.restore(removal)
    assert len(model.referrers("s")) == 39 and model.referrers("t0") == []
