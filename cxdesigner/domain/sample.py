"""The bundled sample: the T-shirt shop of DOMAIN.md, fully worked, in English or Russian.

Eight stages with expectations, the standard lanes, sixteen touchpoints with channels and owners, the path
from the site to the bag with the card, a friend's branch and a walk-in branch that rejoin, a messenger
dead end, two personas with designed emotions, quality requirements (some failing), feedback, barriers,
improvements, the CX strategy checklist, an RFM analysis, its segments' contact policies and a business
case with a KPI (``sample_plans``). Ids are derived from the row keys (uuid5), so the sample is the same map
every time; ``earlier=True`` builds it as it was at the last re-mapping, half a year before, for the
snapshot: fewer touchpoints, barriers and feedback, two improvements not yet done, and a barrier (the slow
site) that is closed by now.
"""

from __future__ import annotations

import dataclasses
import random
import uuid
from datetime import date, timedelta

from cxdesigner.domain import rfm, sample_plans
from cxdesigner.domain import sample_data as data
from cxdesigner.domain.control_rounds import ControlRound, RoundValue
from cxdesigner.domain.entities import Emotion, Flow, Lane, LaneKind, MapInfo, Persona, Stage, Touchpoint
from cxdesigner.domain.feedback import FeedbackItem, FeedbackSource
from cxdesigner.domain.improvements import Barrier, Improvement, ImprovementBarrier, ImprovementStatus
from cxdesigner.domain.journey import JourneyMap
from cxdesigner.domain.personas import DEFAULT_EXPECTATIONS, Expectation, standard_stage
from cxdesigner.domain.quality import Comparison, QualityRequirement
from cxdesigner.domain.rfm import Customer
from cxdesigner.domain.sample_conditions import add_conditions
from cxdesigner.domain.sample_views import add_views
from cxdesigner.domain.segments import Segment, records
from cxdesigner.domain.standard import EIGHT_STAGES, EMOTION_LANE_HEIGHT, LANES, language_of
from cxdesigner.domain.strategy import StrategyScore

_NAMESPACE = uuid.UUID("6f1c2a52-8d0e-4f7b-9a51-3c1e0b7d2f44")
STAGE_WIDTH = 240.0


EXPECTATIONS_MET = {"student": 5, "worker": 7}  # one segment short of true loyalty, one kept


def entity_id(lang: str, kind: str, key: object) -> str:
    """The fixed id of one row of the sample."""
    return str(uuid.uuid5(_NAMESPACE, f"tshirt-shop/{lang}/{kind}/{key}"))


SAMPLE_LANE_HEIGHT = 96.0
"""The sample's lanes: one card high (its padding, a card, its padding), so the whole map's height fits a
laptop's screen at a readable zoom even in the projector theme; a lane with a stack of cards grows to it."""


def build(title: str = "", language: str = "en", earlier: bool = False) -> JourneyMap:
    """The T-shirt shop map; ``earlier`` gives the version of the last re-mapping, half a year before."""
    lang = language_of(language)
    en = lang == "en"
    journey = JourneyMap(
        MapInfo(
            id=entity_id(lang, "map", 0),
            title=title or data.TITLE[lang],
            description=data.DESCRIPTION[lang],
            language=lang,
        )
    )
    lanes: dict[LaneKind, str] = {}
    for i, (kind, name) in enumerate(LANES[lang]):  # a lane as low as one card: those with more grow to them
        height = EMOTION_LANE_HEIGHT if kind is LaneKind.EMOTIONS else SAMPLE_LANE_HEIGHT
        lanes[kind] = journey.add(
            Lane(id=entity_id(lang, "lane", i), title=name, order=float(i), kind=kind, height=height)
        ).id
    stages = [
        journey.add(Stage(id=entity_id(lang, "stage", i), title=n, order=float(i), expectation=e, width=STAGE_WIDTH)).id
        for i, (n, e) in enumerate(EIGHT_STAGES[lang])
    ]
    add_conditions(journey, lang, lanes, entity_id)
    skip = set(data.EARLIER["without"]) if earlier else set()
    tps: dict[str, str] = {}
    for n, (key, row) in enumerate(data.TOUCHPOINTS.items()):
        if key in skip:
            continue
        stage, lane, channel, moment, direct, physical, owner_en, owner_ru, title_en, title_ru = row
        tps[key] = journey.add(
            Touchpoint(
                id=entity_id(lang, "touchpoint", key),
                stage_id=stages[stage],
                lane_id=lanes[lane],
                title=title_en if en else title_ru,
                order=float(n),
                channel=channel,
                direct=direct,
                physical=physical,
                owner=owner_en if en else owner_ru,
                moment_of_truth=moment,
            )
        ).id
    for a, b in data.FLOWS:
        if a in tps and b in tps:
            journey.add(Flow(id=entity_id(lang, "flow", f"{a}>{b}"), source_id=tps[a], target_id=tps[b]))
    _people(journey, lang, tps, earlier)
    _quality(journey, lang, tps, earlier)
    _rounds(journey, lang, earlier)
    _barriers(journey, lang, tps, stages, earlier)
    if not earlier:
        _strategy(journey, lang)
        _customers(journey, lang)
        sample_plans.add_policies(journey, lang, entity_id)
        add_views(journey, lang, lanes, tps, entity_id)
        sample_plans.add_business_case(journey, lang, entity_id)
    return journey


CUSTOMERS = 600  # the invented customer base: seeded, no real people, no names
PERSONA_SEGMENTS = {"worker": "loyal", "student": "new"}  # as their segment notes say


def _customers(journey: JourneyMap, lang: str) -> None:
    """An RFM analysis of an invented base of the shop's customers, two segments linked to the personas."""
    rng = random.Random(2025)
    as_of = date(2025, 3, 31)
    base = {}
    for i in range(CUSTOMERS):
        regular = rng.random() < 0.35
        frequency = 1 + int(rng.expovariate(0.25 if regular else 1.2))
        days = int(rng.expovariate(1 / (40 if regular else 160)))
        spent = round(sum(rng.uniform(900, 2600) for _ in range(frequency)), 2)
        base[str(i)] = Customer(as_of - timedelta(days=min(days, 700)), frequency, spent)
    analysis = rfm.analyse(base, as_of)
    rows = records(
        analysis, "invented customers (seeded)", "", lang, lambda key: entity_id(lang, "rfm", key), "2025-04-01T09:00"
    )
    personas = {key: entity_id(lang, "persona", key) for key in PERSONA_SEGMENTS}
    linked = {seg: personas[p] for p, seg in PERSONA_SEGMENTS.items()}
    for row in rows:
        if isinstance(row, Segment) and row.key in linked:
            row = dataclasses.replace(row, persona_id=linked[row.key])
        journey.add(row)


def _people(journey: JourneyMap, lang: str, tps: dict[str, str], earlier: bool) -> None:
    then = data.EARLIER["emotions"] if earlier else {}
    for n, (key, (color, name_en, name_ru, seg_en, seg_ru)) in enumerate(data.PERSONAS.items()):
        en = lang == "en"
        pid = journey.add(
            Persona(
                id=entity_id(lang, "persona", key),
                name=name_en if en else name_ru,
                order=float(n),
                color=color,
                segment=seg_en if en else seg_ru,
            )
        ).id
        for i, text in enumerate(DEFAULT_EXPECTATIONS[lang]):
            met = i < EXPECTATIONS_MET.get(key, 0)
            eid = entity_id(lang, "expectation", f"{key}/{i}")
            stage = standard_stage(journey, text)
            journey.add(Expectation(id=eid, persona_id=pid, text=text, order=float(i), met=met, stage_id=stage))
        for tp_key, value in data.EMOTIONS[key].items():
            if tp_key in tps:
                designed = then.get((key, tp_key), value)  # type: ignore[call-overload]
                eid = entity_id(lang, "emotion", f"{key}/{tp_key}")
                journey.add(Emotion(id=eid, touchpoint_id=tps[tp_key], persona_id=pid, designed=designed))


def _quality(journey: JourneyMap, lang: str, tps: dict[str, str], earlier: bool) -> None:
    en = lang == "en"
    then: dict[str, str] = data.EARLIER["measured"] if earlier else {}  # type: ignore[assignment]
    for n, (key, row) in enumerate(data.REQUIREMENTS.items()):
        tp, comparison, target, unit_en, unit_ru, measured, checked, text_en, text_ru = row
        if tp not in tps:
            continue
        measured = then.get(key, measured)
        if en:  # the data writes a Russian decimal comma: 4,2 s is 4.2 s in English
            measured = measured.replace(",", ".")
        if comparison == "yes_no" and not en:
            target, measured = (_ru_yes_no(target), _ru_yes_no(measured))
        journey.add(
            QualityRequirement(
                id=entity_id(lang, "requirement", key),
                touchpoint_id=tps[tp],
                order=float(n),
                text=text_en if en else text_ru,
                comparison=Comparison(comparison),
                target=target,
                unit=unit_en if en else unit_ru,
                measured=measured,
                owner=journey.get(Touchpoint, tps[tp]).owner,
                checked_on=("2024-09-10" if earlier else checked) if measured else "",
            )
        )
    for key, (tp, source, score, low, high, persona, day, text_en, text_ru) in data.FEEDBACK.items():
        if tp not in tps or (earlier and day > data.EARLIER["taken_at"]):  # type: ignore[operator]
            continue
        journey.add(
            FeedbackItem(
                id=entity_id(lang, "feedback", key),
                touchpoint_id=tps[tp],
                source=FeedbackSource(source),
                score=score,
                scale_min=low,
                scale_max=high,
                text=text_en if en else text_ru,
                date=day,
                persona_id=entity_id(lang, "persona", persona) if persona else "",
            )
        )


def _rounds(journey: JourneyMap, lang: str, earlier: bool) -> None:
    """The control rounds behind the measured values: the autumn round, then (now) the spring ones, one per
    check date; each requirement's newest round holds its current value."""
    walkers = data.ROUND_WALKERS[lang]
    autumn = build(language=lang, earlier=True) if not earlier else journey
    walks = [("2024-09-10", walkers[0], {r.id: r.measured for r in autumn.all(QualityRequirement) if r.measured})]
    if not earlier:
        by_day: dict[str, dict[str, str]] = {}
        for req in journey.all(QualityRequirement):
            if req.measured:
                by_day.setdefault(req.checked_on, {})[req.id] = req.measured
        walks += [(day, walkers[1], values) for day, values in sorted(by_day.items())]
    for day, who, values in walks:
        record = journey.add(ControlRound(id=entity_id(lang, "round", day), walked_on=day, walked_by=who))
        for rid, measured in values.items():
            if rid in journey:
                journey.add(RoundValue(id=entity_id(lang, "round_value", f"{day}/{rid}"), round_id=record.id,
                                       requirement_id=rid, measured=measured))  # fmt: skip


def _ru_yes_no(text: str) -> str:
    return {"yes": "да", "no": "нет"}.get(text, text)


def _barriers(journey: JourneyMap, lang: str, tps: dict[str, str], stages: list[str], earlier: bool) -> None:
    en = lang == "en"
    known = set(data.EARLIER["barriers"]) if earlier else set(data.BARRIERS) - set(data.CLOSED)
    for n, (key, (tp, stage, share, text_en, text_ru)) in enumerate(data.BARRIERS.items()):
        if key not in known or (tp and tp not in tps):
            continue
        journey.add(
            Barrier(
                id=entity_id(lang, "barrier", key),
                touchpoint_id=tps[tp] if tp else "",
                stage_id=stages[stage] if stage >= 0 else "",
                order=float(n),
                description=text_en if en else text_ru,
                share_lost=share,
            )
        )
    then: dict[str, str] = data.EARLIER["improvements"] if earlier else {}  # type: ignore[assignment]
    for key, row in data.IMPROVEMENTS.items():
        status, effort, impact, due, barriers, owner_en, owner_ru, title_en, title_ru, effect_en, effect_ru = row
        if earlier and key not in then:
            continue
        status = then.get(key, status)
        iid = journey.add(
            Improvement(
                id=entity_id(lang, "improvement", key),
                title=title_en if en else title_ru,
                owner=owner_en if en else owner_ru,
                status=ImprovementStatus(status),
                effort=effort,
                impact=impact,
                due=due,
                effect=effect_en if en else effect_ru,
            )
        ).id
        for b in barriers:
            if b not in known:  # closed since, or not known yet
                continue
            bid = entity_id(lang, "barrier", b)
            journey.add(
                ImprovementBarrier(id=entity_id(lang, "link", f"{key}/{b}"), improvement_id=iid, barrier_id=bid)
            )


def _strategy(journey: JourneyMap, lang: str) -> None:
    for key, (score, notes_en, notes_ru) in data.STRATEGY.items():
        notes = notes_en if lang == "en" else notes_ru
        journey.add(StrategyScore(id=entity_id(lang, "strategy", key), key=key, score=score, notes=notes))
