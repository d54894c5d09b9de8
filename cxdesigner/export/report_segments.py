"""The report's customer segment section: the newest RFM analysis, its change since the one before, and
the finding when the base loses its best customers (``domain.base_trend``).

One row per segment: its customers and their share, its share of revenue, the mean recency, frequency and
spending, the persona drawn for it, and, when an earlier analysis is kept, the change in customers and in
revenue since it. Then each segment's contact and content policy (``domain.contact_policy``): the channels
and how often, the content mix useful : offer, and the 50/50 finding where it is far from it. A map with no
analysis and no policy has no section.
"""

from __future__ import annotations

from reportlab.platypus import Flowable, Paragraph

from cxdesigner.domain import base_trend, contact_policy
from cxdesigner.domain.entities import Persona
from cxdesigner.domain.journey import JourneyMap
from cxdesigner.domain.numbers import integer, number
from cxdesigner.export.catalogue import channel_name, say
from cxdesigner.export.report_sections import grid
from cxdesigner.export.report_style import Styles, para_text

SHARES = (0.2, 0.14, 0.12, 0.28, 0.26)
"""The columns' shares of the width: a segment's name ("Новые и перспективные") and the means keep whole words."""
SHARES_WITH_CHANGE = (0.17, 0.12, 0.11, 0.23, 0.17, 0.2)


def segments_section(journey: JourneyMap, st: Styles, lang: str, heading, width: float) -> list[Flowable]:  # noqa: ANN001
    """The heading, the newest analysis's table and what changed since the previous one, ``width`` wide."""
    analyses = base_trend.dated(journey)
    policies = policies_part(journey, st, lang, width)
    if not analyses:
        return [heading(say("segments", lang), st.h1, "segments", 0), *policies] if policies else []
    newest = analyses[-1]
    story: list[Flowable] = [heading(say("segments", lang), st.h1, "segments", 0)]
    head = say("segments_as_of", lang, day=newest.as_of, customers=integer(newest.customers, lang),
               source=newest.source or "—")  # fmt: skip
    intro = Paragraph(para_text(head), st.meta)
    intro.keepWithNext = True  # the heading and this line go to the page the table starts on
    story.append(intro)
    older = analyses[-2] if len(analyses) > 1 else None
    changes = {c.key: c for c in base_trend.compare(journey, older, newest)} if older else {}
    cells = ["segment", "seg_customers", "seg_revenue", "seg_rfm", "seg_persona"] + (["seg_change"] if older else [])
    rows = [[Paragraph(para_text(say(c, lang)), st.meta) for c in cells]]
    for seg in base_trend.segments_of(journey, newest.id):
        persona = journey.find(seg.persona_id) if seg.persona_id else None
        values = [
            seg.name or seg.key,
            f"{integer(seg.customers, lang)} ({number(seg.customer_share * 100, lang, 0)} %)",
            f"{number(seg.revenue_share * 100, lang, 0)} %",
            say("seg_means", lang, days=number(seg.mean_recency_days, lang, 0),
                purchases=number(seg.mean_frequency, lang, 1), spent=number(seg.mean_monetary, lang, 0)),
            persona.name if isinstance(persona, Persona) else "—",
        ]  # fmt: skip
        change = changes.get(seg.key)
        if change is not None:
            values.append(
                say(
                    "seg_delta",
                    lang,
                    customers=number(change.customers_change, lang, 0, signed=True),
                    revenue=number(change.revenue_change, lang, 0, signed=True),
                )  # fmt: skip
            )
        rows.append([Paragraph(para_text(v), st.cell) for v in values])
    table = grid(rows, [width * share for share in (SHARES_WITH_CHANGE if older else SHARES)])
    table.repeatRows = 1  # a table that runs onto the next page keeps its header
    story.append(table)
    if older is not None:
        story.append(Paragraph(para_text(say("seg_compared", lang, day=older.as_of)), st.meta))
    for finding in base_trend.findings(journey):
        story.append(Paragraph(f"<b>{para_text(finding.message)}</b>", st.body))
    return story + policies


def policies_part(journey: JourneyMap, st: Styles, lang: str, width: float) -> list[Flowable]:
    """One row per segment with a policy: its channels and contacts a month, and the content mix; then the
    50/50 findings. Nothing when no segment has a policy."""
    rows = [[Paragraph(para_text(say(c, lang)), st.meta) for c in ("segment", "policy_channels", "policy_mix")]]
    for key in contact_policy.segment_keys(journey):
        policy = contact_policy.policy_of(journey, key)
        if not policy:
            continue
        channels = "; ".join(
            say("policy_channel", lang, channel=channel_name(p.channel, lang), often=number(p.per_month, lang, 1))
            for p in policy
        )
        share = contact_policy.useful_share(policy) or 0.0
        mix = say("policy_ratio", lang, useful=number(share * 100, lang, 0), offer=number((1 - share) * 100, lang, 0))
        cells = [contact_policy.segment_name(journey, key), channels, mix]
        rows.append([Paragraph(para_text(v), st.cell) for v in cells])
    if len(rows) == 1:
        return []
    table = grid(rows, [width * 0.3, width * 0.45, width * 0.25])
    table.repeatRows = 1
    story: list[Flowable] = [Paragraph(f"<b>{para_text(say('policy', lang))}</b>", st.body), table]
    for finding in contact_policy.findings(journey):
        story.append(Paragraph(f"<b>{para_text(finding.message)}</b>", st.body))
    return story
