"""compare() beyond the structure, on a map worked out by hand: measured emotions per persona, feedback,
measured values, improvements, barriers closed; the thresholds keep small moves out."""

from __future__ import annotations

from cxdesigner.domain.entities import MapInfo, Persona
from cxdesigner.domain.feedback import FeedbackItem, FeedbackSource
from cxdesigner.domain.improvements import Barrier, Improvement, ImprovementStatus
from cxdesigner.domain.journey import JourneyMap
from cxdesigner.domain.quality import Comparison, QualityRequirement, Status
from cxdesigner.domain.revisions import (
    ImprovementChange,
    MeasuredChange,
    RequirementChange,
    Thresholds,
    ValueChange,
    compare,
)


def _copy(journey: JourneyMap) -> JourneyMap:
    copy = JourneyMap(journey.info)
    copy.load(e for e in journey.entities() if not isinstance(e, MapInfo))
    return copy


def test_a_complaint_a_faster_answer_a_done_improvement_and_a_closed_barrier(journey: JourneyMap) -> None:
    tps = {t.title: t for t in journey.touchpoints()}
    site, seller = tps["Website"], tps["Seller"]
    p = journey.add(Persona(id="p", name="Maša", color="#1864ab"))
    # Website: one 5 of 1..5 (+2.0) for the persona. Seller: 4 and 5 (+1.0, +2.0: mean +1.5) for everyone.
    journey.add(FeedbackItem(id="f1", touchpoint_id=site.id, score=5, persona_id=p.id))
    journey.add(FeedbackItem(id="f2", touchpoint_id=seller.id, score=4))
    journey.add(FeedbackItem(id="f3", touchpoint_id=seller.id, score=5))
    answer = QualityRequirement(
        id="r", touchpoint_id=site.id, comparison=Comparison.AT_MOST, target="180", unit="min", measured="240"
    )
    journey.add(answer)
    journey.add(QualityRequirement(id="r2", touchpoint_id=seller.id, target="10", measured="100"))
    barrier = journey.add(Barrier(id="b", touchpoint_id=site.id, description="slow answers"))
    journey.add(Improvement(id="i", title="Answer within the hour", status=ImprovementStatus.IN_PROGRESS))
    old = _copy(journey)

    # A complaint at 1 (−2.0) at the website: the persona's mean falls from +2.0 to 0.0.
    journey.add(FeedbackItem(id="f4", touchpoint_id=site.id, source=FeedbackSource.COMPLAINT, score=1, persona_id=p.id))
    journey.add(FeedbackItem(id="f5", touchpoint_id=seller.id, score=4))  # seller: +1.5 -> +1.33, under 0.5
    journey.update(QualityRequirement, "r", measured="120", checked_on="2026-06-01")  # 240 -> 120: now met
    journey.update(QualityRequirement, "r2", measured="105")  # 5 %: not worth saying
    journey.update(Improvement, "i", status=ImprovementStatus.DONE)
    journey.delete([barrier.id])

    result = compare(old, journey)
    assert result.measured == (
        MeasuredChange(site.id, "", 2.0, 0.0),  # everyone's, which is the persona's here
        MeasuredChange(site.id, p.id, 2.0, 0.0),
    )
    assert result.feedback_added == ("f4", "f5") and result.feedback_removed == ()
    assert result.values == (ValueChange("r", site.id, "240", "120"),)
    assert result.requirements == (RequirementChange("r", site.id, Status.NOT_MET, Status.MET),)
    assert result.improvements == (ImprovementChange("i", ImprovementStatus.IN_PROGRESS, ImprovementStatus.DONE),)
    assert result.removed_barriers == ("b",) and result.new_barriers == ()
    fell, lost = result.worse()
    rose, met, done = result.better()
    assert fell == list(result.measured) and not lost and not rose
    assert [r.requirement_id for r in met] == ["r"] and [i.improvement_id for i in done] == ["i"]
    assert site.id in result.changed_ids()

    # Thresholds decide: at 0.1 points and 1 % the seller's small moves are news too.
    fine = compare(old, journey, Thresholds(emotion=0.1, value_share=0.01))
    assert MeasuredChange(seller.id, "", 1.5, 4 / 3) in fine.measured
    assert ValueChange("r2", seller.id, "100", "105") in fine.values


def test_feedback_removed_and_a_measured_emotion_that_disappears(journey: JourneyMap) -> None:
    tp = journey.touchpoints()[0]
    journey.add(FeedbackItem(id="f", touchpoint_id=tp.id, score=2))
    old = _copy(journey)
    journey.delete(["f"])
    result = compare(old, journey)
    assert result.feedback_removed == ("f",) and result.measured == (MeasuredChange(tp.id, "", -1.0, None),)
    assert not result.empty
