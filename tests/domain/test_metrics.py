"""NPS and CSAT from answers kept on their own scales, worked by hand."""

from __future__ import annotations

import pytest

from cxdesigner.domain.feedback import FeedbackItem
from cxdesigner.domain.metrics import by_stage, by_touchpoint, metrics


def _nps(n: int, score: float, tp: str = "t") -> FeedbackItem:
    return FeedbackItem(id=f"n{n}", touchpoint_id=tp, score=score, scale_min=0, scale_max=10)


def _csat(n: int, score: float, tp: str = "t") -> FeedbackItem:
    return FeedbackItem(id=f"c{n}", touchpoint_id=tp, score=score)


def test_nps_is_promoters_minus_detractors_and_a_nine_stays_a_nine() -> None:
    # 9, 10 promoters; 7, 8 passives; 3 detractor: (2 - 1) / 5 = +20
    answers = [_nps(i, s) for i, s in enumerate((9, 10, 7, 8, 3))]
    m = metrics(answers)
    assert m.nps == pytest.approx(20.0) and m.nps_answers == 5 and m.csat is None
    assert answers[0].score == 9  # kept as given, not squeezed to +1.6
    assert m.emotion == pytest.approx(sum(-2 + s * 0.4 for s in (9, 10, 7, 8, 3)) / 5)


def test_csat_is_the_share_of_fours_and_fives() -> None:
    m = metrics([_csat(i, s) for i, s in enumerate((5, 4, 3, 1))])
    assert m.csat == pytest.approx(0.5) and m.csat_answers == 4 and m.nps is None


def test_per_touchpoint_and_per_stage(journey) -> None:  # noqa: ANN001
    site, seller = [t for t in journey.touchpoints() if t.title in ("Website", "Seller")]
    journey.add(_nps(1, 10, site.id))
    journey.add(_nps(2, 0, seller.id))
    journey.add(_csat(3, 5, seller.id))
    tps = by_touchpoint(journey)
    assert tps[site.id].nps == 100.0 and tps[seller.id].nps == -100.0 and tps[seller.id].csat == 1.0
    stages = by_stage(journey)
    if site.stage_id == seller.stage_id:
        assert stages[site.stage_id].nps == 0.0
    else:
        assert stages[site.stage_id].nps == 100.0 and stages[seller.stage_id].csat == 1.0
