"""Three-way merge of maps by id and field: both sides' work survives, disagreements are conflicts."""

from __future__ import annotations

import dataclasses

from hypothesis import given, settings
from hypothesis import strategies as st

from cxdesigner.domain import merge as m
from cxdesigner.domain.entities import Emotion, Stage, Touchpoint, new_id
from cxdesigner.domain.journey import JourneyMap
from cxdesigner.io import json_format, samples
from tests.conftest import small_map


def copy(journey: JourneyMap) -> JourneyMap:
    return json_format.loads(json_format.dumps(journey))


def tp(journey: JourneyMap, title: str) -> Touchpoint:
    return next(t for t in journey.touchpoints() if t.title == title)


def test_merging_a_map_with_itself_changes_nothing() -> None:
    journey = samples.build_template("sample")
    result = m.merge(journey, copy(journey), copy(journey))
    assert result.conflicts == []
    assert json_format.dumps(result.journey) == json_format.dumps(journey)


def test_different_fields_of_one_touchpoint_both_come_through() -> None:
    base = small_map()
    ours, theirs = copy(base), copy(base)
    site = tp(base, "Website")
    ours.update(Touchpoint, site.id, title="Online shop")
    theirs.update(Touchpoint, site.id, owner="Anna")
    result = m.merge(base, ours, theirs)
    assert result.conflicts == []
    merged = result.journey.get(Touchpoint, site.id)
    assert (merged.title, merged.owner) == ("Online shop", "Anna")


def test_one_field_changed_differently_is_a_conflict_that_keeps_ours() -> None:
    base = small_map()
    ours, theirs = copy(base), copy(base)
    site = tp(base, "Website")
    ours.update(Touchpoint, site.id, title="Online shop")
    theirs.update(Touchpoint, site.id, title="Web shop")
    result = m.merge(base, ours, theirs)
    (conflict,) = result.conflicts
    assert (conflict.kind, conflict.entity_id, conflict.field) == ("touchpoints", site.id, "title")
    assert (conflict.base, conflict.ours, conflict.theirs) == ("Website", "Online shop", "Web shop")
    assert result.journey.get(Touchpoint, site.id).title == "Online shop"


def test_deleted_on_one_side_and_changed_on_the_other_is_a_conflict() -> None:
    base = small_map()
    site = tp(base, "Website")
    ours, theirs = copy(base), copy(base)
    ours.delete([site.id])
    theirs.update(Touchpoint, site.id, title="Web shop")
    result = m.merge(base, ours, theirs)
    assert [(c.entity_id, c.reason) for c in result.conflicts] == [(site.id, m.DELETED_BY_US)]
    assert site.id not in result.journey
    assert result.conflicts[0].theirs.title == "Web shop"  # their version is not lost
    back = m.merge(base, theirs, ours)  # the other way round: ours changed it, so it stays
    assert [c.reason for c in back.conflicts] == [m.DELETED_BY_THEM]
    assert back.journey.get(Touchpoint, site.id).title == "Web shop"


def test_cards_inserted_on_both_sides_into_one_cell_all_survive() -> None:
    base = small_map()
    site = tp(base, "Website")
    ours, theirs = copy(base), copy(base)
    mine = ours.add(dataclasses.replace(site, id=new_id(), title="Mine", order=site.order + 0.5))
    yours = theirs.add(dataclasses.replace(site, id=new_id(), title="Yours", order=site.order + 0.5))
    stage = theirs.add(Stage(id=new_id(), title="After", order=100.0))
    result = m.merge(base, ours, theirs)
    assert result.conflicts == []
    cell = [t.title for t in result.journey.cell(site.stage_id, site.lane_id)]
    assert sorted(cell) == sorted(["Website", mine.title, yours.title])
    assert stage.id in result.journey


def test_a_stage_deleted_by_us_that_their_new_card_uses_is_kept() -> None:
    base = small_map()
    empty = base.stages()[-1]
    ours, theirs = copy(base), copy(base)
    ours.delete([empty.id])
    card = theirs.add(Touchpoint(id=new_id(), stage_id=empty.id, lane_id=base.lanes()[1].id, title="Referral"))
    result = m.merge(base, ours, theirs)
    assert card.id in result.journey and empty.id in result.journey
    assert [(c.entity_id, c.reason) for c in result.conflicts] == [(empty.id, m.KEPT_IN_USE)]


def test_one_emotion_set_on_both_sides_becomes_one_with_a_conflict() -> None:
    base = small_map()
    site, persona = tp(base, "Website"), base.personas()[0]
    ours, theirs = copy(base), copy(base)
    ours.add(Emotion(id=new_id(), touchpoint_id=site.id, persona_id=persona.id, designed=1))
    theirs.add(Emotion(id=new_id(), touchpoint_id=site.id, persona_id=persona.id, designed=-2))
    result = m.merge(base, ours, theirs)
    assert result.journey.emotion(site.id, persona.id).designed == 1
    assert [(c.field, c.ours, c.theirs) for c in result.conflicts] == [("designed", 1, -2)]


# ------------------------------------------------------------ random edits
EDITS = st.sampled_from(["retitle", "owner", "delete", "add", "move"])


def _apply(journey: JourneyMap, target: Touchpoint, edit: str, tag: str) -> None:
    if edit == "retitle":
        journey.update(Touchpoint, target.id, title=f"{target.title} ({tag})")
    elif edit == "owner":
        journey.update(Touchpoint, target.id, owner=tag)
    elif edit == "delete":
        journey.delete([target.id])
    elif edit == "move":
        journey.update(Touchpoint, target.id, order=target.order + 0.25)
    else:
        journey.add(dataclasses.replace(target, id=new_id(), title=tag, order=target.order + 0.5))


@settings(max_examples=40, deadline=None)
@given(data=st.data())
def test_random_edits_of_disjoint_entities_merge_to_the_union(data: st.DataObject) -> None:
    base = samples.build_template("sample")
    cards = sorted(base.touchpoints(), key=lambda t: t.id)
    picked = data.draw(st.permutations(cards))
    split = data.draw(st.integers(0, len(picked)))
    ours_cards = picked[:split][: data.draw(st.integers(0, 4))]
    theirs_cards = picked[split:][: data.draw(st.integers(0, 4))]
    ours, theirs = copy(base), copy(base)
    for side, mine in ((ours, ours_cards), (theirs, theirs_cards)):
        for card in mine:
            if card.id not in side:
                continue  # gone already with an earlier deletion on this side
            edit = data.draw(EDITS)
            tag = f"{'ours' if side is ours else 'theirs'}-{card.id[:4]}"
            _apply(side, side.get(Touchpoint, card.id), edit, tag)
    result = m.merge(base, ours, theirs)
    # the union: every entity as the side that touched it left it
    for side in (ours, theirs):
        for entity in side.entities():
            if entity != base.find(entity.id) and type(entity).__name__ != "MapInfo":
                assert result.journey.find(entity.id) == entity
        for entity in base.entities():
            if entity.id not in side:
                assert entity.id not in result.journey
    assert result.conflicts == []


@settings(max_examples=25, deadline=None)
@given(data=st.data())
def test_a_map_merged_with_itself_or_an_untouched_side_is_that_map(data: st.DataObject) -> None:
    base = samples.build_template("sample")
    edited = copy(base)
    for card in data.draw(st.lists(st.sampled_from(sorted(base.touchpoints(), key=lambda t: t.id)), max_size=6)):
        if card.id in edited:
            _apply(edited, edited.get(Touchpoint, card.id), data.draw(EDITS), "x")
    text = json_format.dumps(edited)
    for result in (m.merge(edited, edited, copy(edited)), m.merge(base, edited, base), m.merge(base, base, edited)):
        assert result.conflicts == []
        assert json_format.dumps(result.journey) == text
