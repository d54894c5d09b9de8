"""The report's page for management: the CX strategy checklist's scores, each persona's true-loyalty
verdict (6 of 9 expectations), and what changed since the last mapping (the newest snapshot), as new,
fixed and worse, with the new barriers named. The comparison is ``domain.revisions.compare``, the one
the Revisions panel shows.
"""

from __future__ import annotations

from reportlab.platypus import Flowable, Paragraph

from cxdesigner.domain import kpis
from cxdesigner.domain import style as s
from cxdesigner.domain.entities import Persona
from cxdesigner.domain.improvements import Barrier
from cxdesigner.domain.journey import JourneyMap
from cxdesigner.domain.numbers import number
from cxdesigner.domain.personas import expectations_of, loyalty
from cxdesigner.domain.phrases import quoted
from cxdesigner.domain.quality import QualityRequirement
from cxdesigner.domain.revisions import Comparison, compare
from cxdesigner.domain.snapshot import Snapshot
from cxdesigner.domain.strategy import CHECKLIST, EXTERNAL, INTERNAL, StrategyScore, summary
from cxdesigner.export.catalogue import say
from cxdesigner.export.report_style import Styles, color_text, para_text

LISTED = 8  # lines per list on this page


def management(
    journey: JourneyMap,
    previous: tuple[Snapshot, JourneyMap | None] | None,
    st: Styles,
    lang: str,
    heading,  # noqa: ANN001 - report_sections.heading, passed to keep one heading style
) -> list[Flowable]:
    story: list[Flowable] = [heading(say("management", lang), st.h1, "management", 0)]
    story += _strategy(journey, st, lang)
    story += _loyalty(journey, st, lang)
    story += _since(journey, previous, st, lang)
    return story


def _strategy(journey: JourneyMap, st: Styles, lang: str) -> list[Flowable]:
    story: list[Flowable] = [Paragraph(para_text(say("strategy", lang)), st.h3)]
    scores = {x.key: x for x in journey.all(StrategyScore)}
    if not scores:
        return [*story, Paragraph(para_text(say("strategy_none", lang)), st.body)]
    for group in (INTERNAL, EXTERNAL):
        g = summary(scores.values(), group)
        mean = say("out_of_5", lang, score=number(g.mean, lang)) if g.mean is not None else "—"
        line = say("strategy_group", lang, group=say("group_" + group, lang), mean=mean, scored=g.scored, total=g.total)
        story.append(Paragraph(f"<b>{para_text(line)}</b>", st.body))
        items = []
        for c in (c for c in CHECKLIST if c.group == group):
            score, measured = scores.get(c.key), [k.name for k in kpis.measuring(journey, c.key)]
            if score is None and not measured:
                continue
            value = "—" if score is None else say("not_applicable", lang) if score.score is None else f"{score.score}/5"
            by = f" ({say('measured_by', lang, names=', '.join(measured))})" if measured else ""
            items.append(f"{c.title(lang)} {value}{by}")
        if items:
            story.append(Paragraph(para_text(" · ".join(items)), st.meta))
    return story


def _loyalty(journey: JourneyMap, st: Styles, lang: str) -> list[Flowable]:
    story: list[Flowable] = [Paragraph(para_text(say("loyalty", lang)), st.h3)]
    if not journey.personas():
        return [*story, Paragraph(para_text(say("no_personas", lang)), st.body)]
    for persona in journey.personas():
        score = loyalty(expectations_of(journey, persona.id))
        if not score.total:
            verdict, ink = say("loyalty_unknown", lang), s.MUTED
        elif score.loyal:
            verdict, ink = say("loyalty_kept", lang, met=score.met, total=score.total), "#2b8a3e"
        else:
            verdict = say("loyalty_lost", lang, met=score.met, total=score.total, needed=score.needed)
            ink = s.PAIN
        story.append(
            Paragraph(
                f"{_dot(persona)} <b>{para_text(persona.name or '—')}</b>: {color_text(para_text(verdict), ink)}",
                st.item,
            )
        )
    return story


def _dot(persona: Persona) -> str:
    return color_text("●", s.persona_color(persona.color))


def _since(
    journey: JourneyMap, previous: tuple[Snapshot, JourneyMap | None] | None, st: Styles, lang: str
) -> list[Flowable]:
    story: list[Flowable] = [Paragraph(para_text(say("since", lang)), st.h3)]
    if previous is None:
        return [*story, Paragraph(para_text(say("since_none", lang)), st.body)]
    snap, old = previous
    if old is None:
        return [*story, Paragraph(para_text(say("since_damaged", lang, label=snap.label)), st.body)]
    result = compare(old, journey)
    story.append(Paragraph(para_text(say("since_what", lang, label=snap.label, date=snap.taken_at[:10])), st.meta))
    if result.empty:
        return [*story, Paragraph(para_text(say("since_same", lang)), st.body)]
    for key, lines, ink in (
        ("since_new", _new(result, old, journey, lang), "#1864ab"),
        ("since_fixed", _fixed(result, old, journey, lang), "#2b8a3e"),
        ("since_worse", _worse(result, journey, lang), s.PAIN),
    ):
        story.append(Paragraph(f"<b>{color_text(para_text(say(key, lang)), ink)}</b>", st.body))
        if not lines:
            story.append(Paragraph(para_text(say("since_nothing", lang)), st.meta))
        for line in lines[:LISTED]:
            story.append(Paragraph(para_text(line), st.item, bulletText="•"))
        if len(lines) > LISTED:
            story.append(Paragraph(para_text(say("and_more", lang, count=len(lines) - LISTED)), st.meta))
    return story


def _name(journey: JourneyMap, entity_id: str, lang: str = "") -> str:
    entity = journey.find(entity_id)
    text = getattr(entity, "title", "") or getattr(entity, "name", "") or getattr(entity, "description", "")
    return quoted(text, lang or journey.info.language) if text else "—"


def _requirement(journey: JourneyMap, rid: str) -> str:
    req = journey.find(rid)
    text = (req.text or req.indicator) if isinstance(req, QualityRequirement) else ""
    return text or "—"


def _emotion(journey: JourneyMap, change, lang: str) -> str:  # noqa: ANN001 - a MeasuredChange
    who = _name(journey, change.persona_id, lang) if change.persona_id else say("all_customers", lang)
    was, now = (number(v, lang, signed=True) if v is not None else "—" for v in (change.old, change.new))
    return say("since_emotion", lang, touchpoint=_name(journey, change.touchpoint_id, lang), who=who, old=was, new=now)


def _new(result: Comparison, old: JourneyMap, new: JourneyMap, lang: str) -> list[str]:
    lines = [say("since_barrier", lang, barrier=_barrier(new, b, lang)) for b in result.new_barriers]
    if result.added:
        names = ", ".join(_name(new, t, lang) for t in result.added[:4])
        lines.append(say("since_added", lang, count=len(result.added), names=names))
    if result.feedback_added:
        lines.append(say("since_feedback", lang, count=len(result.feedback_added)))
    return lines


def _fixed(result: Comparison, old: JourneyMap, new: JourneyMap, lang: str) -> list[str]:
    rose, met, done = result.better()
    lines = [say("since_done", lang, title=_name(new, i.improvement_id, lang)) for i in done]
    lines += [say("since_closed", lang, barrier=_barrier(old, b, lang)) for b in result.removed_barriers]
    lines += [
        say(
            "since_met",
            lang,
            requirement=_requirement(new, r.requirement_id),
            touchpoint=_name(new, r.touchpoint_id, lang),
        )
        for r in met
    ]
    lines += [_emotion(new, m, lang) for m in rose]
    return lines


def _worse(result: Comparison, new: JourneyMap, lang: str) -> list[str]:
    fell, lost = result.worse()
    lines = [
        say(
            "since_failing",
            lang,
            requirement=_requirement(new, r.requirement_id),
            touchpoint=_name(new, r.touchpoint_id, lang),
        )
        for r in lost
    ]
    return lines + [_emotion(new, m, lang) for m in fell]


def _barrier(journey: JourneyMap, barrier_id: str, lang: str) -> str:
    barrier = journey.find(barrier_id)
    if not isinstance(barrier, Barrier):
        return "—"
    where = barrier.touchpoint_id or barrier.stage_id
    return f"{barrier.description or '—'} ({_name(journey, where, lang)})" if where else barrier.description or "—"


__all__ = ["management"]
