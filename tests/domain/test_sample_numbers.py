"""The sample writes its measured numbers as its language does: 4.2 s in English, 4,2 с in Russian, in the
requirements and in the control rounds behind them."""

from __future__ import annotations

from cxdesigner.domain.control_rounds import RoundValue
from cxdesigner.domain.quality import QualityRequirement
from cxdesigner.domain.sample import build


def _measured(language: str) -> dict[str, set[str]]:
    journey = build(language=language)
    reqs = {r.text: r.measured for r in journey.all(QualityRequirement)}
    rounds = {v.measured for v in journey.all(RoundValue)}
    return {"fast": {m for t, m in reqs.items() if "3" in t and ("seconds" in t or "секунд" in t)}, "rounds": rounds}


def test_english_has_decimal_points_and_russian_decimal_commas() -> None:
    en, ru = _measured("en"), _measured("ru")
    assert en["fast"] == {"4.2"} and ru["fast"] == {"4,2"}
    assert {"4.2", "6.8"} <= en["rounds"] and not any("," in m for m in en["rounds"])
    assert {"4,2", "6,8"} <= ru["rounds"]
