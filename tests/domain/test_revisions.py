"""compare(old, new): touchpoints added, removed and changed, emotion changes, new barriers."""

from __future__ import annotations

from cxdesigner.domain.entities import Emotion, MapInfo, Touchpoint, new_id
from cxdesigner.domain.improvements import Barrier
from cxdesigner.domain.journey import JourneyMap
from cxdesigner.domain.quality import Comparison, QualityRequirement, Status
from cxdesigner.domain.revisions import EmotionChange, RequirementChange, TouchpointChange, compare


def _copy(journey: JourneyMap) -> JourneyMap:
    copy = JourneyMap(journey.info)
    copy.load(e for e in journey.entities() if not isinstance(e, MapInfo))
    return copy


def test_identical_maps_compare_empty(journey: JourneyMap) -> None:
    result = compare(_copy(journey), journey)
    assert result.empty and result.changed_ids() == set()


def test_every_kind_of_change_is_listed(journey: JourneyMap) -> None:
    persona = journey.personas()[0]
    tps = {t.title: t for t in journey.touchpoints()}
    advert, site, seller, bag = tps["Advert"], tps["Website"], tps["Seller"], tps["Bag"]
    old_barrier = journey.add(Barrier(id=new_id(), touchpoint_id=site.id, description="slow"))
    journey.add(Emotion(id=new_id(), touchpoint_id=site.id, persona_id=persona.id, designed=1))
    gone_emotion = journey.add(Emotion(id=new_id(), touchpoint_id=bag.id, persona_id=persona.id, designed=2))
    fixed = journey.add(QualityRequirement(id="r1", touchpoint_id=bag.id, comparison=Comparison.AT_MOST, target="5"))
    same = journey.add(QualityRequirement(id="r2", touchpoint_id=bag.id, target="5", measured="6"))
    old = _copy(journey)

    journey.update(Touchpoint, site.id, title="Web shop", owner="Olga")
    journey.update(Touchpoint, seller.id, stage_id=journey.stages()[5].id)
    journey.delete([advert.id, old_barrier.id, gone_emotion.id])
    fresh = journey.add(Touchpoint(id=new_id(), stage_id=seller.stage_id, lane_id=seller.lane_id, title="Card"))
    journey.update(Emotion, journey.emotion(site.id, persona.id).id, designed=-1)
    journey.add(Emotion(id=new_id(), touchpoint_id=seller.id, persona_id=persona.id, designed=0))
    new_barrier = journey.add(Barrier(id=new_id(), stage_id=journey.stages()[0].id, description="no parking"))
    journey.update(QualityRequirement, fixed.id, measured="7")  # not checked -> not met
    journey.update(QualityRequirement, same.id, measured="9", checked_on="2025-09-01")  # still met
    journey.add(QualityRequirement(id="r3", touchpoint_id=site.id, target="1", measured="1"))

    result = compare(old, journey)
    assert result.added == (fresh.id,) and result.removed == (advert.id,)
    assert result.changed == (
        TouchpointChange(site.id, ("title", "owner")),
        TouchpointChange(seller.id, ("stage_id",)),
    )
    assert set(result.emotions) == {
        EmotionChange(site.id, persona.id, 1, -1),
        EmotionChange(bag.id, persona.id, 2, None),
        EmotionChange(seller.id, persona.id, None, 0),
    }
    assert result.requirements == (
        RequirementChange("r3", site.id, None, Status.MET),
        RequirementChange("r1", bag.id, Status.NOT_CHECKED, Status.NOT_MET),
    )
    assert result.new_barriers == (new_barrier.id,) and result.removed_barriers == (old_barrier.id,)
    assert result.changed_ids() == {fresh.id, site.id, seller.id, bag.id, new_barrier.id}
    assert not result.empty
